# Object kernels, each timed in one run twice: interpreted (`pave.nojit`), then compiled
# (`pave.jit`, which takes objects whatever the policy; warmed up first). Run by
# tools/objects/kernels.mjs natively (`pave run`) and in Chromium (the playground).
import time
import pave

class V:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

def dots(a, b, n):
    s = 0.0
    for i in range(n):
        s += a.dot(b)
    return s

class P:
    def __init__(self, x, vx):
        self.x = x
        self.vx = vx

    def step(self, dt):
        self.x += self.vx * dt
        if self.x > 100.0:
            self.x -= 100.0

def steps(ps, n):
    for p in ps:
        p.x = 0.0
    for _ in range(n):
        for p in ps:
            p.step(0.01)
    return ps[7].x

def make(n):
    out = []
    for i in range(n):
        out.append(V(float(i), 0.0, 1.0))
    return len(out)

def total(xs):
    s = 0.0
    for x in xs:
        s += x
    return s

def grid(g):
    s = 0
    for i in range(len(g)):
        row = g[i]
        for j in range(len(row)):
            s += row[j] * (i - j)
    return s

def norms(vs):
    t = 0.0
    for v in vs:
        t += v.x * v.x + v.y * v.y + v.z * v.z
    return t

def counts(d, words):
    n = 0
    for w in words:
        n += d[w]
    return n

def longest(strings):
    best = 0
    for s in strings:
        if len(s) > best:
            best = len(s)
    return best

xs = [float(i) for i in range(2000)]
g = [[i * j for j in range(60)] for i in range(60)]
words = ("the quick brown fox jumps over the lazy dog " * 40).split()
d = {w: len(w) for w in words}
strings = [w * (i % 7 + 1) for i, w in enumerate(words)]
a, b = V(1.0, 2.0, 3.0), V(4.0, 5.0, 6.0)
vs = [V(float(i), 1.0, 2.0) for i in range(2000)]
ps = [P(float(i), 1.0 + i % 3) for i in range(200)]

CASES = [
    ("dot: 6 attribute loads, a method called 20,000 times", [dots, V.dot], (a, b, 20000), 3),
    ("calls: p.step(dt) from a loop over 200 objects, 10 rounds", [steps, P.step], (ps, 10), 20),
    ("calls: V(...) made and appended 2,000 times", [make, V.__init__], (2000,), 10),
    ("sum of a list of 2,000 floats", [total], (xs,), 60),
    ("a 60 x 60 list of lists, indexed", [grid], (g,), 30),
    ("attribute arithmetic over 2,000 objects", [norms], (vs,), 30),
    ("dict lookups for 360 words", [counts], (d, words), 200),
    ("len() over 360 strings", [longest], (strings,), 300),
]


def best_ms(f, args, reps):
    best = None
    for _ in range(3):
        t = time.perf_counter()
        for _ in range(reps):
            r = f(*args)
        ms = (time.perf_counter() - t) * 1000
        best = ms if best is None or ms < best else best
    return best, r


for label, funcs, args, reps in CASES:
    for f in funcs:
        pave.nojit(f)
    a_ms, ra = best_ms(funcs[0], args, reps)
    for f in funcs:
        pave.jit(f)
    funcs[0](*args)
    b_ms, rb = best_ms(funcs[0], args, reps)
    same = "same" if ra == rb else f"DIFFERENT {ra!r} {rb!r}"
    print(f"KERNEL|{label}|{a_ms:.1f}|{b_ms:.1f}|{a_ms / b_ms:.2f}|{same}")
