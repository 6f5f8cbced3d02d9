# Calls from compiled code, resumed at each point in turn (tests/resume.rs): methods,
# builtins, classes, f-strings and containers, a call that raises into a `try` of the
# compiled function, and prints whose order must not change.


class Acc:
    def __init__(self, start):
        self.total = start
        self.log = []

    def add(self, v):
        self.total += v
        self.log.append(v)
        return self.total


def parse(text):
    return int(text)


def run(acc, items):
    seen = []
    for t in items:
        try:
            v = parse(t)
        except ValueError:
            print(f"skip {t!r}")
            continue
        n = acc.add(v)
        seen.append((t, n))
        print(f"{t}: total {n:>3} of {len(seen)}")
    return seen, {"sum": acc.total, "log": acc.log}


for _ in range(3):
    print(run(Acc(0), ["1", "x", "20", "300"]))
