# Structural pattern matching (match/case).

from dataclasses import dataclass


@dataclass
class Point:
    x: int
    y: int


def describe(value):
    match value:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case int(n) if n < 0:
            return f"negative int {n}"
        case int() | float() as num if num > 1000:
            return f"big number {num}"
        case str() as s if s.startswith("#"):
            return f"comment {s[1:]!r}"
        case str(s):
            return f"string of length {len(s)}"
        case []:
            return "empty list"
        case [x]:
            return f"singleton {x}"
        case [x, y]:
            return f"pair {x},{y}"
        case [first, *rest] if len(rest) > 2:
            return f"long sequence starting {first}, {len(rest)} more"
        case (a, b, c):
            return f"triple {a}/{b}/{c}"
        case {"type": "user", "name": name, **extra}:
            return f"user {name} extra={sorted(extra)}"
        case {"type": kind}:
            return f"other mapping of type {kind}"
        case Point(x=0, y=0):
            return "origin"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point():
            return f"point {value.x},{value.y}"
        case None:
            return "none"
        case True:
            return "True (only reached if 1|2|3 did not match it)"
        case _:
            return f"unknown {type(value).__name__}"


tests = [0, 2, -5, 5000, 2.5e3, 7, "#note", "hello", [], [9], [1, 2], [1, 2, 3, 4, 5],
         (7, 8, 9), {"type": "user", "name": "ann", "age": 3, "id": 1}, {"type": "bot"},
         Point(0, 0), Point(0, 7), Point(3, 3), Point(1, 2), None, 3.5, {"no": "type"}, b"x",
         True, False]
for t in tests:
    print(repr(t), "->", describe(t))


def command(cmd):
    match cmd.split():
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"going {direction}"
        case ["go", other]:
            return f"cannot go {other}"
        case ["take", *objs] if objs:
            return "taking " + " and ".join(objs)
        case ["quit" | "exit"]:
            return "bye"
        case _:
            return f"unknown command {cmd!r}"


for c in ["go north", "go up", "take sword shield", "take", "exit", "dance now"]:
    print(c, "=>", command(c))

RED = "red"


class Colors:
    GREEN = "green"


for color in ["green", "red", "blue"]:
    match color:
        case Colors.GREEN:
            print(color, "matched value pattern")
        case other:
            print(color, "captured as", other)

match {"a": 1, "b": [1, 2, {"c": 3}]}:
    case {"b": [_, _, {"c": deep}]}:
        print("deep value", deep)
