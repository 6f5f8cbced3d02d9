#! compiled = "total, names, bump, helper"
# A host operation of compiled code can run Python code in the middle of a dictionary
# lookup: an instance `__dict__` holding a user key whose hash equals an attribute name's
# makes every lookup of that name call the key's `__eq__`. Here `__eq__` calls a
# function that has compiled code of its own, while the compiled caller's operation is
# still under way; that inner call runs in the interpreter and everything goes on.


def helper(n):
    t = 0
    for i in range(n):
        t += i
    return t


calls = [0]


class K:
    """A key that collides with the name it was made for."""

    def __init__(self, name):
        self.name = name

    def __hash__(self):
        return hash(self.name)

    def __eq__(self, other):
        calls[0] += helper(3)
        return False


class P:
    def __init__(self, i):
        # The colliding keys go in first, so lookups of `x`, `label` and `step`
        # meet them before the real entries.
        self.__dict__[K("x")] = -1
        self.__dict__[K("label")] = -1
        self.__dict__[K("step")] = -1
        self.x = i
        self.label = "p%d" % i

    def step(self):
        return self.x + 1


def total(ps):
    s = 0
    for p in ps:
        s += p.x
    return s


def names(ps):
    out = []
    for p in ps:
        out.append(p.label)
    return out


def bump(ps):
    for p in ps:
        p.x = p.step()


ps = [P(i) for i in range(20)]
for _ in range(5):
    print(total(ps))
    bump(ps)
print(names(ps)[:3], names(ps)[-1])
print(helper(10), calls[0] > 0)
