# printf-style % formatting.

print("%d %i %s %r" % (42, -7, "str", "repr"))
print("%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42))
print("%f %.2f %10.3f|%-10.1f|" % (3.14159, 3.14159, 3.14159, 3.14159))
print("%e %.3E %g %G" % (12345.678, 12345.678, 0.00001234, 1e30))
print("%x %X %o %#x %#o %#X" % (255, 255, 8, 255, 8, 255))
print("%c%c%c" % (72, "i", 33))
print("%s and %s" % ("a", ["b", 1]))
print("%(name)s is %(age)d years" % {"name": "Ann", "age": 30})
print("%%d literal, %d%%" % 50)
print("%*d|%-*d|%.*f" % (6, 1, 6, 2, 2, 3.14159))
print("%s" % (1, ), "%s" % [1, 2], "%s" % None)
print("%r" % (("tuple",),))
print("%.3s|%10.2s|" % ("abcdef", "xyz"))
print("%d" % 3.99, "%d" % -3.99, "%i" % True)
print("%.0f %.0f %.0f %.0f" % (0.5, 1.5, 2.5, -0.5))
print("%g %g %g %g %g" % (100000, 1000000, 1e-4, 1e-5, 123.456789))
print("%f %f %f" % (float("inf"), float("-inf"), float("nan")))
print("%x %o" % (-255, -8))
print("%10s|%-10s|" % ("right", "left"))
print("%d items cost $%.2f" % (3, 9.5))
print(b"%d bytes %s" % (5, b"raw"))
rows = [("apple", 3, 1.5), ("banana", 12, 0.25), ("cherry", 100, 12.125)]
for name, qty, price in rows:
    print("%-8s %4d %8.3f %9.2e" % (name, qty, price, qty * price))
try:
    print("%d" % "x")
except TypeError as e:
    print("TypeError:", e)
try:
    print("%s %s" % ("only one",))
except TypeError as e:
    print("TypeError:", e)
try:
    print("%s" % ("a", "b"))
except TypeError as e:
    print("TypeError:", e)
try:
    print("%(missing)s" % {"k": 1})
except KeyError as e:
    print("KeyError:", e)
