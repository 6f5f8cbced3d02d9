#! known-different = "RustPython uses the pre-3.11 UnboundLocalError message"
# Closures, nonlocal, late binding and cell sharing.


def make_counter(start=0, step=1):
    count = start

    def increment():
        nonlocal count
        count += step
        return count

    def reset():
        nonlocal count
        count = start

    return increment, reset


inc, reset = make_counter()
print(inc(), inc(), inc())
reset()
print(inc())
inc10, _ = make_counter(100, 10)
print(inc10(), inc10(), inc())


def make_multipliers():
    return [lambda x, n=n: x * n for n in range(1, 5)]


print([m(10) for m in make_multipliers()])


def late_binding():
    fns = []
    for i in range(3):
        fns.append(lambda: i)
    return [f() for f in fns]


print(late_binding())


def accumulator():
    total = []

    def add(x):
        total.append(x)
        return sum(total)

    return add


acc = accumulator()
print([acc(v) for v in [5, 10, 15]])


def outer():
    x = "outer"

    def middle():
        x = "middle"

        def inner():
            nonlocal x
            x = "changed by inner"
            return x

        r = inner()
        return r, x

    res = middle()
    return res, x


print(outer())


def shared_cell():
    value = 0

    def get():
        return value

    def set_(v):
        nonlocal value
        value = v

    return get, set_


g, s = shared_cell()
print(g())
s(42)
print(g())
print(g.__closure__ is not None, len(g.__closure__), g.__code__.co_freevars)


def memo_fib():
    cache = {0: 0, 1: 1}

    def fib(n):
        if n not in cache:
            cache[n] = fib(n - 1) + fib(n - 2)
        return cache[n]

    return fib, cache


fib, cache = memo_fib()
print(fib(80), len(cache))


def compose(*fns):
    def composed(x):
        for f in reversed(fns):
            x = f(x)
        return x

    return composed


pipeline = compose(lambda x: x + 1, lambda x: x * 2, abs)
print(pipeline(-5), pipeline(3))


def counter_gen():
    n = 0

    def bump():
        nonlocal n
        n += 1
        return n

    return bump


bumps = [counter_gen() for _ in range(3)]
print([b() for b in bumps], [b() for b in bumps], bumps[0]())


def unbound_example():
    try:
        print(y)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    y = 1
    return y


unbound_example()
