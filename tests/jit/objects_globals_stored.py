#! compiled = "loop, loop2, loop3, loop4"
# A global rebound by a store rather than a call: `globals()[name] = …`, a store into a
# dict that is the module's globals, `module.name = …` and `builtins.len = …`. Compiled
# code calls `f` directly (guarded on entry and after every call it makes); such a store
# is left to the interpreter, which goes on with the rest of the call, so the new
# binding is called from then on, as it is with the JIT off.
import sys
import builtins

G = globals()


def f():
    return 1


def loop(n):
    t = 0
    for i in range(n):
        t += f()
        if i == 5:
            G['f'] = lambda: 100
    return t


def g():
    return 2


def loop2(n, d):
    t = 0
    for i in range(n):
        t += g()
        if i == 5:
            d['g'] = f
    return t


mod = sys.modules[__name__]


def h():
    return 3


def loop3(n):
    t = 0
    for i in range(n):
        t += h()
        if i == 5:
            mod.h = g
    return t


real_len = builtins.len


def loop4(n):
    t = 0
    for i in range(n):
        t += len([1, 2])
        if i == 5:
            builtins.len = lambda x: 0
    return t


# First calls that store nothing (they run to the end in tier 1), then the ones that do.
print(loop(3), loop2(3, {}), loop3(3), loop4(3))
print(loop(10))
print(loop2(10, globals()))
print(loop3(10))
print(loop4(10))
builtins.len = real_len
print(len([1, 2, 3]), f(), g(), h())
