#! compiled = "lt, le, eq, ne, gt, ge, chained, between"
# Comparisons must be exact across int and float (2**53 + 1 is not 2.0**53), NaN is
# unordered, and None compares equal only to itself.

def lt(a, b):
    return a < b

def le(a, b):
    return a <= b

def eq(a, b):
    return a == b

def ne(a, b):
    return a != b

def gt(a, b):
    return a > b

def ge(a, b):
    return a >= b

def chained(a, b, c):
    return a < b <= c

def between(x, lo, hi):
    if lo <= x < hi:
        return 1
    elif x < lo:
        return 0
    return 2

VALUES = [0, 1, -1, 0.0, -0.0, 1.0, 0.5, 2**53, 2**53 + 1, 2.0**53, 2**63 - 1,
          9223372036854775807.0, -2**63, -9223372036854775808.0, float("inf"),
          float("-inf"), float("nan"), True, False, 1e300, -1e300]

for a in VALUES:
    for b in VALUES:
        print(repr(a), repr(b), lt(a, b), le(a, b), eq(a, b), ne(a, b), gt(a, b), ge(a, b))

for a in [None, 0, 1.5]:
    for b in [None, 0, 1.5]:
        print(repr(a), repr(b), eq(a, b), ne(a, b))
        try:
            print(lt(a, b))
        except TypeError as e:
            print("TypeError", e)

for a in [0, 1, 2, 2.5, 3]:
    print(chained(a, 1, 2), chained(1, a, 2.5), between(a, 1, 2.5))
