#! compiled = "run, Particle.step, Particle.energy, Account.deposit, Account.audit, sweep"
# Method calls straight into compiled code: `obj.m(...)` where `m` is the one method of
# that name the program's classes have (checked against each object's class) goes into
# the method's compiled code in the caller's module, without a frame, a gate or an
# argument tuple. When such a method cannot go on after it changed something (an int
# outgrows 64 bits, it raises, it asks for its own frame), it hands its frame over
# first, then its caller at the call: each goes on in a frame of its own in the
# interpreter, so tracebacks (printed here) and `sys._getframe` are the interpreter's.
import sys
import traceback


class Particle:
    def __init__(self, x, v):
        self.x = x
        self.v = v
        self.bounces = 0

    def step(self, dt):
        self.x += self.v * dt
        if self.x > 10.0 or self.x < -10.0:
            self.v = -self.v
            self.bounces += 1
        return self.x

    def energy(self):
        return 0.5 * self.v * self.v


class Heavy(Particle):
    # Inherits `step` and `energy`: the same functions, found on a subclass.
    pass


def run(ps, n):
    total = 0.0
    for _ in range(n):
        for p in ps:
            total += p.step(0.25)
    e = 0.0
    for p in ps:
        e += p.energy()
    return round(total, 6), round(e, 6)


class Account:
    def __init__(self, owner):
        self.owner = owner
        self.balance = 0
        self.log = []

    def deposit(self, amount):
        self.log.append(amount)
        # Stored first, then may outgrow 64 bits: the method hands its frame over
        # after the append, and the interpreter makes the big int.
        self.balance = self.balance * 1000 + amount
        return self.audit()

    def audit(self):
        if self.balance < 0:
            raise ValueError(f"{self.owner} is overdrawn: {self.balance}")
        return len(self.log)


def sweep(acct, amounts):
    n = 0
    for a in amounts:
        n += acct.deposit(a)
    return n


class Walker:
    def __init__(self, depth):
        self.depth = depth

    def walk(self, k):
        # Recursion through a directly called method; at the bottom, the line of the
        # caller as the interpreter sees it.
        if k == self.depth:
            return sys._getframe(1).f_lineno
        return self.walk(k + 1)


def descend(w, times):
    lines = 0
    for _ in range(times):
        lines += w.walk(0)
    return lines


def make_odd():
    # A class no global names: its `energy` is another function, so the check before
    # the direct call fails and the function is compiled again calling methods through
    # the host.
    class Odd:
        def __init__(self):
            self.v = 3.0
            self.x = 0.0
            self.bounces = 0

        def step(self, dt):
            return -1.0

        def energy(self):
            return 100.0

    return Odd()


for _ in range(3):
    ps = [Particle(float(i), 1.5 - i) for i in range(5)] + [Heavy(1.0, 9.0)]
    print(run(ps, 40), [p.bounces for p in ps])
print(sweep(Account("ann"), [1, 2, 3]))
a = Account("bob")
print(sweep(a, [5] * 8), a.balance, len(a.log))
try:
    sweep(Account("cy"), [4, -10**30, 7])
except ValueError:
    print(traceback.format_exc())
print(Walker(40).walk(0))
print(Walker(3).walk(0))
print(descend(Walker(30), 3))
for _ in range(60):
    Walker(2).walk(0)
print(descend(Walker(30), 3))
print(run([Particle(1.0, 2.0), make_odd(), Particle(-3.0, 0.5)], 10))
print(run([Particle(2.0, 1.0)], 10))
