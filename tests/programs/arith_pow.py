#! known-different = "RustPython words the zero-to-a-negative-power error differently"
# The ** operator and pow() with ints, floats and negatives.

for base in (2, -2, 3, -3, 10):
    print(base, [base ** e for e in range(0, 7)])

print(2 ** -1, 2 ** -2, (-2) ** -3, 10 ** -3)
print(2 ** 0.5, 9 ** 0.5, 27 ** (1 / 3))
print((-8) ** 2, -8 ** 2, (-8) ** 3)
print(2 ** 3 ** 2, (2 ** 3) ** 2)
print(0 ** 0, 0.0 ** 0, 1 ** 1000000)
print(2.0 ** 10, 1.5 ** 3, 0.5 ** 10)
print(pow(2, 10), pow(2, 10, 1000), pow(-2, 3, 5), pow(5, -2, 7))
print(pow(2.0, -1), pow(10, 2.0))
print(type((-8) ** (1 / 3)).__name__)
z = (-8) ** 0.5
print(type(z).__name__, round(z.real, 12), z.imag)
print(4 ** 0.5 == 2.0)
print(10 ** 18, 10 ** 19, 10.0 ** 19)
print(2 ** 62, 2 ** 63, 2 ** 64 - 1)
print((-1) ** 10 ** 6, (-1) ** (10 ** 6 + 1))
print([n ** 2 for n in range(-5, 6)])
print(sum(k ** 3 for k in range(1, 11)))
print(1.0000001 ** 1000000)
try:
    print(0 ** -1)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(0.0 ** -1)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(10.0 ** 400)
except OverflowError:
    print("OverflowError raised")
try:
    print(pow(2, 3, 0))
except ValueError as e:
    print("ValueError:", e)
