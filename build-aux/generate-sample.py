#!/usr/bin/python3
"""Write OutreachGuard's bundled sample export to data/sample/.

The export is shaped like a 2025/2026 "Basic" LinkedIn data export (see
DESIGN.md section 2): Connections.csv with the three-line preamble and URL
column, messages.csv with every field quoted and real newlines in CONTENT,
Invitations.csv with Pacific-time "Sent At" and profile URLs, Profile.csv.

Every person, company and message in it is invented.  The script is
deterministic (fixed seed, Python 3 standard library only), so running it
again produces byte-identical files.  It also writes data/sample-expected.json:
the summary counts (computed here, independently of the C code) and the lists
of people who were written to trigger each audit finding.

Usage: generate-sample.py [OUTPUT_DIR]   (default: <repo>/data/sample)
"""

import csv
import io
import json
import os
import random
import re
import sys
import unicodedata
import urllib.parse
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

UTC = timezone.utc
PACIFIC = ZoneInfo("America/Los_Angeles")
SEED = 20260214
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun",
          "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

EXPORT_DAY = datetime(2026, 2, 14, 6, 0, 0, tzinfo=UTC)
INVITATIONS_SINCE = datetime(2025, 5, 1, tzinfo=UTC)   # the file covers ~9.5 months
MESSAGES_SINCE = datetime(2025, 1, 6, tzinfo=UTC)

rng = random.Random(SEED)


def utc(y, mo, d, h=0, mi=0, s=0):
    return datetime(y, mo, d, h, mi, s, tzinfo=UTC)


# --------------------------------------------------------------------------
# Formats (DESIGN.md section 2)
# --------------------------------------------------------------------------

def fmt_connected_on(t):
    """`DD Mon YYYY`, the UTC calendar day."""
    t = t.astimezone(UTC)
    return "%02d %s %04d" % (t.day, MONTHS[t.month - 1], t.year)


def fmt_message_date(t):
    return t.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S UTC")


def fmt_pacific(t):
    """`M/D/YY, h:mm AM` in America/Los_Angeles (DST-aware)."""
    p = t.astimezone(PACIFIC)
    h12 = p.hour % 12 or 12
    return "%d/%d/%02d, %d:%02d %s" % (p.month, p.day, p.year % 100, h12, p.minute,
                                       "AM" if p.hour < 12 else "PM")


def iso(t):
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def fold_ascii(text):
    text = text.replace("ß", "ss").replace("ø", "o").replace("Ø", "O").replace("æ", "ae")
    text = text.replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("Đ", "D")
    text = text.replace("ı", "i")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


# --------------------------------------------------------------------------
# The owner
# --------------------------------------------------------------------------

class Person:
    def __init__(self, first, last, slug, company="", position="", lang="en"):
        self.first = first
        self.last = last
        self.slug = slug                  # raw (decoded) slug, may hold non-ASCII letters
        self.company = company
        self.position = position
        self.lang = lang
        self.email = ""
        self.accepted = None              # exact acceptance moment (ground truth)
        self.connected = False
        self.role = "silent"
        self.invitation = None
        self.conv = None
        self.notes = []                   # free text for the expected file

    @property
    def name(self):
        return ("%s %s" % (self.first, self.last)).strip()

    @property
    def url(self):                        # as messages.csv writes it (raw UTF-8)
        return "https://www.linkedin.com/in/" + self.slug

    @property
    def url_encoded(self):                # as Connections.csv / Invitations.csv write it
        return "https://www.linkedin.com/in/" + urllib.parse.quote(self.slug, safe="-_.~")


OWNER = Person("Mara", "Lindqvist", "mara-lindqvist-7b31a2",
               "Fjordvik Freight AB", "Head of Platform Engineering", "en")
ME = "Mara"
MC = "Fjordvik Freight"

# --------------------------------------------------------------------------
# Invented names, companies and positions
# --------------------------------------------------------------------------

NAMES = {
    "sv": (["Linnea", "Johan", "Elin", "Oskar", "Frida", "Viktor", "Astrid", "Henrik", "Sara",
            "Nils", "Maja", "Gustav", "Ebba", "Axel", "Klara", "Emil"],
           ["Ekström", "Åberg", "Sjögren", "Nyström", "Håkansson", "Lindgren", "Bergqvist",
            "Öhman", "Dahlberg", "Fält", "Wennerholm", "Strandberg", "Löfgren", "Ahlström"]),
    "no": (["Søren", "Ingrid", "Mette", "Lars", "Sigrid", "Rasmus", "Kjersti", "Torbjørn",
            "Freja", "Mikkel", "Aino", "Jukka", "Eero", "Sanna"],
           ["Kjærgaard", "Ødegård", "Østergaard", "Bø", "Haugland", "Møller", "Brekke",
            "Mäkelä", "Hämäläinen", "Virtanen", "Lindholm", "Nørgaard"]),
    "de": (["Jürgen", "Sabine", "Tobias", "Katrin", "Lukas", "Anja", "Florian", "Miriam",
            "Dominik", "Heike", "Jörg", "Franziska", "Matthias", "Leonie", "Bastian"],
           ["Weiß", "Krüger", "Schäfer", "Vogel", "Brandstätter", "Müller-Lüdecke", "Gößwein",
            "Haas", "Reuter", "Brückner", "Kessler", "Zimmermann", "Hofbauer", "Lorenz"]),
    "fr": (["Anaïs", "Julien", "Camille", "Théo", "Élodie", "Mathieu", "Margaux", "Benoît",
            "Chloé", "Hugo", "Manon", "Grégoire", "Inès"],
           ["Lefèvre", "Marchand", "Dubois-Roche", "Garnier", "Perrin", "Fontaine", "Béranger",
            "Leclerc", "Morel", "Rousseau", "Château", "Vasseur"]),
    "es": (["José", "Lucía", "Alejandro", "Marta", "Iñigo", "Valentina", "Carlos", "Sofía",
            "Diego", "Ainhoa", "Tomás", "Camila"],
           ["Núñez", "Martín Ortega", "Peña", "Ibáñez", "Etxeberria", "Rojas", "Mendoza",
            "Gutiérrez", "Salinas", "Ferrer", "Quintana", "Montes de Oca"]),
    "pl": (["Łukasz", "Małgorzata", "Paweł", "Agnieszka", "Zuzanna", "Michał", "Wojciech"],
           ["Wróbel", "Nowak", "Kowalczyk", "Mazur", "Król", "Wójcik", "Kaczmarek", "Dudek"]),
    "cz": [("Tomáš", "Dvořák"), ("Kateřina", "Novotná"), ("Jiří", "Procházka"), ("Lucie", "Černá"),
           ("Ondřej", "Kučera"), ("Tereza", "Svobodová"), ("Vojtěch", "Růžička")],
    "tr": (["Ömer", "Şebnem", "Emre", "Elif", "Burak", "Zeynep"],
           ["Çelik", "Aydın", "Yıldız", "Öztürk", "Şahin", "Kaya"]),
    "nl": (["Sanne", "Joost", "Floor", "Bram", "Lotte", "Daan"],
           ["de Vries", "van den Berg", "Jansen", "Bakker", "van Dijk", "Visser"]),
    "it": (["Giulia", "Matteo", "João", "Inês", "Francesca", "Lorenzo", "Beatriz"],
           ["Ferraro", "Rinaldi", "Gonçalves", "Carvalho", "Esposito", "Conti", "Araújo"]),
    "en": (["Callum", "Aoife", "Daniel", "Rebecca", "Marcus", "Hannah", "Jordan", "Tyler", "Chloe",
            "Ethan", "Olivia", "Ryan", "Megan", "Nathan", "Sophie", "Kieran", "Zoë", "Ava", "Liam",
            "Grace", "Owen", "Isla", "Noah", "Ruby", "Felix", "Harriet", "Siobhán", "Declan"],
           ["McKenzie", "Thornton", "Bell", "Whitfield", "Pike", "Brooks", "Matthews",
            "Caldwell", "Grant", "Hollis", "Doyle", "Price", "Lawson", "Walsh", "Harrington", "Ó Ceallaigh",
            "Sinclair", "O'Sullivan", "Fairbairn", "Ashdown", "Penhaligon", "Blackwood", "Ellery"]),
    "in": (["Priya", "Arjun", "Kavya", "Rohan", "Sneha", "Vikram", "Ananya", "Ishaan", "Meera"],
           ["Raman", "Mehta", "Iyer", "Deshpande", "Kulkarni", "Nair", "Bose", "Varma", "Chatterjee"]),
    "jp": (["Yuki", "Haruto", "Hiroshi", "Aiko", "Ren"], ["Tanaka", "Sato", "Nakamura", "Watanabe", "Ito"]),
    "kr": (["Min-jun", "Ji-woo", "Seo-yeon", "Do-hyun"], ["Park", "Kim", "Lee", "Choi", "Jung"]),
    "cn": (["Wei", "Mei", "Jun", "Xiaoling", "Hao"], ["Zhang", "Chen", "Liu", "Wang", "Huang"]),
    "vn": [("Lan", "Nguyễn"), ("Đức", "Trần"), ("Hương", "Phạm"), ("Minh", "Lê"), ("Thảo", "Võ")],
    "af": (["Chidi", "Amara", "Thabo", "Wanjiru", "Kwame", "Fatima", "Ngozi", "Sipho", "Youssef"],
           ["Okafor", "Nwosu", "Mokoena", "Kamau", "Mensah", "Benali", "Okonkwo", "Dlamini", "El Amrani"]),
    "br": (["Thiago", "Larissa", "Rafael", "Bruna", "Gabriel"],
           ["Cunha", "Araújo", "Ribeiro", "Lopes", "Magalhães"]),
}

COMPANY_A = ["Brightmoor", "Kestrelwave", "Halvard", "Lumenridge", "Corvid", "Tallowfield",
             "Quillfeather", "Ostara", "Norrsken", "Vindr", "Birchgate", "Saltmarsh",
             "Ironleaf", "Pellucid", "Arcmeridian", "Fernhollow", "Glimmerstack", "Havsdal",
             "Cobaltine", "Driftwell", "Emberline", "Frostvik", "Granitebay", "Heronsgate",
             "Juniperloop", "Larkspire", "Moorvale", "Nettlecraft", "Orchidwell", "Pinecrest",
             "Quarrystone", "Rookery", "Silverfen", "Thistledown", "Umberlight", "Vellichor",
             "Wrenfield", "Yarrowby", "Zephyrine", "Ashgrove", "Bluecairn", "Cinderpeak"]
COMPANY_B = ["Analytics", "Labs", "Systems", "Consulting", "Logistics", "Cloud", "Partners",
             "Software", "Digital", "Group", "Technologies", "Solutions", "Data", "Networks"]
COMPANY_SUFFIX = {"in": [" Pvt Ltd", ""], "jp": [" K.K.", ""], "kr": [" Co., Ltd.", ""], "cn": [" Pte Ltd", ""],
                  "vn": [" JSC", ""], "cz": [" s.r.o.", ""], "af": [" (Pty) Ltd", " Ltd", ""],
                  "br": [" Ltda", ""], "de": [" GmbH", " AG", ""], "sv": [" AB", ""], "fr": [" SAS", ""],
                  "es": [" S.L.", ""], "nl": [" B.V.", ""], "no": [" AS", " ApS", " Oy", ""],
                  "pl": [" sp. z o.o.", ""], "it": [" S.r.l.", " Lda", ""],
                  "tr": [" A.Ş.", ""], "en": [" Ltd", " Inc.", "", ""]}
# Company names with a comma: they must arrive quoted and intact.
COMMA_COMPANIES = ["Berg, Holm & Partners AB", "Rivera, Ortiz y Asociados S.L.",
                   "Kessler, Brandt & Co. KG", "Moreau, Vidal et Associés"]

POSITIONS_GENERIC = ["Software Engineer", "Senior Software Engineer", "Staff Engineer",
                     "Engineering Manager", "Site Reliability Engineer", "Product Manager",
                     "Data Engineer", "Platform Engineer", "CTO", "VP Engineering",
                     "DevOps Lead", "Solutions Architect", "Head of Data", "Tech Lead",
                     "Operations Manager", "Supply Chain Analyst", "Backend Developer",
                     "Security Engineer", "Frontend Developer", "QA Lead",
                     "Principal Engineer", "Director of Engineering", "Cloud Architect",
                     "Logistics Coordinator", "Product Designer", "Data Scientist"]
POSITIONS_SALES = ["Account Executive", "Business Development Manager", "Sales Director",
                   "Founder & CEO", "Partnerships Lead", "Growth Consultant",
                   "Senior Account Manager", "Head of Sales Nordics", "SDR Team Lead",
                   "Co-founder", "Client Partner", "Enterprise Sales Manager"]
POSITIONS_RECRUIT = ["Talent Partner", "Executive Recruiter", "Technical Recruiter",
                     "Head of Talent Acquisition", "Senior Headhunter"]
POSITIONS_STUDENT = ["Student", "MSc student, Computer Science", "Junior DevOps Engineer",
                     "Graduate Engineer", "Open to work: SRE"]

used_names = set()
used_slugs = set([OWNER.slug])
used_companies = set()


def new_company(lang):
    while True:
        name = rng.choice(COMPANY_A) + " " + rng.choice(COMPANY_B) + \
            rng.choice(COMPANY_SUFFIX.get(lang, [""]))
        if name not in used_companies:
            used_companies.add(name)
            return name


def make_slug(first, last, keep_unicode):
    base = "%s-%s" % (first, last)
    if not keep_unicode:
        base = fold_ascii(base)
    base = base.lower().replace(" ", "-")
    base = re.sub(r"[^\w-]+", "", base)
    base = re.sub(r"-+", "-", base)
    while True:
        style = rng.random()
        if style < 0.25:
            slug = base
        elif style < 0.75:
            slug = "%s-%s" % (base, "".join(rng.choice("0123456789abcdef")
                                            for _ in range(rng.choice([6, 7, 8]))))
        else:
            slug = "%s-%d" % (base, rng.randint(10, 9999))
        if slug not in used_slugs:
            used_slugs.add(slug)
            return slug


def new_person(lang=None, kind="generic", company=None, first=None, last=None):
    if lang is None:
        lang = rng.choice(["en"] * 4 + ["in", "jp", "kr", "cn", "vn", "af", "br", "sv", "sv", "no",
                                          "de", "de", "fr", "es", "pl", "cz", "tr", "nl", "it"])
    pool = NAMES[lang]
    for _ in range(1000):
        if isinstance(pool, list):
            f, l = rng.choice(pool)
        else:
            f, l = rng.choice(pool[0]), rng.choice(pool[1])
        f, l = first or f, last or l
        if (f, l) not in used_names:
            break
    used_names.add((f, l))
    name_ascii = fold_ascii(f + l) == f + l
    keep_unicode = (not name_ascii) and rng.random() < 0.6
    slug = make_slug(f, l, keep_unicode)
    if company is None:
        company = new_company(lang)
    position = rng.choice({"generic": POSITIONS_GENERIC, "sales": POSITIONS_SALES,
                           "recruit": POSITIONS_RECRUIT, "student": POSITIONS_STUDENT}[kind])
    if kind == "student":
        company = rng.choice(["Chalmers University of Technology (student)", "",
                              "Looking for new opportunities", "KTH Royal Institute (student)"])
        if company == "":
            company = "Self-employed"
    p = Person(f, l, slug, company, position, lang)
    return p


