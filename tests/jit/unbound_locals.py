#! compiled = "maybe_assigned, swap_sum"
# Locals that may be read before they are assigned raise UnboundLocalError in both
# tiers; tuple swaps move values without losing them.

def maybe_assigned(flag):
    if flag:
        y = 10
    return y + 1

def swap_sum(a, b, n):
    for i in range(n):
        a, b = b, a + b
    return a

print(maybe_assigned(True))
try:
    print(maybe_assigned(False))
except UnboundLocalError:
    print("UnboundLocalError")
print(swap_sum(0, 1, 10), swap_sum(2, 3, 0), swap_sum(0.5, 1, 5))
print(swap_sum(0, 1, 100))
