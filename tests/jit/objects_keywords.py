#! compiled = "show"
# Keyword arguments (`CALL_KW`) from compiled code: `print(..., end=...)`, `sorted(key=,
# reverse=)`, a function with a keyword-only parameter that raises; and `in`/`not in`
# on dicts, sets, strings, ranges and tuples.

def area(w, h=2, *, scale=1):
    if w < 0:
        raise ValueError("negative width")
    return w * h * scale

def show(rows):
    total = 0
    for r in rows:
        print(r, end=" | ")
        total += area(r, h=3, scale=2)
        print(sorted([r, -r, 2 * r], key=abs, reverse=True), sep="")
        if r in {1: 0, 3: 0} or (r, 1) in [(2, 1)] or r not in range(3):
            print("in", "bc" in "abcd", r in (2, 3))
    print()
    return total

for _ in range(3):
    print(show([1, 2, 3]))
try:
    show([4, -1])
except ValueError as e:
    print("ValueError", e)
