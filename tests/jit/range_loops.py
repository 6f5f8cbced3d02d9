#! compiled = "total, stepped_sum, stepped_count, backwards, empty, near_max"
# for-in-range with one, two and three arguments, negative steps, empty ranges,
# bounds near the limits of 64 bits, and the errors range() raises.

def total(n):
    s = 0
    for i in range(n):
        s += i
    return s

def stepped_sum(a, b, c):
    s = 0
    for i in range(a, b, c):
        s += i
    return s

def stepped_count(a, b, c):
    count = 0
    for i in range(a, b, c):
        count += 1
    return count

def backwards(n):
    last = None
    for i in range(n, -1, -1):
        last = i
    return last

def empty(n):
    hits = 0
    for i in range(n, n):
        hits += 1
    for i in range(n, 0):
        hits += 1
    return hits

def near_max(k):
    big = 9223372036854775807
    s = 0
    for i in range(big - k, big):
        s += 1
    for i in range(-big - 1, -big - 1 + k):
        s += 1
    return s

for n in [0, 1, 5, 100, -3]:
    print(total(n), backwards(n), empty(n))
for args in [(0, 10, 3), (10, 0, -3), (-5, 5, 2), (5, -5, -2), (0, 1, 100), (3, 3, 1)]:
    print(stepped_sum(*args), stepped_count(*args))
print(near_max(3))
for bad in [(0, 10, 0), (0, 1.5, 1)]:
    try:
        print(stepped_sum(*bad))
    except Exception as e:
        print(type(e).__name__, e)
