#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The real app driven from the keyboard alone: `outreach-guard EXPORT.zip`
imports the export, and then every workflow is done with synthesized key
presses (XTest under Xvfb, through dogtail.rawinput) — never a click and
never an AT-SPI action. After each step the accessibility tree says which
node has the keyboard focus (the one with the "focused" state) and what the
window shows.

Usage: e2e-keyboard.py OUTREACH_GUARD SOURCE_ROOT

Needs a display and a session bus (build-aux/og-test gives both) and
Debian's python3 with dogtail. Prints TAP; exits 1 on a failure, and skips
when there is no display or no dogtail. Key presses go to whatever window
has the keyboard, so nothing else may run on the display meanwhile.

Xvfb runs no window manager. When a dialog closes, X gives the keyboard to
the root window and nobody hands it back: GTK keeps the main window's focus
widget, but the window stays inactive and reports no focus. Every window
manager gives the keyboard back to the window under the dialog; the script
does what one would (give_keyboard_back), and nothing when one runs.
"""
import ctypes
import ctypes.util
import os
import shutil
import sys
import tempfile
import time

from tap import (accessibility_session, check, finish, launch_on_sample, on_screen, stop, unnamed_controls,
                 wait_for, window_of)

tree, rawinput, pyatspi = accessibility_session(defaultDelay=0.1, typingDelay=0.05)
binary, root = sys.argv[1], sys.argv[2]

scratch = tempfile.mkdtemp(prefix="og-e2e-keyboard-")
app = None
NAME = "Alejandro Montes de Oca"
COPIED = "Copied: paste it into the conversation on LinkedIn"


def find(parent, role=None, name=None, timeout=5.0):
    """The first descendant of @parent with @role and @name (either may be None)."""
    if parent is None:
        return None
    return wait_for(lambda: parent.findChild(lambda node: (role is None or node.roleName == role) and
                                             (name is None or node.name == name),
                                             retry=False, requireResult=False), timeout)


def windows():
    """The app's top-level windows."""
    return [w for w in application.children if w.roleName in ("frame", "dialog", "window")]


def _focused_under(node):
    try:
        if node.getState().contains(pyatspi.STATE_FOCUSED):
            return node
        for i in range(node.childCount):
            child = node.getChildAtIndex(i)
            found = _focused_under(child) if child is not None else None
            if found is not None:
                return found
    except Exception:
        pass  # it changed under us
    return None


def focused():
    """The node with the keyboard focus (the "focused" state), in the active window first."""
    try:
        ordered = sorted(windows(), key=lambda w: not w.getState().contains(pyatspi.STATE_ACTIVE))
    except Exception:
        return None  # a window went away while we looked
    for window in ordered:
        found = _focused_under(window)
        if found is not None:
            return found
    return None


def row_name(node):
    """The name in a contact row (its first cell), or None for anything else."""
    try:
        return node.children[0].children[0].name if node.roleName == "table row" else None
    except Exception:
        return None


def describe(node):
    if node is None:
        return "nothing"
    try:
        if node.roleName == "table row":
            return f"the row of {row_name(node)}"
        return f"{node.roleName} “{node.name}”"
    except Exception:
        return "a node that is gone"


def inside(node, ancestor):
    while node is not None:
        if node == ancestor:
            return True
        node = node.parent
    return False


def settle(predicate, timeout=3.0):
    """The focused node once @predicate holds for it, or the last one seen."""
    last = [None]

    def test():
        last[0] = focused()
        return last[0] if last[0] is not None and predicate(last[0]) else None
    return wait_for(test, timeout) or last[0]


def named(name):
    return lambda node: node.name == name


def key(name):
    """One key, pressed and released: "Tab", "Return", "<Shift>Tab", "<Control>f"…"""
    if name.startswith("<"):
        rawinput.keyCombo(name)
    else:
        rawinput.pressKey(name)
    time.sleep(0.15)


