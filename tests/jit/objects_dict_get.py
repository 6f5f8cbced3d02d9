#! compiled = "tally, lookups"
# `d.get(key)` and `d.get(key, default)` on an exact dict with a key the VM hashes and
# compares are done by the host at once (`calls::builtin_method`); anything else is a
# call as the interpreter makes it: a key class with its own `__hash__`/`__eq__`, a dict
# subclass with its own `get`, the wrong number of arguments, `get` rebound on a
# subclass, a default that is an object whose identity shows.


def tally(words):
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    return counts


def lookups(d, keys, default):
    out = []
    for k in keys:
        out.append((d.get(k), d.get(k, default)))
    return out


class Key:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        print("hash", self.v)
        return hash(self.v)

    def __eq__(self, other):
        print("eq", self.v)
        return isinstance(other, Key) and other.v == self.v


class Loud(dict):
    def get(self, k, default=None):
        print("Loud.get", k)
        return super().get(k, default)


words = "the cat and the hat and the bat".split()
for _ in range(3):
    print(tally(words))
d = {1: "one", "two": 2, (3, 4): [3, 4], None: "none", 2.5: "f"}
sentinel = object()
for _ in range(3):
    got = lookups(d, [1, "two", (3, 4), None, 2.5, "missing", 7], sentinel)
    print([(a, b is sentinel or b) for a, b in got])
k1 = Key(1)
kd = {k1: "k1"}
print(lookups(kd, [Key(1), Key(2)], "dflt"))
print(lookups(Loud(a=1), ["a", "b"], 0))
try:
    print(lookups(d, [[1]], 0))
except TypeError as e:
    print("TypeError", e)


def three(d):
    t = 0
    for k in range(3):
        t += d.get(k, 0, 1)
    return t


try:
    three({})
except TypeError as e:
    print("TypeError", e)
