#!/usr/bin/python3
"""Write OutreachGuard's per-era, quirk and Portability API test fixtures.

  tests/data/eras/<era>/     one small folder export per export era (DESIGN.md section 2):
                             2018 2020 2021 2022 2023 2024 2025 2026
  tests/data/eras/expected.json
                             counts and intended findings per era
  tests/data/api/            saved Portability API pages of the *same* data as eras/2025
  tests/data/quirks/<case>/  damaged or unusual exports, one folder per case

Deterministic (fixed seeds, Python 3 standard library only).  Every person,
company and message is invented.  Re-run after editing; never edit the output.
"""

import csv
import io
import json
import os
import random
import shutil
import sys
import urllib.parse
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

UTC = timezone.utc
PACIFIC = ZoneInfo("America/Los_Angeles")
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.dirname(HERE)                      # tests/data
ERAS = ["2018", "2020", "2021", "2022", "2023", "2024", "2025", "2026"]
EXPORT_AT = {                                     # when each era's export was requested
    "2018": datetime(2018, 6, 20, 9, 0, tzinfo=UTC),
    "2020": datetime(2020, 9, 15, 9, 0, tzinfo=UTC),
    "2021": datetime(2021, 10, 12, 9, 0, tzinfo=UTC),
    "2022": datetime(2022, 11, 8, 9, 0, tzinfo=UTC),
    "2023": datetime(2023, 10, 3, 9, 0, tzinfo=UTC),
    "2024": datetime(2024, 12, 18, 9, 0, tzinfo=UTC),
    "2025": datetime(2025, 6, 10, 9, 0, tzinfo=UTC),
    "2026": datetime(2026, 1, 20, 9, 0, tzinfo=UTC),
}


# ------------------------------------------------------------------ formats

def fmt_day(t):
    t = t.astimezone(UTC)
    return "%02d %s %04d" % (t.day, MONTHS[t.month - 1], t.year)


def fmt_utc(t):
    return t.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S UTC")


def fmt_pacific(t):
    p = t.astimezone(PACIFIC)
    return "%d/%d/%02d, %d:%02d %s" % (p.month, p.day, p.year % 100, p.hour % 12 or 12, p.minute,
                                       "AM" if p.hour < 12 else "PM")


def iso(t):
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def csv_text(rows, quote_all=False):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n", quoting=csv.QUOTE_ALL if quote_all else csv.QUOTE_MINIMAL)
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


