#! known-different = "RustPython words list.remove/index ValueErrors differently"
# List operations and methods.

a = [5, 3, 8, 1]
a.append(7)
a.extend([2, 9])
a.insert(0, 10)
a.insert(-1, 4)
a.insert(100, 11)
print(a, len(a))
print(a.pop(), a.pop(0), a.pop(2), a)
a.remove(1)
print(a, a.index(7), a.count(3), 3 in a, 99 in a)
a.reverse()
print(a)
a.sort()
print(a)
a.sort(reverse=True)
print(a)
b = a.copy()
b[0] = -1
print(a[0], b[0], a == b, a is not b)
print([1, 2] + [3], [0] * 5, [[0] * 2] * 2, [1, 2] * 0)
nested = [[0] * 3 for _ in range(3)]
nested[1][1] = 5
print(nested)
alias = [[0] * 3] * 3
alias[1][1] = 5
print(alias)
c = list(range(10))
del c[2]
del c[-3:]
print(c)
c[1:3] = []
print(c)
c[len(c):] = [100, 200]
print(c, c[-1], c[-len(c)])
print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 0], [2] > [1, 99], [] == [])
print(sum([[1], [2, 3], []], []), list("abc"), list((1, 2)), list({3: "x", 1: "y"}))
print(sorted([3, 1, 2]), list(reversed([1, 2, 3])), max([[1, 2], [1, 3]]))
stack = []
for i in range(5):
    stack.append(i * i)
while stack:
    print("pop", stack.pop(), end="; ")
print()
m = [1, 2, 3]
m += [4]
m *= 2
print(m, m.index(2, 3))
m.clear()
print(m, bool(m))
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    [1].remove(5)
except ValueError as e:
    print("ValueError:", e)
try:
    [1, 2].index(9)
except ValueError as e:
    print("ValueError:", e)
r = [1, 2, 3]
r.append(r)
print(r)
