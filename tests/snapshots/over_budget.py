#! entry = "main"
#! args = ""
#! object_calls = "on"
#! max_object_units = "40"
# Under a compile budget (`--objects budgeted`), a unit on objects stops lowering as soon
# as its callees take it past what the budget can pay for now: `main` works on a list,
# and `fill` would take the unit past 40 code units. The function waits for the budget
# instead of being compiled, emitted and loaded only to be thrown away.
def fill(xs, n):
    for i in range(n):
        xs.append(i * i)
        xs.append(i + 1)
    return xs

def main():
    xs = []
    fill(xs, 10)
    return len(xs)
# ==== expected
# error: a unit on objects of 94 code units, over the 40 the compile budget allows now
