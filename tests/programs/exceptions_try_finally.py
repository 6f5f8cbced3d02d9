# try/except/else/finally control flow.


def run(action):
    log = []
    try:
        log.append("try")
        if action == "raise":
            raise ValueError("bad value")
        if action == "return":
            return log + ["returned"]
        if action == "type":
            raise TypeError("bad type")
    except ValueError as e:
        log.append(f"except ValueError({e})")
    except (TypeError, KeyError) as e:
        log.append(f"except {type(e).__name__}")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log


for action in ["ok", "raise", "return", "type"]:
    print(action, run(action))


def finally_overrides():
    try:
        return "try"
    finally:
        return "finally"


print(finally_overrides())


def finally_swallow():
    for i in range(3):
        try:
            raise RuntimeError(i)
        finally:
            if i < 2:
                continue
            break
    return "loop done"


print(finally_swallow())


def nested():
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            print("  inner handler")
            raise
        finally:
            print("  inner finally")
    except ArithmeticError as e:
        print("  outer caught", type(e).__name__, e)
        return "handled"


print(nested())
try:
    raise LookupError("base lookup")
except (IndexError, KeyError):
    print("wrong")
except LookupError as e:
    print("LookupError:", e, e.args)
err = None
try:
    [1][5]
except IndexError as e:
    err = e
print(type(err).__name__, err, err.args)
try:
    int("x")
except Exception as e:
    print(isinstance(e, ValueError), repr(e))
try:
    raise Exception("a", 1, None)
except Exception as e:
    print(e.args, str(e), repr(e))
try:
    raise ValueError
except ValueError as e:
    print(repr(e), repr(str(e)), e.args)


def count_finally():
    n = 0
    for i in range(5):
        try:
            if i % 2:
                continue
            n += 10
        finally:
            n += 1
    return n


print(count_finally())
try:
    try:
        raise KeyError("k")
    finally:
        print("finally before propagation")
except KeyError as e:
    print("propagated", repr(e))
x = 0
while True:
    try:
        x += 1
        if x == 3:
            break
    finally:
        print("iteration", x)
try:
    pass
except Exception:
    print("never")
else:
    print("else without exception")
e_name = "e"
try:
    raise ValueError("scoped")
except ValueError as e:
    pass
print("e" in dir(), e_name)
try:
    assert 1 + 1 == 3, "math is broken"
except AssertionError as e:
    print("AssertionError:", e)
