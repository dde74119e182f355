#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Times outreach-guard beside pandas and bogofilter on one export, in the same run.

Usage: bench-compare.py EXPORT_DIR [--exe PATH] [--runs 3] [--python PATH] [--keep]

A benchmark, not a test: it prints figures and never fails on them. Round by
round (the order of the tools rotating each round, so machine noise and cache
effects fall on each alike) it runs:

  * `outreach-guard audit --format=json EXPORT_DIR > /dev/null`;
  * pandas `read_csv` of the same three files (Connections.csv past its
    "Notes:" preamble, messages.csv, Invitations.csv), default C engine and
    dtypes, in a fresh Python each run: the parse timed inside it, and the
    whole process (interpreter, `import pandas`, parse) from outside;
  * `outreach-guard import EXPORT_DIR` into a fresh workspace (HOME and the XDG
    folders point into a temporary folder), then `audit --format=json` of that
    workspace and `workspace export` of it (the CLI's nearest thing to opening
    a workspace: the database and its schema, the decisions, not the dataset);
  * `outreach-guard classify --format=tsv` of the inbound messages, one a line,
    and bogofilter, trained once on data/classifier/corpus-*.tsv (pitch = spam,
    the rest = ham), classifying the same messages as one mbox (`-M -T -e`):
    one process, as classify is; its bulk mode over one file a message (`-b`)
    gives the same verdicts about a third slower;
  * `classify < /dev/null` (starting up and training the classifier) and
    `workspace path` (starting the program at all), the floors of the above.

Every figure is wall-clock time, median of the runs; peak memory is the
child's ru_maxrss (os.wait4), the largest of the runs. MB are 10^6 bytes.
"""
import argparse
import collections
import csv
import glob
import hashlib
import json
import os
import platform
import re
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

TOP = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
MB = 1e6
FILES = ("Connections.csv", "messages.csv", "Invitations.csv")

# Runs in a fresh interpreter: what a person would write to load the export.
PANDAS_SCRIPT = r"""
import json, sys, time
t0 = time.perf_counter()
import pandas as pd
t1 = time.perf_counter()
connections_skip, connections, messages, invitations = sys.argv[1:5]
frames = [pd.read_csv(connections, skiprows=int(connections_skip)),
          pd.read_csv(messages),
          pd.read_csv(invitations)]
t2 = time.perf_counter()
print(json.dumps({"import": t1 - t0, "read_csv": t2 - t1, "pandas": pd.__version__,
                  "rows": [len(f) for f in frames], "columns": [len(f.columns) for f in frames]}))
"""


def die(message):
    sys.exit(f"bench-compare: {message}")


# Forks and waits for the program it is given, and writes what os.wait4 says to the file
# descriptor in argv[1]. The benchmark itself holds the messages in memory, and on Linux a
# child's ru_maxrss starts at the RSS of the process it was forked from: forking from this
# small interpreter instead keeps that floor at a few MB (see "RSS floor" in the output).
LAUNCHER = r"""
import os, sys, time
report = int(sys.argv[1])
start = time.perf_counter()
pid = os.fork()
if pid == 0:
    os.close(report)
    try:
        os.execv(sys.argv[2], sys.argv[2:])
    finally:
        os._exit(127)
