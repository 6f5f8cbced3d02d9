# Recursion deeper than compiled code goes in one entry, through functions with many
# locals: each level is handed over to the interpreter, which stores its locals with
# the trampoline (tests/resume/many_locals.py takes every resume point).
import sys


def wide(n, t):
    a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, a17, a18, a19, a20, a21, a22, a23, a24, a25, a26, a27, a28, a29, a30, a31, a32, a33, a34, a35, a36, a37, a38, a39, a40, a41, a42, a43, a44, a45, a46, a47, a48, a49, a50, a51, a52, a53, a54, a55, a56, a57, a58, a59 = t
    s = a0 + a59 + n
    if n > 0:
        s += wide(n - 1, t)
    return s + a30


class Walker:
    def __init__(self, step):
        self.step = step

    def walk(self, n, t):
        a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, a17, a18, a19, a20, a21, a22, a23, a24, a25, a26, a27, a28, a29, a30, a31, a32, a33, a34, a35, a36, a37, a38, a39 = t
        if n == 0:
            return a39
        return self.walk(n - self.step, t) + a1


print(wide(30, tuple(range(60))))
sys.setrecursionlimit(4000)
print(Walker(1).walk(1100, tuple(range(40))))
print(wide(1050, tuple(range(60))))
try:
    Walker(1).walk(4100, tuple(range(40)))
except RecursionError:
    print("RecursionError")
print(Walker(2).walk(40, tuple(range(40))))
