#! compiled = "drive, gather, swapping, deep"
# Compiled code calls the program's functions it does not take in (here marked
# `pave.nojit`) the way the interpreter's `CALL` does: a function with only positional
# parameters, called with as many arguments, runs in a frame on the VM's data stack.
# Everything else a call can meet must behave as in the interpreter: a wrong argument
# count, defaults and `*args`, a generator function, an exception with its traceback
# lines, a callee that looks at its caller's frame, a function whose `__code__` is
# replaced between two calls, and recursion that runs out.
import sys
import traceback

import pave


@pave.nojit
def add(a, b):
    return a + b


@pave.nojit
def with_default(a, b=10):
    return a * b


@pave.nojit
def spread(*items):
    return len(items)


@pave.nojit
def countdown(n):
    while n > 0:
        yield n
        n -= 1


@pave.nojit
def fails(x):
    if x == 3:
        raise ValueError(f"no {x}")
    return x


@pave.nojit
def caller_name():
    return sys._getframe(1).f_code.co_name


@pave.nojit
def negate(a):
    return -a


def drive(n):
    total = 0
    for i in range(n):
        total += add(i, 2)
        total += with_default(i)
        total += with_default(i, 1)
        total += spread(i, i, i)
    return total


def generated(n):
    # (Iterating a generator hands the frame to the interpreter: not in the header.)
    total = 0
    for i in range(n):
        for k in countdown(i % 3):
            total += k
    return total


def gather(xs):
    out = []
    for x in xs:
        try:
            out.append(fails(x))
        except ValueError:
            out.append(traceback.format_exc().splitlines()[-3:])
        out.append(caller_name())
    return out


def swapping(n):
    out = []
    for i in range(n):
        if i == 2:
            add.__code__ = negate.__code__
        try:
            out.append(add(i, 1))
        except TypeError as e:
            out.append(type(e).__name__)
            out.append(add(i))
    return out


@pave.nojit
def down(n):
    return deep(n - 1) if n > 0 else 0


def deep(n):
    for _ in range(1):
        return down(n) + 1


print(drive(30), drive(5))
print(generated(10))
# (A first call that raises nothing, then one that does: a call that raises finishes in
# the interpreter, and the header asks for a call that ran in tier 1.)
for xs in ([1, 2], [1, 2, 3, 4]):
    for item in gather(xs):
        print(item)
print(swapping(2))
print(swapping(4))
try:
    add(1, 2, 3)
except TypeError as e:
    print("TypeError", "takes" in str(e))
print(deep(50))
try:
    deep(100000)
except RecursionError:
    print("RecursionError")
