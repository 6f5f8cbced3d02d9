# String <-> number conversions and their errors.

good = ["0", "-17", "+8", " 12 ", "1_000_000", "0007"]
for s in good:
    print(repr(s), "->", int(s))

for s in ["3.5", "-2.5e3", "1e-3", ".5", "5.", "inf", "-nan", "1_0.2_5"]:
    print(repr(s), "->", float(s))

bad_ints = ["", "abc", "1.5", "12a", "0x10", "1__0", "--1", " "]
for s in bad_ints:
    try:
        int(s)
    except ValueError as e:
        print("int", repr(s), "ValueError:", e)

bad_floats = ["", "abc", "1.2.3", "e5", "1e", "0x1p3"]
for s in bad_floats:
    try:
        float(s)
    except ValueError as e:
        print("float", repr(s), "ValueError:", e)

try:
    int("12", 2)
except ValueError as e:
    print("ValueError:", e)
try:
    int("10", 1)
except ValueError as e:
    print("ValueError:", e)
try:
    int(None)
except TypeError as e:
    print("TypeError:", e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)
try:
    "5" + 5
except TypeError as e:
    print("TypeError:", e)
try:
    5 + "5"
except TypeError as e:
    print("TypeError:", e)
print(str(12) + "3", int("12") + 3, float("1.5") * 2)
print(str(3.0), str(-0.5), str(10 ** 20), str(True), str(None))
print(complex("1+2j"), complex(3, -4), int("ff", 16), int("777", 8))
