# doctest.testmod() on this module: one failing example, reported on stdout.
import contextlib
import doctest
import io


def square(x):
    """Return x squared.

    >>> square(3)
    9
    >>> [square(n) for n in range(4)]
    [0, 1, 4, 9]
    >>> square(-2)
    4
    """
    return x * x


def cube(x):
    """
    >>> cube(2)
    8
    >>> cube(3)
    9
    """
    return x ** 3


def fact(n):
    """
    >>> fact(5)
    120
    >>> fact(-1)
    Traceback (most recent call last):
        ...
    ValueError: negative
    """
    if n < 0:
        raise ValueError("negative")
    return 1 if n < 2 else n * fact(n - 1)


out = io.StringIO()
with contextlib.redirect_stdout(out):
    results = doctest.testmod()
# The closing summary's wording changed after 3.11 ("1 items had failures"), so it is
# left out; the failure report itself is the same.
for line in out.getvalue().splitlines():
    if "had failures" not in line and "Test Failed" not in line:
        print(line)
print(results)
print(doctest.run_docstring_examples(square, {"square": square}) is None)
