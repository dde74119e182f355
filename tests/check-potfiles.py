#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""po/POTFILES.in lists exactly the files with translatable strings (TAP)."""
import os
import re
import sys

root = sys.argv[1]
listed = set()
with open(os.path.join(root, "po", "POTFILES.in"), encoding="utf-8") as potfiles:
    for line in potfiles:
        line = line.strip()
        if line and not line.startswith("#"):
            listed.add(line)

marker = re.compile(r'\b(N?_|C_|NC_|ngettext|g_dngettext)\s*\(|translatable="yes"|<_?(name|summary|description|p|li)\b|^_?(Name|Comment|Keywords)=', re.M)
needed = set()
for folder in ("src", "data"):
    for dirpath, _, names in os.walk(os.path.join(root, folder)):
        if "sample" in dirpath.split(os.sep):
            continue
        for name in names:
            if not name.endswith((".c", ".ui", ".desktop.in", ".metainfo.xml.in", ".gschema.xml")):
                continue
            path = os.path.join(dirpath, name)
            with open(path, encoding="utf-8") as source:
                text = source.read()
            if name.endswith(".c") and not re.search(r'\b(N?_|ngettext)\s*\("', text):
                continue
            if marker.search(text):
                needed.add(os.path.relpath(path, root))

n = 0
failures = 0
for path in sorted(needed | listed):
    n += 1
    if path not in listed:
        print(f"not ok {n} - {path} has translatable strings but is not in po/POTFILES.in")
        failures += 1
    elif not os.path.exists(os.path.join(root, path)):
        print(f"not ok {n} - {path} is in po/POTFILES.in but does not exist")
        failures += 1
    else:
        print(f"ok {n} - {path}")
print(f"1..{n}")
sys.exit(1 if failures else 0)