# --------------------------------------------------------------------------
# Message texts.  Every inbound text is used by one sender only, except the
# deliberate shared scripts, so that the template clusters are exactly the
# ones listed in sample-expected.json.
# --------------------------------------------------------------------------

PITCHES_EN = [
    "Hi {me}, I run the partnerships team at {co}. We build dedicated nearshore engineering squads (Poland and Portugal) that start shipping within two weeks. Teams like yours usually save around 40% compared with local hiring.\n\nCould we grab 20 minutes this Thursday so I can walk you through a few case studies?",
    "Hello {me}! Quick question: how are you handling on-call fatigue at {mc}? {co} automates incident triage with an AI runbook assistant, and one freight customer cut pages by 63% in a single quarter. Happy to set up a short demo whenever suits you.",
    "{me}, I'll be brief: {co} gets logistics platforms through ISO 27001 and SOC 2 audits in 90 days, fixed price, no surprises. Would it make sense to book a call next week to see whether we're a fit?",
    "Hi {me} - we just launched a Kubernetes cost-visibility tool that plugs into your clusters in under ten minutes. No agents, no code changes. I'd love to offer {mc} a free 30-day pilot. Do you have 15 minutes on Tuesday or Wednesday for an intro?",
    "Hey {me}, I saw your post about moving off your old message broker. We've done exactly that migration for three carriers in the Nordics, and I've drafted a one-page plan for {mc}. Can I send it over and follow up with a quick call?",
    "Hi {me}, I help engineering leaders fill their calendar with qualified enterprise meetings, usually 12 to 18 a month, through a done-for-you outbound system. No retainer until the first meetings land. Worth a chat?",
    "Good morning {me}, {co} is running a limited beta of our synthetic monitoring platform for European logistics companies. Beta partners lock in lifetime pricing at 50% off. Shall I reserve a seat for {mc}? A 20-minute onboarding call is all it takes.",
    "Hi {me}! {co} specialises in penetration testing for API-heavy platforms and we have two slots left in March.\n\nShall I send over a proposal and a few dates for a scoping call?",
    "Hi {me}, congratulations on the growth at {mc}. Platforms usually outgrow their CI setup right around your size - our managed build runners are up to 4x faster and cheaper than hosted runners. Open to a quick comparison call?",
    "{me}, I noticed you lead platform engineering. We've built an internal developer portal that teams roll out in a week instead of a quarter. Would you be up for a 25-minute demo? I can share a recording first if that's easier.",
    "Hello {me}, I'm the founder of {co}. We ghostwrite LinkedIn content for technical leaders: three posts a week, in your voice, zero effort on your side. Our clients average five times more profile views within 60 days. Interested in a free content audit?",
    "Hi {me}, are you the right person to talk to about data platform spend? {co} offers a fixed-fee warehouse optimisation sprint; typical savings land between 25 and 35 percent. Could we schedule 15 minutes next week?",
    "Hi {me}, I hope this finds you well. I coach newly appointed engineering heads - my 12-week programme helps you build a high-trust team faster and avoid the classic first-year traps. Would you be open to a complimentary discovery session? The programme fee is fully tax-deductible.",
    "Hi {me}, our team at {co} built an AI assistant that answers shipment-status questions for your customers around the clock and plugs into most TMS platforms. Can I show you a 10-minute demo tailored to {mc}?",
    "Hey {me} \U0001F44B We help engineering teams hire senior developers from Latin America at a fraction of EU rates: fully vetted, timezone friendly, two-week trial. Any open roles I could help you fill? Happy to jump on a call and share pricing.",
    "Hi {me}, a quick one: we're offering a discounted architecture review for event-driven systems this quarter (normally EUR 4,500, now 2,900). You get a written report and a proposal for follow-on work. Would {mc} like one of the remaining spots?",
    "{me} - I lead sales for {co} in the Nordics. We replace legacy EDI gateways with a cloud-native API layer and we're already live with two of your competitors. Could I get 30 minutes on your calendar to show you how it works?",
    "Hi {me}, thanks for accepting! I'm with {co}; we build observability pipelines that cut log ingestion costs by up to 70%. Would you like me to run a free analysis of your current monitoring bill? It usually leads to a very short payback period.",
    "Hello {me}, let me introduce {co}: a marketplace of pre-vetted DevOps freelancers who can start within 48 hours. Many clients use us to cover peak season. Shall I send a couple of profiles together with our day rates?",
    "Hi {me}, I'll keep it short. {co} sells refurbished enterprise servers with a three-year warranty at 60% below list price. If {mc} runs anything on-prem, I can send a quote this week. When would be a good time to talk?",
    "Hi {me}, is developer onboarding on your roadmap this year? Our platform gets new engineers to their first merged pull request on day one. I'd welcome the chance to show you - does Thursday at 10 work for a demo?",
    "Hey {me}, I came across {mc} while researching fast-growing freight tech companies. We turn messy telematics data into live dashboards in days, not months. Could I send a short video and then set up a call?",
    "Hi {me}, hope you're well! I'm reaching out from {co}. We design and run bug bounty programmes end to end, billed per valid finding. Would you be open to a 20-minute conversation about protecting {mc}'s customer portal?",
    "{me}, quick idea for {mc}: our feature-flag service reduces failed releases by roughly a third and runs in a Nordic data centre for GDPR peace of mind. The starter plan is free up to 10 seats and the business tier is 40% off this month - shall I set up an account and a walkthrough for your team?",
    "Hi {me}, I see you're scaling the platform team. {co} provides managed Kafka with a 99.99% SLA at about half the cost of running it yourselves. Can I book 15 minutes to share our pricing for logistics workloads?",
    "Hi {me}, I help B2B tech companies win public-sector and EU tenders. We write the bids and only charge on success. {mc} looks like a strong fit for two open transport tenders - want me to send the details and set up a call?",
    "Hello {me}, I'm an account executive at {co}. Our low-code integration platform connects WMS, ERP and carrier APIs without custom code. Could you spare 20 minutes next week for a tailored demo?",
    "Hi {me}, we run accelerated cloud certification bootcamps for engineering teams: five days, a 94% pass rate, group discounts from six seats. Would your platform team benefit? I can send the syllabus and the price list.",
    "Hi {me}! Your profile stood out. {co} is an agency that builds custom AI agents for operations teams: route planning, document extraction, customer email triage. Tell me a good time for a call and I'll prepare a few concrete ideas for {mc}.",
    "Hey {me}, we're recruiting a small group of platform leaders to pilot our supply-chain security scanner - free for 60 days, then at a founding-customer discount. Can I count you in? I only need 15 minutes to get you set up.",
    "{me}, hope all is well. We help companies open engineering hubs in Lisbon with a turnkey employer-of-record and office package. If expansion is on the cards for {mc}, a short call could save you months. Are you free next week?",
    "Hi {me}, I'm with {co}. We supply standing desks and hybrid-office furniture to tech teams across Scandinavia, with volume pricing from 20 units. Could I send you our catalogue and arrange a short call?",
    "Hello {me}, {co} here. We've built a carbon-accounting module for freight companies that satisfies the new EU reporting rules out of the box. Could I book a 30-minute demo with you and whoever owns sustainability reporting at {mc}?",
    "Hi {me}, thanks for connecting. We offer a fully managed backup and disaster-recovery service for Postgres and Kubernetes, with restore tests every week. If you're open to it, I'd love to send a proposal - what's the best email?",
    "Hey {me}, I noticed {mc} is hiring SREs. Before you add headcount, have you looked at automated remediation? Our customers avoid one or two hires a year. 20-minute demo next Tuesday?",
    "Hi {me}, I'm launching a paid mastermind for Nordic engineering leaders - six sessions, max eight participants, early-bird price until Friday. I think you'd be a great fit. Want me to send the registration link?",
    "Hi {me}! We make branded swag and onboarding kits for tech companies - hoodies, notebooks, the lot - delivered anywhere in Europe in five days. Could I send {mc} a free sample box and a quote?",
    "Hello {me}, {co} offers 24/7 outsourced NOC and on-call coverage so your engineers can sleep. Our pricing starts at a fraction of one senior hire. Would you like to see how it compares for {mc}? I can set up a call this week.",
    "Hi {me}, I'm reaching out because {co} has helped several logistics scale-ups renegotiate their cloud commitments - typically 18 to 30% off the renewal. We work on a success fee. Is your renewal coming up this year? Let's talk.",
    "Hey {me}, quick question - who handles API documentation at {mc}? We generate and host beautiful developer docs straight from your OpenAPI files. Happy to offer a free trial and a demo call.",
    "Hi {me}, we help engineering teams cut meeting load with an AI notetaker built for standups and incident calls. The team plan is 30% off this quarter. Could I give you a 15-minute demo?",
    "Hello {me}, {co} is a boutique consultancy for SRE maturity assessments. In two weeks we deliver a roadmap and can staff the execution. Would you like a proposal for {mc}?",
    "Hi {me}, quick pitch: our GPU cloud gives you reserved capacity in Stockholm at 40% under the hyperscalers. Are you running any ML workloads we could quote for?",
    "Hey {me}, I'm with {co}. We run done-for-you employer branding campaigns for tech teams that struggle to hire. Can I show you what we did for a 200-person logistics company?",
    "Hi {me}, are you happy with your current password manager for the team? We're offering {mc} six months free if you switch before March. Let's set up a quick call.",
    "Hello {me}, I lead partnerships at {co}. We license a real-time ETA prediction API trained on 2 billion shipment events. Could we book a technical demo with your team?",
    "Hi {me}, {co} builds white-label driver apps for carriers, delivered in 8 weeks at a fixed price. Would a short call next week make sense?",
    "Hi {me}! We offer fractional platform engineering leadership - a senior architect two days a week for a flat monthly fee. Would that help {mc} during the hiring push? Happy to discuss pricing.",
    "Hey {me}, we just opened our Gothenburg office and are offering free cloud security posture scans to the first 20 local companies. Want me to book one for {mc}?",
    "Hi {me}, I help tech leaders negotiate better software contracts - I typically save clients 20% on renewals and only bill a share of the savings. Any renewals coming up that I could look at?",
]

PITCHES_DE = [
    "Hallo {me}, ich bin bei {co} für Partnerschaften zuständig. Wir übernehmen den kompletten Betrieb Ihrer Kubernetes-Cluster zum monatlichen Festpreis - inklusive Rufbereitschaft. Hätten Sie nächste Woche 20 Minuten für ein kurzes Kennenlernen?",
    "Guten Tag {me}, viele Logistikunternehmen verschenken bei der Cloud-Abrechnung bares Geld. {co} analysiert Ihre Rechnungen kostenlos und findet im Schnitt 27 % Einsparpotenzial. Darf ich Ihnen einen Termin für eine Demo vorschlagen?",
    "Hallo {me}, wir haben ein neues Schulungsangebot für Plattform-Teams: drei Tage Terraform und GitOps, direkt bei Ihnen vor Ort. Soll ich Ihnen ein Angebot für {mc} schicken?",
    "Hallo {me}, {co} bietet Penetrationstests speziell für Logistik-APIs an - schnell, zertifiziert und zum Festpreis. Passt Ihnen ein kurzer Call am Donnerstag?",
    "Guten Morgen {me}, mit unserer Low-Code-Plattform binden Sie neue Frachtführer in Tagen statt Monaten an. Darf ich Ihnen das in einer 30-minütigen Demo zeigen?",
    "Hallo {me}, wir vermitteln erfahrene SRE-Freelancer innerhalb von 48 Stunden - ideal für die Hochsaison. Soll ich Ihnen zwei passende Profile und unsere Tagessätze schicken?",
    "Hallo {me}, {co} hat ein Monitoring-Paket speziell für Logistikplattformen geschnürt, im ersten Jahr 25 % günstiger. Haben Sie Zeit für ein kurzes Telefonat?",
]
PITCHES_FR = [
    "Bonjour {me}, je dirige le développement commercial de {co}. Nous aidons les plateformes logistiques à réduire leurs coûts d'infrastructure de 30 % en moyenne. Seriez-vous disponible pour un échange de 20 minutes la semaine prochaine ?",
    "Bonjour {me}, notre agence conçoit des chatbots IA pour le service client des transporteurs. Je serais ravi de vous présenter une démo adaptée à {mc} - quel créneau vous conviendrait ?",
    "Bonjour {me}, {co} propose des audits de sécurité cloud à prix fixe, livrés en deux semaines. Puis-je vous envoyer une proposition et caler un rendez-vous téléphonique ?",
    "Bonjour {me}, nous formons les équipes DevOps à Kubernetes en trois jours, sur site ou à distance. Puis-je vous faire parvenir notre catalogue et nos tarifs ?",
]
PITCHES_ES = [
    "Hola {me}, soy responsable de ventas en {co}. Ayudamos a empresas de logística a reducir su factura de la nube hasta un 35 %. ¿Tendrías 20 minutos la próxima semana para una llamada?",
    "Hola {me}, en {co} formamos equipos de desarrollo en Latinoamérica listos en dos semanas y a un coste mucho menor. ¿Te interesa que te envíe una propuesta para {mc}?",
    "Hola {me}, te escribo porque ofrecemos pruebas de carga y rendimiento como servicio. ¿Agendamos una demo de 15 minutos esta semana?",
    "Hola {me}, desde {co} ofrecemos soporte de guardia 24/7 para plataformas en la nube a precio cerrado. ¿Te envío una propuesta y hablamos?",
]

PITCH_NOTES = {     # invitation notes that are themselves a pitch (<= 300 characters)
    "en1": "Hi {me}, I help logistics platforms cut their cloud bill by 30% in six weeks. Connecting so I can show you how - open to a 15-min call this week?",
    "de": "Hallo {me}, wir unterstützen Plattform-Teams bei der Migration nach Kubernetes - schnell und zum Festpreis. Hätten Sie nächste Woche 20 Minuten für ein kurzes Gespräch?",
    "fr": "Bonjour {me}, notre cabinet aide les équipes tech à réduire leurs coûts cloud de 30 %. Seriez-vous disponible pour un appel de 15 minutes cette semaine ?",
    "es": "Hola {me}, ayudamos a empresas logísticas a automatizar la atención al cliente con IA. ¿Te parece si agendamos una demo de 20 minutos?",
    "en2": "{me} - we build offshore QA teams that are productive in 10 days. Would love to share a quick case study with you. Coffee call next week?",
}

FRIENDLY_NOTES = [
    "Hi {me}, we met briefly at the platform engineering meetup in Malmö - I enjoyed your take on golden paths. Would be great to stay in touch!",
    "Hello {me}, I really liked your talk about blameless incident reviews at DevOpsDays. Let's connect!",
    "Hi {me}, fellow Gothenburg engineer here. I saw your comment on the Rust-in-production thread and thought we should connect.",
    "Hej {me}! We sat at the same table at the logistics tech dinner last week. Nice to connect here.",
    "Hi {me}, I'm also a Chalmers alum working in logistics tech. Always happy to connect with people in the field.",
    "Hallo {me}, wir haben uns auf der KubeCon kurz am Stand unterhalten - ich würde mich freuen, in Kontakt zu bleiben!",
    "Bonjour {me}, j'ai beaucoup apprécié votre intervention sur l'observabilité à Lyon. Ravi de rester en contact !",
    "Hi {me}, thanks for the thoughtful answer on my question during the panel yesterday. Would love to connect.",
    "Hola {me}, coincidimos en el taller de SRE en Barcelona. ¡Encantada de conectar!",
]

