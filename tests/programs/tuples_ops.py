#! known-different = "RustPython adds 'got N' to the too-many-values unpack error"
# Tuples: packing, unpacking, comparison, immutability.

t = (1, "two", 3.0, None, (5, 6))
print(t, len(t), t[1], t[-1][0], t[1:3])
print((1,), (), tuple(), tuple("ab"), tuple(range(3)), (1, 2) + (3,), (0,) * 3)
a, b, c = 1, 2, 3
print(a, b, c)
a, b = b, a
print(a, b)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "hello"
print(init, last)
head, *mid, tail = range(6)
print(head, mid, tail)
(x, y), z = (1, 2), 3
print(x, y, z)
for i, (p, q) in enumerate([(1, 2), (3, 4)]):
    print(i, p, q, p * q)
print((1, 2, 3) < (1, 2, 4), (1, 2) < (1, 2, 0), (2,) > (1, 5), (1, "a") == (1, "a"))
print(t.count(3.0), t.index("two"), 3 in t, (5, 6) in t)
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1, "a")]))
print(max([(1, 5), (2, 0), (1, 9)]), min((3, 1), (3, 0)))
pairs = list(zip((1, 2, 3), ("a", "b", "c")))
print(pairs, list(zip(*pairs)))
print(tuple(x * 2 for x in range(4)))
print(hash((1, 2, 3)) == hash((1, 2, 3)), {(1, 2): "ok"}[(1, 2)])
try:
    t[0] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    a, b = 1, 2, 3
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = (1, 2)
except ValueError as e:
    print("ValueError:", e)
m = ([1], [2])
m[0].append(10)
print(m)


def multi():
    return 1, [2, 3], {"k": 4}


r = multi()
print(type(r).__name__, r)
one, (two, three), d = 1, [2, 3], {"k": 4}
print(one, two, three, d["k"])
print(divmod(100, 7), tuple(divmod(-100, 7)))
print(repr((1,)), repr(((),)), str(("a", 'b"')))
