# Counting primes by trial division: nested loops, modulo, early exits.

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


def count(limit):
    total = 0
    for k in range(limit):
        if is_prime(k):
            total += 1
    return total


def main():
    return count(60_000)
