#! compiled = "add, sub, mul, floordiv, mod, neg, absolute, power"
# int arithmetic at the edges of 64 bits: overflow must give the big-int answer (via
# a bailout to the interpreter), never a wrapped one.

def add(a, b):
    return a + b

def sub(a, b):
    return a - b

def mul(a, b):
    return a * b

def floordiv(a, b):
    return a // b

def mod(a, b):
    return a % b

def neg(a):
    return -a

def absolute(a):
    return abs(a)

def power(a, b):
    return a ** b

EDGES = [0, 1, -1, 2, -2, 3, -7, 7, 10, 2**31, -2**31, 2**32, 2**53 + 1, 2**62, -2**62,
         2**63 - 1, -2**63, 2**63 - 2, -2**63 + 1, 12345678901, -987654321]

def show(f, *args):
    try:
        r = f(*args)
        print(f.__name__, args, "->", r)
    except Exception as e:
        print(f.__name__, args, "raises", type(e).__name__, e)

for a in EDGES:
    show(neg, a)
    show(absolute, a)
    for b in EDGES:
        show(add, a, b)
        show(sub, a, b)
        show(mul, a, b)
        show(floordiv, a, b)
        show(mod, a, b)

for a in [0, 1, -1, 2, -2, 3, 10, -10, 2**31, 7]:
    for b in [0, 1, 2, 3, 5, 10, 31, 32, 62, 63, 64, 100, -1, -2]:
        show(power, a, b)
