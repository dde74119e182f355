#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The command-line contract of DESIGN §4, end to end.

Usage: check-cli.py OUTREACH_GUARD SOURCE_ROOT

Runs `classify` and `audit` the way scripts do and checks the shapes they
promise: one line per input line, labels from the fixed set, evidence whose
spans point at the text they quote, one CSV row per contact, exit codes.
Prints TAP; exits 1 on a failure.
"""
import csv
import io
import json
import os
import re
import subprocess
import sys
import tempfile

from tap import check, finish

binary, root = sys.argv[1], sys.argv[2]
sample = os.path.join(root, "data", "sample")
LABELS = {"pitch", "recruiting", "other", "unsure"}



def run(*args, stdin=""):
    return subprocess.run([binary, *args], input=stdin, capture_output=True, text=True)


# --- classify: TSV -----------------------------------------------------------------
messages = [
    r"Hi Noor,\nwe help logistics teams cut freight costs by 20%. Open to a quick call next week?",
    "Congratulations on the new role, well deserved!",
    "We're hiring a senior data engineer in Porto and your background is a great fit. Open to a chat about the role?",
    "",
    r"Tab\there and a backslash \\ too",
]
tsv = run("classify", stdin="\n".join(messages) + "\n")
lines = tsv.stdout.splitlines()
check(tsv.returncode == 0, f"classify exits 0 ({tsv.stderr.strip()[:200]})")
check(len(lines) == len(messages), f"classify prints one line per input line ({len(lines)} for {len(messages)})")
shape = all(re.fullmatch(r"(pitch|recruiting|other|unsure)\t(0|1)\.\d{3}", line) for line in lines)
check(shape, f"classify prints LABEL<TAB>SCORE with a score in [0, 1]: {lines}")
if len(lines) == len(messages):
    check(lines[0].startswith("pitch\t"), f"an escaped newline keeps a pitch on one line: {lines[0]}")
    check(lines[1].startswith("other\t"), f"congratulations are other: {lines[1]}")
    check(lines[2].startswith("recruiting\t"), f"a job offer is recruiting: {lines[2]}")
    check(not lines[3].startswith("pitch"), f"an empty line is never a pitch: {lines[3]}")

no_newline = run("classify", stdin="Thanks for the intro, talk soon!")
check(no_newline.returncode == 0 and len(no_newline.stdout.splitlines()) == 1,
      "classify reads a last line without a newline")

# Thousands of lines are classified in batches on every core and still come out in order,
# each line as it reads alone; a bad line after the first batch is named by its number.
many = [messages[i % 3] for i in range(9000)]
alone = {m: run("classify", stdin=m + "\n").stdout for m in messages[:3]}
batched = run("classify", stdin="\n".join(many) + "\n")
check(batched.returncode == 0 and batched.stdout == "".join(alone[m] for m in many),
      "classify gives 9,000 lines in order, each labelled as it is alone")
broken = subprocess.run([binary, "classify"], input=("\n".join(many[:5000]) + "\n").encode() + b"\xff\xfe\n",
                        capture_output=True)
check(broken.returncode == 1 and len(broken.stdout.splitlines()) == 5000 and b"line 5001" in broken.stderr,
      f"classify prints every line before a bad one and names it: {broken.stderr.strip()[:200]}")

# --- classify: JSON ------------------------------------------------------------------
js = run("classify", "--format=json", stdin="\n".join(messages[:3]) + "\n")
check(js.returncode == 0, f"classify --format=json exits 0 ({js.stderr.strip()[:200]})")
try:
    results = json.loads(js.stdout)
except ValueError:
    results = None
check(isinstance(results, list) and len(results) == 3, "classify --format=json prints an array with one object per line")
check(not re.search(r"\d\.\d{4,}", js.stdout), "classify --format=json rounds numbers to three decimals")
if results and len(results) == 3:
    first = results[0]
    text = messages[0].replace(r"\n", "\n").encode("utf-8")
    check(first.get("line") == 1 and first.get("label") in LABELS and 0 <= first.get("score", -1) <= 1,
          "each result carries its line, label and score")
    probabilities = first.get("probabilities", {})
    check(set(probabilities) == {"pitch", "recruiting", "other"} and abs(sum(probabilities.values()) - 1) < 0.01,
          f"each result carries probabilities that sum to one: {probabilities}")
    evidence = first.get("evidence", [])
    check(len(evidence) > 0, "a pitch comes with evidence")
    spans_ok = True
    for item in evidence:
        if not {"feature", "weight"} <= set(item):
            spans_ok = False
        elif item.get("end", 0) > item.get("start", 0):
            spans_ok &= text[item["start"]:item["end"]].decode("utf-8") == item.get("match")
    check(spans_ok, "evidence spans are byte offsets into the message and quote what they matched")

# --- classify: opt-outs ----------------------------------------------------------------
opt = run("classify", "--opt-out", stdin="Please remove me from your list.\nSee you at ten, thanks!\n")
opt_lines = opt.stdout.splitlines()
check(opt.returncode == 0 and len(opt_lines) == 2 and opt_lines[0].startswith("optout\t")
      and opt_lines[1].startswith("other\t"), f"classify --opt-out tells a request to stop from a reply: {opt_lines}")

bad = run("classify", "--format=xml")
check(bad.returncode != 0 and "xml" in bad.stderr, f"classify rejects an unknown format by name: {bad.stderr.strip()}")

# --- audit ---------------------------------------------------------------------------------
js = run("audit", "--format=json", sample)
report = json.loads(js.stdout) if js.returncode == 0 else None
check(report is not None, f"audit --format=json exits 0 ({js.stderr.strip()[:200]})")
if report:
    for key in ("version", "threshold_minutes", "owner", "summary", "contacts", "templates", "warnings"):
        check(key in report, f"the JSON report has '{key}'")
    contact_keys = {"name", "profile_url", "company", "position", "connected_on", "acceptance",
                    "messages_from_contact", "pitches", "recruiting", "pitch_rate", "pitch_first",
                    "first_pitch_at", "minutes_to_first_pitch", "within_threshold", "unanswered_followups",
                    "ignored_opt_out", "template_cluster", "flags"}
    missing = [sorted(contact_keys - set(c)) for c in report["contacts"] if not contact_keys <= set(c)]
    check(not missing, f"every contact has every field of DESIGN §4 {missing[:1]}")
    check(report["threshold_minutes"] == 60, "the default threshold is 60 minutes")

    csv_run = run("audit", "--format=csv", sample)
    rows = list(csv.DictReader(io.StringIO(csv_run.stdout)))
    check(csv_run.returncode == 0 and len(rows) == len(report["contacts"]),
          f"audit --format=csv prints one row per contact ({len(rows)} rows, {len(report['contacts'])} contacts)")
    if rows:
        by_url = {c["profile_url"]: c for c in report["contacts"]}
        agree = all(int(r["pitches"]) == by_url[r["profile_url"]]["pitches"] for r in rows if r["profile_url"] in by_url)
        check(agree, "the CSV rows agree with the JSON report")

    text = run("audit", "--format=text", sample)
    summary = report["summary"]
    check(text.returncode == 0 and f"Connections: {summary['connections']}" in text.stdout
          and f"Contacts who pitched you: {summary['contacts_who_pitched']}" in text.stdout,
          "audit --format=text states the summary a person skims")

    fast = run("audit", "--format=json", "--threshold=5", sample)
    fast_report = json.loads(fast.stdout) if fast.returncode == 0 else None
    check(fast_report is not None and fast_report["threshold_minutes"] == 5
          and fast_report["summary"]["within_threshold"] <= summary["within_threshold"],
          "--threshold changes the verdicts and is reported")

bad_threshold = run("audit", "--threshold=-3", sample)
check(bad_threshold.returncode != 0 and "threshold" in bad_threshold.stderr,
      f"a negative threshold is refused: {bad_threshold.stderr.strip()}")
bad_format = run("audit", "--format=xml", sample)
check(bad_format.returncode != 0 and "xml" in bad_format.stderr, "audit rejects an unknown format by name")
missing = run("audit", os.path.join(root, "no-such-export.zip"))
check(missing.returncode == 1 and "no-such-export.zip" in missing.stderr and missing.stdout == "",
      f"a missing source exits 1 naming it and prints no report: {missing.stderr.strip()}")

# --- draft -------------------------------------------------------------------------------
BUILTINS = ["polite-removal", "firm-stop", "asked-before", "off-topic-ask", "work-first", "recruiting-decline"]
listed = run("draft", "--list")
rows = [line.split("\t") for line in listed.stdout.splitlines()]
check(listed.returncode == 0 and all(len(row) == 3 and all(row) for row in rows),
      f"draft --list prints ID<TAB>TITLE<TAB>DESCRIPTION per line ({listed.stderr.strip()[:200]})")
check([row[0] for row in rows][:len(BUILTINS)] == BUILTINS, f"draft --list starts with the six built-ins: {rows}")

margaux = "https://www.linkedin.com/in/margaux-chateau-3e26220"
drafted = run("draft", "asked-before", f"--contact={margaux}", sample)
check(drafted.returncode == 0 and drafted.stdout.startswith("Hi Margaux,\n")
      and drafted.stdout.rstrip().endswith("Mara") and "{" not in drafted.stdout,
      f"draft TEMPLATE --contact=URL SOURCE prints the reply filled for that connection: {drafted.stdout[:80]!r}")
check("asked you before" in drafted.stdout, "the draft is the template asked for")
loose = run("draft", "work-first", "--contact=linkedin.com/in/margaux-chateau-3e26220/", sample)
check(loose.returncode == 0 and loose.stdout.startswith("Hi Margaux,"),
      "the contact's URL may be written the way browsers show it")
unknown_template = run("draft", "sponsor-us", f"--contact={margaux}", sample)
check(unknown_template.returncode == 1 and "sponsor-us" in unknown_template.stderr and unknown_template.stdout == "",
      f"an unknown template exits 1 naming it: {unknown_template.stderr.strip()}")
stranger = run("draft", "firm-stop", "--contact=https://www.linkedin.com/in/nobody-we-know", sample)
check(stranger.returncode == 1 and "nobody-we-know" in stranger.stderr and stranger.stdout == "",
      f"a profile that is not a connection exits 1 naming it: {stranger.stderr.strip()}")
not_profile = run("draft", "firm-stop", "--contact=https://example.com/in/margaux", sample)
check(not_profile.returncode == 1 and "example.com" in not_profile.stderr,
      f"a URL that is not a LinkedIn profile exits 1: {not_profile.stderr.strip()}")
usage = run("draft")
check(usage.returncode == 2 and "--list" in usage.stderr, f"draft without a template says how to use it: {usage.stderr.strip()}")

# A name and a company with terminal escapes (a window title, a screen clear) print as text.
with tempfile.TemporaryDirectory(prefix="og-check-cli-") as hostile:
    connections = os.path.join(hostile, "Connections.csv")
    with open(connections, "w", encoding="utf-8") as out:
        out.write("First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
                  "\"Ola\x1b]0;owned\x07\",Nord,https://www.linkedin.com/in/ola-nord,,\"Nord\x1b[2Jvik\x9b31m\",Sales,"
                  "01 Feb 2025\n")
    escaped = run("draft", "polite-removal", "--contact=https://www.linkedin.com/in/ola-nord", connections)
    check(escaped.returncode == 0 and escaped.stdout.startswith("Hi Ola]0;owned,\n")
          and not any(c in escaped.stdout for c in "\x1b\x07\x9b"),
          f"draft prints no control character from the export, only the template's line breaks: {escaped.stdout[:60]!r}")

helped = run("help")
check(helped.returncode == 0 and "audit" in helped.stdout and "classify" in helped.stdout and "draft" in helped.stdout,
      "help lists the commands")

finish()
