#!/usr/bin/python3
"""Count a LinkedIn data export independently of OutreachGuard's C code.

Usage: independent-count.py SOURCE...      (a folder, a ZIP, or single CSV/JSON files)

Prints one JSON object:
  {"connections": N, "hidden_connections": N, "messages": N, "invitations": N}

The rules are DESIGN.md section 4, applied as literally as possible:
  connections         rows of Connections.csv with a first/last name or a URL
  hidden_connections  rows of Connections.csv with nothing but a date
  messages            rows of messages.csv whose IS MESSAGE DRAFT is not true
                      (eras without that column have no drafts)
  invitations         rows of Invitations.csv
Blank records (every cell empty) are skipped everywhere; the Connections.csv
preamble is skipped by scanning for the header record.  Files are found by
basename, case-insensitively, at any depth (the shallowest copy wins).  When a
source has no CSV for a domain, saved Portability API snapshot pages
(memberSnapshotData JSON: elements[].snapshotDomain/snapshotData) are counted
instead; memberChangeLogs pages are not counted (their events repeat snapshot
rows).  Only the Python standard library is used; nothing here is shared with
the C importer on purpose.
"""

import csv
import io
import json
import os
import sys
import zipfile

csv.field_size_limit(1 << 30)

WANTED = {"connections.csv": "connections", "messages.csv": "messages",
          "invitations.csv": "invitations"}
TRUE_WORDS = ("true", "yes", "1")


def warn(msg):
    print("independent-count: " + msg, file=sys.stderr)


# ---------------------------------------------------------------- gathering

def gather(sources):
    """Returns a list of (display path, depth, bytes) for every file in the sources."""
    files = []
    for src in sources:
        if os.path.isdir(src):
            for dirpath, dirnames, filenames in os.walk(src):
                dirnames.sort()
                for fn in sorted(filenames):
                    full = os.path.join(dirpath, fn)
                    rel = os.path.relpath(full, src)
                    with open(full, "rb") as f:
                        files.append((full, rel.count(os.sep), f.read()))
        elif zipfile.is_zipfile(src):
            with zipfile.ZipFile(src) as z:
                for info in z.infolist():
                    if info.is_dir():
                        continue
                    name = info.filename.replace("\\", "/")
                    files.append((src + "!" + name, name.count("/"), z.read(info)))
        elif os.path.isfile(src):
            with open(src, "rb") as f:
                files.append((src, 0, f.read()))
        else:
            raise SystemExit("independent-count: no such source: %s" % src)
    return files


def pick(files):
    """The shallowest file for each wanted basename."""
    chosen = {}
    for path, depth, data in files:
        base = path.replace("\\", "/").rsplit("/", 1)[-1].rsplit("!", 1)[-1].lower()
        kind = WANTED.get(base)
        if kind is None:
            continue
        if kind in chosen:
            if depth < chosen[kind][1]:
                warn("%s: using this copy instead of %s" % (path, chosen[kind][0]))
                chosen[kind] = (path, depth, data)
            else:
                warn("%s: ignored, %s is used" % (path, chosen[kind][0]))
            continue
        chosen[kind] = (path, depth, data)
    return chosen


# ---------------------------------------------------------------- decoding

def decode(path, data):
    if data.startswith(b"\xff\xfe") or data.startswith(b"\xfe\xff"):
        return data.decode("utf-16")
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        warn("%s: not UTF-8, read as Windows-1252" % path)
        return data.decode("cp1252", errors="replace")


def records(path, text, delim):
    out = []
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delim, strict=False)
    try:
        for rec in reader:
            out.append(rec)
    except csv.Error as e:
        warn("%s: CSV error after %d records: %s" % (path, len(out), e))
    return out


def norm(cell):
    return cell.replace("\ufeff", "").strip().lower()


def find_header(recs, required):
    for i, rec in enumerate(recs):
        cells = [norm(c) for c in rec]
        if all(r in cells for r in required):
            return i, cells
    return None, None


