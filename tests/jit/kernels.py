#! compiled = "mandelbrot, count_primes, integrate, spectral_a, dot_rows, nbody_energy, fannkuch_like"
# Numeric kernels of the kind tier 1 is for, checked against the interpreter.

import math

def mandelbrot(w, h, limit):
    inside = 0
    for py in range(h):
        for px in range(w):
            x0 = -2.0 + 2.5 * px / w
            y0 = -1.25 + 2.5 * py / h
            x = 0.0
            y = 0.0
            i = 0
            while x * x + y * y <= 4.0 and i < limit:
                x, y = x * x - y * y + x0, 2 * x * y + y0
                i += 1
            if i == limit:
                inside += 1
    return inside

def is_prime(n):
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    d = 3
    while d * d <= n:
        if n % d == 0:
            return False
        d += 2
    return True

def count_primes(n):
    c = 0
    for k in range(n):
        if is_prime(k):
            c += 1
    return c

def f(x):
    return math.exp(-x * x) * math.cos(3 * x)

def integrate(a, b, n):
    h = (b - a) / n
    s = 0.5 * (f(a) + f(b))
    for i in range(1, n):
        s += f(a + i * h)
    return s * h

def spectral_a(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)

def dot_rows(n):
    s = 0.0
    for i in range(n):
        for j in range(n):
            s += spectral_a(i, j) * (j + 1)
    return s

def nbody_energy(x1, v1, m1, x2, v2, m2, steps, dt):
    for _ in range(steps):
        d = x2 - x1
        dist = abs(d) + 0.01
        f12 = m1 * m2 / (dist * dist)
        if d < 0:
            f12 = -f12
        v1 += f12 / m1 * dt
        v2 -= f12 / m2 * dt
        x1 += v1 * dt
        x2 += v2 * dt
    return 0.5 * m1 * v1 * v1 + 0.5 * m2 * v2 * v2 - m1 * m2 / (abs(x2 - x1) + 0.01)

def fannkuch_like(n):
    checksum = 0
    for a in range(n):
        for b in range(n):
            flips = 0
            x = (a * 31 + b * 17) % 97
            while x > 1:
                x = x // 2 if x % 2 == 0 else x - 1
                flips += 1
            checksum += flips if (a + b) % 2 == 0 else -flips
    return checksum

print(mandelbrot(40, 20, 100))
print(count_primes(2000))
print(integrate(-2.0, 2.0, 1000))
print(dot_rows(40))
print(nbody_energy(0.0, 0.0, 5.0, 1.0, 0.1, 1.0, 1000, 0.001))
print(fannkuch_like(30))
