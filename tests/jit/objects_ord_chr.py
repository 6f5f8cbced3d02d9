#! compiled = "shift, codes, made, rebound"
# `ord` and `chr` compile to one host call each (`ord` of a `str` constant to the
# number itself), and `ord`'s `int` stays unboxed for the arithmetic after it.
# Everything else they take is the interpreter's, with its exceptions: a `bytes` of
# one byte, a longer string, a number given to `ord`; a code point out of range, a
# float or a string given to `chr`; `ord` rebound by the program.
import traceback


def shift(text, k):
    out = []
    for ch in text:
        if "a" <= ch <= "z":
            out.append(chr((ord(ch) - ord("a") + k) % 26 + ord("a")))
        else:
            out.append(ch)
    return "".join(out)


def codes(items):
    out = []
    for x in items:
        try:
            out.append(ord(x))
        except TypeError as e:
            out.append(("TypeError", str(e)[:40]))
    return out


def made(values):
    out = []
    for v in values:
        try:
            out.append(chr(v))
        except (ValueError, TypeError, OverflowError) as e:
            out.append((type(e).__name__, traceback.extract_tb(e.__traceback__)[-1].lineno))
    return out


def rebound(text):
    total = 0
    for ch in text:
        total += ord(ch)
    return total


print(shift("hello, world", 3), shift("zebra", 1))
print(codes(["a", "é", "€", "\U0001f600"]))
print(codes(["a", b"z", "ab", 7, "", bytearray(b"q")]))
print(made([65, 0x20AC, 0, 0x10FFFF, True]))
print(made([97, 0x110000, -1, 2.5, "x"]))
print(rebound("abc"))
ord = lambda c: 1000
print(rebound("abc"))
del ord
print(rebound("abc"))
