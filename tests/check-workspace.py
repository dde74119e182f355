#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The workspace from the command line, including a real kill -9 during imports.

Usage: check-workspace.py OUTREACH_GUARD SOURCE_ROOT

Each check runs the program with its own $XDG_DATA_HOME. The crash check
generates an export, imports it into a copy of a workspace and kills the
importer with SIGKILL at moments spread over the import; every time the
database must pass integrity_check and hold either the state before that
import or the complete new one. Prints TAP; exits 1 on a failure.
"""
import json
import os
import shutil
import signal
import sqlite3
import stat
import subprocess
import sys
import tempfile
import time

from tap import check, finish

binary, root = sys.argv[1], sys.argv[2]
sample = os.path.join(root, "data", "sample")
scratch = tempfile.mkdtemp(prefix="og-check-workspace-")


def environment(home):
    env = dict(os.environ)
    env["XDG_DATA_HOME"] = home
    return env


def run(home, *args):
    return subprocess.run([binary, *args], capture_output=True, text=True, env=environment(home))


def database(home):
    return os.path.join(home, "outreach-guard", "workspace.db")


def summary_of(result):
    return json.loads(result.stdout)["summary"] if result.returncode == 0 else None


def table_counts(path):
    with sqlite3.connect(path) as db:
        return tuple(db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
                     for table in ("imports", "people", "messages", "invitations", "import_warnings"))


try:
    # --- import, audit, re-import -------------------------------------------------------
    home = os.path.join(scratch, "plain")
    empty = run(home, "audit")
    check(empty.returncode == 1 and "import" in empty.stderr and not os.path.exists(database(home)),
          f"audit of an empty workspace says to import first and creates nothing: {empty.stderr.strip()}")

    first = run(home, "import", sample)
    check(first.returncode == 0 and "300 new" in first.stdout, f"import of the sample adds its 300 connections: {first.stdout.strip()}")
    mode = stat.S_IMODE(os.stat(database(home)).st_mode) if os.path.exists(database(home)) else None
    check(mode == 0o600, f"the database is private to the user (mode {oct(mode) if mode is not None else None})")

    from_files = summary_of(run(home, "audit", "--format=json", sample))
    from_workspace = summary_of(run(home, "audit", "--format=json"))
    check(from_workspace is not None and from_workspace == from_files,
          "audit with no SOURCE reproduces the counts of the files")

    again = run(home, "import", sample)
    check(again.returncode == 0 and "0 new" in again.stdout and "messages: 0 new" in again.stdout,
          f"importing the same export twice adds nothing: {again.stdout.strip()}")
    check(summary_of(run(home, "audit", "--format=json")) == from_files,
          "the audit's counts are unchanged by the second import")

    # --- draft from the workspace, with the person's own template ----------------------------
    margaux = "https://www.linkedin.com/in/margaux-chateau-3e26220"
    drafted = run(home, "draft", "polite-removal", f"--contact={margaux}")
    check(drafted.returncode == 0 and drafted.stdout.startswith("Hi Margaux,"),
          f"draft with no SOURCE fills the reply from the workspace: {drafted.stderr.strip()[:200]}")
    with sqlite3.connect(database(home)) as db:
        db.execute("INSERT INTO templates (id, title, description, body, created_at, updated_at)"
                   " VALUES ('own-1', 'Quick\tno', 'Short', 'No thanks, {first_name}. {my_first_name}', 1, 1)")
    listed = run(home, "draft", "--list").stdout.splitlines()
    check(listed[-1:] == ["own-1\tQuick no\tShort"],
          f"draft --list ends with the person's own templates, kept to three columns: {listed[-1:]}")
    own = run(home, "draft", "own-1", f"--contact={margaux}")
    check(own.returncode == 0 and own.stdout == "No thanks, Margaux. Mara\n",
          f"a template of the person's own fills like a built-in: {own.stdout!r}")

    # --- export and delete ------------------------------------------------------------------
    exported = os.path.join(scratch, "mine.json")
    result = run(home, "workspace", "export", exported)
    data = json.load(open(exported, encoding="utf-8")) if result.returncode == 0 else {}
    check(result.returncode == 0 and len(data.get("imports", [])) == 2 and "decisions" in data,
          "workspace export writes the imports and decisions as JSON")
    check(stat.S_IMODE(os.stat(exported).st_mode) == 0o600 if os.path.exists(exported) else False,
          "the exported file is private to the user")

    refused = run(home, "workspace", "delete")
    check(refused.returncode == 2 and os.path.exists(database(home)),
          "workspace delete without --yes deletes nothing and says how")
    deleted = run(home, "workspace", "delete", "--yes")
    leftovers = [name for name in os.listdir(os.path.dirname(database(home))) if name.startswith("workspace.db")]
    check(deleted.returncode == 0 and not leftovers, f"workspace delete --yes removes every file ({leftovers})")
    check(run(home, "audit").returncode == 1, "after deletion there is nothing to audit")

    bad = run(home, "import", os.path.join(root, "no-such-export.zip"))
    check(bad.returncode == 1 and "no-such-export.zip" in bad.stderr, "an unusable source is named and nothing is imported")

    # --- kill -9 during an import ----------------------------------------------------------------
    big = os.path.join(scratch, "big")
    subprocess.run([sys.executable, os.path.join(root, "tests", "bench", "generate-export.py"), big,
                    "--connections", "6000", "--messages-per-contact", "4"], check=True, capture_output=True)

    base = os.path.join(scratch, "base")
    check(run(base, "import", sample).returncode == 0, "the base workspace imports the sample")
    before = table_counts(database(base))

    complete = os.path.join(scratch, "complete")
    shutil.copytree(base, complete)
    started = time.monotonic()
    check(run(complete, "import", big).returncode == 0, "the generated export imports completely")
    duration = time.monotonic() - started
    after = table_counts(database(complete))
    check(after != before, f"the generated export changes the workspace ({before} → {after})")

    # Half the kills come at moments spread over the run; the other half when
    # the write-ahead log has grown past a size, that is inside the transaction.
    outcomes = set()
    kills = 12
    mid_transaction = 0
    for k in range(kills):
        home = os.path.join(scratch, f"kill-{k}")
        shutil.copytree(base, home)
        wal = database(home) + "-wal"
        child = subprocess.Popen([binary, "import", big], env=environment(home),
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if k % 2 == 0:
            delay = duration * (0.2 + 0.8 * k / (kills - 1))
            time.sleep(delay)
            moment = f"{delay:.2f}s of {duration:.2f}s"
        else:
            threshold = 64 * 1024 * 2 ** (k // 2)
            deadline = time.monotonic() + 30
            while child.poll() is None and time.monotonic() < deadline:
                if os.path.exists(wal) and os.path.getsize(wal) >= threshold:
                    mid_transaction += 1
                    break
                time.sleep(0.0005)
            moment = f"a {threshold // 1024} KiB write-ahead log"
        child.send_signal(signal.SIGKILL)
        child.wait()
        with sqlite3.connect(database(home)) as db:
            integrity = db.execute("PRAGMA integrity_check").fetchone()[0]
        counts = table_counts(database(home))
        state = "before" if counts == before else "after" if counts == after else f"half {counts}"
        outcomes.add(state)
        check(integrity == "ok" and state in ("before", "after"),
              f"kill -9 at {moment}: integrity {integrity}, state {state}")
        if k == kills // 2:
            audited = summary_of(run(home, "audit", "--format=json"))
            wanted = [summary_of(run(base, "audit", "--format=json"))] if state == "before" else None
            if state == "after":
                wanted = [summary_of(run(complete, "audit", "--format=json"))]
            check(wanted is not None and audited in wanted, f"the killed workspace audits to the {state} state")
    check(mid_transaction >= 3, f"{mid_transaction} kills landed inside the import's transaction")
finally:
    shutil.rmtree(scratch, ignore_errors=True)

finish()
