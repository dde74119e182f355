#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The settings schema is complete and has nothing dead (TAP): every key has
a summary and a description, every key the code reads or binds is in the
schema, and every key in the schema is used somewhere in src/.

Usage: check-gschema.py SOURCE_ROOT
"""
import glob
import os
import re
import sys
import xml.etree.ElementTree as ElementTree

from tap import check, finish

root = sys.argv[1]
schema_file = os.path.join(root, "data", "org.example.OutreachGuard.gschema.xml")
keys = ElementTree.parse(schema_file).getroot().findall("schema/key")
names = [key.get("name") for key in keys]

for key in keys:
    summary = (key.findtext("summary") or "").strip()
    description = (key.findtext("description") or "").strip()
    check(summary and not summary.endswith(".") and len(description) > len(summary),
          f"the key {key.get('name')} has a summary without a full stop and a longer description")

sources = ""
for path in glob.glob(os.path.join(root, "src", "**", "*.[ch]"), recursive=True) + \
        glob.glob(os.path.join(root, "src", "**", "*.ui"), recursive=True):
    with open(path, encoding="utf-8") as file:
        sources += file.read()

used = set(re.findall(r'g_settings_[a-z_]+ \([^,()]+, "([a-z0-9-]+)"', sources))
check(used and used <= set(names), f"every key the code uses is in the schema: {sorted(used - set(names))}")
for name in names:
    check(f'"{name}"' in sources, f"the key {name} is used in src/")

finish()
