#! compiled = "dot, shift, rotate, last_of, pick_all, bump_tail, safe_get, count_del"
# Items of a list or a tuple by an int the compiled code holds unboxed (`xs[i]`,
# `v[0] -= d`, `row[-1]`): the host reads and stores them where they lie, with no index
# object made. Everything else (an index out of range, a list subclass, a bool index, an
# item that is not a number where arithmetic wants one) takes the general path, which
# raises or goes on exactly as the interpreter does.

def dot(xs, ys):
    t = 0.0
    for i in range(len(xs)):
        t += xs[i] * ys[i]
    return t

def shift(vs, d):
    # Negative indices, stores by unboxed ints, items read unboxed.
    for i in range(-len(vs), 0):
        vs[i] -= d
        vs[i] = vs[i] * 2
    return vs

def rotate(t, k):
    n = len(t)
    return [t[(i + k) % n] for i in range(n)]

def last_of(rows):
    return [row[-1] + row[0] for row in rows]

def pick_all(seq, idx):
    out = []
    for i in idx:
        out.append(seq[i])
    return out

def bump_tail(xs, n):
    for i in range(n):
        xs[-1 - i] += 1
    return xs

def safe_get(xs, i):
    try:
        return xs[i]
    except IndexError as e:
        return "IndexError: " + str(e)

class Loud:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

def count_del(xs, k):
    for i in range(len(xs)):
        xs[i] = k + i
        print("stored", i)
    return xs

class MyList(list):
    def __getitem__(self, i):
        return "mine %r" % (i,)

print(dot([1.0, 2.0, 3.0], [4.0, 5.0, 6.0]))
print(dot([1, 2, 3], [4, 5, 6]))
print(dot((1.5, 2), [2, 0.25]))
print(dot([2 ** 70, 1], [1, 1]))
print(shift([1.0, 2.0, 3.0], 0.5))
print(shift([1, 2, 3], 1))
print(rotate((1, 2, 3, 4), 1), rotate([5, 6, 7], -1))
print(last_of([[1, 2, 3], (4, 5), [6]]))
print(pick_all([10, 20, 30], [0, -1, 1, -3]))
print(pick_all((7, 8, 9), [2, True, False]))
print(pick_all(MyList([1, 2]), [0, -1]))
print(pick_all("abc", [0, -1]))
print(bump_tail([0, 0, 0, 0], 3))
print(safe_get([1, 2, 3], 3), safe_get([1, 2, 3], -4), safe_get((1,), 1))
print(safe_get([1, 2, 3], -3), safe_get((4, 5), -1))
print(safe_get([1], 2 ** 63 - 1), safe_get([1], -(2 ** 63)))
try:
    bump_tail([0, 0], 3)
except IndexError as e:
    print("IndexError", e)
try:
    shift([1.0, "x"], 1.0)
except TypeError as e:
    print("TypeError", e)
xs = [Loud("a"), Loud("b")]
print(count_del(xs, 10))
del xs
try:
    dot([1.0, 2.0], [3.0])
except IndexError as e:
    print("IndexError", e)
