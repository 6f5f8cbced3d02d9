#! entry = "shout"
#! args = "object"
#! object_calls = "on"
#! require_gain = "on"
# Under `--objects budgeted` (`CompileOptions::require_gain`), a unit whose loops are
# mostly host calls is lowered and then refused (`gain.rs`): per word, the iterator's
# next item, `isalpha`, `upper` or `strip`, and the two `+` on strings would each be a
# host call dearer than the interpreter's instruction (callgrind: compiled, this loop
# runs 1.5x the interpreter's instructions).
def shout(words):
    out = ""
    for w in words:
        if w.isalpha():
            out = out + w.upper() + " "
        else:
            out = out + w.strip() + "."
    return out
# ==== expected
# error: 73 calls into the host for 201 bytecode instructions (loops weighed 8× per level): about 69500 machine instructions compiled against 45820 interpreted
