#! compiled = "work"
# A call from compiled code that turns `sys.settrace` on: from then on every call must
# be the interpreter's, so compiled code hands the call's result to the interpreter at
# that `CALL` and the function goes on there; the next call of `work` is traced.
import sys

events = []

def tracer(frame, event, arg):
    if frame.f_code.co_name in ("work", "helper"):
        events.append((event, frame.f_lineno))
    return tracer

def start():
    sys.settrace(tracer)
    return 1

def helper(i):
    return i * 2

def work(n, hooks):
    t = 0
    for i in range(n):
        if i == 2:
            t += hooks[0]()
        t += helper(i)
    return t

for _ in range(3):
    print(work(4, [lambda: 0]))
print(work(4, [start]))
print(work(2, [lambda: 0]))
sys.settrace(None)
print(events)
