#! compiled = "shift, inv, nested, raises"
# Comprehensions over a name the function also uses outside them: `LOAD_FAST_AND_CLEAR`
# saves the outer value on the stack and the comprehension has a variable of its own,
# the outer one back (untouched) when it ends: after a loop over the same name, over a
# parameter, nested, over a name unassigned before (an empty loop), and one that raises
# inside the comprehension (resumed there, the outer value still saved).

def shift(items, k):
    for p in items:
        p[0] = p[0] + k
    return [(p[0], p[1]) for p in items]

def inv(d, k):
    r = {v: k for k, v in d.items()}
    return r, k

def nested(n):
    x = -1
    out = [[x * y for x in range(y)] for y in range(n)]
    return out, x

def empty_then(xs):
    for x in xs:
        pass
    ys = [x * 2 for x in xs]
    try:
        return ys, x
    except UnboundLocalError as e:
        return ys, "unbound"

def raises(xs):
    q = "outer"
    try:
        return [10 // q for q in xs]
    except ZeroDivisionError:
        return q

for i in range(30):
    a = shift([[1, 2], [3, 4]], i)
    b = inv({1: "a", 2: "b"}, i)
    c = nested(4)
    d = empty_then([] if i % 2 else [1, 2])
    e = raises([1, 2, 0, 3] if i % 3 == 0 else [1, 2])
    if i % 7 == 0:
        print(a, b, c, d, e)
print(a, b, c, d, e)
