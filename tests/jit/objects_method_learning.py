#! compiled = "run"
# A method found on an instance's class is learnt per name and class version; `==` of
# objects whose classes compare as `object` does is by identity. The loop keeps calling
# through the host while the program changes what those answers depend on: an instance
# attribute hiding the method, the class's method replaced, a base's method replaced
# under a subclass, and an `__eq__` given to a class that had none.


def make_classes():
    # Classes made inside a function and kept in a list: no global names them, so the compiler knows nothing of
    # their methods and every call looks the method up through the host.
    class Base:
        def m(self, i):
            return i

    class Kid(Base):
        pass

    class Other:
        def m(self, i):
            return -i

    return Base, Kid, Other


classes = make_classes()
hooks = [lambda: None]


def run(objs, n, flip_at):
    t = 0
    same = 0
    for i in range(n):
        if i == flip_at:
            hooks[0]()
        for o in objs:
            t += o.m(i)
            if o == objs[0]:
                same += 1
            if o != objs[-1]:
                same += 10
    return t, same


# Two of a class in a row: the second finds the method its class learnt with the first.
objs = [classes[0](), classes[1](), classes[1](), classes[2]()]


def hide_on_instance():
    objs[2].m = lambda i: 1000


def replace_on_class():
    classes[2].m = lambda self, i: 7 * i


def replace_on_base():
    classes[0].m = lambda self, i: 3 * i


def give_eq():
    classes[1].__eq__ = lambda self, other: True
    classes[1].__hash__ = object.__hash__


for hook in [hide_on_instance, replace_on_class, replace_on_base, give_eq]:
    hooks[0] = lambda: None
    for k in range(3):
        print(run(objs, 20, 100))
    hooks[0] = hook
    print(hook.__name__, run(objs, 20, 9))
    print(run(objs, 20, 100))
