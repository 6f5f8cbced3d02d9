#! compiled = "run"
# A call from compiled code may rebind a global the code relies on (here `double`,
# which the compiled loop calls directly): after each call through the host the
# function's guards are checked again, and if one broke, the interpreter takes the
# call's result at that `CALL` and goes on, calling the new `double`.

def double(x):
    return 2 * x

def triple(x):
    return 3 * x

def switch():
    global double
    double = triple
    return 0

hooks = [switch]

def run(n, flip_at):
    t = 0
    for i in range(n):
        if i == flip_at:
            hooks[0]()
        t += double(i)
    return t

for k in range(4):
    print(run(10, 100))
print(run(10, 5))
print(run(10, 100))
