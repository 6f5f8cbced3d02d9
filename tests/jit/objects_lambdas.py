#! compiled = "ranked, Board.best, totals"
# Functions made in compiled code: a `lambda` or a generator expression without free
# variables is made through the host (`MAKE_FUNCTION` of the code constant, in the
# function's globals), then called like any object; one with defaults or a closure
# leaves the rest of the call to the interpreter.


def ranked(words):
    order = sorted(words, key=lambda w: (-len(w), w))
    out = []
    for w in order:
        out.append(w.upper())
    return out


class Board:
    def __init__(self, scores):
        self.scores = scores

    def best(self, n):
        top = sorted(self.scores, key=lambda s: -s)
        return sum(t for t in top if t > 0) + n, len(top)


def totals(rows):
    grand = 0
    for row in rows:
        grand += sum(v * v for v in row)
    return grand


def with_default(xs):
    k = 3
    f = lambda x, k=k: x * k
    return [f(x) for x in xs]


for _ in range(3):
    print(ranked(["bb", "a", "ccc", "dd"]))
    print(Board([5, -2, 9, 1]).best(3))
    print(totals([[1, 2], [3], []]))
    print(with_default([1, 2]))
print((lambda: 7).__qualname__, ranked.__name__)
