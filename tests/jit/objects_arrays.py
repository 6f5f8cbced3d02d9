#! compiled = "fill, total, scaled_copy"
# `array.array` items, length and iteration by the VM's own code (scimark's Array2D):
# reading, writing, slicing; a value of the wrong type or an index out of range is the
# interpreter's to raise, with nothing stored.
from array import array


def fill(a, n):
    for i in range(n):
        a[i] = i * 0.5
    return len(a)


def total(a):
    t = 0.0
    for x in a:
        t += x
    for i in range(len(a)):
        t += a[i] * a[-1 - i]
    return t


def scaled_copy(a, k):
    b = a[:]
    for i in range(len(b)):
        b[i] = b[i] * k
    return b


def bad_store(a, i, v):
    a[i] = v
    return a


for rep in range(3):
    a = array("d", [0.0]) * 8
    print(fill(a, 8), total(a), scaled_copy(a, 3).tolist())
    ints = array("i", range(5))
    print(total(ints), scaled_copy(ints, 2))
    for i, v in ((1, 7), (2, 1.5), (9, 1), (0, "x")):
        try:
            print(bad_store(array("i", [1, 2, 3]), i, v))
        except (TypeError, IndexError) as e:
            print(type(e).__name__, e)
