# Ends with an uncaught IndexError raised inside a generator being consumed.


def windows(seq, size):
    for start in range(0, len(seq), size - 1):
        yield seq[start], seq[start + size - 1]


def pairs(seq):
    for i in range(0, len(seq) - 1, 2):
        yield seq[i], seq[i + 1]


data = list(range(0, 50, 5))
print(data)
for a, b in pairs(data):
    print("pair", a, b, "sum", a + b)
print("first window:", next(windows(data, 4)))
print("two windows of a 7-list:", list(zip(range(2), windows(list(range(7)), 4))))
for first, last in windows(data, 4):
    print("window", first, last)
print("not reached")
