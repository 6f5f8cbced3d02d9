#! compiled = "total, describe, config, mixed, logged.<locals>.wrapper, Config.__init__"
# Functions the interpreter binds the arguments of: `*args`, keyword-only parameters,
# `**kwargs`, all at once, a decorator's wrapper passing them on, an `__init__` taking
# `**kwargs`. Compiled as roots, entered with what the interpreter bound (the prologue
# passes every bound slot to the gate); never called directly from compiled code.

import functools

def total(*values):
    t = 0
    for v in values:
        t += v
    return t

def describe(name, *, sep=", ", upper=False):
    parts = []
    for i in range(3):
        parts.append(name.upper() if upper else name)
    return sep.join(parts)

def config(**options):
    keys = []
    for k, v in sorted(options.items()):
        keys.append(f"{k}={v}")
    return ";".join(keys)

def mixed(a, b=2, *rest, key=None, **extra):
    out = [a, b]
    for r in rest:
        out.append(r * 2)
    return out, key, sorted(extra)

def logged(f):
    @functools.wraps(f)
    def wrapper(*args, **kwargs):
        calls.append(f.__name__)
        return f(*args, **kwargs)
    return wrapper

calls = []

@logged
def area(w, h=1):
    return w * h

class Config:
    def __init__(self, **kwargs):
        for k, v in kwargs.items():
            setattr(self, k, v)

acc = 0
for i in range(60):
    acc += total(i, 1, 2) + total() + total(*range(i % 5))
    s = describe("x", sep="-", upper=i % 2 == 0)
    c = config(a=i, b="q")
    m = mixed(i, 3, 4, 5, key="k", z=1, y=2)
    acc += area(i, h=2) + area(i)
    cfg = Config(a=i, b=i * 2)
    acc += cfg.a + cfg.b
print(acc, s, c, m, len(calls), area.__name__)
try:
    describe("x", "y")
except TypeError as e:
    print("TypeError", e)
try:
    total(*[1, "a"])
except TypeError as e:
    print("TypeError", e)
