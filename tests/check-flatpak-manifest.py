#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The Flatpak manifest parses without a warning and asks for little (TAP):
a stable GNOME runtime, no file-system access beyond the portals, the
network for the Portability API alone, the token through the Secret portal
(no direct keyring access), and the test suite run in the build.

Usage: check-flatpak-manifest.py MANIFEST
"""
import json
import shutil
import subprocess
import sys

from tap import check, finish

manifest_path = sys.argv[1]

if shutil.which("flatpak-builder") is None:
    print("1..0 # SKIP flatpak-builder is not installed (build-aux/og-test-packages has it)", flush=True)
    sys.exit(0)

shown = subprocess.run(["flatpak-builder", "--show-manifest", manifest_path], capture_output=True, text=True)
check(shown.returncode == 0 and shown.stderr.strip() == "",
      f"flatpak-builder --show-manifest parses it without a warning: {shown.stderr.strip()!r}")
try:
    manifest = json.loads(shown.stdout)
except ValueError:
    manifest = {}

check(manifest.get("id") == "org.example.OutreachGuard" and manifest.get("command") == "outreach-guard",
      "it builds org.example.OutreachGuard and runs outreach-guard")
version = manifest.get("runtime-version", "")
check(manifest.get("runtime") == "org.gnome.Platform" and manifest.get("sdk") == "org.gnome.Sdk"
      and version.isdigit() and int(version) >= 47,
      f"on a stable, numbered org.gnome.Platform runtime (not master or nightly): {version!r}")

# Everything else (files, the token) goes through portals, which need no permission.
allowed = {"--share=ipc", "--socket=fallback-x11", "--socket=wayland", "--device=dri", "--share=network"}
finish_args = manifest.get("finish-args", [])
check(set(finish_args) <= allowed and "--share=network" in finish_args,
      f"its permissions are display, GPU and network only: {finish_args}")
check(not [a for a in finish_args if a.startswith(("--filesystem", "--talk-name", "--system-talk-name",
                                                    "--socket=session-bus", "--socket=system-bus"))],
      "no file-system access and no bus names: files through the document portal, the token through the Secret portal")

modules = manifest.get("modules", [])
ours = [m for m in modules if isinstance(m, dict) and m.get("name") == "outreach-guard"]
check(len(ours) == 1 and ours[0].get("buildsystem") == "meson" and ours[0].get("run-tests") is True,
      "the app's module builds with meson and runs its test suite")

finish()
