#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes a large invented LinkedIn export for benchmarks and crash tests.

Usage: generate-export.py OUT [--connections N] [--messages M | --messages-per-contact K]
                          [--seed S] [--shape 2024|2026] [--zip] [--summary]

The default is a power user's export: 30,000 connections (LinkedIn's ceiling)
and 300,000 messages, about 160 MB, written in well under a minute.
--messages is the number of messages the audit counts (drafts come on top);
it defaults to 10 per connection, so `--connections 300` is a quick small run.
--messages-per-contact K means K × N messages.

Shapes (DESIGN.md section 2; headers and formats come from
tests/data/eras/generate-eras.py, as the era fixtures write them):
  2024  Connections.csv with its "Notes:" preamble and a URL column, messages.csv
        with RECIPIENT PROFILE URLS and the draft columns, fields quoted only when
        needed, no newlines inside CONTENT; Invitations.csv with profile URLs.
  2026  as 2024 plus ATTACHMENTS; messages.csv and Invitations.csv quote every
        field, keep real newlines in CONTENT and end without a final newline.
OUT is a folder (Connections.csv, messages.csv, Invitations.csv, Profile.csv and a
LearningCoachMessages.csv that says "No conversations found"); with --zip it is also
packed into OUT.zip, with fixed timestamps. The export's path is printed last.

