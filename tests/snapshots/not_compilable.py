#! entry = "greet"
#! args = "int"
# Every path prints: the function stays in tier 0, with the reason.
def greet(n):
    print("hello", n)
    return n
# ==== expected
# error: passing a str constant to a call at line 4: every path through the function reaches it
