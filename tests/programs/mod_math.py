#! known-different = "RustPython gives detailed math domain error messages"
# The math module.

import math

print(math.pi, math.e, math.tau, math.inf, math.nan)
print(math.sqrt(2), math.sqrt(144), math.isqrt(10 ** 20 + 1), math.sqrt(0.0), math.sqrt(-0.0))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.floor(2.5), math.ceil(2.000001))
print(math.fabs(-3), math.copysign(3, -0.0), math.fmod(-7, 3), math.remainder(7, 4))
print(math.factorial(20), math.comb(10, 3), math.perm(10, 3), math.gcd(48, 180), math.lcm(4, 6, 10))
print(math.exp(1), math.log(math.e), math.log(100, 10), math.log10(1000), math.log2(1024), math.log1p(1e-10))
print(math.sin(0), math.cos(0), math.tan(math.pi / 4), round(math.sin(math.pi), 12))
print(math.asin(1), math.acos(0), math.atan(1), math.atan2(-1, -1), math.atan2(0.0, -0.0))
print(math.sinh(1), math.cosh(1), math.tanh(0.5), math.asinh(1), math.acosh(2), math.atanh(0.5))
print(math.degrees(math.pi), math.radians(180), math.hypot(3, 4), math.hypot(1, 2, 2))
print(math.isfinite(1e308), math.isinf(-math.inf), math.isnan(math.nan), math.isclose(0.1 + 0.2, 0.3))
print(math.modf(3.75), math.modf(-3.75), math.frexp(12.0), math.ldexp(0.75, 4))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.prod(range(1, 8)), math.prod([]))
print(math.dist((0, 0), (3, 4)), math.pow(2, 0.5), math.pow(-8, 3), math.expm1(1e-5))
print(math.erf(1), math.erfc(1), math.gamma(5), math.gamma(0.5), math.lgamma(10))
print(math.floor(1e20), type(math.floor(2.5)).__name__, math.ceil(-0.5))
print(math.nextafter(1.0, 2.0), math.nextafter(0.0, -1.0), math.ulp(1.0), math.ulp(1e300))
for x in [0.5, 1.0, 2.0, 10.0]:
    print(f"x={x:5.1f} sqrt={math.sqrt(x):.6f} log={math.log(x):+.6f} exp={math.exp(x):12.6f}")
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.acos(2), lambda: math.factorial(-1)]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
try:
    math.exp(1000)
except OverflowError as e:
    print("OverflowError:", e)
print(math.isqrt(99), math.isqrt(100), math.floor(-0.0), math.copysign(1, -0.0))
