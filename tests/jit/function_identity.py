#! compiled = "add_one, ident, bigger, scaled, triple"
# A user function is a plain Python function with the JIT on too: its type, pickle,
# copy, weakref, inspect and identity are exactly as with the JIT off, a new __code__ is
# honoured at once (also by callers compiled against the old one), and tracing and
# profiling see every call.

import copy
import inspect
import pickle
import sys
import types
import weakref


def add_one(x):
    return x + 1


def ident(x):
    return x


def bigger(a, b):
    return max(a, b)


print(type(add_one) is types.FunctionType, isinstance(add_one, types.FunctionType))
print(inspect.isfunction(add_one), type(add_one).__name__, add_one.__class__.__name__)
print(pickle.loads(pickle.dumps(add_one)) is add_one)
print(copy.copy(add_one) is add_one, copy.deepcopy({"f": add_one})["f"] is add_one)
ref = weakref.ref(add_one)
print(ref() is add_one, add_one(41))
print(inspect.signature(add_one), add_one.__code__.co_argcount, add_one.__code__.co_varnames)

# Values that go through a compiled call unchanged keep their identity.
big = 10**12 + 7
other = 10**12 + 9
print(ident(big) is big, bigger(big, other) is other, bigger(other, big) is other)
f1 = 2.5
print(ident(f1) is f1, ident(None) is None, ident(True) is True)


# A code swap runs the new body at once, in callers compiled against the old one too.
def scaled(x):
    return x * 2


def triple(x):
    return x * 3


def use_scaled(n):
    total = 0
    for i in range(n):
        total += scaled(i)
    return total


print(scaled(3), use_scaled(10))
scaled.__code__ = triple.__code__
print(scaled(3), scaled(100), use_scaled(10))
scaled.__code__ = (lambda x: x * 100).__code__
print(scaled(3), use_scaled(10))


# Tracing and profiling see every call, compiled or not.
events = []


def tracer(frame, event, arg):
    if frame.f_code.co_name in ("add_one", "ident"):
        events.append((event, frame.f_code.co_name, frame.f_lineno))
    return tracer


sys.settrace(tracer)
add_one(1)
ident(2)
sys.settrace(None)
print(events)

profiled = []


def profiler(frame, event, arg):
    if event in ("call", "return") and frame.f_code.co_name == "add_one":
        profiled.append(event)


sys.setprofile(profiler)
for _ in range(3):
    add_one(5)
sys.setprofile(None)
print(profiled)
