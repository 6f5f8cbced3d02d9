#! compiled = "run"
# A guard on an attribute of `math` is checked again after a call only if the program
# stores or deletes an attribute of that name, or names a way to a dictionary (which
# this program does not). Here a function stores `cos` through another name for the
# module (`m.cos = …`, a store of an attribute named `cos`): the loop sees the change
# right after the call that made it, as the interpreter does; `sqrt` and `tan`, which
# nothing stores, keep their guards unchecked after calls.
import math
import math as m


def patch_cos():
    m.cos = lambda x: 100.0
    return 0


hooks = [lambda: 0]


def run(n, flip_at):
    t = 0.0
    for i in range(n):
        if i == flip_at:
            hooks[0]()
        t += math.sqrt(i) + math.cos(0.0) + math.tan(0.0)
    return t


real = (math.cos,)
for k in range(4):
    print(run(10, 100))
hooks[0] = patch_cos
print(run(10, 5))
math.cos = real[0]
print(run(10, 100))