OWNER_NOTES = [
    "Hi {fn}, great chatting at your booth today - let's keep in touch.",
    "Hi {fn}, I enjoyed your article on event sourcing in freight systems. Would love to connect.",
    "Hi {fn}, we're both in the Gothenburg platform community - happy to connect!",
    "Hej {fn}, thanks for the good discussion after the meetup yesterday.",
    "Hi {fn}, a colleague recommended your talk on SLOs. Would be glad to connect.",
    "Hi {fn}, thanks for hosting the roundtable this morning. Let's stay in touch.",
    "Hi {fn}, we spoke briefly about carrier APIs at the conference - connecting as promised.",
    "Hi {fn}, I liked your post about platform team topologies. Happy to connect!",
]

BUMPS = [
    "Just bumping this to the top of your inbox, {me}. Any thoughts?",
    "Hi {me}, following up on my note above - would next week work for a quick call?",
    "{me}, I know things get busy. Did you get a chance to look at my previous message?",
    "Circling back on this one. Happy to work around your schedule.",
    "Hi again! Just checking whether this is something you'd like to explore this quarter.",
    "Any update, {me}? I'd hate for you to miss the pilot pricing, it ends on Friday.",
    "Not sure if my last message got buried, so I'm resending it in case it's useful.",
    "Hi {me}, last try from my side: should I reach out to someone else on your team instead?",
    "{me}, I'll assume the timing isn't right. Shall I check back in a month?",
    "Following up once more - I recorded a two-minute video that explains the idea. Want the link?",
    "Hey {me}, did you see the case study I mentioned? The results were even better than we expected.",
    "Quick nudge on the below \U0001F642",
    "Hi {me}, gentle reminder about my message from last week.",
    "Hope your week is going well! Any chance you had time to think about a call?",
    "{me}, one more thing - we just added a free migration package for new customers.",
    "Bumping this up in case it slipped through the cracks.",
    "Hi {me}, I keep seeing {mc} in the news, which makes me even more convinced we can help. 15 minutes?",
    "Checking in again. Is there a better channel to reach you, maybe email?",
    "Should I close your file, {me}? No hard feelings either way.",
    "Hi {me}, this is my final follow-up. If it ever becomes relevant, you know where to find me.",
    "Hey, circling back a third time \U0001F605 I'd really value your opinion.",
    "Hi {me}, we're finalising onboarding slots for next quarter - let me know if you want one reserved.",
    "Just following up - any thoughts on the proposal?",
    "Hello again, {me}. Wanted to make sure this didn't get lost.",
    "Hi {me}, still keen to show you the demo. Thursday afternoon maybe?",
    "Re-sending in case the first one got lost in the holiday rush.",
    "{me}? \U0001F440",
    "I'll try one more time: we can also do a 10-minute version of the call.",
    "Hi {me}, our offer for {mc} is valid until the end of the month. Shall I hold it for you?",
    "Following up on the deck I mentioned - I can send it over right now if you reply with your email.",
    "Hi {me}, just wanted to float this back up. Would a call later this month be better?",
    "Any thoughts, {me}? Even a quick 'not now' helps me plan.",
    "Hi {me}, I noticed you viewed my profile - does that mean a call is on the table? \U0001F60A",
    "Friendly reminder, {me}: only three pilot seats left.",
    "Hi {me}, I put together a short ROI estimate for {mc}. Shall I send it across?",
    "Hey {me}, hope the quarter is wrapping up nicely. Is now a better moment to talk?",
    "Pinging you again in case notifications are off \U0001F642",
    "{me}, I'm in Gothenburg next month - could we meet in person instead of a call?",
    "Hi {me}, any feedback at all would be appreciated, even a no.",
    "Hello {me}, I'd still love to get your perspective on this. 10 minutes, promise.",
    "Sorry to chase, {me} - my manager asked me to check in with you one more time.",
    "Hi {me}, we've just published a benchmark that includes companies your size. Interested?",
    "Topping this up again. Let me know if you'd prefer I contact your CTO.",
    "Hi {me}, the early-adopter discount expires tomorrow. Want me to extend it for you?",
    "Is this still on your radar, {me}?",
    "Hi {me}, did my calendar link work? Happy to send a new one.",
    "Hey {me} - just resurfacing my earlier note. Anything I can clarify?",
    "Hi {me}, we have a webinar on this next Thursday; should I save you a spot and then book a follow-up call?",
    "{me}, I don't want to be a pest, but I genuinely believe this could save your team a lot of time.",
    "Hi {me}, bringing this back to the top - would early next month suit you better?",
    "Dropping a final note here before I close the loop on my side.",
    "Hi {me}, just making sure my messages are reaching you. Let me know either way!",
    "Hello {me}, I'm back from holiday and picking up where we left off. Free this week?",
    "Still hoping to find 15 minutes with you, {me}.",
    "Hi {me}, tried reaching you by email as well - did that arrive?",
    "Hey {me}, a quick reminder that our pilot includes hands-on setup support.",
    "Hi {me}, thought I'd follow up with a customer story from a freight company in Hamburg. Want to hear it?",
    "Following up again - I can also send a written summary if calls are hard right now.",
    "Hi {me}, happy Monday! Circling back on my note about the demo.",
    "{me}, one last nudge from me before the end of the year.",
    "Hi {me}, I realise I never shared our pricing page - want the link?",
    "Checking back as promised. Has anything changed on your side?",
    "Hi {me}, my colleague can also run the demo in Swedish if that helps.",
    "Hey {me}, are you the wrong person for this? If so, who should I talk to?",
    "Hello {me}, I'll keep this short: still interested in a quick chat?",
    "Hi {me}, we're hosting a breakfast session in Gothenburg on the topic. Shall I add you and then arrange a call?",
    "Raising this once more, {me}. The offer still stands.",
]
BUMPS_DE = ["Hallo {me}, ich wollte kurz nachhaken - haben Sie meine Nachricht gesehen?",
            "Nur eine kurze Erinnerung an meine Anfrage von letzter Woche.",
            "Guten Morgen {me}, passt es Ihnen vielleicht in der nächsten Woche besser?",
            "Hallo {me}, darf ich mich noch einmal in Erinnerung rufen?",
            "Ich melde mich noch ein letztes Mal - besteht grundsätzlich Interesse?",
            "Hallo {me}, haben Sie schon Gelegenheit gehabt, sich unser Angebot anzusehen?"]
BUMPS_FR = ["Je me permets de vous relancer concernant mon précédent message.",
            "Bonjour {me}, avez-vous eu le temps d'y jeter un œil ?"]
BUMPS_ES = ["Hola {me}, ¿pudiste ver mi mensaje anterior?",
            "Te escribo de nuevo por si se te pasó. ¿Hablamos esta semana?"]

REPITCHES = [   # a new pitch after the owner asked to be left alone
    "Hi {me}, happy new year! We've just released version 3 of our platform with a much simpler pricing model. Would you like a quick demo in January?",
    "Hello {me}, I wanted to share some exciting news: {co} now supports on-prem deployments too. Could we set up 20 minutes to walk through it?",
    "Hallo {me}, wir haben unser Angebot überarbeitet und bieten jetzt einen kostenlosen Testmonat an. Darf ich Ihnen einen Demo-Termin vorschlagen?",
    "Bonjour {me}, nous lançons une nouvelle offre forfaitaire pour les équipes plateforme. Puis-je vous appeler jeudi pour vous la présenter ?",
    "Hola {me}, tenemos una promoción de fin de año: 30 % de descuento en el primer trimestre. ¿Te agendo una llamada?",
    "Hi {me}, circling back with a brand-new offer - we now bundle the security audit with six months of monitoring. Interested in a call?",
    "Hi {me}! Since we last spoke we've signed three more logistics customers. I think the timing might be better now - 15 minutes next week?",
]

OPT_OUTS = {
    "en1": "Please remove me from your list. Thanks.",
    "en2": "Not interested, please stop.",
    "de": "Bitte entfernen Sie mich aus Ihrem Verteiler.",
    "fr": "Merci de me retirer de votre liste de diffusion, je ne suis pas intéressée.",
    "es": "Por favor, elimíneme de su lista. No estoy interesada.",
    "en3": "Unsubscribe me, please. This isn't relevant for us.",
    "en4": "Thanks, but we're not looking for this. Please don't contact me about it again.",
}

OPT_OUT_ACKS = ["Understood, sorry for the bother. All the best, {me}!",
                "Of course - I've removed you. Have a great week."]

OWNER_DECLINES = [
    "Thanks for reaching out, but we're all set on this for now.",
    "Appreciate it, but this isn't a priority for us this year.",
    "Thanks! We already have a solution in place, so I'll pass.",
    "Hi, thanks - not for us at the moment, but good luck with it.",
    "Thank you, we're not evaluating anything in this space right now.",
    "Kind of you to offer, but we handle this in-house.",
]
OWNER_ENGAGES = [
    "Thanks - could you send a short summary and pricing by email first?",
    "Interesting timing, we were just discussing this. Send me a one-pager?",
]
CONTACT_AFTER_DECLINE = [
    "No problem at all, thanks for letting me know!",
    "Understood. Wishing you and the team a great quarter.",
    "Thanks for the quick reply, {me}. All the best!",
    "Fair enough - appreciate you taking the time to answer.",
    "Got it, thanks {me}. I'll leave it there.",
    "Thanks for the honest answer - good luck with everything at {mc}.",
    "Totally understand. If anything changes, feel free to ping me.",
    "Appreciate the reply! Have a great rest of the week.",
    "Okay, thanks for letting me know so quickly.",
    "No worries, {me}. Take care!",
]

RECRUITING = [
    ("Hi {me}, I'm a talent partner at {co}. We're hiring a Director of Platform Engineering in Stockholm (hybrid, meaningful equity). Your background in logistics platforms is a strong match - open to a confidential chat?",
     "Hi {me}, just checking whether you had a chance to think about the Director role? Happy to share the full brief."),
    ("Hello {me}, I'm recruiting for a VP Engineering at a Series B climate-tech scale-up in Copenhagen. Would you be interested in hearing more? I can send the job description.", None),
    ("Hi {me}, we're building a new infrastructure team in Berlin and I'd love to talk to you about the Head of SRE position. The compensation is very competitive. Interested?",
     "Hi {me}, one more note on the Head of SRE role - the team is open to a fully remote setup for the right person."),
    ("Hej {me}! I'm headhunting for a Principal Engineer role, remote within the EU, at a payments company. Is a move something you'd consider at the moment?", None),
    ("Hi {me}, I have an Engineering Manager opportunity with a global shipping group in Rotterdam. Relocation support is included. Would you be open to exploring it?", None),
    ("Bonjour {me}, je recrute un ou une CTO pour une startup lyonnaise de la logistique urbaine. Votre profil correspond parfaitement. Seriez-vous ouverte à un échange ?", None),
]
RECRUIT_REPLIES = [
    "Thanks for thinking of me! I'm happy where I am, but feel free to keep me in mind for the future.",
    "Appreciate it - not looking right now.",
    "Sounds interesting, but the timing isn't right for me. Good luck with the search!",
]

JOB_SEEKERS = [
    ("Hi {me}, I'm a final-year computer science student at Chalmers and really interested in platform engineering. Would you have 15 minutes sometime for a few questions about how you got into the field? Totally understand if you're busy.",
     "Sure! Happy to help. How about a video call next Wednesday at 16:00?",
     "That would be amazing, thank you so much! Wednesday works."),
    ("Hello {me}, I saw that {mc} is hiring an SRE. I applied last week and wanted to briefly introduce myself: four years with Terraform and GCP, and I love on-call tooling. Thanks for your time!",
     "Thanks for the note! I've passed your name to our recruiter, she'll be in touch.",
     "Thank you, {me}, I really appreciate it."),
    ("Hi {me}, I'm moving from network engineering into DevOps. Could I ask what skills you look for when hiring junior platform engineers?",
     "Good question! Solid Linux, one scripting language, and curiosity about how things fail. Certificates matter much less than projects.",
     "This is super helpful, thank you!"),
    ("Hola {me}, soy estudiante de ingeniería en Valencia y estoy buscando prácticas en ingeniería de plataformas. ¿Tendrías algún consejo o sabes si tu equipo ofrece prácticas?",
     "Hola! We don't have internships open right now, but we usually post them in March. Keep an eye on our careers page.",
     "¡Muchas gracias por la respuesta, {me}!"),
    ("Hi {me}, would you be willing to refer me for the Backend Engineer position at {mc}? I've attached my CV - no pressure at all if you'd rather not.",
     "Happy to - I'll forward it to the hiring manager today.",
     None),
    ("Hallo {me}, ich schreibe gerade meine Masterarbeit über Plattform-Teams in der Logistik. Hätten Sie Lust, an einem 30-minütigen Interview teilzunehmen? Die Ergebnisse teile ich natürlich gerne.",
     "Gerne! Schicken Sie mir ein paar Terminvorschläge.",
     "Vielen Dank! Ich melde mich mit drei Vorschlägen."),
]

