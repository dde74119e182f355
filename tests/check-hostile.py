#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""`outreach-guard audit --format=json INPUT` on the hostile inputs of tests/data/hostile.

Usage: check-hostile.py OUTREACH_GUARD SOURCE_ROOT

Every input (README.md there lists them; the big ones are written at test time
by generate-hostile.py) is audited in a sandbox of its own: a copy of the input,
an empty working directory, HOME, the XDG directories and TMPDIR in a fresh
temporary folder. Each must end within 30 s under a 1.5 GB address-space limit
(not under AddressSanitizer, which needs more), exit 0 (best effort, with the
warnings that say what was repaired) or 1 (one clear error naming the file and,
where a line is at fault, the line) and never by a signal, and write nothing:
not beside the input, not in the working directory, HOME, TMPDIR or /tmp
(DESIGN §4: `audit SOURCE…` writes nothing). Prints TAP; exits 1 on a failure.
"""
import importlib.util
import json
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time

from tap import check, finish

binary, root = os.path.abspath(sys.argv[1]), sys.argv[2]
hostile = os.path.join(root, "tests", "data", "hostile")

TIMEOUT_S = 30
ADDRESS_SPACE = 1536 * 1024 * 1024
SYSTEM_TMP = "/tmp"

spec = importlib.util.spec_from_file_location("generate_hostile", os.path.join(hostile, "generate-hostile.py"))
generator = importlib.util.module_from_spec(spec)
spec.loader.exec_module(generator)


def at(file, line):
    """A pattern for FILE named with LINE: "Connections.csv, line 5" (errors) or "Connections.csv:5"."""
    return re.escape(file) + r"(?:, line |:)" + str(line) + r"\b"


# name, input (committed path, or a generator case), exit code, and what must be said:
#   errors   regexes stderr must match on exit 1 (the file, and the line where one is at fault)
#   warnings (file, line, text) that the report's warnings must hold on exit 0
#   summary  counts the report must show; people  names that must be among the contacts
CASES = [
    dict(name="empty ZIP (0 bytes)", input="empty-0-bytes.zip", rc=1,
         errors=[r"empty-0-bytes\.zip: not a ZIP archive"]),
    dict(name="empty ZIP (no entries)", input="empty-archive.zip", rc=1,
         errors=[r"empty-archive\.zip: the archive holds no Connections\.csv"]),
    dict(name="truncated ZIP", input="truncated.zip", rc=1,
         errors=[r"truncated\.zip: messages\.csv: the ZIP entry is damaged"]),
    dict(name="garbage ZIP", input="garbage.zip", rc=1,
         errors=[r"garbage\.zip: not a ZIP archive"]),
    dict(name="garbage ZIP behind a ZIP signature", input="garbage-pk.zip", rc=1,
         errors=[r"garbage-pk\.zip: the ZIP archive is damaged"]),
    dict(name="ZIP bomb (6 GiB of zeros)", generate="zip-bomb.zip", rc=1,
         errors=[r"zip-bomb\.zip: Connections\.csv: .*ZIP bomb"]),
    dict(name="path-traversal entry names", input="path-traversal.zip", rc=0,
         summary={"connections": 2, "hidden_connections": 1, "messages": 1, "invitations": 1},
         people=["Owen Matthews", "Rebecca Grant"]),
    dict(name="unbalanced quote", input="unbalanced-quote/Connections.csv", rc=1,
         errors=[at("Connections.csv", 5) + r": unterminated quoted field"]),
    dict(name="NUL bytes", input="nul-bytes/Connections.csv", rc=0,
         warnings=[("Connections.csv", 5, "NUL")],
         summary={"connections": 2}, people=["Owen Matthews", "Rebecca Grant"]),
    dict(name="Windows-1252 (Latin-1) CSV", input="latin1/Connections.csv", rc=0,
         warnings=[("Connections.csv", 2, "Windows-1252")],
         summary={"connections": 3}, people=["Renée Dubois", "Seán O’Brien", "Søren Kjærgaard"]),
    dict(name="UTF-16LE CSV with BOM", input="utf16/Connections.csv", rc=0,
         summary={"connections": 2}, people=["Owen Matthews", "Kai Nørgaard"],
         companies=["Fjordvik Freight, Gothenburg"]),
    dict(name="header-only CSV", input="header-only/Connections.csv", rc=1,
         errors=[r"Connections\.csv: holds no connections, messages or invitations"]),
    dict(name="empty (0-byte) CSV", input="empty-csv/Connections.csv", rc=1,
         errors=[r"Connections\.csv: holds no connections, messages or invitations"]),
    dict(name="PNG named Connections.csv", input="png/Connections.csv", rc=1,
         errors=[at("Connections.csv", 1) + r": no header row"]),
    dict(name="200,000 columns", generate="many-columns/Connections.csv", rc=1,
         errors=[at("Connections.csv", 6) + r": more than \d+ fields"]),
    dict(name="impossible dates", input="impossible-dates", rc=0,
         warnings=[("Connections.csv", 5, "not a date"), ("Connections.csv", 6, "not a date"),
                   ("messages.csv", 2, "not a date"), ("messages.csv", 3, "not a date"),
                   ("messages.csv", 4, "not a date"),
                   ("Invitations.csv", 2, "not a date"), ("Invitations.csv", 3, "not a date")],
         summary={"connections": 3, "hidden_connections": 1, "messages": 4, "invitations": 2}),
    dict(name="64 MiB field", generate="huge-field/messages.csv", rc=1,
         errors=[at("messages.csv", 3) + r": a field is larger than"]),
    dict(name="JSON nested 1,000,000 deep", generate="deep.json", rc=1,
         errors=[at("deep.json", 3) + r": nested deeper than"]),
    dict(name="JSON of the wrong types", input="wrong-types.json", rc=0,
         warnings=[("wrong-types.json", 0, "Element 0 is not an object"),
                   ("wrong-types.json", 0, "has no snapshotData list"),
                   ("wrong-types.json", 0, "Entry 0 of the CONNECTIONS snapshot is not an object"),
                   ("wrong-types.json", 0, "has no capturedAt time")],
         people=["Rebecca Grant"]),
    dict(name="truncated JSON", input="truncated.json", rc=1,
         errors=[at("truncated.json", 10) + r", column \d+: not valid JSON"]),
    dict(name="folder with nothing relevant", input="unrelated", rc=1,
         errors=[r"unrelated: the folder holds no Connections\.csv"]),
    dict(name="symbolic link loops in a folder", generate="symlink-loop", rc=0,
         summary={"connections": 2, "hidden_connections": 1}),
    dict(name="a SOURCE that links to itself", generate="Basic_LinkedInDataExport_01-12-2026.zip", rc=1,
         errors=[r"Basic_LinkedInDataExport_01-12-2026\.zip: not a file or folder"]),
]


def sanitized(path):
    """AddressSanitizer reserves terabytes of address space: RLIMIT_AS would kill it."""
    with open(path, "rb") as f:
        return b"__asan_init" in f.read()


def snapshot(top):
    """Every path under TOP (links not followed) with its type, size and mtime."""
    seen = {}
    for folder, dirs, files in os.walk(top):
        for name in [""] + dirs + files:
            path = os.path.join(folder, name)
            info = os.lstat(path)
            seen[os.path.relpath(path, top)] = (info.st_mode, info.st_size, info.st_mtime_ns)
    return seen


def tmp_listing():
    """Top-level names in /tmp, with the mtime of the regular files (a rewrite shows)."""
    listing = {}
    for name in os.listdir(SYSTEM_TMP):
        try:
            info = os.lstat(os.path.join(SYSTEM_TMP, name))
        except FileNotFoundError:
            continue
        listing[name] = info.st_mtime_ns if os.path.isfile(os.path.join(SYSTEM_TMP, name)) else None
    return listing


def changes(before, after):
    return sorted(name for name, mtime in after.items()
                  if name not in before or (mtime is not None and before[name] != mtime))


STRACE = shutil.which("strace")
WRITING_CALLS = ("open,openat,creat,mkdir,mkdirat,rename,renameat,renameat2,link,linkat,"
                 "symlink,symlinkat,mknod,mknodat,truncate")


def written_paths(log, cwd):
    """What a run under `strace -f -y` opened for writing or created, as absolute paths."""
    paths, pending = [], {}
    with open(log, encoding="utf-8", errors="replace") as lines:
        for line in lines:
            pid, _, rest = line.rstrip("\n").partition(" ")
            if rest.endswith("<unfinished ...>"):
                pending[pid] = rest[:-len("<unfinished ...>")]
                continue
            resumed = re.match(r"<\.\.\. \w+ resumed>(.*)", rest)
            if resumed:
                rest = pending.pop(pid, "") + resumed.group(1)
            call = re.match(r"(\w+)\((.*)\)\s+=\s+(-?\d+)", rest)
            if call is None or int(call.group(3)) < 0:
                continue
            name, args = call.group(1), call.group(2)
            if name in ("open", "openat") and not re.search(r"O_WRONLY|O_RDWR|O_CREAT|O_TRUNC", args):
                continue
            # The last path of a call is the one it makes (rename's, link's, symlink's target).
            named = re.findall(r'(?:(?:AT_FDCWD|\d+)<([^>]*)>,\s*)?"((?:[^"\\]|\\.)*)"', args)
            if named:
                folder, path = named[-1]
                paths.append(os.path.normpath(os.path.join(folder or cwd, path)))
    return [path for path in paths if not path.startswith(("/dev/", "/proc/"))]


limit_memory = not sanitized(binary)
ours = set()     # what this check itself created in /tmp


def run_case(case, trace=False):
    """Audits CASE's input in a fresh sandbox; returns what happened.

    With TRACE, under strace, to tell what the program itself wrote in /tmp."""
    sandbox = tempfile.mkdtemp(prefix="og-hostile-")
    if os.path.dirname(sandbox) == SYSTEM_TMP:
        ours.add(os.path.basename(sandbox))
    home = os.path.join(sandbox, "home")
    xdg = {"XDG_DATA_HOME": ".local/share", "XDG_CONFIG_HOME": ".config",
           "XDG_CACHE_HOME": ".cache", "XDG_STATE_HOME": ".local/state"}
    cwd = os.path.join(sandbox, "cwd")
    tmpdir = os.path.join(sandbox, "tmp")
    inputs = os.path.join(sandbox, "input")
    for folder in [cwd, tmpdir, inputs] + [os.path.join(home, sub) for sub in xdg.values()]:
        os.makedirs(folder)

    if "generate" in case:
        source = generator.generate(case["generate"], inputs)
    else:
        source = os.path.join(inputs, case["input"])
        original = os.path.join(hostile, case["input"])
        if os.path.isdir(original):
            shutil.copytree(original, source, symlinks=True)
        else:
            os.makedirs(os.path.dirname(source), exist_ok=True)
            shutil.copy2(original, source)

    env = dict(os.environ, HOME=home, TMPDIR=tmpdir)
    env.update({key: os.path.join(home, sub) for key, sub in xdg.items()})

    def limits():
        if limit_memory:
            resource.setrlimit(resource.RLIMIT_AS, (ADDRESS_SPACE, ADDRESS_SPACE))

    command = [binary, "audit", "--format=json", source]
    log = os.path.join(sandbox, "strace.log")
    if trace:
        command = [STRACE, "-f", "-qq", "-y", "-s", "4096", "-e", "trace=" + WRITING_CALLS, "-o", log, *command]

    inputs_before, home_before = snapshot(inputs), snapshot(home)
    tmp_before = tmp_listing()
    started = time.monotonic()
    try:
        run = subprocess.run(command, cwd=cwd, env=env,
                             capture_output=True, timeout=TIMEOUT_S, preexec_fn=limits)
        rc, out, err = run.returncode, run.stdout.decode("utf-8", "replace"), run.stderr.decode("utf-8", "replace")
    except subprocess.TimeoutExpired as expired:
        rc, out, err = None, "", (expired.stderr or b"").decode("utf-8", "replace")
    seconds = time.monotonic() - started
    tmp_after = tmp_listing()

    written = []
    inputs_after = snapshot(inputs)
    if inputs_after != inputs_before:
        changed = sorted(path for path in set(inputs_after) | set(inputs_before)
                         if inputs_after.get(path) != inputs_before.get(path))
        written.append(f"the input's copy changed: {changed[:5]}")
    if os.listdir(cwd):
        written.append(f"the working directory holds {sorted(os.listdir(cwd))[:5]}")
    if snapshot(home) != home_before:
        written.append(f"HOME gained {sorted(set(snapshot(home)) - set(home_before))[:5]}")
    if os.listdir(tmpdir):
        written.append(f"TMPDIR holds {sorted(os.listdir(tmpdir))[:5]}")
    in_tmp = [name for name in changes(tmp_before, tmp_after) if name not in ours]
    if trace:
        in_tmp = sorted({os.path.relpath(path, SYSTEM_TMP).split(os.sep)[0]
                         for path in written_paths(log, cwd) if path.startswith(SYSTEM_TMP + os.sep)} - ours)

    shutil.rmtree(sandbox)
    return dict(rc=rc, out=out, err=err, seconds=seconds, written=written, in_tmp=in_tmp)


memory_note = (f"under a {ADDRESS_SPACE // (1024 * 1024)} MB address-space limit" if limit_memory
               else "(AddressSanitizer build: no address-space limit, it needs more)")

for case in CASES:
    name = case["name"]
    result = run_case(case)
    if result["in_tmp"]:
        # Other programs on the machine may have used /tmp meanwhile (a build,
        # another test). strace tells what this one wrote; without it, what the
        # program writes there it writes again: a new name or a newer file.
        time.sleep(1)
        result["in_tmp"] = run_case(case, trace=STRACE is not None)["in_tmp"]
    rc, err = result["rc"], result["err"]
    first_lines = " | ".join(err.strip().splitlines()[:3])[:300]

    check(rc is not None, f"{name}: ends within {TIMEOUT_S} s {memory_note} ({result['seconds']:.1f} s)")
    if rc is None:
        continue
    check(rc in (0, 1), f"{name}: exits 0 or 1, not {'signal ' + str(-rc) if rc < 0 else rc} ({first_lines})"
          if rc not in (0, 1) else f"{name}: exits {rc}, not by a signal or another code")
    check(rc == case["rc"], f"{name}: exits {case['rc']} as README.md says (got {rc}: {first_lines})")

    if rc == 1:
        basename = os.path.basename(case.get("input") or case["generate"])
        check(basename in err and result["out"] == "",
              f"{name}: the error names {basename} and no report is printed ({first_lines})")
        for pattern in case.get("errors", []):
            check(re.search(pattern, err) is not None, f"{name}: stderr says /{pattern}/ ({first_lines})")
    elif rc == 0:
        try:
            report = json.loads(result["out"])
        except ValueError:
            report = None
        check(report is not None and report.get("version") == 1, f"{name}: prints one JSON report")
        report = report or {"warnings": [], "summary": {}, "contacts": []}
        for file, line, text in case.get("warnings", []):
            found = any(w["file"] == file and (w["line"] or 0) == line and text in w["message"]
                        for w in report["warnings"])
            check(found, f"{name}: warns about {file}" + (f" line {line}" if line else "") + f" ({text})"
                  + ("" if found else f" — got {[(w['file'], w['line'], w['message'][:40]) for w in report['warnings']][:6]}"))
        if "summary" in case:
            got = {key: report["summary"].get(key) for key in case["summary"]}
            check(got == case["summary"], f"{name}: summary {got}, expected {case['summary']}")
        people = {c["name"] for c in report["contacts"] if c["name"]}
        for person in case.get("people", []):
            check(person in people, f"{name}: {person} is among the contacts ({sorted(people)[:5]})")
        companies = {c["company"] for c in report["contacts"] if c["company"]}
        for company in case.get("companies", []):
            check(company in companies, f"{name}: company “{company}” is kept whole ({sorted(companies)[:5]})")

    nothing = not result["written"] and not result["in_tmp"]
    check(nothing, f"{name}: writes nothing beside the input, in the working directory, HOME, TMPDIR or /tmp"
          + ("" if nothing else " — " + "; ".join(result["written"] +
                                                  ([f"/tmp gained {result['in_tmp'][:5]}"] if result["in_tmp"] else []))))

# The traversal entries would have landed here had anything been extracted.
escaped = [p for p in ("/tmp/og-hostile-escaped.txt", "/tmp/og-hostile-escaped-abs.txt", "/tmp/etc/x/Connections.csv")
           if os.path.lexists(p)]
check(not escaped, f"no ZIP entry was extracted to where its name points ({escaped})")

finish()