What is in it: connections made over thirteen years (more recently, more of
them); invitations for the last eight months, a good share with notes, each
note re-emitted as the first message of its thread at the acceptance moment;
hidden members; sellers who pitch minutes after connecting and others days or
months later, follow-up runs of up to six unanswered messages, break-up
messages, negotiations; scripts sent by dozens of senders with names,
companies and numbers swapped; the owner's opt-out requests, some respected,
some followed by another pitch; recruiters, job seekers, congratulations,
friends and colleagues with threads of up to thousands of messages, event
logistics, group conversations, sponsored InMail in spinmail HTML, InMail from
non-members of the network, archived and spam folders, and a few drafts.
Texts are in English and some German, French, Spanish and Portuguese,
assembled from phrase banks written for this file. Every person, company,
address and message is invented. The same seed gives byte-identical files.
--summary prints what was built (JSON) to stderr.
"""
import argparse
import base64
import bisect
import csv
import datetime
import importlib.util
import json
import math
import os
import random
import sys
import time
import unicodedata
import urllib.parse
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location(
    "generate_eras", os.path.join(HERE, "..", "data", "eras", "generate-eras.py"))
eras = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(eras)

UTC = datetime.timezone.utc
DAY = 86400
HOUR = 3600
MINUTE = 60
EXPORT_AT = {"2024": datetime.datetime(2024, 12, 18, 9, 0, tzinfo=UTC),
             "2026": datetime.datetime(2026, 1, 20, 9, 0, tzinfo=UTC)}
INVITATION_WINDOW = 240 * DAY      # Invitations.csv covers the last ~8 months
YEARS = 13

# ====================================================================== phrase banks
#
# A template holds [alternatives|separated|by bars] (nested as needed) and {slots}.
# Slots come from the message's context (names, companies) or from SLOT_POOLS.
# Paragraphs are separated by "\n\n" and lines by "\n"; the 2024 shape flattens both.

SLOT_POOLS = {
    "en": {
        "day": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"],
        "month": ["January", "February", "March", "April", "May", "June", "September", "October",
                  "November"],
        "when": ["this week", "next week", "later this week", "early next week", "before the holidays"],
    },
    "de": {
        "day": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"],
        "month": ["Januar", "Februar", "März", "April", "Mai", "Juni", "September", "Oktober", "November"],
        "when": ["diese Woche", "nächste Woche", "Anfang nächster Woche"],
    },
    "fr": {
        "day": ["lundi", "mardi", "mercredi", "jeudi", "vendredi"],
        "month": ["janvier", "février", "mars", "avril", "mai", "juin", "septembre", "octobre", "novembre"],
        "when": ["cette semaine", "la semaine prochaine", "en début de semaine prochaine"],
    },
    "es": {
        "day": ["lunes", "martes", "miércoles", "jueves", "viernes"],
        "month": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "septiembre", "octubre", "noviembre"],
        "when": ["esta semana", "la semana que viene", "a principios de la próxima semana"],
    },
    "pt": {
        "day": ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira"],
        "month": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "setembro", "outubro", "novembro"],
        "when": ["esta semana", "na próxima semana", "no início da próxima semana"],
    },
    "any": {
        "pct": [str(n) for n in range(12, 61)],
        "mins": ["10", "15", "15", "20", "20", "25", "30", "30", "45"],
        "days": ["10", "14", "21", "30", "30", "45", "60", "90"],
        "n": [str(n) for n in range(2, 13)],
        "big": ["40", "60", "120", "150", "200", "250", "300", "500", "1,200", "2,000"],
        "price": ["490", "900", "1,500", "2,400", "3,900", "4,500", "6,000", "9,800", "12,000"],
        "time": ["9:00", "9:30", "10:00", "11:00", "13:30", "14:00", "15:00", "16:30"],
        "room": ["A2", "B14", "3.12", "the main hall", "Room 4", "the loft"],
        "salary": ["€110–130k", "€120–140k", "€135–150k", "€140–165k", "SEK 95–110k a month",
                   "£120–140k", "NOK 1.4–1.6m", "€95–115k"],
        "year": ["2022", "2023", "2024", "2025", "2026"],
        "city": ["Stockholm", "Gothenburg", "Malmö", "Oslo", "Copenhagen", "Helsinki", "Berlin", "Hamburg",
                 "Munich", "Amsterdam", "Rotterdam", "Paris", "Lyon", "Madrid", "Barcelona", "Lisbon", "Porto",
                 "London", "Dublin", "Warsaw", "Tallinn", "Aarhus", "Bergen", "Zurich"],
        "event": ["Nordic Platform Day", "the Freight Tech Forum", "the Gothenburg SRE Meetup",
                  "Cloud Native Malmö", "Baltic DevOps Days", "Logistics Tech Live", "the Platform Guild Summit",
                  "Infra Night Oslo", "the Kattegat Cloud Conference", "the CTO breakfast in Stockholm",
                  "Observability Camp", "the Supply Chain Data Forum", "Incident Review Day",
                  "the Øresund Engineering Night", "Data & Docks"],
        "topic": ["on-call fatigue", "platform teams", "incident reviews", "Kubernetes costs",
                  "developer experience", "internal developer platforms", "SLOs", "blameless postmortems",
                  "FinOps", "golden paths", "observability budgets", "remote engineering teams",
                  "hiring senior engineers", "AI in operations", "paging budgets", "legacy migrations",
                  "team topologies", "cloud exit", "carbon-aware computing", "the four-day week"],
        "area": ["cloud costs", "incident management", "developer onboarding", "security testing",
                 "engineering hiring", "data pipelines", "observability", "compliance", "on-call tooling",
                 "test automation", "vendor management", "your Kubernetes setup"],
        "tech": ["Kafka", "Kubernetes", "Terraform", "ClickHouse", "Istio", "Postgres",
                 "Argo CD", "OpenTelemetry", "Nomad", "Cilium", "Flink", "Temporal", "Backstage", "Karpenter"],
        "jobrole": ["Head of Infrastructure", "VP Engineering", "Director of Platform Engineering",
                    "Principal SRE", "CTO", "Platform Engineering Manager", "Head of Cloud Operations",
                    "Chief Architect", "Director of Reliability", "Head of Engineering"],
        "project": ["the new tracking API", "our route planner", "the warehouse app", "the billing rewrite",
                    "our first public API", "the Kubernetes migration", "the new data platform",
                    "self-service environments", "the customer portal"],
        "uni": ["Kattegat Institute of Technology", "Lindholmen University", "University of Vänern",
                "Nordhavn Technical University", "Skagerrak Business School", "University of Saltsjö"],
        "book": ["The Calm Pager", "Boring Infrastructure", "Teams That Ship", "The Long Migration",
                 "Sleep Through the Night", "Small Batches"],
        "tool": ["incident tooling", "CI setup", "observability vendor", "on-call tool", "feature-flag service"],
        "doc": ["incident reviews", "on-call handovers", "decision records", "quarterly planning", "runbooks"],
        "venuespot": ["coffee stand", "registration desk", "sponsor booth", "bar upstairs", "main entrance"],
        "emoji": ["🙂", "😊", "🎉", "👍", "🙌", "😅", "🚀", "☕"],
    },
}

EN = {
    # ---- cold pitches, assembled by compose_pitch (notes by compose_note)
    "greet": [
        "Hi {first},", "Hi {first},", "Hi {first},", "Hello {first},", "Hey {first},", "Dear {first},",
        "Good morning {first},", "{first},", "Hi {first}!", "Hej {first},", "Hi there {first},",
    ],
    "hook": [
        "I noticed {oco} is [hiring|growing|scaling|expanding] [its|the] "
        "[platform|engineering|infrastructure|data|SRE] team[ again| fast| this quarter|].",
        "I came across your profile while [researching|looking into|mapping] [logistics|freight|supply "
        "chain|transport] [leaders|companies|teams|tech teams] in [the Nordics|Scandinavia|Northern "
        "Europe|Sweden|{city}].",
        "Thanks for [connecting|accepting my invite|accepting my request|the connection]!",
        "[Loved|Really enjoyed|Just read|I read] your [recent |latest |]post about {topic}[ - spot on|, great "
        "points| and it got me thinking|, it really resonated|].",
        "Congrats on [the new role|your recent promotion|{oco}'s [latest|recent] funding round|the work "
        "anniversary]!",
        "Hope your [week|Monday|Tuesday|quarter|month] is off to a [great|good|strong|calm] start.",
        "I'll keep this [short|brief|quick].",
        "Quick question[:| -] [who looks after|who owns|are you the right person for] {area} at {oco}?",
        "We haven't [met yet|spoken before], but I [work with|talk to] a lot of [platform|engineering|IT|ops] "
        "[leaders|managers|teams] in [logistics|freight|transport].",
        "Saw that {oco} [just opened|is opening] a new [office|hub|site|warehouse] in {city}[ - congrats|]!",
        "[I see|It looks like] you lead [platform engineering|the platform team|infrastructure] at {oco}, so "
        "[this might be relevant|I thought of you|I wanted to reach out].",
        "{oco} keeps [popping up|coming up] in [my conversations|conversations I have] with [freight|logistics] "
        "[people|companies], so I [wanted|had] to reach out.",
        "[Reaching out|Writing] because {area} [tends to be|is often] a [headache|pain point|big cost] for "
        "[companies|teams] at {oco}'s stage.",
        "[It was great|Great] to [see|spot] you at {event}[ last week| last month|]!",
    ],
    "personal": [
        "{friend} mentioned you might be looking at {area}.",
        "I saw {oco} at {event} in {city} and [loved the talk|was impressed by the booth].",
        "We [started working with|just onboarded] {client} [in {city}|last {month}], so [I know the space|the timing felt "
        "right].",
        "Your [post|comment] about {topic} [got me thinking|is why I'm writing].",
        "I'm [visiting|in] {city} on {day} [for {event}|to see {client}] and could [drop by|grab a coffee].",
        "[Our mutual connection|A mutual contact], {friend}, [suggested I reach out|said you're the person to "
        "talk to].",
        "I noticed you [were at|spoke at] {event} [last year|in {month}] - [great energy|loved your point on "
        "{topic}].",
        "[Like {client}|Similar to {client2}], {oco} [seems to be|is probably] [scaling|modernising] {area} right "
        "now.",
    ],
    "value": [
        "At {co} we help [logistics|mid-sized|fast-growing|B2B|transport] [companies|teams] [cut|reduce|lower] "
        "their [cloud|AWS|Azure|Kubernetes|GCP] [bill|spend|costs] by {pct}% [in|within] {days} days[, without "
        "code changes| with zero downtime| and no long-term contract|].",
        "{co} is a [B2B |performance |]lead generation agency: we book [{n}0+|between {n} and {big}] qualified "
        "[sales |]meetings a month for [SaaS|tech|logistics|industrial] companies[, and you only pay per meeting| "
        "on a pay-per-result basis|].",
        "We [place|provide] [senior |vetted |dedicated |]nearshore [developers|engineers|DevOps engineers] "
        "[from|in] [Portugal|Poland|Romania|Colombia|Argentina|Ukraine] [within|in under] {days} days, [at {pct}% "
        "less than local hires|fully managed by us|with a free two-week trial].",
        "Our [penetration testing|security|red team|offensive security] [team|experts] [found|uncovered] critical "
        "[issues|vulnerabilities] at [{n} |several ]companies like yours [last quarter|this year|in {month}]. [We "
        "have a free slot next month.|We offer a free external scan.|We'd love to offer {oco} a slot at {pct}% "
        "off.]",
        "[Our platform|{co}] [gives|brings] [on-call teams|platform teams|your SREs] [one view of|full visibility "
        "into] [logs, metrics and traces|every alert|the whole stack] [and cuts|while cutting] [alert "
        "noise|MTTR|incident volume|paging] by {pct}%.",
        "We've built an AI [assistant|agent|copilot] that [triages incidents|writes runbooks|answers on-call "
        "questions|reviews pull requests|drafts postmortems] [automatically|for your team|in seconds][, trained "
        "on your own docs| and plugs into Slack|].",
        "We're [a small|a boutique|a full-service|an award-winning|a] digital agency[ in {city}|] [building|designing] "
        "[websites|mobile apps|customer portals|booking tools] for [logistics|B2B|industrial|transport] brands.",
        "{co} [builds|runs] [data pipelines|data platforms|dashboards|reporting] for "
        "[fleet|freight|warehouse|shipment] [telematics|data|operations] in [two weeks flat|{days} days|under a "
        "month].",
        "We help companies [hire|employ|pay] [people|engineers|contractors] in [{n}0+|over {big}] countries "
        "[without|with no need for] a local entity[, fully compliant|, in {n} days|].",
        "I [coach|work with] [engineering|tech|platform] leaders [who want to|on how to] [build high-performing "
        "teams|scale without burning out|step up to VP level|run calmer on-call rotations].",
        "We're [organising|hosting] {event} in {city} [in {month}|this autumn|next spring] and [would love|are "
        "looking for] [partners|sponsors|exhibitors] [like {oco}|from logistics|from the freight world]. "
        "[Packages start at €{price}.|Early-bird packages are {pct}% off.|]",
        "We [supply|lease] [refurbished laptops|ergonomic desks|office hardware|meeting-room kits] to "
        "[tech|growing|hybrid] teams at {pct}% below retail[, delivered in {n} days|].",
        "[We can get|Our team gets] {oco} [to page one|ranking] on Google for [the keywords your customers "
        "search|high-intent keywords|freight quotes] [within|in] {n} months[, guaranteed|, or you don't pay|].",
        "We [produce|make] [short|explainer|recruiting|employer-branding] videos for [tech|B2B|logistics] "
        "companies [from €{price}|in under {days} days|with a fixed price].",
        "{co} runs managed [Kubernetes|DevOps|platform engineering|cloud operations] for "
        "[logistics|mid-sized|transport] companies at a fixed monthly price[, with 24/7 on-call included|].",
        "Our [sales intelligence|outreach|prospecting] platform [finds|surfaces] [buyers|decision makers] "
        "[with|and their] verified [emails|phone numbers] [in seconds|automatically|across {big} million "
        "profiles].",
        "We get [companies like {oco}|scale-ups|logistics firms] [ISO 27001|SOC 2|NIS2] "
        "[certified|ready|compliant] in [{n} weeks|{days} days|one quarter][, at a fixed fee| with templates and "
        "a dedicated auditor|].",
        "{co} [measures|tracks] the [carbon footprint|emissions] of every [shipment|load|route] [automatically|in "
        "real time], [ready for|aligned with] [CSRD|GLEC] reporting.",
        "We [run|deliver] [QA|test automation|mobile testing] as a service: [{n} testers|a dedicated team] [from "
        "€{price} a month|on demand|within {n} days].",
        "Our [contract|interim] [SREs|platform engineers|cloud architects] [start|can start] in {n} days and "
        "[stay as long as you need|work in your time zone].",
    ],
    "detail": [
        "[We start with|It starts with] a [free|two-week|no-cost] [audit|assessment|review] of your "
        "[setup|stack|current spend], then we [roll out|implement] [the changes|our recommendations] [together with "
        "your team|hands-on].",
        "[Onboarding|Setup] takes [about|less than] {n} [days|weeks] and [needs no|does not need any] [changes to "
        "your code|downtime|new hires].",
        "[Everything|All data] [stays|is hosted] in the EU, and we [are ISO 27001 certified|are SOC 2 audited|have "
        "been ISO 27001 certified for years].",
        "[You keep|Your team keeps] full control: [nothing|no change] goes live [without your approval|unless you "
        "sign off].",
        "[Pricing|Our fee] is [a flat monthly fee, so there are no surprises|based on the savings we find, so you "
        "only pay for results|per seat, from €{price} a month, so it scales with you].",
        "[Our team|The people doing the work] [are|is] senior engineers [who have run|who ran] "
        "[platforms|on-call] at [companies like {client}|{client} and {client2}] [before|themselves].",
        "[We plug into|It connects to] [Slack, Jira and PagerDuty|your existing tools|{tech} and your CI] [out of "
        "the box|in minutes].",
        "[Most teams|Customers] [see|notice] [the first results|a difference] [within|after] {n} weeks, [and we "
        "report|with reports] [every month|to your CFO].",
        "[We've done this|We have done this] [{n}0+ times|for over {big} teams] [across|in] [logistics, retail "
        "and transport|the Nordics and the Baltics].",
        "[There's|We offer] a [four-week|six-week|30-day] [trial|pilot] [with no commitment|before you decide|at no cost].",
    ],
    "proof": [
        "We recently [helped|worked with] {client} [to cut|and cut] [their|its] [costs|bill|incident volume|time "
        "to hire|cloud spend] by {pct}%.",
        "[Clients|Customers] [include {client}, {client2} and {client3}|like {client}, {client2} and {client3} trust us with this].",
        "[Last quarter|This year] alone we [saved|delivered] [our clients|customers] [over |more than "
        "|]€{price}k[ in total|].",
        "Happy to share a [short |quick |]case study from [a company like yours|{client}|another freight company].",
        "[Most|Our] clients see [results|ROI|a return|the first savings] within [the first |]{n} weeks.",
        "{client} [went|moved] from [weekly|daily] incidents to [almost none|one a month] in {n} months with us.",
    ],
    "bullet_intro": [
        "Here's what [we typically deliver|our clients get|you'd get] in the first {days} days:",
        "[In short|What that looks like in practice]:", "A few things we could help with:",
    ],
    "bullet": [
        "a full audit of your current setup", "a savings plan with clear numbers", "weekly reports for your CFO",
        "a dedicated engineer in your time zone", "no lock-in: cancel any month", "onboarding in under {n} days",
        "alerts routed to the right team", "one dashboard for every site", "SSO, audit logs and EU hosting",
        "integrations with Jira, Slack and PagerDuty", "a named account manager", "fixed monthly pricing",
        "a [four|six]-week money-back guarantee", "hands-on training for your team",
    ],
    "cta": [
        "Would you be open to a [quick|short|brief] {mins}-minute [call|chat] {when}?",
        "Are you free for a [short |quick |]demo [on {day}|tomorrow|{when}]?",
        "Do you have {mins} minutes [on {day}|{when}] [for a quick intro|to explore this|for a call]?",
        "Worth a [quick |short |]chat?", "Can I send you a [short deck|one-pager|two-minute video|case study]?",
        "Would {day} at {time} work for a [call|demo|quick call]?",
        "If [it's|this is] [relevant|of interest], [here's my calendar|grab a slot here]: {calurl}",
        "Open to [hearing more|a conversation|a quick intro call]?",
        "Who would be the right person to talk to about this?",
        "Shall I [book|put] {mins} minutes in your calendar {when}?",
        "Would it make sense to [connect|talk] [briefly |]{when}?",
    ],
    "ps": [
        "P.S. We're running a free [four|six|eight]-week pilot for [two|three] more companies this quarter.",
        "P.S. If this isn't a priority, just let me know and I won't follow up.",
        "P.S. Not the right person? A name would be much appreciated.",
        "PS: [the offer|our {month} pricing] is valid until the end of the month.",
    ],
    "sign": [
        "Best,\n{me}", "Cheers,\n{me}", "Thanks,\n{me}", "Kind regards,\n{mefull}\n{role} | {co}",
        "Best regards,\n{mefull}\n{co}\n{phone}", "{me}", "Thanks!\n{me} @ {co}", "Warmly,\n{me}",
    ],
    "pitch_note_cta": [
        "Quick call?", "Open to a chat?", "Would love to connect and share more.", "Worth a quick chat?",
        "Happy to connect!", "Interested?",
    ],
    "repitch_hook": [
        "[New quarter, new rates|Quick update from {co}|It's been a while]!",
        "[Hope you had a good summer|Happy new year|Hope the busy season went well]!",
        "We've just [launched|released] something I think you'll like.",
        "[Reaching out|Writing] again because our offer has changed.",
    ],
    # ---- sellers' follow-ups and answers: short, or assembled by compose_bump
    "bump": [
        "Hi {first}, any thoughts on my last message?", "[Bumping|Floating] this up {emoji}",
        "{first}, circling back on the below.", "Any [update|thoughts] on this, {first}?",
        "Just checking in - did my note make sense?", "Did you see my previous message, {first}?",
        "Hi {first}! Any chance you had a look?", "Following up {emoji}", "{first}?",
        "Hi {first}, [gentle|friendly|quick] nudge on this one.", "Still keen to chat, {first}!",
        "Hi {first}, is {day} any better?", "Any interest, {first}?", "Thoughts? {emoji}",
        "Hi {first}, did this get buried?", "Quick bump, {first}.", "Should I try someone else on your team?",
    ],
    "bump_open": [
        "Hi {first}, just following up on my [last|previous|earlier] [message|note].",
        "{first}, circling back [on this|on the below|one more time].", "Hey {first}, [bumping|floating] this up.",
        "Hi {first}, I know [things get busy|it's a busy time of year|you must get a lot of these].",
        "Hi again {first}!", "Following up, {first}, in case this got buried.",
    ],
    "breakup": [
        "Hi {first}, I haven't heard back, so I'll assume [the timing isn't right|this isn't a priority] [right "
        "now|at the moment]. I'll close your file - [feel free to reach out if anything changes|my door is always "
        "open].",
        "Last try from me, {first}: [is {area} something you'd like to improve this year|should I stop reaching "
        "out]? A simple yes or no [is fine|would help].",
        "I'll take the silence as a no for now {emoji} [Wishing you and the {oco} team a great quarter.|Good luck "
        "with everything at {oco}.]",
        "Hi {first}, this is my last message on this. If {area} ever becomes a priority, you know where to find "
        "me.",
    ],
    "break_short": [
        "Last try from me, {first}. Should I stop reaching out?", "I'll take the silence as a no {emoji}",
        "Closing the loop here, {first}. All the best!", "No reply, no problem - good luck, {first}!",
    ],
    "warm": [
        "Thanks for connecting, {first}!", "Great to be connected, {first} {emoji}",
        "Hi {first}, great to connect! How's {month} going?", "Thanks for accepting, {first}!",
        "Enjoyed your post on {topic}!",
    ],
    "ack": [
        "Understood, thanks for letting me know!", "No worries at all - thanks for the reply.",
        "Totally fair, {first}.", "Got it, thanks {first}!", "Fair enough! Mind if I check back in {month}?",
        "Thanks for the honest answer {emoji}", "Understood. Good luck with {project}!",
    ],
    "sorry": [
        "Apologies, {first} - I've removed you.", "Understood, sorry for the bother.",
        "Of course, done. Sorry about that!", "Noted, you won't hear from me again.",
        "Sorry {first}, taken care of.",
    ],
    "nego_c": [
        "Great! I've sent the deck to your inbox.", "Here's the one-pager: {docurl}",
        "Pricing starts at €{price} a month for teams your size.", "Does {day} at {time} still work?",
        "Just sent the calendar invite for {day} at {time}.", "Shall I loop in our solutions engineer?",
        "Sure - I can do {pct}% off before the end of {month}.", "Did you get a chance to review the proposal?",
        "Understood. Would a smaller pilot be easier?", "Thanks for the call today, {first}!",
        "The proposal is attached {emoji}", "Any questions, just shout.",
    ],
    "biz_aside": [
        "Hope you had a good weekend.", "I know it's a busy time of year.", "Hope {month} is treating you well.",
        "No pressure either way.", "I'm in {city} on {day}, in case meeting in person is easier.",
        "We've just opened a Nordic office, so the timing is good.", "Our team grew by {n}0% this year.",
        "I can also send a short recording instead.", "Happy to loop in our CTO if useful.",
        "We work with a few companies in {city} already.", "The numbers are in the deck.",
        "Pricing is flexible for the first year.", "I'll keep it brief.", "Hope all is well at {oco}.",
    ],
    # ---- recruiters (compose_recruit) and job seekers
    "r_open": [
        "Hi {first}, I hope you're well.", "Hello {first}!", "Hi {first}, I'll keep this brief.",
        "Dear {first}, I hope this finds you well.", "Hi {first}, {friend} suggested I get in touch.",
        "Hi {first}, I came across your profile [via {event}|while mapping platform leaders in {city}].",
    ],
    "r_company": [
        "I'm [working with|partnering with|recruiting for] a [Series "
        "B|fast-growing|well-funded|listed|family-owned] [logistics tech|fintech|e-commerce|climate "
        "tech|mobility|shipping] [company|group|scale-up] in {city}.",
        "My client, [a leader in|one of the bigger names in] [cold-chain logistics|last-mile delivery|port "
        "software|freight marketplaces|warehouse robotics], is [building out|rebuilding|doubling] its "
        "[platform|infrastructure|engineering] organisation[ in {city}|].",
        "We're [running|leading] an exclusive search for a [private-equity backed|founder-led|newly merged] "
        "[freight|supply chain|transport] business[ headquartered in {city}|].",
        "{client} has asked us to find their next {jobrole}.",
    ],
    "r_role": [
        "They're looking for a {jobrole} to [lead a team of {n}0|own the cloud platform end to end|build the SRE "
        "practice from scratch|merge two platform teams].",
        "The {jobrole} role reports [to the CTO|to the CEO|to the VP Engineering] and [comes with a real "
        "budget|has a seat at the leadership table|covers {n} countries].",
        "It's a newly created {jobrole} position [with a mandate to modernise everything|after a big funding "
        "round|as part of a move to {tech}].",
    ],
    "r_detail": [
        "The stack is [Kubernetes on AWS|GCP and Terraform|mostly {tech}], [with|plus] [a big data platform|a lot "
        "of event streaming|legacy systems to retire].",
        "The team [is|are] [{n}0 engineers|around {big} people] across {city} and [remote|{city}], and [growing "
        "fast|very stable].",
        "[Their mission|The company's goal] is to [cut empty truck miles|make freight carbon-neutral|digitise "
        "ports] [within five years|across Europe].",
        "[The founders|The leadership team] [come from|previously built] {client}, [so they know|and understand] "
        "[the space|engineering] [well|deeply].",
        "[Interviews are|The process is] [three rounds|quick - two conversations and a case], [done "
        "within|finished in] {n} weeks.",
    ],
    "r_why": [
        "Your [background|track record|experience] at {oco} [stood out|looks like a great fit|is exactly what "
        "they need].",
        "Your work on {topic} [came up several times|is why your name is on my list].",
        "[{friend}|A former colleague of yours] described you as [the best platform leader they've worked "
        "with|calm under pressure].",
        "Given your experience [leading platform teams|with {tech} at scale|in logistics], I thought of you "
        "straight away.",
    ],
    "r_package": [
        "The package is {salary} plus [equity|bonus|a sign-on bonus].",
        "[Hybrid|Flexible], {n} days a week in the office[ in {city}|].",
        "Fully remote within Europe, with [quarterly|monthly] trips to {city}.",
        "Relocation support to {city} is available.",
        "Compensation is [very competitive|{salary}], with [a generous pension|{n} weeks of holiday].",
    ],
    "r_cta": [
        "Would you be open to a confidential conversation?", "Open to a quick chat {when}?",
        "Are you open to new opportunities at the moment?", "Could we find {mins} minutes [on {day}|{when}]?",
        "Happy to share the full brief if you're curious.", "Shall I send over the details?",
    ],
    "rbump": [
        "Hi {first}, did you see my message about the role?", "Any thoughts on the {jobrole} role, {first}?",
        "Hi {first}, the client is moving fast on this one.", "Still open to a chat, {first}?",
    ],
    "rkeep": [
        "Totally understand! Mind if I keep in touch?", "No problem at all - good luck at {oco}!",
        "Thanks for the quick answer, {first}.", "Understood, I'll keep you in mind {emoji}",
    ],
    "rdetails": [
        "Sure - the range is {salary}.", "I'll send the job description tonight.",
        "Great! Are you free on {day} at {time}?", "The hiring manager would love to meet you.",
        "Brilliant, I'll set it up {emoji}", "It's hybrid, {n} days in the office.",
    ],
    "s_open": [
        "Hi {first}, I'm a [final-year|master's|second-year] student at {uni} [studying|in] [computer "
        "science|software engineering|data science|logistics management].",
        "Hello {first}, I recently [graduated from {uni}|finished a bootcamp in {city}|switched careers from "
        "teaching].",
        "Hi {first}, I'm writing my thesis at {uni} on {topic}.",
        "Hi {first}, {friend} suggested I reach out - I'm [a junior engineer|an intern] at {client}.",
    ],
    "s_why": [
        "I [loved|really enjoyed] your talk at {event}[ in {city}|].", "{friend} told me you're a great mentor.",
        "Your post about {topic} is [why I'm writing|the reason I got interested in the field].",
        "I've followed {oco}'s engineering blog since [my first year|{month}].",
        "[My lecturer|My supervisor], {friend}, [suggested|recommended] I contact you.",
        "I [built|am building] a small project with {tech} [for my course|in my free time] and got hooked.",
    ],
    "s_ask": [
        "I'm [applying for|interested in] the [graduate|junior|platform] [role|internship] at {oco}[ in {city}|].",
        "I'd love to hear how you [got into|grew in] [platform engineering|SRE|engineering management].",
        "Could I interview you for {mins} minutes [for my thesis|about {topic}]?",
        "Would you consider [referring me|looking at my CV|sharing some advice on the application]?",
        "Is {oco} hiring juniors [this year|in {month}]?",
    ],
    "s_close": [
        "Thank you so much for your time!", "I'd be very grateful.", "Any advice would mean a lot.",
        "No worries if you're too busy!", "Thanks in advance, and congrats on {project}!",
    ],
    "seek_thx": [
        "Thank you so much, I really appreciate it!", "That's very kind, thank you!",
        "Thanks a lot! I've just sent it over.", "Thank you, that helps a lot {emoji}",
    ],
    "seek_bump": [
        "Hi {first}, sorry to bother you again!", "Hi {first}, did you see my message?",
        "Just checking if you saw this, thanks a lot!",
    ],
    # ---- friends and colleagues: short, as chat is (from twelve words on, a text is a script candidate)
    "congrats": [
        "Congrats on the new role, {first}!", "Congratulations on your work anniversary!",
        "Happy work anniversary, {first}! {n} years already?", "Congrats on the promotion - well deserved!",
        "Happy birthday, {first}! {emoji}", "Congratulations {first}! {emoji}", "Congrats on the talk at {event}!",
        "Saw the news about {oco} - congratulations!", "Congrats on {project}, {first}!",
        "Well deserved, {first}! {emoji}",
    ],
    "thanks_conn": [
        "Thanks for connecting, {first}!", "Great to be connected, {first}.",
        "Thanks for accepting! Looking forward to your posts.", "Nice to connect, {first} {emoji}",
        "Glad we're connected, {first}!",
    ],
    "small": [
        "Haha, true!", "😂", "👍", "Sounds good!", "Perfect, thanks!", "Sure!", "Will do.", "Thanks!", "Talk soon!",
        "See you then!", "Oh nice!", "No worries at all.", "Ha, fair point.", "Exactly!",
        "Let me check and get back to you.", "On my way", "Running 5 min late, sorry!", "Yes!",
        "Great, thanks {first}!", "Works for me.", "Deal.", "Brilliant {emoji}", "Oh no 😅", "Good luck!",
        "Agreed.", "Love it", "Thank you!", "Ok, let's do that.", "Ha, classic.", "Same here.", "Totally.",
        "Haha no way", "That's wild", "Fingers crossed!", "Sure thing.", "Makes sense.", "Noted!", "Yes please!",
        "I'm in.", "Enjoy!", "Safe travels!", "Congrats again!", "Speak {day}?", "Sent!", "Got it.", "Ah, I see.",
        "Ha, so true.", "Me too!", "Cool, thanks.",
    ],
    "warm_r": [
        "Thanks, likewise!", "Thank you! Busy but good.", "Thanks {first}, nice to connect.",
        "Hi {first}, thanks - all good here!",
    ],
    "catchup_open": [
        "Hey {first}! Long time no see!", "Hi {first}, how are things at {oco}?", "{first}! How's life in {city}?",
        "Hey, how did {project} go?", "Hi {first}! Still in {city}?", "Long time! How are you?",
        "Hey {first}, it's been ages!", "How's the new team, {first}?",
    ],
    "catchup_reply": [
        "All good here, thanks! You?", "Busy but good! We just shipped {project}.",
        "Hectic, as always. How about you?", "Good! Just back from {city}.", "Can't complain. Hiring like crazy!",
        "Still recovering from the {tech} migration 😅", "Great, thanks! And you?", "All well! Kids keep us busy.",
    ],
    "meet_q": [
        "Are you going to {event}?", "Will you be at {event}?", "Coming to {event}?",
        "Going to {event} this year?",
    ],
    "meet_a": [
        "Yes! I'll be there from {time}.", "I'm speaking on {day}!", "Only the first day though.",
        "Sadly not this year.", "Planning to! Are you?", "Yes, flying in from {city}.",
    ],
    "meet_c": [
        "Great, let's grab a coffee there!", "See you there!", "Shame! Next time then.",
        "Let's meet at the {venuespot}!",
    ],
    "help_q": [
        "Anyone you know running {tech} in production?", "Happy with your {tool}?",
        "Got a good template for {doc}?", "Quick question about {tech}, got a minute?",
        "Who would you ask about {area}?",
    ],
    "help_a": [
        "Yes! Talk to {friend}.", "They ran that at {client}.", "I'll intro you to {friend}.",
        "Not personally, sorry.", "It's in our public handbook.", "Honestly, we're not happy either.",
        "Let's compare notes over coffee?", "Happy to walk you through it.",
    ],
    "thanks_a": [
        "Thank you, that would be great!", "Amazing, thanks {first}!", "Perfect, thank you!",
        "You're a star, thanks!",
    ],
    "share": [
        "Saw this and thought of you: {blogurl}", "This made me laugh: {blogurl}", "Have you read {book}?",
        "Relevant to our chat: {blogurl}",
    ],
    "share_r": [
        "Ha, great read, thanks!", "Oh I hadn't seen that - thanks!", "So true. Sending it to my team.",
        "Thanks! Adding it to the list.",
    ],
    "reco_q": [
        "Would you write me a short recommendation?", "Could I ask you for a recommendation?",
        "Any chance of a quick recommendation, {first}?",
    ],
    "reco_a": [
        "Of course! Give me a few days.", "Happy to - anything specific?",
    ],
    "reco_done": [
        "Done! Let me know if you want changes.", "Just posted it!",
    ],
    "reco_thx": [
        "It's perfect, thank you so much!", "Wow, thank you, that's really kind.",
    ],
    "speak_q": [
        "Would you speak at {event}?", "Up for a talk at {event}?", "Fancy giving a talk in {month}?",
    ],
    "speak_a": [
        "I'd love to! Send me the details.", "What's the deadline for abstracts?", "Let me check my calendar.",
        "{month} is tight, but yes!",
    ],
    "speak_logi": [
        "Slides by {day}, please.", "The venue is the old harbour warehouse.",
        "Badges are at the front desk from 8:30.", "We cover travel and one hotel night.",
        "Speaker dinner is {day} at 19:00.", "Doors open at {time}.", "Tech check at {time} in {room}.",
        "Parking is free after 17:00.", "Could you send a short bio?", "Your slot is after {friend}.",
    ],
    "lunch_q": [
        "Lunch next week?", "Coffee on {day}?", "I'm in {city} on {day}, lunch?",
    ],
    "lunch_a": [
        "{day} works!", "Can we do {day} instead?", "Yes please! Where?",
    ],
    "lunch_c": [
        "The usual place at {time}?", "Booked a table for {time} {emoji}", "The café by the harbour?",
    ],
    "group_open": [
        "Hi all, thanks for co-hosting {event}!", "Adding everyone for {event} logistics.",
        "Who's in for dinner on {day}?", "Thread for the {month} offsite!",
        "Study group: {book}, chapter {n} for {day}?", "Everyone, meet {friend}! 🙌",
    ],
    "group_msg": [
        "I'll handle the venue.", "I can take the welcome.", "I'll do the panel then.",
        "Can we move the call to {day}?", "Vegetarian for me, thanks!", "I can bring the projector.",
        "Slides are in the shared folder.", "Who has the sponsor contact?", "I'm in, see you {day}!",
        "Running late, start without me.", "Thanks everyone, great evening!", "Photos: {blogurl}", "+1",
        "Same here.", "Table for {n} at {time}.", "Anyone have an HDMI adapter?", "Agenda draft is up, thoughts?",
        "Works for me.", "Count me in!", "Sorry, can't make it.",
    ],
    # ---- long letters: compose_update draws seven to forty sentences from both
    "update_para": [
        "Things are good! We moved to {city} in {month} and I'm [still getting used to it|loving it|slowly "
        "settling in].",
        "Work has been intense - we're in the middle of [a big re-org|moving everything to Kubernetes|replacing "
        "our old monitoring stack|a merger].",
        "The kids are [great|keeping us busy], [the youngest just started school|we finally got a dog|they've "
        "discovered football].",
        "I've [been doing a lot of|started] [running|climbing|sailing|baking bread|woodwork] on weekends, which "
        "helps.",
        "[We should really|Let's] [catch up properly|grab a beer|have lunch] [when you're in town|next month|at "
        "{event}].",
        "Also, I finally read {book} after you recommended it - [you were right|not sure I agree with chapter "
        "four, but still].",
        "Our team doubled this year, so most of my time goes to hiring and onboarding. It's a good problem to "
        "have, but I miss writing code.",
        "The on-call rotation is [finally|much] calmer since we [cut the noisy alerts|moved to "
        "follow-the-sun|rewrote the runbooks].",
        "How are things on your side? Are you still [running the meetup|at {client}|thinking about going "
        "freelance]?",
        "I'm speaking at {event} in {month} about {topic} - [nervous already|would love your feedback on the "
        "slides].",
        "We went to {city} for a long weekend and it rained the whole time, but the food made up for it.",
        "[My partner|My sister|A friend of mine] just started at {client}, small world!",
        "We [finally|eventually] bought a [flat|house|summer cottage] [outside {city}|near the coast], so "
        "weekends are all [painting|gardening|IKEA furniture] now.",
        "I [gave up on|went back to] {tech} after [a year|six months|a long fight], and honestly I [regret "
        "nothing|miss it a bit].",
        "[Last month|In {month}] we had [the outage of the decade|our worst incident in years|a very long night] "
        "- [the postmortem|the review] [was brutal but useful|is worth a beer story].",
        "I'm mentoring [two|three|a few] juniors now and [it's the best part of my week|I learn more than they "
        "do].",
        "[Did you hear that|Rumour has it] {client} [is moving to {city}|got acquired|is building its own "
        "platform team]?",
        "[We're planning|I'm organising] a [small|casual] meetup in {city} in {month} - [you should come|would "
        "you give a lightning talk]?",
        "[On the personal side|Otherwise], [we're expecting our second|my mum moved in with us|I ran my first "
        "half marathon], so [it's been a lot|life is full].",
        "[I keep thinking about|I still quote] what you said about {topic} at {event}.",
        "[Work-wise|At work] I'm [pushing for|fighting for|slowly winning the argument about] {topic}, [wish me "
        "luck|we'll see].",
        "[The new manager|Our new VP] is [great|a breath of fresh air|still finding their feet], [and|but] the "
        "roadmap [changed again|is finally stable].",
        "[Any|Got any] [book|podcast|conference] recommendations? [I need something new for the commute.|My list "
        "is empty.]",
        "{friend} and I finally [tried|shipped|gave up on] {tech} for {project}, and [it went fine|it was a "
        "disaster|we learned a lot].",
        "[I bumped into|I had dinner with] {friend} in {city} - [they say hi|they're at {client} now|small world].",
        "[The {month} release|Our {month} launch] [slipped by two weeks|went out on time for once|broke on "
        "{day}], [classic|no comment|of course].",
        "[We adopted|We dropped] {tech} in {month}, mostly because {friend} [insisted|left].",
        "[I'm reading|I just finished] {book} - [the chapter on {topic} is great|it's a slow start but worth it].",
        "[We're thinking of|I'm seriously considering] moving to {city} [next year|in {month}]; [any tips?|the "
        "rents are scary.]",
        "[Remember|Do you remember] {event} in {city}? [That keynote still makes me laugh.|I still use the notes.]",
        "[My team|Our platform group] is now {n} people, [spread over|across] {city} and [remote|{city}].",
        "[We finally|At last we] [wrote down|agreed on] [an on-call policy|our SLOs|a paging budget] after [the "
        "{month} outage|a long argument with {friend}].",
        "[Budget season|Planning for next year] is [eating my {month}|driving me mad], [as always|but it's nearly "
        "done].",
        "I [went back to|visited] {client} [for a workshop|for a talk] on {day} - [same people, new "
        "office|they've grown a lot].",
        "[On the home front|Otherwise], [the garden|our flat in {city}|the new bike] is [taking over my "
        "weekends|a constant project].",
        "[Oh, and|By the way,] {friend} [is leaving {client}|got promoted|started a podcast about {topic}] - [did "
        "you know?|wild.]",
        "[We had|I ran] a [retro|workshop] on {topic} last {day} and [half the room disagreed|it actually helped].",
        "[I've been asked to|I'm going to] [speak at|organise a track at] {event} in {month}, [wish me "
        "luck.|help!]",
        "[Vacation|Holiday] plans: [hiking near|two weeks in|a long weekend in] {city}, [finally|if work allows].",
        "[The kids|My niece] [started|wants to learn] programming, [mostly games so far|and already fixes my "
        "laptop].",
        "[We're|I'm] [hiring|looking for] a {jobrole} - [know anyone good?|send them my way if so.]",
        "[Our CFO|The board] [discovered|asked about] {topic}, [so that's my {month} sorted|which is funny given "
        "last year].",
        "[Coffee|A beer|Lunch] [soon|next time you're in {city}]? [My treat.|I owe you one.]",
    ],
    "aside": [
        "Hope the {month} rush isn't too bad.", "We're all a bit tired after {project}, but it was worth it.",
        "The weather in {city} has been ridiculous this week.", "Say hi to the team from me!",
        "I'm off to {city} for a few days next week.", "No rush at all.", "Let me know if {day} is better.",
        "We just got back from {city}.", "I'm still recovering from {event}.", "My calendar is a mess this month.",
        "Coffee's on me next time.", "The new office is finally open, come and visit!",
        "Also, congrats again on the talk.", "I owe you one.", "Our {tech} migration is finally done, by the way.",
        "I've been meaning to write for weeks.", "Sorry for the slow reply, it's been a week.",
        "I'm on leave from {month}, so before that would be ideal.",
        "Our CTO keeps asking about {topic}, so this helps.", "We're hiring two more SREs, if you know anyone.",
        "I'm on call this week, so replies may be slow 😅", "Hope the kids are well!",
        "Did you ever try the place in {city} I mentioned?", "I finally finished {book}.",
        "Still using the runbook template you shared, by the way.", "The {event} videos are online now.",
        "I'll be in {city} on {day} if you're around.", "It feels like {event} was yesterday.",
        "I'm presenting to the board on {day}, wish me luck.", "Things are calmer since the re-org.",
        "We moved the team offsite to {month}.", "I'm trying to write fewer chat messages and more docs 😄",
        "We adopted {tech} after all.", "Our new hire started on {day} and is already great.",
        "Let's not leave it another year!", "The train from {city} was two hours late again.",
        "I've started cycling to work, which is either brave or silly in {month}.", "Half my team is off sick.",
        "We finally turned off the old data centre!", "Apparently {client} is hiring too.",
        "I saw your name in the programme for {event}!", "My manager says hi.",
        "I'm writing this from the airport.", "We're doing a hackathon on {day}, it's chaos.",
        "The dog says hello 🐕", "Fingers crossed for {day}.", "Random thought: we should do a joint meetup.",
        "Loved the photos from {city}!",
    ],
    # ---- invitation notes and drafts
    "note_friendly": [
        "Hi {first}, great meeting you at {event}!", "Hi {first}, loved your talk on {topic}!",
        "Hi {first}, let's stay in touch!", "Great panel yesterday, {first}!",
        "Hi {first}, fellow SRE here - happy to connect!", "Hi {first}, thanks for the chat!",
    ],
    "note_owner": [
        "Hi {first}, nice meeting you at {event}!", "Hi {first}, great chatting today!",
        "Hi {first}, thanks for the chat at {event}!", "Hi {first}, enjoyed your talk!",
    ],
    "note_recruit": [
        "Hi {first}, I recruit platform leaders - let's connect!",
        "Hi {first}, I'd love to connect about future roles.", "Hi {first}, recruiter here, let's connect!",
    ],
    "note_seek": [
        "Hi {first}, student here - may I connect?", "Hi {first}, I'd love to learn from your experience!",
        "Hi {first}, aspiring SRE here, may I connect?",
    ],
    "note_r": [
        "Likewise!", "Thanks {first}, same here.", "Great to connect!", "Thank you, {first}!",
        "Likewise, great meeting you!",
    ],
    "draft": [
        "Hi, thanks for following up. I think we could",
        "Hey {first}, are you around in {month}? I'd love to pick your brain about",
        "Thanks for this - let me check with", "Sorry for the late reply, I",
    ],
}

# What the owner writes (in English, now and then in the contact's language).
OWNER_EN = {
    "decline": [
        "Thanks, but [that's not for us right now|we're all set|we already have a partner for this|it's not a "
        "priority this year].",
        "Appreciate it, {first}, but we're covered on that front.",
        "Thanks for reaching out - we don't have budget for this this year.",
        "We built this in-house, so no need, thanks.", "Not for us, but good luck!",
    ],
    "interest": [
        "[Interesting timing|Good timing], we were just discussing this. [Can you send me a one-pager?|Send me "
        "something in writing first, please.|What does pricing look like?]",
        "Sure, {day} at {time} works. Send an invite to my work email.",
        "Happy to take a look - can you share a case study from a logistics company?",
        "Maybe. What would a pilot cost for a team of {n}0?",
    ],
    "nego_o": [
        "Thanks, I'll take a look and get back to you.", "Can we move it to {day}?",
        "Looks interesting, but the price is too high for us right now.",
        "We'll pass for now, but thanks for the details.", "I've shared it with our CTO.", "Got it, thanks.",
        "Could you include SSO in the base price?",
    ],
    "optout": [
        "Please remove me from your list.", "Not interested, please stop messaging me.",
        "Please unsubscribe me from these messages.",
        "Please take me off your [list|sequence][, thanks| - I've said no before].",
        "I'm not interested. Please don't contact me again about this.", "Stop sending me these, please.",
        "Please remove me from your mailing list.",
    ],
    "optout2": [
        "I asked you to stop. Please do not contact me again.",
        "I already asked to be removed from your list. Please stop.",
    ],
    "notlooking": [
        "Thanks for thinking of me - not looking at the moment.", "Happy where I am, but thanks {first}!",
        "Not for me right now, good luck with the search.",
    ],
    "r_reply": [
        "Thanks, I'll take a look.", "Sounds good, let's talk.", "Can we do next week instead?",
        "Send it over, thanks.", "Ok, {day} works.", "Thanks - I'll think about it over the weekend.",
    ],
    "rinterest": [
        "Sounds interesting. What's the salary range?", "Happy to hear more - can you share the job description?",
        "Could be interesting. Who's the company?",
    ],
    "seek_help": [
        "Happy to help! [Send me your CV and I'll pass it on to our recruiter.|Let's do a quick call on {day}.]",
        "Sure - my advice: [build something small and write about it|learn the basics of networking, it pays off "
        "forever].",
        "Of course! {day} at {time}?",
    ],
    "thanks": [
        "Thank you, {first}!", "Thanks so much! Hope you're well.", "Haha, time flies. Thanks!",
        "Thank you! {emoji}", "Thanks {first}, that's kind of you.",
    ],
}

DE = {
    "greet": [
        "Hallo {first},", "Hi {first},", "Guten Tag {first},", "Liebe {first},", "Moin {first},",
    ],
    "hook": [
        "ich habe gesehen, dass {oco} [gerade|aktuell] [stark wächst|neue Engineers sucht|das Platform-Team "
        "ausbaut].",
        "danke für die Vernetzung!",
        "Ihr Beitrag zu {topic} hat mir [sehr gut gefallen|aus der Seele gesprochen].",
        "ich melde mich, weil wir [viel|regelmäßig] mit [Logistik|Transport]-Unternehmen [in Skandinavien|im "
        "Norden Europas] arbeiten.",
        "ich fasse mich kurz.",
    ],
    "value": [
        "Wir helfen [Unternehmen wie Ihrem|Logistikfirmen|mittelständischen Teams], [ihre Cloud-Kosten|die Kosten "
        "für AWS|den Aufwand im On-Call] um {pct} % zu senken[ - ohne Code-Änderungen| in nur {days} Tagen|].",
        "{co} [vermittelt|stellt] [erfahrene|geprüfte] Nearshore-Entwickler [aus Polen|aus Portugal|aus Rumänien] "
        "[innerhalb von|in] {days} Tagen.",
        "Unsere Plattform [bucht|vereinbart] [automatisch |]qualifizierte Termine mit [Entscheidern|Einkäufern] "
        "für Ihren Vertrieb.",
        "Wir machen [Penetrationstests|Sicherheitsaudits] zum Festpreis und haben [im {month}|nächsten Monat] "
        "noch einen Termin frei.",
        "Unsere Lösung [reduziert|halbiert] die Zahl der Alarme im [Bereitschaftsdienst|On-Call] [um {pct} "
        "%|deutlich].",
        "{co} bringt Ihr Team in {n} Wochen zur [ISO-27001|NIS2]-Zertifizierung - zum Festpreis.",
        "Mit {co} sparen [Logistikunternehmen|Teams wie Ihres] [jeden Monat|dauerhaft] bis zu {pct} % bei [der "
        "Cloud|den Lizenzen|der Rechenzeit].",
        "Wir [entwickeln|bauen] [Dashboards|Datenplattformen] für [Flotten|Lager|Sendungen] in {days} Tagen.",
    ],
    "cta": [
        "Hätten Sie [nächste Woche|am {day}] {mins} Minuten für ein kurzes Telefonat?",
        "Passt Ihnen ein kurzer Videocall am {day} um {time}?",
        "Darf ich Ihnen [eine kurze Präsentation|eine Fallstudie|unser Angebot] schicken?",
        "Wäre ein [kurzer Austausch|Termin] {when} möglich?",
        "Kostenlos und unverbindlich - [Interesse|was meinen Sie]?",
    ],
    "sign": [
        "Viele Grüße\n{me}", "Beste Grüße,\n{mefull}\n{co}", "LG {me}", "Freundliche Grüße\n{mefull}",
    ],
    "bump": [
        "Hallo {first}, kurze Erinnerung {emoji}", "Hi {first}, haben Sie meine Nachricht gesehen?",
        "Ich melde mich noch einmal wegen meiner Anfrage.", "Kurze Erinnerung {emoji}",
        "Hallo {first}, passt es nächste Woche?", "Hallo {first}, wer wäre der richtige Ansprechpartner?",
    ],
    "breakup": [
        "Ich melde mich dann nicht weiter - alles Gute!", "Letzter Versuch: ist das Thema für Sie relevant?",
    ],
    "ack": [
        "Verstanden, danke für die Rückmeldung!", "Alles klar, danke!", "Danke, alles Gute!",
    ],
    "sorry": [
        "Entschuldigung für die Störung - ich habe Sie aus der Liste entfernt.",
        "Alles klar, ich melde mich nicht mehr. Schöne Woche!",
    ],
    "repitch_hook": [
        "[Neues Quartal, neue Preise|Kurzes Update von {co}]!",
    ],
    "congrats": [
        "Herzlichen Glückwunsch zur neuen Position, {first}!", "Glückwunsch zum Jubiläum!",
        "Alles Gute zum Geburtstag! {emoji}",
    ],
    "thanks_conn": [
        "Danke für die Vernetzung, {first}!", "Freut mich, dass wir jetzt vernetzt sind!",
    ],
    "small": [
        "Super, danke!", "Passt!", "Gerne!", "Bis dann!", "Haha, stimmt.", "Klingt gut.", "Alles klar 👍",
        "Danke dir!", "Bin dabei.",
    ],
    "catchup_open": [
        "Hey {first}, lange nichts gehört! Wie läuft's bei {oco}?", "Hallo {first}, bist du noch in {city}?",
    ],
    "catchup_reply": [
        "Alles gut hier, viel zu tun!", "Gut, danke! Und bei dir?", "Stressig, aber gut.",
        "Wir stellen gerade viele Leute ein!", "Alles bestens, danke der Nachfrage.",
    ],
    "meet_q": [
        "Bist du [nächste Woche|am {day}] auch bei {event}?",
    ],
    "meet_a": [
        "Ja, ich bin ab {time} da!", "Leider nicht, wir haben in der Woche ein Release.",
    ],
    "meet_c": [
        "Super, dann sehen wir uns dort!",
    ],
    "note_friendly": [
        "Hallo {first}, schön, Sie kennengelernt zu haben!", "Hi {first}, danke für den Vortrag!",
        "Hallo {first}, lass uns in Kontakt bleiben!", "Hi {first}, schön dich bei {event} zu sehen!",
    ],
    "seek": [
        "Hallo {first}, ich studiere [Informatik|Wirtschaftsinformatik|Logistik] an der {uni} und interessiere mich "
        "für [ein Praktikum|eine Werkstudentenstelle|den Berufseinstieg] bei {oco}. [Hätten Sie einen Rat für meine "
        "Bewerbung?|Darf ich Ihnen meinen Lebenslauf schicken?]",
        "Hallo {first}, ich [schreibe meine Masterarbeit|studiere] an der {uni} [über {topic}|in {city}]. [Hätten "
        "Sie {mins} Minuten für ein Gespräch?|Darf ich Ihnen ein paar Fragen stellen?]",
    ],
    "personal": [
        "{friend} meinte, ich solle mich bei Ihnen melden.", "Ich habe {oco} auf {event} in {city} gesehen.",
        "Wir arbeiten bereits mit {client} in {city} zusammen.",
        "Ich bin am {day} in {city} und könnte vorbeikommen.",
    ],
    "proof": [
        "Bei {client} haben wir so {pct} % eingespart.", "Kunden wie {client} und {client2} vertrauen uns.",
    ],
    "r_open": [
        "Hallo {first}, ich hoffe, es geht Ihnen gut.", "Hallo {first}, {friend} hat mir Ihren Namen gegeben.",
    ],
    "r_company": [
        "Ich suche für [einen schnell wachsenden|einen etablierten] [Logistik-|E-Commerce-|Fintech-]Kunden in "
        "{city} eine:n {jobrole}.",
        "Mein Kunde, [ein Marktführer|ein Familienunternehmen] aus [der Logistik|dem Transportwesen], baut sein "
        "Platform-Team in {city} aus.",
        "{client} sucht eine:n {jobrole}.",
    ],
    "r_why": [
        "Ihr Profil passt sehr gut.", "Ihre Erfahrung bei {oco} ist genau das, was gesucht wird.",
        "Ihre Arbeit zu {topic} ist mir mehrfach aufgefallen.",
    ],
    "r_package": [
        "Das Gehalt liegt bei {salary}.", "Remote möglich, {n} Tage im Büro.",
        "Umzug nach {city} wird unterstützt.",
    ],
    "r_cta": [
        "Hätten Sie Interesse an einem vertraulichen Gespräch?", "Passt Ihnen ein kurzes Telefonat am {day}?",
        "Darf ich Ihnen die Details schicken?",
    ],
    "detail": [
        "Die Einrichtung dauert nur {n} Wochen und braucht keine Code-Änderungen.",
        "Alle Daten bleiben in der EU, wir sind [ISO-27001-zertifiziert|SOC-2-geprüft].",
        "Sie zahlen [eine monatliche Pauschale|nur für Ergebnisse], [ab €{price}|ohne Risiko].",
        "Wir bieten einen kostenlosen Pilot über {n} Wochen an.",
    ],
}

FR = {
    "greet": [
        "Bonjour {first},", "Bonjour {first} !", "Hello {first},", "Chère {first},",
    ],
    "hook": [
        "j'ai vu que {oco} [recrute|se développe] [beaucoup|rapidement] en ce moment.",
        "merci pour la mise en relation !", "votre post sur {topic} m'a beaucoup parlé.",
        "je me permets de vous écrire car nous travaillons avec de nombreux acteurs de la [logistique|supply "
        "chain] [en Europe du Nord|en Scandinavie].",
    ],
    "value": [
        "Nous aidons les [entreprises comme la vôtre|équipes tech|acteurs du transport] à réduire leurs coûts "
        "cloud de {pct} % en {days} jours[, sans changer une ligne de code|].",
        "{co} propose des audits de sécurité cloud à prix fixe, livrés en deux semaines.",
        "Notre plateforme [génère|qualifie] des [prospects|rendez-vous] B2B pour vos équipes commerciales.",
        "Nous accompagnons les équipes plateforme avec des ingénieurs DevOps [nearshore|au Portugal] disponibles "
        "en {days} jours.",
        "Notre solution d'observabilité divise par deux le bruit des alertes d'astreinte.",
        "Avec {co}, les [logisticiens|équipes comme la vôtre] économisent jusqu'à {pct} % sur [le cloud|les "
        "licences] [chaque mois|durablement].",
        "Nous [construisons|livrons] des [tableaux de bord|plateformes de données] pour [flottes|entrepôts] en "
        "{days} jours.",
    ],
    "cta": [
        "Seriez-vous disponible pour un échange de {mins} minutes {when} ?",
        "Puis-je vous envoyer une proposition et caler un rendez-vous téléphonique ?",
        "Un appel rapide {day} à {time} vous conviendrait-il ?",
        "Je peux vous faire une démo de {mins} minutes quand vous voulez.",
    ],
    "sign": [
        "Bien à vous,\n{mefull}", "Cordialement,\n{mefull}\n{co}", "Belle journée,\n{me}",
    ],
    "bump": [
        "Petite relance {emoji}", "Bonjour {first}, avez-vous vu mon message ?",
        "Bonjour {first}, qu'en pensez-vous ?", "Je me permets de revenir vers vous, {first}.",
        "Un créneau {day} vous irait ?",
    ],
    "breakup": [
        "Je ne vous relancerai plus - belle continuation !", "Dernière relance : le sujet vous intéresse-t-il ?",
    ],
    "ack": [
        "Bien compris, merci pour votre retour ! Bonne continuation.",
    ],
    "sorry": [
        "Désolé pour le dérangement, je vous retire de ma liste.", "C'est noté, je ne vous écrirai plus.",
    ],
    "repitch_hook": [
        "[Nouveau trimestre, nouvelle offre|Petite nouvelle de {co}] !",
    ],
    "congrats": [
        "Félicitations pour le nouveau poste, {first} !", "Bravo pour la conférence, c'était super !",
        "Joyeux anniversaire professionnel ! {emoji}",
    ],
    "thanks_conn": [
        "Merci pour la connexion, {first} !", "Ravi d'être connecté avec vous.",
    ],
    "small": [
        "Super, merci !", "Parfait !", "Avec plaisir !", "À bientôt !", "Haha, c'est vrai.", "Ça marche 👍",
        "Merci beaucoup !",
    ],
    "catchup_open": [
        "Salut {first} ! Ça fait longtemps, comment ça va chez {oco} ?",
    ],
    "catchup_reply": [
        "Tout va bien, beaucoup de boulot !", "Bien, merci ! Et toi ?", "On recrute beaucoup !",
        "Ça va, un peu chargé.",
    ],
    "meet_q": [
        "Tu viens à {event} [la semaine prochaine|{day}] ?",
    ],
    "meet_a": [
        "Oui, je serai là à partir de {time} !", "Malheureusement non, trop de choses en ce moment.",
    ],
    "meet_c": [
        "Génial, on se voit là-bas !",
    ],
    "note_friendly": [
        "Bonjour {first}, ravie de vous avoir rencontrée !", "Bonjour {first}, merci pour la conférence !",
        "Bonjour {first}, restons en contact !", "Bonjour {first}, à bientôt à {event} !",
    ],
    "seek": [
        "Bonjour {first}, je suis [étudiant|étudiante] à {uni} et je cherche [un stage|une alternance|un premier "
        "poste] en [ingénierie plateforme|SRE|DevOps]. [Auriez-vous quelques conseils pour ma candidature ?|Puis-je "
        "vous envoyer mon CV ?]",
        "Bonjour {first}, je [prépare un mémoire|suis en alternance] [sur {topic}|à {city}]. [Auriez-vous {mins} "
        "minutes pour échanger ?|Puis-je vous poser quelques questions ?]",
    ],
    "personal": [
        "{friend} m'a conseillé de vous écrire.", "J'ai vu {oco} à {event} à {city}.",
        "Nous travaillons déjà avec {client} à {city}.", "Je serai à {city} {day} si vous voulez un café.",
    ],
    "proof": [
        "Chez {client}, nous avons réduit les coûts de {pct} %.", "{client} et {client2} nous font confiance.",
    ],
    "r_open": [
        "Bonjour {first}, j'espère que vous allez bien.", "Bonjour {first}, {friend} m'a donné votre nom.",
    ],
    "r_company": [
        "Je recrute un(e) {jobrole} pour [une scale-up|un groupe] [logistique|e-commerce] basé à {city}.",
        "Mon client, [un leader|une ETI] du [transport|fret], renforce son équipe plateforme à {city}.",
        "{client} cherche son ou sa futur(e) {jobrole}.",
    ],
    "r_why": [
        "Votre parcours chez {oco} correspond parfaitement.", "Votre expérience sur {topic} m'a marquée.",
    ],
    "r_package": [
        "La rémunération est de {salary}.", "Télétravail possible, {n} jours au bureau.",
    ],
    "r_cta": [
        "Seriez-vous ouverte à un échange confidentiel ?", "Un appel {day} vous conviendrait-il ?",
        "Puis-je vous envoyer la fiche de poste ?",
    ],
    "detail": [
        "La mise en place prend {n} semaines, sans changement de code.",
        "Les données restent en Europe et nous sommes [certifiés ISO 27001|audités SOC 2].",
        "Vous payez [un forfait mensuel|uniquement les résultats], [dès {price} €|sans risque].",
        "Nous proposons un pilote gratuit de {n} semaines.",
    ],
}

ES = {
    "greet": [
        "Hola {first},", "Hola {first}!", "Buenos días {first},", "Estimada {first},",
    ],
    "hook": [
        "he visto que {oco} está creciendo mucho.", "¡gracias por conectar!",
        "me encantó tu publicación sobre {topic}.",
        "te escribo porque trabajamos con muchas empresas de [logística|transporte] en el norte de Europa.",
    ],
    "value": [
        "Ayudamos a [empresas como la tuya|equipos de plataforma|empresas de logística] a reducir sus costes de "
        "nube un {pct} % en {days} días[, sin cambiar código|].",
        "{co} ofrece desarrolladores nearshore [desde Colombia|desde Argentina|desde España] listos en {days} "
        "días.",
        "Nuestra plataforma genera reuniones cualificadas con decisores para tu equipo comercial.",
        "Hacemos pruebas de penetración a precio cerrado y tenemos un hueco libre en {month}.",
        "Nuestra solución reduce el ruido de las alertas de guardia a la mitad.",
        "Con {co}, [las empresas de logística|equipos como el tuyo] ahorran hasta un {pct} % en [la "
        "nube|licencias] [cada mes|de forma continua].",
        "[Construimos|Entregamos] [cuadros de mando|plataformas de datos] para [flotas|almacenes] en {days} días.",
    ],
    "cta": [
        "¿Tendrías {mins} minutos {when} para una llamada rápida?",
        "¿Te va bien una videollamada el {day} a las {time}?", "¿Te puedo enviar una propuesta sin compromiso?",
        "¿Hablamos {when}?",
    ],
    "sign": [
        "Un saludo,\n{me}", "Saludos cordiales,\n{mefull}\n{co}", "Gracias,\n{me}",
    ],
    "bump": [
        "¿Viste mi mensaje, {first}?", "Hola {first}, ¿qué te parece?", "Te escribo de nuevo {emoji}",
        "Hola {first}, ¿hablamos el {day}?", "¿Alguna novedad, {first}?",
    ],
    "breakup": [
        "No te escribiré más - ¡mucho éxito!", "Último intento: ¿te interesa el tema?",
    ],
    "ack": [
        "¡Entendido, gracias por responder! Mucho éxito.",
    ],
    "sorry": [
        "Disculpa las molestias, ya te he quitado de la lista.", "Entendido, no volveré a escribirte.",
    ],
    "repitch_hook": [
        "¡[Nuevo trimestre, nuevas tarifas|Novedades de {co}]!",
    ],
    "congrats": [
        "¡Enhorabuena por el nuevo puesto, {first}!", "¡Felicidades por tu aniversario laboral!",
        "¡Feliz cumpleaños! {emoji}",
    ],
    "thanks_conn": [
        "¡Gracias por conectar, {first}!", "Encantado de conectar contigo.",
    ],
    "small": [
        "¡Genial, gracias!", "¡Perfecto!", "¡De nada!", "¡Hasta pronto!", "Jaja, es verdad.", "Vale 👍",
        "¡Muchas gracias!",
    ],
    "catchup_open": [
        "¡Hola {first}! Cuánto tiempo, ¿qué tal todo en {oco}?",
    ],
    "catchup_reply": [
        "Todo bien, ¡mucho trabajo!", "Bien, gracias. ¿Y tú?", "¡Estamos contratando mucho!", "Liado, pero bien.",
    ],
    "meet_q": [
        "¿Vas a {event} [la semana que viene|el {day}]?",
    ],
    "meet_a": [
        "¡Sí, estaré desde las {time}!", "Este año no puedo, tenemos una entrega esa semana.",
    ],
    "meet_c": [
        "¡Genial, nos vemos allí!",
    ],
    "note_friendly": [
        "Hola {first}, ¡encantada de conocerte!", "Hola {first}, ¡gracias por la charla!",
        "Hola {first}, ¡sigamos en contacto!", "Hola {first}, ¡nos vemos en {event}!",
    ],
    "seek": [
        "Hola {first}, soy [estudiante|recién graduada|recién graduado] en {uni} y busco [prácticas|mi primer "
        "empleo] en [ingeniería de plataformas|SRE|DevOps]. [¿Tendrías algún consejo para mi candidatura?|¿Puedo "
        "enviarte mi CV?]",
        "Hola {first}, estoy [haciendo mi TFM|estudiando] [sobre {topic}|en {city}]. [¿Tendrías {mins} minutos "
        "para hablar?|¿Puedo hacerte unas preguntas?]",
    ],
    "personal": [
        "{friend} me recomendó escribirte.", "Vi a {oco} en {event} en {city}.",
        "Ya trabajamos con {client} en {city}.", "Estaré en {city} el {day} por si quieres un café.",
    ],
    "proof": [
        "En {client} redujimos los costes un {pct} %.", "{client} y {client2} ya confían en nosotros.",
    ],
    "r_open": [
        "Hola {first}, espero que estés bien.", "Hola {first}, {friend} me pasó tu nombre.",
    ],
    "r_company": [
        "Estoy buscando un/a {jobrole} para una empresa de [logística|comercio electrónico] en {city}.",
        "Mi cliente, [líder|referente] en [transporte|logística], amplía su equipo de plataforma en {city}.",
        "{client} busca su próximo/a {jobrole}.",
    ],
    "r_why": [
        "Tu experiencia en {oco} encaja muy bien.", "Tu trabajo sobre {topic} me llamó la atención.",
    ],
    "r_package": [
        "El salario es de {salary}.", "Híbrido, {n} días en la oficina.",
    ],
    "r_cta": [
        "¿Te interesaría una conversación confidencial?", "¿Hablamos el {day}?", "¿Te envío la descripción?",
    ],
    "detail": [
        "La puesta en marcha lleva {n} semanas, sin cambiar código.",
        "Los datos se quedan en Europa y tenemos [la ISO 27001|auditoría SOC 2].",
        "Pagas [una cuota mensual|solo por resultados], [desde {price} €|sin riesgo].",
        "Ofrecemos un piloto gratuito de {n} semanas.",
    ],
}

PT = {
    "greet": [
        "Olá {first},", "Oi {first},", "Bom dia {first},", "Prezada {first},",
    ],
    "hook": [
        "vi que a {oco} está crescendo bastante.", "obrigado por aceitar a conexão!",
        "gostei muito do seu post sobre {topic}.",
        "escrevo porque trabalhamos com várias empresas de [logística|transporte] na Europa.",
    ],
    "value": [
        "Ajudamos [empresas como a sua|times de plataforma|empresas de logística] a reduzir custos de nuvem em "
        "{pct}% em {days} dias[, sem mudar código|].",
        "A {co} oferece desenvolvedores nearshore [do Brasil|de Portugal] prontos em {days} dias.",
        "Nossa plataforma agenda reuniões qualificadas com decisores para o seu time comercial.",
        "Fazemos testes de invasão com preço fechado e temos uma vaga em {month}.",
        "Nossa solução reduz pela metade os alertas de plantão.",
        "Com a {co}, [empresas de logística|times como o seu] economizam até {pct}% em [nuvem|licenças] [todo "
        "mês|de forma contínua].",
        "[Construímos|Entregamos] [painéis|plataformas de dados] para [frotas|armazéns] em {days} dias.",
    ],
    "cta": [
        "Você teria {mins} minutos {when} para uma conversa rápida?",
        "Podemos marcar uma videochamada na {day} às {time}?", "Posso te enviar uma proposta sem compromisso?",
        "Vamos conversar {when}?",
    ],
    "sign": [
        "Abraço,\n{me}", "Atenciosamente,\n{mefull}\n{co}", "Obrigado,\n{me}",
    ],
    "bump": [
        "Viu minha mensagem, {first}?", "Olá {first}, o que acha?", "Só relembrando {emoji}",
        "Oi {first}, podemos falar na {day}?", "Alguma novidade, {first}?",
    ],
    "breakup": [
        "Não vou mais insistir - sucesso!", "Última tentativa: o tema te interessa?",
    ],
    "ack": [
        "Entendido, obrigado pelo retorno! Sucesso.",
    ],
    "sorry": [
        "Desculpe o incômodo, já removi você da lista.", "Entendido, não vou mais escrever.",
    ],
    "repitch_hook": [
        "[Novo trimestre, novos preços|Novidades da {co}]!",
    ],
    "congrats": [
        "Parabéns pelo novo cargo, {first}!", "Parabéns pelo aniversário de empresa!",
        "Feliz aniversário! {emoji}",
    ],
    "thanks_conn": [
        "Obrigado por conectar, {first}!", "Prazer em conectar!",
    ],
    "small": [
        "Ótimo, obrigado!", "Perfeito!", "Imagina!", "Até logo!", "Haha, verdade.", "Beleza 👍", "Muito obrigado!",
    ],
    "catchup_open": [
        "Oi {first}! Quanto tempo, como vão as coisas na {oco}?",
    ],
    "catchup_reply": [
        "Tudo bem, muito trabalho!", "Bem, obrigado! E você?", "Estamos contratando bastante!",
        "Corrido, mas bem.",
    ],
    "meet_q": [
        "Você vai ao {event} [na próxima semana|na {day}]?",
    ],
    "meet_a": [
        "Sim, estarei lá a partir das {time}!", "Este ano não, temos uma entrega nessa semana.",
    ],
    "meet_c": [
        "Ótimo, nos vemos lá!",
    ],
    "note_friendly": [
        "Olá {first}, foi um prazer te conhecer!", "Oi {first}, obrigado pela palestra!",
        "Olá {first}, vamos manter contato!", "Oi {first}, até o {event}!",
    ],
    "seek": [
        "Olá {first}, sou [estudante|recém-formada|recém-formado] na {uni} e procuro [um estágio|meu primeiro "
        "emprego] em [engenharia de plataforma|SRE|DevOps]. [Teria algum conselho para a minha candidatura?|Posso "
        "te enviar meu currículo?]",
        "Olá {first}, estou [fazendo meu TCC|estudando] [sobre {topic}|em {city}]. [Teria {mins} minutos para "
        "conversar?|Posso te fazer algumas perguntas?]",
    ],
    "personal": [
        "{friend} me recomendou falar com você.", "Vi a {oco} no {event} em {city}.",
        "Já trabalhamos com a {client} em {city}.", "Estarei em {city} na {day}, se quiser um café.",
    ],
    "proof": [
        "Na {client} reduzimos os custos em {pct}%.", "{client} e {client2} já confiam em nós.",
    ],
    "r_open": [
        "Olá {first}, tudo bem?", "Oi {first}, {friend} me passou seu nome.",
    ],
    "r_company": [
        "Estou buscando um(a) {jobrole} para uma empresa de [logística|e-commerce] em {city}.",
        "Meu cliente, [líder|referência] em [transporte|logística], está ampliando o time de plataforma em {city}.",
        "A {client} procura seu próximo {jobrole}.",
    ],
    "r_why": [
        "Sua experiência na {oco} é exatamente o que procuram.", "Seu trabalho sobre {topic} chamou atenção.",
    ],
    "r_package": [
        "O salário é de {salary}.", "Híbrido, {n} dias no escritório.",
    ],
    "r_cta": [
        "Teria interesse numa conversa confidencial?", "Podemos falar na {day}?", "Posso enviar a descrição?",
    ],
    "detail": [
        "A implantação leva {n} semanas, sem mudar código.",
        "Os dados ficam na Europa e somos [certificados ISO 27001|auditados SOC 2].",
        "Você paga [uma mensalidade fixa|só pelos resultados], [a partir de {price} €|sem risco].",
        "Oferecemos um piloto gratuito de {n} semanas.",
    ],
}

OWNER_OTHER = {
    "de": {"decline": ["Danke, aber das ist gerade kein Thema für uns."],
           "optout": ["Bitte entfernen Sie mich aus Ihrem Verteiler.",
                      "Kein Interesse, bitte schreiben Sie mir nicht mehr."],
           "thanks": ["Vielen Dank, {first}!", "Danke dir! {emoji}"]},
    "fr": {"decline": ["Merci, mais ce n'est pas d'actualité pour nous."],
           "optout": ["Merci de me retirer de votre liste.",
                      "Pas intéressée, merci de ne plus me contacter."],
           "thanks": ["Merci beaucoup, {first} !"]},
    "es": {"decline": ["Gracias, pero ahora mismo no nos interesa."],
           "optout": ["Por favor, elimíname de tu lista.", "No me interesa, por favor deja de escribirme."],
           "thanks": ["¡Muchas gracias, {first}!"]},
    "pt": {"decline": ["Obrigada, mas no momento não é prioridade para nós."],
           "optout": ["Por favor, me remova da sua lista.",
                      "Não tenho interesse, pare de me enviar mensagens, por favor."],
           "thanks": ["Muito obrigada, {first}!"]},
}

SPONSORED_SUBJECTS = ["Your exclusive pass to {event}", "20% off {event}", "{first}, your invitation inside",
                      "Last chance: early-bird pricing", "Webinar: {topic} in practice",
                      "Free report: the state of {area}", "Meet us in {city}"]
SPONSORED_PARAS = [
    "Hi %FIRSTNAME%,",
    "Hej %FIRSTNAME%!",
    "Are you ready for <strong>{event}</strong>? As a %INDUSTRY% leader you qualify for an exclusive {pct}&#37; "
    "discount on passes &ndash; only until the end of {month}.",
    "Join <em>{big}</em> peers at <strong>{event}</strong> &amp; hear how teams like yours handle {topic}.",
    "Our free report &ldquo;The State of {area}&rdquo; is out &ndash; {n} lessons from {big} companies.",
    "Register for our live webinar on {day} at {time} CET: <strong>{topic} without the pain</strong>.",
    "We&rsquo;ve reserved a seat for you at %COMPANY%&rsquo;s table.",
    "<a href=\"https://events.example.com/{slugword}\">Claim your pass &raquo;</a>",
    "<a href=\"https://go.example.net/{slugword}?utm_source=inmail\">Download the report</a>",
    "Best,<br>The {event} team",
    "<ul><li>Keynotes from {n} CTOs</li><li>Hands-on workshops</li><li>Networking dinner</li></ul>",
    "Unsubscribe options are in your LinkedIn settings.",
]
INMAIL_SUBJECTS = ["Quick question", "Opportunity at {client}", "{jobrole} - confidential", "Partnership idea",
                   "Re: {area}", "Following up", "{first}, 15 minutes?", "Introduction"]
GROUP_TITLES = ["Spring meetup co-hosts", "Platform guild", "Gothenburg SRE Meetup organisers", "Q3 offsite",
                "Book club", "Conference speakers", "Alumni dinner", "Incident review circle", "", "", ""]

# People, companies, jobs.

REGIONS = [  # (weight, message language weights, first names, last names, legal suffixes)
    (18, {"en": 1}, ["Oliver", "Emma", "James", "Charlotte", "Liam", "Sophie", "Jack", "Olivia", "Harry", "Grace",
                     "Noah", "Amelia", "Ethan", "Isla", "Callum", "Rebecca", "Owen", "Chloe", "Nathan", "Hannah",
                     "Kieran", "Megan", "Connor", "Lucy", "Ryan", "Aoife", "Declan", "Siobhan", "Theo", "Freya"],
     ["Matthews", "Grant", "Doyle", "Harrington", "Price", "Lawson", "Walsh", "Bell", "Thornton", "Blackwood",
      "Fletcher", "Hughes", "Carter", "Bennett", "Murphy", "Kelly", "Brennan", "Sullivan", "Hayes", "Whitaker",
      "Ashdown", "Pemberton", "Collins", "Foster", "Reid", "Shaw", "O'Connor", "Fitzgerald"],
     ["Ltd", "Inc.", "LLC", "Ltd."]),
    (22, {"en": 1}, ["Erik", "Linnea", "Johan", "Freja", "Mikkel", "Ingrid", "Aino", "Kai", "Søren", "Astrid",
                     "Henrik", "Maja", "Oskar", "Sigrid", "Viktor", "Elin", "Magnus", "Karin", "Lars", "Tuomas",
                     "Åsa", "Björn", "Saara", "Jørgen", "Ebba", "Nils", "Sofie", "Mattias"],
     ["Lindgren", "Andersson", "Johansson", "Nilsson", "Berg", "Holm", "Virtanen", "Nørgaard", "Kjærgaard", "Møller",
      "Hansen", "Eriksen", "Sandberg", "Korhonen", "Halvorsen", "Dahl", "Strand", "Åberg", "Sjöberg", "Lindström",
      "Mäkinen", "Østergaard", "Hägg", "Bergström", "Lund"],
     ["AB", "AS", "Oy", "ApS", "A/S"]),
    (10, {"de": 0.55, "en": 0.45}, ["Jonas", "Lena", "Lukas", "Anna", "Felix", "Laura", "Maximilian", "Julia",
                                    "Tobias", "Niklas", "Katharina", "Florian", "Johanna", "Moritz", "Franziska",
                                    "Sebastian", "Miriam", "Jörg", "Jürgen", "Sabine", "Dominik", "Ulrike"],
     ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Hoffmann", "Krüger",
      "Vogel", "Brandt", "Schäfer", "Köhler", "Zimmermann", "Hartmann", "Lange", "Weiß", "Groß", "Böhm"],
     ["GmbH", "AG", "GmbH & Co. KG"]),
    (6, {"fr": 0.6, "en": 0.4}, ["Camille", "Élodie", "Julien", "Léa", "Mathieu", "Chloé", "Antoine", "Manon",
                                 "Hugo", "Inès", "Théo", "Margaux", "Nicolas", "Céline", "Baptiste", "Anaïs", "Rémi",
                                 "Aurélie"],
     ["Morel", "Leclerc", "Lefèvre", "Dubois", "Moreau", "Laurent", "Girard", "Bonnet", "Fontaine", "Rousseau",
      "Mercier", "Béranger", "Chevalier", "Garnier", "Faure", "Roux"],
     ["SAS", "SA", "SARL"]),
    (6, {"es": 0.6, "en": 0.4}, ["Lucía", "Pablo", "Carmen", "Javier", "Marta", "Alejandro", "Elena", "Sergio",
                                 "Paula", "Diego", "Iñigo", "Nerea", "Álvaro", "Irene", "Raúl", "Ainhoa",
                                 "Valentina", "Mateo"],
     ["García", "Martínez", "López", "Sánchez", "Romero", "Navarro", "Torres", "Ruiz", "Salinas", "Etxeberria",
      "Castaño", "Ibáñez", "Ortega", "Vidal", "Moreno", "Herrera", "Peña"],
     ["S.L.", "S.A.", "SAS"]),
    (6, {"pt": 0.6, "en": 0.4}, ["João", "Beatriz", "Tiago", "Inês", "Rafael", "Mariana", "Gonçalo", "Carolina",
                                 "Thiago", "Larissa", "Lucas", "Camila", "Bruno", "Fernanda", "André", "Juliana"],
     ["Ribeiro", "Silva", "Santos", "Oliveira", "Costa", "Ferreira", "Almeida", "Carvalho", "Sousa", "Pereira",
      "Gomes", "Barbosa", "Rocha", "Martins", "Araújo", "Conceição"],
     ["Lda.", "Ltda.", "S.A."]),
    (6, {"en": 1}, ["Sanne", "Joost", "Daan", "Fleur", "Bram", "Lotte", "Pieter", "Femke", "Ruben", "Maartje",
                    "Giulia", "Marco", "Chiara", "Luca", "Francesca", "Matteo", "Alessandra", "Davide"],
     ["Visser", "Bakker", "de Vries", "van Dijk", "Jansen", "Smit", "Mulder", "de Jong", "Bos", "van den Berg",
      "Rossi", "Bianchi", "Gallo", "Ferrari", "Esposito", "Romano", "Colombo", "Ricci"],
     ["B.V.", "S.r.l.", "N.V."]),
    (5, {"en": 1}, ["Łukasz", "Małgorzata", "Piotr", "Agnieszka", "Tomasz", "Katarzyna", "Marek", "Zofia", "Jakub",
                    "Ewa", "Andrei", "Ioana", "Mihai", "Kristiina", "Toomas"],
     ["Wróbel", "Kowalczyk", "Nowak", "Wiśniewski", "Zieliński", "Lewandowski", "Kamiński", "Popescu", "Ionescu",
      "Tamm", "Saar", "Dimitrov", "Petrova"],
     ["sp. z o.o.", "S.R.L.", "OÜ"]),
    (8, {"en": 1}, ["Priya", "Arjun", "Kavya", "Rohan", "Ananya", "Vikram", "Sneha", "Aditya", "Neha", "Rahul",
                    "Chidi", "Ngozi", "Emeka", "Wanjiru", "Kwame", "Amara", "Tendai", "Zanele", "Thabo", "Oluwaseun"],
     ["Iyer", "Sharma", "Patel", "Reddy", "Nair", "Gupta", "Menon", "Rao", "Kulkarni", "Desai", "Nwosu", "Okafor",
      "Kamau", "Mensah", "Adeyemi", "Eze", "Otieno", "Dlamini", "Banda", "Mwangi"],
     ["Pvt Ltd", "Ltd"]),
    (6, {"en": 1}, ["Emre", "Elif", "Mehmet", "Zeynep", "Can", "Ayşe", "Burak", "Selin", "Omar", "Layla", "Yusuf",
                    "Farah", "Tariq", "Nadia", "Karim", "Rania", "Yuki", "Hiroshi", "Haruka", "Kenji", "Wei", "Mei",
                    "Jun", "Min-jun", "Ji-woo", "Sakura"],
     ["Kaya", "Yılmaz", "Çelik", "Demir", "Şahin", "Aydın", "Öztürk", "Haddad", "Khalil", "Mansour", "Nasser",
      "Saleh", "Aziz", "Tanaka", "Ito", "Nakamura", "Sato", "Chen", "Wang", "Li", "Kim", "Park", "Zhang"],
     ["Ltd", "Inc."]),
]
COMPANY_A = ["Brightwell", "Cobalt", "Driftwell", "Ember", "Fernhill", "Glasswing", "Hollowpeak", "Ironleaf", "Juniper",
             "Kestrel", "Larkspire", "Moorvale", "Norrsken", "Oakhaven", "Pinecrest", "Quarrystone", "Rivermint",
             "Saltmarsh", "Thistledown", "Umberlight", "Valewood", "Wrenfield", "Yarrow", "Zephyrine", "Frostvik",
             "Havsdal", "Nettlecraft", "Amberfield", "Blackthorn", "Copperleaf", "Duskway", "Elmstead", "Foxglove",
             "Granitehill", "Heathmoor", "Islebright", "Kelpwater", "Lanternfield", "Mistral", "Northgale",
             "Orchardline", "Peregrine", "Quillon", "Redfern", "Silverbirch", "Tidewater", "Upland", "Vantor",
             "Westerly", "Skerry", "Brackenridge", "Cinderford", "Dovetail", "Fjellhavn", "Gullholm", "Lodestar",
             "Marlowe", "Ninebark", "Otterburn", "Pilgrim Bay", "Rookwood", "Sundvik", "Tarnwell", "Vikstrand"]
COMPANY_B = ["Labs", "Analytics", "Cloud", "Digital", "Partners", "Systems", "Consulting", "Software", "Solutions",
             "Data", "Logistics", "Security", "Talent", "Media", "Studio", "Ventures", "AI", "Health", "Works", "Group",
             "Freight", "Robotics", "Networks", "Capital", "Learning", "Energy", "Recruitment", "Growth", "Ops"]
POSITIONS = {
    "pitch": ["Account Executive", "Senior Account Executive", "Business Development Manager",
              "Business Development Representative", "Sales Development Representative", "Founder", "Co-Founder & CEO",
              "Managing Director", "Partner", "Growth Lead", "Head of Sales", "Sales Director",
              "Key Account Manager", "Head of Partnerships", "Solutions Consultant", "CEO", "Director of Sales, EMEA",
              "Lead Generation Specialist", "Enterprise Account Manager"],
    "recruit": ["Talent Partner", "Technical Recruiter", "Executive Recruiter", "Senior Recruiter",
                "Talent Acquisition Lead", "Headhunter", "Recruitment Consultant", "Principal Consultant"],
    "seek": ["Student", "MSc Student", "Graduate Engineer", "Junior Developer", "Intern", "PhD Candidate"],
    "other": ["Staff Engineer", "Site Reliability Engineer", "Engineering Manager", "Product Manager", "Data Engineer",
              "Platform Engineer", "Software Engineer", "CTO", "VP Engineering", "DevOps Engineer",
              "Security Engineer", "Head of Data", "Solutions Architect", "Product Designer", "Operations Manager",
              "Logistics Coordinator", "Supply Chain Analyst", "Professor", "Consultant", "Senior Software Engineer",
              "Tech Lead", "Principal Engineer", "Head of IT", "Fleet Manager", "Community Manager"],
}
OWNER = {"first": "Mara", "last": "Lindqvist", "slug": "mara-lindqvist-4f09c2", "company": "Fjordvik Freight",
         "headline": "Head of Platform Engineering at Fjordvik Freight"}
OWNER["name"] = OWNER["first"] + " " + OWNER["last"]
OWNER["url"] = "https://www.linkedin.com/in/" + OWNER["slug"]

LANG_BANKS = {"en": EN, "de": DE, "fr": FR, "es": ES, "pt": PT}

# Word-level variation for texts that no script dictates, so that two people's
# messages are not near-duplicates by accident (the audit clusters those).
SYNONYMS = {
    "en": {"quick": ["quick", "short", "brief"], "short": ["short", "quick"], "great": ["great", "lovely", "fantastic"],
           "really": ["really", "truly", "genuinely"], "love": ["love", "like"],
           "amazing": ["amazing", "fantastic", "brilliant", "wonderful"], "anyone": ["anyone", "anybody", "someone"],
           "thanks": ["thanks", "thank you", "many thanks"], "folks": ["folks", "people", "team"],
           "details": ["details", "info", "specifics"], "role": ["role", "position"], "client": ["client", "customer"],
           "clients": ["clients", "customers"], "company": ["company", "business"], "nice": ["nice", "lovely"],
           "big": ["big", "large", "huge"], "very": ["very", "really", "super"], "maybe": ["maybe", "perhaps"],
           "currently": ["currently", "right now", "at the moment"], "totally": ["totally", "completely", "fully"],
           "perfect": ["perfect", "excellent"], "message": ["message", "note"], "keen": ["keen", "eager"],
           "i'm": ["I'm", "I am"], "i'll": ["I'll", "I will"], "i'd": ["I'd", "I would"], "we're": ["we're", "we are"],
           "you're": ["you're", "you are"], "that's": ["that's", "that is"], "don't": ["don't", "do not"],
           "haven't": ["haven't", "have not"], "we've": ["we've", "we have"], "i've": ["I've", "I have"],
           "there's": ["there's", "there is"], "isn't": ["isn't", "is not"], "lots": ["lots", "plenty"],
           "interesting": ["interesting", "exciting"], "hi": ["hi", "hey", "hello"], "hey": ["hey", "hi"],
           "help": ["help", "support"], "kind": ["kind", "thoughtful"], "busy": ["busy", "hectic"]},
    "de": {"kurz": ["kurz", "schnell"], "gerne": ["gerne", "gern"], "super": ["super", "toll", "klasse"],
           "nächste": ["nächste", "kommende"], "vielleicht": ["vielleicht", "eventuell"]},
    "fr": {"rapide": ["rapide", "court"], "super": ["super", "génial"], "merci": ["merci", "merci beaucoup"],
           "beaucoup": ["beaucoup", "énormément"]},
    "es": {"rápida": ["rápida", "breve", "corta"], "genial": ["genial", "estupendo"], "mucho": ["mucho", "bastante"]},
    "pt": {"rápida": ["rápida", "breve"], "ótimo": ["ótimo", "excelente"], "bastante": ["bastante", "muito"]},
}
_PUNCT = ",.!?:;)"


def humanize(text, lang, rng):
    """Swaps some words for synonyms; keeps capitals and punctuation."""
    table = SYNONYMS.get(lang)
    if not table:
        return text
    words = text.split(" ")
    r = rng.random
    for i, word in enumerate(words):
        core = word.rstrip(_PUNCT)
        alternatives = table.get(core.lower())
        if alternatives is None:
            continue
        new = alternatives[int(r() * len(alternatives))]
        if core[:1].isupper():
            new = new[:1].upper() + new[1:]
        words[i] = new + word[len(core):]
    return " ".join(words)


UPDATE_POOL = EN["update_para"] + EN["aside"]
POOLS = {}
for _lang in LANG_BANKS:
    POOLS[_lang] = dict(SLOT_POOLS["any"])
    POOLS[_lang].update(SLOT_POOLS["en"])
    POOLS[_lang].update(SLOT_POOLS.get(_lang, {}))
SLUG_WORDS = ["pass", "spring", "summit", "report-2025", "vip", "early-bird", "webinar", "guide", "benchmark"]

# ====================================================================== templates


def compile_template(text):
    """[a|b] and {slot} into nested lists: str literals, ("c", [alternatives]), ("s", name)."""
    root, stack, buf = [], [], []
    cur = root
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c == "[":
            if buf:
                cur.append("".join(buf))
                buf = []
            alts = [[]]
            stack.append((cur, alts))
            cur = alts[0]
        elif c == "|" and stack:
            if buf:
                cur.append("".join(buf))
                buf = []
            alts = stack[-1][1]
            alts.append([])
            cur = alts[-1]
        elif c == "]" and stack:
            if buf:
                cur.append("".join(buf))
                buf = []
            parent, alts = stack.pop()
            parent.append(("c", alts))
            cur = parent
        elif c == "{":
            j = text.index("}", i)
            if buf:
                cur.append("".join(buf))
                buf = []
            cur.append(("s", text[i + 1:j]))
            i = j
        else:
            buf.append(c)
        i += 1
    if buf:
        cur.append("".join(buf))
    return root


_COMPILED = {}


class Ctx(dict):
    """One message's slot values; lang picks the pools for the rest, rng draws them."""
    __slots__ = ("lang", "rng")

    def __init__(self, lang, rng, **values):
        super().__init__(values)
        self.lang, self.rng = lang, rng


