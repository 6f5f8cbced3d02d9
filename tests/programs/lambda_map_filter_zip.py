# lambda, map, filter, zip, enumerate and friends.

square = lambda x: x * x
add = lambda a, b=10: a + b
print(square(7), add(1), add(1, 2), (lambda: "no args")(), (lambda *a, **k: (a, k))(1, x=2))
print(list(map(square, range(6))))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6, 7])))
print(list(map(str.upper, ["a", "b"])), list(map(int, "123")), list(map(abs, [-1, 2, -3])))
print(list(filter(lambda n: n % 3 == 0, range(20))))
print(list(filter(None, [0, 1, "", "a", None, [], [0], False, True])))
print(list(zip([1, 2, 3], "abc", [True, False, None])))
print(list(zip(range(5), range(3))), list(zip()), dict(zip("abc", range(3))))
print(list(enumerate(["x", "y", "z"])), list(enumerate("ab", 10)))
for i, (a, b) in enumerate(zip("pq", "rs")):
    print(i, a, b)
names = ["ann", "bob", "cy"]
ages = [31, 25, 40]
print(sorted(zip(ages, names)), max(zip(ages, names))[1])
print(list(map(lambda p: f"{p[0]}:{p[1]}", zip(names, ages))))
print(sum(map(lambda t: t[0] * t[1], zip(range(5), range(5, 10)))))
from functools import reduce
print(reduce(lambda a, b: a * b, range(1, 11)), reduce(lambda a, b: a + b, [], "init"))
print(reduce(lambda acc, c: acc * 2 + int(c), "101101", 0))
print(list(map(lambda x: x if x % 2 else -x, range(8))))
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(map(list, zip(*matrix))), [sum(col) for col in zip(*matrix)])
compose = lambda f, g: lambda x: f(g(x))
inc_then_sq = compose(square, lambda x: x + 1)
print(inc_then_sq(4), list(map(inc_then_sq, range(4))))
print(sorted(["pear", "fig", "banana"], key=lambda s: (len(s), s)))
print(any(map(lambda c: c.isdigit(), "abc1")), all(map(str.isalpha, ["ab", "c"])))
pairs = [(1, "one"), (2, "two"), (3, "three")]
nums, words = zip(*pairs)
print(nums, words)
print(list(map(pow, [2, 3, 4], [3, 2, 1])), list(map(round, [1.5, 2.5, 3.45])))
print(min(names, key=len), max(names, key=lambda n: n[-1]))
fns = {"double": lambda x: 2 * x, "negate": lambda x: -x, "str": str}
print({k: f(21) for k, f in fns.items()})
print((lambda n: (lambda f, k: f(f, k))(lambda self, k: 1 if k <= 1 else k * self(self, k - 1), n))(10))
m = map(square, [1, 2, 3])
print(next(m), list(m), list(m))
print(list(zip(*[iter(range(9))] * 3)))
