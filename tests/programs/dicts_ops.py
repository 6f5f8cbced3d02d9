# Dictionaries: insertion order, methods, views, merging.

d = {"one": 1, "two": 2, "three": 3}
d["four"] = 4
d["two"] = 22
print(d, len(d))
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.get("five"), d.get("five", 5), d["one"], "two" in d, 2 in d)
print(d.pop("one"), d.pop("missing", "default"), d)
print(d.setdefault("five", 5), d.setdefault("two", 0), d)
d.update({"six": 6}, seven=7)
d.update([("eight", 8)])
print(d)
del d["three"]
print(d, d.popitem(), d)
d["three"] = 3
print(list(d))
print(dict.fromkeys("abc", 0), dict(zip("xyz", range(3))), dict(a=1, b=2))
print({**{"a": 1, "b": 2}, **{"b": 3, "c": 4}})
print({"a": 1} | {"b": 2}, {"a": 1, "b": 2} | {"a": 9})
e = {"x": 1}
e |= {"y": 2}
print(e)
counts = {}
for word in "the cat and the hat and the bat".split():
    counts[word] = counts.get(word, 0) + 1
print(counts)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
inverted = {v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()}
print(inverted)
nested = {"outer": {"inner": [1, 2, {"deep": True}]}}
print(nested["outer"]["inner"][2]["deep"], nested)
keys = d.keys()
d["new"] = 0
print(len(keys), "new" in keys, keys & {"new", "zzz"} == {"new"})
print({1: "int", 1.0: "float", True: "bool"})
print({(1, 2): "tuple key", None: "none key", 3.5: "float key"})
print(d == dict(d), {"a": 1, "b": 2} == {"b": 2, "a": 1}, list({"b": 1, "a": 2}))
it = iter({"p": 1, "q": 2, "r": 3}.items())
print(next(it), next(it))
print(list(reversed({"p": 1, "q": 2, "r": 3})))
try:
    print(d["nope"])
except KeyError as e:
    print("KeyError:", e)
try:
    for k in d:
        d["another"] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
try:
    {[1]: 2}
except TypeError as e:
    print("TypeError:", e)
