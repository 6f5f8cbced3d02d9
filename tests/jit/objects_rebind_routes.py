#! compiled = "run"
# Python code a compiled loop calls may rebind a global the loop relies on without a
# `global` statement: through `globals()`, the module object, a function's `__code__`
# or `__defaults__`, or `builtins`. The program names one of those, so the loop's
# guards are checked again after each such call, and the loop goes on with the new
# binding exactly as the interpreter does.
import builtins
import sys


def double(x):
    return 2 * x


def triple(x):
    return 3 * x


def scale(x, k=10):
    return k * x


def by_globals():
    globals()["double"] = triple


def by_module():
    setattr(sys.modules[__name__], "double", lambda x: 5 * x)


def by_code():
    double.__code__ = triple.__code__


def by_defaults():
    scale.__defaults__ = (100,)


real_abs = builtins.abs


def by_builtins():
    builtins.abs = lambda x: -1


hooks = [lambda: None]


def run(n, flip_at):
    t = 0
    for i in range(n):
        if i == flip_at:
            hooks[0]()
        t += double(i) + scale(i) + abs(i - 3)
    return t


for hook in [by_globals, by_module, by_code, by_defaults, by_builtins]:
    hooks[0] = lambda: None
    for k in range(4):
        print(run(10, 100))
    hooks[0] = hook
    print(hook.__name__, run(10, 5))
    print(run(10, 100))
builtins.abs = real_abs
