# Collatz sequences (JIT target: int while-loops with branches).


def collatz_len(n):
    steps = 1
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps


def longest_below(limit):
    best = 1
    best_len = 1
    for start in range(1, limit):
        length = collatz_len(start)
        if length > best_len:
            best = start
            best_len = length
    return best, best_len


def peak(n):
    top = n
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        if n > top:
            top = n
    return top


def cached_longest(limit):
    cache = [0] * limit
    cache[1] = 1
    best = 1
    for start in range(2, limit):
        n = start
        steps = 0
        while n >= limit or cache[n] == 0:
            n = n // 2 if n % 2 == 0 else 3 * n + 1
            steps += 1
        cache[start] = steps + cache[n]
        if cache[start] > cache[best]:
            best = start
    return best, cache[best]


print([collatz_len(n) for n in range(1, 31)])
print("27:", collatz_len(27), "peak", peak(27))
print("longest below 3000:", longest_below(3000))
print("cached longest below 50000:", cached_longest(50000))
print("peak of 35655:", peak(35655))
print("big start:", collatz_len(2 ** 100 + 1), collatz_len(989345275647))
seq = []
n = 6
while n != 1:
    seq.append(n)
    n = n // 2 if n % 2 == 0 else 3 * n + 1
seq.append(1)
print(seq)
for row in range(10):
    base = row * 10 + 1
    print(f"{base:>3}..{base + 9:<3}", " ".join(f"{collatz_len(k):>3}" for k in range(base, base + 10)))
