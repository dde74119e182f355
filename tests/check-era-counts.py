#!/usr/bin/python3
"""Check OutreachGuard's summary counts against an independent counter, era by era.

Usage: check-era-counts.py OUTREACH_GUARD_BINARY ERAS_DIR

For every era folder under ERAS_DIR (tests/data/eras/<era>/) this
  1. counts the export with tests/independent-count.py (pure Python, no shared code),
  2. zips the folder as Basic_LinkedInDataExport_01-02-2026/<files> in a temporary directory,
  3. runs `BINARY audit --format=json FOLDER` and `BINARY audit --format=json ZIP`,
and requires each run to exit 0 and print JSON whose "summary" has the same
connections, hidden_connections, messages and invitations (DESIGN.md section 4).
Prints one line per check, then "N passed, N failed"; exits 1 on any failure.
"""

import importlib.util
import json
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile

KEYS = ("connections", "hidden_connections", "messages", "invitations")
ZIP_ROOT = "Basic_LinkedInDataExport_01-02-2026"
TIMEOUT = 300


def load_counter():
    sys.dont_write_bytecode = True   # no __pycache__ beside the fixtures
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "independent-count.py")
    spec = importlib.util.spec_from_file_location("independent_count", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def make_zip(folder, dest):
    with zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as z:
        for dirpath, dirnames, filenames in os.walk(folder):
            dirnames.sort()
            for fn in sorted(filenames):
                full = os.path.join(dirpath, fn)
                rel = os.path.relpath(full, folder).replace(os.sep, "/")
                z.write(full, ZIP_ROOT + "/" + rel)


def run_audit(binary, source, env):
    """Returns (summary dict or None, problem text or None)."""
    try:
        proc = subprocess.run([binary, "audit", "--format=json", source], env=env,
                              stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, timeout=TIMEOUT)
    except FileNotFoundError:
        return None, "cannot run %s" % binary
    except PermissionError:
        return None, "%s is not executable" % binary
    except subprocess.TimeoutExpired:
        return None, "timed out after %d s" % TIMEOUT
    stderr = proc.stderr.decode("utf-8", "replace").strip()
    if proc.returncode != 0:
        tail = stderr.splitlines()[-3:] if stderr else []
        return None, "exit status %d%s" % (proc.returncode, (": " + " | ".join(tail)) if tail else "")
    try:
        doc = json.loads(proc.stdout.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as e:
        return None, "stdout is not JSON (%s)" % e
    summary = doc.get("summary") if isinstance(doc, dict) else None
    if not isinstance(summary, dict):
        return None, "JSON has no \"summary\" object"
    return summary, None


def main(argv):
    if len(argv) != 3:
        print("usage: %s OUTREACH_GUARD_BINARY ERAS_DIR" % os.path.basename(argv[0]), file=sys.stderr)
        return 2
    binary, eras_dir = os.path.abspath(argv[1]), os.path.abspath(argv[2])
    counter = load_counter()
    eras = sorted(d for d in os.listdir(eras_dir)
                  if os.path.isdir(os.path.join(eras_dir, d)) and not d.startswith("."))
    if not eras:
        print("no era folders in %s" % eras_dir)
        print("1..1\nnot ok 1 - no era folders")
        return 1

    passed = failed = 0
    tmp = tempfile.mkdtemp(prefix="og-era-counts-")
    try:
        # A private, empty environment: audit SOURCE must not need (or touch) a workspace.
        env = dict(os.environ)
        for var, sub in (("HOME", "home"), ("XDG_DATA_HOME", "data"), ("XDG_CONFIG_HOME", "config"),
                         ("XDG_CACHE_HOME", "cache"), ("XDG_STATE_HOME", "state")):
            env[var] = os.path.join(tmp, sub)
            os.makedirs(env[var], exist_ok=True)
        env.setdefault("GSETTINGS_BACKEND", "memory")
        env.pop("OG_TOKEN", None)

        for era in eras:
            folder = os.path.join(eras_dir, era)
            expected = counter.count([folder])
            zpath = os.path.join(tmp, "era-%s.zip" % era)
            make_zip(folder, zpath)
            for kind, source in (("folder", folder), ("zip", zpath)):
                summary, problem = run_audit(binary, source, env)
                label = "era %s %s" % (era, kind)
                if problem is None:
                    diffs = ["%s: expected %s, got %s" % (k, expected[k], summary.get(k))
                             for k in KEYS if summary.get(k) != expected[k]]
                    if diffs:
                        problem = "; ".join(diffs)
                if problem is None:
                    passed += 1
                    print("ok %d - %s  %s" % (passed + failed, label, " ".join("%s=%d" % (k, expected[k]) for k in KEYS)))
                else:
                    failed += 1
                    print("not ok %d - %s  %s" % (passed + failed, label, problem))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    # TAP plan last: meson reads each check as a test case.
    print("1..%d" % (passed + failed))
    print("# %d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
