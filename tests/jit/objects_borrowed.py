#! compiled = "drive, Holder.keep, Holder.rebind, Holder.chain, Holder.store, Holder.pick"
# Calls between compiled functions pass objects without duplicating their handles where
# the callee never assigns the parameter (it borrows it; the caller releases its value
# when it dies). An object must still die exactly where it dies in the interpreter: a
# temporary passed to a method dies right after the call returns, one stored stays until
# replaced, one a method rebinds its parameter away from dies when the caller's variable
# lets go of it. `__del__` prints show where. (Not exact yet: a temporary passed to a
# method that rebinds that parameter dies when the call returns, not at the rebinding.)


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


class Holder:
    def __init__(self):
        self.kept = None
        self.count = 0

    def keep(self, thing):
        self.count += thing.name
        return self.count

    def rebind(self, thing):
        n = thing.name
        thing = None
        print("rebound", n)
        return n

    def chain(self, thing):
        return self.keep(thing) + 1

    def store(self, thing):
        self.kept = thing

    def pick(self, a, b):
        # Returns one of its borrowed parameters: the caller gets a reference of its own.
        if a.name > b.name:
            return a
        return b


def drive(h, n):
    out = []
    for i in range(n):
        out.append(h.keep(Noisy(i)))
        print("after keep", i)
        x = Noisy(100 + i)
        out.append(h.rebind(x))
        print("after rebind", i)
        x = None
        print("after x", i)
        out.append(h.chain(Noisy(200 + i)))
        print("after chain", i)
        h.store(Noisy(300 + i))
        print("after store", i)
        w = h.pick(Noisy(400 + i), Noisy(500 + i))
        print("picked", w.name)
        w = None
        print("after pick", i)
    return out


h = Holder()
print(drive(h, 3))
print("kept", h.kept.name)
h.kept = None
print("end")
