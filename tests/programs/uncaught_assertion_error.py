# Ends with an uncaught AssertionError with a message.


def checked_sqrt(x):
    assert x >= 0, f"negative input {x}"
    r = x ** 0.5
    return r


def is_sorted(xs):
    return all(a <= b for a, b in zip(xs, xs[1:]))


for v in [0, 1, 4, 9, 2.25, 100, 0.0625]:
    print(v, checked_sqrt(v))
try:
    assert False
except AssertionError as e:
    print("bare assert message:", repr(str(e)), e.args)
try:
    assert 1 > 2, ("tuple", "message")
except AssertionError as e:
    print("tuple assert message:", e)
assert is_sorted([1, 2, 2, 5]), "should be sorted"
print("sorted check passed")
values = [16, 25, 36, -1, 49]
for v in values:
    print("sqrt", v, "=", checked_sqrt(v))
