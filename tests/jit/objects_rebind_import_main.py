#! compiled = "run"
# A program that checks `__name__ == "__main__"` (nearly every script) says nothing
# about rebinding globals by that: its compiled loop keeps its guards unchecked after
# calls. One that reaches its own module by importing it (`__import__("__main__")`,
# `importlib.import_module`) may rebind any global from a callee, and the loop goes on
# with the new binding exactly as the interpreter does.
import importlib


def double(x):
    return 2 * x


def triple(x):
    return 3 * x


def quadruple(x):
    return 4 * x


def by_dunder_import():
    __import__("__main__").double = triple


def by_import_module():
    importlib.import_module("__main__").double = quadruple


hooks = [lambda: None]


def run(n, flip_at):
    t = 0
    for i in range(n):
        if i == flip_at:
            hooks[0]()
        t += double(i)
    return t


if __name__ == "__main__":
    for hook in [by_dunder_import, by_import_module]:
        hooks[0] = lambda: None
        for k in range(4):
            print(run(10, 100))
        hooks[0] = hook
        print(hook.__name__, run(10, 5))
        print(run(10, 100))
