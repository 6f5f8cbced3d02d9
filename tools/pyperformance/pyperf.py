"""A stand-in for pyperf, for tools/pyperformance/run.sh: each benchmark function runs once
and what it returns is printed, so runs can be compared (JIT off, JIT on, CPython)."""
import time

perf_counter = time.perf_counter


class _Args:
    def __init__(self):
        self.__dict__.update(dict(depth=None, scale=None, level=None, width=None, height=None))

    def __getattr__(self, name):
        return None


class _ArgParser:
    def __init__(self):
        self.defaults = {}

    def add_argument(self, *names, **kw):
        name = names[-1].lstrip('-').replace('-', '_')
        self.defaults[name] = kw.get('default', False if kw.get('action') == 'store_true' else None)

    def set_defaults(self, **kw):
        self.defaults.update(kw)

    def parse_args(self, *a):
        args = _Args()
        args.__dict__.update(self.defaults)
        return args


def _show(name, value):
    if isinstance(value, float):
        value = round(value, 6)
    if value is None or isinstance(value, (int, float, str, bool, tuple, list)):
        text = repr(value)
        print(name, text[:200])
    else:
        print(name, type(value).__name__)


class Runner:
    def __init__(self, *a, **kw):
        self.metadata = {}
        self.argparser = _ArgParser()
        self.args = None

    def parse_args(self, *a):
        self.args = self.argparser.parse_args()
        return self.args

    def bench_func(self, name, func, *args, **kw):
        _show(name, func(*args))

    def bench_time_func(self, name, func, *args, **kw):
        func(1, *args)
        print(name, 'ran')

    def bench_async_func(self, name, func, *args, **kw):
        import asyncio
        _show(name, asyncio.run(func(*args)))


def python_implementation():
    import sys
    return sys.implementation.name
