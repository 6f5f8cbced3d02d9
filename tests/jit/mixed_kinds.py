#! compiled = "harmonic, maybe, pick, bool_math, accumulate, sign_or_none"
# Variables whose kind changes: an int accumulator that becomes a float, functions that
# return an int on one path and a float or None on another, and bool arithmetic.

def harmonic(n):
    total = 0
    for k in range(1, n + 1):
        total += 1 / k
    return total

def maybe(n):
    if n > 0:
        return n * 2
    if n < 0:
        return n / 2
    return None

def pick(a, b, use_first):
    x = a if use_first else b
    return x + 1

def bool_math(a, b):
    return (a and b) + (a or b) * 2 + (not a) - True

def accumulate(n, step):
    acc = 0
    i = 0
    while i < n:
        acc = acc + step
        if acc > 10:
            acc = acc - 10.5
        i += 1
    return acc

def sign_or_none(x):
    if x is None:
        return None
    if x > 0:
        return True
    if x < 0:
        return False
    return 0

for n in [0, 1, 5, 30]:
    print(repr(harmonic(n)), repr(maybe(n)), repr(maybe(-n)))
for args in [(1, 2.5, True), (1, 2.5, False), (True, 3, True), (2**62, 0.5, True)]:
    print(repr(pick(*args)))
for a in [True, False, 0, 3, 2.5]:
    for b in [True, False, 7]:
        print(repr(bool_math(a, b)))
for step in [1, 3, 0.25, True]:
    print(repr(accumulate(12, step)))
for x in [None, 3, -2.5, 0, 0.0]:
    print(repr(sign_or_none(x)))
