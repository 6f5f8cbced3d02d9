# Sum of gcds over a grid: Euclid's algorithm with tuple swaps.

def gcd(a, b):
    while b:
        a, b = b, a % b
    return a


def gcd_sum(n):
    total = 0
    for i in range(1, n):
        for j in range(1, n):
            total += gcd(i, j)
    return total


def main():
    return gcd_sum(300)