def _expand(nodes, ctx, out):
    rng_random = ctx.rng.random
    for node in nodes:
        if node.__class__ is str:
            out.append(node)
        elif node[0] == "c":
            alts = node[1]
            _expand(alts[int(rng_random() * len(alts))], ctx, out)
        else:
            name = node[1]
            value = ctx.get(name)
            if value is None:
                pool = POOLS[ctx.lang].get(name)
                if pool is not None:
                    value = pool[int(rng_random() * len(pool))]
                else:
                    value = GENERATED[name](ctx)
            out.append(value)


def fill(template, ctx):
    nodes = _COMPILED.get(template)
    if nodes is None:
        nodes = _COMPILED[template] = compile_template(template)
    out = []
    _expand(nodes, ctx, out)
    return "".join(out)


def choose(rng, seq):
    return seq[int(rng.random() * len(seq))]


def say(ctx, key):
    if key == "value" and "offer" in ctx:                 # a seller keeps to what they sell
        return fill(ctx["offer"], ctx).strip()
    bank = LANG_BANKS[ctx.lang].get(key)
    if bank is not None:
        return fill(choose(ctx.rng, bank), ctx).strip()
    lang, ctx.lang = ctx.lang, "en"             # English words, English weekdays
    try:
        return fill(choose(ctx.rng, EN[key]), ctx).strip()
    finally:
        ctx.lang = lang


