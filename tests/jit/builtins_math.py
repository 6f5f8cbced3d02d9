#! compiled = "to_int, to_float, to_bool, absolute, rounding, smallest, largest, trig, logs, log_base, floors, ceils, truncs, fabs, nan_test, inf_test, finite_test, root"
# Builtins and math functions tier 1 compiles inline or through the host, with the
# errors they raise (domain errors, conversions of inf and nan).

import math
from math import sqrt, pi

def to_int(x):
    return int(x)

def to_float(x):
    return float(x)

def to_bool(x):
    return bool(x)

def absolute(x):
    return abs(x)

def rounding(x):
    return round(x)

def smallest(a, b, c):
    return min(a, b, c)

def largest(a, b):
    return max(a, b)

def trig(x):
    return math.sin(x) + math.cos(x) * math.tan(x / 4) + math.atan2(x, 2.0)

def logs(x):
    return math.log(x) + math.log10(x) + math.log2(x) + math.exp(x / 100)

def log_base(x):
    return math.log(x, 2)

def floors(x):
    return math.floor(x)

def ceils(x):
    return math.ceil(x)

def truncs(x):
    return math.trunc(x)

def fabs(x):
    return math.fabs(x)

def nan_test(x):
    return math.isnan(x)

def inf_test(x):
    return math.isinf(x)

def finite_test(x):
    return math.isfinite(x)

def root(x):
    return sqrt(x) + pi

def show(f, *args):
    try:
        print(f.__name__, args, repr(f(*args)))
    except Exception as e:
        print(f.__name__, args, "raises", type(e).__name__, e)

VALUES = [0, 1, -1, 7, -7, 2**62, 0.0, -0.0, 2.5, 3.5, -2.5, 0.49999999999999994, 1e300,
          -1e300, float("inf"), float("-inf"), float("nan"), True, False, 9.99e18, 1e19]
for x in VALUES:
    for f in (to_int, to_float, to_bool, absolute, rounding, trig, logs, log_base, floors,
              ceils, truncs, fabs, nan_test, inf_test, finite_test, root):
        show(f, x)
for a in [0, 1.5, -2, True, float("nan"), 2**62]:
    for b in [0, 1.5, -2, False, float("nan")]:
        show(smallest, a, b, 1)
        show(largest, a, b)
