#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The launcher is DBusActivatable: a session bus that knows only the built
service file starts the app when the desktop asks it to Activate, and Open
hands it a LinkedIn export ZIP that ends up in the workspace (TAP). A second
start with --sample has the running app explore the sample in a workspace of
its own, which goes once the person's own export is opened.

Usage: check-dbus-activation.py OUTREACH_GUARD SERVICE_FILE DESKTOP_FILE SOURCE_ROOT

Runs its own dbus-daemon (so the outer test bus never sees the app) and needs
a display, which build-aux/og-test gives; skips without one.
"""
import configparser
import glob
import json
import os
import shlex
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time

from tap import check, finish, stop, zip_sample

binary, service_path, desktop_path, root = sys.argv[1:5]
app_id = "org.example.OutreachGuard"
object_path = "/" + app_id.replace(".", "/")

if not os.environ.get("DISPLAY") or shutil.which("dbus-daemon") is None or shutil.which("gdbus") is None:
    print("1..0 # SKIP needs a display, dbus-daemon and gdbus (run through build-aux/og-test)", flush=True)
    sys.exit(0)

# The files as installed: the service names the app and starts it as a service.
service = configparser.ConfigParser(interpolation=None)
service.optionxform = str
service.read(service_path, encoding="utf-8")
section = service["D-BUS Service"] if service.has_section("D-BUS Service") else {}
exec_line = shlex.split(section.get("Exec", ""))
check(section.get("Name") == app_id, f"the service file names the bus name {app_id}: {section.get('Name')!r}")
check(len(exec_line) == 2 and os.path.basename(exec_line[0]) == "outreach-guard"
      and os.path.isabs(exec_line[0]) and exec_line[1] == "--gapplication-service",
      f"the service file starts the installed outreach-guard with --gapplication-service: {exec_line}")

desktop = configparser.ConfigParser(interpolation=None)
desktop.optionxform = str
desktop.read(desktop_path, encoding="utf-8")
entry = desktop["Desktop Entry"]
check(entry.get("DBusActivatable") == "true", "the desktop file says DBusActivatable=true")
check(os.path.basename(desktop_path) == app_id + ".desktop",
      "the desktop file is named after the bus name, as D-Bus activation requires")
mime_types = [t for t in entry.get("MimeType", "").split(";") if t]
check("application/zip" in mime_types,
      f"the desktop file opens ZIPs, as LinkedIn exports are: {mime_types}")

scratch = tempfile.mkdtemp(prefix="og-dbus-")
daemon = app = None


def gdbus(*args, timeout=30):
    return subprocess.run(["gdbus", "call", "--session", "--timeout", str(timeout), *args],
                          env=env, capture_output=True, text=True, timeout=timeout + 10)


def has_owner():
    result = gdbus("--dest", "org.freedesktop.DBus", "--object-path", "/org/freedesktop/DBus",
                   "--method", "org.freedesktop.DBus.NameHasOwner", app_id, timeout=5)
    return result.returncode == 0 and "true" in result.stdout


def window_exported():
    result = subprocess.run(["gdbus", "introspect", "--session", "--dest", app_id,
                             "--object-path", object_path + "/window"],
                            env=env, capture_output=True, text=True, timeout=15)
    return result.returncode == 0 and "node 1" in result.stdout


def wait_for(predicate, timeout):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.2)
    return False


try:
    services = os.path.join(scratch, "services")
    os.makedirs(services)
    # The built service file, pointed at the binary under test.
    with open(os.path.join(services, app_id + ".service"), "w", encoding="utf-8") as out:
        out.write(f"[D-BUS Service]\nName={app_id}\nExec={shlex.quote(binary)} {exec_line[1] if len(exec_line) > 1 else ''}\n")

    socket = os.path.join(scratch, "bus")
    config = os.path.join(scratch, "session.conf")
    with open(config, "w", encoding="utf-8") as out:
        out.write(f"""<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:path={socket}</listen>
  <servicedir>{services}</servicedir>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