def owner_say(ctx, key, their_lang):
    other = OWNER_OTHER.get(their_lang, {}).get(key)
    if other and ctx.rng.random() < 0.3:
        return fill(choose(ctx.rng, other), ctx)
    if key in OWNER_EN:
        return fill(choose(ctx.rng, OWNER_EN[key]), ctx)
    return fill(choose(ctx.rng, EN[key]), ctx)


def _slug_word(ctx):
    return choose(ctx.rng, SLUG_WORDS)


def _calurl(ctx):
    return "https://cal.example.com/%s-%d" % (choose(ctx.rng, ["meet", "book", "intro", "demo"]),
                                             ctx.rng.randrange(100, 999))


def _docurl(ctx):
    return "https://docs.example.net/d/%08x" % ctx.rng.getrandbits(32)


def _blogurl(ctx):
    return "https://blog.example.org/%s/%d" % (choose(ctx.rng, ["posts", "notes", "2025", "engineering"]),
                                               ctx.rng.randrange(1000, 99999))


def _phone(ctx):
    r = ctx.rng
    return "+%d %d %03d %02d %02d" % (choose(r, [46, 47, 45, 49, 44, 33, 34, 351, 31]), r.randrange(10, 99),
                                      r.randrange(1000), r.randrange(100), r.randrange(100))


