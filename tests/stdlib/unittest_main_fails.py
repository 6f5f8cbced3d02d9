# unittest.main() with a failing test ends the run with status 1, quietly (no traceback
# of SystemExit), as CPython does.
import unittest


class Arithmetic(unittest.TestCase):
    def test_ok(self):
        self.assertEqual(2 + 2, 4)

    def test_bad(self):
        self.assertEqual(2 + 2, 5)


print("before")
unittest.main()