""")

    # What the bus passes on to the app it starts: a private home, this bus.
    env = dict(os.environ)
    env["DBUS_SESSION_BUS_ADDRESS"] = "unix:path=" + socket
    for name in ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "TMPDIR"):
        env[name] = os.path.join(scratch, name.lower())
        os.makedirs(env[name])
    daemon = subprocess.Popen(["dbus-daemon", "--nofork", "--config-file=" + config],
                              env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    check(wait_for(lambda: os.path.exists(socket), 10), "a private session bus starts")

    activated = gdbus("--dest", app_id, "--object-path", object_path,
                      "--method", "org.freedesktop.Application.Activate", "{}")
    check(activated.returncode == 0, f"Activate on {app_id} starts the app through the bus: {activated.stderr.strip()}")
    check(wait_for(window_exported, 20), "the activated app opens its window")

    # The workspace's summary, as the CLI reads it; nothing before the first import.
    def own_connections():
        report = subprocess.run([binary, "audit", "--format=json"], env=env, capture_output=True, text=True,
                                timeout=60)
        try:
            return json.loads(report.stdout)["summary"]["connections"] if report.returncode == 0 else 0
        except (ValueError, KeyError, TypeError):
            return 0

    def sample_folders():
        return glob.glob(os.path.join(env["TMPDIR"], "outreach-guard-sample-*"))

    def sample_people():
        for folder in sample_folders():
            try:
                with sqlite3.connect(os.path.join(folder, "workspace.db"), timeout=1) as db:
                    return db.execute("SELECT count(*) FROM people").fetchone()[0]
            except sqlite3.Error:
                pass
        return 0

    sampled = subprocess.run([binary, "--sample"], env=env, capture_output=True, text=True, timeout=60)
    check(sampled.returncode == 0,
          f"outreach-guard --sample hands the running app the sample and ends: {sampled.stderr.strip()}")
    check(wait_for(lambda: sample_people() >= 300, 40) and len(sample_folders()) == 1,
          f"the app imports the sample's 300 people into a workspace of its own: {sample_folders()}")
    check(own_connections() == 0, "the person's own workspace stays without them")

    export = os.path.join(scratch, "Basic_LinkedInDataExport_12-04-2026.zip")
    zip_sample(root, export)
    uri = "file://" + export
    opened = gdbus("--dest", app_id, "--object-path", object_path,
                   "--method", "org.freedesktop.Application.Open", f"['{uri}']", "{}")
    check(opened.returncode == 0, f"Open hands the app a LinkedIn export ZIP: {opened.stderr.strip()}")

    # The import runs in the background; quitting waits for nothing, so give it time.
    workspace = os.path.join(env["XDG_DATA_HOME"], "outreach-guard")

    def imported():
        report = subprocess.run([binary, "audit", "--format=json"], env=env, capture_output=True, text=True,
                                timeout=60)
        if report.returncode != 0:
            return False
        try:
            return json.loads(report.stdout)["summary"]["connections"] > 0
        except (ValueError, KeyError, TypeError):
            return False

    check(wait_for(imported, 40), f"the opened export is in the workspace under {workspace}")
    check(wait_for(lambda: not sample_folders(), 20),
          f"opening it left the sample, whose workspace is gone: {sample_folders()}")

    quit_call = gdbus("--dest", app_id, "--object-path", object_path, "--method", "org.gtk.Actions.Activate",
                      "quit", "[]", "{}")
    check(quit_call.returncode == 0 and wait_for(lambda: not has_owner(), 20),
          "the app's quit action, asked over the bus, ends it")

    # Started on the sample and ended by SIGTERM, as at a logout: its folder goes too.
    app = subprocess.Popen([binary, "--sample"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shown_sample = wait_for(lambda: sample_people() >= 300, 40)
    app.terminate()
    try:
        ended = app.wait(timeout=20) == 0
    except subprocess.TimeoutExpired:
        ended = False
    check(shown_sample and ended and not sample_folders(),
          f"outreach-guard --sample, ended by SIGTERM, exits cleanly and leaves no sample behind: {sample_folders()}")
finally:
    stop(app)
    stop(daemon)
    shutil.rmtree(scratch, ignore_errors=True)

finish()
