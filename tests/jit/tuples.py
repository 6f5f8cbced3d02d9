#! compiled = "rotate, spread, triple_swap, bounds, quot_rem, stats"
# Multiple assignment builds a tuple only to unpack it: tier 1 keeps it at compile time.

def rotate(a, b, c, d, e, n):
    for i in range(n):
        a, b, c, d, e = b, c, d, e, a + i
    return a * 10000 + b * 1000 + c * 100 + d * 10 + e

def spread(n):
    lo, mid, hi, scale, bias = 0, 0.5, 1, 2.0, -3
    for _ in range(n):
        lo, mid, hi, scale, bias = mid, hi, lo + mid, scale * 0.5, bias + 1
    return lo + mid + hi + scale + bias

def triple_swap(x, y, z):
    x, y, z = z, x, y
    return x * 100 + y * 10 + z

def bounds(a, b, c):
    return min(a, b, c), max(a, b, c)

def quot_rem(a, b):
    if b == 0:
        return 0, None
    return a // b, a % b

def stats(n):
    total = 0
    squares = 0.0
    for i in range(n):
        total += i
        squares += i * i / 2
    return total, squares, n > 10, None

print(rotate(1, 2, 3, 4, 5, 0), rotate(1, 2, 3, 4, 5, 7), rotate(0, 0, 0, 0, 0, 100))
print(spread(0), spread(3), spread(40))
print(triple_swap(1, 2, 3), triple_swap(1.5, 2, True))
print(bounds(3, -1, 2), bounds(2.5, 1, True), bounds(1, 1.0, 1))
print(quot_rem(17, 5), quot_rem(-17, 5), quot_rem(3, 0), quot_rem(2**63 - 1, -1), quot_rem(-2**63, -1))
print(stats(0), stats(20))
