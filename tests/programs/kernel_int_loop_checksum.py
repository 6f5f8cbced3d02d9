# A 100000-iteration integer loop computing checksums (JIT target: int locals).


def checksum(n):
    acc = 0
    i = 0
    while i < n:
        acc = (acc * 31 + i) % 1000000007
        i += 1
    return acc


def xor_shift_sum(n):
    total = 0
    x = 2463534242
    for _ in range(n):
        x ^= (x << 13) & 0xFFFFFFFF
        x ^= x >> 17
        x ^= (x << 5) & 0xFFFFFFFF
        total = (total + x) & 0xFFFFFFFFFFFF
    return total


def branchy(n):
    evens = 0
    odds = 0
    for i in range(n):
        if i % 2 == 0:
            evens += i
        elif i % 3 == 0:
            odds -= i
        else:
            odds += i // 3
    return evens, odds


def nested_loops(n):
    s = 0
    for i in range(n):
        for j in range(i, n):
            s += (i ^ j) & 7
    return s


def digit_sum_loop(n):
    total = 0
    for k in range(1, n + 1):
        m = k
        while m > 0:
            total += m % 10
            m //= 10
    return total


print("checksum(100000) =", checksum(100000))
for n in (0, 1, 10, 1000):
    print(f"checksum({n}) =", checksum(n))
print("xor_shift_sum(100000) =", xor_shift_sum(100000))
print("xor_shift_sum(10) =", xor_shift_sum(10))
print("branchy(100000) =", branchy(100000))
print("branchy(7) =", branchy(7))
print("nested_loops(300) =", nested_loops(300))
print("digit_sum_loop(20000) =", digit_sum_loop(20000))
total = 0
for i in range(100000):
    total += i * i - 3 * i
print("top-level loop total =", total)
print("overflow past 64 bits:", sum(i ** 5 for i in range(1, 2000)))
