"""Writes one program per case into the directory given: a function `run(n, …)` whose loop
does the case's operation `n` times (tools/op-costs/run.sh times them)."""
import sys

# name: (set-up inside `run`, the loop's body)
CASES = {
    "base": ("", "pass"),
    "locals": ("", "x = i; y = x; z = y"),
    "intarith": ("t = 0", "t = t + i * 3"),
    "floatarith": ("f = 1.5", "f = f * 0.5 + 1.0"),
    "attrnum": ("t = 0.0", "t += p.x"),
    "attrobj": ("q = None", "q = p.link"),
    "attrstore": ("", "p.x = i"),
    "isnone": ("t = 0", "if p.link is None: t += 1"),
    "truthobj": ("t = 0", "if p.link: t += 1"),
    "itemnum": ("t = 0", "t += xs[i & 63]"),
    "itemobj": ("q = None", "q = ys[i & 63]"),
    "itemstore": ("", "xs[i & 63] = i"),
    "unpack2": ("pr = (1.5, p)\n    q = None", "a, q = pr"),
    "pycall": ("t = 0", "t += g(i)"),
    "append": ("out = []", "out.append(i)"),
    "ordcall": ("t = 0", "t += ord(c)"),
    "strmethod": ("q = None", "q = c.isalpha()"),
    "strconcat": ("q = None", "q = c + c"),
    "strcompare": ("t = 0", "if c == 'b': t += 1"),
    "contains": ("t = 0", "if c in 'aeiou': t += 1"),
    "dictcount": ("d = {}", "d[c] = d.get(c, 0) + 1"),
    "ordchr": ("q = None", "q = chr(ord(c) + (i & 15))"),
    "appendcall": ("out = []", "out.append(chr(65 + (i & 15)))"),
}

HEADER = '''import sys


class P:
    def __init__(self):
        self.x = 1.5
        self.link = self


p = P()
xs = list(range(64))
ys = [P() for _ in range(64)]
c = "a"


def g(v):
    return v
'''

for name, (setup, body) in CASES.items():
    with open(f"{sys.argv[1]}/{name}.py", "w") as f:
        f.write(HEADER + f'''

def run(n, p, xs, ys, c):
    {setup}
    for i in range(n):
        {body}
    return 0


run(int(sys.argv[1]), p, xs, ys, c)
''')
