# Composite Simpson integration of a function built from math calls.

import math


def f(x):
    return math.exp(-x * x / 2.0) * math.cos(3.0 * x) + math.sin(x) / (1.0 + x * x)


def simpson(a, b, n):
    h = (b - a) / n
    total = f(a) + f(b)
    for i in range(1, n):
        x = a + i * h
        total += (4.0 if i % 2 == 1 else 2.0) * f(x)
    return total * h / 3.0


def main():
    return round(simpson(-5.0, 5.0, 100_000), 12)
