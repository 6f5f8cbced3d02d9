# Function and class decorators, decorators with arguments, functools.wraps.

import functools

calls = []


def trace(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        calls.append(fn.__name__)
        result = fn(*args, **kwargs)
        print(f"  {fn.__name__}{args} -> {result!r}")
        return result

    return wrapper


@trace
def add(a, b):
    """Add two numbers."""
    return a + b


print(add(2, 3), add.__name__, add.__doc__, calls)


def repeat(times):
    def deco(fn):
        def wrapper(*args):
            return [fn(*args) for _ in range(times)]

        return wrapper

    return deco


@repeat(3)
def greet(name):
    return f"hi {name}"


print(greet("bob"))


def count_calls(fn):
    def wrapper(*args):
        wrapper.calls += 1
        return fn(*args)

    wrapper.calls = 0
    return wrapper


@count_calls
def square(x):
    return x * x


print([square(i) for i in range(5)], square.calls)


def bold(fn):
    return lambda: "<b>" + fn() + "</b>"


def italic(fn):
    return lambda: "<i>" + fn() + "</i>"


@bold
@italic
def text():
    return "stacked"


print(text())


def memoize(fn):
    cache = {}

    @functools.wraps(fn)
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]

    wrapper.cache = cache
    return wrapper


@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(60), len(fib.cache))

registry = {}


def register(name):
    def deco(cls):
        registry[name] = cls
        cls.registered_as = name
        return cls

    return deco


@register("circle")
class Circle:
    pass


@register("square")
class Square:
    pass


print(sorted(registry), Circle.registered_as, registry["square"].__name__)


def validate(**types):
    def deco(fn):
        def wrapper(**kwargs):
            for key, typ in types.items():
                if not isinstance(kwargs[key], typ):
                    raise TypeError(f"{key} must be {typ.__name__}")
            return fn(**kwargs)

        return wrapper

    return deco


@validate(x=int, y=str)
def combine(x, y):
    return y * x


print(combine(x=3, y="ab"))
try:
    combine(x="3", y="ab")
except TypeError as e:
    print("TypeError:", e)


class CountInstances:
    def __init__(self, fn):
        self.fn = fn
        self.n = 0

    def __call__(self, *args):
        self.n += 1
        return self.fn(*args)


@CountInstances
def double(x):
    return x * 2


print(double(4), double(5), double.n)


def method_deco(fn):
    def wrapper(self, *args):
        return f"[{fn(self, *args)}]"

    return wrapper


class Widget:
    def __init__(self, name):
        self.name = name

    @method_deco
    def render(self, suffix):
        return self.name + suffix


print(Widget("w").render("!"))
