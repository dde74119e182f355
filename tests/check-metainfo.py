#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The AppStream metainfo as built says what a software centre needs, and
its facts agree with the rest of the project (TAP): screenshots that the
test suite renders, releases newest first and the newest one this version,
the launcher and binary that are installed, both branding colours.

Usage: check-metainfo.py METAINFO DESKTOP_FILE VERSION SOURCE_ROOT
"""
import datetime
import glob
import os
import re
import struct
import sys
import xml.etree.ElementTree as ElementTree

from tap import check, finish

metainfo, desktop, version, root = sys.argv[1:5]
component = ElementTree.parse(metainfo).getroot()


def untranslated(parent, tag):
    return [node for node in parent.findall(tag) if "{http://www.w3.org/XML/1998/namespace}lang" not in node.attrib]


check(component.findtext("id") == "org.example.OutreachGuard", "the component id is the application id")
summary = untranslated(component, "summary")
check(len(summary) == 1 and 10 <= len(summary[0].text or "") <= 60 and not summary[0].text.endswith("."),
      f"one short summary without a full stop: {[s.text for s in summary]}")
paragraphs = untranslated(component.find("description"), "p") if component.find("description") is not None else []
check(len(paragraphs) >= 2, f"the description has {len(paragraphs)} paragraphs")
languages = {node.get("{http://www.w3.org/XML/1998/namespace}lang") for node in component.iter()} - {None}
check({"de", "es", "fr"} <= languages, f"the description and captions carry German, Spanish and French: {sorted(languages)}")

# Screenshots: files in data/screenshots that a GUI test saves, with a caption each.
rendered = set()
for source in glob.glob(os.path.join(root, "tests", "*.c")):
    with open(source, encoding="utf-8") as file:
        rendered.update(re.findall(r'"([a-z0-9-]+\.png)"', file.read()))
screenshots = component.findall("screenshots/screenshot")
check(len(screenshots) >= 4, f"{len(screenshots)} screenshots")
check(len([s for s in screenshots if s.get("type") == "default"]) == 1, "exactly one screenshot is the default")
for screenshot in screenshots:
    image = screenshot.find("image")
    url = image.text if image is not None else ""
    name = url.rsplit("/", 1)[-1]
    path = os.path.join(root, "data", "screenshots", name)
    size = (0, 0)
    if os.path.exists(path):
        with open(path, "rb") as png:
            header = png.read(24)
        if header[:8] == b"\x89PNG\r\n\x1a\n":
            size = struct.unpack(">II", header[16:24])
    captions = untranslated(screenshot, "caption")
    check(url.startswith("https://") and name in rendered and size[0] >= 590 and size[1] >= 350
          and len(captions) == 1 and captions[0].text,
          f"the screenshot {name} is an https image the test suite renders ({size[0]}×{size[1]}), with a caption")

# Releases: newest first, dated, described; the newest is this build's version.
releases = component.findall("releases/release")
dates = [datetime.date.fromisoformat(r.get("date", "1970-01-01")) for r in releases]
check(releases and releases[0].get("version") == version,
      f"the newest release is this version, {version}: {[r.get('version') for r in releases]}")
check(dates == sorted(dates, reverse=True), f"releases are listed newest first: {dates}")
check(all(r.find("description") is not None and untranslated(r.find("description"), "p") for r in releases),
      "every release has notes")

rating = component.find("content_rating")
check(rating is not None and rating.get("type") == "oars-1.1", "an OARS 1.1 content rating")
colours = {c.get("scheme_preference"): c.text for c in component.findall("branding/color")}
check(set(colours) == {"light", "dark"} and all(re.fullmatch(r"#[0-9a-fA-F]{6}", c or "") for c in colours.values()),
      f"branding colours for the light and the dark style: {colours}")
launchable = component.find("launchable")
check(launchable is not None and launchable.text == os.path.basename(desktop),
      f"the launchable is the installed desktop file {os.path.basename(desktop)}")
check(component.findtext("provides/binary") == "outreach-guard", "it provides the outreach-guard binary")
urls = {u.get("type"): u.text for u in component.findall("url")}
check({"homepage", "bugtracker"} <= set(urls) and all(u.startswith("https://") for u in urls.values()),
      f"https homepage and bug tracker links: {urls}")
check(component.find("translation[@type='gettext']") is not None, "it names its gettext domain")

finish()