_, status, usage = os.wait4(pid, 0)
seconds = time.perf_counter() - start
os.write(report, ("%r %d %d" % (seconds, usage.ru_maxrss, os.waitstatus_to_exitcode(status))).encode())
"""


def run(argv, env=None, stdin=None, stdout=None):
    """Runs argv to completion; returns (seconds, peak RSS in bytes, stdout bytes or None)."""
    stdin_handle = open(stdin, "rb") if stdin else subprocess.DEVNULL
    capture = stdout is subprocess.PIPE
    out_handle = tempfile.TemporaryFile() if capture else open(stdout or os.devnull, "wb")
    err_handle = tempfile.TemporaryFile()
    read_end, write_end = os.pipe()
    try:
        launcher = subprocess.Popen([sys.executable, "-S", "-c", LAUNCHER, str(write_end)] + list(argv), env=env,
                                    stdin=stdin_handle, stdout=out_handle, stderr=err_handle, pass_fds=(write_end,))
        os.close(write_end)
        write_end = -1
        with os.fdopen(read_end, "rb") as handle:
            read_end = -1
            result = handle.read().split()
        launcher.wait()
        if launcher.returncode != 0 or len(result) != 3 or int(result[2]) != 0:
            err_handle.seek(0)
            tail = err_handle.read().decode(errors="replace").strip().splitlines()[-5:]
            code = int(result[2]) if len(result) == 3 else launcher.returncode
            die(f"{shlex.join(argv)} exited {code}:\n  " + "\n  ".join(tail))
        output = None
        if capture:
            out_handle.seek(0)
            output = out_handle.read()
        return float(result[0]), int(result[1]) * 1024, output
    finally:
        for fd in (read_end, write_end):
            if fd >= 0:
                os.close(fd)
        for handle in (stdin_handle, out_handle, err_handle):
            if hasattr(handle, "close"):
                handle.close()


def find_inputs(export):
    """The three CSVs by basename, case-insensitively, at any depth (DESIGN §2)."""
    if not os.path.isdir(export):
        die(f"{export} is not a folder; pandas cannot read a ZIP's three files as they are: unpack it first")
    found = {}
    for root, dirs, names in os.walk(export):
        dirs.sort()
        for name in sorted(names):
            for wanted in FILES:
                if name.lower() == wanted.lower() and wanted not in found:
                    found[wanted] = os.path.join(root, name)
    missing = [name for name in FILES if name not in found]
    if missing:
        die(f"{export} has no {', '.join(missing)}")
    return found


def header_line(path):
    """How many lines stand before Connections.csv's header (its "Notes:" preamble since 2022)."""
    with open(path, encoding="utf-8-sig", errors="replace") as handle:
        for index, line in enumerate(handle):
            if line.lower().startswith("first name,"):
                return index
            if index > 50:
                break
    die(f"{path}: no 'First Name,…' header line in its first 50 lines")


def escape(text):
    """One message a line, as `classify` reads them (DESIGN §4)."""
    return text.replace("\\", "\\\\").replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t")


def unescape(text):
    """A corpus line's text: \\n, \\t, \\r and \\\\ as classify's reader takes them."""
    return re.sub(r"\\([ntr\\])", lambda m: {"n": "\n", "t": "\t", "r": "\r", "\\": "\\"}[m.group(1)], text)


def mbox_entry(text):
    """One message of an mbox with an empty header: the whole text is the body.
    Body lines that look like a separator are quoted (mboxrd)."""
    body = "\n".join(">" + line if line.lstrip(">").startswith("From ") else line
                     for line in text.replace("\r\n", "\n").split("\n"))
    return f"From bench@localhost Thu Jan  1 00:00:00 1970\n\n{body}\n\n"


