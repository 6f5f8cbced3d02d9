#! known-different = "RustPython words the unhashable-element TypeError differently"
# Set operations; every set of strings is sorted before printing so that the
# output does not depend on string hashing.

a = {1, 2, 3, 4, 5}
b = {4, 5, 6, 7}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print(sorted(a.union([10, 11])), sorted(a.intersection(range(3, 10))), sorted(a.difference({1})))
print(a <= a, {1, 2} < a, a > {1}, a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint({9}))
c = set()
for x in [3, 1, 3, 2, 1, 5]:
    c.add(x)
print(sorted(c), len(c))
c.discard(99)
c.discard(3)
c.remove(1)
print(sorted(c))
c.update([7, 8], (9,))
print(sorted(c))
c -= {7}
c |= {0}
c &= {0, 2, 5, 8, 9, 100}
c ^= {5, 6}
print(sorted(c))
words = set("mississippi")
print(sorted(words), len(words))
s1 = {"apple", "banana", "cherry"}
s2 = {"banana", "date", "cherry"}
print(sorted(s1 & s2), sorted(s1 | s2), sorted(s1 - s2), sorted(s1 ^ s2))
print("apple" in s1, "date" in s1)
fs = frozenset([1, 2, 3])
print(sorted(fs | {4}), type(fs | {4}).__name__, type({4} | fs).__name__)
print({fs: "frozen key"}[frozenset([3, 2, 1])])
print(set() == frozenset(), {1, 2} == {2, 1}, len({1, 1.0, True}))
print(sorted({x % 5 for x in range(20)}), sorted({c.upper() for c in "hello"}))
print(set(), frozenset(), repr(set()))
print(sorted(set(range(10)) - set(range(0, 10, 3))))
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
try:
    {1}.remove(2)
except KeyError as e:
    print("KeyError:", e)
try:
    {[1]}
except TypeError as e:
    print("TypeError:", e)
seen = set()
unique = []
for item in [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]:
    if item not in seen:
        seen.add(item)
        unique.append(item)
print(unique)