def press_until(name, predicate, limit):
    """Presses @name until the focused node satisfies @predicate, at most @limit times.
    Returns the focused node (or None) and what the focus went through."""
    seen = []
    previous = focused()
    for _ in range(limit):
        key(name)
        node = settle(lambda n, before=previous: n != before, timeout=0.8)
        seen.append(describe(node))
        previous = node
        if node is not None and predicate(node):
            return node, seen
    return None, seen


def listed(table):
    """The names in the list's rows, top to bottom (the first cell of each row), or None."""
    try:
        rows = table.findChild(lambda node: node.roleName == "list", retry=False, requireResult=False)
        return [row.children[0].children[0].name for row in rows.children if row.roleName == "table row"]
    except Exception:
        return None


def shown(parent, role=None, name=None, timeout=5.0):
    """The node under @parent with @role and @name once the window shows it."""
    return wait_for(lambda: (lambda node: node if on_screen(node) else None)(find(parent, role, name, 0)), timeout)


class Stop(Exception):
    """Nothing more can be checked: the failure is already reported."""


class _XErrors:
    """Xlib's default error handler exits the process: one that only counts."""
    count = 0


@ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)
def _x_error(display, event):
    _XErrors.count += 1
    return 0


def give_keyboard_back(window):
    """What a window manager does when a dialog closes: the keyboard goes to the
    window under it. Only when no one has it (no window manager runs)."""
    try:
        x11 = ctypes.CDLL(ctypes.util.find_library("X11") or "libX11.so.6")
    except OSError:
        return False
    c_ulong, c_int, ref = ctypes.c_ulong, ctypes.c_int, ctypes.byref
    x11.XOpenDisplay.restype = ctypes.c_void_p
    x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
    x11.XDefaultRootWindow.restype = c_ulong
    x11.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
    x11.XGetInputFocus.argtypes = [ctypes.c_void_p, ctypes.POINTER(c_ulong), ctypes.POINTER(c_int)]
    x11.XTranslateCoordinates.argtypes = [ctypes.c_void_p, c_ulong, c_ulong, c_int, c_int,
                                          ctypes.POINTER(c_int), ctypes.POINTER(c_int), ctypes.POINTER(c_ulong)]
    x11.XSetInputFocus.argtypes = [ctypes.c_void_p, c_ulong, c_int, c_ulong]
    x11.XSync.argtypes = [ctypes.c_void_p, c_int]
    x11.XCloseDisplay.argtypes = [ctypes.c_void_p]
    x11.XSetErrorHandler.restype = ctypes.c_void_p
    x11.XSetErrorHandler.argtypes = [ctypes.c_void_p]
    display = x11.XOpenDisplay(None)
    if not display:
        return False
    _XErrors.count = 0
    previous = x11.XSetErrorHandler(ctypes.cast(_x_error, ctypes.c_void_p))
    try:
        root_window = x11.XDefaultRootWindow(display)
        focus, revert = c_ulong(), c_int()
        x11.XGetInputFocus(display, ref(focus), ref(revert))
        if focus.value not in (0, 1, root_window):  # None, PointerRoot, the root window
            return True
        extents = window.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
        x, y, child = c_int(), c_int(), c_ulong()
        x11.XTranslateCoordinates(display, root_window, root_window, extents.x + extents.width // 2,
                                  extents.y + extents.height // 2, ref(x), ref(y), ref(child))
        if not child.value:
            return False
        x11.XSetInputFocus(display, child.value, 2, 0)  # RevertToParent, CurrentTime
        x11.XSync(display, 0)
        return _XErrors.count == 0
    finally:
        x11.XSetErrorHandler(previous)
        x11.XCloseDisplay(display)


try:
    # The sample as LinkedIn ships it: a ZIP.
    app, application = launch_on_sample(binary, root, scratch, tree)
    if application is None:
        raise Stop

    # The audit lands on the fastest pitches, and the keyboard is in their list.
    person = find(application, role="label", name=NAME, timeout=40)
    main = window_of(person)
    table = find(main, role="tree table", name="Connections", timeout=1)
    sidebar = find(main, role="list", name="Views", timeout=1)
    if table is None or sidebar is None:
        raise Stop
    start = settle(lambda node: inside(node, table), timeout=5)
    check(person is not None and inside(start, table) and bool(start.name) and not start.name.startswith("Gtk"),
          f"the audit lands on Pitched Within Minutes with {NAME} in it, and the keyboard is in the list, "
          f"which has a name ({describe(start)} is focused)")

    # The views: Shift+Tab reaches the sidebar, the arrow keys move between the
    # views, and Tab leaves the sidebar for the list.
    row, path = press_until("<Shift>Tab", lambda node: inside(node, sidebar), 6)
    check(row is not None and row.name.startswith("Pitched Within Minutes,"),
          f"Shift+Tab reaches the sidebar on the selected view, Pitched Within Minutes (through {', '.join(path)})")

    key("End")
    at = settle(lambda node: node.name.startswith("Insights"))
    insights = shown(main, role="label", name="How Soon the First Pitch Came")
    check(at is not None and at.name.startswith("Insights") and insights is not None,
          f"End in the sidebar moves to Insights and the window shows it ({describe(at)} is focused)")

    key("Home")
    at = settle(lambda node: node.name.startswith("Pitched Within Minutes,"))
    back = wait_for(lambda: on_screen(table) and shown(table, role="label", name=NAME, timeout=0.5))
    check(at is not None and at.name.startswith("Pitched Within Minutes,") and bool(back),
          f"Home moves back to Pitched Within Minutes and the window shows its list again ({describe(at)} is focused)")

    key("Tab")
    at = settle(lambda node: node.roleName == "table row")
    still = sidebar.findChild(lambda n: n.getState().contains(pyatspi.STATE_SELECTED), retry=False,
                              requireResult=False)
    check(at is not None and at.roleName == "table row" and inside(at, table) and
          still is not None and still.name.startswith("Pitched Within Minutes,"),
          f"Tab from the sidebar goes into the list, and the view stays Pitched Within Minutes "
          f"({describe(at)} is focused, {still.name if still else None} selected)")

    # GTK 4.8 would take Tab from row to row: the list is passed as one control.
    rows = listed(table) or []
    key("Tab")
    out = settle(lambda node: not inside(node, table))
    key("<Shift>Tab")
    again = settle(lambda node: inside(node, table))
    check(len(rows) > 1 and out is not None and not inside(out, table) and again is not None and inside(again, table),
          f"Tab leaves the list of {len(rows)} rows at once ({describe(out)} is focused), and Shift+Tab comes "
          f"back into it ({describe(again)} is focused)")

    # Search: Ctrl+F, a name, the list narrows.
    before = listed(table) or []
    key("<Control>f")
    entry = settle(lambda node: node.roleName == "entry")
    check(entry is not None and entry.roleName == "entry" and inside(entry, main),
          f"Ctrl+F opens the search and puts the keyboard focus in it ({describe(entry)} is focused)")
    rawinput.typeText("Alejandro")
    narrowed = wait_for(lambda: listed(table) == [NAME])
    check(len(before) > 1 and bool(narrowed),
          f"typing Alejandro there narrows the list from {len(before)} rows to {NAME} alone: {listed(table)}")

    # A contact, opened with Enter; its buttons reached with Tab.
    key("Tab")
    at = settle(lambda node: row_name(node) == NAME)
    check(row_name(at) == NAME, f"Tab from the search moves the focus to the row of {NAME} ({describe(at)} is focused)")
    page = find(main, name="OgContactPage", timeout=1)  # GTK 4.8 names a widget without a name after its type
    key("Return")
    title = wait_for(lambda: shown(page, role="label", name=NAME, timeout=0.5))
    at = settle(lambda node: inside(node, page))
    check(title is not None and inside(at, page),
          f"Enter on the row opens the contact page of {NAME}, with the focus on it ({describe(at)} is focused)")
    at, path = press_until("Tab", named("Draft Reply"), 12)
    reached = [p for p in path if p in ("push button “Keep”", "push button “Queue for Removal”")]
    check(at is not None and len(reached) == 2,
          f"Tab from there reaches Keep, Queue for Removal and Draft Reply ({', '.join(path)})")

    # Draft Reply: the composer, Copy, Escape, and the focus back on Draft Reply.
    key("Return")
    heading = find(application, role="label", name=f"Reply to {NAME}", timeout=10)
    composer = window_of(heading)
    at = settle(lambda node: inside(node, composer))
    check(composer is not None and composer != main and inside(at, composer),
          f"Enter on Draft Reply opens the composer, titled Reply to {NAME}, with the keyboard focus in it "
          f"({describe(at)} is focused)")

    key("<Control><Shift>c")
    copied = find(composer, role="label", name=COPIED, timeout=5)
    key("Escape")
    dismissed = wait_for(lambda: find(composer, role="label", name=COPIED, timeout=0) is None, 3)
    still_open = composer in windows()
    check(copied is not None and bool(dismissed) and still_open,
          "Ctrl+Shift+C copies the draft and says so, and Escape first dismisses that note, leaving the composer open")

    at, path = press_until("Tab", named("Copy"), 10)
    check(at is not None and at.roleName == "push button",
          f"Tab reaches the Copy button from the top of the composer, past the draft ({', '.join(path)})")
    # A key is pressed on a control only once the focus is known to be there.
    if at is not None:
        key("space")
    copied = find(composer, role="label", name=COPIED, timeout=5) if at is not None else None
    check(copied is not None, "Space on Copy copies the draft and says so")

    presses = 0
    while composer in windows() and presses < 3:
        key("Escape")
        presses += 1
        wait_for(lambda: composer not in windows(), 2)
    closed = composer not in windows()
    given = give_keyboard_back(main) if closed else False
    at = settle(named("Draft Reply"))
    check(closed and given and at is not None and at.name == "Draft Reply" and inside(at, page),
          f"Escape closes the composer ({presses} {'press' if presses == 1 else 'presses'}: with a note shown, the "
          f"first dismisses it), and the keyboard focus is back on Draft Reply ({describe(at)} is focused)")

    # A correction: Not a Pitch on one of their messages, then Ctrl+Z to take it back.
    # The page is audited again and rebuilt each time, so what had the focus is gone:
    # the keyboard must be on the same message's new button.
    at, path = press_until("Tab", named("Not a Pitch"), 12)
    if at is not None:
        key("space")
    marked = shown(main, role="label", name="Marked as not a pitch", timeout=10) if at is not None else None
    flipped = describe(settle(named("Is a Pitch"))) if marked else describe(focused())
    if marked and flipped == "push button “Is a Pitch”":
        key("<Control>z")
    restored = shown(main, role="label", name="Undone: Label correction", timeout=10) if marked else None
    node = settle(named("Not a Pitch")) if restored else focused()
    back, back_inside = describe(node), inside(node, page)
    check(bool(marked) and not any(step.endswith("“”") for step in path) and
          flipped == "push button “Is a Pitch”" and bool(restored) and
          back == "push button “Not a Pitch”" and back_inside,
          f"Tab reaches Not a Pitch on a message, past nothing unnamed ({', '.join(path)}); Space corrects it, "
          f"and the focus is on that message's Is a Pitch ({flipped}); Ctrl+Z undoes it (Undone: Label "
          f"correction), the focus on Not a Pitch ({back})")

    # Queue for Removal on the contact page.
    at, path = press_until("<Shift>Tab", named("Queue for Removal"), 16)
    if at is not None:
        key("space")
    queued = find(page, role="push button", name="Queued", timeout=10) if at is not None else None
    counted = find(sidebar, role="list item", name="Removal Queue, 1", timeout=5) if queued is not None else None
    at = settle(lambda node: node.name == "Back to the List") if counted is not None else focused()
    check(queued is not None and counted is not None and at is not None and inside(at, page) and
          at.name == "Back to the List",
          f"Shift+Tab back to Queue for Removal and Space queue them: the button reads Queued, the sidebar says "
          f"Removal Queue, 1, and the keyboard focus moves to Back to the List rather than nowhere "
          f"({describe(at)} is focused)")

    # Back from the contact page, with the shortcut the app lists (Alt+Left).
    key("<Alt>Left")
    gone = wait_for(lambda: not on_screen(find(page, role="label", name=NAME, timeout=0)) and on_screen(table))
    at = settle(lambda node: row_name(node) == NAME)
    check(bool(gone) and row_name(at) == NAME,
          f"Alt+Left goes back from the contact page to the list, with the focus on the row of {NAME} "
          f"({describe(at)} is focused)")

    # The Removal Queue view, and Mark Removed.
    at, path = press_until("<Shift>Tab", lambda node: inside(node, sidebar), 4)
    at, more = press_until("Down", named("Removal Queue, 1"), 10) if at is not None else (None, [])
    in_queue = at is not None and wait_for(lambda: listed(table) == [NAME] and on_screen(table)) and \
        shown(main, role="label", name="1 to remove · 0 removed")
    check(at is not None and bool(in_queue),
          f"Shift+Tab reaches the sidebar and Down moves to the Removal Queue, which lists {NAME} alone and "
          f"says 1 to remove · 0 removed ({', '.join(path + more)})")

    at, path = press_until("Tab", named("Mark Removed"), 8) if in_queue else (None, [])
    if at is not None:
        key("space")
    done = shown(main, role="label", name="0 to remove · 1 removed", timeout=10) if at is not None else None
    emptied = done is not None and wait_for(lambda: listed(table) == [])
    after = settle(lambda node: node.name.startswith("Removal Queue,")) if emptied else focused()
    check(at is not None and done is not None and bool(emptied) and after is not None and inside(after, sidebar),
          f"Tab reaches Mark Removed ({', '.join(path)}), and Space marks them removed: 0 to remove · 1 removed, "
          f"with the keyboard focus on the Removal Queue's row rather than nowhere ({describe(after)} is focused)")

    # Preferences and the keyboard shortcuts, each opened by its shortcut and closed with Escape.
    # A modal window gets the keys GTK receives for the window under it, so what has the
    # keyboard there is the dialog's own focus, active or not (GTK shows the shortcuts
    # window without asking for the keyboard; a window manager would give it).
    def dialog_round_trip(shortcut, label, what):
        before = focused()
        key(shortcut)
        dialog = wait_for(lambda: next((w for w in windows()
                                        if w != main and (w.name == label or find(w, name=label, timeout=0))), None), 5)
        inner = wait_for(lambda: _focused_under(dialog)) if dialog is not None else None
        opened = dialog is not None and inside(inner, dialog)
        title, inner = (dialog.name, describe(inner)) if dialog is not None else (None, describe(None))
        controls, unnamed = unnamed_controls(dialog) if dialog is not None else ([], ["(no dialog)"])
        key("Escape")
        closed = dialog is not None and wait_for(lambda: dialog not in windows(), 3)
        given = give_keyboard_back(main) if closed else False
        after = settle(lambda node: node == before)
        check(opened and not unnamed and bool(closed) and given and after is not None and after == before,
              f"{shortcut.replace('<Control>', 'Ctrl+').replace('<Shift>', 'Shift+')} opens {what} "
              f"(“{title}”, {inner} focused, none of its {len(controls)} controls unnamed: {unnamed[:5]}), "
              f"Escape closes it, and the focus is back on {describe(before)}: {describe(after)}")

    dialog_round_trip("<Control>comma", "Preferences", "Preferences")
    # Ctrl+question: the question mark is Shift+slash, so Shift is held too, as a person would.
    dialog_round_trip("<Control><Shift>question", "Back to the List", "the keyboard shortcuts")
except Stop:
    pass
except Exception as error:  # a check, not a traceback without a plan
    check(False, f"the keyboard workflows run to their end without an error: {error!r}")
finally:
    stop(app)
    shutil.rmtree(scratch, ignore_errors=True)

finish()
