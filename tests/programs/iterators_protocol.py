# The iterator protocol: __iter__/__next__, iter() with sentinel, builtins.


class Range2:
    def __init__(self, start, stop, step=1):
        self.start, self.stop, self.step = start, stop, step

    def __iter__(self):
        return Range2Iter(self)


class Range2Iter:
    def __init__(self, r):
        self.cur = r.start
        self.r = r

    def __iter__(self):
        return self

    def __next__(self):
        if self.cur >= self.r.stop:
            raise StopIteration
        v = self.cur
        self.cur += self.r.step
        return v


r = Range2(0, 10, 3)
print(list(r), list(r), sum(r), 6 in r, 7 in r)
it = iter(r)
print(next(it), next(it), next(it, "x"), next(it), next(it, "exhausted"))


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


cd = Countdown(4)
print(list(cd), list(cd))


class Seq:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError
        return i * 10


print(list(Seq()), 30 in Seq())
values = iter([1, 2, 3, 0, 4, 5])
print(list(iter(lambda: next(values), 0)), list(values))
print(list(reversed(range(5))), list(reversed([1, 2, 3])), list(reversed("abc")))
print(list(enumerate("abc", start=1)), list(zip("ab", "xyz")), list(map(len, ["a", "bb"])))
e = enumerate(["x", "y"])
print(next(e), next(e))
rng = range(10, 0, -2)
print(list(rng), len(rng), rng[1], rng[-1], 4 in rng, 5 in rng, rng.index(6), rng.count(8))
print(range(0, 100, 7)[3:6], list(range(0, 100, 7)[3:6]), range(5) == range(0, 5))
huge = range(0, 10 ** 20, 3)
print(list(range(-5)), list(range(2, -3, -1)), huge[-1], huge[10 ** 18], 10 ** 19 in huge)
try:
    len(huge)
except OverflowError:
    print("len(huge range) raises OverflowError")
d = {"a": 1, "b": 2}
di = iter(d)
print(next(di), next(di), next(di, None))
li = iter([1, 2, 3])
for v in li:
    if v == 1:
        print("skip", next(li))
    else:
        print("got", v)
print(sum(1 for _ in iter(Countdown(7))))
print(all([]), any([]), all(iter([1, 1])), any(iter([0, 0, 3])))
print(max(iter([3, 8, 1])), min(Range2(5, 20, 4)), sorted(Countdown(3)))
try:
    next(iter([]))
except StopIteration:
    print("StopIteration from empty iterator")
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
a, b, *c = Countdown(5)
print(a, b, c)
