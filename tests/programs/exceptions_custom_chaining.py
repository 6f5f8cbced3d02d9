# Custom exception hierarchies, raise from, __cause__/__context__, notes.


class AppError(Exception):
    """Base error for the app."""


class ConfigError(AppError):
    def __init__(self, key, reason):
        super().__init__(f"config {key!r}: {reason}")
        self.key = key
        self.reason = reason


class RetryableError(AppError):
    def __init__(self, attempts):
        self.attempts = attempts

    def __str__(self):
        return f"gave up after {self.attempts} attempts"


def load(key):
    table = {"port": "80", "host": "localhost"}
    try:
        return int(table[key])
    except KeyError as e:
        raise ConfigError(key, "missing") from e
    except ValueError as e:
        raise ConfigError(key, "not a number") from e


for key in ["port", "host", "user"]:
    try:
        print(key, "=", load(key))
    except ConfigError as e:
        print("ConfigError:", e, "| key:", e.key, "| cause:", type(e.__cause__).__name__,
              "| suppress:", e.__suppress_context__)

try:
    raise RetryableError(3)
except AppError as e:
    print(type(e).__name__, str(e), isinstance(e, Exception), e.args)

try:
    try:
        {}["x"]
    except KeyError:
        raise ValueError("while handling")
except ValueError as e:
    print("context:", type(e.__context__).__name__, repr(e.__context__), "cause:", e.__cause__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("suppressed context") from None
except RuntimeError as e:
    print("from None:", e.__cause__, type(e.__context__).__name__, e.__suppress_context__)


def walk_chain(exc):
    names = []
    while exc is not None:
        names.append(f"{type(exc).__name__}({exc})")
        exc = exc.__cause__ or exc.__context__
    return " <- ".join(names)


def level3():
    raise KeyError("root")


def level2():
    try:
        level3()
    except KeyError as e:
        raise ValueError("middle") from e


def level1():
    try:
        level2()
    except ValueError:
        raise AppError("top")


try:
    level1()
except AppError as e:
    print(walk_chain(e))

print([c.__name__ for c in ConfigError.__mro__])
print(issubclass(ConfigError, AppError), issubclass(AppError, BaseException), AppError.__doc__)
err = ConfigError("a", "b")
print(repr(err), err.args)
try:
    raise ConfigError("k", "r")
except (ValueError, AppError) as e:
    print("tuple match", type(e).__name__)


class WithNotes(Exception):
    pass


try:
    e = WithNotes("noted")
    e.add_note("first note")
    e.add_note("second note")
    raise e
except WithNotes as caught:
    print(caught, caught.__notes__)

try:
    raise ExceptionGroup("group", [ValueError("v1"), TypeError("t1"), ValueError("v2")])
except* ValueError as eg:
    print("ValueErrors:", [str(x) for x in eg.exceptions])
except* TypeError as eg:
    print("TypeErrors:", [str(x) for x in eg.exceptions])


class CustomRepr(Exception):
    def __repr__(self):
        return "<CustomRepr!>"


print(repr(CustomRepr("x")), str(CustomRepr("x")), str(CustomRepr()), repr(Exception()))
