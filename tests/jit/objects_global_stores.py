#! compiled = "tick, tick_and_read, stamp_all, swap_handler, keep_last, make_new"
# `global n; n = …` (STORE_GLOBAL) in compiled code: the store goes into the module's
# globals as the interpreter's does, and the unit then reads that global when the code
# runs (never as a constant), in the storing function and in the functions it calls
# directly, which must see each new value at once. Another unit that read it as a
# constant finds it rebound between calls and compiles again reading it when it runs.
# An old value whose release runs `__del__` prints in the same place as in tier 0.
import weakref

TIMESTAMP = 0
LIMIT = 10
HANDLER = None
LAST = None
EVENTS = []


def now():
    return TIMESTAMP


def tick(n):
    global TIMESTAMP
    for _ in range(n):
        TIMESTAMP += 1
    return TIMESTAMP


def tick_and_read(n):
    # The callee reads the global the caller keeps storing.
    global TIMESTAMP
    seen = 0
    for _ in range(n):
        TIMESTAMP += 1
        seen += now() - TIMESTAMP + 1
    return seen, TIMESTAMP


class Square:
    def __init__(self):
        self.stamp = -1


def stamp_all(squares):
    # Go's pattern: a counter bumped in one method, read into attributes.
    global TIMESTAMP
    for sq in squares:
        TIMESTAMP += 1
        sq.stamp = TIMESTAMP
    return [s.stamp for s in squares]


def reads_limit(n):
    # A number read as a constant by its own unit, rebound between its calls.
    t = 0
    for i in range(n):
        t += LIMIT
    return t


def double(x):
    return 2 * x


def triple(x):
    return 3 * x


def swap_handler(n):
    # A global bound to a function, rebound and called in the same call.
    global HANDLER
    out = []
    for i in range(n):
        if i % 2 == 0:
            HANDLER = double
        else:
            HANDLER = triple
        out.append(HANDLER(i))
    return out


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        EVENTS.append("del " + self.name)


def keep_last(names):
    # Each store releases the object stored before it: its `__del__` runs there.
    global LAST
    for name in names:
        EVENTS.append("store " + name)
        LAST = Noisy(name)
    return len(EVENTS)


def make_new(n):
    # A global that did not exist before the first store.
    global FRESH
    for i in range(n):
        FRESH = i * i
    return FRESH


print(tick(5), TIMESTAMP)
print(tick(3), now())
print(tick_and_read(4))
squares = [Square() for _ in range(4)]
print(stamp_all(squares), TIMESTAMP)
for limit in (10, 11, 12, 13):
    LIMIT = limit
    print(reads_limit(3))
print(swap_handler(5), HANDLER.__name__)
print(keep_last(["a", "b", "c"]))
print(EVENTS)
probe = weakref.ref(LAST)
LAST = None
print(probe() is None, EVENTS[-1])
print(make_new(4), FRESH)
for _ in range(60):
    tick(2)
print(TIMESTAMP)
