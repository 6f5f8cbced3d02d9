# Unicode strings: code points, encodings, normalisation-free operations.

samples = ["héllo", "日本語", "emoji 😀!", "Ωmega", "naïve café", "ǅungla", "\u00e9 vs e\u0301"]
for s in samples:
    print(repr(s), len(s), len(s.encode("utf-8")), len(s.encode("utf-16-le")) // 2)

s = "Grüße, 世界! 🌍"
print(s.upper())
print(s.lower())
print([hex(ord(c)) for c in s[:6]])
print(s.encode("utf-8"))
print(s.encode("ascii", "replace"))
print(s.encode("ascii", "ignore"))
print(s.encode("ascii", "backslashreplace"))
print(s.encode("ascii", "xmlcharrefreplace"))
print(ascii(s))
print(repr("tab\there\nnewline\x00nul\x7f\u200b"))
print(repr("quote's"), repr('dq"s'), repr("both'\""))
print("\N{GREEK SMALL LETTER ALPHA}\N{BLACK STAR}", "\u2603", "\U0001F600")
print("ＡＢＣ".isalpha(), "١٢٣".isdigit(), "١٢٣".isdecimal(), int("١٢٣"), "²".isdigit(), "²".isdecimal())
print("İ".lower(), len("İ".lower()), "ß".upper(), "ﬁ".upper())
print("straße".casefold() == "STRASSE".casefold())
print(sorted(["b", "A", "é", "a", "Z", "ä"]))
print("日本語"[::-1], "日本語".find("語"), "ab😀cd".index("c"))
print(bytes("é", "utf-8"), bytearray("ü", "utf-8"), "€".encode("utf-16-be"))
print(b"\xe2\x82\xac".decode(), b"\xff\xfe".decode("utf-8", "replace"), b"caf\xe9".decode("latin-1"))
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
print(chr(0x10FFFF) == "\U0010ffff", ord(max("a😀z")))
print("x".center(7, "═"), "│".join("abc"))
print(f"{'日本':>6}|{'日本':<6}|{'é':^5}|")
print(str.isidentifier("변수"), "π".isidentifier(), "2x".isidentifier())
