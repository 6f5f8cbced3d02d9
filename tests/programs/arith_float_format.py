# repr/str of floats and special values.

values = [0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1.0, 100.0, 1e16, 1e15, 1.5e-7,
          0.0001, 0.00001, 123456789.123, 1e22, 1e-5, 5e-324, 1.7976931348623157e308,
          -0.0, 2.5, 3.14159, 1e100]
for v in values:
    print(repr(v), str(v))

inf = float("inf")
nan = float("nan")
print(inf, -inf, nan)
print(repr(inf), repr(-inf), repr(nan))
print(inf + 1, inf - inf, inf * 0, -inf * -1)
print(nan == nan, nan != nan, nan < 1, nan > 1)
print(inf > 1e308, -inf < -1e308)
print(float("-0.0"), -0.0 == 0.0, str(-0.0), repr(0.0 * -1))
print(float("1e500"), float("-1e500"), float("  -12.5  "), float("Infinity"), float("-iNF"))
print(1e308 * 10)
print(0.1 * 3, 0.3)
print(round(2.675, 2), round(0.5), round(1.5), round(2.5), round(-0.5))
print(float(10 ** 16 + 1))
print(2.0 ** 0.5, 10 ** -2, 2 ** -1)
print((0.1).is_integer(), (4.0).is_integer())
print((0.5).as_integer_ratio(), (0.1).as_integer_ratio())
print((255.5).hex(), float.fromhex("0x1.8p1"))
print(int(2.5e9), float(7), 7 / 7)
print(sum([0.1] * 10), 0.1 * 10)
print(3.0 * 1.1, 1.1 + 2.2, 1.23456789e-10)
print(abs(-0.0), -(0.0))
print(max(0.0, -0.0), min(-0.0, 0.0))
