# Ends with an uncaught NameError for an undefined global.


def compute(values):
    total = 0
    for v in values:
        total += v
    return total


for n in range(1, 6):
    print("compute", list(range(n)), "=", compute(range(n)))
try:
    print(undefined_thing)
except NameError as e:
    print("handled NameError:", e)


def shadowed():
    helper = "local helper"
    return helper


print(shadowed())
del shadowed
try:
    shadowed()
except NameError as e:
    print("handled NameError after del:", e)
names = sorted(n for n in dir() if not n.startswith("__"))
print("globals now:", names)


def uses_missing():
    print("inside uses_missing")
    return compute([4, 5]) + missing_global_value


print(uses_missing())
