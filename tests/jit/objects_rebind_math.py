#! compiled = "run"
# A call from a compiled loop may change an attribute of `math` the loop calls straight
# into. The program names nothing through which it could rebind its own globals, so
# after a call only the guards on `math`'s attributes are checked again: they still
# catch it, and the loop calls the new function from then on, as the interpreter does.
import math


def patch():
    math.sqrt = lambda x: -x
    return 0


hooks = [lambda: 0]


def run(n, flip_at):
    t = 0.0
    for i in range(n):
        if i == flip_at:
            hooks[0]()
        t += math.sqrt(i)
    return t


real_sqrt = math.sqrt
for k in range(4):
    print(run(10, 100))
hooks[0] = patch
print(run(10, 5))
print(run(10, 100))
math.sqrt = real_sqrt
