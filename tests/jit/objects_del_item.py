#! compiled = "prune, drop_evens, forget"
# `del obj[key]` from compiled code: a dict's key and a list's item at once; a class's
# `__delitem__`, a missing key (`KeyError`) and an index out of range (`IndexError`) as the
# interpreter runs them, the call resuming at the `del` when one raises; a removed value
# whose `__del__` prints runs it at the `del`, in order.


def prune(d, limit):
    gone = []
    for k in sorted(d):
        if d[k] < limit:
            del d[k]
            gone.append(k)
    return gone, d


def drop_evens(xs):
    i = len(xs) - 1
    while i >= 0:
        if xs[i] % 2 == 0:
            del xs[i]
        i -= 1
    del xs[-1]
    return xs


class Registry:
    def __init__(self):
        self.items = {}

    def __setitem__(self, k, v):
        self.items[k] = v

    def __delitem__(self, k):
        print("Registry del", k)
        del self.items[k]


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def forget(container, keys):
    n = 0
    for k in keys:
        print("before", k)
        del container[k]
        print("after", k)
        n += 1
    return n


for _ in range(3):
    print(prune({"a": 1, "b": 5, "c": 2, "d": 9}, 3), drop_evens(list(range(10))))
r = Registry()
r["x"] = 1
r["y"] = 2
print(forget(r, ["x", "y"]), r.items)
print(forget({"p": Noisy("p"), "q": Noisy("q")}, ["p", "q"]))
try:
    forget({"a": 1}, ["a", "b"])
except KeyError as e:
    print("KeyError", e)
try:
    forget([1, 2, 3], [0, 5])
except IndexError as e:
    print("IndexError", e)
try:
    forget((1, 2), [0])
except TypeError as e:
    print("TypeError", e)
