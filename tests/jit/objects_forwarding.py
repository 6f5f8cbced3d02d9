#! compiled = "P.step, alias, bomb_store, through_call, dict_store, local_release, branches"
# Loads of attributes whose value compiled code already knows (read or stored since on
# every path, nothing between that could change it) are compiled away (`forward`). Each
# function here has something between two reads that may change the attribute, and
# must read it again: the same name stored through another variable holding the same
# object, a `__del__` run by a store releasing the old value or by a local reassigned,
# a call, a class switched through `__class__` (a store the interpreter makes), the
# instance's `__dict__` written as a dict.


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def step(self, dt):
        self.x += self.y * dt
        if self.x > 10.0 or self.x < 0.0:
            self.y = -self.y
        self.y -= 0.5 * dt
        return self.x + self.y


def alias(p, q):
    a = p.x + 0.0
    q.x = 5.0
    return a + p.x


class Bomb:
    def __init__(self, owner, to):
        self.owner = owner
        self.to = to

    def __del__(self):
        self.owner.x = self.to


class Holder:
    pass


def bomb_store(h):
    a = h.x + 1.0
    h.b = None  # releases the last reference to a Bomb: its __del__ sets h.x
    return a + h.x


def bump(o):
    o.x = o.x + 100.0


def through_call(o):
    a = o.x * 1.0
    bump(o)
    return a + o.x


class A:
    k = 1


class B:
    k = 2


def class_switch(o):
    a = o.k + 0
    o.__class__ = B if type(o) is A else A
    return a + o.k


def dict_store(o, d):
    a = o.x + 0.0
    d["x"] = 9.0
    return a + o.x


def local_release(h):
    a = h.x + 0.0
    b = h.b
    h.b = None
    b = 0  # the Bomb's last reference goes: its __del__ sets h.x
    return a + h.x + b


def branches(p, flag):
    a = p.x * 2.0
    if flag:
        p.x = a
    else:
        p.y = a
    return p.x + p.y


ps = [P(float(i), 1.0 + i / 10.0) for i in range(5)]
t = 0.0
for _ in range(60):
    for p in ps:
        t += p.step(0.25)
print(round(t, 6), [round(p.x, 6) for p in ps])

p = P(1.0, 2.0)
print([alias(p, p) for _ in range(3)], alias(p, P(0.0, 0.0)))

for i in range(40):
    h = Holder()
    h.x = float(i)
    h.b = Bomb(h, 100.0 + i)
    r = bomb_store(h)
    if i % 8 == 0:
        print("bomb_store", i, r, h.x)
h = Holder()
h.x = 1.0
keep = Bomb(h, -1.0)
h.b = keep
print("held elsewhere", bomb_store(h), h.x)
keep.to = h.x

o = Holder()
o.x = 1.0
print([through_call(o) for _ in range(3)])

o = A()
print([class_switch(o) for _ in range(4)])

o = Holder()
o.x = 2.0
print([dict_store(o, o.__dict__) for _ in range(3)])

for i in range(20):
    h = Holder()
    h.x = float(i)
    h.b = Bomb(h, 50.0)
    r = local_release(h)
    if i % 5 == 0:
        print("local_release", i, r)

p = P(3.0, 4.0)
print([branches(p, i % 2 == 0) for i in range(6)])
