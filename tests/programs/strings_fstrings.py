# f-strings: expressions, conversions, format specs, nesting.

name = "World"
pi = 3.141592653589793
n = 255
items = ["a", "b", "c"]
data = {"k": 10}
print(f"Hello, {name}!")
print(f"{name!r} {name!s} {name!a} {'ü'!a}")
print(f"{pi:.2f} {pi:10.4f}| {pi:<10.3}| {pi:e} {pi:+.1e}")
print(f"{n:x} {n:#X} {n:b} {n:o} {n:08b} {n:,} {n * 1000000:_}")
print(f"{n=} {pi=:.3f} {name = }")
print(f"{items[1]} {data['k']} {len(items)} {items!r}")
print(f"{n + 1} {n // 2} {n % 7} {n ** 2:,}")
width, precision = 12, 4
print(f"[{pi:{width}.{precision}f}]", f"[{name:^{width}}]", f"[{name:*<{width}}]")
print(f"{'nested ' + f'{n:x}'}")
print(f"{3.0:g} {1e-10:g} {123456789.0:g} {0.5:%} {0.123:.1%}")
print(f"{-0.0} {float('inf')} {float('nan'):f}")
print(f"{True} {None} {[1, 2]} {(1,)} {{braces}}")
print(f"{'left':<8}|{'right':>8}|{'mid':^8}|")
for i in range(1, 6):
    print(f"{i:>3} {i * i:>4} {i ** 3:>5} {1 / i:8.4f} {'#' * i:<6}|")
x = 42
print(f"{x if x > 40 else -x} {'yes' if x % 2 == 0 else 'no'}")
print(f"{(lambda v: v * 2)(21)}")
print(f"{', '.join(str(v) for v in range(5))}")
print(f"{n:{'>'}{10}}")


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __format__(self, spec):
        if spec == "polar":
            return "polar!"
        return f"({self.x:{spec}}, {self.y:{spec}})"

    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"


p = Point(1.5, -2.25)
print(f"{p} {p:.1f} {p:polar} {p!r}")
print(f"{'multi'}" f"{'ple'}" "-parts")
print(f"{n:5}|{n:<5}|{n:^5}|{n:05}|{-n:05}|")
