# Assignment expressions (the walrus operator).

data = [3, 8, 1, 9, 4, 12, 7]
if (n := len(data)) > 5:
    print(f"list has {n} elements")

values = iter([5, 3, 0, 8])
while (v := next(values)) != 0:
    print("value", v)

print([y for x in data if (y := x * 2) > 10])
print([(x, sq) for x in range(8) if (sq := x * x) % 3 == 1])
print(y, sq)

total = 0
print([total := total + x for x in range(6)], total)


def parse(tokens):
    out = []
    it = iter(tokens)
    while (tok := next(it, None)) is not None:
        if (num := tok.strip()).isdigit():
            out.append(int(num))
        else:
            out.append(tok.upper())
    return out


print(parse([" 12", "ab", "7 ", "x"]))
text = "key1=val1;key2=val2;bad;key3=val3"
pairs = {k: v for part in text.split(";") if len(kv := part.split("=")) == 2 for k, v in [kv]}
print(pairs)
import re
for line in ["age: 42", "name: bob", "height: 180"]:
    if (m := re.match(r"(\w+): (\d+)", line)) is not None:
        print("number field", m.group(1), int(m.group(2)))
    else:
        print("non-number line", line)
print((a := 10) + (b := 20), a, b)
print(any((hit := x) > 8 for x in data), hit)
print(all((miss := x) < 9 for x in data), miss)


def fib_walrus(limit):
    a, b = 0, 1
    out = []
    while (a := a + b) < limit:
        out.append(a)
        a, b = b, a
    return out


print(fib_walrus(200))
chunks = []
buf = list(range(11))
while chunk := buf[:3]:
    chunks.append(chunk)
    buf = buf[3:]
print(chunks)
stats = {"min": (lo := min(data)), "max": (hi := max(data)), "range": hi - lo}
print(stats)
print(f"{(w := 'walrus')!r} {len(w)}")
