#! known-different = "RustPython prints OrderedDict with the 3.12 dict-style repr"
# The collections module.

from collections import Counter, defaultdict, deque, namedtuple, OrderedDict, ChainMap

words = "the quick brown fox jumps over the lazy dog the end fox".split()
c = Counter(words)
print(c.most_common(3), c["the"], c["missing"], len(c))
c.update(["fox", "new"])
c.subtract({"the": 2})
print(sorted(c.items()))
print(Counter("abracadabra").most_common(), sum(Counter("hello").values()))
a, b = Counter(a=3, b=1), Counter(a=1, b=2, c=5)
print(a + b, a - b, a & b, a | b)
print(sorted(Counter("mississippi").elements()))
dd = defaultdict(list)
for w in words:
    dd[len(w)].append(w)
print(dict(dd), dd[99], len(dd))
counts = defaultdict(int)
for ch in "banana":
    counts[ch] += 1
print(dict(counts), counts.default_factory)
nested = defaultdict(lambda: defaultdict(int))
nested["x"]["y"] += 5
print({k: dict(v) for k, v in nested.items()})
dq = deque([1, 2, 3], maxlen=5)
dq.append(4)
dq.appendleft(0)
dq.append(5)
print(dq, dq.maxlen, dq[0], dq[-1])
dq.rotate(2)
print(dq)
dq.rotate(-3)
print(dq, dq.pop(), dq.popleft(), dq)
dq.extendleft([10, 20])
print(dq, list(reversed(dq)), dq.count(10), 20 in dq)
Point = namedtuple("Point", ["x", "y"])
p = Point(3, 4)
print(p, p.x + p.y, p[0], p._asdict(), p._replace(y=10), Point._fields, Point._make([7, 8]))
x, y = p
print(x, y, p == (3, 4), isinstance(p, tuple))
Employee = namedtuple("Employee", "name dept salary", defaults=[50000])
print(Employee("ann", "eng"), Employee("bob", "ops", 70000).salary)
od = OrderedDict()
for k in "zyx":
    od[k] = ord(k)
od.move_to_end("z")
print(od, list(od), od.popitem(last=False), od)
od2 = OrderedDict([("a", 1), ("b", 2)])
print(od2 == OrderedDict([("b", 2), ("a", 1)]), dict(od2) == {"b": 2, "a": 1})
base = {"color": "red", "size": "M"}
override = {"color": "blue"}
cm = ChainMap(override, base)
print(cm["color"], cm["size"], len(cm), sorted(cm.keys()))
child = cm.new_child({"size": "L"})
print(child["size"], child["color"], child.maps[1:] == cm.maps)
window = deque(maxlen=3)
sums = []
for v in range(10):
    window.append(v)
    sums.append(sum(window))
print(sums)
