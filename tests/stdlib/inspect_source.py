# inspect.getsource and traceback.print_exc see the program's own lines, as in CPython
# (Pave's programs are not files: the session hands their source to linecache).
import inspect
import sys
import traceback


def area(width, height):
    """The area of a rectangle."""
    return width * height


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


print(inspect.getsource(area), end="")
print(inspect.getsource(Point), end="")
print(inspect.getsourcelines(area)[1], inspect.getdoc(area))
try:
    area("3", None)
except TypeError:
    # The innermost frame only: 3.14's tracebacks (RustPython's stdlib) underline a call
    # that fills its line, 3.11's do not.
    traceback.print_exc(limit=-1, file=sys.stdout)
