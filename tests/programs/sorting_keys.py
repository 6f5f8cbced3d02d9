# sorted/list.sort with keys, reverse, stability and multi-level ordering.

people = [("alice", 30, 5.5), ("bob", 25, 6.1), ("carol", 30, 5.2),
          ("dave", 25, 5.9), ("eve", 35, 5.5), ("frank", 30, 6.0)]
print(sorted(people))
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (p[1], -p[2])))
print(sorted(people, key=lambda p: p[2], reverse=True))
print([p[0] for p in sorted(people, key=lambda p: (-p[1], p[0]))])
words = ["Banana", "apple", "cherry", "Apple", "banana", "date", "Fig"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=lambda w: (len(w), w.lower(), w)))
print(sorted(words, key=len, reverse=True))
nums = [5, -3, 2, -8, 0, 7, -1]
print(sorted(nums), sorted(nums, key=abs), sorted(nums, key=lambda n: (n % 2, n)))
print(sorted(nums, reverse=True))
data = [3, 1, 2]
data.sort()
print(data)
records = [{"name": "x", "score": 3}, {"name": "y", "score": 1}, {"name": "z", "score": 3}]
print([r["name"] for r in sorted(records, key=lambda r: r["score"])])
print([r["name"] for r in sorted(records, key=lambda r: r["score"], reverse=True)])
from operator import itemgetter, attrgetter
print(sorted(people, key=itemgetter(1, 0)))


class Item:
    def __init__(self, name, price):
        self.name, self.price = name, price

    def __repr__(self):
        return f"Item({self.name}, {self.price})"

    def __lt__(self, other):
        return self.price < other.price


items = [Item("pen", 1.5), Item("book", 12.0), Item("cup", 4.25), Item("ink", 1.5)]
print(sorted(items))
print(sorted(items, key=attrgetter("name")))
print(min(items), max(items, key=lambda i: len(i.name)))
print(sorted("hello world"), sorted({"b": 1, "a": 2}), sorted((3, 1, 2), reverse=True))
print(sorted([[2, 1], [1, 2], [1, 1, 1], []]))
print(sorted([3.5, 1, 2.25, -0.5, 10]))
print(sorted(range(20), key=lambda n: bin(n).count("1")))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
stable = sorted([(1, "first"), (0, "x"), (1, "second"), (0, "y"), (1, "third")], key=lambda t: t[0])
print(stable)
