# A wrapped function must look and behave like the plain function: names, docs,
# attributes, signatures, binding as a method, decorators around it, recursion.

import functools
import inspect


def documented(a, b=2, *, c=3):
    "Adds three numbers."
    return a + b + c


print(documented.__name__, documented.__qualname__, documented.__doc__)
print(documented.__defaults__, documented.__kwdefaults__, documented.__code__.co_argcount)
print(str(inspect.signature(documented)))
print(documented(1), documented(1, 5, c=10))
documented.tag = "marked"
print(documented.tag, getattr(documented, "missing", "none"))
print(type(documented).__name__, callable(documented))


def logged(f):
    @functools.wraps(f)
    def inner(*args):
        return ("logged", f(*args))
    return inner


@logged
def square(x):
    return x * x


print(square(7), square.__name__, square.__wrapped__.__name__)


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)

    @staticmethod
    def origin_distance(x, y):
        return (x * x + y * y) ** 0.5

    @classmethod
    def make(cls, v):
        return cls(v, -v)

    @property
    def doubled(self):
        return self.x * 2


p = Point.make(3)
print(p.norm1(), Point.origin_distance(3, 4), p.doubled, Point.norm1(p))
print(Point.norm1.__name__, p.norm1.__func__.__name__, p.norm1.__self__ is p)


def countdown(n):
    return 0 if n == 0 else 1 + countdown(n - 1)


alias = countdown
print(alias(50), countdown(0), [countdown(k) for k in range(5)])
print(sorted([3, 1, 2], key=lambda v: -v), list(map(countdown, [1, 2, 3])))
