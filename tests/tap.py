# SPDX-License-Identifier: GPL-3.0-or-later
"""TAP for the Python checks: meson reads each check as one test case."""
import sys

_checks = 0
_failures = 0
# TAP goes where stdout was at import, even if a library later borrows stdout.
_out = sys.stdout


def check(ok, what):
    global _checks, _failures
    _checks += 1
    if not ok:
        _failures += 1
    print(("ok %d - " if ok else "not ok %d - ") % _checks + what.replace("\n", " "), file=_out, flush=True)


def finish():
    """Prints the plan (last, as meson allows) and exits 1 on a failure."""
    print(f"1..{_checks}", file=_out)
    print(f"# {_checks - _failures} passed, {_failures} failed", file=_out, flush=True)
    sys.exit(1 if _failures else 0)