def _client(ctx):
    return choose(ctx.rng, CLIENTS)


def _friend(ctx):
    region = choose(ctx.rng, REGIONS)
    return choose(ctx.rng, region[2]) + " " + choose(ctx.rng, region[3])


def _aside(ctx):
    return say(ctx, "aside")


GENERATED = {"aside": _aside, "calurl": _calurl, "docurl": _docurl, "blogurl": _blogurl, "phone": _phone,
             "client": _client, "client2": _client, "client3": _client, "friend": _friend, "slugword": _slug_word}
CLIENTS = ["%s %s" % (a, b) for a in COMPANY_A[::3] for b in ("Freight", "Logistics", "Retail", "Shipping")]


def capitalize(text):
    return text[:1].upper() + text[1:] if text[:1].islower() else text


def compose_pitch(ctx, hook_key="hook", greet=True):
    """A cold pitch: greeting, hook, value, perhaps proof, bullets, call to action, P.S. and signature."""
    r = ctx.rng.random
    en = ctx.lang == "en"
    bank = LANG_BANKS[ctx.lang]
    body = []
    if hook_key == "repitch_hook" or r() < 0.85:
        body.append(say(ctx, hook_key))
    extras = [key for key, p in (("personal", 0.5), ("detail", 0.75), ("proof", 0.6)) if key in bank and r() < p]
    if len(extras) < 2:                         # enough of the writer's own words to tell them apart
        extras = [key for key in ("personal", "detail", "proof") if key in bank]
    if "personal" in extras:
        body.append(say(ctx, "personal"))
    body.append(say(ctx, "value"))
    body += [say(ctx, key) for key in extras if key != "personal"]
    multi = r() < 0.55
    paragraphs = [" ".join(body)]
    if en and r() < 0.25:
        bullets = [fill(b, ctx) for b in ctx.rng.sample(EN["bullet"], ctx.rng.randrange(3, 7))]
        paragraphs.append(say(ctx, "bullet_intro") + "\n" + "\n".join("• " + b for b in bullets))
        multi = True
    if r() < 0.93:
        paragraphs.append(say(ctx, "cta"))
    if en and r() < 0.2:
        paragraphs.append(say(ctx, "ps"))
    text = ("\n\n" if multi else " ").join(paragraphs)
    if greet and r() < 0.9:
        sep = "\n\n" if multi or r() < 0.3 else " "
        text = say(ctx, "greet") + sep + (text if sep == " " else capitalize(text))
    elif greet:
        text = capitalize(text)
    if r() < 0.65:
        text += "\n\n" + say(ctx, "sign")
    return text


