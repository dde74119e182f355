#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Every translation in po/LINGUAS covers at least 95% of today's strings (TAP).

The .po files in git can lag behind the code, so the strings are extracted
afresh from po/POTFILES.in and each translation is merged against them,
as a translator would see it, before it is counted."""
import os
import re
import subprocess
import sys
import tempfile

from tap import check, finish

NEEDED = 0.95
root = sys.argv[1]
po = os.path.join(root, "po")

with tempfile.TemporaryDirectory() as tmp:
    pot = os.path.join(tmp, "strings.pot")
    subprocess.run(["xgettext", "--from-code=UTF-8", "--keyword=_", "--keyword=N_", "--keyword=C_:1c,2",
                    "--keyword=NC_:1c,2", "--keyword=g_dngettext:2,3", "--keyword=ngettext:1,2",
                    "--files-from=" + os.path.join(po, "POTFILES.in"), "--directory=" + root, "-o", pot],
                   check=True)
    with open(os.path.join(po, "LINGUAS"), encoding="utf-8") as linguas:
        langs = [l.strip() for l in linguas if l.strip() and not l.startswith("#")]
    check(len(langs) >= 3, f"po/LINGUAS lists at least three languages ({', '.join(langs)})")
    for lang in langs:
        merged = os.path.join(tmp, lang + ".po")
        subprocess.run(["msgmerge", "--quiet", "--no-fuzzy-matching", "-o", merged,
                        os.path.join(po, lang + ".po"), pot], check=True)
        stats = subprocess.run(["msgfmt", "--check", "--statistics", "-o", os.devnull, merged],
                               capture_output=True, text=True)
        counts = {kind: int(n) for n, kind in re.findall(r"(\d+) (translated|fuzzy|untranslated)", stats.stderr)}
        done = counts.get("translated", 0)
        total = done + counts.get("fuzzy", 0) + counts.get("untranslated", 0)
        share = done / total if total else 0.0
        check(stats.returncode == 0, f"{lang}: msgfmt --check is clean {stats.stderr.strip()[:200]}")
        check(share >= NEEDED, f"{lang}: {done} of {total} strings translated ({share:.1%}, at least {NEEDED:.0%})")
finish()
