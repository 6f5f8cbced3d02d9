#! entry = "show"
#! args = "int"
# A loop whose every iteration bails out (here on `print`): only a run that skips the
# loop could finish in tier 1, so the function is not compiled at all.
def show(n):
    t = 0
    for i in range(n):
        print(i)
    return t
# ==== expected
# error: call of print (only with --jit-objects so far) at line 8: every path through the function reaches it
