#! compiled = "indexed, paired, tripled, numbered_pairs, backwards, through, items_of, chars, drain"
# Loops over the iterators people write every day: enumerate, zip, reversed, an iterator
# made by iter() and passed around. Tier 1 advances the VM's own iterators itself; any
# other (a generator inside enumerate, a subclass with its own __next__, a strict zip,
# which raises) goes to the interpreter, with the same output.


def indexed(xs):
    t = 0
    for i, x in enumerate(xs):
        t += i * x
    for i, x in enumerate(xs, 10):
        t -= i
    return t


def paired(xs, ys):
    out = []
    for a, b in zip(xs, ys):
        out.append(a - b)
    return out


def tripled(xs, ys, zs):
    t = 0.0
    for a, b, c in zip(xs, ys, zs):
        t += a * b + c
    return t


def numbered_pairs(xs, ys):
    out = []
    for i, (a, b) in enumerate(zip(xs, ys)):
        out.append((i, a + b))
    return out


def backwards(xs):
    out = []
    for x in reversed(xs):
        out.append(x)
    for k in reversed(range(3)):
        out.append(k)
    return out


def through(it, stop):
    taken = []
    for x in it:
        if x == stop:
            break
        taken.append(x)
    return taken


def items_of(d):
    t = 0
    for k, v in d.items():
        t += len(k) * v
    for i, k in enumerate(d):
        t += i
    return t


def chars(s):
    n = 0
    for i, c in enumerate(s):
        if c == "a":
            n += i
    return n


def gen(n):
    for i in range(n):
        yield i * i


class Counting(enumerate):
    def __next__(self):
        i, x = super().__next__()
        return i, x * 100


def odd_ones(xs):
    t = 0
    for i, x in enumerate(gen(len(xs))):
        t += i + x
    for i, x in Counting(xs):
        t += i + x
    return t


def strict(xs, ys):
    t = 0
    for a, b in zip(xs, ys, strict=True):
        t += a + b
    return t


def mutating(d):
    seen = []
    try:
        for i, k in enumerate(d):
            seen.append(k)
            d[k + "!"] = i
    except RuntimeError as e:
        seen.append(str(e))
    return seen


class Stack(list):
    pass


class Loud(list):
    def __iter__(self):
        print("own iter")
        return iter([100, 200])

    def __len__(self):
        return 2

    def __getitem__(self, i):
        return -1

    def __setitem__(self, i, v):
        print("own setitem", i, v)


def drain(items):
    # A list subclass that keeps list's own iteration, length and indexing (deltablue's
    # OrderedCollection), and one that defines its own.
    out = []
    for x in items:
        out.append(x)
    n = 0
    while len(items) and n < 3:
        items[0] = items[0] + 1
        n += 1
    return out, items[0] if items else None, bool(items)


xs = [3, 1, 4, 1, 5, 9, 2, 6]
ys = [2.5, 7.0, 1.5, 8.0, 2.0, 8.5]
for rep in range(3):
    print(indexed(xs), indexed([1.5, 2.5]))
    print(paired(xs, ys), paired("abc", "xyz") if rep == 5 else paired(ys, xs))
    print(tripled(xs, ys, range(100)))
    print(numbered_pairs(xs, ys))
    print(backwards(xs), backwards([]))
    it = iter(xs)
    print(through(it, 5), list(it))
    it = iter(enumerate(ys))
    print(through(it, (2, 1.5)), next(it))
    print(through(zip(xs, xs[1:]), (9, 2)))
    print(items_of({"one": 1, "three": 3, "eleven": 11}))
    print(chars("banana bandana"), chars(""))
    print(odd_ones(xs))
    print(mutating({"a": 1}))
    print(drain(Stack([1, 2, 3])), drain(Loud([7, 8, 9])), drain(Stack()))
    try:
        print(strict(xs, xs))
        print(strict(xs, ys))
    except ValueError as e:
        print("ValueError:", e)
