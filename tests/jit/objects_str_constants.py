#! compiled = "same_object, across_functions, not_a_name, as_keys, vowels"
# String constants in compiled loops: one object per constant, as the interpreter's
# LOAD_CONST gives, interned where RustPython interns code constants (all ASCII letters,
# digits and `_`), so identity and `id()` read as with the JIT off.


def same_object(n):
    seen = []
    for _ in range(n):
        s = "pave"
        seen.append(s)
    return seen


def name_constant():
    return "pave"


def across_functions(n):
    hits = 0
    for _ in range(n):
        mine = "pave"
        if mine is name_constant():
            hits += 1
    return hits


def not_a_name(n):
    out = []
    for _ in range(n):
        out.append("two words!")
    return out


def identities(xs):
    return len({id(x) for x in xs}), xs[0] is xs[-1]


def as_keys(words):
    counts = {}
    for w in words:
        key = "short" if len(w) < 4 else "long"
        counts[key] = counts.get(key, 0) + 1
    return sorted(counts.items())


def vowels(text):
    n = 0
    for c in text:
        if c in "aeiou":
            n += 1
        elif c == " ":
            n += 100
    return n


print(identities(same_object(50)), same_object(1)[0] is name_constant())
print(across_functions(40))
print(identities(not_a_name(30)))
print(as_keys("a tier one compiler for python in the browser".split()))
print(vowels("the quick brown fox jumps over the lazy dog"))
