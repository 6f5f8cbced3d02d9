#! compiled = "walk, build, scaled, named, only_positional"
# Direct calls that leave parameters to their defaults: compiled code passes the
# defaults itself (None, a bool, a small int: the very objects the interpreter passes),
# guarded on the function's defaults staying as they were; other defaults (a float, a
# mutable list) go through the host's call. Assigning `__defaults__` between calls or
# inside one is seen at once.


class Node:
    def __init__(self, parent=None, depth=0):
        self.parent = parent
        self.depth = depth
        self.hits = 0

    def root(self, count=False):
        node = self
        while node.parent is not None:
            if count:
                node.hits += 1
            node = node.parent
        return node

    def deeper(self, by=1):
        return Node(self, self.depth + by)


def walk(n):
    top = Node()
    node = top
    total = 0
    for i in range(n):
        node = node.deeper()
        if node.root() is top:
            total += node.depth
        node.root(True)
    return total, top.hits, node.depth


def accumulate(x, acc=None):
    if acc is None:
        acc = []
    acc.append(x)
    return acc


def collect(x, acc=[]):
    # The shared mutable default: the interpreter's own call keeps it.
    acc.append(x)
    return len(acc)


def build(n):
    out = []
    for i in range(n):
        out.append(len(accumulate(i)))
        out.append(collect(i))
    return out


def scale(x, factor=2, flag=False):
    return x * factor if not flag else -x


def scaled(n):
    t = 0
    for i in range(n):
        t += scale(i) + scale(i, 3) + scale(i, 1, True)
    return t


def rebind_inside(n):
    t = 0
    for i in range(n):
        if i == 2:
            change_defaults()
        t += scale(i)
    return t


def named(n):
    # Keyword arguments of a direct call: put in parameter order, the rest defaults.
    top = Node()
    node = top.deeper(by=2).deeper()
    t = node.root(count=True).hits
    for i in range(n):
        t += scale(i, flag=True) + scale(x=i, factor=3) + scale(flag=False, x=i)
    return t


def po(a, /, b=2):
    return a * 10 + b


def only_positional(n):
    t = 0
    for i in range(n):
        t += po(i, b=3) + po(i)
    return t


def bad_name(n):
    t = 0
    for i in range(n):
        t += scale(i, bogus=1)
    return t


def bad_positional(n):
    return po(a=n)


def twice(n):
    return scale(n, x=n)


def grow(k, by=2, neg=False):
    v = k * by
    return -v if neg else v


def overflow_kw(xs):
    # The callee overflows 64 bits and hands its frame over at the `CALL_KW`, which the
    # interpreter has specialised in place by the second call (it ran the loop's rest).
    t = 0
    for x in xs:
        t += grow(x, neg=True)
    return t


def change_defaults():
    scale.__defaults__ = (10, False)


print(walk(6))
print(build(4))
print(scaled(5))
for factor in (2, 4):
    scale.__defaults__ = (factor, False)
    print(scaled(3))
scale.__defaults__ = (2, False)
print(rebind_inside(5), scale(1))
print(Node().deeper().deeper(5).depth)
print(named(4), only_positional(3))
for f in (bad_name, bad_positional, twice):
    try:
        f(2)
    except TypeError as e:
        print(f.__name__, "TypeError:", e)
print(overflow_kw([2**62, 1, 2, 3, 4, 5, 6, 7]), overflow_kw([2**62, 1]))
