#! known-different = "RustPython words the bytes + str TypeError differently"
# bytes, bytearray and memoryview.

b = b"hello world"
print(b, len(b), b[0], b[-1], b[:5], b[::-1], b.upper(), b.title())
print(b.split(), b.replace(b"o", b"0"), b.find(b"wor"), b.count(b"l"), b.startswith(b"he"))
print(b.hex(), bytes.fromhex("deadbeef"), bytes.fromhex("00 ff 10"), b"\x01\x02".hex(":"))
print(bytes(5), bytes([65, 66, 67]), bytes(range(5)), bytes("é", "utf-8"), bytes(b"copy"))
print(list(b"abc"), [c for c in b"xyz"], b"a" + b"b", b"ab" * 3, b"x" in b"xyz", 120 in b"xyz")
print(b"  pad  ".strip(), b"a,b,c".split(b","), b"-".join([b"a", b"b"]), b"abc".center(7, b"*"))
print(b"abc" < b"abd", b"abc" == bytearray(b"abc"), b"\x00\x7f\x80\xff", repr(b"'\""))
ba = bytearray(b"mutable")
ba[0] = ord("M")
ba.append(33)
ba.extend(b"??")
print(ba, len(ba))
ba[1:3] = b"UT"
del ba[-1]
print(ba, ba.pop(), ba)
ba.insert(0, 62)
ba.reverse()
print(ba, bytes(ba), ba.decode())
print(bytearray(3), bytearray([1, 2, 3]), bytearray(b"x") * 2, bytearray("ü", "utf-8"))
mv = memoryview(b"abcdef")
print(mv[1], bytes(mv[1:4]), mv.tobytes(), len(mv), mv.tolist()[:3])
mba = bytearray(b"012345")
mv2 = memoryview(mba)
mv2[0] = ord("X")
print(mba)
print(int.from_bytes(b"\x00\x01", "big"), (1025).to_bytes(2, "little"), (-1).to_bytes(2, "big", signed=True))
print(b"%s:%d" % (b"key", 42), b"abc".isalpha(), b"123".isdigit(), b"A b".lower(), b"ab".swapcase())
print(b"hello".translate(bytes.maketrans(b"el", b"ip")), b"tab\tsep".expandtabs(4))
print(bytes([0, 255]).hex(), b"\xe2\x98\x83".decode("utf-8"), "☃".encode("utf-16-le"))
print(b"a b  c".split(None, 1), b"line1\nline2".splitlines(), b"xxabxx".strip(b"x"))
print(sum(b"checksum") % 256, max(b"maximum"), sorted(b"sort"))
try:
    b"abc"[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    bytes([256])
except ValueError as e:
    print("ValueError:", e)
try:
    b"x" + "y"
except TypeError as e:
    print("TypeError:", e)
