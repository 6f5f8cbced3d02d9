# Generators: yield, send, return values, yield from, close, throw.


def countdown(n):
    while n > 0:
        yield n
        n -= 1
    return "liftoff"


print(list(countdown(5)))
gen = countdown(2)
print(next(gen), next(gen))
try:
    next(gen)
except StopIteration as e:
    print("StopIteration value:", e.value)


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


f = fib()
print([next(f) for _ in range(15)])


def inner():
    x = yield "inner-1"
    print("  inner got", x)
    y = yield "inner-2"
    print("  inner got", y)
    return x + y


def outer():
    result = yield from inner()
    print("  inner returned", result)
    yield "outer-done"


g = outer()
print(next(g))
print(g.send(10))
print(g.send(20))


def flatten(items):
    for item in items:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item


print(list(flatten([1, [2, [3, [4, 5]], 6], [[7]], 8])))


def averager():
    total, count = 0.0, 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            return avg
        total += value
        count += 1
        avg = total / count


av = averager()
next(av)
print([av.send(v) for v in [10, 20, 30, 40]])


def with_cleanup():
    try:
        yield 1
        yield 2
    finally:
        print("  cleanup ran")


c = with_cleanup()
print(next(c))
c.close()
print("closed")


def catcher():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("  caught", e)
            yield "recovered"


ct = catcher()
print(next(ct))
print(ct.throw(ValueError("boom")))
print(next(ct))


def chain(*iterables):
    for it in iterables:
        yield from it


print(list(chain("ab", [1, 2], range(3), (x * x for x in range(3)))))
squares = (x * x for x in range(10))
print(sum(squares), sum(squares))


def take(n, it):
    for i, v in enumerate(it):
        if i >= n:
            return
        yield v


print(list(take(5, fib())))


def pipeline():
    nums = (n for n in range(1, 50))
    odds = (n for n in nums if n % 2)
    cubes = (n ** 3 for n in odds)
    return list(take(6, cubes))


print(pipeline())
gen_state = countdown(1)
print(gen_state.gi_running, type(gen_state).__name__)


def yield_from_return():
    r = yield from range(3)
    return r


print(list(yield_from_return()))
