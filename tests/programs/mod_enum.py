# The enum module.

from enum import Enum, IntEnum, Flag, IntFlag, auto, unique


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3


print(Color.RED, repr(Color.GREEN), Color.BLUE.name, Color.BLUE.value)
print(Color(2), Color["RED"], list(Color), len(Color))
print(Color.RED is Color(1), Color.RED == 1, isinstance(Color.RED, Color))
print([c.name for c in Color], {c: c.value for c in Color})
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)


class Priority(IntEnum):
    LOW = 1
    MEDIUM = 5
    HIGH = 10


print(Priority.HIGH > Priority.LOW, Priority.MEDIUM + 1, sorted([Priority.HIGH, Priority.LOW]))
print(int(Priority.MEDIUM), Priority(10).name, Priority.LOW == 1)


class Perm(Flag):
    R = 4
    W = 2
    X = 1


rw = Perm.R | Perm.W
print(rw, Perm.R in rw, Perm.X in rw, bool(rw & Perm.X), (rw | Perm.X).value)


class Mode(IntFlag):
    A = 1
    B = 2
    C = 4


print(Mode.A | Mode.C, int(Mode.A | Mode.B), Mode(6))


class Step(Enum):
    FIRST = auto()
    SECOND = auto()
    THIRD = auto()


print([s.value for s in Step], Step.THIRD)


@unique
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def gravity(self):
        return 6.67300e-11 * self.mass / (self.radius * self.radius)


for p in Planet:
    print(p.name, p.mass, "%.3f" % p.gravity)


class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    ALIAS = 2


print(list(Shape), Shape.ALIAS, Shape(2) is Shape.SQUARE, list(Shape.__members__))
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)


class Weekday(Enum):
    MON = "mon"
    TUE = "tue"

    def describe(self):
        return f"{self.name.title()} ({self.value})"

    @classmethod
    def parse(cls, text):
        return cls(text.lower())


print(Weekday.parse("TUE").describe(), Weekday.MON.describe())
match Color.GREEN:
    case Color.RED:
        print("red")
    case Color.GREEN:
        print("matched green")
