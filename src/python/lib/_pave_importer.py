"""Imports the standard-library modules the web build does not freeze into its wasm.

The browser build of Pave leaves RustPython's pure-Python standard library out of the
module (it was most of the download). Instead the page serves it precompiled, one file per
module (``stdlib/``, made by ``tools/stdlib.mjs``), and the worker's host hands the code of
a module to this finder when Python first imports it: from a bundle loaded at start for
the common modules, by a synchronous request for the rest. Only the web build installs
it (``python/platform.rs``); the native build keeps the whole stdlib frozen.
"""

import sys
import marshal

import _pave_host
from _frozen_importlib import ModuleSpec


class StdlibFinder:
    """A meta path finder and loader for the modules the host provides."""

    @classmethod
    def find_spec(cls, name, path=None, target=None):
        found = _pave_host.stdlib_module(name)
        if found is None:
            return None
        code, is_package = found
        filename = "stdlib/" + name.replace(".", "/") + ("/__init__.py" if is_package else ".py")
        spec = ModuleSpec(name, cls, origin=filename, is_package=is_package)
        # No `has_location`: importlib would then want a bytecode cache path, which needs the
        # file-system importer this build does not have; `__file__` is set below instead.
        spec.loader_state = code
        return spec

    @staticmethod
    def create_module(spec):
        return None

    @staticmethod
    def exec_module(module):
        spec = module.__spec__
        code = marshal.loads(spec.loader_state)
        spec.loader_state = None
        module.__file__ = spec.origin
        exec(code, module.__dict__)


sys.meta_path.append(StdlibFinder)
