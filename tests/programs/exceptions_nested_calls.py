# Exceptions raised deep in nested calls and caught at various levels.


def parse_value(text):
    return int(text)


def parse_row(row):
    return [parse_value(cell) for cell in row.split(",")]


def parse_table(rows):
    result = []
    for i, row in enumerate(rows):
        try:
            result.append(parse_row(row))
        except ValueError as e:
            result.append(f"row {i} bad: {e}")
    return result


for r in parse_table(["1,2,3", "4,x,6", "7,8,9", ""]):
    print(r)


def divide_all(pairs):
    out = []
    for a, b in pairs:
        try:
            out.append(a / b)
        except ZeroDivisionError:
            out.append(None)
    return out


print(divide_all([(1, 2), (3, 0), (10, 4)]))


def depth(n):
    if n == 0:
        raise LookupError("bottom reached")
    return depth(n - 1)


try:
    depth(50)
except LookupError as e:
    tb = e.__traceback__
    frames = 0
    while tb is not None:
        frames += 1
        tb = tb.tb_next
    print("caught at top:", e, "frames:", frames)


def cleanup_chain(n, log):
    try:
        if n == 0:
            raise RuntimeError("deep failure")
        cleanup_chain(n - 1, log)
    finally:
        log.append(n)


log = []
try:
    cleanup_chain(5, log)
except RuntimeError as e:
    print(e, log)


def reraise_with_context(values):
    try:
        return sum(values)
    except TypeError as e:
        raise ValueError(f"could not sum {values!r}") from e


for vals in ([1, 2, 3], [1, "2"], [[1], 2]):
    try:
        print("sum", reraise_with_context(vals))
    except ValueError as e:
        print("ValueError:", e, "<-", type(e.__cause__).__name__)


def gen_fails():
    yield 1
    yield 2
    raise OSError("generator broke")


collected = []
try:
    for v in gen_fails():
        collected.append(v)
except OSError as e:
    print("OSError:", e, collected)


class Account:
    def __init__(self, balance):
        self.balance = balance

    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError(f"insufficient funds: {self.balance} < {amount}")
        self.balance -= amount
        return self.balance


def transfer(src, dst, amount):
    src.withdraw(amount)
    dst.balance += amount


a, b = Account(100), Account(0)
for amt in [30, 50, 40, 20]:
    try:
        transfer(a, b, amt)
        print("moved", amt, a.balance, b.balance)
    except ValueError as e:
        print("failed:", e)


def retry(fn, attempts):
    errors = []
    for i in range(attempts):
        try:
            return fn(i), errors
        except Exception as e:
            errors.append(f"{type(e).__name__}:{e}")
    return None, errors


def flaky(i):
    return [1, 2][5 - i * 2] if i < 2 else {"k": i}["k"] * 10


print(retry(flaky, 4))
print(retry(lambda i: 1 / (i - i), 2))
