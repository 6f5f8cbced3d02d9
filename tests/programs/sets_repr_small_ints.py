#! known-different = "RustPython's set iteration order differs from CPython's for small ints"
# Iteration order and repr of sets of small ints (CPython: ints hash to
# themselves, so small-int sets iterate in table-slot order).

print({3, 1, 2})
print({5, 4, 3, 2, 1, 0})
print(set(range(10, 0, -1)))
print({1, 2, 3} | {6, 5, 4})
print({1, 2, 3, 4} & {4, 3, 9})
print({1, 2, 3} - {2})
print(frozenset({7, 3, 5}))
print(list({9, 8, 7}))
print({x * x for x in range(8)})
print({-1, -2, 0})
s = set()
for i in (30, 10, 20, 0):
    s.add(i)
print(s)
s.discard(10)
print(s, len(s))
print(set([1, 33, 2]))
print({100, 1, 50})
