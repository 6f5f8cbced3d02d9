#! compiled = "gathered, picked, keyed, joined, retyped, reassigned"
# A method of a builtin type on a local only ever assigned a display of that type
# (`out = []`, `seen = {}`, `s = "…"`), or on a string constant, is looked up when the
# `CALL` is made, in one host call with it, whatever runs between: nothing a program
# does changes what `list.append` is. A resume point between the two has the host look
# it up again. Everything must behave as in the interpreter: an argument that raises
# (in Python code, or a subscript out of range), a conditional argument (a branch with
# the method on the stack), keywords, a method the type does not have, a local that
# also holds something else, and `x.m(x := y)`.
import traceback


def where(e):
    return [(f.name, f.lineno) for f in traceback.extract_tb(e.__traceback__)]


def checked(v):
    if v < 0:
        raise ValueError(f"negative {v}")
    return v * 2


def gathered(xs, n):
    out = []
    for i in range(n):
        try:
            out.append(checked(xs[i]))
        except (ValueError, IndexError) as e:
            out.append((type(e).__name__, where(e)))
        out.append(xs[i] if i < len(xs) else None)
    return out


def picked(words):
    out = []
    seen = {}
    for w in words:
        seen.setdefault(w[0], []).append(w.upper())
        out.append(len(seen))
    return out, seen


def keyed(lines):
    out = []
    sep = ","
    for line in lines:
        out.append(line.split(sep, maxsplit=1))
        out.extend(sorted(line.split(sep), key=len))
    return out


def joined(rows):
    out = []
    for r in rows:
        out.append(", ".join(str(x) for x in r))
        out.append("-".join([str(len(r)), str(r[0])]))
    return "|".join(out)


def retyped(flag, n):
    out = []
    if flag:
        out = {}
    for i in range(n):
        try:
            out.append(i)
        except AttributeError as e:
            return ["AttributeError", where(e)]
    return out


def reassigned(n):
    out = []
    for i in range(n):
        out.append(out := [i])
    return out


class Box:
    def __init__(self, n):
        self.n = n

    def pair(self, other):
        return (self.n, other.n)


def walrus(x, y):
    return [x.pair(x := y) for _ in range(2)]


print(gathered([3, 1, -2], 4))
print(gathered([5], 1))
print(picked(["apple", "avocado", "banana", "blueberry", "cherry"]))
print(keyed(["a,bb,ccc", "dddd", "e,f"]))
print(joined([[1, 2, 3], [4], [5, 6]]))
print(retyped(False, 3))
print(retyped(True, 3))
print(reassigned(4))
print(walrus(Box(1), Box(2)))
try:
    s = "text"
    for i in range(2):
        s.push(i)
except AttributeError as e:
    print("AttributeError", where(e))
