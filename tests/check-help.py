#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The user guide is valid Mallard that Yelp can show (TAP): yelp-check finds
nothing to say about its pages, links or ids, no page is left out of the
index, and the guide covers getting the export, reading the flags, the
removal queue, replies and the keyboard.

Usage: check-help.py HELP_DIR PAGE…
"""
import os
import shutil
import subprocess
import sys

from tap import check, finish

help_dir, pages = sys.argv[1], sys.argv[2:]

if shutil.which("yelp-check") is None:
    print("1..0 # SKIP yelp-check is not installed (build-aux/og-test-packages has yelp-tools)", flush=True)
    sys.exit(0)

on_disk = sorted(name for name in os.listdir(help_dir) if name.endswith(".page"))
check(on_disk == sorted(pages), f"data/help/meson.build installs every page there is: {on_disk} vs {sorted(pages)}")

for command in ("validate", "links", "orphans", "ids"):
    result = subprocess.run(["yelp-check", command, *pages], cwd=help_dir, capture_output=True, text=True)
    said = (result.stdout + result.stderr).strip()
    check(result.returncode == 0 and said == "", f"yelp-check {command} has nothing to say: {said[:300]!r}")

for topic in ("index", "export", "flags", "removal-queue", "replies", "shortcuts"):
    check(topic + ".page" in pages, f"the guide has a page {topic}")

finish()
