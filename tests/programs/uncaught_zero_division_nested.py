#! known-different = "RustPython words float ZeroDivisionError as 'division by zero'"
# Ends with an uncaught ZeroDivisionError raised three calls deep.


def average(values):
    return sum(values) / len(values)


def report(groups):
    for name, values in groups:
        print(f"{name}: {average(values):.2f}")


def main():
    groups = [("a", [1, 2, 3]), ("b", [10, 20]), ("c", [5]), ("d", [-1, 1, 0.5]),
              ("empty", []), ("never", [1])]
    print("starting report")
    report(groups)
    print("not reached")


for i in range(5):
    print("warm-up", i, 100 // (i + 1), 100 % (i + 1), 100 / (i + 1))
for a, b in [(1, 0), (1.0, 0.0), (0, 0)]:
    try:
        a / b
    except ZeroDivisionError as e:
        print("handled:", e)
main()
