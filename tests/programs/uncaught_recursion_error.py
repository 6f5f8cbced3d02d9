#! known-different = "RustPython's RecursionError message ends with a space"
# Ends with an uncaught RecursionError from unbounded recursion.


def depth_ok(n):
    return 0 if n == 0 else 1 + depth_ok(n - 1)


def tree_sum(node):
    if node is None:
        return 0
    value, left, right = node
    return value + tree_sum(left) + tree_sum(right)


for n in (0, 1, 10, 100, 200):
    print("bounded recursion depth", n, "->", depth_ok(n))
chain = None
for i in range(150):
    chain = (i, chain, None)
print("tree_sum of a 150-deep chain:", tree_sum(chain))
balanced = (1, (2, (4, None, None), (5, None, None)), (3, None, (6, None, None)))
print("tree_sum of a small tree:", tree_sum(balanced))
try:
    depth_ok(10 ** 6)
except RecursionError:
    print("caught a RecursionError once")
print("recursion still works afterwards:", depth_ok(50))


def f(n):
    return f(n + 1)


print("about to recurse forever")
f(0)
print("not reached")
