#! compiled = "uses_helper, scaled, hyp, absdiff"
# Compiled code relies on global bindings; rebinding any of them must never run stale
# code: functions, global numbers, math module functions, and builtins.

import math

def helper(x):
    return x + 1

def uses_helper(n):
    s = 0
    for i in range(n):
        s += helper(i)
    return s

SCALE = 3

def scaled(x):
    return x * SCALE

def hyp(a, b):
    return math.sqrt(a * a + b * b)

def absdiff(a, b):
    return abs(a - b)

print(uses_helper(10), scaled(5), hyp(3.0, 4.0), absdiff(3, 10))

def helper(x):
    return x * 10

print(uses_helper(10))
SCALE = 2.5
print(scaled(5))
original = math.sqrt
math.sqrt = lambda v: -1.0
print(hyp(3.0, 4.0))
math.sqrt = original
print(hyp(3.0, 4.0))
abs = lambda v: 42
print(absdiff(3, 10))
del abs
print(absdiff(3, 10))
helper = None
try:
    print(uses_helper(3))
except TypeError as e:
    print("TypeError", e)