NOTE_BANKS = {"friendly": "note_friendly", "owner": "note_owner", "recruit": "note_recruit", "seek": "note_seek"}


def compose_note(ctx, kind):
    """An invitation note: plain text, one paragraph, at most 300 characters."""
    rng = ctx.rng
    for _ in range(6):
        if kind in ("pitch", "script"):
            parts = [say(ctx, "greet"), say(ctx, "personal" if rng.random() < 0.5 else "hook")]
            parts.append(say(ctx, "value"))
            parts.append(fill(choose(rng, EN["pitch_note_cta"]), ctx) if ctx.lang == "en" else say(ctx, "cta"))
            text = " ".join(parts)
        else:
            text = say(ctx, NOTE_BANKS[kind])
        text = capitalize(text.replace("\n", " "))
        if len(text) <= 300:
            return text
    return text[:text.rfind(" ", 0, 296)] + "..."


def compose_update(ctx):
    """A long catch-up letter, in English: seven to forty sentences of news in paragraphs."""
    lang, ctx.lang = ctx.lang, "en"
    try:
        return _compose_update(ctx)
    finally:
        ctx.lang = lang


def _compose_update(ctx):
    rng = ctx.rng
    pool = UPDATE_POOL
    sentences = [fill(x, ctx) for x in rng.sample(pool, min(len(pool), 7 + int(rng.expovariate(1 / 12))))]
    paras = []
    while sentences:
        n = rng.randrange(1, 5)
        paras.append(" ".join(sentences[:n]))
        del sentences[:n]
    opener = fill(choose(rng, ["Hey {first}!", "Hi {first},", "{first}!", "Hi!", "Dear {first},", "Hej {first}!",
                               "Hi {first}, long message incoming 😅", "Hello from {city}!"]), ctx)
    closer = fill(choose(rng, ["Talk soon,\n{me}", "Hugs to the family!", "Anyway, enough from me. How are you?",
                               "Let me know when you're around.", "{me}", "Write back when you can!",
                               "Big hug,\n{me}", "Sorry for the essay 🙈"]), ctx)
    return opener + "\n\n" + "\n\n".join(paras) + "\n\n" + closer


def compose_parts(ctx, recipe, sep=" "):
    """One sentence from each bank of the recipe that its probability lets in."""
    r = ctx.rng.random
    bank = LANG_BANKS[ctx.lang]
    return sep.join(say(ctx, key) for key, p in recipe if (p >= 1 or r() < p) and key in bank)


def compose_bump(ctx):
    rng = ctx.rng
    middle = rng.sample(("personal", "proof", "detail", "value"), rng.randrange(2, 4))
    return compose_parts(ctx, (("bump_open", 1),) + tuple((key, 1) for key in middle) + (("biz_aside", 0.3),
                                                                                        ("cta", 1)))


def compose_recruit(ctx):
    sep = "\n\n" if ctx.rng.random() < 0.4 else " "
    return compose_parts(ctx, (("r_open", 1), ("personal", 0.4), ("r_company", 1), ("r_role", 0.8), ("r_detail", 0.6),
                               ("r_detail", 0.3), ("r_why", 0.8), ("r_package", 0.7), ("r_cta", 1),
                               ("sign", 0.5)), sep)


# ====================================================================== people


def mix24(i):
    return (i * 0x9E3779B1 + 0x7F4A7C15) & 0xFFFFFF


def mix32(i):
    return ((i * 0x2545F491) ^ 0x5BD1E995) & 0xFFFFFFFF


FOLD = str.maketrans({"ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "ß": "ss", "æ": "ae", "Æ": "Ae", "ı": "i",
                      "đ": "d", "'": "", " ": "-"})


def ascii_fold(text):
    text = unicodedata.normalize("NFKD", text.translate(FOLD))
    return "".join(c for c in text if not unicodedata.combining(c))


class Person:
    __slots__ = ("index", "first", "last", "name", "slug", "url", "url_encoded", "company", "position", "lang",
                 "accepted", "direction", "sent", "note", "persona", "family", "email")

    def __init__(self, index, rng, companies, persona="other"):
        self.index = index
        region = REGIONS[bisect.bisect(REGION_CUM, rng.random() * REGION_CUM[-1])]
        self.first = choose(rng, region[2])
        last_region = region if rng.random() < 0.93 else choose(rng, REGIONS)
        self.last = choose(rng, last_region[3])
        self.name = self.first + " " + self.last
        r = rng.random()
        lang = "en"
        for code, weight in region[1].items():
            if r < weight:
                lang = code
                break
            r -= weight
        self.lang = lang
        first, last = self.first.lower().translate(FOLD), self.last.lower().translate(FOLD)
        if (self.first + self.last).isascii() or rng.random() < 0.5:   # else a slug that keeps its accents
            first, last = ascii_fold(first), ascii_fold(last)
        r = rng.random()
        if r < 0.62:
            slug = "%s-%s-%06x" % (first, last, mix24(index))
        elif r < 0.82:
            slug = "%s-%s-%08x" % (first, last, mix32(index))
        elif r < 0.92:
            slug = "%s%s-%06x" % (first, last, mix24(index))
        else:
            slug = "%s%s-%06x" % (first[0], last, mix24(index))
        self.slug = slug
        self.url = "https://www.linkedin.com/in/" + slug
        self.url_encoded = "https://www.linkedin.com/in/" + urllib.parse.quote(slug, safe="-")
        self.persona = persona
        self.position = choose(rng, POSITIONS.get(persona, POSITIONS["other"]))
        self.company = choose(rng, companies)
        self.email = ""
        self.accepted = self.sent = 0
        self.direction = self.note = self.family = None


def make_companies(rng, count):
    out = []
    for _ in range(count):
        region = REGIONS[bisect.bisect(REGION_CUM, rng.random() * REGION_CUM[-1])]
        r = rng.random()
        if r < 0.025:
            a, b = choose(rng, region[3]), choose(rng, region[3])
            out.append(choose(rng, ["%s, %s & Partners", "%s, %s & Co.", "%s, %s y Asociados S.L.",
                                    "%s, %s et Associés", "%s, %s Advokatbyrå"]) % (a, b))
            continue
        name = choose(rng, COMPANY_A) + " " + choose(rng, COMPANY_B)
        if r < 0.35:
            name += " " + choose(rng, region[4])
        out.append(name)
    return out


REGION_CUM = []
for _region in REGIONS:
    REGION_CUM.append((REGION_CUM[-1] if REGION_CUM else 0) + _region[0])

# What a connection does in the owner's inbox, by when they connected (the last five years, or before).
PERSONAS = ("silent", "pitch", "recruit", "note_only", "thanks", "congrats", "seek", "friend")
PERSONA_RECENT = tuple(zip(PERSONAS, (0.33, 0.32, 0.06, 0.06, 0.04, 0.04, 0.03, 0.12)))
PERSONA_OLD = tuple(zip(PERSONAS, (0.40, 0.14, 0.10, 0.03, 0.03, 0.08, 0.03, 0.19)))
NOTE_P = {"pitch": 0.5, "recruit": 0.45, "seek": 0.65, "note_only": 1.0, "friend": 0.25, "congrats": 0.1,
          "thanks": 0.08, "silent": 0.1}
INCOMING_P = {"pitch": 0.88, "recruit": 0.92, "seek": 0.95, "note_only": 0.7, "friend": 0.5, "congrats": 0.6,
              "thanks": 0.85, "silent": 0.7}


class Family:
    """One script: the same texts sent by many people, their names, companies and numbers swapped."""
    __slots__ = ("index", "lang", "offer", "greets", "pitch", "note", "bumps", "breakup", "fast", "interval",
                 "weight")

    def __init__(self, index, rng):
        self.index = index
        self.lang = "en" if rng.random() < 0.8 else choose(rng, ["de", "fr", "es", "pt"])
        ctx = Ctx(self.lang, rng, **{k: "{%s}" % k for k in ("first", "me", "mefull", "co", "oco", "role", "pct",
                                                             "mins", "n", "day", "time", "when", "month", "calurl",
                                                             "phone", "days")})
        self.offer = ctx["offer"] = choose(rng, LANG_BANKS[self.lang]["value"])
        greets = LANG_BANKS[self.lang]["greet"]
        self.greets = [choose(rng, greets) for _ in range(3)]
        self.pitch = compose_pitch(ctx, greet=False)
        self.note = compose_note(ctx, "script") if rng.random() < 0.45 else None
        if self.lang == "en":
            self.bumps = [compose_bump(ctx) for _ in range(rng.randrange(2, 4))]
        else:
            self.bumps = [say(ctx, "bump") + " " + say(ctx, "cta") for _ in range(rng.randrange(2, 4))]
        self.breakup = say(ctx, "breakup")
        self.fast = rng.random() < 0.7
        self.interval = rng.randrange(2, 6) * DAY
        self.weight = 1.0 / (index + 1) ** 0.5


# ====================================================================== time