# Friendly episodes: ("in" | "out", text).  Inbound texts are unique.
EPISODES_EN = [
    [("in", "Hi {me}! Loved your slides on paved roads yesterday. Any chance you could share the deck?"),
     ("out", "Thanks! Sure, here's the link - it's a bit rough, but the diagrams are in there."),
     ("in", "Perfect, thank you. The bit about deprecation budgets really stuck with me.")],
    [("in", "Hey {me}, long time no see! How's life at {mc}?"),
     ("out", "Busy but good! We finally shipped the new routing service. How about you?"),
     ("in", "Ha, congrats. I'm on parental leave until spring, so mostly diapers and podcasts \U0001F604"),
     ("out", "Enjoy it, that time flies. Let's grab lunch when you're back.")],
    [("in", "Congrats on the new role, {me}! Well deserved."),
     ("out", "Thank you so much, that means a lot!")],
    [("in", "Hi {me}, quick one: which book would you recommend for someone new to managing managers?"),
     ("out", "I'd start with 'An Elegant Puzzle', then 'The Manager's Path' for the basics."),
     ("in", "Ordered both. I owe you a coffee.")],
    [("in", "{me}, are you going to the Nordic infrastructure summit in April? Would be nice to meet up."),
     ("out", "Yes, I'm speaking on day two! Let's find each other at the break."),
     ("in", "Great, see you there.")],
    [("in", "Hi {me}, I'm organising a small meetup on incident response in Gothenburg. Would you consider giving a 20-minute talk? No pressure."),
     ("out", "I'd love to. Which dates are you looking at?"),
     ("in", "Probably the second Thursday of next month, at the Lindholmen offices."),
     ("out", "Works for me, pencil me in."),
     ("in", "Brilliant! I'll send the details soon.")],
    [("in", "Saw the news about your team winning the internal hackathon - well done!"),
     ("out", "Thanks! It was mostly the juniors, they were unstoppable.")],
    [("in", "Hi {me}, hope you're well. I'm writing a blog post about platform team metrics - may I quote your comment from the panel?"),
     ("out", "Sure, go ahead. Send me the draft if you like."),
     ("in", "Will do, thanks a lot!")],
    [("in", "Hey {me}, random question: which on-call scheduling tool are you using these days? We're unhappy with ours."),
     ("out", "We built a small thing on top of our chat tool, honestly. Happy to show you."),
     ("in", "Would love that. Next week maybe?"),
     ("out", "Tuesday at 15:00 works.")],
    [("in", "Happy birthday, {me}! \U0001F389"),
     ("out", "Thank you! \U0001F60A")],
    [("in", "Hi {me}, thanks again for mentoring me last year. I just got promoted to senior!"),
     ("out", "That's fantastic news, congratulations! You earned it."),
     ("in", "Couldn't have done it without those Friday chats.")],
    [("in", "{me}, do you know anyone good in data governance? My team needs advice, not a vendor."),
     ("out", "Try Ingrid from the meetup group, she's brilliant and very pragmatic."),
     ("in", "Thanks, I'll reach out to her.")],
    [("in", "Hi {me}, are you still running the Rust reading group? I'd love to join."),
     ("out", "Yes! Every other Wednesday. I'll add you to the invite."),
     ("in", "Great, thank you!")],
    [("in", "Hey {me}, we're hosting a board game evening for ex-colleagues next Friday. You in?"),
     ("out", "Absolutely, I'll bring snacks."),
     ("in", "You're a legend.")],
    [("in", "Hello {me}, I read your post about four-day weeks for platform teams. Did you measure anything besides happiness?"),
     ("out", "Lead time and incident count; both improved slightly. I can share the numbers privately."),
     ("in", "Would be very grateful, we're discussing the same here.")],
    [("in", "Hi {me}, just wanted to say your article on error budgets got our whole team talking. Thanks for writing it."),
     ("out", "That's lovely to hear, thanks for letting me know!")],
    [("in", "{me}! I'm in Gothenburg next week for a customer visit. Fika?"),
     ("out", "Yes please! Wednesday morning near the central station?"),
     ("in", "Deal. 9:30 at the usual place?"),
     ("out", "See you there.")],
    [("in", "Hi {me}, our podcast is doing an episode on migrating monoliths. Would you join as a guest? It's a relaxed chat, about 40 minutes."),
     ("out", "Sounds fun! Let me check with comms and come back to you."),
     ("in", "Of course, take your time.")],
    [("in", "Hey {me}, sad to see you leave the old team channel! Keep in touch, okay?"),
     ("out", "Will do! You know where to find me.")],
    [("in", "Hi {me}, what did you think of the keynote this morning? I found the part about cognitive load spot on."),
     ("out", "Same! Although I'd have liked more concrete examples."),
     ("in", "Agreed. Maybe that's our next talk \U0001F604")],
    [("in", "Hi {me}, can I put you down as a reference for the community grant? You saw the workshop series first hand."),
     ("out", "Of course, happy to."),
     ("in", "Thank you! They may email you in the next two weeks.")],
    [("in", "Morning {me}! The photos from the meetup are up, you look very serious in all of them \U0001F602"),
     ("out", "Ha, that's my thinking face. Thanks for organising!")],
    [("in", "Hi {me}, I'm compiling a list of women in platform engineering for a conference speaker programme. Could I add you?"),
     ("out", "Yes, please do - and add my colleague Elin too, she'd be great."),
     ("in", "Fantastic, will do.")],
    [("in", "Hey {me}, thanks for the intro to your colleague last month. We ended up collaborating on an open source exporter!"),
     ("out", "Love that. Send me the repo link?"),
     ("in", "Here it is, feedback welcome.")],
    [("in", "Hi {me}, quick sanity check: do you still run Postgres on Kubernetes or did you move to a managed service?"),
     ("out", "Managed, since last year. Operator upgrades were eating our weekends."),
     ("in", "That's what I suspected. Thanks for the honest answer.")],
    [("in", "{me}, I finally finished that marathon I kept talking about. 4:12, not bad for a first one!"),
     ("out", "Huge congratulations! That's a great time."),
     ("in", "Thank you! Legs still hate me.")],
    [("in", "Hi {me}, I'm leaving my job at the end of the month to take a sabbatical. Just wanted to say it was a pleasure working together."),
     ("out", "Thank you, the pleasure was mine. Enjoy the break, you deserve it!")],
    [("in", "Hey {me}, the slides from my talk are finally online. You were right about cutting the last section."),
     ("out", "Glad it helped! It flows much better now.")],
    [("in", "Hi {me}, the university is looking for industry advisors for the logistics master's programme - two meetings a year. Interested?"),
     ("out", "That sounds meaningful. Send me more details?"),
     ("in", "Will do, thanks for considering it.")],
    [("in", "{me}, thank you for the kind recommendation on my profile. Really made my week."),
     ("out", "You earned every word!")],
    [("in", "Hi {me}, our team is writing a postmortem template. Could I steal the structure of yours?"),
     ("out", "Go for it, it's in our public handbook."),
     ("in", "Amazing, thanks.")],
    [("in", "Hey {me}, was great to see you at the alumni evening. Let's not wait five years next time!"),
     ("out", "Agreed! Lunch in the spring?"),
     ("in", "Deal.")],
    [("in", "Hi {me}, just a heads-up that the meetup venue changed to the library on Tuesday."),
     ("out", "Thanks for letting me know!")],
    [("in", "Hi {me}, I'm mentoring two bootcamp graduates and one of them dreams of working in logistics. Could they send you a short message?"),
     ("out", "Of course, tell them to mention your name."),
     ("in", "Thank you, you're the best.")],
    [("in", "Hey {me}, how did the migration weekend go? I saw your status update."),
     ("out", "Smoothly, for once! Only one rollback, and it was planned."),
     ("in", "The dream. Congrats to the team.")],
    [("in", "Hi {me}, I wanted to thank you for the referral. I start at the new place on Monday!"),
     ("out", "Wonderful! Good luck on your first day.")],
    [("in", "Hello {me}, I'm moving to Gothenburg in the summer. Any tips on neighbourhoods for a family with small kids?"),
     ("out", "Majorna or Guldheden, both lovely. Happy to tell you more over coffee."),
     ("in", "Thank you, that's really kind.")],
    [("in", "{me}, do you still have that list of good chaos engineering resources? I lost the link."),
     ("out", "Here you go, I keep it updated in a gist."),
     ("in", "Lifesaver, thanks!")],
]
EPISODES_DE = [
    [("in", "Hallo {me}, danke nochmal für den tollen Vortrag in Hamburg! Gibt es die Folien irgendwo?"),
     ("out", "Vielen Dank! Ja, ich schicke Ihnen den Link."),
     ("in", "Super, herzlichen Dank!")],
    [("in", "Hallo {me}, kommst du im Herbst wieder zum Plattform-Stammtisch nach Berlin?"),
     ("out", "Ich hoffe es! Ich sag dir Bescheid, sobald ich die Reise gebucht habe."),
     ("in", "Klasse, dann trinken wir ein Bier zusammen.")],
    [("in", "Liebe {me}, herzlichen Glückwunsch zur neuen Position! Alles Gute für den Start."),
     ("out", "Danke, das ist sehr lieb!")],
]
EPISODES_FR = [
    [("in", "Bonjour {me}, merci encore pour les conseils sur notre migration. Tout s'est bien passé !"),
     ("out", "Super nouvelle, bravo à toute l'équipe !")],
    [("in", "Salut {me}, tu viens au meetup observabilité à Paris le mois prochain ?"),
     ("out", "Je ne pense pas, malheureusement, mais envoie-moi les vidéos !"),
     ("in", "Pas de souci, je te les partagerai.")],
]
EPISODES_ES = [
    [("in", "¡Hola {me}! Gracias por compartir tu charla, la hemos comentado con todo el equipo."),
     ("out", "¡Qué bien! Me alegra que os haya servido.")],
    [("in", "Hola {me}, ¿sigues buscando ponentes para el meetup de Gotemburgo? Me encantaría participar."),
     ("out", "¡Sí! Mándame un título y un resumen corto."),
     ("in", "Genial, te lo envío esta semana.")],
]

# Lead-ins for people who are friendly first and pitch later (unique).
LATER_PITCH_INTROS = [
    "Hi {me}! Long time. I've just joined {co} as an account director, and I immediately thought of {mc}. ",
    "Hey {me}, hope the spring is treating you well. Small news: I started my own consultancy, {co}. ",
    "Hi {me}, it's been a while since the meetup! I'm now heading sales at {co} and I have something that might interest you. ",
    "{me}! Quick update from me - I moved into a partnerships role at {co}. ",
    "Hello {me}, hope all is well at {mc}. I'm now working with {co} and wanted to run something by you. ",
    "Hi {me}, I changed jobs recently and now help platform teams at {co}. ",
    "Hallo {me}, lange nicht gesprochen! Ich bin jetzt bei {co} im Vertrieb. ",
]

# --- The shared script: one template, ten senders, small wording changes ---
SCRIPT_OPENERS = ["hope your week is off to a good start.", "hope your week is going well.",
                  "hope you're having a great week.", "hope your week is off to a great start.",
                  "hope your week is going well so far.", "hope you had a good weekend."]
SCRIPT_NOTICED = ["I noticed {mc} is hiring platform engineers", "I saw that {mc} is hiring platform engineers",
                  "I noticed {mc} has been hiring platform engineers", "I noticed {mc} is hiring more platform engineers"]
SCRIPT_BODY = ("{noticed}, which usually means the cloud bill is growing faster than the team. "
               "At {co} we {helped} {n} logistics companies {cut} AWS spend by {p}% within {d} days, "
               "{without}.\n\n{ask}\n\n{sign}")
SCRIPT_HELPED = ["helped", "have helped", "recently helped"]
SCRIPT_CUT = ["cut", "reduce", "cut their"]
SCRIPT_WITHOUT = ["without touching a line of application code", "without changing any application code",
                  "without touching any application code"]
SCRIPT_ASK = ["Would you be open to a {m}-minute call on {day} to see if the same is possible for you?",
              "Would you have {m} minutes on {day} to see if we could do the same for you?",
              "Open to a quick {m}-minute call on {day} to see if the same is possible at {mc}?"]
DAYS = ["Tuesday", "Wednesday", "Thursday", "Monday", "Friday"]

SCRIPT2 = [  # a second, smaller cluster: AI SDR lead generation, three senders
    "Hi {me}, curious - how does {mc} generate new B2B pipeline today? We've built an AI SDR that books {n}+ qualified demos a month on autopilot for companies like yours. Mind if I send over a 2-minute video?",
    "Hey {me}, curious - how does {mc} generate new B2B pipeline today? We've built an AI SDR that books {n}+ qualified demos a month on autopilot for companies like yours. Mind if I send you a 2-minute video?",
    "Hi {me}, curious - how does {mc} generate new B2B pipeline at the moment? We've built an AI SDR that books {n}+ qualified demos a month on autopilot for companies like yours. Mind if I send over a 2-minute video?",
]

# Catch-up messages composed as opener + personal news + work news + plans + question.
# The triples (a, b, (a + b) mod 15) agree in at most one place, so two catch-ups
# share at most one of their three long sentences: never near-duplicates.
CATCHUP_OPEN = ["Hi {me}!", "Hey {me},", "Hello {me},", "Morning {me}!", "Hej {me}!",
                "Hi there {me},", "{me}!", "Good afternoon {me},", "Hey you!",
                "Hi {me}, hope all is well.", "Hello stranger!", "Hi {me}, happy Friday!",
                "Hey {me}, greetings from the rainy west coast.", "Hi {me}, it's been ages.",
                "Hiya {me}!"]
CATCHUP_NEWS = [
    "We finally moved into the new office by the river, and the coffee machine is a massive upgrade.",
    "I just got back from two weeks of hiking in Lofoten and I'm still dreaming about it.",
    "Our team open-sourced the little deployment dashboard I showed you last year.",
    "I've started teaching an evening course on distributed systems at the university.",
    "We adopted a rescue dog called Pixel, so my mornings now start with long walks.",
    "I switched teams internally and now work on the data platform.",
    "The conference talk I was nervous about went really well, partly thanks to your feedback.",
    "I finally finished renovating the summer house, two years later than planned.",
    "Our daughter started school this autumn, which has reorganised our whole life.",
    "I'm learning Swedish and can now order fika without switching to English.",
    "We just wrapped up a huge migration project and the whole team is taking a breath.",
    "I joined a choir this year, which is the least technical thing I've ever done.",
    "My book club picked a novel about lighthouse keepers and I keep recommending it to everyone.",
    "I've been cycling to work every day since March and feel great about it.",
    "We launched the new mobile app last week after a very long beta.",
]
CATCHUP_WORK = [
    "At work we're knee-deep in a Kafka upgrade, wish us luck.",
    "Work-wise, I'm finally managing a team of my own.",
    "Our on-call rotation got a lot calmer after we cut half of the alerts.",
    "We hired three juniors this spring and they are brilliant.",
    "I gave my first keynote in Copenhagen last month.",
    "We're moving everything to a new cloud region, which is as fun as it sounds.",
    "I've been pairing a lot with our security team lately and learning loads.",
    "Our CTO left, so it has been an interesting quarter.",
    "I started a small internal course on writing design docs.",
    "We finally got budget for a proper developer experience team.",
    "My team won the innovation award for the new routing engine.",
    "I'm on a four-day week now and would recommend it to anyone.",
    "We replaced our homemade deploy scripts with something boring and reliable.",
    "The startup I joined just hit its first profitable month.",
    "I'm mentoring two interns this summer and having a blast.",
]
CATCHUP_PLANS = [
    "Next month we're off to Lisbon for a long weekend, our first trip without the kids.",
    "This summer I'm finally doing the Göta canal by bike.",
    "I've signed up for a pottery class, so expect lopsided mugs as Christmas presents.",
    "We're thinking about moving closer to the sea next year.",
    "I'm trying to read one book a month again, currently on a biography of Ada Lovelace.",
    "My partner and I are building a tiny sauna in the garden, wish us luck.",
    "I'm planning to take a month off in the autumn to recharge.",
    "We're hosting a family reunion in August, forty people and one barbecue.",
    "I promised myself I'd learn to sail before I turn forty.",
    "Our team offsite is in the mountains this year, very excited.",
    "I'm helping my brother open a small bakery on weekends.",
    "Next on my list is a trip to Japan for the cherry blossoms.",
    "We're restoring an old wooden boat, slowly and with lots of swearing.",
    "I've started volunteering at a coding club for teenagers on Saturdays.",
    "I'm finally going to the Roskilde festival after years of talking about it.",
]
CATCHUP_ASK = ["How are things on your side?", "Are you still running the platform guild?",
               "Any plans for the summer?", "How's the new team settling in?",
               "Are you coming to the autumn meetup?", "What are you reading these days?",
               "Did you ever try that ramen place we talked about?",
               "Is your team still experimenting with Nix?", "How did the reorg turn out in the end?",
               "Let me know if you're ever in Oslo, the coffee's on me.",
               "Would love to hear what you're working on.", "Are you still climbing on Thursdays?",
               "Did the big launch go as planned?", "Let's catch up properly soon!",
               "Still surviving the winter darkness?"]
