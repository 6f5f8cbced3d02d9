#! compiled = "add, sub, mul, div, floordiv, mod, power, mixed"
# float arithmetic with the values that trip up compilers: signed zeros, infinities,
# NaN, huge and tiny magnitudes, and int/float mixing.

def add(a, b):
    return a + b

def sub(a, b):
    return a - b

def mul(a, b):
    return a * b

def div(a, b):
    return a / b

def floordiv(a, b):
    return a // b

def mod(a, b):
    return a % b

def power(a, b):
    return a ** b

def mixed(a, b):
    return a * 2 + b / 3 - a // 2

INF = float("inf")
NAN = float("nan")
VALUES = [0.0, -0.0, 1.0, -1.0, 0.5, -2.5, 3.75, 1e308, -1e308, 5e-324, 1e-300, INF, -INF,
          NAN, 7.0, -7.0, 2.0**53, 123456.789]

def show(f, a, b):
    try:
        print(f.__name__, repr(a), repr(b), "->", repr(f(a, b)))
    except Exception as e:
        print(f.__name__, repr(a), repr(b), "raises", type(e).__name__, e)

for a in VALUES:
    for b in VALUES:
        for f in (add, sub, mul, div, floordiv, mod, power):
            show(f, a, b)

INTS = [0, 1, -1, 3, -3, 2**53 + 1, 2**63 - 1, -2**63, 10**15]
for a in INTS:
    for b in VALUES:
        show(add, a, b)
        show(div, a, b)
        show(mixed, a, b)
        show(power, b, a % 5)
for a in INTS:
    for b in INTS:
        show(div, a, b)
