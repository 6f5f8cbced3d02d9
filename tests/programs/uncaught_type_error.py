#! known-different = "RustPython words the list + tuple TypeError differently"
# Ends with an uncaught TypeError from an unsupported operation in a helper.


def combine(a, b):
    return a + b


pairs = [(1, 2), ("x", "y"), ([1], [2]), ((1,), (2,)), (1.5, 2), (True, 2), (1j, 1),
         (b"a", b"b"), (-1, 2 ** 70), ([], []), ("", ""), (0.1, 0.2)]
for a, b in pairs:
    print(repr(a), "+", repr(b), "=", repr(combine(a, b)))
for a, b in [(None, 1), ({}, {}), ("n", 3)]:
    try:
        combine(a, b)
    except TypeError as e:
        print("handled TypeError:", e)
print(combine("last", " ok"))
combine([1, 2], (3, 4))
print("not reached")
