#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The app icon and its symbolic version are what GNOME asks for (TAP):
named after the application id, a 128×128 full-colour SVG and a 16×16
symbolic one drawn in a single flat colour that the theme can recolour,
both of which the image loader renders.

Usage: check-icons.py SOURCE_ROOT
"""
import os
import re
import sys
import xml.etree.ElementTree as ElementTree

from tap import check, finish

root = sys.argv[1]
app_id = "org.example.OutreachGuard"
icons = os.path.join(root, "data", "icons", "hicolor")
scalable = os.path.join(icons, "scalable", "apps", app_id + ".svg")
symbolic = os.path.join(icons, "symbolic", "apps", app_id + "-symbolic.svg")
svg = "{http://www.w3.org/2000/svg}"

try:
    import gi
    gi.require_version("GdkPixbuf", "2.0")
    from gi.repository import GdkPixbuf
except (ImportError, ValueError):
    GdkPixbuf = None


def renders(path, size):
    if GdkPixbuf is None:  # Debian's python3-gi, which og-test-packages installs
        return False
    try:
        pixbuf = GdkPixbuf.Pixbuf.new_from_file_at_size(path, size, size)
    except Exception:
        return False
    return pixbuf.get_width() == size and pixbuf.get_height() == size


for path, size in ((scalable, 128), (symbolic, 16)):
    name = os.path.relpath(path, root)
    exists = os.path.exists(path)
    check(exists, f"{name} is there")
    if not exists:
        continue
    top = ElementTree.parse(path).getroot()
    check(top.tag == svg + "svg" and top.get("viewBox") == f"0 0 {size} {size}",
          f"{name} is an SVG drawn on {size}×{size}: {top.get('viewBox')}")
    check(renders(path, size), f"{name} renders at {size}×{size}")
    check(not [e for e in top.iter() if e.tag in (svg + "image", svg + "script", svg + "text")],
          f"{name} holds only shapes: no embedded images, scripts or text")

# A symbolic icon is recoloured by the theme: one flat colour, no gradients.
top = ElementTree.parse(symbolic).getroot() if os.path.exists(symbolic) else None
if top is not None:
    colours = set()
    for element in top.iter():
        for attribute in ("fill", "stroke"):
            value = element.get(attribute)
            if value and value != "none":
                colours.add(value.lower())
        for match in re.finditer(r"(fill|stroke)\s*:\s*([^;]+)", element.get("style", "")):
            if match.group(2).strip() != "none":
                colours.add(match.group(2).strip().lower())
    gradients = [e for e in top.iter() if e.tag in (svg + "linearGradient", svg + "radialGradient")]
    check(len(colours) <= 1 and not gradients, f"the symbolic icon uses one flat colour: {sorted(colours)}")

finish()
