#! compiled = "flags, walk, same, pick"
# `None`, `True` and `False` have constant handles in compiled code: `x is None`, the
# truth of a flag read from an attribute and `a is b` on one handle answer without the
# host. Everything else about them must stay as Python has it: identity with the
# objects the interpreter makes, `bool` subclasses of `int`, truth of other objects.


class Node:
    def __init__(self, value, link):
        self.value = value
        self.link = link
        self.seen = False
        self.flag = value % 3 == 0


def flags(nodes):
    on = off = 0
    for n in nodes:
        if n.flag:
            on += 1
        else:
            off += 1
        if not n.seen:
            n.seen = n.flag
    return on, off


def walk(head):
    count = 0
    total = 0
    n = head
    while n is not None:
        count += 1
        if n.link is None:
            total += 100
        total += n.value
        n = n.link
    return count, total


def same(a, b):
    # One handle, two handles of one object, two objects.
    return a is a, a is b, a is not b, (a is None) == (b is None)


def pick(items):
    out = []
    for x in items:
        out.append((x is True, x is False, x is None, 1 if x else 0, x is not None))
    return out


nodes = [Node(i, None) for i in range(12)]
for i in range(len(nodes) - 1):
    nodes[i].link = nodes[i + 1]
for _ in range(3):
    print(flags(nodes))
print([n.seen for n in nodes])
print(walk(nodes[0]), walk(nodes[5]), walk(None))
box = [1.5]
print(same(None, None), same(True, True), same(True, False), same(box, box), same(box, [1.5]))
print(same(nodes[0].seen, nodes[1].seen), same(nodes[0].link, nodes[1]))
print(pick([True, False, None, 1, 0, 1.0, "", "x", [], [0]]))
print(pick([n.flag for n in nodes[:4]] + [n.link for n in nodes[-2:]]))
