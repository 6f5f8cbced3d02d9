# Sieve of Eratosthenes and trial division (JIT target: int loops, list indexing).


def sieve(limit):
    flags = [True] * (limit + 1)
    flags[0] = False
    flags[1] = False
    i = 2
    while i * i <= limit:
        if flags[i]:
            j = i * i
            while j <= limit:
                flags[j] = False
                j += i
        i += 1
    return flags


def count_primes(limit):
    flags = sieve(limit)
    count = 0
    for k in range(limit + 1):
        if flags[k]:
            count += 1
    return count


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


def nth_prime(n):
    count = 0
    candidate = 1
    while count < n:
        candidate += 1
        if is_prime(candidate):
            count += 1
    return candidate


def twin_primes(limit):
    flags = sieve(limit)
    pairs = 0
    for p in range(3, limit - 1):
        if flags[p] and flags[p + 2]:
            pairs += 1
    return pairs


flags = sieve(100)
print([n for n in range(101) if flags[n]])
for limit in (10, 100, 1000, 10000, 100000):
    print(f"primes <= {limit}: {count_primes(limit)}")
print("1000th prime:", nth_prime(1000))
print("twin prime pairs below 50000:", twin_primes(50000))
print([n for n in range(1000000, 1000200) if is_prime(n)])
print(is_prime(2147483647), is_prime(2147483649), is_prime(999999937))
for start in range(0, 100, 20):
    print(f"{start:>3}-{start + 19:<3}", [n for n in range(start, start + 20) if flags[n]])
big_flags = sieve(100000)
print("sum of primes below 100000:", sum(i for i in range(100001) if big_flags[i]))
gaps = {}
last = 2
for p in range(3, 100001):
    if big_flags[p]:
        g = p - last
        gaps[g] = gaps.get(g, 0) + 1
        last = p
print("largest gap:", max(gaps), "most common gaps:", sorted(gaps.items(), key=lambda kv: -kv[1])[:5])
