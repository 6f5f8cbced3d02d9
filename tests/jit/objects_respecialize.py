#! compiled = "join_all, total"
# A load read only by arithmetic (`s += xs[i]`) is unboxed by the host, which bails out
# on anything but a number. When it meets a string, the function is compiled again with
# its loads kept as objects, and the concatenation runs in tier 1 from then on; a list
# of numbers keeps the unboxed loads.

def join_all(xs, n):
    s = ""
    for i in range(n):
        s += xs[i % len(xs)]
    return s

def total(xs, n):
    t = 0
    for i in range(n):
        t += xs[i % len(xs)]
    return t

words = ["ab", "c", "def"]
for _ in range(5):
    print(join_all(words, 7), total([1, 2.5, 3], 7))
print(join_all(["x"], 4))
try:
    join_all(["x", 1], 2)
except TypeError as e:
    print("TypeError:", e)
