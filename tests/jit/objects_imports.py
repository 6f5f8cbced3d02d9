#! compiled = "cached, aliased, names, dotted, dotted_alias, submodule_name, hooked, swapped"
# `import` inside a compiled function: a module already loaded is handed over by the
# host as the interpreter's import would give it (`import a.b` gives `a`, `from a import
# b` the module `a`, its attribute by `IMPORT_FROM`); anything that would run Python
# code (a module loaded for the first time, a package asked for names, a module's own
# `__getattr__`, a replaced `builtins.__import__`) or raise (`ImportError`,
# `ModuleNotFoundError`, a relative import in a script) is left to the interpreter at that
# very instruction, with its own message and line.
import builtins
import sys
import types


def cached(n):
    total = 0.0
    for i in range(n):
        import math

        total += math.sqrt(i)
    return round(total, 6)


def aliased(n):
    total = 0
    for i in range(n):
        import math as m

        total += m.floor(i / 3)
    return total


def names(n):
    total = 0.0
    for i in range(n):
        from math import floor, sqrt

        total += floor(sqrt(i))
    return total


def dotted(n):
    seen = []
    for i in range(n):
        import os.path

        seen.append(os.__name__ + ":" + os.path.basename("/a/b%d" % i))
    return seen[-1], len(seen)


def dotted_alias(n):
    out = ""
    for i in range(n):
        import os.path as osp

        out = osp.join("x", str(i))
    return out


def submodule_name(n):
    out = None
    for i in range(n):
        from os import path

        out = path.splitext("f%d.txt" % i)
    return out


def package_names(n):
    # `collections` is a package: its names go through importlib's `_handle_fromlist`.
    out = []
    for i in range(n):
        from collections import abc

        out.append(abc.__name__)
    return out[-1], len(out)


def late(n):
    # `fractions` is not loaded when this first runs: that call's import is the
    # interpreter's; later ones find it loaded.
    total = 0
    for i in range(n):
        import fractions

        total += fractions.Fraction(i, 2).denominator
    return total


def missing_name(n):
    caught = 0
    for i in range(n):
        try:
            from math import no_such_name
        except ImportError as e:
            caught += 1
            last = str(e)
    return caught, last


def missing_module(n):
    caught = []
    for i in range(n):
        try:
            import no_such_module_for_pave_tests
        except ModuleNotFoundError as e:
            caught.append(e.name)
    return caught[-1], len(caught)


# A module whose missing names come from its own `__getattr__` (PEP 562), and an entry of
# `sys.modules` that is not a module at all.
lazy = types.ModuleType("lazy_for_pave")
asked = []


def _lazy_getattr(name):
    asked.append(name)
    if name.startswith("v"):
        return len(name)
    raise AttributeError(name)


lazy.__getattr__ = _lazy_getattr
lazy.present = 7
sys.modules["lazy_for_pave"] = lazy


class NotAModule:
    answer = 42


sys.modules["not_a_module_for_pave"] = NotAModule()


def odd_entries(n):
    total = 0
    for i in range(n):
        from lazy_for_pave import present, value
        import not_a_module_for_pave as odd

        total += present + value + odd.answer
    return total, len(asked)


def hooked(n):
    total = 0
    for i in range(n):
        import math

        total += math.floor(1.5)
    return total


def relative(n):
    caught = 0
    for i in range(n):
        try:
            from . import sibling
        except ImportError:
            caught += 1
    return caught


print(cached(100))
print(aliased(100))
print(names(100))
print(dotted(50))
print(dotted(50))
print(dotted_alias(50))
print(submodule_name(50))
print(package_names(20))
print(late(30))
print(missing_name(5))
print(missing_module(5))
print(odd_entries(10))

# A replaced `builtins.__import__` sees every import, compiled or not.
real_import = builtins.__import__
imports_seen = []


def counting_import(name, *args, **kwargs):
    imports_seen.append(name)
    return real_import(name, *args, **kwargs)


print(hooked(20))
builtins.__import__ = counting_import
try:
    print(hooked(20))
finally:
    builtins.__import__ = real_import
print(len(imports_seen), sorted(set(imports_seen)))
print(hooked(20))
print(relative(3))


def swapped(n):
    names = []
    for i in range(n):
        import json

        names.append(json.__name__)
    return names[-1]


# What `sys.modules` holds is read at every import, as the interpreter reads it.
import json

print(swapped(3))
stand_in = types.ModuleType("stand_in_json")
sys.modules["json"] = stand_in
print(swapped(3))
sys.modules["json"] = json
print(swapped(3))


def fails_late():
    from math import sqrt, not_there

    return sqrt, not_there


for attempt in range(3):
    try:
        fails_late()
    except ImportError as e:
        print("ImportError:", e)
fails_late()
