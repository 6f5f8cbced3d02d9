# unittest.main() at the end of a script: its report goes to stderr, and it ends the run
# with sys.exit(0) when every test passes.
import unittest


class Strings(unittest.TestCase):
    def test_upper(self):
        self.assertEqual("pave".upper(), "PAVE")

    def test_split(self):
        self.assertEqual("a,b".split(","), ["a", "b"])


if __name__ == "__main__":
    print("running the tests")
    unittest.main()
    print("not reached")