def inbound_messages(messages_csv, profile_csv):
    """The texts of the non-draft messages not sent by the owner, in file order."""
    csv.field_size_limit(1 << 30)
    owner = None
    if profile_csv:
        with open(profile_csv, encoding="utf-8-sig", newline="") as handle:
            row = next(csv.DictReader(handle), None)
            if row and (row.get("First Name") or row.get("Last Name")):
                owner = f"{row.get('First Name', '')} {row.get('Last Name', '')}".strip()
    with open(messages_csv, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    if not rows:
        die(f"{messages_csv} has no messages")
    key = {name.upper(): name for name in rows[0]}
    sender, content = key.get("FROM"), key.get("CONTENT")
    direction, draft = key.get("DIRECTION"), key.get("IS MESSAGE DRAFT")
    if sender is None or content is None:
        die(f"{messages_csv}: no FROM or CONTENT column")
    if owner is None:
        owner = collections.Counter(row[sender] for row in rows).most_common(1)[0][0]
    texts = []
    for row in rows:
        if draft and row[draft].strip().lower() in ("true", "yes"):
            continue
        if direction and row[direction].strip().upper() not in ("", "INCOMING"):
            continue
        if row[sender] == owner or not row[content]:
            continue
        texts.append(row[content])
    return owner, texts


def corpus(paths):
    """(label, text) of every line of the training corpus."""
    items = []
    for path in paths:
        with open(path, encoding="utf-8") as handle:
            for line in handle:
                fields = line.rstrip("\n").split("\t", 3)
                if line.startswith("#") or len(fields) < 4:
                    continue
                items.append((fields[0], unescape(fields[3])))
    return items


def pick_python(wanted):
    candidates = [wanted] if wanted else [sys.executable, "/usr/bin/python3"]
    for python in candidates:
        python = python and shutil.which(python)
        if python and subprocess.run([python, "-c", "import pandas"], capture_output=True).returncode == 0:
            return os.path.abspath(python)
    die(f"pandas cannot be imported by {' or '.join(c for c in candidates if c)}: install the Debian package "
        "python3-pandas (build-aux/og-bench does, from build-aux/og-bench-packages)")


def build_type(exe):
    """Meson's buildtype and optimisation of the build folder EXE lies in, if any."""
    folder = os.path.dirname(os.path.abspath(exe))
    while folder != os.path.dirname(folder):
        info = os.path.join(folder, "meson-info", "intro-buildoptions.json")
        if os.path.exists(info):
            with open(info) as handle:
                options = {o["name"]: o["value"] for o in json.load(handle)}
            return (f"{options.get('buildtype')} (-O{options.get('optimization')}, "
                    f"b_ndebug={options.get('b_ndebug')}) in {os.path.relpath(folder, TOP)}/")
        folder = os.path.dirname(folder)
    return "unknown (not in a meson build folder)"


def machine():
    cpu = "unknown"
    with open("/proc/cpuinfo") as handle:
        for line in handle:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    memory = 0
    with open("/proc/meminfo") as handle:
        for line in handle:
            if line.startswith("MemTotal:"):
                memory = int(line.split()[1]) * 1024
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return {"cpu": cpu, "cores": f"{os.cpu_count()} ({usable} usable)", "ram": f"{memory / 2**30:.1f} GiB",
            "kernel": f"{platform.system()} {platform.release()} {platform.machine()}"}


def private_env(home):
    """An environment whose workspace, settings and caches all live under HOME."""
    env = dict(os.environ)
    for name, sub in (("HOME", ""), ("XDG_DATA_HOME", "data"), ("XDG_CONFIG_HOME", "config"),
                      ("XDG_CACHE_HOME", "cache"), ("XDG_STATE_HOME", "state")):
        env[name] = os.path.join(home, sub) if sub else home
        os.makedirs(env[name], mode=0o700, exist_ok=True)
    env["GSETTINGS_BACKEND"] = "memory"
    env.pop("OG_TOKEN", None)
    return env


def source_state():
    """The commit the tree is at, and whether src/ holds changes not committed."""
    head = subprocess.run(["git", "-C", TOP, "rev-parse", "--short", "HEAD"], capture_output=True, text=True)
    dirty = subprocess.run(["git", "-C", TOP, "status", "--porcelain", "--", "src", "meson.build"],
                           capture_output=True, text=True)
    if head.returncode != 0:
        return "not a git checkout"
    return head.stdout.strip() + (", src/ with uncommitted changes" if dirty.stdout.strip() else "")


class Bench:
    """One run of the comparison: its inputs, its prepared files and what it measured."""

    def __init__(self, args):
        self.runs = args.runs
        self.built = os.path.abspath(args.exe)
        if not os.access(self.built, os.X_OK):
            die(f"no {self.built}: build it (build-aux/og-bench does: meson setup build-release "
                "-Dbuildtype=release -Dgui=false && meson compile -C build-release), or give --exe")
        self.bogofilter = shutil.which("bogofilter")
        if self.bogofilter is None:
            die("bogofilter is not installed: install the Debian package bogofilter "
                "(build-aux/og-bench does, from build-aux/og-bench-packages)")
        self.python = pick_python(args.python)
        self.export = os.path.abspath(args.export)
        self.inputs = find_inputs(self.export)
        self.input_bytes = sum(os.path.getsize(p) for p in self.inputs.values())
        self.skip = header_line(self.inputs["Connections.csv"])
        self.corpus_paths = sorted(glob.glob(os.path.join(TOP, "data", "classifier", "corpus-*.tsv")))
        if not self.corpus_paths:
            die(f"no training corpus in {TOP}/data/classifier/corpus-*.tsv")
        self.timings = collections.defaultdict(list)
        self.peaks = collections.defaultdict(int)
        self.labels = {}
        self.commands = {}
        self.workspace_bytes = []

    def prepare(self, scratch):
        self.scratch = scratch
        # Every run uses this copy, so that a rebuild of the build folder mid-run cannot mix builds.
        self.exe = os.path.join(scratch, "outreach-guard")
        shutil.copy2(self.built, self.exe)
        with open(self.exe, "rb") as handle:
            self.digest = hashlib.sha256(handle.read()).hexdigest()[:12]

        # The messages, once: one a line for classify, one mbox for bogofilter.
        profile = next((os.path.join(root, name) for root, _, names in os.walk(self.export) for name in names
                        if name.lower() == "profile.csv"), None)
        self.owner, texts = inbound_messages(self.inputs["messages.csv"], profile)
        self.n_messages = len(texts)
        self.lines = os.path.join(scratch, "messages.txt")
        self.mbox = os.path.join(scratch, "messages.mbox")
        with open(self.lines, "w", encoding="utf-8") as lines, open(self.mbox, "w", encoding="utf-8") as mbox:
            for text in texts:
                lines.write(escape(text) + "\n")
                mbox.write(mbox_entry(text))
        del texts

        # bogofilter learns once from the corpus the classifier is built from.
        self.bogo_dir = os.path.join(scratch, "bogofilter")
        os.mkdir(self.bogo_dir, 0o700)
        training = corpus(self.corpus_paths)
        self.n_training = len(training)
        self.n_spam = sum(1 for label, _ in training if label == "pitch")
        self.train_seconds = 0.0
        self.train_commands = []
        for flag, spam in (("-s", True), ("-n", False)):
            path = os.path.join(scratch, f"train{flag}.mbox")
            with open(path, "w", encoding="utf-8") as handle:
                handle.writelines(mbox_entry(text) for label, text in training if (label == "pitch") == spam)
            argv = [self.bogofilter, "-C", "-d", self.bogo_dir, "-M", flag]
            self.train_seconds += run(argv, stdin=path)[0]
            self.train_commands.append(f"{shlex.join(argv)} < {path}")

        # Read every input once so that no tool's first run pays for the disk alone.
        for path in list(self.inputs.values()) + [self.exe, self.lines, self.mbox]:
            with open(path, "rb") as handle:
                while handle.read(1 << 20):
                    pass
        self.floor = run(["/bin/true"])[1]

    def measure(self, name, argv, env=None, stdin=None, stdout=None, shown=None):
        seconds, peak, output = run(argv, env=env, stdin=stdin, stdout=stdout)
        self.timings[name].append(seconds)
        self.peaks[name] = max(self.peaks[name], peak)
        if shown is None:
            shown = shlex.join(argv).replace(self.exe, self.built)
            shown += (f" < {stdin}" if stdin else " < /dev/null") + ("" if stdout else " > /dev/null")
        self.commands.setdefault(name, shown)
        return output

    def home(self, round_, what):
        return private_env(os.path.join(self.scratch, f"home-{round_}-{what}"))

    # One group of measurements each; a round runs them all, in an order rotated each round.

    def audit_export(self, round_):
        self.measure("audit", [self.exe, "audit", "--format=json", self.export], env=self.home(round_, "audit"))

    def pandas(self, round_):
        files = [self.inputs[name] for name in FILES]
        shown = (f"{self.python} -c \"import pandas as pd; pd.read_csv({files[0]!r}, skiprows={self.skip}); "
                 f"pd.read_csv({files[1]!r}); pd.read_csv({files[2]!r})\"")
        output = self.measure("pandas-process", [self.python, "-c", PANDAS_SCRIPT, str(self.skip)] + files,
                              stdout=subprocess.PIPE, shown=shown)
        self.pandas_report = json.loads(output)
        self.timings["pandas-read_csv"].append(self.pandas_report["read_csv"])
        self.timings["pandas-import"].append(self.pandas_report["import"])

    def workspace(self, round_):
        env = self.home(round_, "workspace")
        self.measure("import", [self.exe, "import", self.export], env=env)
        db = os.path.join(env["XDG_DATA_HOME"], "outreach-guard", "workspace.db")
        self.workspace_bytes.append(sum(os.path.getsize(p) for p in glob.glob(db + "*")))
        self.measure("audit-workspace", [self.exe, "audit", "--format=json"], env=env)
        self.measure("workspace-open", [self.exe, "workspace", "export"], env=env)
        shutil.rmtree(env["HOME"])

    def classify(self, round_):
        output = self.measure("classify", [self.exe, "classify", "--format=tsv"], env=self.home(round_, "classify"),
                              stdin=self.lines, stdout=subprocess.PIPE)
        self.count_labels("classify", [line.split(b"\t", 1)[0] for line in output.splitlines()])

    def bogofilter_classify(self, round_):
        argv = [self.bogofilter, "-C", "-d", self.bogo_dir, "-M", "-T", "-e"]
        output = self.measure("bogofilter", argv, stdin=self.mbox, stdout=subprocess.PIPE)
        self.count_labels("bogofilter", [line.split(b" ", 1)[0] for line in output.splitlines()])

    def floors(self, round_):
        env = self.home(round_, "floors")
        self.measure("classify-startup", [self.exe, "classify", "--format=tsv"], env=env)
        self.measure("start", [self.exe, "workspace", "path"], env=env)

    def count_labels(self, tool, labels):
        if len(labels) != self.n_messages:
            die(f"{tool} printed {len(labels)} lines for {self.n_messages} messages")
        self.labels[tool] = collections.Counter(label.decode() for label in labels)

    def rounds(self):
        groups = [self.audit_export, self.pandas, self.workspace, self.classify, self.bogofilter_classify,
                  self.floors]
        self.load_before = os.getloadavg()[0]
        started = time.time()
        for round_ in range(self.runs):
            order = groups[round_ % len(groups):] + groups[:round_ % len(groups)]
            print(f"round {round_ + 1}/{self.runs}: " + ", ".join(g.__name__ for g in order), file=sys.stderr,
                  flush=True)
            for group in order:
                group(round_)
        self.elapsed = time.time() - started
        self.load_after = os.getloadavg()[0]

    def report(self):
        med = {name: statistics.median(values) for name, values in self.timings.items()}
        n = self.n_messages
        info = machine()
        python_version = subprocess.run([self.python, "-c", "import platform; print(platform.python_version())"],
                                        capture_output=True, text=True).stdout.strip()
        bogo_version = subprocess.run([self.bogofilter, "-V"], capture_output=True, text=True).stdout.splitlines()

        print(f"\nExport: {self.export}")
        print("Input: " + ", ".join(f"{os.path.relpath(p, self.export)} {os.path.getsize(p) / MB:.1f} MB"
                                    for p in self.inputs.values()) + f" = {self.input_bytes / MB:.1f} MB")
        print(f"       pandas rows (connections, messages, invitations): "
              f"{', '.join(map(str, self.pandas_report['rows']))}; {n} inbound messages to classify "
              f"(owner: {self.owner})")
        print(f"Machine: {info['cpu']}; {info['cores']} cores; {info['ram']} RAM; {info['kernel']}")
        print(f"         load average {self.load_before:.2f} before, {self.load_after:.2f} after the "
              f"{self.elapsed:.0f} s of rounds")
        print(f"Build: {build_type(self.built)}; source {source_state()}")
        print(f"       {self.built} (sha256 {self.digest}…), run from a copy taken at the start")
        print(f"Tools: pandas {self.pandas_report['pandas']} on {self.python} (Python {python_version}); "
              f"{bogo_version[0] if bogo_version else 'bogofilter'}")
        print(f"Runs: {self.runs} of each, interleaved round by round (order rotated); median wall-clock seconds; "
              f"peak RSS = the largest ru_maxrss of the runs (its floor here, /bin/true's: {self.floor / MB:.1f} MB); "
              "MB = 10^6 bytes\n")

        startless = max(med["classify"] - med["classify-startup"], 1e-9)
        rows = [
            ("audit", "outreach-guard audit --format=json EXPORT", ""),
            ("pandas-read_csv", "pandas read_csv of the 3 files (timed inside)", ""),
            ("pandas-process", "pandas process total (python + import + read_csv)", ""),
            ("pandas-import", "  of which: import pandas", ""),
            ("import", "outreach-guard import EXPORT (fresh workspace)", ""),
            ("audit-workspace", "outreach-guard audit --format=json (workspace)", ""),
            ("workspace-open", "workspace open (workspace export)", ""),
            ("classify", "outreach-guard classify --format=tsv",
             f"{n / med['classify']:,.0f} msg/s, {n / startless:,.0f} after start"),
            ("bogofilter", "bogofilter -M -T -e (one mbox)", f"{n / med['bogofilter']:,.0f} msg/s"),
            ("classify-startup", "classify < /dev/null (start + train)", ""),
            ("start", "outreach-guard workspace path (start)", ""),
        ]
        header = f"{'what':<52} {'median s':>9}  {'runs s':<24} {'peak RSS MB':>11}  throughput"
        print(header)
        print("-" * (len(header) + 20))
        for name, what, note in rows:
            runs = " ".join(f"{v:.3f}" for v in self.timings[name])
            peak = f"{self.peaks[name] / MB:.1f}" if name in self.peaks else "—"
            print(f"{what:<52} {med[name]:>9.3f}  {runs:<24} {peak:>11}  {note}".rstrip())

        print()
        shares = {tool: ", ".join(f"{k} {v / n:.1%}" for k, v in sorted(counts.items()))
                  for tool, counts in self.labels.items()}
        print(f"Labels: classify {shares['classify']}; bogofilter {shares['bogofilter']} "
              "(S = spam = pitch, H = ham, U = unsure)")
        print(f"bogofilter training (once, not in the table): {self.train_seconds:.3f} s on {self.n_training} "
              f"corpus messages ({self.n_spam} pitch as spam, {self.n_training - self.n_spam} other and "
              "recruiting as ham)")
        print(f"Workspace after import: {statistics.median(self.workspace_bytes) / MB:.1f} MB "
              "(workspace.db with its -wal and -shm)")
        print(f"Derived: audit of the workspace − audit of the export = "
              f"{med['audit-workspace'] - med['audit']:+.3f} s (loading the dataset from SQLite instead of "
              "parsing the CSVs; the rest is the same work)")
        ratio = med["audit"] / med["pandas-read_csv"]
        rss_ratio = self.peaks["audit"] / self.input_bytes
        print(f"Ratios: audit / pandas read_csv = {ratio:.2f}; audit / pandas process = "
              f"{med['audit'] / med['pandas-process']:.2f}; audit peak RSS / input = {rss_ratio:.2f}; "
              f"pandas process peak RSS / input = {self.peaks['pandas-process'] / self.input_bytes:.2f}")

        print("\nCommands (each outreach-guard with HOME and XDG_*_HOME in a fresh temporary folder, "
              "GSETTINGS_BACKEND=memory):")
        for name, _, _ in rows:
            if name in self.commands:
                print(f"  {name}: {self.commands[name]}")
        for line in self.train_commands:
            print(f"  bogofilter training: {line}")
        print(f"  messages: the {n} inbound non-draft CONTENTs of messages.csv, one a line with \\n \\t \\r \\\\ "
              "escaped for classify; the same texts as an mbox (empty header, the text as body) for bogofilter")
        print(f"  Connections.csv: {self.skip} preamble line(s) skipped before its header")

        print(f"\nmust-show: audit {med['audit']:.2f} s vs pandas {med['pandas-read_csv']:.2f} s "
              f"(ratio {ratio:.2f}, aim ≤ 0.25); peak RSS {self.peaks['audit'] / MB:.0f} MB vs input "
              f"{self.input_bytes / MB:.0f} MB (ratio {rss_ratio:.2f}, aim ≤ 1.5)")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("export", metavar="EXPORT_DIR")
    parser.add_argument("--exe", default=os.path.join(TOP, "build-release", "src", "outreach-guard"))
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--python", help="the interpreter that runs pandas (default: this one, else /usr/bin/python3)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder and say where it is")
    args = parser.parse_args()
    if args.runs < 1:
        die("--runs must be at least 1")

    bench = Bench(args)
    scratch = tempfile.mkdtemp(prefix="og-bench-")
    try:
        bench.prepare(scratch)
        bench.rounds()
        bench.report()
    finally:
        if args.keep:
            print(f"\nkept {scratch}")
        else:
            shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
