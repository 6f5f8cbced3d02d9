#! compiled = "rotate, spread, triple_swap"
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

print(rotate(1, 2, 3, 4, 5, 0), rotate(1, 2, 3, 4, 5, 7), rotate(0, 0, 0, 0, 0, 100))
print(spread(0), spread(3), spread(40))
print(triple_swap(1, 2, 3), triple_swap(1.5, 2, True))
