# Inheritance, super(), method resolution order, isinstance/issubclass.


class Animal:
    kingdom = "animalia"

    def __init__(self, name):
        self.name = name

    def speak(self):
        return f"{self.name} makes a sound"

    def describe(self):
        return f"{type(self).__name__}({self.name}): {self.speak()}"


class Dog(Animal):
    def __init__(self, name, breed):
        super().__init__(name)
        self.breed = breed

    def speak(self):
        return f"{self.name} barks"


class Puppy(Dog):
    def speak(self):
        return super().speak() + " softly"


class Cat(Animal):
    kingdom = "still animalia"

    def speak(self):
        return f"{self.name} meows"


for pet in [Animal("generic"), Dog("rex", "lab"), Puppy("bit", "pug"), Cat("tom")]:
    print(pet.describe(), "|", pet.kingdom)

print(isinstance(Puppy("p", "x"), Animal), issubclass(Cat, Dog), issubclass(Puppy, (Cat, Dog)))
print([c.__name__ for c in Puppy.__mro__])
print(Dog.__bases__[0].__name__, Puppy.__base__.__name__)


class A:
    def who(self):
        return ["A"]


class B(A):
    def who(self):
        return ["B"] + super().who()


class C(A):
    def who(self):
        return ["C"] + super().who()


class D(B, C):
    def who(self):
        return ["D"] + super().who()


print(D().who())
print([k.__name__ for k in D.mro()])


class Base:
    def __init__(self):
        self.log = ["Base"]

    def template(self):
        return [self.step1(), self.step2()]

    def step1(self):
        return "base-1"

    def step2(self):
        return "base-2"


class Derived(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Derived")

    def step2(self):
        return "derived-2"


obj = Derived()
print(obj.log, obj.template())
print(hasattr(obj, "step1"), getattr(obj, "missing", "default"))
obj.extra = 5
print(sorted(vars(obj)), obj.extra)
setattr(obj, "dyn", [1])
delattr(obj, "extra")
print(sorted(obj.__dict__))


class Counter:
    count = 0

    def __init__(self):
        Counter.count += 1
        self.id = Counter.count


instances = [Counter() for _ in range(3)]
print([c.id for c in instances], Counter.count)
try:
    class Bad(Dog, Animal, Dog):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    Animal()
except TypeError as e:
    print("TypeError:", e)
try:
    obj.nothing
except AttributeError as e:
    print("AttributeError:", e)
