# The itertools module.

import itertools as it

print(list(it.islice(it.count(5, 3), 6)), list(it.islice(it.cycle("ab"), 5)), list(it.repeat("x", 3)))
print(list(it.accumulate([1, 2, 3, 4, 5])), list(it.accumulate([3, 1, 4, 1, 5], max)))
print(list(it.accumulate(range(1, 6), lambda a, b: a * b, initial=10)))
print(list(it.chain("ab", [1, 2])), list(it.chain.from_iterable([[1], [2, 3], []])))
print(list(it.compress("abcdef", [1, 0, 1, 0, 1, 1])), list(it.dropwhile(lambda x: x < 3, [1, 2, 5, 1])))
print(list(it.takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(it.filterfalse(lambda x: x % 2, range(10))))
for key, group in it.groupby("aaabbcaa"):
    print(key, list(group))
data = sorted(["apple", "avocado", "banana", "blueberry", "cherry"], key=lambda w: w[0])
print({k: list(g) for k, g in it.groupby(data, key=lambda w: w[0])})
print(list(it.islice(range(100), 10, 20, 3)), list(it.starmap(pow, [(2, 5), (3, 2)])))
a, b = it.tee([1, 2, 3])
print(list(a), list(b))
print(list(it.zip_longest("abc", [1], fillvalue="-")))
print(list(it.product("ab", repeat=2)), len(list(it.product(range(3), range(4), range(2)))))
print(list(it.permutations([1, 2, 3])), len(list(it.permutations(range(5), 3))))
print(list(it.combinations("abcd", 2)), list(it.combinations_with_replacement("ab", 3)))
print(list(it.pairwise([1, 4, 9, 16])), list(it.pairwise("a")))
print(sum(1 for _ in it.combinations(range(20), 4)))
print(list(it.islice(it.permutations("abcd"), 5)))
print(["".join(p) for p in it.product("01", repeat=3)])
grid = [(x, y) for x, y in it.product(range(3), repeat=2) if x != y]
print(grid)
evens = (n for n in it.count() if n % 2 == 0)
print(list(it.islice(evens, 8)))
primes = (n for n in it.count(2) if all(n % d for d in range(2, int(n ** 0.5) + 1)))
print(list(it.islice(primes, 15)))
print(next(it.dropwhile(lambda s: len(s) < 4, ["a", "bb", "cccc", "dd"])))
print(list(it.accumulate("abc")), list(it.chain(*zip("ab", "xy"))))
