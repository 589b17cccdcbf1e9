"""Finding entities in text: gazetteer surface forms and new designations.

Gazetteer matching runs one Aho-Corasick automaton over a case-folded copy of the
whole document (same length, so offsets carry over), keeps leftmost-longest matches
on word boundaries, and checks case where it matters (``US`` is the United States,
``us`` is not). Designations the gazetteer lacks (``Su-81``, ``Type 079``, ``Project
22360M frigate``, ``Ivan-class frigate``, ``Mohajer-14`` drones, ``Ocean-2033``, the
``Arctic Fleet``, a ``Collective Security Council (CSC)`` and the ``CSC`` after it) are
recognised by pattern with a lower confidence and ``discovered=True``.

>>> from graph.gazetteer import load_gazetteer
>>> finder = MentionFinder(load_gazetteer())
>>> [(m.name, m.label) for m in finder.find("Moscow delivered Su-35s to the PLA; the Su-79 followed.")]
[('Russia', 'State'), ('Su-35', 'WeaponSystem'), ("People's Liberation Army", 'ArmedForce'), ('Su-79', 'WeaponSystem')]
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator

import ahocorasick

from graph.gazetteer import Gazetteer
from loaders.openings import OpeningIndex, comparable, gate_patterns

DASHES = {"‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-", "−": "-", "’": "'", "\u00a0": " "}
DISCOVERED_CONFIDENCE = 0.6
COMMON_WORDS = {"An", "As", "Be", "Is", "In", "It", "No", "On", "Or", "To", "At", "Of", "So", "Do", "Go", "He", "We", "Me", "My", "By", "Up", "Us", "Am"}
DESIGNATION_PREFIXES = (
    "Su|MiG|Tu|Il|Ka|Mi|Yak|An|Be|J|JF|JH|H|Y|KJ|Z|WZ|DF|HQ|YJ|CJ|PL|Kh|R|T|BMP|BTR|F|FC|FA|"
    "A|C|E|P|B|AH|MH|CH|KC|RQ|MQ|JL|CM|S|TB|GJ|WS|ZTZ|PHL|PCL|AK|KA"
)
# The military services a state's forces are made of, and the words a gazetteer force of the
# same service may go by instead ("Ground Forces" for an army): a state whose gazetteer entry
# has one has its own name for it, which a discovered "<demonym> Army" must not split off.
# Coast and border guards are left to the gazetteer: in many states they are civilian agencies.
SERVICE_KINDS = {
    "Navy": ("Navy", "Maritime Self-Defense", "Naval Forces"), "Air Force": ("Air Force", "Aerospace Forces", "Air Self-Defense"),
    "Aerospace Force": ("Air Force", "Aerospace Force"),  # an air force renamed so ("Colombian Aerospace Force", since 2023)
    "Army": ("Army", "Ground Force", "Ground Self-Defense"), "Ground Forces": ("Ground Force", "Army"),
    "Marine Corps": ("Marine",), "Naval Infantry": ("Naval Infantry", "Marine"),
    "Special Operations Forces": ("Special Operations", "Special Forces"), "Special Forces": ("Special Operations", "Special Forces"),
    "Armed Forces": (), "Defence Force": (), "Defense Force": (), "Defence Forces": (), "Defense Forces": (),  # the whole military
}
OWNED_SERVICES = "(?:" + "|".join(sorted(SERVICE_KINDS, key=len, reverse=True)) + ")"
OWNED_SERVICE = re.compile(r"(?P<owner>.+) (?P<service>" + OWNED_SERVICES + ")")
# a formation of a state's forces named by a place or a compass word: "the Arctic Fleet", "the Azov Flotilla"
OWNED_FORMATION = re.compile(r".+ (?:Fleet|Flotilla|Theat(?:er|re) Command|Military District)")
# Capitalised words before a state's name that are not part of the service's name: a
# sentence's first word ("The Ghana Navy"), not "Free" in "Free Syrian Army"
LEADING_WORDS = {"The", "A", "An", "In", "On", "At", "By", "For", "From", "With", "When", "While", "After", "Before", "Both", "And", "But", "Under", "Of", "As", "Its", "Their", "Then", "Now", "Today", "Meanwhile"}
ORGANIZATION_HEADS = r"(?:Council|Organi[sz]ation|Alliance|Agency|Community|Union|Forum|Pact|Committee|Commission|Conference|Partnership|Initiative|Coalition)"
CALENDAR_WORDS = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Spring|Summer|Autumn|Winter)"
# A dated name the text calls a fair, show or meeting, right after it or in an apposition: states
# take part in those too ("IDEX-2025, the arms fair", "the MAKS-2021 air show", "Army-2022, the forum")
EVENT_NOT_EXERCISE = re.compile(
    r",? (?:(?:the|an?|this|that) )?(?:[\w-]+ ){0,2}?(?:fair|show|airshow|exhibition|expo|forum|summit|conference|congress|festival|salon|olympiad|championship)s?\b"
)
# what is numbered in Roman numerals besides a system or an exercise: a batch, stage or era
# ("Batch II frigates", "the Phase II exercise", "World War II tanks")
NUMBERED_STAGES = "Batch|Block|Phase|Stage|Tranche|Flight|Increment|Generation|Series|Version|Part|Chapter|War|World"
# words that make a title-case run a person's title and name, not an exercise's name
PERSON_TITLES = r"(?:Prime|Minister|President|Vice|Deputy|Secretary|General|Admiral|Ambassador|Chief|Commander|Colonel|Captain|Senator|Governor|Prince|King|Queen|Marshal|Lieutenant|Major|Defence|Defense|Foreign|Mr|Mrs|Ms|Dr)"
# The kinds of warship a class, type or project number names (longer kinds first, so
# "aircraft carrier" is not cut to "aircraft")
SHIP_KINDS = (
    "submarine|destroyer|frigate|corvette|cruiser|aircraft carrier|carrier|landing ship|amphibious assault ship|landing helicopter dock|"
    "landing platform dock|amphibious transport dock|dock landing ship|icebreaker|offshore patrol vessel|patrol ship|patrol vessel|"
    "patrol boat|missile boat|minesweeper|minehunter"
)
# a series of one to three title-case words, a hyphen and a Roman numeral: "Atatürk-XII", "Indra Navy-XIV"
# the ordinal of an edition: "the third", "the 21st"
ORDINAL_WORDS = r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d{1,2}(?:st|nd|rd|th))"
ROMAN_EDITION = r"(?!(?:The|A|An|This|That|In|At|During|After|Before)\b)[A-Z][^\W\d_]+(?: [A-Z][^\W\d_]+){0,2}-(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})"
DISCOVERY_PATTERNS = [
    # an export variant may end in a lower-case "i" ("T-50i"); a plural "s" is left out of the name
    # ("six CH-92As", "the CH-92s": the CH-92A, the CH-92)
    (re.compile(rf"\b(?:{DESIGNATION_PREFIXES})-\d{{1,3}}(?:[A-Z][A-Z0-9]{{0,4}}|i)?(?:Sh\d?)?(?:-\d)?(?:/[A-Z]{{1,2}})?(?=s?(?![\w-]))"), "WeaponSystem"),
    # (a sub-type's letter and number after the type's: "Type 053H2 frigates")
    (re.compile(r"\bType \d{2,3}[A-Z]{0,2}\d?(?:/[A-Z]{1,2})? (?:" + SHIP_KINDS + r"|tank)"), "WeaponSystem"),
    # a system named with a word and a number ("Mohajer-14", "Lancet-9") or with letters and a
    # number run together ("TB5"): the shape of space probes, software and codes too ("Luna-25",
    # "Windows-10", "CO2"), so only as the name of a kind of weapon written after it
    # ("TC-90 training aircraft", "KT-1 trainers": two or three capitals, a hyphen and a number, before a
    # military kind of aircraft; bare "aircraft" follows airliners' codes too, so only with its role)
    # ("Kaveri-NG missiles", "Astra-ER missiles": a word and an upgrade's letters; not a word and a
    # known name, "Indo-US missiles", which the known name's overlap sets aside)
    (re.compile(r"\b(?P<name>(?:[A-Z][a-z]{2,}-|[A-Z]{2,3}-?)\d{1,3}[A-Z]{0,2}|[A-Z][a-z]{2,}-[A-Z]{1,3}) (?:(?:attack|strike|kamikaze|combat|reconnaissance|surveillance|transport|anti-ship|cruise|ballistic|loitering|"
                r"hypersonic|supersonic|surface-to-air|air-to-air|stealth|multirole|main battle|armou?red|infantry fighting)[ -])?"
                r"(?:drones?|UAVs?|UCAVs?|munitions?|missiles?|fighters?|jets?|helicopters?|bombers?|tanks?|vehicles?|howitzers?|interceptors?|air[ -]defen[cs]e systems?|missile systems?|"
                r"radars?|radar systems?|(?:multiple )?rocket launchers?|(?:military |basic |advanced |jet )?trainers?|"
                r"(?:training|trainer|patrol|maritime patrol|surveillance|transport|tanker|airlift|utility|attack|light attack|military) aircraft)\b"), "WeaponSystem"),
    # a Chinese naval type number is written with a leading zero ("Type 079"): no other
    # "Type" numbering ("Type 2 diabetes", "Type 45") is
    (re.compile(r"\bType 0\d\d[A-Z]?(?![\w-])"), "WeaponSystem"),
    # a Soviet and Russian design bureau number, named as a ship: "a Project 22360M frigate"
    (re.compile(r"\bProject \d{3,5}[A-Z]{0,2}\d? (?:" + SHIP_KINDS + r")s?\b"), "WeaponSystem"),
    # (not an English compound that grades a thing, "World-class frigates", "First-class submarines")
    (re.compile(r"\b(?!(?:The|A|An|This|That|These|Its|Their|Two|Three|Four|World|First|Second|Third|Top|High|Low|Middle|Upper|Lower|Business|Economy|Working|Same|Other)\b)"
                r"[A-Z][a-zA-Z]+(?:[ -][A-Z][a-zA-Z]+)?[- ]class (?:" + SHIP_KINDS + r")s?\b"), "WeaponSystem"),
    # a yard's code for a design, or a class with its modification, named as a ship: "the P18N
    # offshore patrol vessels", "Borei-M2 submarines"
    # (a yard's number may run to four digits, the design's tonnage: "a DW3000F frigate")
    (re.compile(r"(?<![\w-])(?:[A-Z][a-z]+-)?[A-Z]{1,3}\d{1,4}[A-Z]{0,2} (?:" + SHIP_KINDS + r")s?\b"), "WeaponSystem"),
    # "Sea Guardian-2023", and a series written as one word in capitals: "AMAN-2023", "RIMPAC-2018"
    # (not the last word of a heading in capitals, "KHAAN QUEST-2024")
    # ("Exercise Eagle Partner-2023", "Operation Steppe Shield-2022": the word before the name is no part of it)
    (re.compile(r"\b(?!(?:The|A|An|This|That|Last|Next|In|At|During|After|Before|Exercise|Exercises|Operation)\b)(?:(?:[A-Z][a-z]+[ /]){0,2}[A-Z][a-z]+|(?<![A-Z][ /])[A-Z]{3,})-(?:19|20)\d\d\b"), "Exercise"),
    # "the Arctic Fleet", "the Azov Flotilla": without the sentence's first word ("The Arctic
    # Fleet"), and not a longer name the word opens ("the Marine Fleet Management company")
    (re.compile(r"\b(?!(?:The|A|An|Its|Their|Our|His|Her|This|That|Both|And)\b)(?:[A-Z][a-z]+ ){1,2}(?:Fleet|Flotilla|Theat(?:er|re) Command|Military District)\b(?! [A-Z])"), "ArmedForce"),
    # "the Ghana Navy", "the Argentine Air Force", "the Royal Cambodian Navy": a service of a
    # known state that the gazetteer does not list (checked in MentionFinder._service)
    (re.compile(r"\b(?:[A-Z][a-z]+ ){1,3}" + OWNED_SERVICES + r"\b"), "ArmedForce"),
    # a quoted name beside an exercise word: the exercise "Eagle Assault", the "Sea Guardian" drills,
    # the "Guardians of the Nile" drills
    (re.compile(r"\b(?:exercises?|drills?|training|manoeuvres|maneuvers|war ?games) [\"“](?P<name>[A-Z][\w-]*(?: (?:of (?:the )?|the )?[A-Z][\w-]*){0,3})[\"”]"), "Exercise"),
    (re.compile(r"[\"“](?P<name>[A-Z][\w-]*(?: (?:of (?:the )?|the )?[A-Z][\w-]*){0,3})[\"”] (?:(?:joint|naval|military|air|tactical|anti-terrorist|counter-terrorism|command-staff|annual|bilateral|trilateral) )*(?:exercises?|drills?|training|manoeuvres|maneuvers|war ?games)\b"), "Exercise"),
    # a title-case name beside an exercise word, unquoted: "Exercise Steppe Eagle", "the Steppe Eagle
    # peacekeeping exercise"; never one that holds a known name ("the Russian exercise") or a date
    # ("Ex Garuda Shakti": the word shortened, as military writers do; not "Ex President ...", "Ex Navy chief ...")
    (re.compile(r"\b(?:Exercise|Ex\.?) (?P<name>(?!(?:The|A|An|In|On|At|Of|And)\b)(?!(?:" + PERSON_TITLES + r"|Navy|Army|Air|Marine|Naval|Soviet|Yugoslav)\b)[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})\b"), "Exercise"),
    # "hosted the exercise Anatolian Eagle": a name of two or three title-case words after the word itself
    (re.compile(r"\bthe (?:[A-Z]{2,} |(?:multinational|multilateral|bilateral|trilateral|combined|joint|naval|annual|biennial|French-led|US-led) )?exercise (?P<name>(?!(?:The|A|An|In|On|At|Of|And)\b)[A-Z][a-z]+(?: [A-Z][a-z]+){1,2})\b"), "Exercise"),
    # ("the French-led Marara exercise": the leader's adjective before the name; not the tail of a
    # longer name, "Guardians of the Nile drills")
    # ("the Steppe Eagle 2023 exercise", "the 2023 Steppe Eagle drills": the series, with the year of the
    # edition beside it, seeds/gold/GUIDELINES.md)
    # ("the third Cobra Gold exercise": the edition's ordinal before the name)
    (re.compile(r"\b(?<!\bof )(?:the|an?|annual|yearly|biennial) (?:(?:19|20)\d\d )?(?:" + ORDINAL_WORDS + r" )?(?:[A-Z][A-Za-z]+-(?:led|hosted|run|organi[sz]ed) )?(?P<name>(?!(?:" + CALENDAR_WORDS + "|" + NUMBERED_STAGES + r")\b)[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}(?: (?:II|III|IV|V|VI|VII|VIII|IX|X|XI|XII))?)(?: (?:19|20)\d\d)? "
                r"(?:(?:joint|naval|military|air|annual|bilateral|trilateral|multinational|peacekeeping|command-staff) )*(?:exercises?|drills|war ?games|manoeuvres|maneuvers)\b"), "Exercise"),
    # ... or, a name of two or three words, with the exercise word in an apposition: "Steppe Eagle, a peacekeeping exercise"
    (re.compile(r"\b(?P<name>(?!(?:" + "|".join(LEADING_WORDS) + r")\b)[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}), (?:a|an) (?:[\w-]+ ){0,3}?(?:exercise|drill)s?(?=[\s,.;:])(?! (?:area|zone|range|ground)s?\b)"), "Exercise"),
    # ... or after it, the name set off by commas: "held their first joint air exercise, Desert Warrior, in 2023"
    # (not a person with a title: "Since the drills, Prime Minister Okafor, who ...")
    (re.compile(r"\b(?:exercise|drill)s?, (?P<name>(?!(?:" + "|".join(LEADING_WORDS) + r"|" + CALENDAR_WORDS + r")\b)(?!(?:[A-Z][a-z]+ ){0,2}" + PERSON_TITLES + r"\b)"
                r"[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}),"), "Exercise"),
    # an edition numbered in Roman numerals beside an exercise word: "the Atatürk-XII exercise", "exercise
    # Nomad Shield-IV", "Sea Breeze-VII, a naval drill"; only next to the word, for missiles are numbered so too
    (re.compile(r"\b(?:exercises?|drills?|war ?games|manoeuvres|maneuvers) (?:code-?named )?(?P<name>" + ROMAN_EDITION + r")(?![\w-])"), "Exercise"),
    (re.compile(r"\b(?P<name>" + ROMAN_EDITION + r") (?:(?:joint|naval|military|air|tactical|annual|bilateral|trilateral|multinational|peacekeeping|counter-terrorism|command-staff) )*(?:exercises?|drills?|war ?games|manoeuvres|maneuvers)\b"), "Exercise"),
    (re.compile(r"\b(?P<name>" + ROMAN_EDITION + r"), (?:a|an|the) (?:[\w-]+ ){0,3}?(?:exercise|drill)s?\b"), "Exercise"),
    # an organization the text defines with its acronym: "the Collective Security Council (CSC)"
    # (the acronym's letters checked against the name's initials in MentionFinder._discovered)
    (re.compile(r"\b(?P<name>(?!(?:" + "|".join(LEADING_WORDS) + r")\b)[A-Z][a-z]+(?: (?:of|for|on|and|the|[A-Z][a-z]+)){0,6} " + ORGANIZATION_HEADS + r") \((?P<acronym>[A-Z]{2,6})\)"), "Organization"),
    # ... or the acronym first, the name glossing it in brackets: "the CSC (Collective Security Council)"
    (re.compile(r"\b(?P<acronym>[A-Z]{2,6}) \((?P<name>[A-Z][a-z]+(?: (?:of|for|on|and|the|[A-Z][a-z]+)){0,6} " + ORGANIZATION_HEADS + r")\)"), "Organization"),
    # "Mahan Air", "Iran Air", "Caspian Airlines": an airline, not the state in its name
    (re.compile(r"\b(?!(?:The|A|An|By|In|On|Via|From|To|Its|Their|Our|Air)\b)(?:[A-Z][a-z]+ ){1,2}(?:Airlines|Airways|Air)\b"), "Organization"),
    # "Myanmar Economic Holdings", "Iran Shipping Lines": a firm, not the state its name opens with
    (re.compile(r"\b(?!(?:The|A|An|By|In|On|Via|From|To|Its|Their|Our)\b)(?:[A-Z][a-z]+ ){1,2}(?:Holdings|Shipping Lines)\b"), "Organization"),
    # a firm named with its legal form: "Kalyani Strategic Systems Ltd", "Vorkan Machine Corporation",
    # "JSC Vorkan Machine" (the form before the name is no part of it)
    (re.compile(r"\b(?!(?:" + "|".join(LEADING_WORDS) + r")\b)(?:[A-Z][a-z]+ ){1,3}(?:Ltd|Limited|Corporation|Inc|PLC|plc|GmbH|JSC|PJSC)\b\.?(?! [A-Z])"), "Organization"),
    (re.compile(r"\b(?:JSC|PJSC|OJSC) (?P<name>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})\b"), "Organization"),
    # a state's arms-export agency named in one word: "Ukrspecexport", "Promexport"
    (re.compile(r"\b[A-Z][a-z]*(?:oboron|spec|prom)export\b", re.I), "Organization"),
]
CODE = re.compile(r"(?:[A-Z][a-z]+-)?[A-Z]{1,3}\d")
UNHYPHENATED = re.compile(r"^([A-Z]{2,3})(\d)")
# the kind of ship after a known designation or class ("Project 636", "Nimitz-class"), not a
# class named after a known system of another kind ("Zircon-class corvettes")
KIND_AFTER = re.compile(r" (?!class\b)[a-z ]+")
SHIP_PLURAL = re.compile(r"(?:" + SHIP_KINDS + r")s$")
# A letters-and-number code is also how roads, forms, visas, clauses and page numbers are
# named: the word before it ("Route E-40", "Section B-12") or the noun it qualifies ("an F-1
# visa", "the P-5 members", "an S-70 tractor") says which it is.
NOT_A_SYSTEM_BEFORE = re.compile(
    r"\b(?:Route|Highway|Road|Motorway|Interstate|Section|Article|Form|Schedule|Annex|Appendix|Chapter|Page|Table|Figure|Exhibit|"
    r"Paragraph|Clause|Rule|Grade|Level|Tier|Platform|Gate|Terminal|Room|Block|Building|Lot|Plot|Box|Bus|Vitamin|Size|Seat|Pier|"
    # an exhibitor's place at a trade fair: "Stand B-214", "Booth C-12", "Hall A-3"
    r"Stand|Booth|Hall|Hangar|Berth|Suite) $"
)
NOT_A_SYSTEM_AFTER = re.compile(
    r" (?:visas?|status|exemptions?|highway|motorway|road|route|members?|tractors?|forms?|grades?|levels?|ratings?|scores?|students?|"
    r"licen[cs]es?|permits?|tax|filings?|bus|buses|trains?|batter(?:y|ies)|vitamins?|postcodes?|zip|pages?|pension|benefits?|"
    r"fuels?|refrigerants?|gas|schools?|paper|"
    # a meeting or group of states named by a code: "the G-20 summit", "the P-5 talks"
    r"summits?|meetings?|talks|format|group|countries|nations|states)\b"
)
# The kinds of weapon a title-case name before them names a system of ("Wing Loong drones",
# "Krab howitzers", "Gowind corvettes"), in lower case; not bare "fighters", which are as often
# combatants ("Peshmerga fighters"), nor "jets", as often airliners and business jets.
WEAPON_KIND_NOUN = re.compile(
    r"\b(?:(?:attack |combat |armed |reconnaissance |loitering )?(?:drones?|UAVs?|UCAVs?)|fighter jets?|fighter aircraft|helicopters?|howitzers?|"
    # a missile's role or speed may stand between its name and the noun ("Zircon hypersonic missiles")
    r"(?:main battle |light )?tanks?|(?:(?:anti-ship|anti-tank|cruise|ballistic|hypersonic|supersonic|surface-to-air|air-to-air|land-attack) )?missiles?|"
    r"rocket launchers?|air[ -]defen[cs]e systems?|armou?red vehicles?|(?:" + SHIP_KINDS + r")s?)\b"
)
WEAPON_KIND_HINT = re.compile(r"drone|UAV|UCAV|fighter|helicopter|howitzer|tank|missile|launcher|defen[cs]e system|armou?red vehicle|submarine|destroyer|frigate|corvette|cruiser|carrier|ship|vessel|boat|icebreaker|mine")
SHIP_KIND = re.compile(SHIP_KINDS)
SHIP_KIND_LIST = SHIP_KINDS.split("|")
# a ship class named with a word for any vessel: "a Tench-class boat", "Hamilton-class cutters", "Foxtrot-class subs"
# (not an English compound that grades a thing, "a world-class ship", "First-class vessels")
CLASS_BY_VESSEL_WORD = re.compile(
    r"\b(?!(?:The|A|An|This|That|These|Its|Their|Two|Three|Four|World|First|Second|Third|Top|High|Low|Middle|Upper|Lower|Business|Economy|Working|Same|Other)\b)"
    r"(?P<name>[A-Z][a-zA-Z]+(?:[ -][A-Z][a-zA-Z]+)?)[- ]class (?P<noun>boats?|vessels?|ships?|cutters?|craft|subs?)\b")
SHIP_PLURAL_END = re.compile(r"s$")
# "the frigate Admiral Gorshkov", "its corvette Steregushchiy": a kind of ship in lower case, then a title-case name
LEAD_SHIP = re.compile(r"\b(?P<kind>" + SHIP_KINDS + r") (?P<name>[A-Z][\w-]+(?: [A-Z][\w-]+){0,2})")
# one or two title-case words right before the kind noun ("Wing Loong "), not the tail of a
# hyphenated or possessive word ("Chinese-made ", "Kremlin's "); a member of a family may
# follow with its Roman numeral ("Wing Loong II "); a sentence's determiner is no part of it
# ("The Zorvel missile")
NAME_BEFORE_KIND = re.compile(r"(?<![\w'’.-])(?!(?:The|This|That|These|Those|Its|Their)\b)(?P<name>[A-Z][a-z]{2,}(?: [A-Z][a-z]{2,})?(?: (?:II|III|IV|V|VI|VII|VIII|IX|X))?) \Z")
# "wing loong ii", "leopard 2": a family's name, then the member's number
NUMBERED_MEMBER = re.compile(r"(?P<family>.+) (?:[ivx]+|\d+)")
# "shahed-136", "mohajer 6", "agni-v": a family's name, then a number or Roman numeral
NUMBERED_FAMILY = re.compile(r"(?P<family>[a-z][a-z']+(?: [a-z][a-z']+)?)[ -](?:\d|[ivx]+\b)")
# "the Wing Loong family", "the Wing Loong X": the family as a whole, or a member the gazetteer does not list
WHOLE_FAMILY_AFTER = re.compile(r" (?:family|series|line|range|(?:[IVX]+|[A-Z]|\d+[A-Z]?)\b(?![-']))")
# (a member's Roman numeral only: after a bare number, "Wing Loong 10 years ago" is no name)
FAMILY_MEMBER_AFTER = re.compile(r" (?:II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)(?![\w/'-])")
UNDERTAKING_AFTER = re.compile(r"s?\s+(?:programmes?|programs?|projects?|tenders?|competitions?|requirements?)\b")
# "AH-1 Cobra", "Otokar Cobra": a designation or a maker's name, then the system's own name
NAMED_AFTER_CODE = re.compile(r"(?P<code>[A-Z][\w/]*-?\d[\w/-]*|[A-Z][a-z]+) (?P<name>[A-Z][a-z]{2,}(?: [A-Z][a-z]{2,})?)")
RUN_BEFORE_NAME = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]* \Z")
NAME_OPENS = re.compile(r"(?:\A|[.!?:;(\"“\n•*–—-])\s*\Z")
# Capitalised words that are no system's name before a kind of weapon: a non-state group the
# gazetteer does not list ("Houthi drones"), a service ("Navy frigates"), a time, a side, a kind
NOT_A_WEAPON_NAME = frozenset((
    "Korean", "European", "Asian", "African", "Arab", "Arabian", "Latin", "Balkan", "Nordic", "Baltic", "Caucasian", "Slavic", "Persian",
    "Turkic", "Chechen", "Tuareg", "Uyghur", "Tamil", "Gulf", "Pacific", "Atlantic", "Mediterranean",
    "Houthi", "Houthis", "Hezbollah", "Hamas", "Taliban", "Peshmerga", "Kurdish", "Islamist", "Jihadist", "Rebel", "Rebels", "Militia", "Insurgent",
    "Separatist", "Allied", "Enemy", "Coalition", "Western", "Eastern", "Northern", "Southern", "Soviet", "Navy", "Naval", "Army", "Air", "Force",
    "Marine", "Marines", "Coast", "Guard", "Royal", "Imperial", "National", "Police", "Border", "Republican", "Federal", "Government", "Regime",
    "Attack", "Combat", "Armed", "Cruise", "Ballistic", "Hypersonic", "Stealth", "Unmanned", "Kamikaze", "Suicide", "Main", "Light", "Heavy",
    "Medium", "Modern", "New", "Old", "Older", "Newer", "Used", "Surplus", "More", "Most", "Many", "Several", "Some", "Other", "Such", "These",
    "Those", "Both", "All", "Few", "Fewer", "Cheap", "Small", "Large", "Big", "Latest", "First", "Second", "Third", "Fourth", "Fifth", "Sixth",
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July",
    "August", "September", "October", "November", "December", "Spring", "Summer", "Autumn", "Winter", "Today", "Yesterday", "Then", "Now",
    "The", "This", "That", "Their", "Its", "Our", "Your", "His", "Her", "Which", "What", "Why", "How", "When", "Where", "Who", "And", "But",
    # a batch, stage or era numbered in Roman numerals: "Batch II frigates", "Block III missiles", "World War II tanks"
    *NUMBERED_STAGES.split("|"),
))
# a bracketed gloss naming the version of the system before it: "(the early F-13 version)", "(F-7M variant)"
VERSION_AFTER = re.compile(r"\s+(?:versions?|variants?|standard|sub-?types?|modifications?|models?)\b", re.IGNORECASE)
ASIDE_BEFORE = re.compile(r"\(\s*(?:the\s+|an?\s+)?(?:[a-z]+\s+){0,2}$")
# Patterns that open with a literal ("Su-", "Type ") are tried only where it stands.
DISCOVERY_OPENINGS = OpeningIndex([pattern for pattern, _ in DISCOVERY_PATTERNS])
# The patterns without an opening (they start with any capital letter) put only " "
# between words, so no match runs over a line end: re scans only the lines that hold
# one of the strings their matches need, not the whole document.
LINE_SCANNED = set(DISCOVERY_OPENINGS.scanned)


def _line_words() -> ahocorasick.Automaton | None:
    """Every string a line-scanned pattern needs, each with the patterns that need it: the
    lines holding them are found in one pass over a document for all the patterns."""
    patterns_of: dict[str, list[int]] = {}
    for index in sorted(LINE_SCANNED):
        for word in DISCOVERY_OPENINGS.scanned[index] or ():
            patterns_of.setdefault(word, []).append(index)
    if not patterns_of:
        return None
    automaton = ahocorasick.Automaton()
    for word, indices in patterns_of.items():
        automaton.add_word(word, tuple(indices))
    automaton.make_automaton()
    return automaton


LINE_WORDS = _line_words()


def discovery_lines(text: str, lowered: str | None) -> dict[int, list[int]]:
    """For each line-scanned discovery pattern, the starts of the lines of ``text`` that hold
    one of the strings its matches need, in order (a pattern missing from the answer is in
    none). Each string is looked for in ``lowered``, the whole text folded as
    :func:`~loaders.openings.comparable` folds it, so found wherever re could be; every line
    is given where ``lowered`` is None or a pattern needs no string.

    >>> discovery_lines("The Su-35 flew.\\nA joint exercise followed.", "the su-35 flew.\\na joint exercise followed.")[15]
    [16]
    """
    found: dict[int, set[int]] = {}
    if lowered is not None and LINE_WORDS is not None:
        # Built once for all the patterns: one pass of the automaton, where a search per
        # string and pattern read the document a hundred times.
        for end, indices in LINE_WORDS.iter(lowered):
            line = text.rfind("\n", 0, end) + 1
            for index in indices:
                found.setdefault(index, set()).add(line)
    lines = {index: sorted(starts) for index, starts in found.items()}
    bare = LINE_SCANNED if lowered is None else [index for index in LINE_SCANNED if DISCOVERY_OPENINGS.scanned[index] is None]
    if bare:
        every = [0] + [match.end() for match in LINE_END.finditer(text)]
        lines.update((index, every) for index in bare)
    return lines


def discovery_matches(index: int, text: str, openings, lines: dict[int, list[int]]) -> Iterator[re.Match]:
    """What ``DISCOVERY_PATTERNS[index][0].finditer(text)`` yields; ``openings`` is
    ``DISCOVERY_OPENINGS.starts(text)`` and ``lines`` is ``discovery_lines(text,
    comparable(text))``, both computed once for all the patterns."""
    if index not in LINE_SCANNED:
        yield from DISCOVERY_OPENINGS.finditer(index, text, openings)
        return
    pattern = DISCOVERY_PATTERNS[index][0]
    for line_start in lines.get(index, ()):
        line_end = text.find("\n", line_start)
        # Ending the search at the line end changes nothing: "\n" is not a word character.
        yield from pattern.finditer(text, line_start, len(text) if line_end == -1 else line_end)


LINE_END = re.compile("\n")
# "the Tsugaru and Osumi Straits", "the Mediterranean, Caspian and Baltic Seas": the names before a
# plural head, joined by commas and "and", each one word or two
SHARED_HEAD_WORD = re.compile(r"(?-i:[A-Z][\w'-]*)(?: (?-i:[A-Z][\w'-]*))?")
SHARED_HEAD_CONJUNCTS = re.compile(r"(?:(?-i:[A-Z][\w'-]*)(?: (?-i:[A-Z][\w'-]*))?(?:,\s+|\s+and\s+|,\s+and\s+))+$")
# "the East and South China Seas": compass words that share the rest of a place's name, the
# first standing for its own place ("East China Sea")
COMPASS_CONJUNCT = re.compile(r"\b(north|south|east|west|northern|southern|eastern|western|central)(?:,\s+|\s+and\s+|,\s+and\s+|\s+or\s+)$", re.IGNORECASE)


MILITARY_AIR = re.compile(r"\s+(?:Forces?|Defen[cs]e|Command|Base|Wing|Arm|Army|Division|Corps|Group|Regiment|Brigade|Station|Staff|Power|Ministry|Marshal|Chief)\b")
MISSILE_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:missiles?|rockets?|launchers?)\b", re.IGNORECASE)
# ("Shaheen-IX", "Mosi-II": an edition numbered in Roman numerals after a listed series)
UNKNOWN_EDITION = re.compile(r"[-–](?:\d\d\b|(?P<roman>(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3}))(?![\w-]))")
# "US military aid", "Soviet military advisers": "military" as an adjective of the noun after it
MILITARY_ADJECTIVE = re.compile(
    r"\s+(?:aid|advis[eo]rs?|assistance|cooperation|co-operation|arrangements?|ties|relations|exports?|imports?|equipment|hardware|spending|"
    r"budgets?|bases?|presence|support|doctrine|analysts?|experts?|sources?|officials?|planners?|technology|industry|intelligence|"
    r"personnel|contractors?|trainers?|instructors?|delegations?|attach[ée]s?|academy|leaders?|leadership|build-?up|pacts?|agreements?|"
    r"deals?|supplies|shipments?|satellites?|drills?|exercises?|parade|hospital|court|power|might|threat|pressure|operations?|activity|activities|"
    # "struck two Cambodian military targets": what is struck, not the force
    r"targets?|positions?|sites?|installations?|facilities|facility|infrastructure|objects?|camps?|outposts?|posts?|vehicles?|convoys?|"
    # "flights of Chinese and Russian military aircraft": the craft, as a press release counts them
    r"aircraft|planes|jets|helicopters|drones|ships|vessels|flights|"
    # "Finnish military aviation 1950-1995", "Soviet military history": a field or a period, not the force
    r"aviation|history|heritage|museums?)\b",
    re.IGNORECASE,
)
# "Balikatan 2024", "Pitch Black 2024": an edition written with a space after its series
# (a year, not a number of something: no unit or further digits after it).
SPACED_EDITION = re.compile(r" ((?:19|20)\d\d)(?![\w-]| ?(?:%|percent|troops|personnel|ships|aircraft)\b)")
# "Malabar in 2020", "Vostok in September 2018", "the Peace Mission exercise in 2021": the series (and
# its exercise noun), then the year it was held
DATED_SERIES = re.compile(r"(?: (?:[a-z-]+ )?(?:exercises?|drills?|manoeuvres|maneuvers|war ?games))? in (?:(?:early|late|mid-?|the summer of|the autumn of|the spring of|the winter of|[A-Z][a-z]+) )?((?:19|20)\d\d)\b")
# "the 2024 Maritime Security Belt exercise", "their 2019 Joint Sea drills": the year written before the
# series, after a determiner (not "since 2019 Joint Sea has ...", where the year ends another phrase)
YEAR_BEFORE_SERIES = re.compile(r"\b(?:the|its|their)\s+((?:19|20)\d\d)\s+$", re.IGNORECASE)
# an edition's name: its series, then a space or hyphen and the year
EDITION_NAME = re.compile(r"(?P<series>.+)[ -](?P<year>(?:19|20)\d\d)")
YEAR = re.compile(r"\b((?:19|20)\d\d)\b")
SENTENCE_END = re.compile(r"[.;!?](?:\s|$)")
# An exercise name pattern needs an exercise word nearby to count.
# ("Armenian troops joined Eagle Partner-2023": the units sent to it say what the dated name is)
EXERCISE_CONTEXT = re.compile(r"exercise|drill|war ?games?|manoeuvre|maneuver|games|series|edition|troops|soldiers|servicemen|marines|paratroopers|sailors|warships|battalions?\b|platoons?\b", re.I)
# ... or a force said to take part in it: "The Arctic Fleet took part in Ocean-2033" (a state takes
# part in arms fairs too, "Belarus took part in Army-2031", a force in exercises)
FORCE_TAKING_PART = re.compile(
    r"\b(?:Fleet|Flotilla|Navy|Air Force|Army|Marines|Corps|Command|[Ff]orces|units|contingents?)\b[^.;!?]{0,60}"
    r"\b(?:t(?:ook|ake|akes|aking) part|participat(?:ed|es|ing)) in (?:the )?\Z"
)

# "Western Australia", "Northern Ireland": a part of a state (or of another) named with a capitalised
# compass word, not the state itself; names whose compass word is the state's own ("North Korea",
# "South Sudan") are matched whole before this is asked
COMPASS_PART_BEFORE = re.compile(r"(?-i:\b(?:Western|Northern|Southern|Eastern|Central)) $")


# Hashed and compared by its fields as a frozen dataclass is, but built without the
# object.__setattr__ per field that frozen costs (three times slower): one is made for every
# mention.
@dataclass(unsafe_hash=True)
class Mention:
    """An entity named at ``start:end`` of the document text."""

    start: int
    end: int
    text: str
    name: str
    label: str
    kind: str  # name, alias, demonym, capital, nato, acronym, discovered, variant (of a known system), reference
    confidence: float = 1.0

    @property
    def discovered(self) -> bool:
        return self.kind == "discovered"


def fold(text: str) -> str:
    """Lower-case and unify dashes and line breaks without changing the length (offsets
    stay valid): a hard-wrapped name ("the Vietnam People's\\nAir Force") is still a name.

    >>> fold("Su–27 Flanker")
    'su-27 flanker'
    >>> fold("Pacific\\nFleet")
    'pacific fleet'
    """
    plain = _plain_dashes(text).replace("\n", " ")
    folded = plain.lower()
    if len(folded) == len(text):
        return folded
    return "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in plain)


def _plain_dashes(text: str) -> str:
    # One str.replace per character is many times faster than str.translate with a
    # dict, which looks every character of the document up.
    for char, plain in DASHES.items():
        if char in text:
            text = text.replace(char, plain)
    return text


def _variants(form: str) -> set[str]:
    """Spellings writers use for a designation: ``Su-27`` → ``Su 27``, ``Su27``."""
    variants = {form}
    match = re.fullmatch(r"([A-Za-z]{2,4})-(\d[\w-]*)", form)
    # Only mixed-case makers' prefixes (Su, MiG, Tu, Yak) are safe without their hyphen:
    # "A 50 percent", "An 124-page report" and "CH4" are not aircraft.
    if match and not match[1].isupper() and not match[1].islower() and match[1] not in COMMON_WORDS:
        variants |= {f"{match[1]} {match[2]}", f"{match[1]}{match[2]}"}
    if form.startswith("the "):
        variants.add(form[4:])
    return variants


DIRECTIONS = {"Western", "Eastern", "Northern", "Southern", "Central", "North", "South", "East", "West"}
# "the sixth improved Kilo-class submarine": a variant named by a plain adjective before its family's name
VARIANT_ADJECTIVES = {"Improved"}


def _case_rule(form: str) -> str:
    if form.split(" ", 1)[0] in DIRECTIONS | VARIANT_ADJECTIVES and " " in form:
        return "any"  # "the western Pacific", "northern Indian Ocean", "an improved Kilo"
    letters = [ch for ch in form if ch.isalpha()]
    if letters and all(ch.isupper() for ch in letters) and len(letters) <= 5 and not any(ch.isdigit() for ch in form):
        return "exact"
    return "capital" if form[:1].isupper() else "any"


class MentionFinder:
    """Finds gazetteer entities and new designations in text."""

    def __init__(self, gazetteer: Gazetteer):
        self.gazetteer = gazetteer
        self.automaton = ahocorasick.Automaton()
        candidates: dict[str, list] = {}
        for form in gazetteer.forms.values():
            for variant in _variants(form.text):
                key = fold(variant)
                # Topics are common nouns in running text ("a draft on climate security").
                rule = "any" if form.entry.label == "Topic" else _case_rule(variant)
                candidates.setdefault(key, []).append((variant, form.entry.name, form.entry.label, form.kind, rule))
        for key, values in candidates.items():
            self.automaton.add_word(key, (len(key), values))
        self.automaton.make_automaton()
        self.series = {entry.name.casefold(): entry.name for entry in gazetteer.by_label("Exercise") if not entry.get("series")}
        self.weapons = {fold(form.text): form.entry.name for form in gazetteer.forms.values() if form.entry.label == "WeaponSystem"}
        self.services_listed = _services_listed(gazetteer)
        # "wing loong": a form that other systems' names number on from ("Wing Loong II"), standing for its usual member alone
        self.family_forms = {
            numbered["family"] for form in self.weapons if (numbered := NUMBERED_MEMBER.fullmatch(form))
            and numbered["family"] in self.weapons and self.weapons[numbered["family"]] != self.weapons[form]
        }
        # "shahed", "mohajer": the name a family's numbered designations open with ("Shahed-136", "Mohajer-6")
        self.numbered_families = {numbered["family"] for form in self.weapons if (numbered := NUMBERED_FAMILY.match(form))}
        # "cobra" → {"AH-1", "Otokar Cobra"}: the systems a form names by a designation or maker, then a name
        self.weapon_tails: dict[str, set[str]] = {}
        for form in gazetteer.forms.values():
            tail = NAMED_AFTER_CODE.fullmatch(form.text) if form.entry.label == "WeaponSystem" else None
            if tail and (any(ch.isdigit() for ch in tail["code"]) or tail["code"] == str(form.entry.get("producer") or "").split(" ")[0]):
                self.weapon_tails.setdefault(fold(tail["name"]), set()).add(form.entry.name)
        # ("United States", "pacific fleet") → "United States Pacific Fleet": the force a state's
        # possessive picks out from a bare alias ("the US Navy's Pacific Fleet")
        self.forces_by_state = {
            (entry.get("state"), fold(form[len(form) - len(tail):])): entry.name
            for entry in gazetteer.by_label("ArmedForce") if entry.get("state")
            for form in (entry.name, *entry.aliases)
            for tail in _name_tails(form)
        }

    def find(self, text: str) -> list[Mention]:
        """Every mention in ``text``, leftmost-longest, not overlapping, in order; a name
        broken over two lines ("the PLA\nNavy", "the Pakistan Air\n      Force") is one mention."""
        if "\n " not in text and "\n\t" not in text:
            return self._find(text)
        # an indented continuation line (chronologies, hard-wrapped tables): found with the
        # line end and indent as one space, then put back at the text's own offsets
        squeezed, runs, shifts = _squeeze_indents(text)
        return [_moved(mention, text, runs, shifts) for mention in self._find(squeezed)]

    def _find(self, text: str) -> list[Mention]:
        folded = fold(text).replace("\n", " ") if "\n" in text else fold(text)
        found = list(self._gazetteer_mentions(text, folded))
        if "(" in text and ("\"" in text or "“" in text):
            found += _defined_terms(text, found)
        found += self._compass_conjuncts(text, found)
        found += self._shared_heads(text, found)
        found += self._discovered_mentions(text, found)
        found += self._named_before_kind(text, found)
        found += self._lead_ships(text, found)
        if "-class " in text or " class " in text:
            found += self._class_by_generic_noun(text, found)
        found += _defined_acronyms(text, found)
        found = [m for m in found if not (m.label == "State" and COMPASS_PART_BEFORE.search(text, max(0, m.start - 10), m.start))]
        found = [self._family_member(text, m) if m.label == "WeaponSystem" and fold(m.text) in self.family_forms and WHOLE_FAMILY_AFTER.match(text, m.end) else m for m in found]
        found = [m for m in found if m is not None]
        return self._owned_forces(text, self._series_as_editions(text, _with_glossed_places(text, self._with_family_names(text, _non_overlapping(found)))))

    def _family_member(self, text: str, mention: Mention) -> Mention | None:
        """A family's name followed by a member's number the gazetteer does not list is that
        member, discovered as written ("Wing Loong VII"); followed by "family" or "series", or
        by a letter, it names no one system."""
        member = FAMILY_MEMBER_AFTER.match(text, mention.end)
        if member is None:
            return None
        written = text[mention.start:member.end()]
        return Mention(mention.start, member.end(), written, written, mention.label, "discovered", DISCOVERED_CONFIDENCE)

    def _owned_forces(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """A force's bare alias owned by another state is that state's force of the name: in
        "the United States Navy's Pacific Fleet" or "Japan's Pacific Fleet" the alias "Pacific
        Fleet" of the Russian Pacific Fleet is the US Pacific Fleet, or no force the gazetteer
        knows (then left out rather than given to the wrong state)."""
        owned: list[Mention] = []
        for mention in mentions:
            owner = owned[-1] if owned else None
            state = self._state_of(mention)
            owner_state = self._state_of(owner) if owner is not None and POSSESSIVE_GAP.fullmatch(text, owner.end, mention.start) else None
            if mention.label != "ArmedForce" or mention.kind != "alias" or state is None or owner_state is None or owner_state == state:
                owned.append(mention)
                continue
            force = self.forces_by_state.get((owner_state, fold(mention.text)))
            if force is not None:
                owned.append(Mention(mention.start, mention.end, mention.text, force, mention.label, "alias", mention.confidence))
        return owned

    def _state_of(self, mention: Mention) -> str | None:
        """The state a mention names or whose force it is."""
        if mention.label == "State":
            return mention.name
        entry = self.gazetteer.get(mention.name) if mention.label == "ArmedForce" else None
        return entry.get("state") if entry is not None else None

    def _with_family_names(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """A variant's designation followed by its family's name is one mention of the variant:
        "AH-64E Apache helicopters", "Su-35S Flanker-E" (not two systems, the family after the variant)."""
        merged: list[Mention] = []
        for mention in mentions:
            previous = merged[-1] if merged else None
            # "Type 035G (Ming-class) boats": the family in brackets only glosses the variant
            bracketed = text[previous.end:mention.start] == " (" and text[mention.end:mention.end + 1] == ")" if previous is not None else False
            if (
                previous is not None and previous.label == mention.label == "WeaponSystem" and (text[previous.end:mention.start] == " " or bracketed)
                and mention.name in self._lineage(previous.name)
            ):
                end = mention.end + 1 if bracketed else mention.end
                merged[-1] = Mention(previous.start, end, text[previous.start:end], previous.name, previous.label, previous.kind, previous.confidence)
            elif (
                previous is not None and previous.label == mention.label == "WeaponSystem" and re.search(r"(?<!clas)s$", previous.text) and text[previous.end:mention.start] == " ("
                and text[mention.end:mention.end + 1] == ")" and previous.name in self._lineage(mention.name)
            ):
                # "six Kilos (Project 636)": the variant in brackets says which of the family, counted in the
                # plural, it was (not a headword's other name: "Kilo class (Project 877 Paltus)")
                end = mention.end + 1
                merged[-1] = Mention(previous.start, end, text[previous.start:end], mention.name, mention.label, mention.kind, mention.confidence)
            else:
                merged.append(mention)
        return merged

    def _lineage(self, name: str) -> list[str]:
        """The systems ``name`` is a variant of, nearest first ("Su-35S" → ["Su-35"])."""
        parents: list[str] = []
        entry = self.gazetteer.get(name)
        while entry is not None and (parent := entry.get("variant_of")) and parent not in parents:
            parents.append(parent)
            entry = self.gazetteer.get(parent)
        return parents

    def _series_as_editions(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """A series named again after one of its editions, in the same paragraph and with no
        other year in between or in its sentence, is that edition: "we co-hosted Balikatan
        2024 ... It was the largest Balikatan ever"."""
        last_edition: dict[str, Mention] = {}
        for index, mention in enumerate(mentions):
            if mention.label != "Exercise":
                continue
            edition = EDITION_NAME.fullmatch(mention.name)
            if edition and edition["series"].casefold() in self.series:
                last_edition[edition["series"]] = mention
                continue
            earlier = last_edition.get(mention.name)
            if earlier is None or mention.name.casefold() not in self.series:
                continue
            year = EDITION_NAME.fullmatch(earlier.name)["year"]
            sentence_end = SENTENCE_END.search(text, mention.end)
            between = text[earlier.end:sentence_end.start() if sentence_end else len(text)]
            if "\n\n" not in between and all(other == year for other in YEAR.findall(between)):
                mentions[index] = Mention(mention.start, mention.end, mention.text, earlier.name, "Exercise", earlier.kind, earlier.confidence)
        return self._series_before_edition(text, mentions)

    def _series_before_edition(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """A series named earlier in the sentence that names one of its editions, with no year
        in between, is that edition: "drills under the Peace Mission label: Russia hosted Peace
        Mission-2021" (not "Vostok drills since 2010; Vostok-2018 ...")."""
        next_edition: dict[str, Mention] = {}
        for index in range(len(mentions) - 1, -1, -1):
            mention = mentions[index]
            if mention.label != "Exercise":
                continue
            edition = EDITION_NAME.fullmatch(mention.name)
            if edition and edition["series"].casefold() in self.series:
                next_edition[edition["series"]] = mention
                continue
            later = next_edition.get(mention.name)
            if later is None or mention.name.casefold() not in self.series:
                continue
            between = text[mention.end:later.start]
            if not SENTENCE_END.search(between) and "\n" not in between and not YEAR.search(between):
                mentions[index] = Mention(mention.start, mention.end, mention.text, later.name, "Exercise", later.kind, later.confidence)
        return mentions

    def _gazetteer_mentions(self, text: str, folded: str):
        uncased = _uncased_lines(text)
        for end_index, (length, values) in self.automaton.iter(folded):
            start, end = end_index - length + 1, end_index + 1
            suffixed = None
            if start > 0 and folded[start - 1].isalnum():
                continue
            if end < len(text) and text[end].isalnum() and not _plural_end(text, end):
                # "Mirage 2000Hs", "Mirage 2000C": sub-model letters after a listed "<name> <number>";
                # "KT-1B", "AL-31FP": after a listed "<letters>-<number>" (see MentionFinder._variant_of)
                suffixed = SUB_MODEL.match(text, end) if SPACED_NUMBER.search(folded, start, end) or HYPHENATED_NUMBER.search(folded, start, end) else None
                if suffixed is None:
                    continue
            for surface, name, label, kind, rule in values:
                if rule == "capital" and uncased and any(line_start <= start < line_end for line_start, line_end in uncased):
                    rule = "any"  # "russia sold su-35s to egypt lol": a line typed all in lower case names its states in lower case
                if suffixed is not None:
                    if label == "WeaponSystem" and _case_ok(text[start:end], surface, rule):
                        yield Mention(start, suffixed.end(), text[start:suffixed.end()], name, label, "variant")
                    break
                if label == "Region" and start > 1 and folded[start - 1] == "-" and folded[start - 2].isalpha():
                    continue  # "the north-western Pacific" is not the region "western Pacific"
                edition = UNKNOWN_EDITION.match(text, end) if label == "Exercise" else None
                if edition:
                    # "AMAN-25", "since Zapad-81": an edition the gazetteer does not know, not the series;
                    # a hyphenated edition is kept as written (seeds/gold/GUIDELINES.md)
                    if edition["roman"] and MISSILE_AFTER.match(text, edition.end()):
                        break  # "the Shaheen-II missile": a missile numbered so, not an edition of the exercise
                    if name.casefold() in self.series and _case_ok(text[start:end], surface, rule):
                        listed = self.gazetteer.resolve(f"{name} {edition['roman']}") if edition["roman"] else None
                        if listed is not None and listed.label == "Exercise":  # "Mosi-II", listed as "Mosi II"
                            yield Mention(start, edition.end(), text[start:edition.end()], listed.name, label, "name")
                            break
                        written = f"{name}-{edition.group(0)[1:]}"
                        yield Mention(start, edition.end(), text[start:edition.end()], written, label, "discovered", DISCOVERED_CONFIDENCE)
                    break
                if kind == "capital" and PLACE_NAMED_AFTER.match(text, end):
                    break  # "off Tokyo Bay", "Manila Harbour": a place named after the city, not the state
                if label == "ArmedForce" and folded.endswith("military", 0, end) and MILITARY_ADJECTIVE.match(text, end):
                    break  # "a North Korean-Russian military arrangement", "US military aid": not the force
                if _case_ok(text[start:end].replace("\n", " "), surface, rule):
                    edition = self._spaced_edition(text, start, end, name) if label == "Exercise" else None
                    if edition:
                        yield edition
                        break
                    if label in ("WeaponSystem", "Topic") and _plural_end(text, end):
                        end += 1
                    spaced = SPACED_SUB_MODEL.match(text, end) if label == "WeaponSystem" else None
                    if spaced:
                        # "Gripen C/D jets bought from Sweden", "F-16 Block 50s": the sub-model is part of
                        # the name, so what follows it ("jets bought from") sits right behind the system
                        yield Mention(start, spaced.end(), text[start:spaced.end()], name, label, "variant")
                        break
                    yield Mention(start, end, text[start:end], name, label, kind)
                    break

    def _compass_conjuncts(self, text: str, found: list[Mention]) -> list[Mention]:
        """Places named by a compass word that shares the rest of the next place's name: in
        "the East and South China Seas" the gazetteer finds "South China Sea(s)", and "East"
        is the East China Sea (not the "East Sea" a shared last word would make). Only where
        the gazetteer's name itself opens with the compass word: whether "the western and
        northern Pacific" also names the Western Pacific is a point on which annotators differ
        (dev and dev2 give the Pacific Ocean alone, dev3 and dev31 both)."""
        shared = []
        for mention in found:
            if mention.label != "Region":
                continue
            first, _, head = mention.text.partition(" ")
            if not head or first.capitalize() not in DIRECTIONS:
                continue
            before = COMPASS_CONJUNCT.search(text, max(0, mention.start - 20), mention.start)
            if before is None or any(m.start < before.end(1) and before.start(1) < m.end for m in found):
                continue
            values = self.automaton.get(fold(f"{before[1]} {head}"), None)
            places = [value for value in (values[1] if values else ()) if value[2] == "Region" and _case_ok(f"{before[1]} {head}", value[0], value[4])]
            if places:
                _, name, label, kind, _ = places[0]
                shared.append(Mention(before.start(1), before.end(1), before[1], name, label, kind))
        return shared

    def _shared_heads(self, text: str, found: list[Mention]) -> list[Mention]:
        """Places that share the plural head of the last one: in "the Tsugaru and Osumi
        Straits" the gazetteer finds "Osumi Strait(s)", and "Tsugaru" is the Tsugaru Strait."""
        shared = []
        for mention in found:
            if mention.label != "Region" or not _plural_end(text, mention.end) or " " not in mention.text:
                continue
            head = mention.text.rsplit(" ", 1)[1]
            before = SHARED_HEAD_CONJUNCTS.search(text, max(0, mention.start - 80), mention.start)
            if before is None:
                continue
            for words in SHARED_HEAD_WORD.finditer(text, before.start(), mention.start):
                # "The Barents and Kara Seas": the name may be the last word alone
                for start in dict.fromkeys((words.start(), text.rfind(" ", words.start(), words.end()) + 1 or words.start())):
                    word = text[start:words.end()]
                    values = self.automaton.get(fold(f"{word} {head}"), None)
                    places = [value for value in (values[1] if values else ()) if value[2] == "Region"]
                    if places and not any(m.start < words.end() and start < m.end for m in found):
                        _, name, label, kind, _ = places[0]
                        shared.append(Mention(start, words.end(), word, name, label, kind))
                        break
        return shared

    def _spaced_edition(self, text: str, start: int, end: int, series: str) -> Mention | None:
        """The edition named by ``series`` (found at ``start:end``) and the year after it:
        "Malabar 2020" is the listed Malabar-2020. "Balikatan 2024", an edition the
        gazetteer does not list, stays the series with the year beside it, as annotators
        write it (seeds/gold/GUIDELINES.md); only a hyphenated "Sea Guardian-2023" is
        discovered as an edition of its own."""
        if series.casefold() not in self.series:
            return None
        dated = DATED_SERIES.match(text, end)
        if dated and self.gazetteer.get(f"{series}-{dated[1]}") is not None:
            # "returned to Malabar in 2020": the listed edition of that year
            return Mention(start, end, text[start:end], f"{series}-{dated[1]}", "Exercise", "name")
        fronted = YEAR_BEFORE_SERIES.search(text, max(0, start - 12), start)
        if fronted and self.gazetteer.get(f"{series}-{fronted[1]}") is not None:
            # "the 2024 Maritime Security Belt exercise": the listed edition of the year before the series
            return Mention(start, end, text[start:end], f"{series}-{fronted[1]}", "Exercise", "name")
        match = SPACED_EDITION.match(text, end)
        if match is None:
            return None
        listed = f"{series}-{match[1]}"
        if self.gazetteer.get(listed) is not None:
            return Mention(start, match.end(), text[start:match.end()], listed, "Exercise", "name")
        return None

    def _discovered_mentions(self, text: str, known: list[Mention]) -> list[Mention]:
        known = sorted(known, key=lambda m: m.start)
        starts = [m.start for m in known]
        found = []
        openings = DISCOVERY_OPENINGS.starts(text)
        lines = discovery_lines(text, comparable(text))
        for index, (_, label) in enumerate(DISCOVERY_PATTERNS):
            for match in discovery_matches(index, text, openings, lines):
                near = _near(known, starts, match.start())
                if any(m.start <= match.start() and match.end() <= m.end for m in near):
                    continue
                overlapping = "name" in match.re.groupindex and [m for m in near if m.start < match.end("name") and match.start("name") < m.end]
                # "the Russian Navy exercise": a known name, not an exercise's; an organization defined
                # with its acronym may hold one ("Collective Security Council") but not open with one
                if overlapping and label == "Exercise" and _opened_by_places(match, overlapping):
                    overlapping = []  # "Exercise Pacific Steller", "the exercise Baltic Sentry": a place word opens the exercise's own name
                if overlapping and ("acronym" not in match.re.groupindex or any(m.start <= match.start("name") for m in overlapping)):
                    continue
                if "acronym" not in match.re.groupindex and any(m.label == label and match.start() <= m.start and match.end() - 1 <= m.end <= match.end() for m in near):
                    continue  # "Russian Kilo-class submarine" is the known Kilo-class submarine (a bracketed gloss ends in its own name)
                if label == "WeaponSystem" and any(m.label == label and m.start == match.start() and KIND_AFTER.fullmatch(text, m.end, match.end()) for m in near):
                    continue  # "two Project 636 submarines", "a Nimitz-class carrier": the known system, with its kind after it
                if label == "WeaponSystem" and CODE.match(match.group(0)) and any(m.start == match.start() and m.label != label for m in near):
                    continue  # "the G7 frigate plan": a code that is a known name of something else
                mention = self._discovered(text, match, label)
                if mention:
                    found.append(mention)
                    if "acronym" in match.re.groupindex:
                        found += _acronym_uses(text, match, mention, known, starts)
        return found

    def _discovered(self, text: str, match: re.Match, label: str) -> Mention | None:
        surface = match.group(0)
        name = surface
        if label == "WeaponSystem" and "name" in match.re.groupindex:
            hyphenated = fold(UNHYPHENATED.sub(r"\1-\2", match["name"]))
            if hyphenated in self.weapons:  # "PL15 missiles" are the known PL-15
                return Mention(match.start("name"), match.end("name"), match["name"], self.weapons[hyphenated], label, "variant")
            return Mention(match.start("name"), match.end("name"), match["name"], match["name"], label, "discovered", DISCOVERED_CONFIDENCE)
        if label == "WeaponSystem":
            name = surface[:-1] if SHIP_PLURAL.search(surface) else surface
            if NOT_A_SYSTEM_BEFORE.search(text, max(0, match.start() - 12), match.start()) or NOT_A_SYSTEM_AFTER.match(text, match.end()):
                return None
            if VERSION_AFTER.match(text, match.end()) and ASIDE_BEFORE.search(text, max(0, match.start() - 25), match.start()):
                return None  # "MiG-21 fighters (the early F-13 version)": the version of the system just named
            known = self._variant_of(name)
            if known:
                return Mention(match.start(), match.end(), surface, known, label, "variant")
        elif label == "ArmedForce" and OWNED_SERVICE.fullmatch(surface):
            return self._service(match)
        elif label == "Organization" and MILITARY_AIR.match(text, match.end()):
            return None  # "the Pakistan Air\n  Force": a service broken over a line, not an airline
        elif label == "Organization" and "acronym" in match.re.groupindex:
            if "".join(word[0] for word in match["name"].split() if word[0].isupper()) != match["acronym"]:
                return None
            if match.start("acronym") < match.start("name"):
                # the acronym and its gloss are one mention, the organization the sentence names there
                return Mention(match.start(), match.end(), surface, match["name"], label, "discovered", DISCOVERED_CONFIDENCE)
            return Mention(match.start("name"), match.end("name"), match["name"], match["name"], label, "discovered", DISCOVERED_CONFIDENCE)
        elif label == "Organization" and "name" in match.re.groupindex:
            # "JSC Vorkan Machine": the legal form and the name are one mention, named without the form
            return Mention(match.start(), match.end(), surface, match["name"], label, "discovered", DISCOVERED_CONFIDENCE)
        elif label == "Exercise" and "name" in match.re.groupindex:
            return Mention(match.start("name"), match.end("name"), match.group("name"), match.group("name"), label, "discovered", DISCOVERED_CONFIDENCE)
        elif label == "Exercise":
            series, _, year = surface.rpartition("-")
            known_series = self.series.get(series.casefold())
            if known_series:
                name = f"{known_series}-{year}"
            elif EVENT_NOT_EXERCISE.match(text, match.end()) or not (
                EXERCISE_CONTEXT.search(text[max(0, match.start() - 60):match.end() + 40]) or FORCE_TAKING_PART.search(text, max(0, match.start() - 100), match.start())
            ):
                return None
        return Mention(match.start(), match.end(), surface, name, label, "discovered", DISCOVERED_CONFIDENCE)


    def _lead_ships(self, text: str, known: list[Mention]) -> list[Mention]:
        """A ship named after the kind it is, whose class the gazetteer lists under that name:
        "the frigate Admiral Gorshkov" is a ship of the Admiral Gorshkov class, as a class's
        lead ship is (a ship whose name no class bears, "the frigate Hengyang", stays unnamed)."""
        if not SHIP_KIND.search(text):
            return []
        found = []
        for ship in LEAD_SHIP.finditer(text):
            name = ship["name"]
            for words in range(len(name.split()), 0, -1):  # "the corvette Steregushchiy docked": the longest name the gazetteer knows as a class
                shorter = " ".join(name.split()[:words])
                system = self.weapons.get(fold(f"{shorter}-class {ship['kind']}"))
                if system is not None:
                    end = ship.start("name") + len(shorter)
                    if not any(m.start < end and ship.start("name") < m.end for m in known):
                        found.append(Mention(ship.start("name"), end, shorter, system, "WeaponSystem", "variant"))
                    break
        return found

    def _class_by_generic_noun(self, text: str, known: list[Mention]) -> list[Mention]:
        """A ship class named with a word for any vessel rather than its kind: "a Tench-class boat",
        "two Hamilton-class cutters", "the Kashin-class ships". The class the gazetteer lists under the
        name, of whatever kind; else, unknown, a class of submarines where the word says so ("a
        Foxtrot-class sub") or "boat" stands for one in a passage about submarines (a navy's
        "boats" are its submarines). A class of no known kind ("a Marten-class vessel") and a
        graded compound ("a world-class ship") stay unnamed."""
        found = []
        for match in CLASS_BY_VESSEL_WORD.finditer(text):
            name, noun, start = match["name"], match["noun"].lower(), match.start()
            overlapping = [m for m in known if m.start < match.end() and start < m.end]
            last = match.start("name") + max(name.rfind(" "), name.rfind("-")) + 1
            if overlapping and last > start and all(m.end <= last for m in overlapping):
                name, start = text[last:match.end("name")], last  # "an American Tench-class boat": the demonym is no part of the class
            elif overlapping:
                continue  # "Kilo-class boats": the gazetteer's own "Kilo-class" already named it
            systems = {self.weapons[key] for key in (fold(f"{name}-class"), fold(f"{name} class")) if key in self.weapons}
            systems |= {system for kind in SHIP_KIND_LIST if (system := self.weapons.get(fold(f"{name}-class {kind}")))}
            if len(systems) == 1:
                found.append(Mention(start, match.end(), text[start:match.end()], systems.pop(), "WeaponSystem", "variant"))
            elif not systems and (noun.startswith("sub") or noun.startswith("boat") and "submarine" in text[max(0, start - 600):match.end() + 300].lower()):
                found.append(Mention(start, match.end(), text[start:match.end()], f"{name}-class submarine", "WeaponSystem", "discovered", DISCOVERED_CONFIDENCE))
        return found

    def _named_before_kind(self, text: str, known: list[Mention]) -> list[Mention]:
        """Systems named by a title-case name the gazetteer does not know, right before the
        kind of weapon they are: "Wing Loong drones", "Krab howitzers", "Gowind corvettes"
        (a ship class's name, the class the gazetteer lists). Looked for only before a kind
        noun written in lower case (a heading in title case, "Egypt Buys Drones", is left
        alone); never a name that holds a known entity of any label ("Iranian drones",
        "Sukhoi fighter jets"), a non-state group, a service or a word of time or kind
        (``NOT_A_WEAPON_NAME``: "Houthi drones", "Navy frigates"), the last words of a longer
        title-case run ("Prime Minister Okafor"), nor one word alone opening a sentence,
        line or entry ("Armed drones", "Cruise missiles")."""
        if not WEAPON_KIND_HINT.search(text):
            return []
        known = sorted(known, key=lambda m: m.start)
        starts = [m.start for m in known]
        found = []
        for kind in WEAPON_KIND_NOUN.finditer(text):
            window = max(0, kind.start() - 40)
            named = NAME_BEFORE_KIND.search(text, window, kind.start())
            if named is None or any(word in NOT_A_WEAPON_NAME for word in named["name"].split()):
                continue
            near = _near(known, starts, named.start())
            if any(m.start < kind.end() and named.start() < m.end for m in near):
                continue  # a known name, or one the name is part of ("Kilo submarines", "Chinese Wing Loong")
            if UNDERTAKING_AFTER.match(text, kind.end()):
                continue  # "the Orka submarine programme": a procurement's name, not a system's
            run = RUN_BEFORE_NAME.search(text, max(0, named.start() - 30), named.start())
            if run and run.group(0)[:-1] not in LEADING_WORDS and not any(m.start <= run.start() < m.end and m.label != "WeaponSystem" for m in near):
                continue  # "Prime Minister Okafor drones", "Scorpène Evolved submarines": a longer name's last words
            if " " not in named["name"] and (named.start() < 2 or NAME_OPENS.search(text, named.start() - 4, named.start())):
                continue  # "Armed drones", "- Attack helicopters": any word is capitalised there
            mention = self._kind_named(named, kind[0])
            if mention is not None:
                found.append(mention)
        return found

    def _kind_named(self, named: re.Match, kind: str) -> Mention | None:
        """The system "<Name> <kind>" names: a class the gazetteer lists under the name
        ("Gowind corvettes" → Gowind-class corvette), the one system the gazetteer names by a
        designation or maker and this name ("Bohdana howitzers" → 2S22 Bohdana; None for
        "Cobra helicopters", where the AH-1 Cobra and the Otokar Cobra share it, and for
        "Shahed drones", a family whose members the gazetteer numbers), else the name as
        written, a ship class written as classes are ("Ivan Rogov landing ships" → Ivan
        Rogov-class landing ship)."""
        name = named["name"]
        singular = SHIP_PLURAL_END.sub("", kind)
        for form in (f"{name} class", f"{name}-class {singular}", f"{name} {singular}"):
            if fold(form) in self.weapons:
                return Mention(named.start(), named.end(), name, self.weapons[fold(form)], "WeaponSystem", "variant")
        systems = self.weapon_tails.get(fold(name), ())
        if len(systems) > 1 or fold(name) in self.numbered_families:
            return None  # "Shahed drones": some member of a family the gazetteer numbers, which one not said
        if systems:
            return Mention(named.start(), named.end(), name, next(iter(systems)), "WeaponSystem", "variant")
        written = f"{name}-class {singular}" if SHIP_KIND.fullmatch(singular) else name
        return Mention(named.start(), named.end(), name, written, "WeaponSystem", "discovered", DISCOVERED_CONFIDENCE)

    def _service(self, match: re.Match) -> Mention | None:
        """A service named after a state the gazetteer knows but not with this service:
        "The Ghana Navy" is the Ghana Navy (the sentence's "The" left out), of Ghana."""
        name = match.group(0)
        owner = self.service_owner(name)
        if owner is None:
            return None
        words = name.split()
        kept = next(i for i in range(len(words)) if words[i] not in LEADING_WORDS)
        start = match.start() + len(" ".join(words[:kept])) + (1 if kept else 0)
        return Mention(start, match.end(), name[start - match.start():], name[start - match.start():], "ArmedForce", "discovered", DISCOVERED_CONFIDENCE)

    def service_owner(self, name: str) -> str | None:
        """The state a service's name names it after ("Argentine Air Force" → Argentina,
        "Royal Cambodian Navy" → Cambodia), if the gazetteer knows the state but lists no
        service of that kind for it; None for a name in any other shape ("Free Syrian Army")."""
        shape = OWNED_SERVICE.fullmatch(name)
        if shape is None:
            return self._formation_owner(name)
        words = shape.group("owner").split()
        for first in range(len(words)):
            form = self.gazetteer.forms.get(" ".join(words[first:]))
            if form and form.entry.label == "State" and form.kind in ("name", "alias", "demonym"):
                leading = words[:first]
                if leading[-1:] == ["Royal"]:
                    leading = leading[:-1]
                if all(word in LEADING_WORDS for word in leading) and (form.entry.name, shape.group("service")) not in self.services_listed:
                    return form.entry.name
                return None
        return None

    def _formation_owner(self, name: str) -> str | None:
        """The state a fleet, theatre command or military district the gazetteer lacks is named
        with ("Russian Kavora Fleet" → Russia, "Chinese Eastern Theater Command" → China); None
        where no state's name or demonym opens it ("the Kavora Fleet")."""
        if OWNED_FORMATION.fullmatch(name) is None:
            return None
        words = name.split()
        for count in (2, 1):
            form = self.gazetteer.forms.get(" ".join(words[:count]))
            if form and form.entry.label == "State" and form.kind in ("name", "alias", "demonym") and len(words) > count + 1:
                return form.entry.name
        return None

    def _variant_of(self, designation: str) -> str | None:
        """The known system of which ``designation`` is an unlisted variant: "F-16C/D" and
        "FA-50GF" are the F-16 and the FA-50 (the variant letters or pair after the number
        name a sub-model); None when no shorter form is in the gazetteer."""
        match = VARIANT.fullmatch(designation)
        if match is None:
            return None
        for base in (match["number"] + match["letters"], match["number"]):
            if base != designation and fold(base) in self.weapons:
                return self.weapons[fold(base)]
        return None


# a designation's number, then variant letters and a "/UB"-style pair: "MiG-29S/UB", "F-16C/D"
VARIANT = re.compile(r"(?P<number>.*?\d+)(?P<letters>[A-Z]{0,3}\d?|i)(?P<pair>/[A-Z]{1,2})?")


# A firm's filing or a contract names its party once and then by a defined term: 'Bharat
# Dynamics Limited ("BDL" or "the Company")', 'Saab AB (the "Supplier")'. The brackets hold
# quoted terms and the words that join them, nothing else.
DEFINITION = re.compile(r"\s*\((?P<terms>(?:\s*(?:the|an?|or|and|hereinafter|hereafter|(?:referred to|known) as|together|collectively|,)?\s*[\"“][^\"”()]{2,40}[\"”])+)\s*\)")
QUOTED_TERM = re.compile(r"[\"“](?:the\s+)?(?P<term>[^\"”()]{2,40})[\"”]", re.IGNORECASE)


def _with_glossed_places(text: str, mentions: list[Mention]) -> list[Mention]:
    """A place followed by another place's name in brackets is the bracketed place: a
    translator's or writer's gloss on a local name ("the East Sea (South China Sea)" in
    Vietnamese usage, "the West Sea (Yellow Sea)"), not two waters."""
    glossed: list[Mention] = []
    for mention in mentions:
        previous = glossed[-1] if glossed else None
        if (
            previous is not None and previous.label == mention.label == "Region" and previous.name != mention.name
            and text[previous.end:mention.start] == " (" and text[mention.end:mention.end + 1] == ")"
        ):
            end = mention.end + 1
            glossed[-1] = Mention(previous.start, end, text[previous.start:end], mention.name, mention.label, mention.kind, mention.confidence)
        else:
            glossed.append(mention)
    return glossed


def _defined_terms(text: str, known: list[Mention]) -> list[Mention]:
    """The defined terms an organization is given in brackets after its name, used again
    later in the text, as that organization: "the Company" in a filing that defined it so."""
    uses = []
    for mention in known:
        if mention.label != "Organization" or mention.kind == "demonym":
            continue
        definition = DEFINITION.match(text, mention.end)
        if definition is None:
            continue
        for quoted in QUOTED_TERM.finditer(definition["terms"]):
            term = quoted["term"].strip()
            if not term[:1].isupper() or fold(term) == fold(mention.text):
                continue  # a defined term is capitalised; the name itself is found anyway
            for use in re.finditer(r"(?<![\w-])" + re.escape(term) + r"(?![\w-])", text[definition.end():]):
                start = definition.end() + use.start()
                uses.append(Mention(start, start + len(term), term, mention.name, mention.label, "alias"))
    return uses


def _acronym_uses(text: str, definition: re.Match, mention: Mention, known: list[Mention], starts: list[int]) -> list[Mention]:
    """The acronym an organization was defined with, used again later in the text, as that
    organization (where no known name stands)."""
    uses = []
    for use in re.compile(r"\b" + definition["acronym"] + r"\b").finditer(text, definition.end()):
        if not any(m.start < use.end() and use.start() < m.end for m in _near(known, starts, use.start())):
            uses.append(Mention(use.start(), use.end(), use.group(0), mention.name, mention.label, "discovered", DISCOVERED_CONFIDENCE))
    return uses


# "the Brazilian Air Force (FAB)": an acronym in brackets right after a force's or body's name
DEFINED_ACRONYM = re.compile(r" \((?P<acronym>[A-Z]{2,6})\)")


def _defined_acronyms(text: str, known: list[Mention]) -> list[Mention]:
    """Later uses of the acronym a text gives a known force or organization in brackets after its
    name, in whatever language the acronym is ("the Brazilian Air Force (FAB) ... the FAB's
    1st Air Defence Group"); an acronym that already names something is left to that."""
    known = sorted(known, key=lambda m: m.start)
    starts = [m.start for m in known]
    uses = []
    for mention in known:
        if mention.label not in ("ArmedForce", "Organization"):
            continue
        definition = DEFINED_ACRONYM.match(text, mention.end)
        if definition and not any(m.start < definition.end("acronym") and definition.start("acronym") < m.end for m in _near(known, starts, definition.start("acronym"))):
            uses += _acronym_uses(text, definition, mention, known, starts)
    return uses


def _services_listed(gazetteer: Gazetteer) -> set[tuple[str, str]]:
    """(state, service) for each kind of service the gazetteer lists a force of for a state;
    (state, "Armed Forces") and the like where it lists the state's whole military."""
    listed = set()
    for force in gazetteer.by_label("ArmedForce"):
        state = force.get("state")
        names = " ".join((force.name,) + force.aliases)
        for service, words in SERVICE_KINDS.items():
            if any(word in names for word in words) or not words and not force.get("parent"):
                listed.add((state, service))
    return listed


# a listed name that ends in a number after a space ("Mirage 2000", "Type 055"), and the
# sub-model letters written onto it, with a plural "s"
SPACED_NUMBER = re.compile(r"\s\d+$")
# a listed designation of letters, a hyphen and a number ("KT-1", "AL-31"), whose sub-model
# letters writers run onto it as the discovered designations' are ("KT-1B", "AL-31FP")
HYPHENATED_NUMBER = re.compile(r"(?<![\w-])[a-z]{1,4}-\d+$")
SUB_MODEL = re.compile(r"[A-Z]{1,3}s?(?![\w-])")
# a sub-model written after a space: a pair of variant letters ("Gripen C/D", "F-16 A/B") or a
# production block ("F-16 Block 70", "Block IIIs"), with a plural "s"
SPACED_SUB_MODEL = re.compile(r" (?:[A-Z]{1,2}/[A-Z]{1,2}|Block (?:\d{1,3}[A-Z]?|[IVX]{1,4}))s?(?![\w/-])")


def _plural_end(text: str, end: int) -> bool:
    return end < len(text) and text[end] == "s" and (end + 1 == len(text) or not text[end + 1].isalnum())


# a line long enough to tell, with no capital letter at all: a chat message typed in lower case
UNCASED_LINE_LENGTH = 24


def _uncased_lines(text: str) -> list[tuple[int, int]]:
    """The spans of the lines of ``text`` written wholly in lower case as prose ("fyi russia and china
    flew a joint patrol"), where a name whose gazetteer form is capitalised may be written in lower
    case too. Ordinary prose, with a capital at each sentence's start, has none; nor has an address
    ("https://example.com/russia-sells-jets"), which is no prose.

    >>> _uncased_lines("Russia sold jets.\\nindia bought su-30s from russia lol")
    [(18, 53)]
    """
    spans, start = [], 0
    for line in text.split("\n") if not text.isupper() else ():
        if len(line) >= UNCASED_LINE_LENGTH and line.islower() and line.count(" ") >= 3 and "://" not in line and "www." not in line:
            spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans


def _case_ok(original: str, surface: str, rule: str) -> bool:
    if rule == "exact":
        return original == surface
    if rule == "capital":
        return original[:1].isupper() or original[:1].isdigit()
    return True


INDENTED_LINE_END = re.compile(r"\n[ \t]+(?=\S)")


def _squeeze_indents(text: str) -> tuple[str, list[int], list[int]]:
    """``text`` with each line end and the indent after it as one space; with, for each,
    where the squeezed text resumes after it and how far its text has moved left by then."""
    parts, runs, shifts = [], [], []
    last, moved = 0, 0
    for match in INDENTED_LINE_END.finditer(text):
        parts += [text[last:match.start()], " "]
        moved += match.end() - match.start() - 1
        runs.append(match.end() - moved)
        shifts.append(moved)
        last = match.end()
    parts.append(text[last:])
    return "".join(parts), runs, shifts


def _moved(mention: Mention, text: str, runs: list[int], shifts: list[int]) -> Mention:
    """``mention`` of the squeezed text at its place in ``text``."""
    def original(position: int) -> int:
        index = bisect.bisect_right(runs, position) - 1
        return position + (shifts[index] if index >= 0 else 0)

    start, end = original(mention.start), original(mention.end - 1) + 1
    return Mention(start, end, text[start:end], mention.name, mention.label, mention.kind, mention.confidence)


def _near(mentions: list[Mention], starts: list[int], position: int) -> list[Mention]:
    """Mentions that may overlap ``position`` (``starts`` are the sorted mention starts)."""
    index = bisect.bisect_left(starts, position - 120)
    return mentions[index:index + 12]


# A geographic name that opens with a city's name: "Tokyo Bay", "Manila Harbour", "Beijing Capital Airport"
PLACE_NAMED_AFTER = re.compile(r" (?:Bay|Harbou?r|Port|Airport|Gulf|Roads|Anchorage|Naval Base|Air Base)\b")
POSSESSIVE_GAP = re.compile(r"(?:'s|’s)\s+")


def _name_tails(form: str) -> list[str]:
    """The last two and three words of a force's name, as a bare alias may name it:
    "United States Pacific Fleet" → "Pacific Fleet", "States Pacific Fleet"."""
    words = form.split()
    return [" ".join(words[-n:]) for n in (2, 3) if len(words) > n]


def _opened_by_places(match: re.Match, overlapping: list[Mention]) -> bool:
    """Whether the known names inside a discovered exercise name are places that open it and
    leave words of its own after them: "Pacific" in "Exercise Pacific Steller" is part of the
    name, while "the exercise Pacific Vanguard" is the known exercise and "Exercise Sea of
    Japan" no name at all."""
    return all(m.label == "Region" for m in overlapping) and max(m.end for m in overlapping) < match.end("name")


def _non_overlapping(mentions: list[Mention]) -> list[Mention]:
    chosen: list[Mention] = []
    last_end = -1
    # of two names of one span, a listed one before a variant of a listed one, before a discovered one
    for mention in sorted(mentions, key=lambda m: (m.start, -(m.end - m.start), {"variant": 1, "discovered": 2}.get(m.kind, 0))):
        if mention.start >= last_end:
            chosen.append(mention)
            last_end = mention.end
        elif mention.end > last_end and _extends(chosen[-1], mention):
            chosen[-1] = _prefixed(chosen[-1], mention)
            last_end = mention.end
    return chosen


def _extends(earlier: Mention, later: Mention) -> bool:
    """``later`` starts inside ``earlier`` and names one of its services: in "Chinese People's
    Liberation Army Navy" the alias "Chinese People's Liberation Army" is found first, yet
    "People's Liberation Army Navy" is the force meant, "Chinese" a modifier of it. Forces
    only: a force's name ends in its service, while in "the western Pacific Ocean" the
    earlier "western Pacific" is the narrower place."""
    return earlier.label == later.label == "ArmedForce" and "discovered" not in (earlier.kind, later.kind)


def _prefixed(earlier: Mention, later: Mention) -> Mention:
    """``later`` stretched back over the words of ``earlier`` that stand before it."""
    text = earlier.text[:later.start - earlier.start] + later.text
    return Mention(earlier.start, later.end, text, later.name, later.label, later.kind, later.confidence)


@lru_cache(maxsize=4)
def finder_for(gazetteer: Gazetteer) -> MentionFinder:
    """One :class:`MentionFinder` per gazetteer (building the automaton takes a moment)."""
    return MentionFinder(gazetteer)


# Searched by re: behind a look-ahead for the characters their matches start with.
gate_patterns(globals())
