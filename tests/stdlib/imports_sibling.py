# A program that imports a package from its own directory, and checks its own name.
import os
import sys

from course import shapes
from course.shapes import circle_area

print(round(circle_area(2), 3), shapes.WHERE)
print(os.path.basename(__file__), __name__)
print(os.path.basename(sys.argv[0]), sys.argv[1:])
print(os.path.basename(sys.path[0]), os.path.basename(os.path.dirname(shapes.__file__)))
