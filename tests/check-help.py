#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The user guide is valid Mallard that Yelp can show (TAP): yelp-check finds
nothing to say about its pages, links or ids, no page is left out of the
index, and the guide covers getting the export, reading the flags, the
removal queue, replies and the keyboard. Each translation in
data/help/LINGUAS is complete, and the pages itstool makes from it are
valid Mallard too.

Usage: check-help.py HELP_DIR PAGE…   (HELP_DIR is data/help/C)
"""
import os
import shutil
import subprocess
import sys
import tempfile

from tap import check, finish

help_dir, pages = sys.argv[1], sys.argv[2:]

if shutil.which("yelp-check") is None or shutil.which("itstool") is None:
    print("1..0 # SKIP yelp-check and itstool are not installed (build-aux/og-test-packages has yelp-tools)",
          flush=True)
    sys.exit(0)

on_disk = sorted(name for name in os.listdir(help_dir) if name.endswith(".page"))
check(on_disk == sorted(pages), f"data/help/meson.build installs every page there is: {on_disk} vs {sorted(pages)}")

for command in ("validate", "links", "orphans", "ids"):
    result = subprocess.run(["yelp-check", command, *pages], cwd=help_dir, capture_output=True, text=True)
    said = (result.stdout + result.stderr).strip()
    check(result.returncode == 0 and said == "", f"yelp-check {command} has nothing to say: {said[:300]!r}")

for topic in ("index", "export", "flags", "removal-queue", "replies", "shortcuts"):
    check(topic + ".page" in pages, f"the guide has a page {topic}")

# The translations, merged as `meson install` merges them (itstool).
top = os.path.dirname(os.path.abspath(help_dir))
with open(os.path.join(top, "LINGUAS"), encoding="utf-8") as linguas:
    languages = [l.strip() for l in linguas if l.strip() and not l.startswith("#")]
check(len(languages) >= 3, f"data/help/LINGUAS lists at least three languages: {languages}")
for lang in languages:
    po = os.path.join(top, lang, lang + ".po")
    with tempfile.TemporaryDirectory() as scratch:
        mo = os.path.join(scratch, lang + ".mo")
        stats = subprocess.run(["msgfmt", "--check", "--statistics", "-o", mo, po], capture_output=True, text=True)
        complete = stats.returncode == 0 and "fuzzy" not in stats.stderr and "untranslated" not in stats.stderr
        check(complete, f"{lang}: the guide's translation is complete and msgfmt --check clean: {stats.stderr.strip()}")
        merged = subprocess.run(["itstool", "-m", mo, "-o", scratch] + [os.path.join(help_dir, p) for p in pages],
                                capture_output=True, text=True)
        said = merged.stderr.strip()
        if merged.returncode == 0:
            validated = subprocess.run(["yelp-check", "validate", *pages], cwd=scratch, capture_output=True, text=True)
            said = (validated.stdout + validated.stderr).strip()
        check(merged.returncode == 0 and said == "", f"{lang}: the translated pages are valid Mallard: {said[:300]!r}")

finish()
