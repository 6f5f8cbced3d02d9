# Assorted builtins: print options, type introspection, attribute access.

print("a", "b", "c")
print("a", "b", "c", sep="-")
print("no newline", end="|")
print("continued", end="\n")
print("multi", "sep", sep="")
print()
print(*range(5), sep=", ")
print(type(1).__name__, type(1.0).__name__, type("").__name__, type([]).__name__, type(None).__name__)
print(type(print).__name__, type(len).__name__, type(lambda: 0).__name__, type(range(3)).__name__)
print(isinstance(1, (str, int)), isinstance("x", str), isinstance(None, object), issubclass(bool, int))
print(callable(len), callable(5), callable(type), callable(lambda: 0))
print(len("abc"), len([1, 2]), len({"a": 1}), len(range(0, 10, 3)), len(b"xy"))
print(min(3, 1, 2), max("apple", "pear", key=len), min([], default="empty"), max([1], default=0))
print(sum([1, 2, 3], 10), sum([0.5, 0.25]), sum(range(0)))
print(abs(-3), round(2.567, 1), pow(3, 4), divmod(9, 4))
print(chr(65), ord("a"), bin(5), oct(8), hex(16), format(255, "x"))
print(repr("s"), repr(1.0), repr([1, "a"]), repr({"k": (1,)}), repr(None), repr(True), repr(b"\x00a"))
print(str(1.0), str([1.0, "a"]), ascii("ü"), repr(range(1, 5)), repr(range(0, 9, 2)))
print(bool([]), bool([0]), bool(""), bool(" "), bool(0.0), bool(None), bool(range(0)))
print(list(range(3)), tuple("ab"), dict(a=1), set([1, 1, 2]) == {1, 2}, frozenset() == set())
print(all([1, 2, 3]), all([1, 0]), any([0, 0, 1]), any([]))
print(sorted([3, 1, 2], reverse=True), list(reversed("abc")), list(enumerate("xy", 1)))


class Thing:
    """A thing."""
    kind = "thing"

    def __init__(self):
        self.size = 3

    def method(self):
        return "m"


t = Thing()
print(getattr(t, "size"), getattr(t, "kind"), getattr(t, "nope", None), hasattr(t, "method"))
setattr(t, "color", "red")
print(vars(t), Thing.__doc__, Thing.__name__, t.method.__name__)
print([n for n in dir(t) if not n.startswith("__")])
print(type(t) is Thing, type(t).__mro__[-1].__name__, isinstance(t, object))
print(int.__name__, str.__mro__[-1].__name__, type(type).__name__)
print(eval("1 + 2 * 3"), eval("x * 2", {"x": 21}))
ns = {}
exec("y = 5\nz = y * 2", ns)
print(ns["y"], ns["z"])
code = compile("a + b", "<expr>", "eval")
print(eval(code, {"a": 1, "b": 2}))
print(hash(42) == hash(42.0), hash(True) == hash(1), hash((1, 2)) == hash((1, 2)))
print(t is t, [] is [], None is None)
print(iter([1]).__class__.__name__, next(iter("q")), len(str(2 ** 1000)))
print(max(range(10), key=lambda n: (n % 4, n)), min("hello world", key=lambda c: (c == " ", c)))
print(list(map(ord, "AZaz")), "".join(map(chr, [80, 97, 118, 101])))
print(format(3.14159, ".3f"), "%.2f" % 2.71828, f"{1/7:.4}")
print(isinstance(True, int), True == 1, 1 == 1.0, "1" == 1)
print(globals()["__name__"], __name__ == "__main__")
print(object().__class__.__name__, NotImplemented, Ellipsis, ...)
