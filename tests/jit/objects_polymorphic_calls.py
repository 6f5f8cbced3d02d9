#! compiled = "run, kinds, raising"
# `o.hit(x)` where the program's classes have several methods `hit` (a sphere's, a
# plane's): compiled code asks which one `getmethod` found and calls it straight into
# its compiled code, or calls anything else through the host: an instance attribute
# hiding the method, a class made after compiling, a method replaced on its class, a
# subclass overriding it. The candidates return different kinds (a float, `None`, a
# string), take defaults, and raise.


class Shape:
    def __init__(self, k):
        self.k = k


class Sphere(Shape):
    def hit(self, x):
        return x * self.k + 1.0


class Plane(Shape):
    def hit(self, x, scale=2):
        if x > 5.0:
            return None
        return (x - self.k) * scale


class Label(Shape):
    def hit(self, x):
        return "label%d" % self.k


class Tilted(Plane):
    pass


def run(objs, n):
    total = 0.0
    seen = []
    for i in range(n):
        for o in objs:
            t = o.hit(i * 0.5)
            if t is None:
                seen.append("none")
            elif isinstance(t, str):
                seen.append(t)
            else:
                total += t
    return round(total, 6), len(seen), seen[-3:]


def kinds(objs):
    out = []
    for o in objs:
        out.append(o.hit(1.5))
    return out


class Bad(Shape):
    def hit(self, x):
        if x > 2:
            raise ValueError("too far: %r" % x)
        return x


def raising(objs, n):
    got = []
    for i in range(n):
        for o in objs:
            try:
                got.append(o.hit(i))
            except ValueError as e:
                got.append(str(e))
    return got


shapes = [Sphere(2.0), Plane(1.0), Label(3), Tilted(0.5)]
for _ in range(3):
    print(run(shapes, 14))
print(kinds(shapes))

# An instance attribute hides the method: not a method any more, no `self`.
hidden = Sphere(1.0)
hidden.hit = lambda x: x * 100.0
print(run(shapes + [hidden], 3))


# A class made now, with a method of the same name the compiled code does not know.
class Late(Shape):
    def hit(self, x):
        return -x


print(run(shapes + [Late(1)], 4))


# A method replaced on its class after compiling.
def faster(self, x):
    return 7.0


Sphere.hit = faster
print(run(shapes, 3))


# A subclass overriding it.
class Override(Plane):
    def hit(self, x, scale=1):
        return 1000.0


print(run(shapes + [Override(1.0)], 3))
print(raising([Bad(0), Sphere(1.0)], 2))
print(raising([Bad(0), Sphere(1.0)], 5))
print(raising([Sphere(1.0), Bad(0)], 5))
