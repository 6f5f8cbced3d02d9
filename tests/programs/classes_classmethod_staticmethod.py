# classmethod, staticmethod, alternative constructors, class attributes.


class Date:
    created = 0

    def __init__(self, year, month, day):
        self.year, self.month, self.day = year, month, day
        Date.created += 1

    @classmethod
    def from_string(cls, text):
        y, m, d = (int(part) for part in text.split("-"))
        return cls(y, m, d)

    @staticmethod
    def is_leap(year):
        return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)

    def __repr__(self):
        return f"{type(self).__name__}({self.year:04d}-{self.month:02d}-{self.day:02d})"


class StrictDate(Date):
    pass


print(Date.from_string("2024-02-29"), StrictDate.from_string("1999-12-31"))
print(type(StrictDate.from_string("2000-01-01")).__name__)
print([y for y in range(1896, 1920) if Date.is_leap(y)])
print(Date.is_leap(2000), Date(1, 1, 1).is_leap(1900), Date.created)


class Registry:
    _items = []

    @classmethod
    def register(cls, item):
        cls._items.append(item)
        return len(cls._items)

    @classmethod
    def items(cls):
        return list(cls._items)


print(Registry.register("a"), Registry.register("b"), Registry.items())


class Shape:
    registry = {}

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        Shape.registry[cls.__name__] = cls

    @classmethod
    def create(cls, name, *args):
        return cls.registry[name](*args)


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2


class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h


print(sorted(Shape.registry))
print(Shape.create("Square", 4).area(), Shape.create("Rect", 2, 5).area())


class MathUtil:
    PI = 3.14159

    @staticmethod
    def add(a, b):
        return a + b

    @classmethod
    def circle_area(cls, r):
        return round(cls.PI * r * r, 4)


print(MathUtil.add(2, 3), MathUtil().add(4, 5), MathUtil.circle_area(2))
f = MathUtil.add
print(f(10, 20), type(MathUtil.__dict__["add"]).__name__, type(MathUtil.__dict__["circle_area"]).__name__)


class Meta(type):
    def __new__(mcs, name, bases, ns):
        ns["tag"] = name.lower()
        return super().__new__(mcs, name, bases, ns)


class Tagged(metaclass=Meta):
    pass


class SubTagged(Tagged):
    pass


print(Tagged.tag, SubTagged.tag, type(Tagged).__name__)
print(Date.__name__, Date.__qualname__, Date.from_string.__name__)


class Outer:
    class Inner:
        def hello(self):
            return "inner hello"


print(Outer.Inner().hello(), Outer.Inner.__qualname__)
