#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""End-to-end checks of `outreach-guard audit` on the bundled fixtures.

Usage: check-fixtures.py OUTREACH_GUARD SOURCE_ROOT

Compares the audit's JSON with what the fixture generators wrote down as
intended (data/sample-expected.json, tests/data/eras/expected.json) and with
tests/independent-count.py. Prints TAP, one line per check; exits 1 on a failure.
"""
import glob
from urllib.parse import quote
import json
import os
import subprocess
import sys

from tap import check, finish

binary, root = sys.argv[1], sys.argv[2]
here = os.path.join(root, "tests")



def audit(*sources):
    run = subprocess.run([binary, "audit", "--format=json", *sources],
                         capture_output=True, text=True)
    report = json.loads(run.stdout) if run.returncode == 0 else None
    return run.returncode, report, run.stderr


def independent(source):
    out = subprocess.run([sys.executable, os.path.join(here, "independent-count.py"), source],
                         capture_output=True, text=True, check=True).stdout
    return json.loads(out)


def contacts_by_name(report):
    return {c["name"]: c for c in report["contacts"]}


def iso_seconds(text):
    """'2025-05-21T09:14:27.688Z' -> '2025-05-21T09:14:27Z' (floor)."""
    return text.split(".")[0].rstrip("Z") + "Z"


# --- the bundled sample -------------------------------------------------------
sample = os.path.join(root, "data", "sample")
expected = json.load(open(os.path.join(root, "data", "sample-expected.json"), encoding="utf-8"))
rc, report, err = audit(sample)
check(rc == 0, f"sample: audit exits 0 ({err.strip()[:200]})")
if report:
    counts = independent(sample)
    for key, value in counts.items():
        check(report["summary"][key] == value, f"sample: summary {key} = {report['summary'][key]}, independent count {value}")
    want_notes = expected["by_design"]["summary"]["note_acceptances"]
    check(report["summary"]["note_acceptances"] == want_notes,
          f"sample: note_acceptances = {report['summary']['note_acceptances']}, by design {want_notes}")
    check(report["owner"]["name"] == expected["owner"]["name"] if isinstance(expected["owner"], dict)
          else report["owner"]["name"] == expected["owner"],
          f"sample: owner is {report['owner']['name']}")
    # Names repeat (two invented people can share one): match on the profile URL.
    got = {c["profile_url"]: c for c in report["contacts"] if c["profile_url"]}
    mismatches = []
    for contact in expected["contacts"]:
        mine = got.get("https://www.linkedin.com/in/" + quote(contact["slug"], safe=""))
        if mine is None:
            mismatches.append(f"{contact['name']}: missing")
            continue
        for key in ("connected_on", "acceptance"):
            if mine[key] != contact[key]:
                mismatches.append(f"{contact['name']}: {key} {mine[key]} != {contact[key]}")
    check(not mismatches, f"sample: connected_on and acceptance windows of {len(expected['contacts'])} designed contacts"
          + ("" if not mismatches else " — " + "; ".join(mismatches[:5])))

# --- every era ------------------------------------------------------------------
eras = json.load(open(os.path.join(here, "data", "eras", "expected.json"), encoding="utf-8"))
for era, spec in sorted(eras["eras"].items()):
    folder = os.path.join(here, "data", "eras", era)
    rc, report, err = audit(folder)
    check(rc == 0, f"era {era}: audit exits 0")
    if not report:
        continue
    got = contacts_by_name(report)
    notes = spec["by_design"]["note_acceptances"]
    check(report["summary"]["note_acceptances"] == len(notes),
          f"era {era}: note_acceptances = {report['summary']['note_acceptances']}, by design {len(notes)}")
    for note in notes:
        mine = got.get(note["name"], {}).get("acceptance", {})
        check(mine.get("source") == "invitation-note" and mine.get("earliest") == note["acceptance"],
              f"era {era}: {note['name']} accepted at {mine.get('earliest')} ({mine.get('source')}), by design {note['acceptance']}")
    owner = report["owner"]["name"]
    check(owner == "Mara Lindqvist", f"era {era}: owner is {owner}")

# --- saved Portability API responses --------------------------------------------
api_files = sorted(glob.glob(os.path.join(here, "data", "api", "member*.json")))
rc, report, err = audit(*api_files)
check(rc == 0, f"api: audit of {len(api_files)} saved responses exits 0 ({err.strip()[:200]})")
if report:
    for key, value in eras["api"]["counts"].items():
        check(report["summary"][key] == value, f"api: summary {key} = {report['summary'][key]}, expected {value}")
    by_url = {c["profile_url"]: c for c in report["contacts"] if c["profile_url"]}
    for event in eras["api"]["acceptances_from_changelog"]:
        other = event["invitee"] if "mara-lindqvist" in event["inviter"] else event["inviter"]
        url = "https://www.linkedin.com/in/" + quote(other.rsplit("/in/", 1)[1], safe="")
        mine = by_url.get(url, {}).get("acceptance", {})
        check(mine.get("source") == "portability-api" and mine.get("earliest") == iso_seconds(event["accepted_at"]),
              f"api: {url} accepted at {mine.get('earliest')} ({mine.get('source')}), changelog {event['accepted_at']}")

# --- quirks -----------------------------------------------------------------------
for name, counts in sorted(eras["quirks"].items()):
    folder = os.path.join(here, "data", "quirks", name)
    rc, report, err = audit(folder)
    if name.startswith("broken/"):
        lines = [line for line in err.splitlines() if not line.startswith("warning:")]
        check(rc == 1 and lines and all(line.split(":")[0].split(",")[0].endswith((".csv", ".CSV")) or
                                        "holds no" in line for line in lines),
              f"quirk {name}: exit {rc}, one line per problem naming the file: {lines}")
        continue
    check(rc == 0, f"quirk {name}: audit exits 0 ({err.strip()[:200]})")
    if report:
        for key, value in counts.items():
            check(report["summary"][key] == value, f"quirk {name}: summary {key} = {report['summary'][key]}, independent {value}")

finish()
