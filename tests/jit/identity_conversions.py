#! compiled = "via_float, same_int, rounded, mixed, clamp, clamp_b"
# What a conversion returns is the argument itself only when it is already of the
# result's type: `int(x)` of an int, `float(x)` of a float, `round(x)` of an int; of
# anything else it is a new object. Fuzz seed 99 found `int(float(a)) is a` true in
# compiled code (the origin of `a` went through both conversions).
import math


def via_float(a):
    return int(float(a))


def same_int(a):
    return int(a)


def rounded(a):
    return round(a), math.floor(a)


def mixed(a, flag):
    x = a if flag else float(a)
    return int(x)


for _ in range(3):
    for a in (2**31, 7, -2**40):
        r = via_float(a)
        s = same_int(a)
        t, u = rounded(a)
        m1 = mixed(a, True)
        m2 = mixed(a, False)
        print(r, r is a, s is a, t is a, u is a, m1 is a, m2 is a)
    f = 2.5e9
    print(float(f) is f, int(True) is True, via_float(True))


# `a = min(a, k)` and `a = pick(a)` store the result in the very variable they read:
# the result is still the argument object where the interpreter's is (fuzz seed 777
# found `min(a, 12345) is a` false in compiled code).
def pick(x):
    return x


def clamp(a, b):
    a = min(a, 12345)
    b = max(b, a)
    a = pick(a)
    return a


def clamp_b(a, b):
    b = max(b, -5000)
    return b


for a in (-13, 20000, 3.5e9):
    r = clamp(a, 1)
    q = clamp_b(7, a)
    print(r, r is a, q, q is a)
