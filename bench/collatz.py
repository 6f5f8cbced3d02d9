# The longest Collatz chain below a bound: integer division, parity tests, branches.

def chain(n):
    steps = 1
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps


def longest(limit):
    best = 1
    best_start = 1
    for start in range(1, limit):
        c = chain(start)
        if c > best:
            best = c
            best_start = start
    return best_start * 1000 + best


def main():
    return longest(10_000)
