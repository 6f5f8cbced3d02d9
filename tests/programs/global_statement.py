#! known-different = "RustPython uses the pre-3.11 UnboundLocalError message"
# global and nonlocal scoping rules.

counter = 0
config = {"debug": False}
history = []


def increment():
    global counter
    counter += 1
    return counter


def read_only():
    return counter * 100


def mutate_without_global():
    config["debug"] = True
    history.append(counter)


def shadow():
    counter = "local"
    return counter


def create_global():
    global created_later
    created_later = "I exist now"


for _ in range(5):
    increment()
print(counter, read_only(), shadow(), counter)
mutate_without_global()
print(config, history)
create_global()
print(created_later)


def broken():
    try:
        counter += 1
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)


print(broken())


def nested_global():
    def inner():
        global counter
        counter = 1000
    inner()
    return counter


print(nested_global(), counter)
total = 0


def add_all(values):
    global total
    for v in values:
        total += v
    return total


print(add_all(range(10)), add_all([100]), total)
print("counter" in globals(), "nothing" in globals(), globals()["total"])


def use_builtin_shadowing():
    len = lambda x: -1
    return len("abc")


print(use_builtin_shadowing(), len("abc"))
x = "global x"


def f1():
    x = "enclosing x"

    def f2():
        global x
        return x

    def f3():
        return x

    return f2(), f3()


print(f1())
for i in range(3):
    pass
print("loop var leaks:", i)
[j for j in range(3)]
print("comprehension var leaks:", "j" in globals())
if True:
    block_var = "visible"
print(block_var)


def local_names():
    a = 1
    b = 2
    return sorted(locals())


print(local_names())
del total
print("total" in globals())
try:
    print(total)
except NameError as e:
    print("NameError:", e)
