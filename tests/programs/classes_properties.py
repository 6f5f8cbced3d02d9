# Properties, setters, deleters, __slots__ and descriptors.


class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius

    @property
    def celsius(self):
        return self._celsius

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError(f"too cold: {value}")
        self._celsius = value

    @property
    def fahrenheit(self):
        return self._celsius * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, value):
        self.celsius = (value - 32) * 5 / 9

    @celsius.deleter
    def celsius(self):
        print("deleting celsius")
        del self._celsius


t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.fahrenheit = 212
print(t.celsius, t.fahrenheit)
t.celsius = -40
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
del t.celsius
print(hasattr(t, "_celsius"))
print(type(Temperature.fahrenheit).__name__)


class ReadOnly:
    @property
    def value(self):
        return 42


r = ReadOnly()
print(r.value)
try:
    r.value = 1
except AttributeError as e:
    print("AttributeError caught")


class Typed:
    def __init__(self, kind):
        self.kind = kind

    def __set_name__(self, owner, name):
        self.name = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name[1:]} must be {self.kind.__name__}")
        setattr(obj, self.name, value)


class Record:
    name = Typed(str)
    age = Typed(int)

    def __init__(self, name, age):
        self.name = name
        self.age = age


rec = Record("ann", 31)
print(rec.name, rec.age, type(Record.name).__name__)
try:
    rec.age = "old"
except TypeError as e:
    print("TypeError:", e)


class Slotted:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


s = Slotted(1, 2)
s.x = 10
print(s.x, s.y, hasattr(s, "__dict__"))
try:
    s.z = 3
except AttributeError:
    print("cannot add z to slotted")


class Lazy:
    def __init__(self):
        self.computed = 0

    def __getattr__(self, name):
        self.computed += 1
        return f"<computed {name}>"


lz = Lazy()
print(lz.foo, lz.bar, lz.computed)


class Circle:
    def __init__(self, r):
        self.r = r

    @property
    def area(self):
        return round(3.14159 * self.r ** 2, 3)

    @property
    def diameter(self):
        return self.r * 2


for radius in (1, 2.5, 10):
    c = Circle(radius)
    print(radius, c.area, c.diameter)