class Clock:
    """Formats instants (integer seconds since the epoch, UTC) the way the files write them."""

    def __init__(self):
        self.days = {}

    def utc(self, t):
        d, s = divmod(t, DAY)
        prefix = self.days.get(d)
        if prefix is None:
            prefix = self.days[d] = (datetime.date(1970, 1, 1) + datetime.timedelta(days=d)).strftime("%Y-%m-%d ")
        return "%s%02d:%02d:%02d UTC" % (prefix, s // 3600, s // 60 % 60, s % 60)


def as_datetime(t):
    return datetime.datetime.fromtimestamp(t, UTC)


def daytime(rng, t):
    """Moves an instant scheduled days ahead into working hours (06–19 UTC)."""
    d, s = divmod(t, DAY)
    if s < 6 * HOUR:
        return d * DAY + 6 * HOUR + rng.randrange(5 * HOUR)
    if s > 19 * HOUR:
        return (d + 1) * DAY + 6 * HOUR + rng.randrange(5 * HOUR)
    return t


def reply_delay(rng):
    return int(min(5 * DAY, max(20, rng.lognormvariate(math.log(40 * MINUTE), 1.6))))


def days(rng, lo, hi):
    return int(rng.uniform(lo, hi) * DAY)


# ====================================================================== threads
#
# A plan is the timeline of one conversation: (instant, who, kind, argument), who being
# "c" (the contact), "o" (the owner) or, in a group, the index of a member. Plans use only
# the conversation's own random stream, so a conversation can be planned again, for its
# place in the file, before it is written.

BUMPS = (0.28, 0.24, 0.20, 0.13, 0.09, 0.06)      # 0–5 follow-ups after a pitch
RESPONSES = (("none", 0.5), ("decline", 0.18), ("optout", 0.14), ("interest", 0.18))


def weighted(rng, pairs):
    r = rng.random()
    for value, weight in pairs:
        if r < weight:
            return value
        r -= weight
    return pairs[-1][0]


def draw_bumps(rng):
    r = rng.random()
    for k, w in enumerate(BUMPS):
        if r < w:
            return k
        r -= w
    return len(BUMPS) - 1


def first_contact_delay(rng, fam):
    """How long after the acceptance a seller writes the first pitch."""
    if fam is not None:
        if fam.fast:
            return rng.randrange(2 * MINUTE, 25 * MINUTE)
        return days(rng, 0.7, 3.5)
    r = rng.random()
    if r < 0.38:
        return int(min(58 * MINUTE, max(40, rng.lognormvariate(math.log(9 * MINUTE), 0.8))))
    if r < 0.52:
        return rng.randrange(HOUR, 10 * HOUR)
    if r < 0.85:
        return days(rng, 1, 25)
    return days(rng, 30, 400)


def plan_followups(rng, ev, t, fam, first_bump=1):
    """A pitch's follow-ups and the owner's answer, if any; returns the last instant."""
    k = draw_bumps(rng) if fam is None else min(len(fam.bumps) + 1, draw_bumps(rng) + 1)
    response = weighted(rng, RESPONSES)
    answer_after = rng.randrange(k + 1) if response != "none" else k
    interval = fam.interval if fam is not None else 0
    for b in range(first_bump, first_bump + answer_after):
        gap = interval + rng.randrange(-6 * HOUR, 6 * HOUR) if fam is not None else days(rng, 2, 9)
        t = daytime(rng, t + gap)
        last = b == first_bump + answer_after - 1 and b >= 2 and response == "none" and rng.random() < 0.4
        ev.append((t, "c", "breakup" if last else "bump", b))
    if response == "none":
        return t
    t += reply_delay(rng) * rng.randrange(1, 4)
    ev.append((t, "o", response, 0))
    if response == "decline":
        if rng.random() < 0.6:
            t += reply_delay(rng)
            ev.append((t, "c", "ack", 0))
        if rng.random() < 0.25:
            t = daytime(rng, t + days(rng, 60, 300))
            ev.append((t, "c", "repitch", 0))
            for b in range(rng.randrange(3)):
                t = daytime(rng, t + days(rng, 3, 10))
                ev.append((t, "c", "bump", b + 1))
    elif response == "optout":
        if rng.random() < 0.45:                       # ignored: another pitch later
            t = daytime(rng, t + days(rng, 5, 120))
            ev.append((t, "c", "repitch", 0))
            for b in range(rng.randrange(4)):
                t = daytime(rng, t + days(rng, 3, 10))
                ev.append((t, "c", "bump", b + 1))
            if rng.random() < 0.3:
                t += reply_delay(rng)
                ev.append((t, "o", "optout2", 0))
        elif rng.random() < 0.55:
            t += reply_delay(rng)
            ev.append((t, "c", "sorry", 0))
    else:                                             # interest: a negotiation
        for m in range(rng.randrange(2, 11)):
            t += reply_delay(rng) * rng.randrange(1, 6)
            ev.append((t, "c" if m % 2 == 0 else "o", "nego_c" if m % 2 == 0 else "nego_o", 0))
        if rng.random() < 0.2:
            for b in range(rng.randrange(1, 3)):
                t = daytime(rng, t + days(rng, 4, 12))
                ev.append((t, "c", "bump", b + 1))
    return t


def plan_pitch(rng, p, fam):
    ev = []
    t = p.accepted
    if p.note:
        ev.append((t, "o" if p.note == "owner" else "c", "note", 0))
    if fam is None and p.note != "pitch" and rng.random() < 0.18:   # warm-up first, the pitch later
        t = daytime(rng, t + rng.randrange(2 * HOUR, 6 * DAY))
        ev.append((t, "c", "warm", 0))
        if rng.random() < 0.5:
            t += reply_delay(rng)
            ev.append((t, "o", "warm_r", 0))
        t = daytime(rng, t + days(rng, 2, 30))
    else:
        delay = first_contact_delay(rng, fam)
        t = t + delay if delay < 6 * HOUR else daytime(rng, t + delay)
    if p.note in ("pitch", "script") and rng.random() < 0.3:
        plan_followups(rng, ev, p.accepted, fam)       # the note was the pitch
    else:
        ev.append((t, "c", "pitch", 0))
        plan_followups(rng, ev, t, fam)
    return ev


def plan_recruit(rng, p):
    ev = []
    t = p.accepted
    if p.note:
        ev.append((t, "o" if p.note == "owner" else "c", "note", 0))
    rounds = 1 + (rng.random() < 0.3)
    for _ in range(rounds):
        if not (p.note == "recruit" and not ev[1:] and rng.random() < 0.3):
            r = rng.random()
            t += rng.randrange(5 * MINUTE, 3 * HOUR) if r < 0.2 else days(rng, 1, 60) if r < 0.8 else \
                days(rng, 60, 700)
            t = daytime(rng, t)
            ev.append((t, "c", "recruit", 0))
        for b in range(rng.randrange(3)):
            t = daytime(rng, t + days(rng, 3, 10))
            ev.append((t, "c", "rbump", b + 1))
        response = weighted(rng, (("none", 0.45), ("notlooking", 0.35), ("rinterest", 0.2)))
        if response != "none":
            t += reply_delay(rng) * rng.randrange(1, 5)
            ev.append((t, "o", response, 0))
            if response == "notlooking" and rng.random() < 0.6:
                t += reply_delay(rng)
                ev.append((t, "c", "rkeep", 0))
            elif response == "rinterest":
                for m in range(rng.randrange(1, 5)):
                    t += reply_delay(rng) * rng.randrange(1, 4)
                    ev.append((t, "c" if m % 2 == 0 else "o", "rdetails" if m % 2 == 0 else "r_reply", 0))
        t += days(rng, 200, 900)
    return ev


def plan_seek(rng, p):
    ev = []
    t = p.accepted
    if p.note:
        ev.append((t, "o" if p.note == "owner" else "c", "note", 0))
    if p.note != "seek" or rng.random() < 0.5:
        t = daytime(rng, t + rng.randrange(10 * MINUTE, 4 * DAY))
        ev.append((t, "c", "seek", 0))
    if rng.random() < 0.7:
        t += reply_delay(rng) * rng.randrange(1, 8)
        ev.append((t, "o", "seek_help", 0))
        t += reply_delay(rng)
        ev.append((t, "c", "seek_thx", 0))
        for m in range(rng.randrange(0, 4)):
            t += reply_delay(rng)
            ev.append((t, "o" if m % 2 == 0 else "c", "small", 0))
    elif rng.random() < 0.4:
        t = daytime(rng, t + days(rng, 4, 14))
        ev.append((t, "c", "seek_bump", 0))
    return ev


def plan_short(rng, p, persona, end):
    ev = []
    t = p.accepted
    if p.note:
        ev.append((t, "o" if p.note == "owner" else "c", "note", 0))
        if persona == "note_only" and rng.random() < (0.5 if p.note == "owner" else 0.4):
            ev.append((t + reply_delay(rng), "c" if p.note == "owner" else "o", "note_r", 0))
    if persona == "thanks":
        t += int(max(30, rng.lognormvariate(math.log(3 * HOUR), 1.5)))
        ev.append((t, "c", "thanks_conn", 0))
        if rng.random() < 0.5:
            ev.append((t + reply_delay(rng), "o", "note_r", 0))
    elif persona == "congrats":
        years = max(1, (end - p.accepted) // (365 * DAY))
        for y in range(1, years + 1):
            if rng.random() < 0.35 or (y == years and len(ev) < 2):
                t = daytime(rng, p.accepted + y * 365 * DAY + rng.randrange(10 * DAY))
                ev.append((t, "c", "congrats", 0))
                if rng.random() < 0.6:
                    t += reply_delay(rng)
                    ev.append((t, "o", "thanks", 0))
                    if rng.random() < 0.15:
                        ev.append((t + reply_delay(rng), "c", "small", 0))
    return ev


EPISODES = (  # (weight, steps): x starts, y answers; "?" marks a step that may not come
    (3, (("x", "catchup_open"), ("y", "catchup_reply"), ("x", "update"), ("?y", "small"), ("?x", "lunch_q"))),
    (3, (("x", "meet_q"), ("y", "meet_a"), ("x", "meet_c"), ("?y", "small"))),
    (3, (("x", "help_q"), ("y", "help_a"), ("x", "thanks_a"), ("?y", "small"))),
    (2, (("x", "share"), ("?y", "share_r"))),
    (1, (("x", "reco_q"), ("y", "reco_a"), ("y", "reco_done"), ("x", "reco_thx"))),
    (1, (("x", "speak_q"), ("y", "speak_a"), ("x", "speak_logi"), ("x", "speak_logi"), ("?y", "small"),
         ("?x", "speak_logi"), ("?y", "small"))),
    (2, (("x", "lunch_q"), ("y", "lunch_a"), ("x", "lunch_c"), ("?y", "small"))),
    (2, (("x", "congrats"), ("y", "thanks"), ("?x", "small"))),
    (4, (("x", "small"), ("y", "small"), ("?x", "small"), ("?y", "small"), ("?x", "small"), ("?y", "small"))),
    (18, (("x", "update"), ("?y", "update"), ("?x", "small"))),
)
EPISODE_CUM = []
for _w, _steps in EPISODES:
    EPISODE_CUM.append((EPISODE_CUM[-1] if EPISODE_CUM else 0) + _w)


def plan_friend(rng, p, count, end):
    ev = []
    if p.note:
        ev.append((p.accepted, "o" if p.note == "owner" else "c", "note", 0))
        count -= 1
    steps = []
    while count > 0:
        episode = EPISODES[bisect.bisect(EPISODE_CUM, rng.random() * EPISODE_CUM[-1])][1]
        starter = "c" if rng.random() < 0.55 else "o"
        other = "o" if starter == "c" else "c"
        chosen = []
        for who, key in episode:
            if who[0] == "?":
                if rng.random() < 0.5:
                    break
                who = who[1:]
            chosen.append((starter if who == "x" else other, key))
        chosen = chosen[:count]
        steps.append(chosen)
        count -= len(chosen)
    lo, hi = p.accepted + HOUR, max(p.accepted + 2 * HOUR, end - DAY)
    starts = sorted(rng.randrange(lo, hi) for _ in steps)
    for start, chosen in zip(starts, steps):
        t = daytime(rng, start)
        times = []
        for _ in chosen:
            times.append(t)
            t += reply_delay(rng)
        fit(times, lo, end - MINUTE)
        ev.extend((t, who, key, 0) for t, (who, key) in zip(times, chosen))
    return ev


def plan_group(rng, members, count, start, end):
    ev = []
    speakers = list(range(len(members))) + ["o"]
    t = daytime(rng, rng.randrange(start, end - DAY))
    ev.append((t, choose(rng, speakers), "group_open", 0))
    while len(ev) < count:
        if rng.random() < 0.15:                                    # a new round of planning
            t = daytime(rng, t + days(rng, 2, 60))
            ev.append((t, choose(rng, speakers), "group_open", 0))
            continue
        t += int(min(2 * DAY, max(15, rng.lognormvariate(math.log(12 * MINUTE), 1.4))))
        ev.append((t, choose(rng, speakers), "group_msg" if rng.random() < 0.7 else "small", 0))
    return before(ev, end, rng)


def plan_inmail(rng, count, start, end):
    t = daytime(rng, rng.randrange(start, end - HOUR))
    ev = [(t, "c", "inmail", 0)]
    while len(ev) < count:
        if rng.random() < 0.4:
            t += reply_delay(rng) * rng.randrange(1, 6)
            ev.append((t, "o", "decline", 0))
        else:
            t = daytime(rng, t + days(rng, 2, 9))
            ev.append((t, "c", "bump", len(ev)))
    return before(ev, end, rng)


def fit(times, lo, hi):
    """Moves ascending instants back, or squeezes them, so that they end by hi and start at lo or later."""
    over = times[-1] - hi
    if over <= 0:
        return
    shift = min(over, max(0, times[0] - lo))
    for i in range(len(times)):
        times[i] -= shift
    if times[-1] > hi:
        span, base = max(1, times[-1] - times[0]), times[0]
        for i in range(len(times)):
            times[i] = lo + (times[i] - base) * max(0, hi - lo) // span


def before(ev, end, rng=None):
    """Moves a timeline of fixed length back so that it ends before the export was made (and, given rng,
    some random days before it, so that such conversations do not all end at the same moment)."""
    over = max(e[0] for e in ev) - (end - MINUTE) if ev else 0
    if over <= 0:
        return ev
    if rng is not None:
        over += rng.randrange(90 * DAY)
    return [(e[0] - over,) + e[1:] for e in ev]


def clip(ev, end):
    """Drops what would come after the export was made."""
    return [e for e in ev if e[0] < end]


# ====================================================================== the network


class Export:
    """Everything decided before a row is written: people, scripts and one spec per conversation."""

    def __init__(self, args):
        self.seed = args.seed
        self.shape = args.shape
        self.end = int(EXPORT_AT[args.shape].timestamp())
        rng = random.Random("%d/people" % args.seed)
        n = args.connections
        self.companies = make_companies(rng, max(60, n // 6))
        self.families = [Family(k, random.Random("%d/family/%d" % (args.seed, k)))
                         for k in range(max(1, round(n / 500)))]
        family_cum = []
        for f in self.families:
            family_cum.append((family_cum[-1] if family_cum else 0) + f.weight)
        start = self.end - YEARS * 365 * DAY
        recent_from = self.end - 5 * 365 * DAY
        window = self.end - INVITATION_WINDOW
        self.people = []
        for i in range(n):
            accepted = start + int((self.end - start - 2 * HOUR) * math.sqrt(rng.random()))
            d, s = divmod(accepted, DAY)
            if s < 5 * HOUR or s > 22 * HOUR:                  # the owner accepts while awake
                accepted = d * DAY + 5 * HOUR + rng.randrange(16 * HOUR)
                accepted = min(accepted, self.end - 2 * HOUR)
            persona = weighted(rng, PERSONA_RECENT if accepted >= recent_from else PERSONA_OLD)
            p = Person(i, rng, self.companies, persona)
            p.accepted = accepted
            if persona == "friend" and rng.random() < 0.08:
                p.company = OWNER["company"]
            fam = None
            if persona == "pitch" and rng.random() < 0.32:
                fam = self.families[bisect.bisect(family_cum, rng.random() * family_cum[-1])]
                p.family = fam.index
                p.lang = fam.lang
            p.direction = "INCOMING" if rng.random() < INCOMING_P[persona] else "OUTGOING"
            in_window = accepted >= window
            if rng.random() < NOTE_P[persona] * (1.0 if in_window else 0.8):
                if p.direction == "OUTGOING":
                    p.note = "owner" if rng.random() < 0.6 or persona == "note_only" else None
                elif persona == "pitch":
                    p.note = ("script" if fam is not None and fam.note and rng.random() < 0.8 else
                              None if fam is not None else "pitch" if rng.random() < 0.7 else "friendly")
                elif persona == "recruit":
                    p.note = "recruit" if rng.random() < 0.8 else "friendly"
                elif persona == "seek":
                    p.note = "seek"
                else:
                    p.note = "friendly"
            if persona == "note_only" and p.note is None:
                p.persona = "thanks"
            if persona == "silent" and p.note is not None:
                p.persona = "note_only"
            if in_window:
                delay = int(min(45 * DAY, max(3 * MINUTE, rng.lognormvariate(math.log(20 * HOUR), 1.5))))
                sent = (accepted - delay) // MINUTE * MINUTE
                if sent >= window:
                    p.sent = sent
            if rng.random() < 0.025:
                p.email = "%s.%s@example.%s" % (ascii_fold(p.first.lower()), ascii_fold(p.last.lower()),
                                                choose(rng, ["com", "org", "net"]))
            self.people.append(p)
        self.hidden = [start + int((self.end - start) * math.sqrt(rng.random())) for _ in range(max(1, n // 150))]
        self.pending = []                                      # (person outside the network, direction, sent)
        for k in range(max(1, n // 40) + n // 150):
            p = Person(1000000 + k, rng, self.companies, choose(rng, ["pitch", "pitch", "recruit", "other"]))
            incoming = k < max(1, n // 40)
            kind = None
            if incoming and rng.random() < 0.6:
                kind = weighted(rng, (("pitch", 0.6), ("friendly", 0.25), ("recruit", 0.15)))
            elif not incoming and rng.random() < 0.15:
                kind = "owner"
            p.note = kind
            sent = (window + rng.randrange(INVITATION_WINDOW - HOUR)) // MINUTE * MINUTE
            self.pending.append((p, "INCOMING" if incoming else "OUTGOING", sent))
        self.plan_conversations(args, rng)

    # ------------------------------------------------------------------ conversations

    def conv_rng(self, kind, ref):
        return random.Random("%d/%s/%d" % (self.seed, kind, ref))

    def plan(self, spec):
        """(random stream, timeline) of one conversation; the stream goes on to write its texts."""
        kind, ref, count, draft = spec
        rng = self.conv_rng(kind, ref)
        end = self.end
        if kind == "p":
            p = self.people[ref]
            fam = self.families[p.family] if p.family is not None else None
            persona = p.persona
            if persona == "pitch":
                ev = plan_pitch(rng, p, fam)
            elif persona == "recruit":
                ev = plan_recruit(rng, p)
            elif persona == "seek":
                ev = plan_seek(rng, p)
            else:
                ev = plan_short(rng, p, persona, end)
        elif kind == "f":
            ev = plan_friend(rng, self.people[ref], count, end)
        elif kind == "g":
            ev = plan_group(rng, self.groups[ref], count, end - 6 * 365 * DAY, end)
        elif kind == "i":
            ev = plan_inmail(rng, count, end - 8 * 365 * DAY, end)
        elif kind == "s":
            ev = [(daytime(rng, rng.randrange(end - 7 * 365 * DAY, end - DAY)), "c", "sponsored", 0)]
        else:                                                  # a conversation that is only a draft
            ev = [(rng.randrange(end - 60 * DAY, end - HOUR), "o", "draft", 0)]
        ev.sort(key=lambda e: e[0])
        for i in range(1, len(ev)):                            # one message a second at most
            if ev[i][0] <= ev[i - 1][0]:
                ev[i] = (ev[i - 1][0] + 1,) + ev[i][1:]
        ev = clip(ev, end) if kind == "p" else before(ev, end)
        if draft and ev:
            t = ev[-1][0] + rng.randrange(HOUR, 3 * DAY)
            if t < end:
                ev.append((t, "o", "draft", 0))
        return rng, ev

    def plan_conversations(self, args, rng):
        n_messages = args.messages
        specs = []
        for p in self.people:
            if p.persona == "friend":
                specs.append(["f", p.index, 1, False])
            elif p.persona != "silent":
                specs.append(["p", p.index, 0, False])
        for spec in specs:
            if spec[0] == "p":
                spec[2] = len(self.plan(spec)[1])
        # Conversations outside the network: groups, InMail, sponsored.
        self.groups = []
        friends = [p for p in self.people if p.persona == "friend"] or self.people
        extra = []
        budget = round(n_messages * 0.06) if len(self.people) >= 2 else 0
        while budget > 0:
            members = rng.sample(friends, min(len(friends), rng.randrange(2, 8)))
            if rng.random() < 0.3 and self.pending:           # someone from outside the network
                members.append(choose(rng, self.pending)[0])
            count = min(budget, int(3 + min(400.0, rng.paretovariate(1.3) * 4)))
            extra.append(["g", len(self.groups), count, False])
            self.groups.append(members)
            budget -= count
        self.inmail = []
        budget = round(n_messages * 0.04)
        while budget > 0:
            count = min(budget, weighted(rng, ((1, 0.6), (2, 0.3), (3, 0.1))))
            sender = Person(2000000 + len(self.inmail), rng, self.companies, choose(rng, ["pitch", "recruit"]))
            extra.append(["i", len(self.inmail), count, False])
            self.inmail.append(sender)
            budget -= count
        for k in range(max(1, round(n_messages * 0.004)) if n_messages else 0):
            extra.append(["s", k, 1, False])
        budget = n_messages - sum(s[2] for s in extra)
        if budget < 0:                                         # tiny runs: fewer conversations outside
            while extra and budget < 0:
                budget += extra.pop()[2]
        # Fit the network's conversations to the budget: drop some, then give friends the rest.
        order = list(range(len(specs)))
        rng.shuffle(order)
        dropped = set()
        total = sum(s[2] for s in specs)
        for k in order:
            if total <= budget:
                break
            dropped.add(k)
            total -= specs[k][2]
        for k in sorted(dropped):
            p = self.people[specs[k][1]]
            p.persona, p.note = "silent", None
        specs = [s for k, s in enumerate(specs) if k not in dropped]
        friend_specs = [s for s in specs if s[0] == "f"]
        if not friend_specs and budget > total:
            for p in self.people:
                if p.persona == "silent":
                    p.persona = "friend"
                    spec = ["f", p.index, 1, False]
                    specs.append(spec)
                    friend_specs.append(spec)
                    total += 1
                    break
        if friend_specs:
            weights = [min(300.0, rng.paretovariate(1.5)) for _ in friend_specs]
            spare = budget - total
            whole = sum(weights)
            shares = [spare * w / whole for w in weights]
            counts = [int(x) for x in shares]
            rest = spare - sum(counts)
            for k in sorted(range(len(shares)), key=lambda k: (counts[k] - shares[k], k))[:rest]:
                counts[k] += 1
            for spec, c in zip(friend_specs, counts):
                spec[2] += c
        else:
            for k in range(budget - total):
                extra.append(["s", 100000 + k, 1, False])
        self.specs = specs + extra
        # A few drafts: some replies never sent, some conversations never started.
        silent = [p for p in self.people if p.persona == "silent"]
        for p in silent[:2 + n_messages // 100000]:
            self.specs.append(["d", p.index, 0, False])
        threads = [s for s in self.specs if s[0] in "pf"]
        for s in rng.sample(threads, min(len(threads), 3 + n_messages // 50000)):
            s[3] = True

    # ------------------------------------------------------------------ notes

    def note_text(self, p):
        rng = random.Random("%d/note/%d" % (self.seed, p.index))
        if p.note == "owner":
            ctx = owner_ctx(p, rng)
        else:
            ctx = contact_ctx(p, rng, self.families)
        if p.note == "script":
            return fill(self.families[p.family].note, ctx)
        if p.note == "owner":
            return compose_note(ctx, p.note)
        return humanize(compose_note(ctx, p.note), ctx.lang, rng)


def contact_ctx(p, rng, families=()):
    """What a contact's message fills in; a seller's offer stays the same in all they write."""
    ctx = Ctx(p.lang, rng, first=OWNER["first"], me=p.first, mefull=p.name, co=p.company, oco=OWNER["company"],
              role=p.position)
    if p.family is not None and families:
        ctx["offer"] = families[p.family].offer
    else:
        values = LANG_BANKS[p.lang]["value"]
        ctx["offer"] = values[mix24(p.index) % len(values)]
    return ctx


def owner_ctx(p, rng):
    return Ctx("en", rng, first=p.first, me=OWNER["first"], mefull=OWNER["name"], co=OWNER["company"],
               oco=p.company, role=OWNER["headline"])


# ====================================================================== writing

OWNER_KEYS = {"decline", "interest", "nego_o", "optout", "optout2", "notlooking", "rinterest", "r_reply",
              "seek_help"}
SPIN = '<p class="spinmail-quill-editor__spin-break">'


def text_for(export, kind, arg, ctx, speaker_lang, fam, state):
    """The content of one message of a 1:1 or group thread."""
    if kind == "pitch":
        if fam is not None:
            body = fill(fam.pitch, ctx)
            if "\n" in fam.pitch:
                return fill(choose(ctx.rng, fam.greets), ctx) + "\n\n" + capitalize(body)
            return fill(choose(ctx.rng, fam.greets), ctx) + " " + body
        return compose_pitch(ctx)
    if kind in ("bump", "breakup") and fam is not None:
        return fill(fam.bumps[(arg - 1) % len(fam.bumps)] if kind == "bump" else fam.breakup, ctx)
    if kind == "bump":
        if ctx.lang == "en" and ctx.rng.random() < 0.2:
            return compose_bump(ctx)
        text = say(ctx, "bump")
        if text == state.get("bump"):
            text = say(ctx, "bump")
        state["bump"] = text
        return text
    if kind == "breakup" and ctx.lang == "en":
        if ctx.rng.random() < 0.75:
            return say(ctx, "break_short")
        return say(ctx, "breakup") + " " + say(ctx, "personal")
    if kind == "recruit":
        return compose_recruit(ctx)
    if kind == "seek":
        if ctx.lang == "en":
            return compose_parts(ctx, (("s_open", 1), ("s_why", 1), ("s_ask", 1), ("s_ask", 0.3), ("s_close", 0.7)))
        return compose_parts(ctx, (("seek", 1), ("personal", 0.6)))
    if kind == "repitch":
        return compose_pitch(ctx, hook_key="repitch_hook")
    if kind == "update":
        return compose_update(ctx)
    if kind in OWNER_KEYS or (kind in OWNER_EN and kind not in EN):
        return owner_say(ctx, kind, speaker_lang)
    return say(ctx, kind)


def vary(text, ctx):
    """A contact's own words: some synonyms, so that two people rarely write the very same thing."""
    return humanize(text, ctx.lang, ctx.rng)


def attachment(rng):
    return ("https://www.linkedin.com/dms/prv/v2/D4E10AQ%s/messaging-attachmentFile/0/%d?m=AQ%s&ne=1&v=beta&t=%s"
            % (base64.b32encode(rng.getrandbits(60).to_bytes(8, "big")).decode().rstrip("=")[:13],
               1600000000000 + rng.getrandbits(36),
               base64.b32encode(rng.getrandbits(40).to_bytes(5, "big")).decode().lower(),
               base64.b32encode(rng.getrandbits(80).to_bytes(10, "big")).decode().lower()))


def sponsored_html(ctx):
    rng = ctx.rng
    paras = [choose(rng, SPONSORED_PARAS[:2])]
    paras += [fill(x, ctx) for x in rng.sample(SPONSORED_PARAS[2:7], rng.randrange(1, 4))]
    if rng.random() < 0.3:
        paras.append(fill(SPONSORED_PARAS[10], ctx))
    paras.append(fill(choose(rng, SPONSORED_PARAS[7:9]), ctx))
    paras.append(fill(SPONSORED_PARAS[9], ctx))
    if rng.random() < 0.4:
        paras.append(SPONSORED_PARAS[11])
    return "".join(SPIN + x + "</p>" for x in paras)


class Writer:
    """Streams the export's files, one conversation at a time, and counts what it wrote."""

    def __init__(self, export, out):
        self.export = export
        self.out = out
        self.clock = Clock()
        self.quote_all = export.shape == "2026"
        self.headers = eras.MSG_HEADERS[export.shape]
        self.attachments = "ATTACHMENTS" in self.headers
        self.rows = 0
        self.drafts = 0
        self.stats = {}
        self.family_senders = [0] * len(export.families)

    def count(self, key, n=1):
        self.stats[key] = self.stats.get(key, 0) + n

    def csv(self, name, quote_all=False):
        handle = open(os.path.join(self.out, name), "w", encoding="utf-8", newline="")
        return handle, csv.writer(handle, lineterminator="\n",
                                  quoting=csv.QUOTE_ALL if quote_all else csv.QUOTE_MINIMAL)

    @staticmethod
    def drop_final_newline(path):
        with open(path, "rb+") as handle:
            handle.seek(0, os.SEEK_END)
            if handle.tell() > 0:
                handle.seek(-1, os.SEEK_END)
                if handle.read(1) == b"\n":
                    handle.truncate(handle.tell() - 1)

    def write_profile(self):
        handle, w = self.csv("Profile.csv")
        w.writerow(["First Name", "Last Name", "Maiden Name", "Address", "Birth Date", "Headline", "Summary",
                    "Industry", "Zip Code", "Geo Location", "Twitter Handles", "Websites", "Instant Messengers"])
        w.writerow([OWNER["first"], OWNER["last"], "", "", "Apr 9", OWNER["headline"],
                    "Platform engineering, reliability, calm on-call.",
                    "Transportation, Logistics, Supply Chain and Storage", "", "Gothenburg, Sweden", "", "", ""])
        handle.close()
        with open(os.path.join(self.out, "LearningCoachMessages.csv"), "w", encoding="utf-8") as handle:
            handle.write("No conversations found")

    def write_connections(self):
        e = self.export
        rows = [(p.accepted, p.index, p) for p in e.people] + [(t, -1 - k, None) for k, t in enumerate(e.hidden)]
        rows.sort(key=lambda r: (r[0], r[1]), reverse=True)
        handle, w = self.csv("Connections.csv")
        handle.write(eras.PREAMBLE)
        w.writerow(["First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On"])
        for t, _, p in rows:
            day = eras.fmt_day(as_datetime(t))
            if p is None:
                w.writerow(["", "", "", "", "", "", day])
            else:
                w.writerow([p.first, p.last, p.url_encoded, p.email, p.company, p.position, day])
        handle.close()
        self.drop_final_newline(os.path.join(self.out, "Connections.csv"))
        self.count("connections", len(e.people))
        self.count("hidden_connections", len(e.hidden))

    def write_invitations(self):
        e = self.export
        rows = []
        for p in e.people:
            if p.sent:
                rows.append((p.sent, p.index, p, p.direction))
        for p, direction, sent in e.pending:
            rows.append((sent, p.index, p, direction))
        rows.sort(key=lambda r: (r[0], r[1]), reverse=True)
        handle, w = self.csv("Invitations.csv", self.quote_all)
        w.writerow(["From", "To", "Sent At", "Message", "Direction", "inviterProfileUrl", "inviteeProfileUrl"])
        for sent, _, p, direction in rows:
            note = e.note_text(p) if p.note else ""
            if note:
                self.count("invitations_with_note")
            if direction == "INCOMING":
                w.writerow([p.name, OWNER["name"], eras.fmt_pacific(as_datetime(sent)), note, direction,
                            p.url_encoded, OWNER["url"]])
            else:
                w.writerow([OWNER["name"], p.name, eras.fmt_pacific(as_datetime(sent)), note, direction,
                            OWNER["url"], p.url_encoded])
        handle.close()
        if self.quote_all:
            self.drop_final_newline(os.path.join(self.out, "Invitations.csv"))
        self.count("invitations", len(rows))

    def write_messages(self):
        e = self.export
        order = []
        for k, spec in enumerate(e.specs):
            _, ev = e.plan(spec)
            if ev:
                order.append((-ev[-1][0], k))
        order.sort()
        path = os.path.join(self.out, "messages.csv")
        handle, w = self.csv("messages.csv", self.quote_all)
        w.writerow(self.headers)
        flat = not self.quote_all
        for _, k in order:
            for row in self.conversation(e.specs[k]):
                if flat:
                    row[8] = row[8].replace("\n\n", " ").replace("\n", " ")
                w.writerow(row)
        handle.close()
        if self.quote_all:
            self.drop_final_newline(path)

    def conversation(self, spec):
        """The rows of one conversation, newest first."""
        e = self.export
        kind, ref = spec[0], spec[1]
        rng, ev = e.plan(spec)
        cid = "2-" + base64.b64encode(("%032x_%s" % (rng.getrandbits(128), choose(rng, ["100", "010", "001"])))
                                      .encode()).decode()
        title, subject, folder = "", "", "INBOX"
        fam = None
        state = {}
        owner = (OWNER["name"], OWNER["url"])
        if kind in "pfd":
            p = e.people[ref]
            if p.family is not None and kind == "p":
                fam = e.families[p.family]
            members = [p]
        elif kind == "g":
            members = e.groups[ref]
            title = fill(choose(rng, GROUP_TITLES), Ctx("en", rng))
        elif kind == "i":
            p = e.inmail[ref]
            members = [p]
            subject = None
        else:
            members = []
            title = "Sponsored Conversation"
        r = rng.random()
        answered = any(who == "o" and k != "draft" for _, who, k, _ in ev)
        if r < 0.09:
            folder = "ARCHIVE"
        elif r < 0.13 and kind in "pi" and not answered and members[0].persona == "pitch":
            folder = "SPAM"
        ctxs = {}
        for m, person in enumerate(members):
            ctxs[m] = contact_ctx(person, rng, e.families)
        octx = owner_ctx(members[0], rng) if members else None
        rows = []
        for seq, (t, who, what, arg) in enumerate(ev):
            draft = what == "draft"
            attach = ""
            if kind == "s":
                sctx = Ctx("en", rng, first=OWNER["first"])
                sender, to = ("LinkedIn Member", ""), [owner]
                subject = fill(choose(rng, SPONSORED_SUBJECTS), sctx)
                content = sponsored_html(sctx)
                self.count("sponsored")
            elif who == "o":
                ctx = octx
                if kind == "g":
                    ctx = owner_ctx(choose(rng, members), rng)
                sender, to = owner, [(m.name, m.url) for m in members]
                if draft:
                    content = say(ctx, "draft")
                elif what == "note":
                    content = e.note_text(members[0])
                else:
                    content = text_for(e, what, arg, ctx, members[0].lang, fam, state)
                    if what in ("optout", "optout2"):
                        self.count("owner_opt_outs")
            else:
                m = who if kind == "g" else 0
                person = members[m]
                ctx = ctxs[m]
                sender = (person.name, person.url)
                to = [owner] + [(x.name, x.url) for x in members if x is not person]
                if what == "note":
                    content = e.note_text(person)
                elif what == "inmail":
                    if person.persona == "recruit":
                        content = compose_recruit(ctx)
                    else:
                        content = compose_pitch(ctx)
                    content = vary(content, ctx)
                    subject = fill(choose(rng, INMAIL_SUBJECTS), ctx)
                else:
                    content = text_for(e, what, arg, ctx, person.lang, fam, state)
                    if fam is None or what not in ("pitch", "bump", "breakup"):
                        content = vary(content, ctx)
                if self.attachments and ((what == "pitch" and rng.random() < 0.06) or
                                         (what in ("seek", "nego_c") and rng.random() < 0.2)):
                    attach = attachment(rng)
                self.count("kind_" + what)
            rows.append((t, seq, [cid, title, sender[0], sender[1], ", ".join(x[0] for x in to),
                                  ",".join(x[1] for x in to), self.clock.utc(t), subject or "", content,
                                  "" if draft else folder, attach, "true" if draft else "false",
                                  "true" if kind == "d" else "false"]))
            if draft:
                self.drafts += 1
            else:
                self.rows += 1
        rows.sort(key=lambda r: (r[0], r[1]), reverse=True)
        if not self.attachments:
            for _, _, row in rows:
                del row[10]
        self.count("conversations_" + kind)
        self.tally(kind, ev, members)
        return [row for _, _, row in rows]

    def tally(self, kind, ev, members):
        """What the audit should find, roughly: counted from the timelines as built."""
        if kind != "p" or members[0].persona != "pitch":
            return
        p = members[0]
        firsts = [(t, what) for t, who, what, _ in ev if who == "c"]
        if firsts:
            t, what = firsts[0]
            pitch = what == "pitch" or (what == "note" and p.note in ("pitch", "script"))
            if pitch:
                self.count("truth_pitch_first")
                if t - p.accepted <= HOUR:
                    self.count("truth_first_pitch_within_60_min")
        run = best = 0                          # DESIGN §3: the longest unanswered run from the first pitch, minus one
        pitched = False
        for _, who, what, _ in ev:
            pitched = pitched or what == "pitch" or (what == "note" and p.note in ("pitch", "script"))
            if who == "c" and pitched:
                run += 1
                best = max(best, run)
            elif who == "o" and what != "draft":
                run = 0
        if best - 1 >= 3:
            self.count("truth_followed_up_3_or_more_times")
        kinds = [what for _, _, what, _ in ev]
        if "optout" in kinds and "repitch" in kinds[kinds.index("optout"):]:
            self.count("truth_ignored_opt_outs")
        if p.family is not None:
            self.count("truth_script_senders")
            self.family_senders[p.family] += 1


def write_zip(folder, names, when):
    path = folder.rstrip("/") + ".zip"
    stamp = when.timetuple()[:6]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in names:
            info = zipfile.ZipInfo(name, stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            with open(os.path.join(folder, name), "rb") as src, archive.open(info, "w") as dst:
                while True:
                    chunk = src.read(1 << 20)
                    if not chunk:
                        break
                    dst.write(chunk)
    return path


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter,
                                     epilog="\n".join(__doc__.splitlines()[2:]))
    parser.add_argument("out")
    parser.add_argument("--connections", type=int, default=30000)
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--messages", type=int, default=None,
                       help="messages the audit counts (default: 10 per connection)")
    group.add_argument("--messages-per-contact", type=float, default=None)
    parser.add_argument("--seed", type=int, default=20261122)
    parser.add_argument("--shape", choices=sorted(EXPORT_AT), default="2024")
    parser.add_argument("--zip", action="store_true")
    parser.add_argument("--summary", action="store_true", help="print what was built to stderr (JSON)")
    args = parser.parse_args()
    if args.connections < 0 or (args.messages or 0) < 0 or (args.messages_per_contact or 0) < 0:
        parser.error("counts cannot be negative")
    if args.messages is None:
        per = 10.0 if args.messages_per_contact is None else args.messages_per_contact
        args.messages = int(round(per * args.connections))

    started = time.monotonic()
    export = Export(args)
    os.makedirs(args.out, exist_ok=True)
    writer = Writer(export, args.out)
    writer.write_profile()
    writer.write_connections()
    writer.write_invitations()
    writer.write_messages()
    names = ["Connections.csv", "messages.csv", "Invitations.csv", "Profile.csv", "LearningCoachMessages.csv"]
    path = args.out
    if args.zip:
        path = write_zip(args.out, names, EXPORT_AT[args.shape])
    if args.summary:
        size = sum(os.path.getsize(os.path.join(args.out, name)) for name in names)
        summary = {"shape": args.shape, "seed": args.seed, "messages": writer.rows, "drafts": writer.drafts,
                   "bytes": size, "seconds": round(time.monotonic() - started, 1),
                   "script_senders_by_family": writer.family_senders}
        summary.update(sorted(writer.stats.items()))
        print(json.dumps(summary, indent=1), file=sys.stderr)
    print(path)


if __name__ == "__main__":
    main()
