# Imports every module of the standard library in one session, one after the other.
# Each must either import or raise an ImportError whose message says why it cannot work
# in Pave (one of _pave_site's reasons); anything else is a bug: "BAD name: error".
# A panic or a reset of the session would end the run before the last line.
# NAMES (set before this runs, by the browser test from stdlib/index.json) is the list to
# import; natively it is the frozen stdlib.
import sys

import _pave_site

try:
    names = NAMES  # noqa: F821 (defined by the caller, in the page)
except NameError:
    import _imp
    names = _imp._frozen_module_names()

# Modules that print, open a browser or run a tool when imported.
SKIP = {"antigravity", "this", "__hello__", "__phello__"}
reasons = tuple(_pave_site._UNAVAILABLE.values())
imported, refused, bad = 0, 0, []
for name in sorted(set(names)):
    if (name.endswith(".__main__") or name.startswith("_pave")
            or name.split(".")[0] in SKIP):
        continue
    try:
        __import__(name)
        imported += 1
    except ImportError as error:
        if any(reason in str(error) for reason in reasons):
            refused += 1
        else:
            bad.append(f"{name}: {type(error).__name__}: {error}")
    except BaseException as error:  # noqa: BLE001 - every other outcome is reported
        bad.append(f"{name}: {type(error).__name__}: {error}")
for line in bad:
    print("BAD", line)
print(f"imported {imported}, refused with a reason {refused}, bad {len(bad)}")
