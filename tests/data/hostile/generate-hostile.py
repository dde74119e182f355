#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the hostile inputs that are too big (or too odd) to commit.

Usage: generate-hostile.py DIRECTORY [CASE…]

Each case is written into DIRECTORY under the name printed; with no CASE, all of
them. tests/check-hostile.py calls generate() at test time, so nothing large is
ever committed. Every person is invented (the same people as tests/data/eras).
"""
import os
import struct
import sys
import zlib

PREAMBLE = ('Notes:\n"Some email addresses may be missing from this file. An address only appears '
            'when the connection lets their connections see or download it in their own privacy '
            'settings."\n\n')
CONNECTIONS_HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
MESSAGES_HEADER = ("CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,"
                   "DATE,SUBJECT,CONTENT,FOLDER,ATTACHMENTS,IS MESSAGE DRAFT,IS CONVERSATION DRAFT\n")
OWEN = "Owen,Matthews,https://www.linkedin.com/in/owen-matthews-89f29d,,Umberlight Digital,Founder,10 Jan 2026\n"
REBECCA = "Rebecca,Grant,https://www.linkedin.com/in/rebecca-grant-ea6048,,Driftwell Cloud,Account Executive,04 Jan 2026\n"

MIB = 1024 * 1024
BOMB_BYTES = 6 * 1024 * MIB    # what the bomb's one entry inflates to
FIELD_BYTES = 64 * MIB
N_COLUMNS = 200_000
JSON_DEPTH = 1_000_000


def _zip_bomb(path):
    """One Connections.csv entry of 6 GiB of zeros, deflated, in a 6 MB ZIP64 archive.

    The deflate stream repeats one full-flushed block (1 MiB of zeros, about 1 kB):
    each block stands alone, so repeating it is a valid stream, and writing it
    takes a second instead of deflating 6 GiB.
    """
    name = b"Basic_LinkedInDataExport_01-12-2026/Connections.csv"
    zeros = bytes(MIB)
    block = zlib.compressobj(9, zlib.DEFLATED, -15)
    kernel = block.compress(zeros) + block.flush(zlib.Z_FULL_FLUSH)
    final = zlib.compressobj(9, zlib.DEFLATED, -15).flush()   # an empty last block
    n_blocks = BOMB_BYTES // MIB
    compressed = len(kernel) * n_blocks + len(final)
    crc = 0
    for _ in range(n_blocks):
        crc = zlib.crc32(zeros, crc)

    dos_time, dos_date = 0x6000, 0x5C2C      # 12:00, 12 Jan 2026
    zip64_local = struct.pack("<HHQQ", 0x0001, 16, BOMB_BYTES, compressed)
    with open(path, "wb") as out:
        out.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, 45, 0, 8, dos_time, dos_date, crc,
                              0xFFFFFFFF, 0xFFFFFFFF, len(name), len(zip64_local)))
        out.write(name + zip64_local)
        for _ in range(n_blocks):
            out.write(kernel)
        out.write(final)
        central_at = out.tell()
        central = (struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, (3 << 8) | 45, 45, 0, 8, dos_time,
                               dos_date, crc, 0xFFFFFFFF, 0xFFFFFFFF, len(name), len(zip64_local),
                               0, 0, 0, 0o100644 << 16, 0)
                   + name + zip64_local)
        out.write(central)
        out.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, 1, 1, len(central), central_at, 0))


def _many_columns(path):
    """A Connections.csv whose line 6 has 200,000 fields (one person, then empty cells)."""
    with open(path, "w", encoding="utf-8", newline="") as out:
        out.write(PREAMBLE + CONNECTIONS_HEADER + OWEN)
        out.write("Rebecca,Grant,https://www.linkedin.com/in/rebecca-grant-ea6048,,Driftwell Cloud,"
                  "Account Executive,04 Jan 2026" + "," * (N_COLUMNS - 7) + "\n")


def _huge_field(path):
    """A messages.csv whose line 3 opens a quoted CONTENT field of 64 MiB (1,024 lines of text)."""
    start = ("2-b3dlbi1tYXJh,,Owen Matthews,https://www.linkedin.com/in/owen-matthews-89f29d,"
             "Mara Lindqvist,https://www.linkedin.com/in/mara-lindqvist-7b31a2,{date},,")
    end = ",INBOX,,false,false\n"
    line = ("We fill pipelines. " * 3450)[:64 * 1024 - 1] + "\n"
    with open(path, "w", encoding="utf-8", newline="") as out:
        out.write(MESSAGES_HEADER)
        out.write(start.format(date="2026-01-10 12:04:58 UTC") + "Hi Mara, great to connect!" + end)
        out.write(start.format(date="2026-01-10 12:30:00 UTC") + '"')
        for _ in range(FIELD_BYTES // len(line)):
            out.write(line)
        out.write('"' + end)


def _deep_json(path):
    """A saved CONNECTIONS page whose snapshotData nests 1,000,000 lists deep (and never closes)."""
    with open(path, "w", encoding="utf-8") as out:
        out.write('{"paging": {"start": 0, "count": 10},\n "elements": [{"snapshotDomain": "CONNECTIONS",\n'
                  '   "snapshotData": ')
        out.write("[" * JSON_DEPTH)
        out.write("]" * JSON_DEPTH)
        out.write("}]}\n")


def _symlink_loop(path):
    """A real export folder that also holds symbolic links in a loop and pointing back up."""
    os.mkdir(path)
    with open(os.path.join(path, "Connections.csv"), "w", encoding="utf-8") as out:
        out.write(PREAMBLE + CONNECTIONS_HEADER + OWEN + REBECCA + ",,,,,,02 Jun 2022")
    os.mkdir(os.path.join(path, "inner"))
    os.symlink("..", os.path.join(path, "inner", "up"))
    os.symlink(".", os.path.join(path, "self"))
    os.symlink("b", os.path.join(path, "a"))
    os.symlink("a", os.path.join(path, "b"))
    os.symlink("messages.csv", os.path.join(path, "messages.csv"))


def _symlink_source(path):
    """A SOURCE that is itself a symbolic link to itself."""
    os.symlink(os.path.basename(path), path)


CASES = {
    "zip-bomb.zip": _zip_bomb,
    "many-columns/Connections.csv": _many_columns,
    "huge-field/messages.csv": _huge_field,
    "deep.json": _deep_json,
    "symlink-loop": _symlink_loop,
    "Basic_LinkedInDataExport_01-12-2026.zip": _symlink_source,
}


def generate(case, directory):
    """Writes CASE (a key of CASES) under DIRECTORY; returns the path to audit."""
    path = os.path.join(directory, case)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    CASES[case](path)
    return path


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    for case in sys.argv[2:] or CASES:
        print(generate(case, sys.argv[1]))
