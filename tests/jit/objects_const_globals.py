#! compiled = "total, pick, rebinding_call, same"
# A global bound to an object (a list, a dict, a class, a module) is one of the module's
# constant handles: loaded without a host call, guarded to stay the same object. It
# must still behave as LOAD_GLOBAL does: rebound between calls (the guard fails, and the
# function compiles again loading it when the code runs), rebound by Python code the
# compiled code calls (the rest of the call sees the new object), compared by identity,
# and never released by compiled code (the list outlives every call).
import weakref

TABLE = [1, 2, 3, 4, 5]
NAMES = {"a": 1, "b": 2}


class Box:
    def __init__(self, v):
        self.v = v


def total(n):
    t = 0
    for i in range(n):
        t += TABLE[i % len(TABLE)] + NAMES["a"]
    return t


def pick(n):
    out = []
    for i in range(n):
        out.append(Box(i).v + len(TABLE))
    return out


def swap():
    global TABLE
    TABLE = [10, 20]
    return 0


def rebinding_call(n):
    t = 0
    for i in range(n):
        t += len(TABLE)
        if i == 2:
            swap()
    return t


def same(n):
    hits = 0
    for i in range(n):
        if TABLE is TABLE and NAMES is NAMES:
            hits += 1
    return hits, TABLE is SAVED


SAVED = TABLE
for _ in range(3):
    print(total(7), pick(3), same(2))

# Rebound between calls: the next call must read the new list.
TABLE = [7, 7]
print(total(7), pick(2), same(2))
TABLE = [1]
print(total(7), pick(2), same(2))
for _ in range(3):
    TABLE = [2, 3]
    print(total(4))

# Rebound by a function the loop calls, in the middle of the loop.
TABLE = [1, 2, 3]
print(rebinding_call(6), TABLE)
TABLE = [1, 2, 3]
print(rebinding_call(6), TABLE)

# Compiled code never releases the list it has as a constant.
TABLE = [Box(1), Box(2)]
probe = weakref.ref(TABLE[0])


def boxes(n):
    s = 0
    for i in range(n):
        s += TABLE[i % 2].v
    return s


print(boxes(10), probe() is TABLE[0])
TABLE = [Box(5), Box(6)]
print(boxes(10), probe())
