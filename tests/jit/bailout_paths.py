#! compiled = "checked_sqrt, clamp, safe_div, steps"
# Functions whose rare paths do things tier 1 does not compile (raise, print, lists):
# the common path runs compiled, the rare one re-runs in the interpreter with the same
# effects as if nothing had been compiled.

import math

def checked_sqrt(x):
    if x < 0:
        raise ValueError("negative input: " + str(x))
    return math.sqrt(x)

def clamp(x, lo, hi):
    if lo > hi:
        print("warning: empty interval", lo, hi)
        return lo
    return min(max(x, lo), hi)

def safe_div(a, b):
    if b == 0:
        return [a, "undefined"]
    return a / b

def steps(n):
    count = 0
    while n > 1:
        if n > 10**15:
            print("large start", n)
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        count += 1
    return count

for x in [4.0, 2, -1, 0.25]:
    try:
        print(checked_sqrt(x))
    except ValueError as e:
        print("ValueError", e)
for args in [(5, 0, 10), (-5, 0, 10), (50, 0, 10), (1, 10, 0), (2.5, 1, 2)]:
    print(clamp(*args))
for b in [2, 0, -4]:
    print(safe_div(10, b))
for n in [27, 10**16 + 1, 1]:
    print(steps(n))
