#! compiled = "<loop at line 8>, <loop at line 13>, <loop at line 28>"
# Loops at module level are lifted into tier 1 as functions of the names they assign;
# whatever tier 1 cannot do exactly (a callee reading a name the loop assigns, a name
# that is not bound yet, a loop that never runs) falls back to the original loop.
import math

total = 0
for i in range(100_000):
    total += i * i % 7
print(total, i)

x, n = 0.0, 0
while x < 100.0:
    x += math.sqrt(n) * 0.1
    n += 1
print(round(x, 9), n)

counter = 0
def bump(v):
    return v + counter
s = 0
for i in range(10):
    counter += 1
    s += bump(i)
print(s, counter)

grid = 0
for a in range(30):
    for b in range(a):
        if (a * b) % 11 == 3:
            continue
        if b > 20:
            break
        grid += a - b
else:
    grid = -grid
print(grid, a, b)

if total > 0:
    acc = 1
    for k in range(1, 15):
        acc = acc * k if k % 3 else acc + 0.5
    print(acc, k)

mixed = 0
for q in range(5):
    mixed = mixed / 2 + q
print(mixed)

empty_hits = 0
for e in range(0):
    empty_hits += 1
print(empty_hits)

try:
    for z in range(3):
        undefined_total += z
except NameError as err:
    print("NameError", err)

big = 1
for p in range(70):
    big *= 3
print(big)

pairs = 0
for u, v in [(1, 2), (3, 4)]:
    pairs += u * v
print(pairs)