def blank(rec):
    return all(not c.strip() for c in rec)


def cell(rec, header, name):
    try:
        i = header.index(name)
    except ValueError:
        return ""
    return rec[i].strip() if i < len(rec) else ""


# ---------------------------------------------------------------- counting

def count_connection_rows(rows):
    """rows: dicts with lower-case keys."""
    connections = hidden = 0
    for r in rows:
        name = (r.get("first name", "") + r.get("last name", "")).strip()
        url = r.get("url", "").strip()
        others = [v for k, v in r.items() if k not in ("first name", "last name", "url",
                                                       "connected on") and v.strip()]
        if name or url:
            connections += 1
        elif r.get("connected on", "").strip() and not others:
            hidden += 1
        elif any(v.strip() for v in r.values()):
            warn("a Connections row with neither a name, a URL nor only a date: %r" % r)
    return connections, hidden


def count_message_rows(rows):
    n = 0
    for r in rows:
        if r.get("is message draft", "").strip().lower().startswith(TRUE_WORDS):
            continue
        n += 1
    return n


def csv_rows(path, data, required):
    """Rows under the header record; comma separated, or tab separated (UTF-16 TSV)."""
    text = decode(path, data)
    for delim in (",", "\t"):
        recs = records(path, text, delim)
        at, header = find_header(recs, required)
        if at is not None:
            break
    else:
        warn("%s: no header with %s found" % (path, ", ".join(required)))
        return []
    rows = []
    for rec in recs[at + 1:]:
        if blank(rec):
            continue
        if len(rec) != len(header):
            warn("%s: a record with %d fields under a %d-field header" % (path, len(rec), len(header)))
        rows.append({h: cell(rec, header, h) for h in header if h})
    return rows


REQUIRED = {"connections": ("first name", "last name", "connected on"),
            "messages": ("from", "date"),
            "invitations": ("from", "to", "sent at")}
API_DOMAINS = {"CONNECTIONS": "connections", "INBOX": "messages", "INVITATIONS": "invitations"}


def json_rows(files):
    """Rows of saved memberSnapshotData pages, by domain."""
    out = {}
    for path, depth, data in files:
        if not path.lower().endswith(".json"):
            continue
        try:
            doc = json.loads(decode(path, data))
        except ValueError:
            warn("%s: not JSON" % path)
            continue
        if not isinstance(doc, dict):
            continue
        elements = doc.get("elements")
        if not isinstance(elements, list):
            continue
        for el in elements:
            if not isinstance(el, dict) or "snapshotDomain" not in el:
                continue
            kind = API_DOMAINS.get(str(el["snapshotDomain"]).upper())
            if kind is None:
                continue
            data = el.get("snapshotData")
            for item in data if isinstance(data, list) else []:
                if isinstance(item, dict):
                    row = {norm(k): ("" if v is None else str(v)) for k, v in item.items()}
                    if any(v.strip() for v in row.values()):
                        out.setdefault(kind, []).append(row)
    return out


def count(sources):
    files = gather(sources)
    chosen = pick(files)
    api = json_rows(files)
    result = {"connections": 0, "hidden_connections": 0, "messages": 0, "invitations": 0}
    for kind in ("connections", "messages", "invitations"):
        if kind in chosen:
            path, depth, data = chosen[kind]
            rows = csv_rows(path, data, REQUIRED[kind])
        else:
            rows = api.get(kind, [])
        if kind == "connections":
            result["connections"], result["hidden_connections"] = count_connection_rows(rows)
        elif kind == "messages":
            result["messages"] = count_message_rows(rows)
        else:
            result["invitations"] = len(rows)
    return result


def main(argv):
    if len(argv) < 2 or argv[1] in ("-h", "--help"):
        print(__doc__.strip())
        return 0 if len(argv) >= 2 else 2
    print(json.dumps(count(argv[1:])))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
