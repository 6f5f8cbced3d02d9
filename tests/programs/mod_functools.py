# The functools module.

import functools
from functools import reduce, partial, lru_cache, cache, cmp_to_key, wraps, total_ordering, singledispatch

print(reduce(lambda a, b: a + b, range(10)), reduce(max, [3, 9, 2]), reduce(lambda a, b: a * b, [], 1))
int2 = partial(int, base=2)
print(int2("1011"), int2("111"), int2.keywords, int2.func.__name__)
power = lambda base, exp: base ** exp
square = partial(power, exp=2)
print([square(n) for n in range(6)], partial(power, 2)(10))


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(100), fib.cache_info().hits, fib.cache_info().misses)
fib.cache_clear()
print(fib.cache_info().currsize)


@lru_cache(maxsize=2)
def slow_square(n):
    slow_square.calls += 1
    return n * n


slow_square.calls = 0
for n in [1, 2, 1, 3, 1, 2]:
    slow_square(n)
print(slow_square.calls, slow_square.cache_info())


@cache
def ways(n):
    return 1 if n <= 1 else ways(n - 1) + ways(n - 2)


print(ways(50))


def compare(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)


print(sorted(["ccc", "a", "bb", "aa", "c"], key=cmp_to_key(compare)))


@total_ordering
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __eq__(self, other):
        return self.cents == other.cents

    def __lt__(self, other):
        return self.cents < other.cents

    def __repr__(self):
        return f"${self.cents / 100:.2f}"


ms = [Money(500), Money(150), Money(999)]
print(sorted(ms), Money(1) <= Money(1), Money(2) > Money(1), Money(3) >= Money(4))


@singledispatch
def describe(x):
    return f"object {x!r}"


@describe.register
def _(x: int):
    return f"int {x}"


@describe.register(list)
def _(x):
    return f"list of {len(x)}"


print(describe(5), describe([1, 2]), describe("s"), describe(True))


def log_calls(fn):
    @wraps(fn)
    def wrapper(*a):
        return fn(*a)

    return wrapper


@log_calls
def documented():
    """Docstring survives."""


print(documented.__name__, documented.__doc__, documented.__wrapped__.__name__)


class Circle:
    def __init__(self, r):
        self.r = r
        self.computed = 0

    @functools.cached_property
    def area(self):
        self.computed += 1
        return 3.14159 * self.r ** 2


c = Circle(2)
print(c.area, c.area, c.computed)
print(functools.reduce(lambda acc, kv: acc + kv[1], {"a": 1, "b": 2}.items(), 0))
p2 = partial(partial(max, 5), 10)
print(p2(7), p2(20), p2())
