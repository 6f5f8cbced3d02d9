#! compiled = "tails, members, payloads, Window.inner, windows, splice, vowels, pair"
# Constants tier 1 does not model as values (slices, frozensets, bytes, ints wider than
# 64 bits, complex numbers, Ellipsis) are loaded as the very objects the interpreter
# loads: `xs[1:]`, `c in {"a", "e"}`, `n % 10**30`. Slicing with ints and None is the
# VM's own code; a slice of other objects calls their __index__, which is the
# interpreter's.


def tails(xs):
    out = []
    for k in range(3):
        out.append(xs[1:])
        out.append(xs[:-1])
        out.append(xs[::-1])
        out.append(xs[1::2])
    return out


def members(s):
    n = 0
    for c in s:
        if c in {"a", "e", "i", "o", "u"}:
            n += 1
        if c not in {"x", "y"}:
            n += 10
    return n


def payloads(n):
    out = []
    for i in range(n):
        b = b"\x00ab"
        out.append(b[i % 3:])
        out.append(b == b"\x00ab")
    return out


def huge(xs):
    t = 0
    for x in xs:
        t += x * 10**25
        t %= 123456789012345678901234567
    return t, t > 2**70, 1j * 2, ... is Ellipsis


class Window:
    def __init__(self, items):
        self.items = items

    def inner(self):
        return self.items[1:-1]


def windows(n):
    total = 0
    for i in range(n):
        w = Window(list(range(i)))
        total += len(w.inner())
    return total


def splice(xs, n):
    for i in range(n):
        xs[1:3] = [i, i + 1, i + 2]
        xs[::2] = xs[::2]
        xs[i:] = (i,)
    return xs


def bad_splice(xs):
    xs[1:2] = "ab"
    print(xs, [1, 2.5, "three", None], [xs, *(4, 5)])
    try:
        xs[::2] = [1, 2, 3, 4, 5, 6, 7]
    except ValueError as e:
        print("ValueError:", e)


class Index:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        print("index", self.n)
        return self.n


def odd_slices(xs):
    out = []
    for k in range(2):
        out.append(xs[Index(1):])
    return out


for rep in range(3):
    print(tails([1, 2, 3, 4, 5]), tails("hello"), tails((1, 2)))
    print(members("education is expensive"), members(["a", "x"]))
    print(payloads(4))
    print(huge([1, 2, 3]), huge([]))
    print(windows(10))
    print(odd_slices([7, 8, 9]))
    print(splice([1, 2, 3, 4, 5], 4))
    bad_splice([1, 2, 3])
    try:
        print(tails(None))
    except TypeError as e:
        print("TypeError:", e)

# A top-level loop with a slice constant.
acc = []
for word in ["alpha", "beta", "gamma"] * 3:
    acc.append(word[1:3])
print(acc)


# A tuple constant used as a value is the code's own tuple (`is` sees it), with no
# tuple built: `in` over it, returned, passed on.
def vowels(words):
    n = 0
    for w in words:
        for c in w:
            if c in ("a", "e", "i", "o", "u"):
                n += 1
        if len(w) in (3, 5) and w not in ("abc",):
            n += 10
    return n


def pair(k):
    t = ()
    for _ in range(k):
        t = (1, 2)
    return t, (("x", 1.5), None)


print(vowels(["hello", "world", "abc", "queue"] * 3))
print(pair(3)[0] is pair(2)[0], pair(1), pair(2)[1] is pair(4)[1])
