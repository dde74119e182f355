# SPDX-License-Identifier: GPL-3.0-or-later
"""TAP for the Python checks: meson reads each check as one test case; and
the few helpers several checks share."""
import os
import signal
import subprocess
import sys
import time
import zipfile

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


def zip_sample(root, path):
    """Writes the bundled sample export as LinkedIn ships it, a ZIP of its CSVs, to @path."""
    sample = os.path.join(root, "data", "sample")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in sorted(os.listdir(sample)):
            if name.endswith(".csv"):
                archive.write(os.path.join(sample, name), name)


def stop(process, how=signal.SIGTERM):
    """Ends @process (if started) politely, then for certain after ten seconds.
    If a check failed, or the app had died, the end of what it wrote goes to
    stderr, so the test's log says why."""
    if process is None:
        return
    died = process.poll() is not None
    if not died:
        process.send_signal(how)
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
    log = getattr(process, "og_log", None)
    if log is not None and (died or _failures):
        print(f"# the app {'had ended, with ' + str(process.returncode) if died else 'was stopped'}; "
              "the end of its output:", file=sys.stderr)
        try:
            with open(log, encoding="utf-8", errors="replace") as text:
                for line in text.read().splitlines()[-40:]:
                    print(f"#   {line}", file=sys.stderr)
        except OSError as error:
            print(f"#   (unreadable: {error})", file=sys.stderr)


def accessibility_session(**dogtail_settings):
    """For the end-to-end scripts, before anything else: keeps TAP on the real
    standard output while dogtail and the AT-SPI daemons it starts write to
    file descriptor 1 (sent to stderr), skips without a display, a session bus
    or dogtail, applies @dogtail_settings, and returns dogtail's tree and
    rawinput modules and pyatspi."""
    global _out
    sys.stdout.flush()
    _out = os.fdopen(os.dup(1), "w")
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    if not os.environ.get("DISPLAY") or not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        print("1..0 # SKIP needs a display and a session bus (run through build-aux/og-test)", file=_out, flush=True)
        sys.exit(0)
    try:
        from dogtail.config import config
        config.checkForA11y = False
        config.logDebugToFile = False
        config.searchCutoffCount = 20
        for name, value in dogtail_settings.items():
            setattr(config, name, value)
        from dogtail import rawinput, tree
        import pyatspi
    except ImportError:
        print("1..0 # SKIP dogtail is not installed", file=_out, flush=True)
        sys.exit(0)
    return tree, rawinput, pyatspi


def launch_on_sample(binary, root, scratch, tree):
    """Starts the app on the bundled sample zipped as LinkedIn ships it, with
    the accessibility bridge on and fresh data and config folders under
    @scratch; returns the process and its node on the accessibility bus (or
    None after 30 seconds, a failed check)."""
    export = os.path.join(scratch, "Basic_LinkedInDataExport.zip")
    zip_sample(root, export)
    env = dict(os.environ)
    env.pop("GTK_A11Y", None)
    env.pop("NO_AT_BRIDGE", None)
    env["XDG_DATA_HOME"] = os.path.join(scratch, "data")
    env["XDG_CONFIG_HOME"] = os.path.join(scratch, "config")
    log = os.path.join(scratch, "app.log")
    with open(log, "w") as output:
        process = subprocess.Popen([binary, export], env=env, stdout=output, stderr=subprocess.STDOUT)
    process.og_log = log

    application = None
    deadline = time.monotonic() + 30
    while application is None and time.monotonic() < deadline:
        try:
            application = tree.root.application("outreach-guard")
        except Exception:
            time.sleep(0.5)
    check(application is not None, "the app appears on the accessibility bus")
    return process, application


def wait_for(predicate, timeout=10.0):
    """The first true value of @predicate within @timeout seconds (tried at
    least once), or None; an exception counts as not yet, as a node of the
    accessibility tree may go away while a check looks at it."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            value = predicate()
            if value:
                return value
        except Exception:
            pass
        if time.monotonic() >= deadline:
            return None
        time.sleep(0.1)


def window_of(node):
    """The window (frame, dialog) @node is in."""
    while node is not None and node.roleName not in ("frame", "dialog", "window"):
        node = node.parent
    return node


def on_screen(node):
    """Whether the window shows @node: what it picks at @node's centre is @node or inside
    it. GTK 4.8 sets no SHOWING state, and a hidden stack page keeps its last size."""
    import pyatspi
    if node is None:
        return False
    extents = node.queryComponent().getExtents(pyatspi.WINDOW_COORDS)
    if extents.width <= 0 or extents.height <= 0:
        return False
    hit = window_of(node).queryComponent().getAccessibleAtPoint(extents.x + extents.width // 2,
                                                                extents.y + extents.height // 2,
                                                                pyatspi.WINDOW_COORDS)
    while hit is not None and hit != node:
        hit = hit.parent
    return hit is not None


CONTROL_ROLES = ("push button", "toggle button", "check box", "radio button", "entry", "password text",
                 "spin button", "combo box", "slider", "text")


def unnamed_controls(node):
    """The controls under @node (buttons, entries, spin buttons…), and the names of those
    that do not say what they are: none at all, their GTK type (GTK 4.8's fallback) or a
    mnemonic's underline."""
    controls = node.findChildren(lambda child: child.roleName in CONTROL_ROLES)
    unnamed = sorted({f"{child.roleName} {child.name or '(no name)'}" for child in controls
                      if not child.name or child.name.startswith("Gtk") or "_" in child.name})
    return controls, unnamed
