#! entry = "f"
#! args = "float"
# from math import floor: the binding is guarded like any global.
from math import floor

def f(x):
    return floor(x)
# ==== expected
# error: call of unbound global floor at line 6: every path through the function reaches it
