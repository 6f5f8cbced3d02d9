# Shapes with area() and perimeter(): a class hierarchy, super().__init__, sorting by a key.
# (tools/course: a course-style program Pave was not tuned on; tools/course/run.sh.)
import math
class Shape:
    def area(self): raise NotImplementedError
    def perimeter(self): raise NotImplementedError
    def __repr__(self): return f"{type(self).__name__}({self.area():.2f})"
class Circle(Shape):
    def __init__(self, r): self.r = r
    def area(self): return math.pi * self.r ** 2
    def perimeter(self): return 2 * math.pi * self.r
class Rect(Shape):
    def __init__(self, w, h): self.w, self.h = w, h
    def area(self): return self.w * self.h
    def perimeter(self): return 2 * (self.w + self.h)
class Square(Rect):
    def __init__(self, s): super().__init__(s, s)

shapes = []
for i in range(30000):
    k = i % 3
    shapes.append(Circle(i % 10 + 1) if k == 0 else Rect(i % 7 + 1, i % 5 + 2) if k == 1 else Square(i % 4 + 1))
total_a = total_p = 0.0
for rep in range(10):
    for s in shapes:
        total_a += s.area()
        total_p += s.perimeter()
print(round(total_a, 3), round(total_p, 3))
print(sorted(shapes[:6], key=lambda s: s.area()))
