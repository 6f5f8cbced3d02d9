#! known-different = "RustPython words ZeroDivisionError messages as 'division by zero'"
# divmod, round, abs and related builtins.

for a, b in [(17, 5), (-17, 5), (17, -5), (-17, -5), (5.5, 2), (-5.5, 2), (1, 0.25)]:
    print("divmod", a, b, divmod(a, b))

for x in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, 2.4999, 2.5001]:
    print("round", x, round(x), round(x, 0))

print(round(3.14159, 2), round(3.14159, 4), round(-3.14159, 1))
print(round(1234.5678, -2), round(1250, -2), round(1350, -2), round(-1250, -2))
print(round(123456, -3), round(5, 2), type(round(5.0)).__name__, type(round(5.0, 1)).__name__)
print(round(0.125, 2), round(0.375, 2), round(2.675, 2))
print(abs(-5), abs(5), abs(-5.5), abs(-0.0), abs(-(2 ** 80)))
print(abs(3 + 4j), abs(True), abs(-False))
print(abs(float("-inf")))
import math
print(math.isnan(abs(float("nan"))))
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    divmod(1.0, 0.0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    5 % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    5 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    5.0 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    round(float("nan"))
except ValueError as e:
    print("ValueError:", e)
