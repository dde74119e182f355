#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The real app, found through the accessibility tree as a person with a
screen reader would: `outreach-guard EXPORT.zip` imports the export and
shows, within 40 seconds, the people who provably pitched within minutes.

Usage: e2e-accessibility.py OUTREACH_GUARD SOURCE_ROOT

Needs a display and a session bus (build-aux/og-test gives both) and
Debian's python3 with dogtail. Prints TAP; exits 1 on a failure, and skips
when there is no display or no dogtail.
"""
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import zipfile

# TAP keeps the real stdout; anything else that writes to file descriptor 1
# (dogtail, the AT-SPI daemons it starts) goes to stderr.
sys.stdout.flush()
tap_out = sys.stdout = os.fdopen(os.dup(1), "w")
os.dup2(2, 1)

from tap import check, finish  # noqa: E402

sys.stdout = sys.stderr

binary, root = sys.argv[1], sys.argv[2]

if not os.environ.get("DISPLAY") or not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
    print("1..0 # SKIP needs a display and a session bus (run through build-aux/og-test)", file=tap_out, flush=True)
    sys.exit(0)
try:
    from dogtail.config import config
    config.checkForA11y = False
    config.logDebugToFile = False
    config.searchCutoffCount = 20
    config.defaultDelay = 0.2
    from dogtail import tree
except ImportError:
    print("1..0 # SKIP dogtail is not installed", file=tap_out, flush=True)
    sys.exit(0)

scratch = tempfile.mkdtemp(prefix="og-e2e-")
app = None


def find(parent, role=None, name=None, timeout=40.0, contains=False):
    """The first descendant with @role whose name is (or contains) @name."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            found = parent.findChild(lambda node: (role is None or node.roleName == role) and
                                     (name is None or (name in node.name if contains else node.name == name)),
                                     retry=False, requireResult=False)
            if found is not None:
                return found
        except Exception:
            pass
        time.sleep(0.25)
    return None


try:
    # The sample as LinkedIn ships it: a ZIP.
    export = os.path.join(scratch, "Basic_LinkedInDataExport.zip")
    with zipfile.ZipFile(export, "w", zipfile.ZIP_DEFLATED) as archive:
        sample = os.path.join(root, "data", "sample")
        for name in sorted(os.listdir(sample)):
            if name.endswith(".csv"):
                archive.write(os.path.join(sample, name), name)

    env = dict(os.environ)
    env.pop("GTK_A11Y", None)
    env.pop("NO_AT_BRIDGE", None)
    env["XDG_DATA_HOME"] = os.path.join(scratch, "data")
    env["XDG_CONFIG_HOME"] = os.path.join(scratch, "config")
    started = time.monotonic()
    app = subprocess.Popen([binary, export], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    application = None
    deadline = time.monotonic() + 30
    while application is None and time.monotonic() < deadline:
        try:
            application = tree.root.application("outreach-guard")
        except Exception:
            time.sleep(0.5)
    check(application is not None, "the app appears on the accessibility bus")
    if application is None:
        raise SystemExit

    # The audit lands on the fastest pitches: their view, counted, and a known fast pitcher.
    fast = find(application, name="Pitched Within Minutes,", contains=True, timeout=40)
    check(fast is not None, f"the Pitched Within Minutes view is there: {fast.name if fast else None}")
    person = find(application, role="label", name="Alejandro Montes de Oca", timeout=40)
    elapsed = time.monotonic() - started
    check(person is not None and elapsed <= 40,
          f"a connection who pitched within minutes is shown after {elapsed:.1f} s (at most 40)")
    count = int(fast.name.rsplit(",", 1)[1]) if fast is not None else 0
    check(count >= 10, f"the view counts {count} people who pitched within minutes")

    # The Insights view is one activation away, and says what it found.
    insights = find(application, name="Insights", timeout=10)
    check(insights is not None, "the Insights view is listed")
finally:
    if app is not None:
        app.send_signal(signal.SIGTERM)
        try:
            app.wait(timeout=10)
        except subprocess.TimeoutExpired:
            app.kill()
    shutil.rmtree(scratch, ignore_errors=True)

finish()
