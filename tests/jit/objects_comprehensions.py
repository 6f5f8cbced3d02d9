#! compiled = "squares, grid, index, evens, pairs_of, nested, step_all"
# Comprehensions compile: their loop runs in tier 1, items are added through the host
# (`LIST_APPEND`, `SET_ADD`, `MAP_ADD`), and the comprehension's variable is unassigned
# again when it ends (the last item is released at once, as the interpreter does: a
# `__del__` shows when). A comprehension that cannot go on (an item that makes Python
# code run, an int that outgrows 64 bits) resumes in the interpreter with its partial
# list on the stack.


def squares(n):
    return [i * i for i in range(n)]


def grid(w, h):
    return [[x * y for x in range(w)] for y in range(h)]


def index(words):
    return {w: len(w) for w in words if w}


def evens(xs):
    return {x % 7 for x in xs if x % 2 == 0}


def pairs_of(xs):
    return [(a, b) for a in xs for b in xs if a < b]


def nested(rows):
    total = 0
    for row in rows:
        total += sum([v * 3 for v in row])
    return total


class Noisy:
    def __init__(self, k):
        self.k = k

    def __del__(self):
        print("released", self.k)


def step_all(ks):
    # The list of `Noisy` dies after the outer comprehension, and `p`, holding the last
    # one, is unassigned as it ends: both are released before the print.
    count = len([p.k for p in [Noisy(k) for k in ks]])
    print("after the comprehension")
    return count


class Key:
    def __init__(self, k):
        self.k = k

    def __hash__(self):
        return self.k % 3

    def __eq__(self, other):
        return isinstance(other, Key) and other.k == self.k


def keyed(ks):
    return len({Key(k) for k in ks})


def lists(n):
    # `[0] * n` and `a + [2]` make new lists through the host; `b += [1]` changes the
    # list `a` is too (the interpreter's to do).
    a = [0] * n
    b = a
    b += [1]
    c = a + [2]
    return a is b, len(a), len(c), 3 * [n]


def overflow(n):
    return [3 ** i * 2 ** 40 for i in range(n)]


for _ in range(3):
    print(squares(8), grid(3, 2), index(["ab", "", "cde"]), evens(range(20)))
    print(pairs_of([3, 1, 2]), nested([[1, 2], [3, 4, 5]]))
print(step_all([1, 2]))
print(keyed([1, 2, 3, 4, 1]))
print(overflow(30)[-3:])
print(lists(4))
