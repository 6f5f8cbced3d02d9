#! compiled = "windows, reverse_prefixes, rotate, splice_all, mixed_bounds, stepped, built, sliced_by_class, stored_by_class, bad_bounds, flips"
# Slices from compiled code: `a[i:j]` (`BINARY_SLICE`) and `a[i:j] = v` (`STORE_SLICE`),
# whose slice the host makes in the same call as the subscript, over lists, strings,
# tuples, bytes and ranges, with bounds that are unboxed ints, `None`, negative,
# out of range, big ints, bools and objects with `__index__`; a class's `__getitem__`
# and `__setitem__` receiving the very slice the interpreter makes; bounds that raise
# (`TypeError`, with the traceback at the line); stepped slices and small builds
# (tuples, lists, f-strings of one to five parts) with their items in the call itself.
import traceback


def windows(seq, width):
    out = []
    for i in range(len(seq) - width + 1):
        out.append(seq[i : i + width])
    return out


print(windows([1, 2, 3, 4, 5], 2))
print(windows("abcdef", 3))
print(windows((1.5, 2.5, 3.5), 1))
print(windows(b"xyz", 2))
print(windows(range(10, 15), 4))


def reverse_prefixes(xs):
    xs = list(xs)
    k = xs[0]
    flips = 0
    while k:
        xs[: k + 1] = xs[k::-1]
        flips += 1
        k = xs[0]
    return flips, xs


print(reverse_prefixes([3, 1, 0, 2]), reverse_prefixes([2, 0, 1]), reverse_prefixes([0, 1]))


def rotate(xs, n):
    for _ in range(n):
        xs[:] = xs[1:] + xs[:1]
    return xs


print(rotate([1, 2, 3, 4], 3), rotate(list("hello"), 2))


def splice_all(xs):
    # Grow, shrink, empty and extend through slice stores.
    xs[1:2] = [10, 11, 12]
    xs[-2:] = []
    xs[len(xs) :] = (7, 8)
    xs[:0] = "ab"
    del xs[2:3]
    return xs


print(splice_all([1, 2, 3, 4, 5]), splice_all([0, 0]))


class Index:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


def mixed_bounds(s, lo, hi):
    return [
        s[None:None],
        s[-3:],
        s[:lo],
        s[lo:hi],
        s[True:],
        s[Index(1) : Index(3)],
        s[2:1],
        s[100:],
    ]


BIG = 10**30
print(mixed_bounds("abcdefgh", -BIG, BIG))
print(mixed_bounds([0, 1, 2, 3, 4], -BIG, BIG))
print(mixed_bounds((9, 8, 7), -BIG, BIG))


def stepped(s, step):
    return s[::step], s[1::step], s[:: -step], s[-1:0:-step]


print(stepped("abcdefghij", 2), stepped([1, 2, 3, 4, 5, 6], 3))
try:
    stepped([1, 2], 0)
except ValueError:
    traceback.print_exc()


def built(a, b, c, d, e):
    one = (a,)
    two = [a, b]
    three = (a, b, c)
    four = [a, b, c, d]
    five = (a, b, c, d, e)
    text = f"{a}-{b}"
    longer = f"{a}:{b}:{c}:{d}:{e}"
    return one, two, three, four, five, text, longer, sorted({a, b, c}, key=repr), {a: b, c: d}


for args in [(1, 2, 3, 4, 5), ("p", "q", "r", "s", "t"), (1.5, None, True, 2**70, -1)]:
    print(built(*args))

log = []


class Recorder:
    def __getitem__(self, key):
        log.append(("get", key.start, key.stop, key.step, type(key).__name__))
        if key.start == 99:
            raise KeyError(key.start)
        return [key.start, key.stop]

    def __setitem__(self, key, value):
        log.append(("set", key.start, key.stop, key.step, value))
        if value == "bad":
            raise ValueError("bad value")


def sliced_by_class(obj, n):
    return [obj[i : i + 1] for i in range(n)] + [obj[:], obj[n:]]


def stored_by_class(obj, values):
    for i, v in enumerate(values):
        obj[i:] = v
    return len(log)


print(sliced_by_class(Recorder(), 3))
print(stored_by_class(Recorder(), ["x", "y"]))
try:
    sliced_by_class(Recorder(), 100)
except KeyError:
    traceback.print_exc()
try:
    stored_by_class(Recorder(), ["z", "bad", "never"])
except ValueError:
    traceback.print_exc()
print(log[-6:])


def bad_bounds(xs, start):
    total = 0
    for i in range(3):
        total += len(xs[start : i + 1])
    return total


print(bad_bounds([1, 2, 3], 0), bad_bounds("abc", -2), bad_bounds([1, 2, 3], None))
for bound in ["1", 1.5, [0]]:
    try:
        bad_bounds([1, 2, 3], bound)
    except TypeError:
        traceback.print_exc()


def flips(n):
    # fannkuch's inner loop, on every permutation of range(n).
    perm1 = list(range(n))
    count = [0] * n
    best = 0
    r = n
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        perm = perm1[:]
        k = perm[0]
        f = 0
        while k:
            perm[: k + 1] = perm[k::-1]
            f += 1
            k = perm[0]
        best = max(best, f)
        while r != n:
            perm1.insert(r, perm1.pop(0))
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1
        else:
            return best


print(flips(5), flips(6))
