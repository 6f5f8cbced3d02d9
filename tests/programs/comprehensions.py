# List, dict, set comprehensions and generator expressions.

print([x * x for x in range(10)])
print([x for x in range(30) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[i * j for j in range(1, 5)] for i in range(1, 4)])
print([c.upper() if c in "aeiou" else c for c in "comprehension"])
print({x: x ** 2 for x in range(6)})
print({k: v for k, v in zip("abc", [1, 2, 3]) if v != 2})
print(sorted({x % 7 for x in range(50)}))
print(sum(x for x in range(100) if x % 2))
print(list(x for x in "abc"))
gen = (n * 2 for n in range(5))
print(next(gen), next(gen), list(gen), list(gen))
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for row in matrix for i in range(len(row)) if i == len(row) - 1])
print([[row[i] for row in matrix] for i in range(3)])
print([v for row in matrix for v in row])
x = "outer"
print([x for x in range(3)], x)
print(any(v > 8 for row in matrix for v in row), all(v > 0 for row in matrix for v in row))
pyth = [(a, b, c) for c in range(1, 30) for b in range(1, c) for a in range(1, b) if a * a + b * b == c * c]
print(pyth)
funcs = [lambda v, i=i: v + i for i in range(4)]
print([f(10) for f in funcs])
late = [lambda v: v + i for i in range(4)]
print([f(10) for f in late])
words = ["apple", "bob", "kayak", "level", "python"]
print({w: w == w[::-1] for w in words})
print([len(w) for w in words if len(w) > 3])
print(max((len(w), w) for w in words))
nested = {i: {j: i * j for j in range(3)} for i in range(3)}
print(nested)
print([(i, c) for i, c in enumerate("hey") if i != 1])
flat = [item for sub in [[1, [2]], [3], []] for item in sub]
print(flat)
print(dict((str(k), k) for k in range(3)))
print([y for x in range(5) if (y := x * 3) % 2 == 0])
