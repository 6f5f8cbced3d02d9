# A small vector class with operator methods, used in a loop that builds many short-lived
# objects.

class Vec:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y, self.z + other.z)

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y, self.z - other.z)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    def dot(self, other):
        return self.x * other.x + self.y * other.y + self.z * other.z

    def cross(self, other):
        return Vec(self.y * other.z - self.z * other.y,
                   self.z * other.x - self.x * other.z,
                   self.x * other.y - self.y * other.x)


def main():
    a = Vec(1.0, 0.5, -0.25)
    b = Vec(-0.3, 0.9, 0.1)
    acc = Vec(0.0, 0.0, 0.0)
    total = 0.0
    for i in range(30000):
        c = a.cross(b) * 0.001 + acc
        acc = c - b * 0.0001
        total += c.dot(a)
        a, b = b, a
    return round(total, 6)
