# The json module: dumps/loads round trips and formatting options.

import json

data = {
    "name": "Pave",
    "version": [0, 1, 0],
    "ratio": 0.75,
    "big": 12345678901234567890,
    "neg": -1.5e-7,
    "flags": {"jit": True, "debug": False, "extra": None},
    "unicode": "héllo ☃",
    "nested": [{"a": 1}, [2, [3, []]], {}],
}
text = json.dumps(data)
print(text)
print(json.dumps(data, sort_keys=True))
print(json.dumps(data, indent=2))
print(json.dumps(data["unicode"], ensure_ascii=False), json.dumps(data["unicode"]))
print(json.dumps([1, 2], separators=(",", ":")), json.dumps({"k": [1]}, separators=(", ", ": ")))
back = json.loads(text)
print(back == data, type(back["big"]).__name__, back["neg"], back["flags"]["extra"])
print(json.loads('{"a": [1, 2.5, "x", null, true, false], "b": {"c": -0}}'))
print(json.loads("[1e3, 1E-2, -0.0, 10000000000000000000000]"))
print(json.loads('"\\u00e9\\n\\t\\"\\\\ \\ud83d\\ude00"'))
print(json.dumps("quote\" backslash\\ newline\n tab\t ctrl\x01"))
print(json.dumps(3.0), json.dumps(1e100), json.dumps(0.1 + 0.2), json.dumps(float("inf")), json.dumps(float("nan")))
print(json.dumps((1, 2)), json.dumps({1: "int key", 2.5: "float key", True: "bool", None: "none"}))
print(json.loads("  [ ]  "), json.loads("{}"), json.loads('"str"'), json.loads("123"), json.loads("true"))
print(json.dumps({"b": 1, "a": 2}), json.dumps({"b": 1, "a": 2}, sort_keys=True))
print(json.dumps([[1, 2], {"x": []}], indent=4))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


print(json.dumps(Point(1, 2), default=lambda o: {"x": o.x, "y": o.y}))
obj = json.loads('{"x": 3, "y": 4}', object_hook=lambda d: Point(d["x"], d["y"]))
print(type(obj).__name__, obj.x, obj.y)
for bad in ['{"a": }', "[1, 2", "{'single': 1}", "", "nul"]:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print("JSONDecodeError:", e.msg, e.pos)
try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
