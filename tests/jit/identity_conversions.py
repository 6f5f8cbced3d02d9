#! compiled = "via_float, same_int, rounded, mixed"
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