def write_text(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(text)


def write_bytes(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)


PREAMBLE = ('Notes:\n'
            '"Some email addresses may be missing from this file. An address only appears when the '
            'connection lets their connections see or download it in their own privacy settings."\n'
            '\n')

# ------------------------------------------------------------------ people

OWNER_FIRST, OWNER_LAST = "Mara", "Lindqvist"
OWNER_SLUG = "mara-lindqvist-7b31a2"
MC = "Fjordvik Freight"

# One cast per era: (first, last, slug, company, position).  Slot 0 always has
# non-ASCII letters in its name and slug; slot 9 works at a company whose name
# holds a comma.
CASTS = {
    "2018": [("Jürgen", "Weiß", "jürgen-weiß-3a1b2c", "Kessler Systemhaus GmbH", "Vertriebsleiter"),
             ("Hannah", "Pike", "hannah-pike-88", "Driftwell Cloud Ltd", "Account Executive"),
             ("Oskar", "Fält", "oskar-falt", "Norrsken Data AB", "Staff Engineer"),
             ("Ryan", "Ashdown", "ryan-ashdown-42a", "Umberlight Digital", "Founder"),
             ("Priya", "Kulkarni", "priya-kulkarni-5e", "Ironleaf Security", "Sales Director"),
             ("Tyler", "Hollis", "tyler-hollis-7", "Brightmoor Talent", "Recruitment Partner"),
             ("Marcus", "Ellery", "marcus-ellery-311", "Recruit North", "Executive Recruiter"),
             ("Linnea", "Strandberg", "linnea-strandberg", "Chalmers University of Technology", "Student"),
             ("Sigrid", "Haugland", "sigrid-haugland-9", "Havsdal Logistics AS", "Engineering Manager"),
             ("Daniel", "Fairbairn", "daniel-fairbairn", "Berg, Holm & Partners AB", "Principal Consultant"),
             ("Chloe", "Matthews", "chloe-matthews-2f", "Cobaltine Cloud", "Growth Lead"),
             ("Kwame", "Dlamini", "kwame-dlamini-4", "Saltmarsh Cloud", "Business Development"),
             ("Ava", "Penhaligon", "ava-penhaligon", "Frostvik Cloud", "Account Manager"),
             ("Felix", "Brooks", "felix-brooks-51", "Wrenfield Analytics", "Data Engineer"),
             ("Grace", "Whitfield", "grace-whitfield", "Moorvale Labs", "SRE"),
             ("Noah", "Sinclair", "noah-sinclair-6", "Pinecrest Partners", "Product Manager")],
}
FIRSTS = ["Søren", "Élodie", "Łukasz", "Ömer", "Zoë", "Iñigo", "Małgorzata", "Anaïs"]
LASTS = ["Kjærgaard", "Béranger", "Wróbel", "Çelik", "Harrington", "Etxeberria", "Szymańska", "Lefèvre"]
OTHER_NAMES = [("Callum", "Doyle"), ("Rebecca", "Grant"), ("Ethan", "Price"), ("Sophie", "Lawson"),
               ("Kieran", "Walsh"), ("Olivia", "Bell"), ("Nathan", "Thornton"), ("Megan", "Caldwell"),
               ("Liam", "Ó Ceallaigh"), ("Isla", "Blackwood"), ("Owen", "Matthews"), ("Ruby", "Hollis"),
               ("Arjun", "Mehta"), ("Kavya", "Iyer"), ("Yuki", "Tanaka"), ("Min-jun", "Park"),
               ("Chidi", "Nwosu"), ("Wanjiru", "Kamau"), ("Thiago", "Ribeiro"), ("Sanne", "Visser"),
               ("Giulia", "Conti"), ("Emre", "Kaya"), ("Freja", "Møller"), ("Aino", "Virtanen"),
               ("Viktor", "Lindgren"), ("Ebba", "Löfgren"), ("Tobias", "Vogel"), ("Camille", "Morel"),
               ("Lucía", "Salinas"), ("Joost", "Bakker"), ("Paweł", "Nowak"), ("Hiroshi", "Ito")]
COMPANIES = ["Driftwell Cloud", "Norrsken Data AB", "Umberlight Digital", "Ironleaf Security",
             "Brightmoor Talent", "Recruit North", "Havsdal Logistics AS", "Cobaltine Cloud",
             "Saltmarsh Cloud", "Frostvik Cloud", "Wrenfield Analytics", "Moorvale Labs",
             "Pinecrest Partners", "Thistledown Systems", "Larkspire Software", "Quarrystone Data"]
COMMA_COMPANIES = ["Berg, Holm & Partners AB", "Rivera, Ortiz y Asociados S.L.",
                   "Kessler, Brandt & Co. KG", "Moreau, Vidal et Associés"]
POSITIONS = ["Account Executive", "Staff Engineer", "Founder", "Sales Director", "Talent Partner",
             "Executive Recruiter", "Student", "Engineering Manager", "Principal Consultant",
             "Growth Lead", "Business Development", "Account Manager", "Data Engineer", "SRE",
             "Product Manager"]


def slugify(first, last, keep_unicode, rng):
    base = ("%s-%s" % (first, last)).lower().replace(" ", "-").replace("'", "")
    if not keep_unicode:
        import unicodedata
        base = base.replace("ß", "ss").replace("ø", "o").replace("æ", "ae").replace("ł", "l")
        base = "".join(c for c in unicodedata.normalize("NFKD", base) if not unicodedata.combining(c))
    return "%s-%s" % (base, "".join(rng.choice("0123456789abcdef") for _ in range(6)))


def cast_for(era):
    if era in CASTS:
        return CASTS[era]
    rng = random.Random("cast-" + era)
    i = ERAS.index(era)
    f, l = FIRSTS[i % len(FIRSTS)], LASTS[(i * 3) % len(LASTS)]
    cast = [(f, l, slugify(f, l, True, rng), rng.choice(COMPANIES) + " GmbH", "Head of Sales")]
    names = OTHER_NAMES[:]
    rng.shuffle(names)
    comps = COMPANIES[:]
    rng.shuffle(comps)
    for k in range(1, 16):
        fn, ln = names[k]
        comp = COMMA_COMPANIES[i % len(COMMA_COMPANIES)] if k == 9 else comps[k % len(comps)]
        if k == 7:
            comp = "Chalmers University of Technology"
        cast.append((fn, ln, slugify(fn, ln, rng.random() < 0.5, rng), comp, POSITIONS[k - 1]))
    return cast


class P:
    def __init__(self, first, last, slug, company, position):
        self.first, self.last, self.slug = first, last, slug
        self.company, self.position = company, position
        self.accepted = None
        self.urn = None

    @property
    def name(self):
        return "%s %s" % (self.first, self.last)

    @property
    def url(self):
        return "https://www.linkedin.com/in/" + self.slug

    @property
    def url_encoded(self):
        return "https://www.linkedin.com/in/" + urllib.parse.quote(self.slug, safe="-_.~")


OWNER = P(OWNER_FIRST, OWNER_LAST, OWNER_SLUG, "Fjordvik Freight AB", "Head of Platform Engineering")

# ------------------------------------------------------------------ texts

T = {
    "note_pitch": "Hi Mara, we help freight platforms halve their incident volume with AI triage. Connecting to offer you a free pilot - 15 minutes this week?",
    "bump_1": "Just bumping this to the top of your inbox, Mara. Still keen to set up the pilot!",
    "decline": "Thanks, but that's not for us right now.",
    "owner_note": "Hi {fn}, nice meeting you at the logistics summit - let's stay connected.",
    "fast_pitch": "Thanks for connecting, Mara! Since you lead platform engineering: {co} runs managed Kubernetes for logistics companies at a fixed monthly price.\nCould we book a 20-minute call next week?",
    "engage": "Send me something in writing first, please.",
    "follow_brochure": "Will do - brochure and pricing are on their way. I'll call you on Thursday to walk through them.",
    "friendly_note": "Hi Mara, great panel yesterday! Would love to stay in touch.",
    "friendly_1": "Your point about paging budgets was spot on, by the way.",
    "friendly_1r": "Thank you! It took us years to learn that.",
    "friendly_2": "Let's grab coffee next time you're in Malmö.",
    "day_pitch": "Hi Mara, {co} builds custom dashboards for fleet telematics in two weeks flat. Are you free for a short demo tomorrow?",
    "pers_pitch": "Hello Mara, our penetration testing team has a free slot next month and I'd love to offer it to Fjordvik Freight at 30% off. Interested?",
    "pers_bumps": ["Hi Mara, following up on the pen-test slot - any thoughts?",
                   "Mara, the discounted slot is still open. Shall I hold it for you?",
                   "Last follow-up from me: happy to send a proposal if you reply with an email address."],
    "opt_pitch": "Hi Mara, we place nearshore developers within ten days. Do you have open roles I could help with? Happy to share our rates on a call.",
    "opt_out": "Please remove me from your list.",
    "opt_repitch": "Hi Mara, new quarter, new rates! Our nearshore developers are now 15% cheaper. Want to hop on a call?",
    "recruit": "Hi Mara,\nI'm recruiting a Head of Infrastructure for a fintech in Oslo.\nWould you be open to a confidential conversation?",
    "recruit_r": "Thanks for thinking of me - not looking at the moment.",
    "student": "Hi Mara, I'm a student at Chalmers writing my thesis on platform teams. Could I interview you for 20 minutes? It would help me a lot.",
    "student_r": "Happy to! Send me a few times that suit you.",
    "student_t": "Thank you so much, I'll send some options tonight!",
    "fa_1": "Hey Mara, congrats on the conference talk!\u2028The room was packed.",
    "fa_1r": "Thanks! I was so nervous beforehand.",
    "fa_2": "It didn't show at all. See you at the next meetup?",
    "fa_3": "Mara, do you still have the link to the incident review template you mentioned?",
    "fa_3r": "Sure, it's in our public handbook under 'Reviews'.",
    "fa_4": "Perfect, thank you!",
    "fb_1": "Hi Mara, thank you for the recommendation you wrote for me, it was really kind.",
    "fb_1r": "You deserved every word!",
    "fb_2": "Let's catch up over lunch soon.",
    "script": "Hi Mara, I noticed Fjordvik Freight is growing its engineering team. At {co} we help logistics companies cut cloud costs by {p}% in {d} days without code changes. Would you be open to a {m}-minute call this week?",
    "group": [("m", "Hi all, thanks for agreeing to co-host the spring meetup! Shall we split the agenda here?"),
              ("owner", "Sounds good. I can take the welcome and the lightning talks."),
              ("a", "I'll handle the venue, it's the same room as last time."),
              ("b", "Great, then I'll do the panel. Talk soon!")],
    "draft": "Hi, thanks for following up. I think we could",
}
SPONSORED = ('<p class="spinmail-quill-editor__spin-break">Hi %FIRSTNAME%,</p>'
             '<p class="spinmail-quill-editor__spin-break">Join <strong>Logistics&nbsp;Tech '
             'Live</strong> &amp; meet 2,000 peers &ndash; use code PLATFORM for 20&#37; off.</p>'
             '<p class="spinmail-quill-editor__spin-break"><a href="https://lt-live.example/">'
             'Register now &raquo;</a></p>')


# ------------------------------------------------------------------ eras

SHAPE = {
    #      conn URL, preamble, conn final NL, msg shape, invitation URLs
    "2018": (False, False, True, "2018", "none"),
    "2020": (False, False, True, "2021", "none"),
    "2021": (False, False, True, "2021", "none"),
    "2022": (False, True, False, "2021", "none"),
    "2023": (False, True, False, "2021", "cut"),
    "2024": (True, True, False, "2024", "real"),
    "2025": (True, True, False, "2025", "real"),
    "2026": (True, True, False, "2026", "real"),
}
MSG_HEADERS = {
    "2018": ["From", "To", "Date", "Subject", "Content", "Direction", "Folder"],
    "2021": ["CONVERSATION ID", "CONVERSATION TITLE", "FROM", "SENDER PROFILE URL", "TO", "DATE",
             "SUBJECT", "CONTENT", "FOLDER"],
    "2024": ["CONVERSATION ID", "CONVERSATION TITLE", "FROM", "SENDER PROFILE URL", "TO",
             "RECIPIENT PROFILE URLS", "DATE", "SUBJECT", "CONTENT", "FOLDER", "IS MESSAGE DRAFT",
             "IS CONVERSATION DRAFT"],
    "2025": ["CONVERSATION ID", "CONVERSATION TITLE", "FROM", "SENDER PROFILE URL", "TO",
             "RECIPIENT PROFILE URLS", "DATE", "SUBJECT", "CONTENT", "FOLDER", "ATTACHMENTS",
             "IS MESSAGE DRAFT", "IS CONVERSATION DRAFT"],
}
MSG_HEADERS["2026"] = MSG_HEADERS["2025"]


class Msg:
    def __init__(self, conv, sender, t, text, label=None, draft=False, folder="INBOX",
                 attachments="", subject=""):
        self.conv, self.sender, self.t, self.text = conv, sender, t, text
        self.label, self.draft, self.folder = label, draft, folder
        self.attachments, self.subject = attachments, subject


class Conv:
    def __init__(self, era, rng, members, title=""):
        import base64
        raw = "%s_%s" % ("".join(rng.choice("0123456789abcdef") for _ in range(32)), "100")
        self.id = "2-" + base64.b64encode(raw.encode()).decode()
        self.members = members        # other participants besides the owner (None = sponsor)
        self.title = title
        self.msgs = []

    def add(self, *a, **kw):
        m = Msg(self, *a, **kw)
        self.msgs.append(m)
        return m


def at(base, days, h, m, s):
    d = (base - timedelta(days=days)).date()
    return datetime(d.year, d.month, d.day, h, m, s, tzinfo=UTC)


def build_era(era):
    rng = random.Random("era-" + era)
    E = EXPORT_AT[era]
    conn_url, preamble, conn_nl, mshape, inv_urls = SHAPE[era]
    minute_only = era == "2018"          # 2018: every date is a Pacific minute
    sec = (lambda s: 0) if minute_only else (lambda s: s)
    people = [P(*c) for c in cast_for(era)]
    for k, p in enumerate(people):
        p.urn = "urn:li:person:" + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789") for _ in range(10))
    OWNER.urn = "urn:li:person:Mx7Lq2Ab9Z"
    fill = lambda text, p: text.replace("{fn}", p.first).replace("{co}", p.company)
    convs, invitations, truth = [], [], {"note_acceptances": [], "fast_pitchers": [],
                                         "persistent": [], "ignored_opt_out": [], "pitch_first": [],
                                         "template_cluster": [], "not_pitches": []}

    def conv(p):
        c = Conv(era, rng, [p])
        convs.append(c)
        return c

    # 1. their invitation note is a pitch (pitch-first at 0 minutes), one bump, a decline
    p = people[0]
    p.accepted = at(E, 20, 9, 14, sec(27))
    invitations.append((p, "INCOMING", p.accepted - timedelta(hours=30, minutes=11), T["note_pitch"]))
    c = conv(p)
    c.add(p, p.accepted, T["note_pitch"], "pitch")
    c.add(p, p.accepted + timedelta(days=4, hours=2, minutes=5), T["bump_1"], "pitch")
    c.add(OWNER, p.accepted + timedelta(days=5, hours=1, minutes=40), T["decline"])
    truth["note_acceptances"].append({"name": p.name, "acceptance": iso(p.accepted), "direction": "INCOMING", "note_is_pitch": True})
    truth["fast_pitchers"].append({"name": p.name, "minutes": 0.0, "within_threshold": "yes"})
    truth["pitch_first"].append(p.name)

    # 2. the owner's note, then a pitch 12 minutes later
    p = people[1]
    p.accepted = at(E, 15, 16, 3, sec(11))
    note = fill(T["owner_note"], p)
    invitations.append((p, "OUTGOING", p.accepted - timedelta(days=1, hours=3, minutes=20), note))
    c = conv(p)
    c.add(OWNER, p.accepted, note)
    pitch_at = p.accepted + timedelta(minutes=12, seconds=0 if minute_only else 40)
    c.add(p, pitch_at, fill(T["fast_pitch"], p), "pitch")
    c.add(OWNER, pitch_at + timedelta(hours=2, minutes=7), T["engage"])
    c.add(p, pitch_at + timedelta(hours=3, minutes=1), T["follow_brochure"], "pitch")
    truth["note_acceptances"].append({"name": p.name, "acceptance": iso(p.accepted), "direction": "OUTGOING", "note_is_pitch": False})
    truth["fast_pitchers"].append({"name": p.name, "minutes": round((pitch_at - p.accepted).total_seconds() / 60, 1), "within_threshold": "yes"})
    truth["pitch_first"].append(p.name)

    # 3. their friendly note, friendly chat
    p = people[2]
    p.accepted = at(E, 40, 11, 22, sec(5))
    invitations.append((p, "INCOMING", p.accepted - timedelta(hours=5, minutes=2), T["friendly_note"]))
    c = conv(p)
    c.add(p, p.accepted, T["friendly_note"], "other")
    c.add(p, p.accepted + timedelta(minutes=3), T["friendly_1"], "other")
    c.add(OWNER, p.accepted + timedelta(hours=1, minutes=10), T["friendly_1r"])
    c.add(p, p.accepted + timedelta(hours=1, minutes=31), T["friendly_2"], "other")
    truth["note_acceptances"].append({"name": p.name, "acceptance": iso(p.accepted), "direction": "INCOMING", "note_is_pitch": False})
    truth["not_pitches"].append(p.name)

    # 4. no note: invitation sent the same UTC day, pitch 56 minutes after it was sent
    p = people[3]
    p.accepted = at(E, 10, 8, 40, sec(0))
    sent = at(E, 10, 7, 55, 0)
    invitations.append((p, "INCOMING", sent, ""))
    c = conv(p)
    pitch_at = at(E, 10, 8, 51, sec(10))
    c.add(p, pitch_at, fill(T["day_pitch"], p), "pitch")
    c.add(OWNER, pitch_at + timedelta(hours=6), T["decline"])
    if minute_only:   # Connected On carries the Pacific minute: acceptance is known to the minute
        truth["fast_pitchers"].append({"name": p.name, "minutes": round((pitch_at - p.accepted).total_seconds() / 60, 1),
                                       "within_threshold": "yes", "source": "connected-on-time"})
    else:
        truth["fast_pitchers"].append({"name": p.name, "minutes_min": 0.0,
                                       "minutes_max": round((pitch_at - sent).total_seconds() / 60, 1),
                                       "within_threshold": "yes", "source": "connected-on-date"})
    truth["pitch_first"].append(p.name)

    # 5. persistent: a pitch and three unanswered bumps
    p = people[4]
    p.accepted = at(E, 100, 13, 0, sec(44))
    c = conv(p)
    c.add(p, at(E, 90, 10, 12, sec(3)), T["pers_pitch"], "pitch")
    for k, text in enumerate(T["pers_bumps"]):
        c.add(p, at(E, 84 - 7 * k, 9 + k, 30, sec(15)), text, "pitch")
    truth["persistent"].append({"name": p.name, "unanswered_followups": 3})
    truth["pitch_first"].append(p.name)

    # 6. ignored opt-out
    p = people[5]
    p.accepted = at(E, 120, 7, 45, sec(2))
    c = conv(p)
    c.add(p, at(E, 110, 12, 1, sec(9)), T["opt_pitch"], "pitch")
    c.add(OWNER, at(E, 109, 8, 14, sec(51)), T["opt_out"])
    c.add(p, at(E, 60, 14, 2, sec(33)), T["opt_repitch"], "pitch")
    truth["ignored_opt_out"].append({"name": p.name, "opt_out": T["opt_out"]})
    truth["pitch_first"].append(p.name)

    # 7. recruiter (a job offer, not a pitch)
    p = people[6]
    p.accepted = at(E, 300, 15, 10, sec(0))
    c = conv(p)
    text = T["recruit"] if mshape == "2026" else T["recruit"].replace("\n", " ")
    c.add(p, at(E, 50, 9, 5, sec(12)), text, "recruiting", subject="Head of Infrastructure" if mshape == "2018" else "")
    c.add(OWNER, at(E, 49, 19, 40, sec(8)), T["recruit_r"])
    truth["not_pitches"].append(p.name)

    # 8. student asking politely (hard negative)
    p = people[7]
    p.accepted = at(E, 30, 10, 0, sec(30))
    invitations.append((p, "INCOMING", p.accepted - timedelta(hours=20), ""))
    c = conv(p)
    att = ""
    if mshape in ("2025", "2026"):
        att = "https://www.linkedin.com/dms/prv/v2/D4E10AQHq7Lm2Vx9bPw/messaging-attachmentFile/0/1700000000000?m=AQthesis&ne=1&v=beta&t=questions"
    c.add(p, at(E, 29, 12, 30, sec(1)), T["student"], "other", attachments=att)
    c.add(OWNER, at(E, 29, 17, 2, sec(40)), T["student_r"])
    c.add(p, at(E, 29, 17, 20, sec(3)), T["student_t"], "other")
    truth["not_pitches"].append(p.name)

    # 9. friendly A (U+2028 inside content in 2025/2026 only)
    p = people[8]
    p.accepted = at(E, 800, 8, 8, sec(8))
    c = conv(p)
    fa1 = T["fa_1"] if mshape in ("2025", "2026") else T["fa_1"].replace("\u2028", " ")
    c.add(p, at(E, 140, 9, 0, sec(5)), fa1, "other")
    c.add(OWNER, at(E, 140, 9, 40, sec(5)), T["fa_1r"])
    c.add(p, at(E, 140, 10, 2, sec(5)), T["fa_2"], "other")
    c.add(p, at(E, 35, 13, 13, sec(13)), T["fa_3"], "other")
    c.add(OWNER, at(E, 35, 14, 0, sec(0)), T["fa_3r"])
    c.add(p, at(E, 35, 14, 5, sec(59)), T["fa_4"], "other")
    truth["not_pitches"].append(p.name)

    # 10. friendly B, company with a comma
    p = people[9]
    p.accepted = at(E, 400, 12, 12, sec(12))
    c = conv(p)
    c.add(p, at(E, 25, 7, 50, sec(0)), T["fb_1"], "other")
    c.add(OWNER, at(E, 25, 8, 15, sec(30)), T["fb_1r"])
    c.add(p, at(E, 25, 8, 17, sec(45)), T["fb_2"], "other")
    truth["not_pitches"].append(p.name)

    # 11-13. one script, three senders
    for k, (pct, days, mins) in enumerate([(30, 45, 20), (27, 60, 15), (35, 30, 25)]):
        p = people[10 + k]
        p.accepted = at(E, 200 - 20 * k, 9, 30 + k, sec(20))
        c = conv(p)
        c.add(p, at(E, 150 - 40 * k, 10, 10 + k, sec(10)),
              T["script"].format(co=p.company, p=pct, d=days, m=mins), "pitch")
        truth["template_cluster"].append(p.name)
        truth["pitch_first"].append(p.name)

    # 14-16. a group member and two silent connections
    people[13].accepted = at(E, 600, 16, 16, sec(16))
    people[14].accepted = at(E, 1000, 11, 11, sec(11))
    people[15].accepted = at(E, 1500, 10, 1, sec(1))

    if mshape in ("2024", "2025", "2026"):
        # group conversation: owner + 14 + 9 + 10
        a, b, m = people[8], people[9], people[13]
        g = Conv(era, rng, [m, a, b], title="Spring meetup co-hosts")
        convs.append(g)
        who = {"m": m, "a": a, "b": b, "owner": OWNER}
        t = at(E, 33, 10, 0, 0)
        for k, (w, text) in enumerate(T["group"]):
            g.add(who[w], t + timedelta(minutes=17 * k, seconds=9 * k), text, None if w == "owner" else "other")
        # a draft reply to the persistent contact
        c5 = [c for c in convs if c.members == [people[4]]][0]
        c5.add(OWNER, at(E, 5, 21, 0, 0), T["draft"], draft=True, folder="")
    if era not in ("2018", "2020", "2021"):
        s = Conv(era, rng, [None], title="Sponsored Conversation")
        convs.append(s)
        s.add(None, at(E, 22, 14, 0, 3), SPONSORED, "pitch", subject="20% off Logistics Tech Live")

    # pending invitations
    invitations.append((P("Olivia", "Ashdown" if era != "2018" else "Ash", "olivia-ashdown-" + era, "Corvid Labs", "CEO"),
                        "INCOMING", at(E, 3, 18, 30, 0),
                        "Hi Mara, I run a B2B lead generation agency and would love to show you how we fill pipelines. Quick call?"))
    invitations.append((P("Kai", "Nørgaard", "kai-nørgaard-" + era, "Vindr ApS", "CTO"),
                        "OUTGOING", at(E, 8, 6, 15, 0), ""))

    hidden = [at(E, 700, 12, 0, 0), at(E, 900, 12, 0, 0)]
    return {"era": era, "people": people, "convs": convs, "invitations": invitations,
            "hidden": hidden, "truth": truth}


def write_era(model, out):
    era = model["era"]
    conn_url, preamble, conn_nl, mshape, inv_urls = SHAPE[era]
    people = model["people"]
    if os.path.isdir(out):
        shutil.rmtree(out)
    os.makedirs(out)

    # Connections.csv
    if conn_url:
        header = ["First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On"]
    else:
        header = ["First Name", "Last Name", "Email Address", "Company", "Position", "Connected On"]
    day = fmt_pacific if era == "2018" else fmt_day
    rows = []
    for k, p in enumerate(people):
        email = "%s@example.org" % p.first.lower() if k == 14 else ""
        r = [p.first, p.last] + ([p.url_encoded] if conn_url else []) + [email, p.company, p.position,
                                                                          day(p.accepted)]
        rows.append((p.accepted, r))
    for h in model["hidden"]:
        rows.append((h, [""] * (len(header) - 1) + [day(h)]))
    rows.sort(key=lambda r: r[0], reverse=True)
    text = (PREAMBLE if preamble else "") + csv_text([header] + [r for _, r in rows])
    write_text(os.path.join(out, "Connections.csv"), text if conn_nl else text.rstrip("\n"))

    # messages
    convs = sorted([c for c in model["convs"] if c.msgs], key=lambda c: max(m.t for m in c.msgs), reverse=True)
    mrows = []
    for c in convs:
        for m in sorted(c.msgs, key=lambda m: m.t, reverse=True):
            if m.sender is None:
                frm, furl, recips = "LinkedIn Member", "", [OWNER]
            else:
                frm, furl = m.sender.name, m.sender.url
                recips = [q for q in [OWNER] + c.members if q is not m.sender and q is not None]
            content = m.text if mshape == "2026" else m.text.replace("\n", " ")
            if mshape == "2018":
                direction = "OUTGOING" if m.sender is OWNER else "INCOMING"
                mrows.append([frm, ", ".join(q.name for q in recips), fmt_pacific(m.t), m.subject,
                              content, direction, m.folder])
                continue
            row = {"CONVERSATION ID": c.id, "CONVERSATION TITLE": c.title, "FROM": frm,
                   "SENDER PROFILE URL": furl, "TO": ", ".join(q.name for q in recips),
                   "RECIPIENT PROFILE URLS": ",".join(q.url for q in recips),
                   "DATE": fmt_utc(m.t), "SUBJECT": m.subject, "CONTENT": content,
                   "FOLDER": m.folder, "ATTACHMENTS": m.attachments,
                   "IS MESSAGE DRAFT": "true" if m.draft else "false",
                   "IS CONVERSATION DRAFT": "false"}
            mrows.append([row[h] for h in MSG_HEADERS[mshape]])
    name = "Messages.csv" if mshape == "2018" else "messages.csv"
    text = csv_text([MSG_HEADERS[mshape]] + mrows, quote_all=(mshape == "2026"))
    write_text(os.path.join(out, name), text.rstrip("\n") if mshape == "2026" else text)

    # Invitations.csv
    iheader = ["From", "To", "Sent At", "Message", "Direction"]
    if inv_urls != "none":
        iheader += ["inviterProfileUrl", "inviteeProfileUrl"]
    irows = []
    for p, direction, sent, note in sorted(model["invitations"], key=lambda i: i[2], reverse=True):
        frm, to = (p, OWNER) if direction == "INCOMING" else (OWNER, p)
        r = [frm.name, to.name, fmt_pacific(sent), note, direction]
        if inv_urls == "cut":
            r += ["https://www.linkedin.com/in", "https://www.linkedin.com/in"]
        elif inv_urls == "real":
            r += [frm.url_encoded if frm is not OWNER else OWNER.url,
                  to.url_encoded if to is not OWNER else OWNER.url]
        irows.append(r)
    text = csv_text([iheader] + irows, quote_all=(mshape == "2026"))
    write_text(os.path.join(out, "Invitations.csv"), text.rstrip("\n") if mshape == "2026" else text)

    # Profile.csv
    write_text(os.path.join(out, "Profile.csv"), csv_text([
        ["First Name", "Last Name", "Maiden Name", "Address", "Birth Date", "Headline", "Summary",
         "Industry", "Zip Code", "Geo Location", "Twitter Handles", "Websites", "Instant Messengers"],
        [OWNER_FIRST, OWNER_LAST, "", "", "Apr 9", "Head of Platform Engineering at Fjordvik Freight",
         "Platform engineering, reliability, calm on-call.", "Transportation, Logistics, Supply Chain and Storage",
         "", "Gothenburg, Sweden", "", "", ""]]))

    n_messages = sum(1 for c in convs for m in c.msgs if not m.draft)
    n_drafts = sum(1 for c in convs for m in c.msgs if m.draft)
    return {"connections": len(people), "hidden_connections": len(model["hidden"]),
            "messages": n_messages, "invitations": len(model["invitations"])}, n_drafts


# ------------------------------------------------------------------ API (same data as 2025)

def write_api(model, out):
    if os.path.isdir(out):
        shutil.rmtree(out)
    os.makedirs(out)
    era_dir = os.path.join(HERE, model["era"])

    def read_csv(name, skip_preamble=False):
        with open(os.path.join(era_dir, name), encoding="utf-8", newline="") as f:
            text = f.read()
        if skip_preamble:
            text = text[text.index("First Name,"):]
        return list(csv.DictReader(io.StringIO(text, newline="")))

    def page(domain, start, rows):
        return {"paging": {"start": start, "count": 10, "links": []},
                "elements": [{"snapshotDomain": domain, "snapshotData": rows}]}

    def dump(name, doc):
        write_text(os.path.join(out, name), json.dumps(doc, ensure_ascii=False, indent=1) + "\n")

    conns = read_csv("Connections.csv", skip_preamble=True)
    msgs = read_csv("messages.csv")
    invs = read_csv("Invitations.csv")
    dump("memberSnapshotData-CONNECTIONS-0.json", page("CONNECTIONS", 0, conns[:10]))
    dump("memberSnapshotData-CONNECTIONS-1.json", page("CONNECTIONS", 1, conns[10:]))
    half = len(msgs) // 2
    dump("memberSnapshotData-INBOX-0.json", page("INBOX", 0, msgs[:half]))
    dump("memberSnapshotData-INBOX-1.json", page("INBOX", 1, msgs[half:]))
    dump("memberSnapshotData-INVITATIONS-0.json", page("INVITATIONS", 0, invs))
    dump("no-data-404.json", {"status": 404, "serviceErrorCode": 0,
                              "message": "No data found for this member and domain (illustrative body of the 404 that ends paging)"})

    # memberChangeLogs: the last 28 days before the export
    E = EXPORT_AT[model["era"]]
    since = E - timedelta(days=28)
    rng = random.Random("changelog")
    events = []
    by_name = {p.name: p for p in model["people"]}
    for p, direction, sent, note in model["invitations"]:
        if p.name not in by_name or p.accepted is None or p.accepted < since:
            continue
        inviter, invitee = (p, OWNER) if direction == "INCOMING" else (OWNER, p)
        acceptor = invitee
        ms = int(p.accepted.timestamp()) * 1000 + rng.randint(0, 999)
        events.append({"capturedAt": ms, "processedAt": ms + rng.randint(200, 4000),
                       "owner": OWNER.urn, "actor": acceptor.urn, "resourceName": "invitations",
                       "resourceId": "urn:li:invitation:%d" % rng.randint(10 ** 12, 10 ** 13),
                       "method": "ACTION", "methodName": "accept",
                       "activity": {"invitationId": "%d" % rng.randint(10 ** 12, 10 ** 13),
                                    "inviter": inviter.urn, "invitee": invitee.urn,
                                    "inviterProfileUrl": inviter.url, "inviteeProfileUrl": invitee.url,
                                    "status": "ACCEPTED"}})
    for c in model["convs"]:
        for m in c.msgs:
            if m.draft or m.t < since or m.sender is None:
                continue
            recips = [q for q in [OWNER] + c.members if q is not m.sender and q is not None]
            ms = int(m.t.timestamp()) * 1000 + rng.randint(0, 999)
            events.append({"capturedAt": ms, "processedAt": ms + rng.randint(200, 4000),
                           "owner": OWNER.urn, "actor": m.sender.urn, "resourceName": "messages",
                           "resourceId": "urn:li:messagingMessage:2-%d" % rng.randint(10 ** 12, 10 ** 13),
                           "method": "CREATE",
                           "activity": {"conversationId": c.id, "author": m.sender.name,
                                        "authorProfileUrl": m.sender.url,
                                        "recipientProfileUrls": [q.url for q in recips],
                                        "subject": m.subject, "body": m.text}})
    events.sort(key=lambda e: e["capturedAt"])
    for k, e in enumerate(events):
        e["id"] = 880000 + k * 7
        # keep "id" first for readability
        events[k] = dict([("id", e["id"])] + [(a, b) for a, b in e.items() if a != "id"])
    cut = len(events) // 2
    page0 = events[:cut]
    page1 = [events[cut - 1]] + events[cut:]          # the boundary event is served twice
    dump("memberChangeLogs-0.json", {"paging": {"start": 0, "count": 50, "links": []}, "elements": page0})
    dump("memberChangeLogs-1.json", {"paging": {"start": cut, "count": 50, "links": []}, "elements": page1})
    write_text(os.path.join(out, "README"), API_README)
    return {"changelog_events": len(events), "changelog_rows_served": len(page0) + len(page1),
            "duplicate_event_id": events[cut - 1]["id"],
            "acceptances_from_changelog": [
                {"inviter": e["activity"]["inviterProfileUrl"], "invitee": e["activity"]["inviteeProfileUrl"],
                 "accepted_at": datetime.fromtimestamp(e["capturedAt"] / 1000, UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")[:-4] + "Z"}
                for e in events if e["resourceName"] == "invitations"]}


API_README = """Saved LinkedIn Member Data Portability API responses for OutreachGuard's importer tests.
Generated by tests/data/eras/generate-eras.py from the same invented people and messages as
tests/data/eras/2025/ (the CSV export); importing this folder must give the same summary
connections / hidden_connections / messages / invitations as importing eras/2025.

memberSnapshotData-<DOMAIN>-<page>.json   GET /rest/memberSnapshotData?q=criteria&domain=<DOMAIN>&start=<page>
  {"paging": {"start": <page index>, "count": 10, "links": []},
   "elements": [{"snapshotDomain": "CONNECTIONS" | "INBOX" | "INVITATIONS",
                 "snapshotData": [ {<CSV header>: <string>, ...}, ... ]}]}
  Exactly one element per page.  Each snapshotData item is one CSV row as a flat map of
  strings keyed by that domain's CSV header, with the CSV's values unchanged:
   CONNECTIONS: "First Name","Last Name","URL","Email Address","Company","Position","Connected On"
                (URL percent-encoded as in Connections.csv; hidden members have only "Connected On")
   INBOX:       "CONVERSATION ID","CONVERSATION TITLE","FROM","SENDER PROFILE URL","TO",
                "RECIPIENT PROFILE URLS","DATE","SUBJECT","CONTENT","FOLDER","ATTACHMENTS",
                "IS MESSAGE DRAFT","IS CONVERSATION DRAFT" (the draft row is included, flagged "true")
   INVITATIONS: "From","To","Sent At","Message","Direction","inviterProfileUrl","inviteeProfileUrl"
  CONNECTIONS and INBOX span two pages (0 and 1); INVITATIONS one page.

no-data-404.json   an illustrative body of the HTTP 404 that ends paging ("No data found ...").
                   It holds no elements and must be ignored (or treated as end of data).

memberChangeLogs-<n>.json   GET /rest/memberChangeLogs?q=memberAndApplication&startTime=<ms>
  {"paging": {...}, "elements": [event, ...]}, events oldest first, covering the 28 days before
  the export (2025-05-13 .. 2025-06-10).  Every event has "id" (integer, unique per event),
  "capturedAt" and "processedAt" (ms since the epoch, UTC), "owner" and "actor" (person URNs),
  "resourceName", "resourceId", "method", and "activity":
   invitations / ACTION / methodName "accept":
     activity {"invitationId","inviter","invitee" (URNs),"inviterProfileUrl","inviteeProfileUrl",
               "status": "ACCEPTED"}
     capturedAt is the acceptance moment (for a connection whose invitation carried a note it
     equals the note message's DATE plus the milliseconds LinkedIn keeps).
   messages / CREATE:
     activity {"conversationId" (same as CONVERSATION ID), "author" (name), "authorProfileUrl",
               "recipientProfileUrls" (list), "subject", "body" (raw text)}
     Every message event repeats an INBOX snapshot row: same conversation, same DATE to the
     second (capturedAt // 1000), same sender URL and body.  Merging must not add messages.
  The last event of page 0 is served again as the first event of page 1 (same "id"):
  de-duplicate by "id".
"""


# ------------------------------------------------------------------ quirks

def mini_export(out, shape="2025"):
    """A tiny valid export (3 connections + 1 hidden, 4 messages, 2 invitations)."""
    os.makedirs(out, exist_ok=True)
    write_text(os.path.join(out, "Connections.csv"), PREAMBLE + csv_text([
        ["First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On"],
        ["Søren", "Kjærgaard", "https://www.linkedin.com/in/s%C3%B8ren-kj%C3%A6rgaard-1f2e3d", "", "Vindr ApS", "CTO", "03 Feb 2025"],
        ["Rebecca", "Grant", "https://www.linkedin.com/in/rebecca-grant-77a1b2", "", "Driftwell Cloud", "Account Executive", "14 Jan 2025"],
        ["", "", "", "", "", "", "02 Jun 2022"],
        ["Arjun", "Mehta", "https://www.linkedin.com/in/arjun-mehta-4c5d6e", "", "Berg, Holm & Partners AB", "Consultant", "09 Sep 2022"],
    ]).rstrip("\n"))
    write_text(os.path.join(out, "messages.csv"), csv_text([
        MSG_HEADERS["2025"],
        ["2-cXVpcmstY29udi0x", "", "Rebecca Grant", "https://www.linkedin.com/in/rebecca-grant-77a1b2", "Mara Lindqvist",
         "https://www.linkedin.com/in/" + OWNER_SLUG, "2025-01-20 10:00:00 UTC", "",
         "Following up: would a 15-minute demo of our backup service work this week?", "INBOX", "", "false", "false"],
        ["2-cXVpcmstY29udi0x", "", "Rebecca Grant", "https://www.linkedin.com/in/rebecca-grant-77a1b2", "Mara Lindqvist",
         "https://www.linkedin.com/in/" + OWNER_SLUG, "2025-01-14 15:31:02 UTC", "",
         "Hi Mara, thanks for connecting! We run managed backups for Postgres at half the usual price. Could we book a demo?",
         "INBOX", "", "false", "false"],
        ["2-cXVpcmstY29udi0y", "", "Mara Lindqvist", "https://www.linkedin.com/in/" + OWNER_SLUG, "Søren Kjærgaard",
         "https://www.linkedin.com/in/søren-kjærgaard-1f2e3d", "2025-02-03 12:05:00 UTC", "",
         "Great to meet you at the meetup, Søren!", "INBOX", "", "false", "false"],
        ["2-cXVpcmstY29udi0y", "", "Søren Kjærgaard", "https://www.linkedin.com/in/søren-kjærgaard-1f2e3d", "Mara Lindqvist",
         "https://www.linkedin.com/in/" + OWNER_SLUG, "2025-02-03 12:00:41 UTC", "",
         "Hej Mara, nice chatting at the meetup yesterday!", "INBOX", "", "false", "false"],
    ]))
    write_text(os.path.join(out, "Invitations.csv"), csv_text([
        ["From", "To", "Sent At", "Message", "Direction", "inviterProfileUrl", "inviteeProfileUrl"],
        ["Søren Kjærgaard", "Mara Lindqvist", "2/2/25, 9:12 PM", "Hej Mara, nice chatting at the meetup yesterday!", "INCOMING",
         "https://www.linkedin.com/in/s%C3%B8ren-kj%C3%A6rgaard-1f2e3d", "https://www.linkedin.com/in/" + OWNER_SLUG],
        ["Rebecca Grant", "Mara Lindqvist", "1/14/25, 6:02 AM", "", "INCOMING",
         "https://www.linkedin.com/in/rebecca-grant-77a1b2", "https://www.linkedin.com/in/" + OWNER_SLUG],
    ]))


QUIRKS_README_HEAD = """Quirk fixtures for OutreachGuard's importer (generated by tests/data/eras/generate-eras.py;
every person is invented).  One folder per case.  "counts" are what tests/independent-count.py
prints for the folder (DESIGN.md section 4 rules); "app" is the suggested importer behaviour
(DESIGN.md section 4: warnings go to stderr and the report, exit 1 only for unusable input).
"""


def write_quirks(out):
    if os.path.isdir(out):
        shutil.rmtree(out)
    os.makedirs(out)
    notes = []

    # excel-bom-crlf: re-saved by a spreadsheet
    d = os.path.join(out, "excel-bom-crlf")
    rows = ["Notes:,,,,,,",
            '"Some email addresses may be missing from this file. An address only appears when the connection lets their connections see or download it in their own privacy settings.",,,,,,',
            ",,,,,,",
            "First Name,Last Name,URL,Email Address,Company,Position,Connected On,,",
            "Ingrid,Ødegård,https://www.linkedin.com/in/ingrid-%C3%B8deg%C3%A5rd-2b,,Havsdal Logistics AS,Engineering Manager,9-Sep-22,,",
            "Callum,Doyle,https://www.linkedin.com/in/callum-doyle-5,,\"Kessler, Brandt & Co. KG\",Sales Director,14-Mar-23,,",
            "",
            ",,,,,,2-Jun-22,,",
            "Yuki,Tanaka,https://www.linkedin.com/in/yuki-tanaka-8e,,Moorvale Labs,SRE,1-Dec-21,,",
            ",,,,,,,,",
            ""]
    write_bytes(os.path.join(d, "Connections.csv"), b"\xef\xbb\xbf" + "\r\n".join(rows).encode("utf-8"))
    notes.append(("excel-bom-crlf", "Connections.csv saved by Excel: UTF-8 BOM, CRLF, preamble rows padded with commas, "
                  "blank and all-comma lines, two trailing empty columns, `9-Sep-22` dates; app: imports with warnings"))

    # utf16-tsv
    d = os.path.join(out, "utf16-tsv")
    lines = ["First Name\tLast Name\tURL\tEmail Address\tCompany\tPosition\tConnected On",
             "Małgorzata\tWróbel\thttps://www.linkedin.com/in/ma%C5%82gorzata-wr%C3%B3bel\t\tNowak, Mazur i Wspólnicy\tCFO\t12 Mar 2024",
             "Hiroshi\tIto\thttps://www.linkedin.com/in/hiroshi-ito-3\t\tWrenfield Analytics\tData Engineer\t02 Feb 2024",
             "\t\t\t\t\t\t02 Jun 2022"]
    write_bytes(os.path.join(d, "Connections.csv"), "\r\n".join(lines).encode("utf-16"))
    notes.append(("utf16-tsv", "Connections.csv as UTF-16LE with BOM, tab separated, CRLF (a comma inside a company); "
                  "app: imports (or warns clearly), never garbles names"))

    # cp1252
    d = os.path.join(out, "cp1252")
    text = ("First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
            "Ren\xe9e,Dubois,https://www.linkedin.com/in/renee-dubois-4,,Caf\xe9 Num\xe9rique SAS,Directrice,05 May 2023\n"
            "Sean,O\x92Brien,https://www.linkedin.com/in/sean-obrien-9,,Heronsgate Ltd,CTO,21 Apr 2023\n")
    write_bytes(os.path.join(d, "Connections.csv"), text.encode("latin-1"))
    notes.append(("cp1252", "Connections.csv in Windows-1252: 0xE9 (é) in names and a company, 0x92 (’) in O’Brien; "
                  "app: decodes as Windows-1252 with a warning (Renée, O’Brien)"))

    # learning-coach
    d = os.path.join(out, "learning-coach")
    mini_export(d)
    write_text(os.path.join(d, "LearningCoachMessages.csv"), "No conversations found")
    notes.append(("learning-coach", "LearningCoachMessages.csv holding only `No conversations found` beside a valid export; "
                  "app: ignores it (it is not messages.csv)"))

    # unrelated-utf16
    d = os.path.join(out, "unrelated-utf16")
    mini_export(d)
    write_bytes(os.path.join(d, "Rich_Media.csv"),
                "Date/Time\tMedia Description\tMedia Link\r\n2024-05-01 10:00:00\tPhoto uploaded\thttps://media.example/p/1\r\n".encode("utf-16"))
    notes.append(("unrelated-utf16", "an unrelated UTF-16LE TSV (Rich_Media.csv) beside a valid export; app: ignores it silently"))

    # ragged
    d = os.path.join(out, "ragged")
    mini_export(d)
    with open(os.path.join(d, "messages.csv"), encoding="utf-8", newline="") as f:
        lines = f.read().split("\n")
    short = '2-cXVpcmstcmFnZ2Vk,,Arjun Mehta,https://www.linkedin.com/in/arjun-mehta-4c5d6e,Mara Lindqvist'
    long = ('2-cXVpcmstcmFnZ2Vk,,Arjun Mehta,https://www.linkedin.com/in/arjun-mehta-4c5d6e,Mara Lindqvist,'
            'https://www.linkedin.com/in/' + OWNER_SLUG + ',2025-03-01 08:00:00 UTC,,Hello again,INBOX,,false,false,extra,cells')
    lines.insert(2, short)
    lines.insert(3, long)
    write_text(os.path.join(d, "messages.csv"), "\n".join(lines))
    notes.append(("ragged", "messages.csv with one short row (5 of 13 fields, no DATE) and one long row (15 fields); "
                  "app: warns naming messages.csv lines 3 and 4, keeps the rest"))

    # bad-dates
    d = os.path.join(out, "bad-dates")
    mini_export(d)
    with open(os.path.join(d, "Invitations.csv"), encoding="utf-8", newline="") as f:
        text = f.read()
    text = text.replace('"1/14/25, 6:02 AM"', '"sometime in January"')
    write_text(os.path.join(d, "Invitations.csv"), text)
    notes.append(("bad-dates", "Invitations.csv whose second row has `Sent At` = `sometime in January`; "
                  "app: warns naming Invitations.csv line 3, keeps the invitation without a date"))

    # nested
    d = os.path.join(out, "nested", "Basic_LinkedInDataExport_01-02-2026", "inner")
    mini_export(d)
    notes.append(("nested", "a valid export two folders deep (Basic_LinkedInDataExport_01-02-2026/inner/); "
                  "app: finds the files at any depth"))

    # uppercase-names
    d = os.path.join(out, "uppercase-names")
    mini_export(d)
    os.rename(os.path.join(d, "Connections.csv"), os.path.join(d, "CONNECTIONS.CSV"))
    os.rename(os.path.join(d, "messages.csv"), os.path.join(d, "MESSAGES.CSV"))
    notes.append(("uppercase-names", "CONNECTIONS.CSV and MESSAGES.CSV in upper case; app: matches basenames case-insensitively"))

    # api-json: saved API pages with some oddities
    d = os.path.join(out, "api-json")
    os.makedirs(d)
    conn = {"paging": {"start": 0, "count": 10, "links": []},
            "elements": [{"snapshotDomain": "CONNECTIONS", "snapshotData": [
                {"First Name": "Søren", "Last Name": "Kjærgaard", "URL": "https://www.linkedin.com/in/s%C3%B8ren-kj%C3%A6rgaard-1f2e3d",
                 "Email Address": "", "Company": "Vindr ApS", "Position": "CTO", "Connected On": "03 Feb 2025"},
                {"First Name": "", "Last Name": "", "URL": "", "Email Address": "", "Company": "", "Position": "",
                 "Connected On": "02 Jun 2022"},
                {"First Name": "Rebecca", "Last Name": "Grant", "URL": "https://www.linkedin.com/in/rebecca-grant-77a1b2",
                 "Email Address": "", "Company": "Driftwell Cloud", "Position": "Account Executive", "Connected On": "14 Jan 2025"}]}]}
    write_bytes(os.path.join(d, "connections.json"),
                json.dumps(conn, ensure_ascii=False, indent=2).replace("\n", "\r\n").encode("utf-8"))
    empty = {"paging": {"start": 1, "count": 10, "links": []},
             "elements": [{"snapshotDomain": "CONNECTIONS", "snapshotData": []}]}
    write_text(os.path.join(d, "connections-empty-page.json"), json.dumps(empty))
    inbox = {"paging": {"start": 0, "count": 10, "links": []},
             "elements": [{"snapshotDomain": "INBOX", "snapshotData": [
                 {"CONVERSATION ID": "2-cXVpcmstYXBp", "CONVERSATION TITLE": "", "FROM": "Rebecca Grant",
                  "SENDER PROFILE URL": "https://www.linkedin.com/in/rebecca-grant-77a1b2", "TO": "Mara Lindqvist",
                  "RECIPIENT PROFILE URLS": "https://www.linkedin.com/in/" + OWNER_SLUG,
                  "DATE": "2025-01-14 15:31:02 UTC", "SUBJECT": "",
                  "CONTENT": "Hi Mara, thanks for connecting! We run managed backups for Postgres at half the usual price. Could we book a demo?",
                  "FOLDER": "INBOX"}]}]}
    write_text(os.path.join(d, "inbox.json"), json.dumps(inbox, ensure_ascii=False))
    other = {"paging": {"start": 0, "count": 10, "links": []},
             "elements": [{"snapshotDomain": "PROFILE", "snapshotData": [{"First Name": "Mara", "Last Name": "Lindqvist"}]}]}
    write_text(os.path.join(d, "profile.json"), json.dumps(other))
    write_text(os.path.join(d, "not-linkedin.json"), json.dumps({"hello": "world", "elements": 3}))
    notes.append(("api-json", "saved Portability API pages: CONNECTIONS (CRLF, pretty-printed, one hidden member), an empty "
                  "CONNECTIONS page, an INBOX page without draft/attachment keys, a PROFILE-domain page (not imported) and an "
                  "unrelated JSON file; app: imports 2 connections + 1 hidden and 1 message, ignores the rest"))

    # broken: one folder per case
    d = os.path.join(out, "broken", "unterminated-quote")
    write_text(os.path.join(d, "Connections.csv"),
               "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
               "Ruby,Hollis,https://www.linkedin.com/in/ruby-hollis-2,,\"Pinecrest Partners,Founder,01 Mar 2024\n"
               "Owen,Matthews,https://www.linkedin.com/in/owen-matthews-7,,Larkspire Software,CTO,02 Mar 2024\n")
    d = os.path.join(out, "broken", "png")
    write_bytes(os.path.join(d, "Connections.csv"),
                b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00\x1f\xf3\xffa"
                b"\x00\x00\x00\x04gAMA\x00\x00\xb1\x8f\x0b\xfca\x05")
    d = os.path.join(out, "broken", "empty-messages")
    write_bytes(os.path.join(d, "messages.csv"), b"")
    d = os.path.join(out, "broken", "header-only-invitations")
    write_text(os.path.join(d, "Invitations.csv"),
               "From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\n")
    notes.append(("broken/unterminated-quote", "Connections.csv whose second line opens a quote that never closes; "
                  "app: exit 1 naming Connections.csv and the line, or import with a warning - never crash or hang"))
    notes.append(("broken/png", "the first bytes of a PNG saved as Connections.csv; app: exit 1, one line naming the file"))
    notes.append(("broken/empty-messages", "an empty (0-byte) messages.csv; app: exit 1 (no usable input) with one line naming it"))
    notes.append(("broken/header-only-invitations", "Invitations.csv with only its header; app: 0 invitations, "
                  "exit 1 because nothing else is usable (or exit 0 with a warning if the lead decides so)"))
    return notes


# ------------------------------------------------------------------ main

def load_counter():
    sys.dont_write_bytecode = True   # no __pycache__ beside the fixtures
    import importlib.util
    path = os.path.join(os.path.dirname(DATA), "independent-count.py")
    if not os.path.exists(path):
        return None
    spec = importlib.util.spec_from_file_location("independent_count", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def main():
    counter = load_counter()
    expected = {"about": "Generated by generate-eras.py. 'counts' follow DESIGN.md section 4 and "
                         "are re-checked with tests/independent-count.py; 'by_design' lists what each "
                         "era was built to contain (owner: Mara Lindqvist).", "eras": {}}
    models = {}
    for era in ERAS:
        model = build_era(era)
        models[era] = model
        counts, drafts = write_era(model, os.path.join(HERE, era))
        if counter is not None:
            import contextlib
            with contextlib.redirect_stderr(io.StringIO()):
                got = counter.count([os.path.join(HERE, era)])
            if got != counts:
                raise SystemExit("era %s: independent-count.py says %r, generator %r" % (era, got, counts))
        expected["eras"][era] = {"counts": counts, "drafts": drafts, "by_design": model["truth"],
                                 "shape": dict(zip(["connections_url_column", "connections_preamble",
                                                    "connections_final_newline", "messages_shape",
                                                    "invitation_urls"], SHAPE[era]))}
        print("era %s: %s, %d draft(s)" % (era, json.dumps(counts), drafts))

    api = write_api(models["2025"], os.path.join(DATA, "api"))
    expected["api"] = {"same_data_as": "2025", "counts": expected["eras"]["2025"]["counts"], **api}
    if counter is not None:
        import contextlib
        with contextlib.redirect_stderr(io.StringIO()):
            got = counter.count([os.path.join(DATA, "api")])
        if got != expected["eras"]["2025"]["counts"]:
            raise SystemExit("api: independent-count.py says %r" % got)
    print("api: %d changelog events (+1 duplicate)" % api["changelog_events"])

    notes = write_quirks(os.path.join(DATA, "quirks"))
    lines = [QUIRKS_README_HEAD]
    quirk_counts = {}
    for case, text in notes:
        c = None
        if counter is not None:
            import contextlib
            err = io.StringIO()
            with contextlib.redirect_stderr(err):
                c = counter.count([os.path.join(DATA, "quirks", case)])
            quirk_counts[case] = c
        lines.append("%s: %s.\n    counts: %s\n" % (case, text, json.dumps(c)))
    write_text(os.path.join(DATA, "quirks", "README"), "\n".join(lines))
    expected["quirks"] = quirk_counts
    write_text(os.path.join(HERE, "expected.json"), json.dumps(expected, ensure_ascii=False, indent=1) + "\n")
    print("quirks: %d cases" % len(notes))


if __name__ == "__main__":
    sys.exit(main())