OWNER_CATCHUP_REPLIES = [
    "So nice to hear from you! All good here - busy with hiring and a big migration, as always.",
    "Ha, lovely news! Things are good here. Let's do a proper catch-up over coffee soon.",
    "Thanks for the update! Still in the same role, still enjoying it. Summer plans: sailing, hopefully.",
    "Great to hear! Yes, still running the guild, we meet monthly now.",
    "That sounds wonderful. We're fine, the team grew to twelve people this year.",
    "Congrats! I'm reading a history of container shipping at the moment, surprisingly gripping.",
    "Nice! Not much new here apart from a very long list of platform ideas.",
    "Haha, I love that. Yes, let's find a date in the next few weeks.",
]
CATCHUP_CLOSERS = [   # the contact's last word in a catch-up, each used once
    "Sounds great, talk soon!", "Perfect, I'll ping you next week.", "Love it. Say hi to the team!",
    "Haha, of course you are \U0001F604", "Deal, coffee is on me then.", "Fingers crossed for the sailing!",
    "Twelve people already, impressive!", "Adding that book to my list right now.",
    "Brilliant, let's make it happen.", "Same here, it's been too long.", "I'll hold you to that!",
    "Great, let me know when suits you.", "Yay! Looking forward to it.", "Enjoy the rest of your week!",
    "Wonderful, I'll check my calendar.", "That's the spirit \U0001F642", "Ok, it's a plan.",
    "Can't wait to hear about it.", "Take care until then!", "Excellent, see you soon.",
    "Ha, the platform ideas list never ends, does it?", "Sure thing, I'll send a few dates.",
    "Thanks, you too!", "Noted - I'll bring the good biscuits.", "Speak soon, {me}!",
    "Looking forward, it's a date.", "Great to reconnect properly.", "Let's not wait another year!",
    "Ha, that made me smile. Have a good one!", "Perfect. Talk then!",
]

EPISODES_EN_MORE = [
    [("in", "Hi {me}, do you have a favourite resource on capacity planning? Everything I find is from 2012."),
     ("out", "The SRE workbook chapter is still decent, plus a couple of conference talks I can dig out."),
     ("in", "Thanks, the talks would be great if you find them.")],
    [("in", "{me}, we're trying out guilds across teams like you described. Any pitfalls to avoid?"),
     ("out", "Keep them small, give them a real budget, and let them die when the energy is gone."),
     ("in", "Letting them die is the part nobody tells you. Thanks!")],
    [("in", "Hello {me}, just saw your team's engineering blog relaunch. The new design is gorgeous."),
     ("out", "Thank you! Our designer will be thrilled to hear that.")],
    [("in", "Hi {me}, are you still looking for volunteers for the code club at the library?"),
     ("out", "Always! Saturdays 10 to 12. Want me to introduce you to the coordinator?"),
     ("in", "Yes please, I'd love to help out.")],
    [("in", "{me}, how do you handle secrets in your CI these days? We had a scare last week."),
     ("out", "Short-lived credentials from the cloud provider via OIDC, no long-lived keys at all. Happy to share our setup."),
     ("in", "That's exactly the direction we were considering. Would be grateful for the details.")],
    [("in", "Hey {me}, I'm running a half marathon for the children's hospital. No ask, just sharing because you inspired me to start running!"),
     ("out", "That's amazing, good luck! Send me the fundraiser link anyway.")],
    [("in", "Hi {me}, small world: my new manager used to work with you at your first job!"),
     ("out", "Ha, really small world. Say hello from me!"),
     ("in", "Will do, she had only nice things to say.")],
    [("in", "Hi {me}, I wanted to thank you for the honest feedback on my interview last spring. I worked on it and landed a great role."),
     ("out", "That's so kind of you to come back and tell me. Congratulations!")],
    [("in", "Hello {me}, could you recommend a good Swedish course for engineers who just moved here?"),
     ("out", "Most of my colleagues liked the evening classes at Folkuniversitetet. Lycka till!"),
     ("in", "Tack så mycket! \U0001F60A")],
    [("in", "{me}, do you remember the name of the tool you used for architecture decision records?"),
     ("out", "We ended up with plain markdown files in the repo and a tiny script, nothing fancy."),
     ("in", "Honestly that's the best answer. Thanks!")],
    [("in", "Hi {me}, I'm putting together a reading list for new managers at my company. Mind if I include your blog post on one-on-ones?"),
     ("out", "Not at all, I'm honoured!")],
    [("in", "Hey {me}, our meetup needs a venue for the June edition. Any chance your office could host?"),
     ("out", "Probably yes! Let me check with facilities and get back to you this week."),
     ("in", "You're a star, thank you."),
     ("out", "Confirmed: the big room on the fourth floor is yours on June 12."),
     ("in", "Amazing, I'll announce it tomorrow.")],
    [("in", "Hi {me}, we both studied under the same professor, I just realised! She says hello."),
     ("out", "Oh wow, please send her my warmest regards!")],
    [("in", "{me}, quick question about your interview process - do you still do take-home assignments?"),
     ("out", "We dropped them last year in favour of a paired session. Candidates much prefer it."),
     ("in", "Interesting, that's what I'm proposing internally too.")],
    [("in", "Hi {me}, I found your old talk about feature toggles on YouTube while preparing my own. It aged really well!"),
     ("out", "Oh no, the haircut did not age well \U0001F604 But thank you!")],
    [("in", "Hello {me}, my team is hosting a student from your mentoring programme next month. Any advice?"),
     ("out", "Give them a real problem and a buddy who has time. That's 90% of it."),
     ("in", "Simple and true. Thanks for the tip.")],
    [("in", "Hi {me}, I'm writing a short internal newsletter about women in tech in the Nordics. May I mention your work on the mentoring programme?"),
     ("out", "Of course, thank you for asking first."),
     ("in", "I'll send you the text before it goes out.")],
    [("in", "Hey {me}, the photos from the sailing weekend are finally uploaded. There's a great one of you at the helm."),
     ("out", "Haha, I'll need a copy of that one for my desk!")],
    [("in", "Hi {me}, thanks for sharing the job ad - my cousin applied and got an interview!"),
     ("out", "Fantastic, fingers crossed for them.")],
    [("in", "{me}, did you see the northern lights last night? Even in the city they were visible!"),
     ("out", "Yes! I stood on the balcony in my pyjamas for half an hour."),
     ("in", "Same here, totally worth the cold.")],
]

# The owner herself recruits: she writes first, the contact answers (not a pitch).
OWNER_OUTREACH = [
    ("Hi {fn}, we're hiring two SREs in Gothenburg and I immediately thought of you. Any interest, or anyone you'd recommend?",
     "Thanks for thinking of me, {me}! I'm happy where I am, but my former colleague might be interested - I'll ask her."),
    ("Hej {fn}, would you be up for giving a talk at our internal tech day in May? Topic of your choice.",
     "I'd be honoured! Something about service ownership maybe?"),
    ("Hi {fn}, I'm collecting opinions on internal developer portals. Did your team end up building or buying?",
     "We built a thin one on top of our wiki and regret nothing. Happy to demo it for you."),
    ("Hi {fn}, congratulations on the funding round! Well deserved.",
     "Thank you so much, {me}! It's been a wild few months."),
    ("Hi {fn}, are you going to the DevOps days in Stockholm? Would be nice to have dinner.",
     "Yes, I'll be there both days. Dinner on Tuesday?"),
    ("Hi {fn}, we're organising a panel on on-call health and I'd love you to join. Interested?",
     "Sounds great, count me in. Send me the details when you have them."),
]

GROUP_TITLE = "Platform meetup #14 - speakers"

SPONSORED_HTML = (
    '<p class="spinmail-quill-editor__spin-break">Hi %FIRSTNAME%,</p>'
    '<p class="spinmail-quill-editor__spin-break">&nbsp;</p>'
    '<p class="spinmail-quill-editor__spin-break">Platform leaders at fast-growing companies '
    'tell us the same thing: <strong>cloud costs &amp; developer toil</strong> grow faster than '
    'headcount. Halvard&nbsp;Cloud&#8217;s new report &quot;The 2026 Platform Cost Index&quot; '
    'shows how 400 teams fixed it.</p>'
    '<p class="spinmail-quill-editor__spin-break">&nbsp;</p>'
    '<p class="spinmail-quill-editor__spin-break">&#8594; <a href="https://halvard-cloud.example/report?utm_source=li&amp;utm_medium=inmail" '
    'target="_blank">Download your free copy</a> and book a 20-minute benchmark session with '
    'our experts.</p>'
    '<p class="spinmail-quill-editor__spin-break">&nbsp;</p>'
    '<p class="spinmail-quill-editor__spin-break">Best regards,<br>The Halvard Cloud team</p>')
SPONSORED_HTML_2 = (
    '<p class="spinmail-quill-editor__spin-break">Hej %FIRSTNAME%!</p>'
    '<p class="spinmail-quill-editor__spin-break">Are you ready for <em>Nordic DevWeek 2026</em>? '
    'As a %INDUSTRY% leader you qualify for an exclusive 25&#37; discount on '
    'conference passes &ndash; only until 28 February.</p>'
    '<p class="spinmail-quill-editor__spin-break"><a href="https://devweek-nordic.example/tickets">'
    'Claim your pass &raquo;</a></p>')


def fill(text, sender=None, **kw):
    values = {"me": ME, "mc": MC}
    if sender is not None:
        values["co"] = sender.company
        values["fn"] = sender.first
    values.update(kw)

    class D(dict):
        def __missing__(self, key):
            return "{" + key + "}"
    return text.format_map(D(values))


class Pool:
    """Hands out texts without repetition."""

    def __init__(self, items, shuffle=True):
        self.items = list(items)
        if shuffle:
            rng.shuffle(self.items)

    def take(self):
        if not self.items:
            raise RuntimeError("text pool exhausted")
        return self.items.pop()

    def __len__(self):
        return len(self.items)


pitch_pool = Pool(PITCHES_EN)
pitch_pool_lang = {"de": Pool(PITCHES_DE), "fr": Pool(PITCHES_FR), "es": Pool(PITCHES_ES)}
bump_pool = Pool(BUMPS)
bump_pool_lang = {"de": Pool(BUMPS_DE), "fr": Pool(BUMPS_FR), "es": Pool(BUMPS_ES)}
episode_pool = Pool(EPISODES_EN + EPISODES_EN_MORE)
catchup_pool = Pool([((2 * a + b) % 15, a, b, (a + b) % 15, (a + 2 * b) % 15)
                     for a in range(15) for b in range(15)])
closer_pool = Pool(CATCHUP_CLOSERS)
outreach_pool = Pool(OWNER_OUTREACH, shuffle=False)
engage_pool = Pool([
    "Great, {me} - I'll email you the one-pager and pricing today. Do you want a call afterwards?",
    "Perfect! Sending the summary now. Shall we pencil in 30 minutes on Friday to go through it?",
    "Wonderful, thank you. The deck and price list are on their way - when could we do a short demo?",
    "Sure thing. You'll have it within the hour, and I've proposed two slots for a walkthrough.",
    "Thanks {me}! Summary and pricing coming right up. I'd also love to get your CTO on a call.",
    "Absolutely, here's the overview. The launch discount applies if you sign before the end of the month.",
    "Happy to! I'll include a reference customer you can call. Does next Wednesday work for a demo?",
    "Great to hear. Email with pricing sent - I've included a 20% first-year discount for {mc}.",
])
episode_pool_lang = {"de": Pool(EPISODES_DE), "fr": Pool(EPISODES_FR), "es": Pool(EPISODES_ES)}
friendly_note_pool = Pool(FRIENDLY_NOTES[:5] + FRIENDLY_NOTES[7:8])
owner_note_pool = Pool(OWNER_NOTES)
decline_pool = OWNER_DECLINES
after_decline_pool = Pool(CONTACT_AFTER_DECLINE)
repitch_pool = Pool(REPITCHES[0:2] + REPITCHES[5:7])
intro_pool = Pool(LATER_PITCH_INTROS[:6])


def take_pitch(lang):
    if lang in pitch_pool_lang and len(pitch_pool_lang[lang]):
        return pitch_pool_lang[lang].take()
    return pitch_pool.take()


def take_bump(lang):
    if lang in bump_pool_lang and len(bump_pool_lang[lang]):
        return bump_pool_lang[lang].take()
    return bump_pool.take()


# --------------------------------------------------------------------------
# Conversations and messages
# --------------------------------------------------------------------------

class Message:
    def __init__(self, conv, sender, t, content, label=None, kind="", subject="",
                 folder="INBOX", attachments="", draft=False, conv_draft=False):
        self.conv = conv
        self.sender = sender
        self.t = t
        self.content = content
        self.label = label          # for inbound: pitch | recruiting | other
        self.kind = kind            # note | bump | optout | repitch | script | ...
        self.subject = subject
        self.folder = folder
        self.attachments = attachments
        self.draft = draft
        self.conv_draft = conv_draft


conversations = []


class Conversation:
    def __init__(self, participants, title="", contact=None):
        self.participants = participants      # includes OWNER
        self.title = title
        self.contact = contact                # the other person in a 1:1
        self.messages = []
        raw = "%s_%s" % ("".join(rng.choice("0123456789abcdef") for _ in range(32)),
                         rng.choice(["100", "010", "001"]))
        import base64
        self.id = "2-" + base64.b64encode(raw.encode()).decode()
        conversations.append(self)

    def add(self, sender, t, content, **kw):
        m = Message(self, sender, t, content, **kw)
        self.messages.append(m)
        return m


def conv_for(p):
    if p.conv is None:
        p.conv = Conversation([OWNER, p], contact=p)
    return p.conv


def jitter_minutes(t, lo, hi):
    return t + timedelta(seconds=rng.randint(int(lo * 60), int(hi * 60)))


def work_time(day, lo_h=7, hi_h=17):
    """A random UTC moment on `day` (date) during European working hours."""
    return datetime(day.year, day.month, day.day, rng.randint(lo_h, hi_h - 1),
                    rng.randint(0, 59), rng.randint(0, 59), tzinfo=UTC)


def later(t, days_lo, days_hi, lo_h=7, hi_h=17):
    d = (t + timedelta(days=rng.randint(days_lo, days_hi))).date()
    out = work_time(d, lo_h, hi_h)
    if out <= t:
        out = t + timedelta(minutes=rng.randint(20, 300), seconds=rng.randint(0, 59))
    return out


def cap(t):
    """Everything must happen before the export; validate() checks it."""
    return t


connections = []
invitations = []


def connect(p, accepted, role):
    p.accepted = accepted
    p.connected = True
    p.role = role
    connections.append(p)
    return p


def invite(p, direction, sent_at, note=""):
    inv = {"person": p, "direction": direction, "sent_at": sent_at, "note": note}
    invitations.append(inv)
    p.invitation = inv
    return inv


def run_thread(conv, contact, start, steps, gap_days=(0, 2)):
    """Play an episode: steps of ("in"|"out", text).  Returns the last time."""
    t = start
    first = True
    for who, text in steps:
        if not first:
            if rng.random() < 0.7:
                t = t + timedelta(minutes=rng.randint(3, 240), seconds=rng.randint(0, 59))
            else:
                t = later(t, max(1, gap_days[0]), max(1, gap_days[1]))
        first = False
        t = cap(t)
        if who == "in":
            conv.add(contact, t, fill(text, contact), label="other", kind="friendly")
        else:
            conv.add(OWNER, t, fill(text, contact), kind="owner")
    return t


