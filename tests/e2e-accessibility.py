#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The real app, found through the accessibility tree as a person with a
screen reader would: `outreach-guard EXPORT.zip` imports the export and
shows, within 40 seconds, the people who provably pitched within minutes;
then one of them is opened, queued for removal and marked removed, driven
by AT-SPI actions alone.

Usage: e2e-accessibility.py OUTREACH_GUARD SOURCE_ROOT

Needs a display and a session bus (build-aux/og-test gives both) and
Debian's python3 with dogtail. Prints TAP; exits 1 on a failure, and skips
when there is no display or no dogtail.
"""
import os
import shutil
import sys
import tempfile
import time

from tap import accessibility_session, check, finish, launch_on_sample, on_screen, stop, unnamed_controls, wait_for

tree, _, pyatspi = accessibility_session(defaultDelay=0.2)
binary, root = sys.argv[1], sys.argv[2]

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


def reads(node, text):
    """Whether @node's accessible name is @text, as a screen reader says it (left
    alone, GTK 4.8 would name a button "_Mark Removed Mark Removed")."""
    return node.name == text


def button(parent, text, timeout=10.0):
    """The push button under @parent whose name reads @text."""
    return wait_for(lambda: parent.findChild(lambda node: node.roleName == "push button" and reads(node, text),
                                             retry=False, requireResult=False), timeout)


def press(node, action):
    """Does @action on @node through AT-SPI, as an assistive technology would."""
    try:
        return node is not None and node.doActionNamed(action)
    except Exception as error:
        print(f"{action} failed: {error}", file=sys.stderr)
        return False


def listed(table):
    """The names in the list's rows, top to bottom (the first cell of each row)."""
    rows = table.findChild(lambda node: node.roleName == "list", retry=False, requireResult=False)
    return [row.children[0].children[0].name for row in rows.children if row.roleName == "table row"]


try:
    # The sample as LinkedIn ships it: a ZIP.
    started = time.monotonic()
    app, application = launch_on_sample(binary, root, scratch, tree)
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

    # Every button says what it does, once: none is named after its GTK type, or
    # not at all, or with the underline of its mnemonic.
    controls, unnamed = unnamed_controls(application)
    check(controls and not unnamed, f"all {len(controls)} controls (buttons, entries…) have accessible names ({unnamed[:5]})")

    # The Insights view is one activation away, and says what it found.
    insights = find(application, name="Insights", timeout=10)
    check(insights is not None, "the Insights view is listed")

    # From the list to a removal, through AT-SPI actions only, as a screen reader would.
    name = "Alejandro Montes de Oca"
    table = find(application, role="tree table", name="Connections", timeout=5)
    cell = find(table, role="label", name=name, timeout=5) if table is not None else None
    # The name cell describes them as its tooltip does: their position.
    described = cell.description if cell is not None else None
    check(described == "Sales Director", f"the name cell's accessible description is their position: {described!r}")

    # GTK 4.8 names a widget without a name after its type.
    page = find(application, name="OgContactPage", timeout=5)
    opened = press(cell, "row.activate") and page is not None and \
        wait_for(lambda: on_screen(page) and find(page, role="label", name=name, timeout=0.5))
    check(bool(opened), f"the row for {name} in Pitched Within Minutes has the action row.activate, "
          "which opens their contact page")

    # Draft Reply opens the composer, filled for them; it copies and closes.
    draft = button(page, "Draft Reply", timeout=5) if opened else None
    composer = find(application, role="label", name=f"Reply to {name}", timeout=10) if press(draft, "click") else None
    dialog = composer
    while dialog is not None and dialog.roleName not in ("frame", "dialog", "window"):
        dialog = dialog.parent
    copy = button(dialog, "Copy", timeout=5) if dialog is not None else None
    copied = press(copy, "click") and find(dialog, role="label", name="Copied: paste it into the conversation on LinkedIn",
                                            timeout=5)
    close = button(dialog, "Close", timeout=5) if copied else None
    closed = press(close, "click") and wait_for(lambda: find(application, role="label", name=f"Reply to {name}",
                                                             timeout=0.5) is None)
    check(bool(copied) and bool(closed),
          f"Draft Reply on the contact page opens a composer titled Reply to {name}, whose Copy button "
          "copies the draft and says so, and which closes again")

    queue = button(page, "Queue for Removal", timeout=5) if opened else None
    queue_name = queue.name if queue is not None else None
    queued = press(queue, "click") and button(page, "Queued") and \
        find(application, role="list item", name="Removal Queue, 1", timeout=10)
    check(bool(queued), f"pressing “{queue_name}” on the contact page queues them: "
          "the button now reads Queued and the sidebar says Removal Queue, 1")

    # The toast that says so names its buttons too (libadwaita 1.2 leaves its close
    # button unnamed and reads a mnemonic twice).
    undo = button(application, "Undo", timeout=5) if queued else None
    controls, unnamed = unnamed_controls(application)
    check(undo is not None and undo.name == "Undo" and not unnamed,
          f"the toast's Undo button is named {undo.name if undo else None!r}, and every control "
          f"shown with it has a name ({unnamed[:5]})")

    def shows(names):
        """Whether the list is on screen and lists exactly @names."""
        return listed(table) == names and on_screen(table) and \
            all(on_screen(find(table, role="label", name=n, timeout=0.5)) for n in names)

    row = find(application, role="list item", name="Removal Queue, 1", timeout=1) if queued else None
    shown = press(row, "row.activate") and wait_for(lambda: shows([name])) and \
        find(application, role="label", name="1 to remove · 0 removed", timeout=5)
    check(bool(shown), f"the Removal Queue view, counting 1, lists {name} alone and says 1 to remove · 0 removed: "
          f"{listed(table) if table is not None else None}")

    mark = button(application, "Mark Removed", timeout=5) if shown else None
    mark_name = mark.name if mark is not None else None
    done = press(mark, "click") and find(application, role="label", name="0 to remove · 1 removed", timeout=10) and \
        wait_for(lambda: listed(table) == [])
    removed = find(application, role="list item", name="Removed, 1", timeout=5) if done else None
    moved = press(removed, "row.activate") and wait_for(lambda: shows([name]))
    check(bool(done) and bool(moved),
          f"pressing “{mark_name}” empties the queue (0 to remove · 1 removed) "
          f"and the Removed view, counting 1, lists {name}: {listed(table) if table is not None else None}")
finally:
    stop(app)
    shutil.rmtree(scratch, ignore_errors=True)

finish()
