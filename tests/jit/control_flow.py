#! compiled = "classify, count_down, first_multiple, nested, collatz_steps, skip_odds, loop_else"
# Branches and loops: if/elif/else, while with break and continue, nested loops,
# for-else and while-else.

def classify(n):
    if n < 0:
        return -1
    elif n == 0:
        return 0
    elif n < 10:
        return 1
    else:
        return 2

def count_down(n):
    total = 0
    while n > 0:
        total += n
        n -= 3
    return total

def first_multiple(n, k):
    i = 1
    while True:
        if (i * n) % k == 0:
            break
        i += 1
    return i * n

def nested(n):
    acc = 0
    for i in range(n):
        for j in range(i):
            if (i + j) % 3 == 0:
                continue
            if j > 5:
                break
            acc += i * j
    return acc

def collatz_steps(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps

def skip_odds(n):
    s = 0
    i = 0
    while i < n:
        i += 1
        if i % 2:
            continue
        s += i
    return s

def loop_else(n):
    for i in range(2, n):
        if n % i == 0:
            return i
    else:
        return 0

for n in [-5, 0, 3, 10, 77]:
    print(classify(n), count_down(n), skip_odds(n))
for n in [1, 7, 27, 97, 871]:
    print(collatz_steps(n), first_multiple(n, 7), nested(n % 20), loop_else(n))
