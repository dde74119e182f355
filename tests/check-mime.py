#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A LinkedIn export ZIP can be opened with the app from a file manager: GIO
calls it application/zip, and the installed launcher is one of the
applications GIO offers for that type, beside the CSV and JSON files the app
also reads (TAP).

Usage: check-mime.py DESKTOP_FILE OUTREACH_GUARD

A type of its own for the export is not possible: shared-mime-info matches
the "*.zip" suffix before any glob on the name's start, so GIO never sees a
"Basic_LinkedInDataExport_*.zip" pattern. Hence the launcher claims ZIPs.
"""
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile

from tap import check, finish

desktop, binary = sys.argv[1], sys.argv[2]
app_id = "org.example.OutreachGuard"

if shutil.which("gio") is None or shutil.which("update-desktop-database") is None:
    print("1..0 # SKIP needs gio and update-desktop-database", flush=True)
    sys.exit(0)

scratch = tempfile.mkdtemp(prefix="og-mime-")
try:
    applications = os.path.join(scratch, "data", "applications")
    os.makedirs(applications)
    shutil.copy(desktop, applications)
    updated = subprocess.run(["update-desktop-database", applications], capture_output=True, text=True)
    check(updated.returncode == 0 and not updated.stderr.strip(),
          f"update-desktop-database reads the launcher without a complaint: {updated.stderr.strip()}")

    # Only this launcher is installed; GIO hides one whose program is not on PATH.
    env = dict(os.environ, XDG_DATA_HOME=os.path.join(scratch, "home"),
               XDG_DATA_DIRS=os.path.join(scratch, "data") + ":/usr/share",
               XDG_CONFIG_HOME=os.path.join(scratch, "config"),
               PATH=os.path.dirname(os.path.abspath(binary)) + ":" + os.environ.get("PATH", "/usr/bin"))

    def content_type(path):
        info = subprocess.run(["gio", "info", "--attributes=standard::content-type", path],
                              env=env, capture_output=True, text=True)
        for line in info.stdout.splitlines():
            if "standard::content-type:" in line:
                return line.split(":", 3)[-1].strip()
        return None

    def handlers(mime_type):
        listed = subprocess.run(["gio", "mime", mime_type], env=env, capture_output=True, text=True)
        return listed.stdout

    export = os.path.join(scratch, "Basic_LinkedInDataExport_12-04-2026.zip")
    with zipfile.ZipFile(export, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("Connections.csv", "Notes:\n\nFirst Name,Last Name,URL,Email Address,Company,Position,"
                         "Connected On\n")
    kind = content_type(export)
    check(kind == "application/zip", f"GIO sees a LinkedIn export as application/zip: {kind}")

    for mime_type in ("application/zip", "text/csv", "application/json"):
        listed = handlers(mime_type)
        check(app_id + ".desktop" in listed, f"the app is offered to open {mime_type}: {listed.strip()!r}")
finally:
    shutil.rmtree(scratch, ignore_errors=True)

finish()
