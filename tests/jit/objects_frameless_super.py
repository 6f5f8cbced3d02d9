#! compiled = "run"
"""Functions compiled into their caller's module call the program's functions that tier 1
does not gate: methods using `super()` (which gives them a `__class__` cell) and
closures. Words in prose, as in this docstring (pdb, warnings.warn, traceback,
inspect), do not make the program one that looks at frames: only names its code uses
do. An exception raised in such a function goes on from the call, with the
interpreter's traceback lines.
"""


class Collection(list):
    pass


class Base:
    def __init__(self, size):
        self.size = size
        self.items = Collection()


class Plan(Base):
    def __init__(self, size):
        super().__init__(size)
        self.kind = "plan"


class Strict(Base):
    def __init__(self, size):
        super(Strict, self).__init__(size)
        if size > 3:
            raise ValueError("too big: %d" % size)


def scaler(k):
    def scale(x):
        return x * k
    return scale


triple = scaler(3)


class Planner:
    def __init__(self):
        self.mark = 0

    def make(self, n):
        self.mark += 1
        plan = Plan(n)
        plan.items.append(triple(n))
        return plan

    def strict(self, n):
        try:
            return Strict(n).size
        except ValueError as e:
            return str(e)


def run(n):
    p = Planner()
    out = []
    for i in range(n):
        plan = p.make(i)
        out.append((plan.kind, plan.size, list(plan.items), p.strict(i)))
    return out, p.mark


for n in (3, 4, 6):
    print(run(n))
