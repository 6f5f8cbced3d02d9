# dataclasses: defaults, ordering, frozen, field(), asdict, replace.

from dataclasses import dataclass, field, asdict, astuple, replace, fields


@dataclass
class Point:
    x: int
    y: int = 0

    def norm2(self):
        return self.x ** 2 + self.y ** 2


p = Point(3, 4)
print(p, p.norm2(), Point(1), Point(y=2, x=5))
print(p == Point(3, 4), p != Point(4, 3))


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0


vs = [Version(1, 2, 3), Version(1, 0), Version(0, 9, 9), Version(1, 2)]
print(sorted(vs))
print(max(vs), Version(1, 0) < Version(1, 0, 1))


@dataclass(frozen=True)
class Color:
    r: int
    g: int
    b: int

    @property
    def hex(self):
        return f"#{self.r:02x}{self.g:02x}{self.b:02x}"


c = Color(255, 128, 0)
print(c, c.hex, {c: "orange"}[Color(255, 128, 0)])
try:
    c.r = 0
except Exception as e:
    print(type(e).__name__)


@dataclass
class Inventory:
    owner: str
    items: list = field(default_factory=list)
    count: int = field(default=0, repr=False)

    def add(self, item):
        self.items.append(item)
        self.count += 1


inv1 = Inventory("ann")
inv2 = Inventory("bob")
inv1.add("sword")
inv1.add("shield")
print(inv1, inv2, inv1.count)
print(asdict(inv1), astuple(p))
print(replace(p, y=10), p)
print([f.name for f in fields(Inventory)])


@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)


tree = Node(1, [Node(2), Node(3, [Node(4)])])
print(tree)
print(asdict(tree))


@dataclass
class WithPost:
    a: int
    b: int
    total: int = field(init=False)

    def __post_init__(self):
        self.total = self.a + self.b


print(WithPost(2, 3))


@dataclass
class Child(Point):
    z: int = 0


print(Child(1, 2, 3), isinstance(Child(1), Point))
try:
    Point()
except TypeError as e:
    print("TypeError:", e)
