#! compiled = "Node.pick, Node.place"
"""Functions compiled into their caller's module call library functions. Those whose
code, and the code it reaches through its module's names, names no way to look at frames
(`random.randrange`, `bisect.insort`) are called from compiled code; one that does
(`logging`, which finds the line that logged) is called from the callee's own frame, so
the function name and line logged are the callee's, as in the interpreter.
"""

import bisect
import logging
import random
import sys

logging.basicConfig(
    format="%(funcName)s:%(lineno)d %(message)s", stream=sys.stdout, level=logging.INFO
)
log = logging.getLogger("lib")


class Node:
    def __init__(self, k):
        self.k = k
        self.seen = []

    def pick(self, n):
        return random.randrange(n) + self.k

    def place(self, x):
        bisect.insort(self.seen, x)
        return len(self.seen)

    def report(self, i):
        if i % 7 == 0:
            log.info("node %d at %d", self.k, i)
        return i


def run(nodes):
    random.seed(5)
    total = 0
    for i in range(40):
        n = nodes[i % len(nodes)]
        total += n.pick(10) + n.place(i * 3 % 11) + n.report(i)
    return total


print(run([Node(1), Node(2), Node(3)]))
print([n.seen for n in [Node(4)]])
