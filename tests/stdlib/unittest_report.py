# A course-style test module: unittest's own report, as `python3 -m unittest` shows it.
import io
import re
import unittest


def mean(values):
    if not values:
        raise ValueError("mean of nothing")
    return sum(values) / len(values)


class MeanTest(unittest.TestCase):
    def setUp(self):
        self.data = [1, 2, 3, 4]

    def test_mean(self):
        self.assertEqual(mean(self.data), 2.5)

    def test_empty(self):
        with self.assertRaises(ValueError):
            mean([])

    def test_almost(self):
        self.assertAlmostEqual(mean([0.1, 0.2]), 0.15)

    @unittest.skip("not ready")
    def test_skipped(self):
        self.fail("never runs")

    def test_wrong(self):
        # A plain assert: 3.14's tracebacks (RustPython's stdlib) underline a method
        # call on a line by itself, 3.11's do not.
        assert mean([1, 2]) == 2, "off by a half"

    @unittest.expectedFailure
    def test_known_bug(self):
        self.assertEqual(mean([1]), 2)


stream = io.StringIO()
suite = unittest.defaultTestLoader.loadTestsFromTestCase(MeanTest)
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
# The timing line is the only part that changes from run to run.
print(re.sub(r"in \d+\.\d+s", "in TIME", stream.getvalue()))
print("run", result.testsRun, "failures", len(result.failures), "errors", len(result.errors),
      "skipped", len(result.skipped), "expected failures", len(result.expectedFailures))
print("successful:", result.wasSuccessful())
