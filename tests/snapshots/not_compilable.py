#! entry = "greet"
#! args = "int"
# Every path prints: the function stays in tier 0, with the reason.
def greet(n):
    print("hello", n)
    return n
# ==== expected
# error: call of print (only with --jit-objects so far) at line 5: every path through the function reaches it
