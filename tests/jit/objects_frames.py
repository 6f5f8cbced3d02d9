#! compiled = "main"
# Functions compiled into their caller's module have no frame of their own: Python code
# they call that looks at its caller's frame (warnings with a stacklevel, sys._getframe
# two levels up, a class whose __init__ warns) must see the frames the interpreter would
# have made. Such a call goes to the interpreter, and the root compiles again calling
# that function in a frame of its own.
import sys
import warnings


def show(message, category, filename, lineno, file=None, line=None):
    print("warning:", category.__name__, message, "at line", lineno)


warnings.showwarning = show
warnings.simplefilter("always")


def lib(x):
    warnings.warn("careful %d" % x, UserWarning, stacklevel=2)
    return x


def caller_line():
    f = sys._getframe(2)
    return f.f_code.co_name, f.f_lineno


def where():
    return caller_line()


def helper(i):
    lib(i % 3)
    return where()


def direct(i):
    warnings.warn("direct %d" % i, stacklevel=1)
    return i


class Point:
    def __init__(self, x):
        warnings.warn("made %d" % x, stacklevel=2)
        self.x = x


def make(i):
    return Point(i)


def drive(n):
    t = 0
    out = []
    for i in range(n):
        t += lib(i % 2)
        out.append(helper(i))
        t += direct(i)
        t += make(i).x
    return t, out[0], out[-1]


def main():
    for _ in range(2):
        print(drive(3))


for _ in range(8):
    main()
