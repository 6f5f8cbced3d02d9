#! compiled = "fib, ackermann, is_even, gcd, hypot_sum, depth"
# Calls within the compiled unit: recursion, mutual recursion, calls with numbers of
# mixed kinds, and a recursion deep enough that the interpreter raises RecursionError.

import math

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))

def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)

def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)

def gcd(a, b):
    while b:
        a, b = b, a % b
    return a

def norm(x, y):
    return math.sqrt(x * x + y * y)

def hypot_sum(n):
    s = 0.0
    for i in range(n):
        s += norm(i, i + 1)
    return s

def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)

print([fib(n) for n in range(20)])
print(ackermann(2, 3), ackermann(1, 5))
print(is_even(10), is_even(7), is_odd(9))
print(gcd(1071, 462), gcd(-48, 18), gcd(0, 5))
print(hypot_sum(10))
print(depth(100))
try:
    print(depth(100000))
except RecursionError as e:
    print("RecursionError")
print(fib(22))
