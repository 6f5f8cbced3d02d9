# The re module: search, match, groups, findall, sub, split, flags.

import re

text = "Contact: alice@example.com, bob.smith@mail.org; phone 555-1234 or 555-9876."
print(re.findall(r"[\w.]+@[\w.]+\w", text))
print(re.findall(r"(\d{3})-(\d{4})", text))
m = re.search(r"(?P<user>\w+)@(?P<domain>[\w.]+)", text)
print(m.group(), m.group(1), m.group("domain"), m.groups(), m.groupdict(), m.span(), m.start(2), m.end())
print(re.match(r"\d+", "123abc").group(), re.match(r"\d+", "abc123"), re.fullmatch(r"\w+", "abc_1"))
print(re.sub(r"\d", "#", text))
print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "user@host x@y"))
print(re.sub(r"\d+", lambda mm: str(int(mm.group()) * 2), "a1 b22 c333"))
print(re.subn(r"o", "0", "foo boo zoo"), re.sub("a", "b", "aaaa", count=2))
print(re.split(r"[,;]\s*", "a, b;c ,d"), re.split(r"(\s)", "x y  z"), re.split(r"\d", "a1b2c", maxsplit=1))
print([mm.group() for mm in re.finditer(r"\b[A-Z]\w*", "Hello there World Foo bar")])
pat = re.compile(r"^(\w+)\s*=\s*(.*?)\s*$", re.MULTILINE)
config = "name = pave\nversion= 0.1 \n  bad line\nmode =fast"
print(pat.findall(config))
print(re.findall(r"^\w", "ab\ncd\nef", re.M), re.findall(r"a.c", "a\nc abc", re.S))
print(re.findall(r"HELLO", "hello Hello HELLO", re.I), re.search(r"colou?r", "my color").group())
print(re.findall(r"\bcat\b", "cat concat cat's catalog"), re.findall(r"a+?", "aaa"), re.findall(r"a*", "baaab"))
print(re.findall(r"(a)(b)?", "ab a"), re.findall(r"(?:ab)+", "ababab abab"))
print(re.escape("a.b*c?"), re.findall(re.escape("1+1"), "1+1=2, 1+1"))
print(re.search(r"(\d+)(?=px)", "width: 100px").group(1), re.search(r"(?<=\$)\d+", "cost $42").group())
print(re.sub(r"(?<!\d)(\d{2})(?!\d)", r"<\1>", "1 22 333 44"))
print(re.findall(r"(\w)\1", "aabbcdde"), bool(re.match(r"^(\w+) \1$", "bye bye")))
print(re.sub(r"\s+", " ", "  too   many    spaces  ").strip())
words = re.findall(r"[a-zà-ÿ]+", "Ça va? Très bien, déjà vu.", re.I)
print(words)
print(re.match(r"(\d+)-(\d+)?", "12-").groups(), re.match(r"(\d+)-(\d+)?", "12-").groups("none"))
date = re.compile(r"(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)")
for s in ["2024-01-15", "1999-12-31", "not a date", "2000-1-1"]:
    mm = date.match(s)
    print(s, "->", mm.groupdict() if mm else None)
print(date.sub(r"\g<d>/\g<m>/\g<y>", "from 2024-01-15 to 2024-02-01"))
print(re.findall(r"[^aeiou\s]+", "regular expressions"), re.findall(r"\W+", "a-b_c d!"))
print(re.compile(r"x", re.I).pattern, bool(re.compile(r"x", re.I).flags & re.I))
try:
    re.compile(r"(unclosed")
except re.error as e:
    print("re.error:", e)
