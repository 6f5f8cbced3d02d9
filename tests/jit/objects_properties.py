#! compiled = "total_area, grow, lookups, Student.letter, Account.deposit"
# Attribute loads and stores that run Python code, from compiled code: a property's
# getter and setter, `__getattr__` for names an instance lacks, `__setattr__`, a property
# that raises (the traceback and `try` are the interpreter's), a getter that changes
# other attributes or rebinds a global the compiled code relies on, a property returning
# a method that is then called.

LIMIT = 100


class Rect:
    def __init__(self, w, h):
        self._w = w
        self._h = h
        self.reads = 0

    @property
    def area(self):
        self.reads += 1
        return self._w * self._h

    @property
    def w(self):
        return self._w

    @w.setter
    def w(self, value):
        if value < 0:
            raise ValueError(f"negative width {value}")
        self._w = value


def total_area(rects):
    t = 0
    for r in rects:
        t += r.area + r.w
    return t


def grow(rects, by):
    for r in rects:
        r.w = r.w + by
    return [q.w for q in rects]


rects = [Rect(i, i + 1) for i in range(6)]
for _ in range(3):
    print(total_area(rects), grow(rects, 1), [r.reads for r in rects])
try:
    grow(rects, -4)
except ValueError as e:
    print("ValueError", e, [r.w for r in rects])


class Student:
    def __init__(self, name, grades):
        self.name = name
        self.grades = grades

    @property
    def average(self):
        if not self.grades:
            raise ZeroDivisionError(f"{self.name} has no grades")
        return sum(self.grades) / len(self.grades)

    def letter(self):
        avg = self.average
        for cutoff, letter in ((90, "A"), (80, "B"), (70, "C")):
            if avg >= cutoff:
                return letter
        return "F"


students = [Student("ann", [95, 88]), Student("bob", [72, 65]), Student("cy", [81])]
for _ in range(4):
    print([s.letter() for s in students])
try:
    print(Student("dee", []).letter())
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)


class Lazy:
    """Names it lacks come from `__getattr__`; stores are logged by `__setattr__`."""

    def __init__(self):
        object.__setattr__(self, "log", [])

    def __getattr__(self, name):
        if name.startswith("x"):
            return len(name)
        raise AttributeError(name)

    def __setattr__(self, name, value):
        self.log.append(name)
        object.__setattr__(self, name, value)


def lookups(objs):
    t = 0
    for o in objs:
        t += o.xxx + o.x
        o.seen = t
    return t


lazies = [Lazy(), Lazy()]
for _ in range(3):
    print(lookups(lazies), [l.log for l in lazies])
try:
    lookups([Lazy(), object()])
except AttributeError as e:
    print("AttributeError", e)


# A getter that rebinds a global the compiled loop folded, and one that changes the
# attribute the loop reads next.
class Sneaky:
    def __init__(self):
        self.count = 0

    @property
    def bump(self):
        global LIMIT
        LIMIT = LIMIT + 1
        self.count += 10
        return 1


def describe(objs):
    out = []
    for o in objs:
        before = o.count
        step = o.bump
        out.append((before, o.count, step, LIMIT))
    return out


print(describe([Sneaky(), Sneaky()]), LIMIT)


# A property returning a bound method, called at once; a deposit through a setter.
class Account:
    def __init__(self):
        self._balance = 0
        self.history = []

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, v):
        if v < 0:
            raise ValueError("negative balance")
        self._balance = v

    @property
    def record(self):
        return self.history.append

    def deposit(self, amount):
        self.balance += amount
        self.record(("D", amount))
        return self.balance


acct = Account()
print([acct.deposit(i) for i in range(5)], acct.history[-2:])
try:
    acct.deposit(-100)
except ValueError as e:
    print("ValueError", e, acct.balance)
