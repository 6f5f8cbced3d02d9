#! compiled = "words, swapped_by_exec, method_swapped"
# After a call that surely runs no Python code (a `str` method on strings, `list.append`,
# `list.insert` and `list.pop` on a list) compiled code does not re-check the globals it
# relies on; after any other call it does. The calls here that do run Python code rebind
# a global the loop calls: `print` to a `sys.stdout` whose `write` rebinds it, `exec` of
# a string, and a `str` subclass's method. Each must see the new binding at once.
# (`swapped_by_print`, called once, hands over at the rebinding: the call counts as the
# interpreter's, though it ran compiled until then.)
import sys


def tag(w):
    return w.upper()


def words(n):
    out = []
    for i in range(n):
        w = "ab" * (i % 3 + 1)
        out.append(tag(w.replace("a", "x")))
        out.insert(0, w.startswith("ab"))
        if len(out) > 6:
            out.pop()
            out.pop(0)
    return out


def shout(w):
    return w + "!"


class Rebinding:
    def __init__(self, real):
        self.real = real

    def write(self, s):
        global tag
        tag = shout
        return self.real.write(s)

    def flush(self):
        self.real.flush()


def swapped_by_print(n):
    out = []
    for i in range(n):
        out.append(tag("w%d" % i))
        if i == 3:
            print("swap")
    return out


def swapped_by_exec(n, at):
    out = []
    for i in range(n):
        out.append(tag("e%d" % i))
        if i == at:
            exec("tag = lambda w: w * 2", globals())
    return out


class Loud(str):
    def upper(self):
        global tag
        tag = lambda w: "<" + w + ">"
        return str.upper(self)


def method_swapped(n, s):
    out = []
    for i in range(n):
        out.append(tag("m%d" % i))
        if i == 1:
            out.append(s.upper())
    return out


for _ in range(3):
    print(words(10))
real = sys.stdout
sys.stdout = Rebinding(real)
print(swapped_by_print(6))
sys.stdout = real
print(swapped_by_exec(5, -1))
print(swapped_by_exec(5, 2))
print(method_swapped(4, Loud("x")))
print(method_swapped(4, "plain"))
