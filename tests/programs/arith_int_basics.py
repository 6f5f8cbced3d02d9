# Basic integer arithmetic and comparisons.

def show(label, value):
    print(f"{label:<14} -> {value!r}")

a, b = 17, 5
show("a + b", a + b)
show("a - b", a - b)
show("a * b", a * b)
show("a / b", a / b)
show("a // b", a // b)
show("a % b", a % b)
show("-a", -a)
show("+a", +a)
show("a == b", a == b)
show("a != b", a != b)
show("a < b < 20", b < a < 20)
show("int(True)", int(True))
show("True + True", True + True)
show("bool(0)", bool(0))
show("bool(-3)", bool(-3))
show("int('  42 ')", int("  42 "))
show("int('-0x1f', 16)", int("-0x1f", 16))
show("int('1_000')", int("1_000"))
show("int('z', 36)", int("z", 36))
show("int('0b1011', 0)", int("0b1011", 0))
show("int('0o17', 0)", int("0o17", 0))
show("int(3.99)", int(3.99))
show("int(-3.99)", int(-3.99))
show("hex(255)", hex(255))
show("hex(-255)", hex(-255))
show("oct(64)", oct(64))
show("bin(10)", bin(10))
show("bin(-10)", bin(-10))
show("max(3, 9, 2)", max(3, 9, 2))
show("min([4, -1, 7])", min([4, -1, 7]))
show("sum(range(101))", sum(range(101)))
show("(7).bit_length()", (7).bit_length())
show("(-8).bit_length()", (-8).bit_length())
show("(255).to_bytes", (255).to_bytes(2, "big"))
show("from_bytes", int.from_bytes(b"\x01\x00", "little"))
show("from_bytes s", int.from_bytes(b"\xff\xfe", "big", signed=True))
show("isinstance", isinstance(True, int))
show("1 < 2.5", 1 < 2.5)
show("3 == 3.0", 3 == 3.0)
x = 10
x += 5
x *= 3
x -= 1
x //= 4
x **= 2
x %= 50
show("augmented", x)
total = 0
for i in range(1, 21):
    total += i * i if i % 2 else -i
show("loop total", total)
