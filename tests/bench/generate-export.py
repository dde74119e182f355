#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes a large invented LinkedIn export for benchmarks and crash tests.

Usage: generate-export.py OUT_DIR [--connections N] [--messages-per-contact K]
                          [--seed S] [--zip]

The shape is the 2024 one (a folder, or a ZIP with --zip): Connections.csv
with its notes preamble, messages.csv, Invitations.csv and Profile.csv.
LinkedIn caps a network at 30,000 connections; the default is that ceiling.
Everyone in it is invented; message texts are assembled from short phrases
written for this purpose.
"""
import argparse
import csv
import datetime
import os
import random
import zipfile

FIRST = ["Ada", "Bruno", "Chiara", "Dawit", "Elif", "Farah", "Goran", "Hana", "Ines", "Jonas", "Kalani",
         "Leila", "Mateo", "Nadia", "Oskar", "Priya", "Quentin", "Rosa", "Soren", "Tariq", "Uma", "Viktor",
         "Wanjiru", "Ximena", "Yusuf", "Zofia", "Émile", "Łucja", "Søren", "Ngozi"]
LAST = ["Abara", "Berglund", "Castillo", "Dimitrov", "Eriksen", "Fontaine", "Gallo", "Haddad", "Ivanova",
        "Jansen", "Kowalczyk", "Lindahl", "Moreau", "Nakamura", "Okafor", "Petrov", "Quist", "Rossi",
        "Sandoval", "Tanaka", "Ulrich", "Varga", "Weber", "Xu", "Yilmaz", "Zeller", "Müller", "Núñez"]
COMPANIES = ["Brightwell Labs", "Cobalt Harbor", "Driftwood Analytics", "Emberline", "Fernhill Logistics",
             "Glasswing Health", "Hollowpeak", "Ironbark Systems", "Juniper Row", "Kestrel Works"]
PITCH = ["We help {co}-sized teams cut cloud spend by a third.", "Open to a quick 15-minute call next week?",
         "Our platform books qualified meetings on autopilot.", "Just bumping this to the top of your inbox.",
         "Happy to share a case study from a company like yours.", "Would Tuesday or Thursday work for a demo?"]
FRIENDLY = ["Great to connect!", "Thanks for the talk yesterday, really useful.", "Congrats on the new role!",
            "Are you going to the meetup on Thursday?", "Sure, Tuesday works for me.", "Haha, fair point."]
OWNER = ("Mara", "Lindqvist", "https://www.linkedin.com/in/mara-lindqvist-bench")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out")
    parser.add_argument("--connections", type=int, default=30000)
    parser.add_argument("--messages-per-contact", type=float, default=4.0)
    parser.add_argument("--seed", type=int, default=20261122)
    parser.add_argument("--zip", action="store_true")
    args = parser.parse_args()

    rng = random.Random(args.seed)
    start = datetime.datetime(2019, 1, 1, tzinfo=datetime.timezone.utc)
    files = {}

    people = []
    for i in range(args.connections):
        first, last = rng.choice(FIRST), rng.choice(LAST)
        slug = f"{first}-{last}-{i:05d}".lower()
        connected = start + datetime.timedelta(minutes=rng.randrange(0, 7 * 365 * 24 * 60))
        people.append((first, last, "https://www.linkedin.com/in/" + slug, rng.choice(COMPANIES), connected))

    def writer(name):
        handle = open(os.path.join(args.out, name), "w", newline="", encoding="utf-8")
        files[name] = handle
        return csv.writer(handle, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")

    os.makedirs(args.out, exist_ok=True)
    w = writer("Profile.csv")
    w.writerow(["First Name", "Last Name", "Maiden Name", "Address", "Birth Date", "Headline", "Summary", "Industry",
                "Zip Code", "Geo Location", "Twitter Handles", "Websites", "Instant Messengers"])
    w.writerow([OWNER[0], OWNER[1], "", "", "", "Buyer", "", "", "", "", "", "", ""])

    files_connections = open(os.path.join(args.out, "Connections.csv"), "w", newline="", encoding="utf-8")
    files["Connections.csv"] = files_connections
    files_connections.write("Notes:\n\"Some email addresses may be missing from this file.\"\n\n")
    w = csv.writer(files_connections, lineterminator="\n")
    w.writerow(["First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On"])
    for first, last, url, company, connected in sorted(people, key=lambda p: p[4], reverse=True):
        w.writerow([first, last, url, "", company, "Sales", connected.strftime("%d %b %Y")])

    w = writer("Invitations.csv")
    w.writerow(["From", "To", "Sent At", "Message", "Direction", "inviterProfileUrl", "inviteeProfileUrl"])
    for first, last, url, company, connected in people[: min(len(people), 200)]:
        sent = connected - datetime.timedelta(hours=rng.randrange(1, 48))
        note = rng.choice(PITCH + FRIENDLY).format(co=company)
        w.writerow([f"{first} {last}", f"{OWNER[0]} {OWNER[1]}", sent.strftime("%-m/%-d/%y, %-I:%M %p"), note,
                    "INCOMING", url, OWNER[2]])

    w = writer("messages.csv")
    w.writerow(["CONVERSATION ID", "CONVERSATION TITLE", "FROM", "SENDER PROFILE URL", "TO", "RECIPIENT PROFILE URLS",
                "DATE", "SUBJECT", "CONTENT", "FOLDER", "ATTACHMENTS", "IS MESSAGE DRAFT", "IS CONVERSATION DRAFT"])
    for index, (first, last, url, company, connected) in enumerate(people):
        count = int(rng.expovariate(1.0 / args.messages_per_contact)) if args.messages_per_contact > 0 else 0
        when = connected
        for m in range(count):
            when += datetime.timedelta(minutes=rng.randrange(1, 60 * 24 * 20))
            from_owner = rng.random() < 0.3
            text = " ".join(rng.choice(PITCH if rng.random() < 0.4 else FRIENDLY).format(co=company)
                            for _ in range(rng.randrange(1, 4)))
            sender = (f"{OWNER[0]} {OWNER[1]}", OWNER[2]) if from_owner else (f"{first} {last}", url)
            to = (f"{first} {last}", url) if from_owner else (f"{OWNER[0]} {OWNER[1]}", OWNER[2])
            w.writerow([f"2-bench{index:06d}", "", sender[0], sender[1], to[0], to[1],
                        when.strftime("%Y-%m-%d %H:%M:%S UTC"), "", f"Hi {first}, {text}" if from_owner else text,
                        "INBOX", "", "false", "false"])

    for handle in files.values():
        handle.close()

    if args.zip:
        path = args.out.rstrip("/") + ".zip"
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
            for name in files:
                archive.write(os.path.join(args.out, name), name)
        print(path)
    else:
        print(args.out)


if __name__ == "__main__":
    main()
