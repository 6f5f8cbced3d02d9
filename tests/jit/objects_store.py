#! compiled = "P.step, advance, scale, bump_all, swap_ends"
# Tier 1 changes objects: attribute and item stores (`p.x += ...`, `xs[i] = ...`,
# `d[k] = ...`). A call that stored something can never be run again from its start, so
# wherever the compiled code stops (an overflow, a string, a missing key) the call goes on
# in the interpreter from that very instruction, with nothing done twice.

class P:
    def __init__(self, x, y, vx, vy):
        self.x = x; self.y = y; self.vx = vx; self.vy = vy
    def step(self, dt):
        self.x += self.vx * dt
        self.y += self.vy * dt
        if self.y < 0:
            self.vy = -self.vy
            self.y = -self.y

def advance(ps, dt, n):
    for _ in range(n):
        for p in ps:
            p.x += p.vx * dt
            p.vy -= 9.81 * dt
            p.y += p.vy * dt
            if p.y < 0.0:
                p.y = -p.y
                p.vy = -p.vy * 0.9

def scale(xs, k):
    for i in range(len(xs)):
        xs[i] = xs[i] * k
    return xs

def count(words):
    d = {}
    for w in words:
        d[w] = 0
    for w in words:
        d[w] += 1
    return d

ps = [P(float(i), float(i % 5), 1.0, 0.5) for i in range(50)]
for i in range(200):
    for p in ps:
        p.step(0.01)
advance(ps, 0.01, 100)
advance(ps, 0.01, 100)
print(round(sum(p.x for p in ps), 6), round(sum(p.y for p in ps), 6))
print(scale([1, 2, 3], 3), scale([1.5, 2], 2), scale([2**62, 1], 4))
print(sorted(count("the cat the dog the end".split()).items()))
print(count("a b a".split()))


def bump_all(d, keys):
    for k in keys:
        d[k] = d[k] + 1
    return d


def swap_ends(xs):
    n = len(xs)
    for i in range(n // 2):
        t = xs[i]
        xs[i] = xs[n - 1 - i]
        xs[n - 1 - i] = t
    return xs


print(bump_all({"a": 1, "b": 2}, "abab"))
try:
    bump_all({"a": 1}, "ab")          # KeyError after a store: nothing stored twice
except KeyError as e:
    print("KeyError", e)
print(swap_ends(list(range(7))), swap_ends(["x", "y"]), swap_ends([]))
print(swap_ends([1, 2.5, "s", None]))


class Slotted:
    __slots__ = ("v",)

    def __init__(self, v):
        self.v = v


class Prop:
    def __init__(self):
        self._v = 0

    @property
    def v(self):
        return self._v

    @v.setter
    def v(self, value):
        print("  setter", value)
        self._v = value


def set_all(objs, value):
    for o in objs:
        o.v = value
    return [o.v for o in objs] if False else len(objs)


print(set_all([Slotted(1), Slotted(2)], 5), set_all([Prop(), Prop()], 7))
xs = [1, 2, 3]
d = {"k": xs}
def store_arg(d, v):
    for i in range(1):
        d["k"] = v
    return d
print(store_arg(d, xs)["k"] is xs)