def catch_up(conv, contact, t):
    """One catch-up exchange starting at t; returns the last time."""
    i, a, b, c, k = catchup_pool.take()
    news = CATCHUP_NEWS[a]
    if CATCHUP_OPEN[i].endswith(",") and not news.startswith(("I ", "I'")):
        news = news[0].lower() + news[1:]
    conv.add(contact, t, fill("%s %s %s %s %s" % (CATCHUP_OPEN[i], news, CATCHUP_WORK[b],
                                                  CATCHUP_PLANS[c], CATCHUP_ASK[k]), contact),
             label="other", kind="catch-up")
    if rng.random() < 0.85:
        t = t + timedelta(minutes=rng.randint(15, 2000), seconds=rng.randint(0, 59))
        conv.add(OWNER, t, rng.choice(OWNER_CATCHUP_REPLIES), kind="owner")
        if len(closer_pool) and rng.random() < 0.7:
            t = t + timedelta(minutes=rng.randint(2, 300), seconds=rng.randint(0, 59))
            conv.add(contact, t, fill(closer_pool.take(), contact), label="other", kind="catch-up")
    return t


def take_episode(lang):
    if lang in episode_pool_lang and len(episode_pool_lang[lang]):
        return episode_pool_lang[lang].take()
    return episode_pool.take()


# --------------------------------------------------------------------------
# Scenarios
# --------------------------------------------------------------------------

expected_roles = {}


def mark(p, role, **info):
    expected_roles.setdefault(role, []).append((p, info))


def pitch_thread_after(conv, p, t, bumps=0, reply=None):
    """After a pitch at t: `bumps` unanswered bumps, then an optional owner reply."""
    texts = [take_bump(p.lang) for _ in range(bumps)]
    final_words = ("final", "last", "close", "letztes", "one more time", "one last")
    texts.sort(key=lambda x: any(w in x.lower() for w in final_words))   # "final" bumps go last
    for text in texts:
        t = cap(later(t, 3, 9))
        conv.add(p, t, fill(text, p), label="pitch", kind="bump")
    if reply == "decline":
        t = cap(later(t, 0, 3))
        conv.add(OWNER, t, rng.choice(decline_pool), kind="owner")
        if len(after_decline_pool) and rng.random() < 0.6:
            t = cap(t + timedelta(minutes=rng.randint(10, 600)))
            conv.add(p, t, fill(after_decline_pool.take(), p), label="other", kind="ack")
    elif reply == "engage":
        t = cap(later(t, 0, 2))
        conv.add(OWNER, t, rng.choice(OWNER_ENGAGES), kind="owner")
        t = cap(t + timedelta(minutes=rng.randint(30, 400)))
        conv.add(p, t, fill(engage_pool.take(), p), label="pitch", kind="pitch-followup")
    return t


def strip_greeting(text):
    """Drop the greeting of a pitch that follows a personal intro."""
    out = re.sub(r"^(Hi|Hello|Hey|Good morning|Hallo|Guten Tag)?\s*\{me\}\s*[,!-]*\s*(-\s*)?", "", text)
    out = re.sub(r"^(thanks for (connecting|accepting)[.!]\s*|I'll be brief:\s*|a quick one:\s*)", "", out)
    return out[0].upper() + out[1:]


