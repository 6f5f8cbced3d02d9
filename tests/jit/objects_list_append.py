#! compiled = "collect, mixed, through_class, one_argument"
# `xs.append(v)` on an exact list is done as the interpreter's `CALL_LIST_APPEND` does
# it; every other call named `append` goes the general way: a list subclass's own
# `append`, a bound method kept in a variable, `list.append(xs, v)` through the class,
# an object whose `append` is an instance attribute, and a call with a keyword.


class Logged(list):
    def append(self, v):
        super().append(("logged", v))


class Sink:
    def __init__(self):
        self.got = []
        self.append = self.got.append


def collect(n):
    xs = []
    for i in range(n):
        xs.append(i * i)
        xs.append(None)
    xs.append(xs)
    return len(xs), xs[:4], xs[-1] is xs


def mixed(targets, n):
    for i in range(n):
        for t in targets:
            t.append(i)
    return targets


def through_class(n):
    xs = []
    add = xs.append
    for i in range(n):
        list.append(xs, i)
        add(-i)
    return xs


# Every other list method with one argument stays itself (a sweep of course programs
# found `remove`, `extend`, `index`, `count` and `pop(i)` taken for `append` once).
# Called twice: the first call meets `Logged.append` compiled in directly.
def one_argument(n):
    a = [1, 2, 3]
    out = []
    for i in range(n):
        a.extend([i, i])
        a.remove(i)
        out.append((a.index(i), a.count(i), a.pop(0)))
    return a, out


print(one_argument(3), one_argument(2))
print(collect(3), collect(5)[:2])
# Twice each: the first call meets another class's `append` where `Logged.append` was
# compiled in directly, and goes on in the interpreter; the second runs compiled.
for _ in range(2):
    s = Sink()
    print(mixed([[], Logged(), s], 3)[:2], s.got)
    print(through_class(4))
try:
    [].append(v=1)
except TypeError as e:
    print("TypeError:", e)


def with_keyword(xs):
    for i in range(2):
        xs.append(item=i)


try:
    with_keyword([])
except TypeError as e:
    print("TypeError:", e)
