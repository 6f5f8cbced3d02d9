# Numeric series and integration (JIT target: float accumulation loops).

import math


def leibniz_pi(terms):
    s = 0.0
    sign = 1.0
    for k in range(terms):
        s += sign / (2 * k + 1)
        sign = -sign
    return 4.0 * s


def trapezoid_x2(a, b, n):
    h = (b - a) / n
    s = 0.5 * (a * a + b * b)
    for i in range(1, n):
        x = a + i * h
        s += x * x
    return s * h


def simpson_inv(a, b, n):
    h = (b - a) / n
    s = 1.0 / a + 1.0 / b
    for i in range(1, n):
        x = a + i * h
        if i % 2 == 1:
            s += 4.0 / x
        else:
            s += 2.0 / x
    return s * h / 3.0


def harmonic(n):
    s = 0.0
    for k in range(1, n + 1):
        s += 1.0 / k
    return s


def newton_sqrt(v, iters):
    x = v
    for _ in range(iters):
        x = 0.5 * (x + v / x)
    return x


def basel(n):
    s = 0.0
    k = n
    while k >= 1:
        s += 1.0 / (k * k)
        k -= 1
    return s


def logistic(r, x, steps):
    for _ in range(steps):
        x = r * x * (1.0 - x)
    return x


for terms in (1, 10, 100, 1000, 20000):
    print("leibniz", terms, repr(leibniz_pi(terms)))
for n in (1, 2, 10, 100, 10000):
    print("trapezoid x^2 on [0,3]", n, repr(trapezoid_x2(0.0, 3.0, n)))
for n in (2, 10, 100, 1000):
    print("simpson 1/x on [1,e]", n, "%.12f" % simpson_inv(1.0, math.e, n))
print("harmonic(10000) =", repr(harmonic(10000)))
print("newton sqrt(2) =", repr(newton_sqrt(2.0, 6)), repr(math.sqrt(2.0)))
print("newton sqrt(1e10) =", repr(newton_sqrt(1e10, 30)))
print("basel(50000) =", repr(basel(50000)), "target", repr(math.pi * math.pi / 6))
for r in (2.5, 3.2, 3.5):
    print("logistic", r, "%.10f" % logistic(r, 0.5, 1000))
print("logistic chaotic 3.9 after 60 steps:", repr(logistic(3.9, 0.5, 60)))