def build():
    # -- A1: their invitation note is itself a pitch (pitch-first at 0 minutes)
    a1 = [
        ("en", "en1", utc(2025, 6, 3, 7, 12, 44), timedelta(hours=19, minutes=7), 2, None),
        ("de", "de", utc(2025, 9, 9, 12, 30, 5), timedelta(days=2, hours=3), 0, "optout-respected"),
        ("fr", "fr", utc(2025, 11, 20, 9, 47, 51), timedelta(hours=5, minutes=40), 1, "decline"),
        ("es", "es", utc(2026, 1, 14, 16, 5, 22), timedelta(days=4, hours=1), 0, None),
        ("en", "en2", utc(2025, 12, 16, 11, 49, 15), timedelta(minutes=52), 3, None),
    ]
    for lang, key, acc, before, bumps, reply in a1:
        p = new_person(lang, "sales")
        connect(p, acc, "note-pitch")
        note = fill(PITCH_NOTES[key], p)
        invite(p, "INCOMING", acc - before, note)
        conv = conv_for(p)
        conv.add(p, acc, note, label="pitch", kind="note")
        t = acc
        if reply == "optout-respected":
            t = cap(later(t, 1, 2))
            conv.add(OWNER, t, OPT_OUTS["de"], kind="optout")
            t = cap(t + timedelta(minutes=rng.randint(30, 200)))
            conv.add(p, t, "Verstanden, entschuldigen Sie die Störung. Alles Gute!", label="other", kind="ack")
            mark(p, "respected_opt_out", opt_out=OPT_OUTS["de"])
        else:
            pitch_thread_after(conv, p, t, bumps, reply)
        mark(p, "note_acceptance", direction="INCOMING", note_is_pitch=True, minutes=0.0)

    # -- A2: their friendly note, then a pitch a few minutes (or hours) later
    a2 = [
        (utc(2025, 6, 18, 23, 57, 12), timedelta(minutes=4, seconds=18), timedelta(days=1, hours=2), "en"),
        (utc(2025, 8, 26, 8, 3, 40), timedelta(minutes=15, seconds=31), timedelta(hours=14), "en"),
        (utc(2025, 11, 3, 14, 22, 9), timedelta(minutes=45, seconds=2), timedelta(days=5, hours=1), "de"),
        (utc(2025, 10, 7, 6, 41, 55), timedelta(hours=3, minutes=0, seconds=27), timedelta(hours=7), "fr"),
        (utc(2026, 1, 22, 13, 10, 0), timedelta(hours=26, minutes=12, seconds=5), timedelta(days=3), "en"),
    ]
    for acc, gap, before, lang in a2:
        p = new_person(lang, "sales")
        connect(p, acc, "note-friendly-then-pitch")
        if lang == "de":
            note = fill(FRIENDLY_NOTES[5], p)
        elif lang == "fr":
            note = fill(FRIENDLY_NOTES[6], p)
        else:
            note = fill(friendly_note_pool.take(), p)
        invite(p, "INCOMING", acc - before, note)
        conv = conv_for(p)
        conv.add(p, acc, note, label="other", kind="note")
        t = acc + gap
        conv.add(p, t, fill(take_pitch(lang), p), label="pitch", kind="fast-pitch")
        pitch_thread_after(conv, p, t, rng.choice([0, 1]), rng.choice(["decline", None]))
        mark(p, "note_acceptance", direction="INCOMING", note_is_pitch=False,
             minutes=round(gap.total_seconds() / 60, 1))

    # -- A3: the owner's note, then the contact pitches
    a3 = [
        (utc(2025, 7, 2, 9, 15, 33), timedelta(minutes=2, seconds=5), timedelta(days=1, hours=4)),
        (utc(2025, 9, 30, 15, 48, 10), timedelta(minutes=9, seconds=44), timedelta(hours=20)),
        (utc(2025, 11, 12, 10, 2, 2), timedelta(minutes=38, seconds=20), timedelta(days=6)),
        (utc(2026, 2, 2, 8, 30, 59), timedelta(hours=5, minutes=3), timedelta(days=2, hours=2)),
    ]
    for acc, gap, before in a3:
        p = new_person(None, "sales")
        connect(p, acc, "owner-note-then-pitch")
        note = fill(owner_note_pool.take(), p)
        invite(p, "OUTGOING", acc - before, note)
        conv = conv_for(p)
        conv.add(OWNER, acc, note, kind="note")
        t = acc + gap
        conv.add(p, t, fill(take_pitch(p.lang), p), label="pitch", kind="fast-pitch")
        pitch_thread_after(conv, p, t, rng.choice([0, 1]), rng.choice(["decline", "engage", None]))
        mark(p, "note_acceptance", direction="OUTGOING", note_is_pitch=False,
             minutes=round(gap.total_seconds() / 60, 1))

    # -- A4: the owner's note, friendly answers only
    for acc in [utc(2025, 5, 21, 10, 11, 7), utc(2025, 10, 15, 19, 2, 48), utc(2026, 1, 8, 7, 55, 30)]:
        p = new_person(None)
        connect(p, acc, "owner-note-friendly")
        note = fill(owner_note_pool.take(), p)
        invite(p, "OUTGOING", acc - timedelta(hours=rng.randint(2, 70)), note)
        conv = conv_for(p)
        conv.add(OWNER, acc, note, kind="note")
        run_thread(conv, p, acc + timedelta(minutes=rng.randint(20, 600)), take_episode(p.lang))
        mark(p, "note_acceptance", direction="OUTGOING", note_is_pitch=False, minutes=None)

    # -- A5: their friendly note, friendly conversation
    for acc, lang, note_text in [(utc(2025, 6, 25, 12, 0, 41), "en", None),
                                 (utc(2025, 9, 18, 17, 33, 3), "es", FRIENDLY_NOTES[8]),
                                 (utc(2025, 12, 1, 9, 9, 9), "en", None)]:
        p = new_person(lang)
        connect(p, acc, "note-friendly")
        note = fill(note_text or friendly_note_pool.take(), p)
        invite(p, "INCOMING", acc - timedelta(hours=rng.randint(1, 90)), note)
        conv = conv_for(p)
        conv.add(p, acc, note, label="other", kind="note")
        run_thread(conv, p, later(acc, 0, 3), take_episode(lang))
        mark(p, "note_acceptance", direction="INCOMING", note_is_pitch=False, minutes=None)

    # -- B: no note; the pitch comes on the connection day (only the day is known)
    b = [
        # accepted (truth), invitation (direction, sent_at) or None, first pitch time
        ("B1", utc(2025, 9, 17, 15, 31, 2), ("INCOMING", utc(2025, 9, 17, 15, 2, 0)), utc(2025, 9, 17, 15, 54, 10)),
        ("B2", utc(2025, 10, 6, 9, 58, 40), ("INCOMING", utc(2025, 10, 2, 16, 45, 0)), utc(2025, 10, 6, 10, 31, 5)),
        ("B3", utc(2025, 3, 12, 0, 5, 51), None, utc(2025, 3, 12, 0, 41, 27)),
        ("B4", utc(2025, 4, 8, 15, 40, 0), None, utc(2025, 4, 8, 16, 12, 40)),
        ("B5", utc(2025, 12, 3, 20, 58, 13), ("OUTGOING", utc(2025, 12, 1, 17, 20, 0)), utc(2025, 12, 3, 21, 15, 2)),
        ("B6", utc(2025, 7, 22, 18, 20, 0), ("INCOMING", utc(2025, 7, 21, 10, 14, 0)), utc(2025, 7, 23, 9, 3, 44)),
        # Sent 11:48 PM Pacific on 12 Jan = 07:48 UTC on 13 Jan: the Pacific date differs.
        ("B7", utc(2026, 1, 13, 8, 1, 19), ("INCOMING", utc(2026, 1, 13, 7, 48, 0)), utc(2026, 1, 13, 8, 20, 31)),
    ]
    for tag, acc, inv, pitch_at in b:
        p = new_person(None, "sales")
        connect(p, acc, "day-pitch")
        if inv:
            invite(p, inv[0], inv[1], "")
        conv = conv_for(p)
        conv.add(p, pitch_at, fill(take_pitch(p.lang), p), label="pitch", kind="day-pitch")
        pitch_thread_after(conv, p, pitch_at, rng.choice([0, 1]), rng.choice(["decline", None, None]))
        mark(p, "day_pitch", tag=tag)

    # -- C: pitch-first, some days or weeks after connecting
    for i in range(9):
        acc = utc(2025, 1, 10) + timedelta(days=rng.randint(0, 300), seconds=rng.randint(0, 86399))
        p = new_person(None, "sales")
        connect(p, acc, "pitch-first")
        if acc >= INVITATIONS_SINCE and rng.random() < 0.6:
            invite(p, rng.choice(["INCOMING", "INCOMING", "OUTGOING"]),
                   acc - timedelta(hours=rng.randint(1, 120), minutes=rng.randint(0, 59)), "")
        conv = conv_for(p)
        t = cap(later(acc, 2, 40))
        conv.add(p, t, fill(take_pitch(p.lang), p), label="pitch", kind="pitch")
        t = pitch_thread_after(conv, p, t, rng.choice([0, 1, 1, 2]),
                               rng.choice(["decline", "decline", "engage", None]))
        if i % 3 == 0:   # a second, separate pitch months later: the pitch rate rises
            t2 = cap(later(t, 40, 120))
            if t2 < utc(2026, 2, 10):
                conv.add(p, t2, fill(take_pitch(p.lang), p), label="pitch", kind="pitch")
        mark(p, "pitch_first_later")

    # -- D: friendly first, pitch later
    for lang in ["en", "en", "en", "de", "en", "en"]:
        acc = utc(2024, 3, 1) + timedelta(days=rng.randint(0, 500), seconds=rng.randint(0, 86399))
        p = new_person(lang, "sales")
        connect(p, acc, "friendly-then-pitch")
        conv = conv_for(p)
        start = max(later(acc, 3, 30), MESSAGES_SINCE + timedelta(days=rng.randint(0, 60), hours=9))
        t = run_thread(conv, p, start, take_episode(lang))
        t = cap(later(t, 30, 160))
        intro = LATER_PITCH_INTROS[6] if lang == "de" else intro_pool.take()
        body = strip_greeting(take_pitch(lang))
        conv.add(p, t, fill(intro + body, p), label="pitch", kind="later-pitch")
        pitch_thread_after(conv, p, t, rng.choice([0, 1]), rng.choice(["decline", None]))
        mark(p, "friendly_then_pitch")

    # -- F: recruiters (job offers to the owner; not pitches)
    for i, (text, follow) in enumerate(RECRUITING):
        acc = utc(2023, 6, 1) + timedelta(days=rng.randint(0, 900), seconds=rng.randint(0, 86399))
        acc = min(acc, utc(2025, 12, 20))
        p = new_person("fr" if text.startswith("Bonjour") else None, "recruit")
        connect(p, acc, "recruiter")
        conv = conv_for(p)
        t = cap(max(later(acc, 1, 20), MESSAGES_SINCE + timedelta(days=rng.randint(0, 300), hours=10)))
        conv.add(p, t, fill(text, p), label="recruiting", kind="recruiting")
        if follow:
            t = cap(later(t, 4, 10))
            conv.add(p, t, fill(follow, p), label="recruiting", kind="recruiting")
        if i % 2 == 0:
            t = cap(later(t, 0, 2))
            conv.add(OWNER, t, RECRUIT_REPLIES[i // 2 % len(RECRUIT_REPLIES)], kind="owner")
        mark(p, "recruiter")

    # -- G: job seekers and students (hard negatives)
    for i, (ask, reply, thanks) in enumerate(JOB_SEEKERS):
        lang = "es" if ask.startswith("Hola") else "de" if ask.startswith("Hallo") else None
        acc = utc(2025, 1, 20) + timedelta(days=rng.randint(0, 380), seconds=rng.randint(0, 86399))
        p = new_person(lang, "student")
        connect(p, acc, "job-seeker")
        if acc >= INVITATIONS_SINCE:
            invite(p, "INCOMING", acc - timedelta(hours=rng.randint(3, 48)), "")
        conv = conv_for(p)
        t = cap(later(acc, 0, 4))
        att = ""
        if "attached my CV" in ask:
            att = "https://www.linkedin.com/dms/prv/v2/D4E10AQF8bq3xYr2Kpw/messaging-attachmentFile/0/1752049301733?m=AQLz4Rk2&ne=1&v=beta&t=cv-" + p.slug.encode("ascii", "ignore").decode()[:12]
        conv.add(p, t, fill(ask, p), label="other", kind="job-seeker", attachments=att)
        t = cap(later(t, 0, 2))
        conv.add(OWNER, t, fill(reply, p), kind="owner")
        if thanks:
            t = cap(t + timedelta(minutes=rng.randint(5, 180)))
            conv.add(p, t, fill(thanks, p), label="other", kind="thanks")
        mark(p, "job_seeker")

    # -- H: persistent unanswered follow-ups (3-6 bumps)
    for n_bumps, lang in [(3, "en"), (4, "en"), (5, "en"), (6, "en"), (3, "de"), (4, "en")]:
        acc = utc(2025, 2, 1) + timedelta(days=rng.randint(0, 300), seconds=rng.randint(0, 86399))
        p = new_person(lang, "sales")
        connect(p, acc, "persistent")
        conv = conv_for(p)
        t = cap(later(acc, 1, 14))
        conv.add(p, t, fill(take_pitch(lang), p), label="pitch", kind="pitch")
        pitch_thread_after(conv, p, t, n_bumps, None)
        mark(p, "persistent", bumps=n_bumps)

    # -- I: ignored opt-outs (and two respected ones)
    ignored = [("en1", "en"), ("en2", "en"), ("de", "de"), ("fr", "fr"), ("es", "es")]
    for key, lang in ignored:
        acc = utc(2025, 1, 15) + timedelta(days=rng.randint(0, 200), seconds=rng.randint(0, 86399))
        p = new_person(lang, "sales")
        connect(p, acc, "ignored-opt-out")
        conv = conv_for(p)
        t = cap(later(acc, 1, 10))
        conv.add(p, t, fill(take_pitch(lang), p), label="pitch", kind="pitch")
        if rng.random() < 0.6:
            t = cap(later(t, 3, 7))
            conv.add(p, t, fill(take_bump(lang), p), label="pitch", kind="bump")
        t = cap(later(t, 0, 3))
        conv.add(OWNER, t, OPT_OUTS[key], kind="optout")
        t = cap(later(t, 20, 90))
        if lang == "de":
            text = REPITCHES[2]
        elif lang == "fr":
            text = REPITCHES[3]
        elif lang == "es":
            text = REPITCHES[4]
        else:
            text = repitch_pool.take()
        conv.add(p, t, fill(text, p), label="pitch", kind="repitch")
        if key == "en2":
            t = cap(later(t, 4, 8))
            conv.add(p, t, fill(take_bump(lang), p), label="pitch", kind="bump")
        mark(p, "ignored_opt_out", opt_out=OPT_OUTS[key])
    for key in ["en3", "en4"]:
        acc = utc(2025, 2, 15) + timedelta(days=rng.randint(0, 250), seconds=rng.randint(0, 86399))
        p = new_person("en", "sales")
        connect(p, acc, "respected-opt-out")
        conv = conv_for(p)
        t = cap(later(acc, 1, 10))
        conv.add(p, t, fill(take_pitch("en"), p), label="pitch", kind="pitch")
        t = cap(later(t, 0, 2))
        conv.add(OWNER, t, OPT_OUTS[key], kind="optout")
        t = cap(t + timedelta(minutes=rng.randint(15, 300)))
        conv.add(p, t, fill(OPT_OUT_ACKS[0 if key == "en3" else 1], p), label="other", kind="ack")
        mark(p, "respected_opt_out", opt_out=OPT_OUTS[key])

    # -- J: one script, ten senders (nine pitch-first, one friendly first)
    combos = set()
    for i in range(10):
        acc = utc(2025, 5, 5) + timedelta(days=rng.randint(0, 240), seconds=rng.randint(0, 86399))
        p = new_person(rng.choice(["en", "in", "jp", "cn", "sv", "nl", "pl", "cz", "it", "tr", "af", "br"]), "sales")
        connect(p, acc, "shared-script")
        if rng.random() < 0.5:
            invite(p, "INCOMING", acc - timedelta(hours=rng.randint(2, 100)), "")
        conv = conv_for(p)
        t0 = cap(later(acc, 1, 20))
        if i == 9:     # an old acquaintance who later sends the same script
            t0 = run_thread(conv, p, t0, take_episode("en"))
            t0 = cap(later(t0, 20, 60))
        while True:   # the base wording with one or two small edits
            c = [0, 0, 0, 0, 0, 0]
            sizes = [len(SCRIPT_OPENERS), len(SCRIPT_NOTICED), len(SCRIPT_HELPED), len(SCRIPT_CUT),
                     len(SCRIPT_WITHOUT), len(SCRIPT_ASK)]
            for slot in rng.sample(range(6), 1):
                c[slot] = rng.randrange(1, sizes[slot])
            c = tuple(c)
            if c not in combos and (i > 0 or True):
                combos.add(c)
                break
        body = SCRIPT_BODY.format(
            noticed=fill(SCRIPT_NOTICED[c[1]]), co=p.company, helped=SCRIPT_HELPED[c[2]],
            n=rng.choice([3, 4, 5, 6, 7, 9, 11, 12]), cut=SCRIPT_CUT[c[3]],
            p=rng.choice([22, 25, 27, 30, 31, 34, 38, 40]), d=rng.choice([30, 45, 60, 90]),
            without=SCRIPT_WITHOUT[c[4]],
            ask=fill(SCRIPT_ASK[c[5]], m=rng.choice([15, 20, 25, 30]), day=rng.choice(DAYS)),
            sign=rng.choice(["Best,", "Cheers,", "Kind regards,", "Thanks,"]) + "\n" + p.first)
        text = "Hi %s, %s %s" % (ME, SCRIPT_OPENERS[c[0]], body)
        conv.add(p, t0, text, label="pitch", kind="script")
        pitch_thread_after(conv, p, t0, rng.choice([0, 0, 1]), rng.choice([None, None, "decline"]))
        mark(p, "shared_script", cluster="cloud-cost-script")

    for i, tmpl in enumerate(SCRIPT2):
        acc = utc(2025, 4, 1) + timedelta(days=rng.randint(0, 280), seconds=rng.randint(0, 86399))
        p = new_person("en", "sales")
        connect(p, acc, "shared-script")
        conv = conv_for(p)
        t = cap(later(acc, 1, 25))
        conv.add(p, t, fill(tmpl, p, n=rng.choice([15, 20, 25])), label="pitch", kind="script")
        mark(p, "shared_script", cluster="ai-sdr-script")

    # -- E: pure friendly contacts: episodes and catch-ups over the months
    friendly_langs = ["de", "de", "fr", "fr", "es"] + ["en"] * 70
    for n, lang in enumerate(friendly_langs):
        pool = episode_pool_lang[lang] if lang in episode_pool_lang else episode_pool
        if not len(pool) and len(catchup_pool) < 3:
            break
        acc = utc(2019, 1, 1) + timedelta(days=rng.randint(0, 2550), seconds=rng.randint(0, 86399))
        acc = min(acc, utc(2025, 9, 1))
        p = new_person(lang)
        connect(p, acc, "friendly")
        if acc >= INVITATIONS_SINCE:
            invite(p, rng.choice(["INCOMING", "OUTGOING"]), acc - timedelta(hours=rng.randint(1, 200)), "")
        conv = conv_for(p)
        t = max(later(acc, 1, 30), MESSAGES_SINCE + timedelta(days=rng.randint(0, 300), hours=8))
        if len(outreach_pool) and n % 9 == 8:
            ask, answer = outreach_pool.take()
            conv.add(OWNER, t, fill(ask, p), kind="owner")
            t = t + timedelta(minutes=rng.randint(30, 900), seconds=rng.randint(0, 59))
            conv.add(p, t, fill(answer, p), label="other", kind="answer")
            t = later(t, 20, 90)
        steps = []
        if len(pool):
            steps.append("episode")
        steps += ["catch-up"] * rng.choice([1, 2, 2, 3])
        rng.shuffle(steps)
        for step in steps:
            if t > utc(2026, 1, 28):
                break
            if step == "episode":
                t = run_thread(conv, p, t, pool.take())
            elif len(catchup_pool):
                t = catch_up(conv, p, t)
            t = later(t, 25, 110)
        mark(p, "friendly")

    # -- Group conversation (not counted per contact)
    members = []
    for first, last, lang in [("Chidi", "Okafor, PhD", "en"), ("Ingrid", "Ødegård", "no"),
                              ("Camille", "Dubois-Roche", "fr")]:
        q = new_person(lang, first=first, last=last)
        connect(q, utc(2022, 1, 1) + timedelta(days=rng.randint(0, 900), seconds=rng.randint(0, 86399)),
                "group-member")
        members.append(q)
    group = Conversation([OWNER] + members, title=GROUP_TITLE)
    lines = [
        (members[0], "Hi all, thanks for agreeing to speak at meetup #14! Quick logistics thread here."),
        (OWNER, "Thanks Chidi! Is there a projector with HDMI, or should I bring an adapter?"),
        (members[1], "I'd also like to know the time slots - I have a train at 20:30."),
        (members[0], "HDMI and USB-C both available. Ingrid, you can go first, 18:15 to 18:40."),
        (members[2], "Parfait, then I'll take the last slot. Is there a recording?"),
        (members[0], "Yes, recordings go on the meetup channel a week later, unless you opt out."),
        (OWNER, "Fine by me. See you all on Thursday!"),
        (members[1], "See you there \U0001F44B"),
    ]
    t = utc(2025, 10, 20, 11, 2, 0)
    for who, text in lines:
        t = t + timedelta(minutes=rng.randint(4, 180), seconds=rng.randint(0, 59))
        group.add(who, t, text, label=None if who is OWNER else "other", kind="group")

    # -- Sponsored InMail, SPAM, non-connection InMail
    spon = Conversation([OWNER, None], title="Sponsored Conversation")
    spon.add(None, utc(2025, 11, 18, 14, 0, 3), SPONSORED_HTML, subject="The 2026 Platform Cost Index",
             label="pitch", kind="sponsored")
    spon2 = Conversation([OWNER, None], title="Sponsored Conversation")
    spon2.add(None, utc(2026, 2, 3, 9, 30, 0), SPONSORED_HTML_2, subject="Your exclusive DevWeek discount",
              label="pitch", kind="sponsored")

    spammer = new_person("en", "sales")
    spammer.role = "non-connection"
    spam = Conversation([OWNER, spammer], contact=spammer)
    spam.add(spammer, utc(2025, 8, 30, 3, 12, 45),
             "Dear {me}, I am a portfolio manager with an exclusive crypto arbitrage opportunity guaranteeing 12% per week. Reply YES to receive the private onboarding link.".format(me=ME),
             label="pitch", kind="spam", folder="SPAM")

    inmailer = new_person("en", "recruit")
    inmailer.role = "non-connection"
    inm = Conversation([OWNER, inmailer], contact=inmailer)
    inm.add(inmailer, utc(2025, 10, 1, 12, 45, 0),
            "Hi {me},\n\nI'm leading the search for a CTO at a logistics scale-up backed by a Nordic growth fund. I'd value 20 minutes of your time to share the details, even if you only know someone who might fit.\n\nWarm regards,\n{fn}".format(me=ME, fn=inmailer.first),
            subject="Confidential: CTO search, logistics scale-up", label="recruiting", kind="inmail")
    inm.add(OWNER, utc(2025, 10, 2, 8, 5, 12), "Thanks for reaching out. Not for me, but I'll pass it on to a friend.",
            subject="RE: Confidential: CTO search, logistics scale-up", kind="owner")

    # -- An archived conversation (friendly) and an archived pitch thread
    archived = [p for p, _ in expected_roles["friendly"][:2]]
    for m in archived[0].conv.messages:
        m.folder = "ARCHIVE"
    pitched = [p for p, _ in expected_roles["pitch_first_later"]]
    for m in pitched[1].conv.messages:
        m.folder = "ARCHIVE"

    # -- A pitch deck attachment on one pitch
    for p, _ in expected_roles["pitch_first_later"][2:3]:
        m = p.conv.messages[0]
        m.attachments = "https://www.linkedin.com/dms/prv/v2/D4D10AQGz1Wm0pTq6ag/messaging-attachmentFile/0/1761127740511?m=AQJ3pk-deck&ne=1&v=beta&t=deck"
        m.content = m.content + "\n\nI've attached our deck, it's only 6 slides."

    # -- Silent connections (no messages), then the hidden members
    while len(connections) < 300:
        acc = utc(2014, 5, 1) + timedelta(days=rng.randint(0, 4270), seconds=rng.randint(0, 86399))
        p = new_person(None, rng.choice(["generic"] * 8 + ["sales", "recruit"]))
        if rng.random() < 0.07:
            p.company = rng.choice(COMMA_COMPANIES)
        if rng.random() < 0.05:
            p.email = "%s.%s@example.%s" % (fold_ascii(p.first).lower(),
                                            fold_ascii(p.last).lower().replace(" ", ""),
                                            rng.choice(["com", "org", "net"]))
        connect(p, acc, "silent")
        if acc >= INVITATIONS_SINCE:
            invite(p, rng.choice(["INCOMING", "OUTGOING"]), acc - timedelta(hours=rng.randint(1, 240)), "")

    # -- Drafts: a reply draft in an existing conversation, and a conversation draft
    target = [p for p, _ in expected_roles["persistent"]][1]
    last = max(m.t for m in target.conv.messages)
    target.conv.add(OWNER, cap(last + timedelta(hours=20)),
                    "Hi,\nthanks for your patience. To be honest we",
                    kind="draft", folder="", draft=True)
    friend = [p for p in connections if p.role == "silent"][3]
    dconv = Conversation([OWNER, friend], contact=None)
    dconv.add(OWNER, utc(2026, 2, 11, 21, 4, 0),
              "Hey %s, are you around in March? I'd love to pick your brain about" % friend.first,
              kind="draft", folder="", draft=True, conv_draft=True)

    # -- Pending invitations (never accepted)
    pending_pitch = new_person("en", "sales")
    invitations.append({"person": pending_pitch, "direction": "INCOMING",
                        "sent_at": utc(2026, 2, 9, 17, 31, 0),
                        "note": "Hi Mara, we help platform teams ship 2x faster with AI code review. Open to a 15 min demo next week?"})
    for i in range(8):
        q = new_person(None, rng.choice(["generic", "sales"]))
        invitations.append({"person": q, "direction": rng.choice(["INCOMING", "OUTGOING"]),
                            "sent_at": utc(2025, 6, 1) + timedelta(days=rng.randint(0, 250), minutes=rng.randint(0, 1439)),
                            "note": ""})
    return {"pending_pitch": pending_pitch, "members": members}


# --------------------------------------------------------------------------
# Ground truth for sample-expected.json
# --------------------------------------------------------------------------

def minutes(td):
    return round(td.total_seconds() / 60.0, 1)


def truth_for(p):
    """The audit figures this contact was built to produce."""
    conv = p.conv
    msgs = sorted([m for m in conv.messages if not m.draft], key=lambda m: m.t)
    inbound = [m for m in msgs if m.sender is p]
    res = {"name": p.name, "slug": p.slug, "role": p.role,
           "connected_on": p.accepted.date().isoformat()}
    note = msgs[0] if msgs and msgs[0].kind == "note" else None
    if note:
        earliest = latest = note.t
        source = "invitation-note"
    else:
        day0 = datetime(p.accepted.year, p.accepted.month, p.accepted.day, tzinfo=UTC)
        earliest = day0
        inv = p.invitation
        if inv and inv["sent_at"].replace(second=0) > earliest:
            earliest = inv["sent_at"].replace(second=0)
        latest = day0 + timedelta(days=1) - timedelta(seconds=1)
        source = "connected-on-date"
    res["acceptance"] = {"earliest": iso(earliest), "latest": iso(latest), "source": source}
    res["messages_from_contact"] = len(inbound)
    res["pitches"] = sum(1 for m in inbound if m.label == "pitch")
    res["recruiting"] = sum(1 for m in inbound if m.label == "recruiting")
    # A friendly note was written before acceptance: the next message decides.
    firsts = [m for m in inbound if m is not note or m.label == "pitch"]
    res["pitch_first"] = bool(firsts) and firsts[0].label == "pitch"
    pitches = [m for m in inbound if m.label == "pitch"]
    if pitches:
        P = pitches[0].t
        lo = max(0.0, (P - latest).total_seconds() / 60.0)
        hi = (P - earliest).total_seconds() / 60.0
        res["first_pitch_at"] = iso(P)
        res["minutes_to_first_pitch"] = {"min": round(lo, 1), "max": round(hi, 1)}
        res["within_threshold"] = "yes" if hi <= 60 else ("possibly" if lo <= 60 else "no")
        # unanswered follow-ups: longest run of their messages from the first pitch on
        run = best = 0
        for m in msgs:
            if m.t < P:
                continue
            if m.sender is p:
                run += 1
                best = max(best, run)
            elif m.sender is OWNER:
                run = 0
        res["unanswered_followups"] = max(0, best - 1)
        optouts = [m for m in msgs if m.sender is OWNER and m.kind == "optout"]
        res["ignored_opt_out"] = bool(optouts) and any(
            m.t > optouts[0].t for m in pitches)
    else:
        res["first_pitch_at"] = None
        res["minutes_to_first_pitch"] = None
        res["within_threshold"] = None
        res["unanswered_followups"] = 0
        res["ignored_opt_out"] = False
    return res


# --------------------------------------------------------------------------
# Writers
# --------------------------------------------------------------------------

PREAMBLE = ('Notes:\n'
            '"Some email addresses may be missing from this file. An address only appears when the '
            'connection lets their connections see or download it in their own privacy settings."\n'
            '\n')


def csv_text(rows, quote_all=False):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n",
                   quoting=csv.QUOTE_ALL if quote_all else csv.QUOTE_MINIMAL)
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


def write(path, text):
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(text)


HIDDEN = ["02 Jun 2022", "17 Nov 2020", "02 Jun 2022", "08 Jan 2025", "29 Feb 2024"]


def write_export(out, extra):
    os.makedirs(out, exist_ok=True)

    # Connections.csv: newest first, hidden members interleaved by date
    rows = []
    for p in connections:
        rows.append((p.accepted, [p.first, p.last, p.url_encoded, p.email, p.company,
                                  p.position, fmt_connected_on(p.accepted)]))
    for h in HIDDEN:
        d = datetime.strptime(h, "%d %b %Y").replace(hour=12, tzinfo=UTC)
        rows.append((d, ["", "", "", "", "", "", h]))
    rows.sort(key=lambda r: r[0], reverse=True)
    text = PREAMBLE + csv_text([["First Name", "Last Name", "URL", "Email Address", "Company",
                                 "Position", "Connected On"]] + [r[1] for r in rows])
    write(os.path.join(out, "Connections.csv"), text.rstrip("\n"))

    # messages.csv: grouped by conversation, conversations newest first, messages newest first
    header = ["CONVERSATION ID", "CONVERSATION TITLE", "FROM", "SENDER PROFILE URL", "TO",
              "RECIPIENT PROFILE URLS", "DATE", "SUBJECT", "CONTENT", "FOLDER", "ATTACHMENTS",
              "IS MESSAGE DRAFT", "IS CONVERSATION DRAFT"]
    convs = [c for c in conversations if c.messages]
    convs.sort(key=lambda c: max(m.t for m in c.messages), reverse=True)
    mrows = []
    for c in convs:
        for m in sorted(c.messages, key=lambda m: m.t, reverse=True):
            if m.sender is None:          # sponsored
                frm, furl = "LinkedIn Member", ""
                recips = [OWNER]
            else:
                frm, furl = m.sender.name, m.sender.url
                recips = [q for q in c.participants if q is not None and q is not m.sender]
            mrows.append([c.id, c.title, frm, furl, ", ".join(q.name for q in recips),
                          ",".join(q.url for q in recips), fmt_message_date(m.t), m.subject,
                          m.content, m.folder, m.attachments,
                          "true" if m.draft else "false", "true" if m.conv_draft else "false"])
    write(os.path.join(out, "messages.csv"), csv_text([header] + mrows, quote_all=True).rstrip("\n"))

    # Invitations.csv: newest first
    irows = []
    for inv in sorted(invitations, key=lambda i: i["sent_at"], reverse=True):
        p = inv["person"]
        if inv["direction"] == "INCOMING":
            frm, to, iu, eu = p, OWNER, p.url_encoded, OWNER.url
        else:
            frm, to, iu, eu = OWNER, p, OWNER.url, p.url_encoded
        irows.append([frm.name, to.name, fmt_pacific(inv["sent_at"]), inv["note"],
                      inv["direction"], iu, eu])
    write(os.path.join(out, "Invitations.csv"),
          csv_text([["From", "To", "Sent At", "Message", "Direction", "inviterProfileUrl",
                     "inviteeProfileUrl"]] + irows))

    # Profile.csv
    write(os.path.join(out, "Profile.csv"), csv_text([
        ["First Name", "Last Name", "Maiden Name", "Address", "Birth Date", "Headline", "Summary",
         "Industry", "Zip Code", "Geo Location", "Twitter Handles", "Websites", "Instant Messengers"],
        ["Mara", "Lindqvist", "", "", "Apr 9", "Head of Platform Engineering at Fjordvik Freight",
         "I build paved roads for engineers who move freight across the Nordics.\n"
         "Platform engineering, reliability, and calm on-call rotations.",
         "Transportation, Logistics, Supply Chain and Storage", "", "Gothenburg, Västra Götaland County, Sweden",
         "", "[COMPANY:https://fjordvik-freight.example]", ""],
    ]))

    write(os.path.join(out, "README"),
          "This folder is OutreachGuard's bundled sample: a LinkedIn data export shaped like the "
          "ones LinkedIn produced in 2025 and 2026 (Connections.csv, messages.csv, "
          "Invitations.csv, Profile.csv). Every person, company, profile URL and message in it "
          "is invented - the owner \"Mara Lindqvist\", her employer \"Fjordvik Freight\" and all "
          "of her contacts are fictional, and any resemblance to real people or businesses is "
          "coincidental. The files are generated by build-aux/generate-sample.py with a fixed "
          "seed; edit that script rather than these files.\n")
    return len(mrows), sum(1 for r in mrows if r[11] != "true"), len(irows)


def near_duplicate_check():
    """Inbound texts from different senders must not be near-duplicates unless they are the
    deliberate scripts: keeps the template clusters in the expected file exact."""
    import re

    def shingles(text):
        words = re.sub(r"[0-9]+", "0", text.lower())
        words = re.findall(r"\w+", words)
        return set(tuple(words[i:i + 3]) for i in range(max(1, len(words) - 2)))
    items = []
    for c in conversations:
        for m in c.messages:
            if m.sender is None or m.sender is OWNER or m.kind == "script":
                continue
            s = shingles(m.content.replace(m.sender.company, "CO").replace(m.sender.first, "FN"))
            if len(s) >= 3:
                items.append((m.sender, s, m.content))
    worst = 0.0
    for i in range(len(items)):
        for j in range(i + 1, len(items)):
            if items[i][0] is items[j][0]:
                continue
            a, b = items[i][1], items[j][1]
            jac = len(a & b) / len(a | b)
            if jac > worst:
                worst = jac
            if jac > 0.3:
                raise SystemExit("near-duplicate texts from different senders:\n  %r\n  %r"
                                 % (items[i][2], items[j][2]))
    return worst


def validate():
    """Everything must be consistent with the story the expected file tells."""
    limit = EXPORT_DAY - timedelta(hours=8)
    for c in conversations:
        ms = sorted(c.messages, key=lambda m: m.t)
        for a, b in zip(ms, ms[1:]):
            if a.t == b.t:
                raise SystemExit("two messages at the same second in %s" % c.id)
        for m in ms:
            if not (utc(2025, 1, 1) <= m.t < limit):
                raise SystemExit("message outside 2025-2026 or after the export: %s %r" % (m.t, m.content[:40]))
            if c.contact is not None and c.contact.connected and m.t < c.contact.accepted:
                raise SystemExit("message before acceptance: %s %s" % (c.contact.name, m.t))
        if ms and ms[0].kind == "note":
            p = c.contact
            assert ms[0].t == p.accepted and p.invitation and p.invitation["note"] == ms[0].content
    for inv in invitations:
        p = inv["person"]
        assert inv["sent_at"] >= INVITATIONS_SINCE - timedelta(days=10), (p.name, inv["sent_at"])
        if p.connected:
            assert inv["sent_at"] < p.accepted, (p.name, inv["sent_at"], p.accepted)
            assert inv["sent_at"].replace(second=0) < p.accepted
        assert len(inv["note"]) <= 300, inv["note"]


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "data", "sample")
    expected_path = os.path.join(os.path.dirname(os.path.abspath(out)), "sample-expected.json") \
        if len(sys.argv) > 1 else os.path.join(root, "data", "sample-expected.json")

    extra = build()
    validate()
    worst = near_duplicate_check()
    n_rows, n_messages, n_invitations = write_export(out, extra)

    contacts = [p for p in connections if p.conv is not None and p.conv.messages]
    truths = {p.slug: truth_for(p) for p in contacts}

    def who(p):
        return {"name": p.name, "profile_url": p.url, "connections_url": p.url_encoded}

    note_acc = []
    for p, info in expected_roles["note_acceptance"]:
        d = who(p)
        d.update({"acceptance": iso(p.accepted), "connected_on": fmt_connected_on(p.accepted),
                  "direction": info["direction"], "note_is_pitch": info["note_is_pitch"],
                  "invitation_sent_at": fmt_pacific(p.invitation["sent_at"]),
                  "minutes_to_first_pitch": info["minutes"]})
        note_acc.append(d)

    pitch_first = [dict(who(p), first_pitch_at=t["first_pitch_at"])
                   for p in contacts for t in [truths[p.slug]] if t["pitch_first"]]
    pitchers = [dict(who(p), acceptance=t["acceptance"], first_pitch_at=t["first_pitch_at"],
                     minutes_to_first_pitch=t["minutes_to_first_pitch"],
                     within_threshold=t["within_threshold"], role=p.role)
                for p in contacts for t in [truths[p.slug]] if t["first_pitch_at"]]
    fast = [x for x in pitchers if x["within_threshold"] in ("yes", "possibly")]
    fast_no = [x for x in pitchers if x["within_threshold"] == "no"
               and x["role"] in ("note-friendly-then-pitch", "day-pitch")]
    persistent = [dict(who(p), unanswered_followups=t["unanswered_followups"], role=p.role)
                  for p in contacts for t in [truths[p.slug]] if t["unanswered_followups"] >= 3]
    followups_any = {p.name: t["unanswered_followups"] for p in contacts
                     for t in [truths[p.slug]] if t["unanswered_followups"] > 0}
    ignored = [dict(who(p), opt_out=info["opt_out"]) for p, info in expected_roles["ignored_opt_out"]]
    respected = [dict(who(p), opt_out=info["opt_out"])
                 for p, info in expected_roles.get("respected_opt_out", [])]
    clusters = {}
    for p, info in expected_roles["shared_script"]:
        clusters.setdefault(info["cluster"], []).append(who(p))
    n_hidden = len(HIDDEN)

    def names(role):
        return [p.name for p, _ in expected_roles.get(role, [])]

    expected = {
        "about": "Written by build-aux/generate-sample.py from its own ground truth; the four "
                 "'independent' counts follow DESIGN.md section 4 and are re-checked by "
                 "tests/independent-count.py. Everything under 'by_design' is what the sample "
                 "was built to contain; a good classifier should find it.",
        "export": "data/sample",
        "owner": {"name": OWNER.name, "profile_url": OWNER.url},
        "independent": {"connections": len(connections), "hidden_connections": n_hidden,
                        "messages": n_messages, "invitations": n_invitations},
        "message_rows_including_drafts": n_rows,
        "conventions": {
            "acceptance_note": "acceptance = DATE of the re-emitted note (to the second)",
            "acceptance_day": "no note: earliest = max(Connected On 00:00:00Z, invitation Sent At "
                              "converted from America/Los_Angeles, seconds = 0), latest = Connected "
                              "On 23:59:59Z",
            "minutes": "[max(0, P - latest), P - earliest] in minutes, rounded to 0.1; threshold 60",
            "persistent": "unanswered_followups >= 3",
            "unanswered_followups": "longest run of the contact's non-draft messages with no owner "
                                    "message in between, counted from the first pitch, minus one",
        },
        "by_design": {
            "summary": {
                "note_acceptances": len(note_acc),
                "pitch_first": len(pitch_first),
                "within_threshold": sum(1 for x in pitchers if x["within_threshold"] == "yes"),
                "possibly_within_threshold": sum(1 for x in pitchers if x["within_threshold"] == "possibly"),
                "contacts_who_pitched": len(pitchers),
                "template_clusters": len(clusters),
            },
            "note_acceptances": note_acc,
            "pitch_first": pitch_first,
            "fast_pitchers": fast,
            "slow_pitchers_not_fast": fast_no,
            "persistent": persistent,
            "unanswered_followups_nonzero": followups_any,
            "ignored_opt_out": ignored,
            "respected_opt_out_not_flagged": respected,
            "shared_script": [{"cluster": k, "senders": len(v), "members": v}
                              for k, v in clusters.items()],
            "recruiters_not_pitches": names("recruiter"),
            "job_seekers_not_pitches": names("job_seeker"),
            "friendly_then_pitch_not_pitch_first": names("friendly_then_pitch"),
            "pure_friendly": [p.name for p in connections
                              if p.role in ("friendly", "owner-note-friendly", "note-friendly")],
            "group_conversation": {"title": GROUP_TITLE,
                                   "members": [q.name for q in extra["members"]]},
            "sponsored_messages": 2,
            "spam_folder_messages": 1,
            "drafts": 2,
            "pending_invitation_with_pitch_note": extra["pending_pitch"].name,
            "non_connection_senders": [p.name for c in conversations for p in [c.contact]
                                       if p is not None and not p.connected],
        },
        "contacts": sorted(truths.values(), key=lambda t: t["name"]),
    }
    # Cross-check against the independent counter when it is there.
    counter = os.path.join(root, "tests", "independent-count.py")
    if os.path.exists(counter) and len(sys.argv) <= 1:
        import importlib.util
        sys.dont_write_bytecode = True
        spec = importlib.util.spec_from_file_location("independent_count", counter)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        got = mod.count([out])
        if got != expected["independent"]:
            raise SystemExit("independent-count.py disagrees: %r != %r" % (got, expected["independent"]))

    with open(expected_path, "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("wrote %s: %d connections (+%d hidden), %d messages (%d rows), %d invitations; "
          "max cross-sender similarity %.2f" % (out, len(connections), n_hidden, n_messages,
                                                n_rows, n_invitations, worst))


if __name__ == "__main__":
    main()
