"""From a document to an :class:`~graph.model.Extraction`: entities, relations, evidence.

>>> result = extract_text("Moscow and Beijing signed a treaty of friendship in 2001.")
>>> [(r.source, r.type, r.target, r.properties["year"]) for r in result.relations]
[('China', 'PARTNERS_WITH', 'Russia', 2001)]
>>> result.relations[0].evidence[0].sentence
'Moscow and Beijing signed a treaty of friendship in 2001.'
"""
from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from graph.gazetteer import Gazetteer, load_gazetteer
from graph.model import Document, Entity, Evidence, Extraction, Relation
from graph.schema import Schema, load_schema
from loaders.answers import QUESTION_LINE, AnswerSheet, answer_slots, polar_statement, statement
from loaders.cues import CASE_LABEL, DOUBTING_HEADING, FRAME_RELEASE, IMAGINED, NEUTRAL, SCOPING, WITHDRAWING, blocked, doubting_opening
from loaders.fields import field_facts, record_fields
from loaders.memberlists import MemberRosters, dated_entrants, members_alike
from loaders.mentions import Mention, finder_for
from loaders.openings import SENTENCES, IndexedPattern, OpeningIndex, gate_patterns
from loaders.readers import read_document
from loaders.relations import (
    family_fits,
    APART_DRILLS, FORUM, MEMBERSHIPS_LABEL, PATROLLED_WATERS, WATCH_PURPOSE, YEAR, DocumentMemory, Fact, ParagraphContext, Ref, SentenceReader, Slot, event_years, headline_exercise,
    listed_participant, memberships_line, membership_entry, state_standings, status_record,
)
from loaders.tables import SECURITY_COUNCIL, header_roles, hypothetical_header, is_header, matrix_columns, matrix_facts, row_facts, verdict_row
from loaders.text import DATELINE, Sentence, cell_delimiter, rejoin_hyphenated, segment, sentence_cased, without_chat_continuations, without_cue_timings, without_page_furniture, without_quote_marks

EXPORTS = re.compile(r"\bexport(?:s|er|ers)\b", re.IGNORECASE)
PAIR_REFERENCE = re.compile(
    # a joint statement's "The Leaders", "the two Prime Ministers": the pair of states whose heads they are
    r"(?-i:\bThe Leaders\b)|\bthe two (?:leaders|prime ministers|presidents|heads of (?:state|government))\b|"
    # "The United States sanctions both;": the pair as the object that ends a clause
    r"(?:(?<=\bsanctions )|(?<=\bsanctioned )|(?<=\bsanction )|(?<=\bcondemns )|(?<=\bcondemned )|(?<=\bcondemn )|(?<=\bopposes )|(?<=\bopposed )|(?<=\boppose )|(?<=\bcriticises )|(?<=\bcriticised )|(?<=\bcriticise )|(?<=\bcriticizes )|(?<=\bcriticized )|(?<=\bcriticize ))both(?=\s*[;,.])|"
    r"\b(?:the two|both)(?: (?:countries|nations|states|sides|governments|powers|neighbou?rs|partners|capitals|allies|"
    r"(?P<forces>militaries|navies|air forces|armies|fleets)))\b|\bthe (?:pair|duo)\b|\b(?:the )?two sides\b|(?-i:\b[Tt]he allies\b)|"
    # "The two largest democracies of the global South signed a partnership": the pair described, not the two words alone
    r"\bthe two (?:(?!countries|nations|states|sides|governments|powers)[\w-]+ ){0,3}?(?:countries|nations|states|democracies|economies|republics|monarchies|powers|neighbou?rs|governments)\b|"
    # "The two established a partnership in 2008", "the two fought again in 1988": the bare pair, with its verb
    r"\bthe two(?= (?:have|has|had|are|were|also|later|then|now|(?!armed\b)[a-z]+ed|fought|signed|went|met|made|held|began|sent|built)\b)|"
    r"\bboth(?= (?:have|has|had|are|were|also|later|then|now|regularly|repeatedly|say|said|(?!armed\b)[a-z]+ed|"
    # a stance in the present: "Both oppose the deployment", "Both describe the partnership as ..."
    r"oppose|condemn|critici[sz]e|reject|object|describe|call|regard|view|consider|see|share|back|support|insist|deny)\b)|"  # "... and both have criticised it", "both vetoed"
    # "Russia and China ... in July 2019 their bombers flew a first joint patrol": the crews' states, as "the
    # two countries" would be (not "their navies", services of their own)
    r"\btheir(?= (?:[\w-]+ )?(?:bombers|warships|ships|vessels|aircraft|jets|fighters|planes|crews|frigates|destroyers|corvettes|cruisers|submarines|helicopters)\b)",
    re.IGNORECASE,
)
# Its look-behinds give re no first characters to skip by (110 µs a sentence): tried only where an opening
# ("both", "the two", "the pair" ...) stands, found by an automaton of its own, as only sentences that
# hold one of those words are asked
PAIR_REFERENCE = IndexedPattern(PAIR_REFERENCE)
# a heading that titles a list of who took part, naming no exercise: "Participants", "Foreign contingents", "Who took part"
PARTICIPANTS_TITLE = re.compile(
    r"[\s#*_>-]*(?:(?:the\s+)?participants|participating\s+(?:states|countries|nations|forces|navies|armies)|(?:foreign\s+|national\s+)?contingents|"
    r"who\s+took\s+part|taking\s+part|forces\s+involved|countries\s+involved)[\s*_:.]*",
    re.IGNORECASE,
)
# "the buyer", "the supplier": a party to a sale just told, by its part in it (not "the buyer of ...", another, nor "the buyer
# nation", a kind)
SELLER_WORDS = frozenset(("seller", "supplier", "vendor", "exporter"))
TRADE_ROLE_WORDS = SELLER_WORDS | {"buyer", "purchaser", "customer", "importer", "recipient"}
TRADE_ROLE = re.compile(r"\b[Tt]he (?P<role>" + "|".join(sorted(TRADE_ROLE_WORDS)) + r")\b(?!\s+(?:of|nation|state|country|countries|states|nations|firm|company)\b)", re.IGNORECASE)
# "was attended by them", "were hosted by them": the agent of a passive, a pronoun for the actors just named
AGENT_THEM = re.compile(r"\b(?:was|were|is|are|been|being)\s+(?:\w+ly\s+)?[a-z]+(?:ed|en)\s+by\s+(?P<them>them)\b", re.IGNORECASE)
# "Egypt and France ... the latter sold": one of the last two named; not the adjective of
# "the former Soviet republics", "the latter half" (a verb, an aside, a possessive or a
# preposition follows: "sold to the latter by the former")
FORMER_LATTER = re.compile(
    r"\bthe (?P<which>former|latter)(?=(?:'s|’s)|\s*[,;:.)]|\s+(?:in|by|from|to|with|for|at|on|under|after|before|during|is|was|are|were|has|had|have|will|would|did|does|also|then|later|still|now|"
    r"only|alone|sold|bought|took|sent|won|made|built|held|joined|left|signed|supplied|became|becomes|went|flew|fought|grew|gave|got|kept|led|"
    r"ran|saw|sought|chose|began|[a-z]+ed)\b)",
    re.IGNORECASE,
)
MEETING_AFTER = re.compile(r"\s+(?:summit|declaration|communiqu[eé]|conference|process|format|accords?|agreements?|protocols?|treaty|charter|consensus)\b", re.IGNORECASE)
# "Under a 1971 agreement with France, ...", "Under its licence deal with the Soviet Union, ...": a making
# agreed with the state the opening names (what follows reads as made under it)
AGREEMENT_OPENING = re.compile(
    r"\W*Under (?:a|an|the|its|their) (?:[\w-]+ ){0,3}?(?:agreement|contract|deal|accord|licen[cs]e|arrangement) (?:signed )?with (?:the )?[^,;.]{1,40},"
)
AGREEMENT_UNDER_WHICH = re.compile(
    r"\b(?:signed|concluded|reached|struck|agreed) (?:a|an|the) (?:[\w-]+ ){0,3}?(?:agreement|contract|deal|accord|licen[cs]e|arrangement) with (?P<partner>(?:the )?[^,;.]{1,40}?),? under which\b"
)
PERIOD_AFTER = re.compile(r"(?:\s+|-)(?:era|times|period|days|vintage|years)\b")
# "the three navies", "our three services", "all four countries", "the six states": the last so many named
GROUP_REFERENCE = re.compile(
    # ("the three military governments", "the four coastal states": one describing word before the noun,
    # not "the three other states", which are others)
    r"\b(?:the|our|their|all|these|those|all the) (?P<count>three|four|five|six|seven|eight|nine|ten) (?:(?:(?!other\b|remaining\b|non-)[\w-]+ ){0,2}?"
    # ("the three juntas", "the four Gulf monarchies", "all five Central Asian republics": what kind of state they are)
    r"(?P<states>countries|nations|states|governments|partners|juntas|monarchies|kingdoms|republics|emirates|allies|neighbou?rs)|"
    r"(?P<forces>navies|coast guards|services|air forces|armies|fleets|militaries))\b",
    re.IGNORECASE,
)
PARTITIVE_BEFORE = re.compile(r"\b(?:one|two|three|four|five|six|seven|eight|nine|some|most|none|each|any|several|many|few)\s+of\s+$", re.IGNORECASE)
# the verb right after a sentence's opening subject ("France has criticised ..."), and a break between it and a
# later phrase that may open a clause of other subjects (", and", ";")
GROUP_SUBJECT_VERB = re.compile(r"\s+(?:(?:also|already|still|now|has|have|had|is|are|was|were)\s+){0,2}(?-i:[a-z]+)(?:s|ed)\b")
LIST_BREAK = re.compile(r"[;,]|\band\b")
# "...; all three are members of the African Union", "All four sent ships": the bare count as a subject, with
# its verb, for the last so many states named
BARE_COUNT_REFERENCE = re.compile(
    r"\ball (?P<count>three|four|five|six|seven|eight|nine|ten)(?= (?:are|were|have|had|has|also|now|remain|remained|(?!armed\b)[a-z]+ed|took|sent|hold|held)\b)",
    re.IGNORECASE,
)
# "Malabar 2024 ... brought together all four.": the bare count as the object of a verb of gathering
BARE_COUNT_OBJECT = re.compile(
    r"\b(?:brought|brings|bringing) together (?P<ref>all (?P<count>three|four|five|six|seven|eight|nine|ten))(?=\s*(?:[.;,)]|$|[¹²³⁴⁵⁶⁷⁸⁹⁰]))",
    re.IGNORECASE,
)
# "Their 2001 friendship treaty", "their strategic partnership": the pair just named, as a pact's owners
THEIR_PACT = re.compile(
    r"\b[Tt]heir(?= (?:\d{4} )?(?:(?:bilateral|mutual|defen[cs]e|comprehensive|special|global) )*(?:friendship treaty|treaty of friendship|strategic partnership)\b)"
)
COUNTS = {"three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
ALL_COUNTS = {"two": 2, "both": 2, **COUNTS}
HOSTING_VERB = re.compile(r"\s+(?:\w+ly\s+|also\s+|then\s+)?(?:hosted|hosts|staged|stages|held|holds|conducted|conducts|organi[sz]ed|organi[sz]es|ran)\b")
# "in its Orenburg region", "in its Primorsky Krai": a place inside the state the pronoun stands for
ITS_PLACE = re.compile(r"(?<=\bin )its(?= (?-i:[A-Z])[\w-]+(?: (?-i:[A-Z])[\w-]+)? (?:region|province|oblast|krai|district|territory)\b)", re.IGNORECASE)
# "all four Quad members", "the three AUKUS partners", "both ANZUS allies": an organization's members, counted
MEMBERS_REFERENCE = re.compile(
    r"\b(?:(?:all|the|all the|its)\s+(?P<count>two|three|four|five|six|seven|eight|nine|ten)|(?P<count2>both))\s+"
    r"(?P<org>(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*){0,3})\s+(?P<noun>(?:member\s+)?(?:members|states|countries|nations|partners|allies|governments))\b",
    re.IGNORECASE,
)
MEMBERS_REFERENCE = IndexedPattern(MEMBERS_REFERENCE)  # tried at "all", "both", "its" and "the" only
# "the Shanghai Five plus Uzbekistan": a body standing for its members, with one more state
MEMBERS_PLUS = re.compile(r"\bthe\s+(?P<org>(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*){0,3})\s+plus\s+(?:the\s+)?(?-i:[A-Z])")
# "in which all five members take part": the members, counted, of the organization named last
UNNAMED_MEMBERS_REFERENCE = re.compile(r"\ball\s+(?:the\s+)?(?P<count>two|three|four|five|six|seven|eight|nine|ten)\s+(?P<noun>members|member states)\b", re.IGNORECASE)
# A state called by what it is rather than by its name: "the kingdom", "the island nation", "the
# landlocked country", "the Gulf state", "the Central Asian republic". Not another state ("the
# neighbouring country", "a third country", "the buyer nation"), a state as a kind ("the member
# state", "the welfare state"), a name ("the Republic of Vietnam") or a group ("Islamic State").
STATE_MODIFIER = r"(?!(?:other|neighbou?ring|third|same|host|buyer|buying|importing|exporting|supplier|supplying|recipient|donor|member|partner|nation|first|second|next|last|former|whole|entire|Islamic)\b)"
STATE_DESCRIPTION = re.compile(
    r"\bthe (?:(?:(?:[a-z]+-)?[a-z]+ )?(?:kingdom|emirate|sultanate|principality|monarchy|city-state|republic)|island (?:nation|state|country|republic)"
    r"|" + STATE_MODIFIER + r"(?:(?-i:[A-Z])[a-z]+ )?(?:(?-i:[A-Z])[a-z]+|[a-z]+(?:-[a-z]+)?) (?:country|nation|republic)"
    r"|(?:landlocked|coastal|oil-rich|gas-rich|small|tiny|Gulf|Baltic|Nordic|Balkan|Caucasian|Central Asian|Arab|Himalayan|Pacific|Caribbean|Sahelian|Jewish) state)"
    r"\b(?![\w-])(?!\s+of\b)(?!['’]s\s+(?:media|television|press)\b)",
    re.IGNORECASE,
)
# "In 2023 the Government ordered ...", "The Government has since bought ...": written with a capital, as
# national reports, budget notes and answers to parliament call the state they speak for, the subject
# of a purchase (not "the Government of India", which names its state, or "the government" of news copy)
OWN_GOVERNMENT_BUYING = re.compile(
    r"\b[Tt]he Government\b(?!\s+of\b)(?=\s+(?:(?:\w+ly|also|then|since|later|has|had|have)\s+)*"
    r"(?:ordered|bought|purchased|acquired|received|took delivery of|signed (?:a |an |the )?(?:contract|deal|agreement|letter)))"
)
STATE_KIND = re.compile(r"\b(?:kingdom|emirate|sultanate|principality)", re.IGNORECASE)
# "the partnership", "the union", "the association" name an organization only where one of that kind was named;
# "the council" only one whose name says so (the Gulf Cooperation Council), not the town's or the cabinet's
KIND_ONLY = frozenset(("partnership", "union", "association", "council"))
# "the drones", "the radar": only a system of that kind, not whatever system was named last
SYSTEM_KIND_ONLY = frozenset(("drone", "airlifter", "radar", "launcher", "interceptor", "trainer", "tanker", "cruiser"))
# the kinds a description names in other words: "the drones" are unmanned craft, "the airlifter" a transport aircraft
KIND_SYNONYMS = {
    "drone": re.compile(r"\b(?:drone|unmanned|uav|uas|ucav|loitering)\b"),
    "airlifter": re.compile(r"\b(?:airlifter|transport aircraft|transport)\b"),
}
COUNTED_GOODS = (
    # ("signed for 20 jets", "took delivery of twelve fighters": the other verbs of a purchase)
    r"(?:(?<=\bordered )|(?<=\bbought )|(?<=\bpurchased )|(?<=\bprocured )|(?<=\breceived )|(?<=\bacquired )|(?<=\bsigned for )|(?<=\bcontracted for )|(?<=\bdelivery of ))(?:a further |another )?"
    r"(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty)"
    r"(?: more| further| additional)? (?:aircraft|jets|fighters|helicopters|tanks|howitzers|submarines|frigates|corvettes|launchers|drones|transports)\b"
    r"(?!(?-i: [A-Z0-9]))(?! (?:of|like)\b)"
)
COUNTED_GOODS_REFERENCE = re.compile(COUNTED_GOODS, re.IGNORECASE)
NAME_GIVEN_AFTER = re.compile(r"\b(?:designated|called|named|known as|dubbed|(?:in|of) the (?:[\w-]+ )?(?:version|variant|configuration|standard))\b", re.IGNORECASE)
REFERENCES = [
    # "member of the Association since 1997": a capitalised head noun of the organization's own name (ASEAN)
    # ("the continental body", "the military alliance": a kind of body, qualified; "the group that rejects new seats":
    # a subject relative describes a group not named before)
    (re.compile(r"\b(?:the|this|that) (?:(?:military|defen[cs]e|security|regional|continental|western|economic|political|transatlantic|intergovernmental) )?(?:group|grouping|organi[sz]ation|bloc|alliance|body|club|forum|pact|partnership(?!\s+(?:between|among|of|with|linking)\b)|union|association(?!\s+(?:between|among|of|with)\b)|council|(?-i:Community))\b"
                r"(?!\s+(?:that|which|who)\s+(?:\w+ly\s+)?(?-i:[a-z]+(?:s|ed))\b)", re.IGNORECASE), ("Organization",)),
    # "the Russian-led alliance", "the China-dominated bloc": the organization, its leader named before it
    (re.compile(r"(?:(?<=-led )|(?<=-dominated )|(?<=-headed ))(?:group|grouping|organi[sz]ation|bloc|alliance|body|club|forum|pact|union)\b", re.IGNORECASE), ("Organization",)),
    # "China launched the scheme in 2013", "Japan still leads the strategy": the initiative just named (not "the
    # policy of ...", "the Belt and Road project", an unnamed one the words go on to describe)
    (re.compile(r"\b(?:the|this|that) (?:(?-i:[a-z][\w-]*) )?(?:initiative|scheme|strategy|programme|program|project|policy|corridor)\b"
                r"(?!\s+(?:of|to|for|on|that|which)\b)(?!(?-i: [A-Z]))", re.IGNORECASE), ("Initiative",)),
    # "in the south of the country": the state just named
    # ("a year after its war with that country"; not "this country", which a speaker says of their own)
    (re.compile(r"\b(?:the|that) country\b", re.IGNORECASE), ("State",)),
    # "the kingdom", "the island nation", "the Gulf state": a state described, not named (not "the Republic of Korea")
    (STATE_DESCRIPTION, ("State",)),
    # "the Government ordered twenty F-35As from the United States": an official text's own state as a buyer
    (OWN_GOVERNMENT_BUYING, ("State",)),
    # "patrolled the strait", "flew over the gulf": the strait or gulf just named (not "the Strait of Hormuz")
    (re.compile(r"\bthe (?:strait|gulf)\b(?!\s+of\b)(?!(?-i: [A-Z]))", re.IGNORECASE), ("Region",)),
    # "the combined group", "the joint formation": the ships of several navies that sail as one
    (re.compile(r"\b(?:the|this|that) (?:(?:combined|joint|mixed) (?:naval )?(?:group|task group|formation|flotilla|fleet)|fleet|flotilla)\b(?!(?-i: [A-Z]))", re.IGNORECASE), ("ArmedForce",)),
    # "The armed forces also hold the annual Selenge exercise": a state's armed forces named before as such
    (re.compile(r"\bthe armed forces\b(?!\s+of\b)(?!(?-i: [A-Z]))", re.IGNORECASE), ("ArmedForce",)),
    # "Training took place across Queensland and in Papua New Guinea": opening a sentence on where it ran, the exercise
    # just named (not "training" in general: "joint training with India continued")
    (re.compile(r"\A(?:The )?(?:[Tt]raining|[Ll]ive-fire training)(?= (?:took place|was held|was conducted|ran|was spread|spanned|stretched)\b)"), ("Exercise",)),
    # "the 24th edition", "their latest trilateral naval exercise"; not "the next exercise", another
    # one, nor "its own drills", which are no part of the exercise named
    (
        re.compile(
            # ("its annual strategic exercises", "their regular drills": a class of recurring exercises, no one edition)
            # ("the majority of exercises", "most of the drills in our sample": a share of many exercises, no one edition)
            r"(?<!\bmost of )(?<!\bmany of )(?<!\bsome of )(?<!\bseveral of )(?<!\bfew of )(?<!\bhalf of )"
            r"\b(?:the|this|that|these|those|its|their|this year's|last year's)(?! (?:[a-z-]+ )?(?:annual|regular|routine|yearly|periodic|recurring) (?:[a-z-]+ )?(?:exercises|drills|manoeuvres|maneuvers|wargames|war games)\b)"
            r"(?! (?:majority|bulk|share|number|proportion|rest|half) of\b)(?: (?!next\b|previous\b|last\b|future\b|following\b|upcoming\b|planned\b|first\b|own\b)(?:\d+(?:st|nd|rd|th)|[a-z]+)){0,3}"
            # "the fourth edition of Bongosagar": the edition of the exercise named after it, no earlier one
            r" (?:exercises?|drills?|war ?games|manoeuvres|maneuvers|games|edition(?!\s+of\s+(?:the\s+)?(?-i:[A-Z]))|wargames)\b"
            # "holds its annual Exercise Wallaby at Shoalwater Bay": a capitalised "Exercise" is the title of the name after it
            r"(?!(?<=(?-i:Exercise)) (?-i:[A-Z]))"
            # "the exercise Anatolian Eagle", "the NATO exercise Steadfast Defender 2024": a name in apposition, no earlier one
            r"(?!(?-i: [A-Z][a-z]+(?: [A-Z][a-z]+| \d{4}\b)))"
            # "last year's edition, Maritime Security Belt-2024, was held ...": an edition named between commas, no earlier one
            r"(?!,\s+(?-i:[A-Z])[\w/'-]*(?:\s+(?-i:[A-Z])[\w/'-]*){0,3}(?:[- ](?:19|20)\d\d|-\d\d)\b)",
            re.IGNORECASE,
        ),
        ("Exercise",),
    ),
    # "The first edition brought together Australia, Canada ...": the opening edition of the series
    # in view (the word "first" keeps "the first exercise" out of the pattern above: that may be
    # another exercise; an edition is always one of the series told of)
    (re.compile(r"\b(?:the|its|their) (?:first|inaugural|opening) edition\b(?!\s+of\b)", re.IGNORECASE), ("Exercise",)),
    # "The 2020 edition was held in the Bay of Bengal": that year's edition of the series just named
    # (not "the 2020 edition of Kavkaz", which names its own)
    (re.compile(r"\b(?:the|its|their) (?:19|20)\d\d (?:edition|iteration|round)\b(?!\s+of\b)", re.IGNORECASE), ("Exercise",)),
    (
        # "the destroyer JS Onami" names a ship of its own, not the last destroyer mentioned;
        # "the first two aircraft": a count after the word before the noun; "all six boats": every one counted
        re.compile(
            # ("the Brazilian-built jet": a maker's word may carry how it made it)
            r"\b(?:the|these|those|this|that|such|its first|their first|its initial|their initial|all(?= (?:the |its |their )?(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3}) ))(?: \w+(?:-(?:built|made|designed|developed|produced))?)?(?: (?:two|three|four|five|six|\d{1,3}))? (?:system|systems|missile system|jets?|fighters?|aircraft|airframe(?! technology| design| work| parts| sections| components)|bombers?|submarines?|boats|"
            r"destroyers?|frigates?|corvettes?|vessels?|ship(?! of\b)(?!['’]s\b)|missiles?|batter(?:y(?!['’]s\b)|ies)|helicopters?|platforms?|type|planes?|warplanes?|tanks?|howitzers?|carriers?|squadrons?|regiments?|"
            r"batch(?:es)?|consignments?|shipments?|"
            # kinds the gazetteer gives systems (see SYSTEM_KIND_ONLY): "the drones", "the airlifter", "the radars"
            r"drones?|airlifters?|radars?|launchers?|interceptors?|trainers?|tankers?|cruisers?)\b"
            r"(?!(?-i: [A-Z][\w.-]*\b)(?! (?:and|in|on|at|from|to|for|of|with)\b))",
            re.IGNORECASE,
        ),
        ("WeaponSystem",),
    ),
    # "In 2024 Austria ordered nine aircraft": a counted kind right after a purchase, no name after it, is the
    # system of that kind just named (only of that kind, see COUNTED_GOODS)
    (re.compile(COUNTED_GOODS, re.IGNORECASE), ("WeaponSystem",)),
    # "India, which operates the same class": the class of ship or aircraft just named
    (re.compile(r"\bthe same class\b(?!\s+of\b)", re.IGNORECASE), ("WeaponSystem",)),
    (
        # "Bulgaria still flies MiG-29s, while Slovakia and Poland delivered theirs to Ukraine": the system
        # just named, as the object of a handing over
        re.compile(
            r"(?:(?<=delivered )|(?<=sold )|(?<=sent )|(?<=gave )|(?<=donated )|(?<=transferred )|(?<=supplied )|(?<=handed over ))"
            r"(?:theirs|ours|its own|their own)\b",
            re.IGNORECASE,
        ),
        ("WeaponSystem",),
    ),
]
# "the Brazilian-built jet": a maker's word that says how it made the kind after it
MAKING_HYPHENED = re.compile(r"-(?:built|made|designed|developed|produced)\b")
# "the jets", "the planes": any kind of aircraft, whose kind in the gazetteer names none of these words
AIRCRAFT_NOUNS = frozenset(("jet", "aircraft", "plane", "warplane", "airframe"))  # "The airframe itself was designed by Sukhoi"
AIRCRAFT_KINDS = re.compile(r"\b(?:fighter|bomber|aircraft|trainer|interceptor|jet)\b")
# Most sentences hold no reference: one pass finds where any can start (loaders.openings).
# A pass of its own: every sentence is asked, also those with nothing to read (see
# SentenceReader.read), which the scan of the sentence scanner would cost more.
REFERENCE_OPENINGS = OpeningIndex([pattern for pattern, _ in REFERENCES])
# "a US-led alliance", "no China-led bloc": a leader-led noun that names no organization
LED_INDEFINITE = re.compile(r"\b(?:a|an|any|no|another|some)\s+(?:[\w.'’]+\s+)?[\w.'’]+-(?:led|dominated|headed)\s+$", re.IGNORECASE)


# "the wave of Russian arms purchases", "its arms imports from Russia": the paragraph's supplier,
# the seller of what it then says was ordered without naming one.
ARMS_BUYING = r"(?:arms|weapons?|military|defen[cs]e)\s+(?:equipment\s+|hardware\s+)?(?:purchases|imports|buys|acquisitions|procurement)"
SUPPLIER_BEFORE = re.compile(r"\s+" + ARMS_BUYING + r"\b", re.IGNORECASE)
SUPPLIER_AFTER = re.compile(r"\b" + ARMS_BUYING + r"\s+from\s+$", re.IGNORECASE)
# Both hold an ARMS_BUYING phrase, which few sentences have: looked for first, in the sentence's scan.
ARMS_BOUGHT = IndexedPattern(re.compile(ARMS_BUYING, re.IGNORECASE), SENTENCES)

ARMS_SOLD = re.compile(r"(?:'s|’s)?\s+(?:arms|weapons?|military|defen[cs]e)\s+(?:equipment\s+|hardware\s+)?(?:exports|sales|supplies|deliveries)\s+to\b", re.IGNORECASE)
# "Türkiye became a significant exporter": the seller of what the paragraph says was exported
EXPORTER_IS = re.compile(r"\s+(?:is|was|became|has become|had become|remains|remained)\s+(?:an?\s+)(?:[\w-]+\s+){0,3}?(?:arms\s+)?(?:exporter|supplier|seller)\b", re.IGNORECASE)
SINCE_YEAR = re.compile(r"\b(?:since|ever since)\s+(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?(?:1[89]\d\d|20\d\d)|\b(?:1[89]\d\d|20\d\d)s?\s+onwards?\b", re.IGNORECASE)

# An article's list of operators ("Current operators", "Former operators"), not of would-be ones.
# A list of entrants: "Enlargement", "Members by year of accession"; not "Observers", "Candidates"
# a question standing as a paragraph's first line, bold or not: "**So who are the members?**"
QUESTION_HEAD = re.compile(r"[*_\s]*[^?.!\n]{3,120}\?[*_\s]*")
# "Q3." or "Question 3." before a question, split off by its full stop: the question still opens its paragraph
QUESTION_NUMBER = re.compile(r"[*_\s]*(?:Q|Question\s+|No\.\s*)?\d{1,3}[.)][*_\s]*")
ENTRANTS_HEADING = re.compile(
    # (not "Suppliers to ANZUS members", "Threats to NATO members": others, about the members)
    r"^(?!.*\b(?:observers?|partners?|candidates?|applicants?|aspirants?|prospective|possible|future|withdr\w*|former|suspended|invited|"
    r"suppliers?|sellers?|exporters?|exports?|sales|threats?|rivals?|adversar\w+|opponents?|critics?|neighbou?rs?|outside|non-members?)\b)"
    # ("Our Member States" over a page's list of flags)
    r".*\b(?:enlargements?|expansions?|accessions?|members|member (?:states|countries|nations)|membership|joined|admissions?)\b",
    re.IGNORECASE,
)
ENTRY_OPENING = re.compile(r"\W*(?:(?:1[89]|20)\d\d\s*(?::|--|[—–-])\s*)?(?:[Tt]he\s+)?")  # "- The Gambia"
ENTRY_SEPARATOR = re.compile(r"\s*(?:\((?:1[89]|20)\d\d\)\s*)?(?:,|;|,?\s+and)\s*(?:the\s+)?")
NOT_ENTRANTS = re.compile(
    r"\b(?:observers?|dialogue partners?|applied|applicants?|candidates?|invited|withdr\w*|left|suspended|expected|planned|"
    r"could|would|might|may|will|not|never|hopes?|aspir\w*|bid|sought|seeks?|seeking)\b",
    re.IGNORECASE,
)
OPERATORS_HEADING = re.compile(r"^(?!.*\b(?:possible|potential|prospective|future|proposed|cancell?ed|failed)\b).*\boperators\b", re.IGNORECASE)
# an operators' entry's dash and count before the system it names: " – 58 ", ": about 30 "
ENTRY_COUNT = re.compile(r"\s*[-–—:]\s+(?:(?:about|around|some|over|up to|c\.)\s+)?\d[\d,]*\s+")
BULLET_MARK = re.compile(r"[ \t]*(?:[*•·▪‣◦–-]|\d{1,3}[.)])[ \t]+")
NOT_OPERATED = re.compile(
    r"\b(?:not|never)\s+(?:been\s+)?(?:operated|flown|used|fielded|entered service|in service|ordered|bought|delivered)\b|"
    # an entry that only tried, weighed or turned down the system: "- Kazakhstan: evaluated, not ordered"
    r"\b(?:evaluated|evaluation|trials?|tested|offered|considered|cancell?ed|declined|rejected)\b",
    re.IGNORECASE,
)

# Organizations that make or sell things and have no member states.
FIRM_KINDS = {"company", "arms exporter", "design bureau", "shipyard", "joint venture", "private military company"}
# ... and those that have no member states either, which "the alliance", "the bloc" or "the group" never
# means: firms and state agencies ("sanctions on the Presidency of Defence Industries ... accession to the Alliance")
MEMBERLESS_KINDS = FIRM_KINDS | {"government agency", "international agency"}

# "the Council", "this Council" with no name after it: the council a document is about, named before
# (not "the Council of Europe", nor "the Council" that opens a longer name: "the Council for Mutual ...")
THE_COUNCIL = re.compile(r"\b(?:[Tt]he|[Tt]his|[Tt]hat) Council\b(?!\s+(?:of|for|on)\b)(?! [A-Z])")
# "Five are permanent - China, ...", "The other ten are elected ...; in 2024 they included ...":
# the seats of the council the text is about, counted.
SEAT_COUNT = re.compile(
    r"\s*(?:the other |the remaining |the rest,? )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen)\s+"
    # "Five of them - China, France, Russia, the United Kingdom and the United States - are permanent"
    r"(?:of them\s+|seats\s+)?(?:(?:--|[—–-])\s[^—–]{1,150}?\s(?:--|[—–-])\s+)?(?:are|were)\s+(?:permanent|elected|non-permanent|rotating)\b",
    re.IGNORECASE,
)
# A council's composition given as labelled lines: "Permanent: China, France, ...",
# "Elected (term ends): Ecuador, Japan (2024); ...", "- Non-permanent members (10): ..."
SEAT_LINE = re.compile(
    # "Elected members, terms ending 2026:": a qualifying phrase after a comma
    r"[\s*•-]*(?:permanent|elected|non-permanent|rotating)(?:\s+(?:members?|seats?))?[\s*]*(?:\([^()]{0,30}\)|,[^,:()]{1,30})?[\s*]*:|"
    # "Term ending 2026: Denmark, Greece, ...": the elected members grouped by the year their seats fall vacant
    r"[\s*•-]*(?:(?:two-year\s+)?terms?|mandates?)\s+(?:ending|ends|expiring|expires|running to|until)\s+(?:in\s+)?\d{4}[\s*]*:",
    re.IGNORECASE,
)
# The seat holders set off by dashes after their seats: "Five permanent members - China, France, Russia,
# Britain and the United States - hold the veto", "the ten elected members — Algeria, ... — voted"
SEAT_APPOSITION = re.compile(
    r"\b(?:permanent|elected|non-permanent)\s+members\s*(?:--|[—–-])\s+(?P<holders>[^—–]{1,200}?)\s+(?:--|[—–-])\s",
    re.IGNORECASE,
)
# A sentence that only names the seats it counts, and the next one that names their holders: "Ten elected
# members serve two-year terms. For 2025 these are Algeria, Denmark, ..."
SEATS_COUNTED = re.compile(r"\b(?:permanent|elected|non-permanent|rotating)\s+members\b", re.IGNORECASE)
SEATS_RESTATED = re.compile(
    r"\s*(?:(?:for|in)\s+(?:\d{4}(?:[-–]\d{2,4})?|this\s+year|the\s+current\s+term),?\s+)?(?:these|they)\s+(?:are|were)\s+",
    re.IGNORECASE,
)
# The seat holders after a dash that closes the sentence: "... and ten elected members - Albania, Brazil,
# ... and the United Arab Emirates."
SEAT_LIST_CLOSING = re.compile(r"\b(?:permanent|elected|non-permanent)\s+members\s*(?:--|[—–-])\s+(?P<holders>[^—–]{1,300}?)[.\s]*$", re.IGNORECASE)
# "Mali, Burkina Faso and Niger signed the Charter in 2023, founding the Alliance of Sahel States": a
# participle whose subject is the sentence's, the body it names founded by the states that open the sentence
FOUNDING_PARTICIPLE = re.compile(r",\s+(?:thereby\s+|so\s+|in\s+effect\s+)?(?:founding|creating|forming|establishing|setting\s+up)\s+(?:the\s+)?", re.IGNORECASE)
FOUNDING_DOUBT = re.compile(r"\b(?:not|never|no|if|may|might|could|would|will|shall|plan\w*|hop\w*|intend\w*|aim\w*|propos\w*|want\w*|talk\w*|consider\w*|discuss\w*)\b|\?", re.IGNORECASE)
# The line of a vote record listing the noes: "Against (2): China, Russia", "- **Voted against:** Russia".
# The holders of the veto named beside it: "The permanent five used the veto", "a veto by a permanent member"
RESOLUTION_WORD = re.compile(r"\bresolutions?\b", re.IGNORECASE)
# A draft said to have failed: "The draft was not adopted.", "Result: Not adopted", "the Council failed to adopt it"
NOT_ADOPTED = re.compile(
    r"\b(?:draft|text|resolution|proposal|it)s?\s+(?:was|were|had|has)\s+not\s+(?:been\s+)?adopted\b|\bresult\W+not adopted\b|\bfailed to (?:be )?adopt",
    re.IGNORECASE,
)
# A vote counted: "13 in favour, 2 against", "twelve votes in favour to two against"
TALLY_COUNT = re.compile(r"\b(?:\d+|[a-z]+teen|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:votes?\s+)?in favou?r\b[^.;]{0,40}?\bagainst\b", re.IGNORECASE)


def _council_cues(text: str) -> frozenset:
    """Which of the marks of a text about the Security Council a sentence bears: a veto,
    a bare "the Council", a resolution, the holders of the veto ("a permanent member", "P5")."""
    cues = {"veto"} if "veto" in text.lower() else set()
    if "Council" in text and THE_COUNCIL.search(text):
        cues.add("council")
    if RESOLUTION_WORD.search(text):
        cues.add("resolution")
    if VOTE_TALLY.match(text) or ("favour" in text or "favor" in text) and TALLY_COUNT.search(text):
        cues.add("record")  # a vote record's line ("Against: China", "| Abstaining | Ghana |"), a tally ("13 in favour, 2 against")
    if ("ermanent" in text or "P5" in text or "P-5" in text) and VETO_HOLDERS.search(text):
        cues.add("holders")
    return frozenset(cues)


VETO_HOLDERS = re.compile(r"\b(?:permanent (?:five|members?)|P-?5)\b", re.IGNORECASE)
# A vote cast beside a permanent member: "a permanent member, votes no", "also permanent members, vote in favour"
PERMANENT_VOTE = re.compile(r"\bvot(?:e|es|ed|ing) (?:no\b|against\b|in favou?r\b|down\b)|\bnegative votes?\b", re.IGNORECASE)
# A Security Council document symbol ("S/2024/310", "S/RES/2719 (2024)") names the Council as well as its name does.
# "two vetoes in a week, and the Council now heads into ...": a council named bare beside a veto
# is the one council whose members hold vetoes (not "the Council of the EU", "the European Council")
BARE_COUNCIL = re.compile(r"(?:^|[^\w\s'’-]\s*|\b(?-i:[a-z][\w'’-]*)\s+)Council\b(?!\s+(?:of|for)\b)")
COUNCIL_SYMBOL = re.compile(r"(?<![\w/])S/(?:RES/)?\d{4}/\d+\b|(?<![\w/])S/RES/\d+\b")
VOTES_AGAINST = re.compile(r"[\s*•-]*(?:voted |votes? )?(?:against|no(?:es)?|negative votes?)\b[\s*]*(?:\(\d+\))?[\s*]*[:|]", re.IGNORECASE)
# Any line of a vote record: "In favour (14)", "Abstaining (3): China, India", "Against: Russia".
VOTE_TALLY = re.compile(r"[\s*•-]*(?:for|in favou?r|against|abstain\w*|abstentions?|voted \w+|votes? (?:for|against))\b[\s*]*(?:\(\d+\))?[\s*]*(?:[:|]|$)", re.IGNORECASE)
SEAT_DOUBT = re.compile(r"\b(?:not|never|if|may|might|could|would|will|hope[sd]?|seek|seeking|candidates?|bid|bids|running|campaign\w*)\b", re.IGNORECASE)

# A patrol as something done, not "an offshore patrol vessel" or "maritime patrol aircraft"
# a patrol by another name: "a four-way maritime cooperative activity", "their first joint sail"
PATROL_OTHER_NAME = re.compile(r"\bmaritime cooperative activit(?:y|ies)\b|\bjoint sails?\b", re.IGNORECASE)
PATROL_ACTIVITY = re.compile(r"patrol(?!\s+(?:vessels?|aircraft|boats?|ships?|craft|planes?|cutters?)\b)", re.IGNORECASE)
# "Foreign Minister Sergei Lavrov", "the foreign ministry spokesperson": an official of the state a
# wire story's dateline names, where the sentence names no state of theirs
OWNER_GAP = re.compile(r"\s{0,2}|['’]s\s+")
OFFICIAL = re.compile(
    r"\b(?:(?:the\s+)?(?:foreign|defen[cs]e)\s+(?:minister|ministry|secretary)(?:'s|’s)?(?:\s+spokes(?:person|man|woman))?|"
    r"(?:the\s+)?(?:president|prime minister|premier|ministry spokes(?:person|man|woman))(?:'s|’s)?)(?-i:(?:\s+[A-Z][a-z]+){0,3})",
    re.IGNORECASE,
)

# "A spokesperson for the Russian defence ministry", "the foreign ministry in Beijing": an office
# that speaks for the state named after it; the office, not the state, is the clause's subject
OFFICE_BEFORE = re.compile(
    r"(?:\b(?:an?|the)\s+)?(?:(?:senior|foreign|defen[cs]e|chief)\s+){0,2}(?P<office>spokes(?:person|man|woman)|officials?|envoy|representative|diplomats?|"
    r"ministry|government|embassy|delegation)\s+(?:for|of|from|at|in)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
OFFICE_LAST_WORDS = ("for", "of", "from", "at", "in", "the")


def office_may_end(text: str, end: int) -> bool:
    """False where no match of OFFICE_BEFORE can end at ``end``: every match ends with one
    of OFFICE_LAST_WORDS and white space (a word beyond ASCII, such as "ın", is let through).

    >>> office_may_end("a spokesman for the Indian", 20), office_may_end("a spokesman said India", 17)
    (True, False)
    """
    last = text[max(0, end - 60):end].rstrip()[-4:]
    return not last.isascii() or last.lower().endswith(OFFICE_LAST_WORDS)


INSTITUTION_AFTER = re.compile(r"\s+(?:(?:defen[cs]e|foreign|affairs)\s+){0,2}(?:ministry|government|embassy|mission|delegation)\b", re.IGNORECASE)

# "near", "off", "the northern entrance to", "the approaches to": where a place is beside the waters named after it
BESIDE_WATERS = re.compile(r"(?:\b(?:near|off|close to|outside)\s+|\b(?:entrance|entrances|approaches|mouth|exit)\s+(?:of|to)\s+)\Z", re.IGNORECASE)
# What a row's notes cell may add to what its columns say: the exercise its crews took part in
NOTE_CELL_TYPES = frozenset(("PARTICIPATED_IN", "HELD_IN", "HOSTED"))
# One sentence of a table cell: up to a full stop and a space, or the cell's end
CELL_SENTENCE = re.compile(r"[^.|]+(?:\.(?!\s)[^.|]*)*")
SENDER = re.compile(r"\s+(?:also\s+|again\s+|in turn\s+)?(?:sent|contributed|dispatched)\b")

INITIATIVE_PAIR = re.compile(r"\bboth (?:initiatives|programmes|programs|projects|schemes|strategies|frameworks)\b", re.IGNORECASE)
ORGANIZATION_PAIR = re.compile(r"\bboth (?:groupings|groups|blocs|alliances|organi[sz]ations|pacts|formats)\b", re.IGNORECASE)
# "Baykar builds the TB2 and the Akinci. The Turkish armed forces operate both.": "both" as the object of a
# verb of fielding, buying or making, nothing after it, is the last two systems named
SYSTEM_PAIR = re.compile(
    r"\b(?:operate|operates|operated|operating|fly|flies|flew|flown|flying|field|fields|fielded|deploy|deploys|deployed|use|uses|used|"
    r"bought|buys|buy|ordered|orders|acquired|received|build|builds|built|make|makes|made|produce|produces|produced|export|exports|exported) "
    # (not before a clause joined on, ", and the TB2 has been exported to ...", whose subject it would join)
    r"(?P<pair>both)\b(?=\s*(?:[;.)]|$|in\b|since\b|today\b|now\b))",
    re.IGNORECASE,
)

# "its navy", "their air forces", "China's army", "Turkey's own air force", "Russia's armed forces": a state's service by its generic name.
SERVICE_REFERENCE = re.compile(
    r"(?:\b(?P<pronoun>its|their)\s+|(?<=['’]s)\s+)(?:(?:own|small|tiny|modest|new|young|fledgling|entire|whole)\s+)?(?P<service>navy|navies|air force|air forces|army|ground forces?|marines|coast guard|armed forces)\b",
    re.IGNORECASE,
)
PLURALS = frozenset(("navies", "air forces", "armies", "coast guards"))
COUNTRY_POSSESSOR = re.compile(r"\bthe\s+(?:country|nation|kingdom|republic)['’]s$", re.IGNORECASE)
SERVICE_AFTER_ACRONYM = re.compile(r"\s*\([A-Z]{2,6}\)\s+(?P<service>Navy|Air Force|Army|Ground Forces?|Marines|Coast Guard)\b")
SERVICE_OF = re.compile(r"\bthe\s+(?P<service>navy|air force|army|ground forces?|marines|coast guard)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
# "our three services", "the four navies": that many forces, the latest the document named
COUNTED_FORCES = re.compile(
    r"\b(?:our|the|all|these|those)\s+(?P<count>three|four|five|six)\s+(?:services|navies|coast guards|air forces|fleets|armed forces|militaries|armies)\b",
    re.IGNORECASE,
)
FORCE_COUNTS = {"three": 3, "four": 4, "five": 5, "six": 6}
# "the navy already operates", "The Marines deploy": the service last named, or the last-named state's
BARE_SERVICE = re.compile(r"\bthe\s+(?P<service>navy|air force|army|marines|coast guard)\b(?!['’]s\b)(?!\s+of\b)", re.IGNORECASE)
SERVICE_HINTS = ("nav", "air force", "army", "ground force", "marines", "coast guard", "armed forces")
# "conducted exercises there", "patrolled there": the place last named, after drills or patrols
THERE = re.compile(r"(?<=\w\s)there\b(?!\s+(?:is|are|was|were|has|have|had|will|would)\b)", re.IGNORECASE)
ACTIVITY_THERE = re.compile(r"\b(?:exercises?|exercised|drills?|drilled|manoeuvres|maneuvers|patrols?|patrolled|live[- ]fire)\b[^.;]{0,30}?\bthere\b", re.IGNORECASE)
# "the service" as the subject of what a force does: the force last named
THE_SERVICE = re.compile(
    r"\bthe\s+(?P<service>service)(?=\s+(?:(?:already|also|now|still|then|later|has|had|have)\s+){0,2}"
    r"(?:operates|operated|flies|flew|flown|fields|fielded|uses|used|received|bought|ordered|took|deploys|deployed|retired|inducted)\b)",
    re.IGNORECASE,
)
# "SOKO designed the Galeb. The factory went on to build the Jastreb": the maker last named
THE_WORKS = re.compile(
    r"\bthe\s+(?P<works>factory|works|plant|company|firm|manufacturer)(?=\s+(?:(?:already|also|then|later|soon|has|had|have)\s+){0,2}"
    r"(?:went on to (?:build|produce|make|manufacture|develop|design|export|sell)|built|produced|made|manufactured|developed|designed|builds|produces|makes|exported|sold|delivered)\b)",
    re.IGNORECASE,
)
THE_WORKS = IndexedPattern(THE_WORKS)  # tried at each "the" only, not at every position
# Japan's services are Self-Defense Forces by name
SERVICE_WORDS = {
    "navy": ("Navy", "Maritime Self-Defense"), "navies": ("Navy", "Maritime Self-Defense"),
    "air force": ("Air Force", "Aerospace Forces", "Air Self-Defense"), "air forces": ("Air Force", "Aerospace Forces", "Air Self-Defense"),
    "army": ("Army", "Ground Force", "Ground Self-Defense"), "ground force": ("Ground Force", "Army"), "ground forces": ("Ground Force", "Army"),
    "marines": ("Marine",), "coast guard": ("Coast Guard",), "armies": ("Army", "Ground Force"), "coast guards": ("Coast Guard",),
    # "the armed forces of the United States, Japan and Australia": each state's forces as a whole
    "armed forces": ("Armed Forces", "Self-Defense Forces", "Defence Force", "Defense Force"),
}
# "the US and Philippine navies", "Russian and Chinese air forces": each state's own service.
PLURAL_SERVICE = re.compile(r"\s+(?P<service>navies|air forces|armies|coast guards|armed forces)\b", re.IGNORECASE)
# "the navies of China, Iran and Russia": the same, with the states after the service word
PLURAL_SERVICE_OF = re.compile(r"\b(?P<service>navies|air forces|armies|coast guards|armed forces)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
# the capitalised service word a discovered service's name ends in ("Portuguese Air Force")
SERVICE_NAME = {"navies": "Navy", "air forces": "Air Force", "armies": "Army", "coast guards": "Coast Guard"}
STATE_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)(?:the\s+)?")  # "of Japan and the Philippines"

# "we", "our navy", "my government": the speaker, in a speech, transcript or statement that says who
# speaks; "our vessels" or "our waters" are things of the speaker's, not the speaker.
FIRST_PERSON = re.compile(
    r"\b(?:(?-i:[Ww]e|us|[Oo]urs)|(?:our|my) (?:(?:armed |naval |defen[cs]e )?forces|navy|air force|army|military|coast guard|"
    r"marines|government|country|nation|alliance|services)(?! of\b))\b",
    re.IGNORECASE,
)
# Asked of nearly every sentence ("us" is in "Russia"): tried only where "we", "us", "our" or "my" opens a word.
FIRST_PERSON = IndexedPattern(FIRST_PERSON, SENTENCES)
# A scenario's cue ("imagine", "in the scenario") in a sentence with mentions: its scan finds the openings
IMAGINED_SCENE = IndexedPattern(IMAGINED, SENTENCES)
# how far into a document its own voice is declared (a title, masthead or opening lines)
VOICE_REACH = 600
# A firm's own page: "Our Journey | Korea Aerospace Industries", "About us - Saab", "Company history – Navantia"
OWN_PAGE_TITLE = re.compile(
    r"\s*(?:our\b|about\s+us\b|who\s+we\s+are\b|(?:company\s+|corporate\s+)?(?:history|heritage|milestones|timeline)\b)[^|–—]{0,40}?\s+[|–—-]\s+(?P<owner>[^|–—]{2,80})$",
    re.IGNORECASE,
)
# The title of a document that is someone's own words.
SPEECH_HEADING = re.compile(
    r"\b(?:remarks|speech|address|statement|declaration|communiqu[eé]|press conference|briefing|transcript|interview|keynote|testimony)\b",
    re.IGNORECASE,
)
# A firm's own results call: "Q3 2025 Earnings Conference Call", "Interim Report — Earnings Call Transcript"
EARNINGS_CALL = re.compile(r"\b(?:earnings|results|investor|analysts?['’]?)\s+(?:conference\s+)?call\b", re.IGNORECASE)
# A document opening "Transcript:" or "Remarks:" in running text: its first sentence says who speaks
SPEECH_LABEL = re.compile(r"(?:transcript|remarks|speech|address|statement|interview|testimony)\s*:", re.IGNORECASE)
# "Interview 14: a former Ukrainian negotiator": an oral-history series' line on who speaks, in its opening block
NUMBERED_INTERVIEW = re.compile(r"(?:^|\n)\W*(?:interview|transcript|session)\s+(?:no\.\s*)?\d+\s*:", re.IGNORECASE)
# "on China's conduct", "to the Indian Parliament": a heading's subject or audience, not its speaker
NOT_SPEAKER = re.compile(r"\b(?:on|about|regarding|concerning|against|to|toward|towards)\s+(?:the\s+)?$", re.IGNORECASE)
ISSUED_BY = re.compile(r"\b(?:by|of|from)\s+(?:the\s+)?$", re.IGNORECASE)
# A list's opening that sets out to tell fact from rumour ("distinguishing carefully between what is documented and
# what is rumoured:", "separating confirmed deliveries from claims:"): no hedge of its own over the entries
SORTED_CLAIMS_INTRO = re.compile(
    r"\b(?:distinguish\w*|separat\w*|sort\w*|telling)\b[^:]{0,60}?\b(?:documented|confirmed|verified|known|facts?)\b[^:]{0,40}?"
    r"\b(?:rumou?r\w*|claim\w*|alleg\w*|report\w*|unconfirmed|speculat\w*)\b"
    r"|\b(?:distinguish\w*|separat\w*|sort\w*|telling)\b[^:]{0,60}?\b(?:rumou?r\w*|claim\w*|alleg\w*|speculat\w*)\b[^:]{0,40}?\b(?:documented|confirmed|verified|facts?)\b",
    re.IGNORECASE,
)
# A first paragraph that opens as someone's words: "Address to the Sejm ...", "Remarks by the Foreign Minister at ..."
SPEECH_OPENING = re.compile(r"\W*(?:remarks|speech|address|statement|keynote|testimony)\s+(?:by|to|at|of|before)\b", re.IGNORECASE)
# An opinion piece's note on its writer: "The writer is a former Indian ambassador.", "The author served as Kenya's envoy"
WRITER_DECLARED = re.compile(
    r"\W*(?:the\s+)?(?:writer|author|columnist)\s+(?:is|was|served as|has served as)\s+(?:a\s+|an\s+|the\s+)?(?:former\s+|retired\s+|serving\s+)?"
    r"[^.;\n]{0,40}?\b(?:ambassador|diplomat|envoy|minister|secretary|official|general|admiral|officer|adviser|advisor|negotiator|high commissioner)\b",
    re.IGNORECASE,
)
# A document's own voice where no speech title or label says who speaks (see Extractor._document_voice):
# a national parliament's record ("PARLIAMENT OF SINGAPORE / OFFICIAL REPORT"), whose members say "we" of their state ...
LEGISLATURE_OF = re.compile(
    r"\b(?:parliament|national assembly|house of representatives|house of commons|legislative assembly|senate|state duma|federal assembly|national congress)\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)
LEGISLATURE_AFTER = re.compile(r"(?:['’]s)?\s+(?:parliament|national assembly|house of representatives|house of commons|senate)\b", re.IGNORECASE)
RECORD_OF_SITTING = re.compile(r"\b(?:official report|hansard|parliamentary debates|verbatim|proceedings|committee of supply|question time|sitting of)\b", re.IGNORECASE)
# ... a force's or firm's own periodical named in its masthead ("*The Philippine Navy Journal*, Vol. 31") ...
MASTHEAD_AFTER = re.compile(r"(?:['’]s)?\s+(?-i:Journal|Magazine|Review|Newsletter|Bulletin|Gazette|Quarterly)\b")
# ... a firm's own filing ("Form 20-F", "Annual Report 2024"), in which "we" is the filer ...
OWN_FILING = re.compile(r"\b(?:annual report|sustainability report|corporate responsibility report|form 20-f|form 10-k|integrated report|universal registration document|annual financial report)\b", re.IGNORECASE)
# ... or a firm's own meeting record ("Minutes of the Annual General Meeting", "Shareholders' Meeting"), in which
# "we" is the firm holding it ...
OWN_MEETING = re.compile(r"\b(?:annual general meeting|extraordinary general meeting|general meeting of (?:share|stock)holders|(?:share|stock)holders['’]? meeting|minutes of the board)\b", re.IGNORECASE)
# ... an interview whose opening introduces one of a firm's own officers as the one who answers
# ("Park, the company's senior vice-president", "its chief executive"): "we" is that firm ...
FIRM_EXECUTIVE = re.compile(
    r"\b(?:the (?:company|firm|group|manufacturer|maker)['’]s|its)\s+(?:[\w-]+\s+){0,3}?(?:chief executive|CEO|president|vice-president|vice president|"
    r"director|chairman|chairwoman|chair|head|managing director|spokes(?:man|woman|person))\b",
)
# ... and an interview whose opening introduces the one who answers ("a retired Indian air marshal"), the state they served
INTERVIEW_TITLE = re.compile(r"\b(?:interview|in conversation|conversation with|q\s*&\s*a|podcast|talks to|speaks to|sits down with)\b", re.IGNORECASE)
INTERVIEWEE = re.compile(
    r"\b(?:retired|former|serving|veteran|ex-)\s*(?:[^.;\n]{0,50}?)\b(?:general|admiral|air marshal|air chief|officer|ambassador|diplomat|envoy|"
    r"minister|commander|chief|negotiator|pilot|colonel|brigadier|captain|commodore)\b",
    re.IGNORECASE,
)
# "Our ships also drilled in the Sulu Sea", "our crews flew ...": the speaker's craft or people, standing for the
# speaker as the subject of a verb (not "shadowed our vessels", "in our waters")
OWN_CRAFT_SUBJECT = re.compile(
    r"\b[Oo]ur (?:[\w-]+ )?(?:ships|warships|vessels|frigates|corvettes|submarines|jets|fighters|aircraft|pilots|sailors|crews|troops|soldiers|units|squadrons)"
    r"(?= (?:(?:\w+ly|also|have|has|had|then|again|regularly|jointly) )*(?:[a-z]+ed|took|flew|sailed|held|sent|joined|went|ran|fought|patrol\w*|train\w*|drill\w*)\b)"
)
# "We, the Heads of State and Government of the North Atlantic Alliance, ..."
WE_DECLARED = re.compile(r"\bWe,\s+(?:the\s+)?[^,;.]{3,120},")
# A turn of a transcript: "MINISTER (India):", "Q (NHK):", "Adm. R. Kumar, Indian Navy:",
# "AIR MARSHAL (RETD) V. MENON (New Delhi):" (a bracket inside the name too)
SPEAKER_LABEL = re.compile(
    r"(?:[A-Z][A-Z.'-]+(?:\s*\([^)\n]{1,40}\))?(?: [A-Z][A-Z.'-]+(?:\s*\([^)\n]{1,40}\))?)*|(?:Adm|Gen|Col|Capt|Cdr|Lt|Mr|Ms|Mrs|Dr|Minister|Secretary|Ambassador)\.? [^:\n]{1,60}):\s"
)
# The speaker's surname in a label: its last word in capitals outside brackets ("MENON" of
# "AIR MARSHAL (RETD) VIKRAM MENON (New Delhi)"), by which later turns are labelled
LABEL_SURNAME = re.compile(r"([A-Z][A-Z'-]+)(?:\s*\([^)\n]*\))?\s*:\s$")
QUESTIONER = re.compile(r"(?:Q|QUESTION|REPORTER|JOURNALIST|INTERVIEWER|MODERATOR)\b")
# A transcript's cast list in its opening block, whose entries tie each turn label to who speaks
# under it: "Speakers: HOST = A. Mehra; GEN = Lt Gen R. Singh, former Indian Army corps commander"
CAST_LIST = re.compile(r"(?:^\W*|[.!?][ \t]+)(?:speakers|participants|guests|panel(?:lists)?|voices)\s*:[ \t]*(?P<entries>.+(?:\n(?![ \t]*\n).+)*)", re.IGNORECASE | re.MULTILINE)
# One entry: "GEN = Lt Gen R. Singh, former ...", "GUEST (Tomas, a researcher on ...)" (up to the next entry)
CAST_ENTRY = re.compile(r"(?P<label>[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+)*)\s*(?:[=:]\s*(?P<who>(?:(?![,;]\s*[A-Z][A-Z.'-]+\s*[=:(])[^;])+)|\((?P<inner>[^)]{1,160})\))")
# the speaker's surname in a cast entry: the last capitalised word before the first comma ("Singh" of "Lt Gen R. Singh")
CAST_SURNAME = re.compile(r"([A-Z][a-z'-]+)\s*(?:,|$)")
# A turn's time code before its label: "[00:01:06] GEN:", "(12:04) HOST:", "00:03 Q:"
TURN_TIMECODE = re.compile(r"[\[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?\s+")
PLACE_OF_SPEAKER = re.compile(r"\b(?:in|at|based in)\s+(?:the\s+)?$", re.IGNORECASE)
# A quotation's speaker after it: "..., the Indian air chief said", "..." said India's minister.
ATTRIBUTION = re.compile(
    r"[,”\"]\s*(?:(?P<who>[^,”\"]{3,80}?)\s+(?:said|says|told|added|stated|declared)\b[^,”\"]*|(?:said|says|added)\s+(?P<after>[^,”\"]{3,80}))$"
)


def _family_names(gazetteer: Gazetteer) -> dict[str, set[str]]:
    """The names a family of systems goes by in the plural ("the Sukhois", "the MiGs"): a
    maker's first word, and a designation's letters before its number, with their systems."""
    families: dict[str, set[str]] = {}
    for entry in gazetteer.by_label("WeaponSystem"):
        producer = entry.get("producer") or ""
        prefix = re.match(r"([A-Z][A-Za-z]{2,})-\d", entry.name)
        for key in (producer.split()[0] if producer else "", prefix.group(1) if prefix else ""):
            if len(key) >= 3 and key[0].isupper():
                families.setdefault(key, set()).add(entry.name)
    return families


MAKER_KINDS = ("company", "shipyard", "design bureau", "joint venture")
# "Tehran denies it.", "Moscow does not confirm, and ...": a party disowning what was just said
PARTY_DENIAL = re.compile(
    r"\s+(?:(?:has|have|had|also|later|\w+ly)\s+)*(?:"
    r"(?:denie[sd]|deny|rejects?|rejected|disputes?|disputed|dismiss(?:es|ed)?)(?:\s+(?:it|this|that|them|the (?:reports?|claims?|accounts?|(?P<charge>allegations?|charges?|accusations?))"
    # "Minsk denies any such deal": the deed just told, by its kind
    r"|any such [\w-]+))?"
    # "Moscow has never confirmed the contract": the deal just told, disowned by a party to it
    r"|(?:(?:does|did|has|have|would|could)(?:\s+not|n't)|(?:has|have|had)\s+never|never)\s+(?:confirm(?:ed)?|comment(?:ed)?)"
    r"(?:\s+(?:it|this|that|them|the (?:contract|deal|sale|order|purchase|transfer|deliver(?:y|ies)|shipments?|reports?|claims?)))?"
    r"|declined to confirm|refused to confirm"
    # "Beijing called the report fiction.", "Tehran branded the claims fabricated"
    r"|(?:called|branded|described|termed|labell?ed)\s+(?:it|this|that|them|the (?:reports?|claims?|stor(?:y|ies)|allegations?|accounts?))\s+(?:as\s+)?(?:an?\s+|pure\s+|complete\s+)?"
    r"(?:fiction|fabrication|fabricated|baseless|false|fake|nonsense|lies|lie|untrue|groundless|unfounded|propaganda|disinformation|invention|rubbish))"
    # "... dismissed the claim out of hand", "... dismissed the reports as fabrication"
    r"(?:\s+(?:out of hand|outright|as\s+[\w\s-]{1,40}?))?\s*(?:[.,;]|$)"
    # "Tehran denies supplying drones for use in the war": the deed itself denied, by its verb (not another
    # deed: "Cambodia denied laying new mines" after the clashes told)
    r"|\s+(?:(?:has|have|had|also|flatly|later|promptly|firmly|always|strongly)\s+)*(?:denie[sd]|deny)\s+(?:ever\s+|having\s+)*"
    r"(?:supply|sell|shipp|deliver|send|provid|export|transferr|licens|buy|purchas|acquir|receiv|import|order|join|tak|participat|patroll|"
    r"host|stag|organis|organiz|veto|sanction|impos|develop|build|produc|manufactur|design|operat|deploy|field|conduct|hold|sign|form|conclud|"
    r"clash|fight|launch|lead|oppos|condemn|critici[sz]|block|becom|help|acced|fly|carry)ing\b",
    re.IGNORECASE,
)
TRANSFER_TYPES = ("SOLD", "ACQUIRED", "TRANSFERRED_TECHNOLOGY_TO", "OPERATES")
# Where the charge a denial names was laid: "accused China of copying ...", "alleged that ...".
# What follows is the charge; the sentence's own clause, and the accusing, are not.
CHARGE_LAID = re.compile(
    r"\b(?:accus(?:ed|es|ing)|charg(?:ed|es|ing)|blam(?:ed|es|ing))\s+(?:[\w'’-]+\s+){0,4}?(?:of|with|for)\b|"
    r"\b(?:alleg(?:ed|es|ing)|claim(?:ed|s|ing)|charg(?:ed|es)|report(?:ed|s)|insist(?:ed|s)|sa(?:id|ys))\s+that\b",
    re.IGNORECASE,
)


def _denied_in(earlier: list[Fact], text: str, slots: list[Slot], earlier_text: str = "") -> list[Fact] | None:
    """The facts of the sentence before, less those a sentence opening with a party's denial
    withdraws: every fact naming that party, and the other sides of the transfers it is in.
    A denial of "the charge" (or accusation, allegation) answers only what the sentence before
    charged, when it says where the charge begins ("accused China of copying the jet. Beijing
    rejected the charge."): the facts told before that, and the accusing itself, stay.
    None when the sentence is no such denial."""
    first = slots[0] if slots else None
    denial = PARTY_DENIAL.match(text, first.end) if first is not None else None
    if first is None or first.start > 12 or first.labels != {"State"} or not denial:
        return None
    laid = CHARGE_LAID.search(earlier_text) if denial.group("charge") else None
    if laid:
        answered = [f for f in earlier if f.anchor[0] >= laid.end()]
        kept = [f for f in earlier if f.anchor[0] < laid.end()]
        return kept + (_denied_in(answered, text, slots) or [])
    party = first.refs[0].name
    # the counterpart of a purchase counts as its party too: "Egypt ordered J-10Cs from China. Beijing has never confirmed the deal."
    # and so does a partner in one patrol, and where a drill the party staged was held: "Tokyo says Seoul patrolled the
    # Baltic Sea with Moscow. Seoul denies it."
    shared = {f.target.name for f in earlier if f.type in SHARED_DEEDS
              and party in (f.source.name, f.target.name, f.properties.get("from"), f.properties.get("to"))}
    return [
        f for f in earlier
        if party not in (f.source.name, f.target.name) and not (f.type in SHARED_DEEDS and f.target.name in shared)
        and not (f.type == "HELD_IN" and f.source.name in shared)
    ]


class DoubtFrame:
    """A frame written once over the words after it: a section's heading ("Unconfirmed reports",
    "What might happen next") governs to the next heading, a paragraph's opening ("According to
    unverified reports:", "Scenario: ...", "Imagine the talks succeed.") to the paragraph's end,
    and the list entries that follow it when it ends in a colon. "In fact, ...", "What is confirmed
    is that ..." end either early. A document's title heads no such section ("Speculation over the
    S-400 deal", "Arms rumour watch"): a headline's word of doubt is about its story, whose parts
    say for themselves what is confirmed."""

    def __init__(self) -> None:
        self.scope = ""  # "", "paragraph" or "section"
        self.paragraph = -1
        self.listing = False  # a lead-in ending in a colon: its list entries are under it too

    def governs(self, sentence: Sentence, bulleted: bool, tells: bool, names: bool) -> bool:
        """Whether the frame governs ``sentence`` (``tells``: it states a relation itself; ``names``: it names an entity)."""
        text = sentence.text
        if sentence.table_row:
            return False  # a table's rows carry their own status ("| Unconfirmed |") under a title like "Arms rumour watch"
        if sentence.heading and not bulleted:
            self.scope = "section" if sentence.paragraph > 0 and DOUBTING_HEADING.search(text) else ""
            return bool(self.scope)
        if self.scope == "paragraph" and sentence.paragraph != self.paragraph:
            if not (self.listing and bulleted):
                self.scope = ""
            self.paragraph = sentence.paragraph
        if self.scope:
            if FRAME_RELEASE.match(text):
                self.scope = ""
                return False
            return True
        if CASE_LABEL.match(text):
            return True
        if doubting_opening(text, tells, names):
            head, colon, listed = text.partition(":")
            if colon and ";" in listed:
                return True  # "Among the rumoured deals: A; B; C.": the list closes with its sentence
            self.scope, self.paragraph, self.listing = "paragraph", sentence.paragraph, text.rstrip().endswith(":")
            return True
        return False


# Deeds told once for all their parties: a denial by one takes back the others' side too
SHARED_DEEDS = {*TRANSFER_TYPES, "PATROLLED", "HOSTED"}


# "Cyprus ordered S-300s from Russia. ... The missiles never reached the island.": the goods of
# an earlier sentence, said to have never arrived
NEVER_DELIVERED = re.compile(
    r"\W*(?:(?:the|those|these)\s+(?:[\w-]+\s+){0,2}?(?:missiles|systems?|jets|aircraft|fighters|ships|submarines|boats|tanks|batteries|"
    r"helicopters|drones|weapons|deliveries|equipment)|they)\s+(?:(?:were|was)\s+never\s+(?:delivered|shipped|handed over)|"
    r"never\s+(?:reached|arrived|came|entered service|left)|did\s+not\s+(?:arrive|reach))\b",
    re.IGNORECASE,
)


# Where the words after an indented line break may move to: up to the next punctuation mark
WRAP_STOP = re.compile(r"[,.;:!?()\"“”]")


def unwrapped(text: str, names: list[tuple[int, int]]) -> str:
    """``text`` with each line break read as a space and the indentation after an indented line
    break moved forward, so that the words stand one space apart as the cues expect: to the end
    of the sentence or clause (a full stop or semicolon; "was\\n   cancelled in 2021." reads "was
    cancelled in 2021   ."), or to the first name before it, which keeps its place (a gap before
    a name parts no phrase: "took\\n   part in Vostok-2018" reads "took part in    Vostok-2018").
    Elsewhere the indentation stays: a name across the break ("the PLA\\n  Navy"), or words run on
    past a comma. ``names`` are the (start, end) of the names in ``text``, which keep their
    offsets, as the text keeps its length.

    >>> unwrapped("was\\n   cancelled in 2021 and never revived.", [])
    'was cancelled in 2021 and never revived   .'
    >>> unwrapped("bought from\\n   China.", [(15, 20)])
    'bought from    China.'
    >>> unwrapped("took\\n   part in Vostok-2018.", [(16, 27)])
    'took part in    Vostok-2018.'
    >>> unwrapped("held a\\n  joint\\n  naval patrol.", [])
    'held a joint naval patrol    .'
    """
    chars = list(text.replace("\n", " ").replace("\t", " "))
    for match in reversed(list(re.finditer(r"\n[ \t]+", text))):  # the last first: an earlier break's words then move on closed-up text
        after, width = match.end(), match.end() - match.start() - 1
        stop = WRAP_STOP.search(text, after)
        stop = stop.start() if stop else len(text)
        if any(start < after and end > match.start() for start, end in names):
            continue  # a name across the break ("the PLA\n  Navy")
        ahead = [start for start, _ in names if after <= start < stop]
        if ahead:
            stop = min(ahead)  # the indent goes before the first name after the break, where a gap parts no phrase
        elif stop < len(text) and text[stop] not in ".;!?":
            continue  # a comma the words run on past
        chars[match.start() + 1:stop] = chars[after:stop] + [" "] * width
    return "".join(chars)


def _withdraw_undelivered(facts_by_sentence: list, sentence) -> None:
    """Drop the sale and purchase of the paragraph's last sentence that told of one, within the
    two sentences before: what it said was bought or sold never arrived."""
    for index in range(len(facts_by_sentence) - 1, max(-1, len(facts_by_sentence) - 3), -1):
        shown, found, years = facts_by_sentence[index]
        if shown.paragraph != sentence.paragraph:
            return
        if any(fact.type in ("SOLD", "ACQUIRED") for fact in found):
            facts_by_sentence[index] = (shown, [fact for fact in found if fact.type not in ("SOLD", "ACQUIRED")], years)
            return


# the class noun a system's name may carry: "F-35A fighters", "K9 howitzers", "Patriot batteries"
SYSTEM_CLASS_NOUN = (
    r"(?:fighters?|jets?|aircraft|bombers?|trainers?|helicopters?|drones?|tanks?|howitzers?|frigates?|corvettes?|"
    r"submarines?|destroyers?|boats?|ships?|missiles?|systems?|batteries|launchers?|transports?)"
)
# "an order for Typhoon jets with the United Kingdom", "the contract for 96 AH-64Es was signed with the
# United States government": the order, the system right after it, then its seller after "with"
ORDER_FOR = re.compile(r"\b(?:orders?|contracts?)\s+for\s+", re.IGNORECASE)
SYSTEM_RIGHT_AFTER = re.compile(r"(?:(?:the|a|an|its|their|further|more|additional|\d[\d,]*|[a-z]+-?[a-z]*)\s+){0,3}")
SELLER_AFTER_ORDER = re.compile(
    rf"s?(?:\s+(?:[\w-]+\s+){{0,3}}?{SYSTEM_CLASS_NOUN})?"
    r",?\s+(?:(?:was|were|has been|had been|is|are)\s+)?(?:(?:signed|placed|concluded|inked|agreed)\s+)?with\s+(?:the\s+)?",
    re.IGNORECASE,
)
SIGNED = re.compile(r"\b(?:signed|placed|concluded|inked|agreed)\b", re.IGNORECASE)
# "assembled Iranian-designed Mohajer-2 drones under licence": the bare licence, with no giver named
BARE_LICENCE = re.compile(r"\bunder (?:a |an )?licen[cs]e\b(?!\s+(?:from|granted|issued|bought|obtained|deal|agreement)\b)", re.IGNORECASE)
# Asked of every sentence: tried only where "under a", "under an" or "under li" stands (re, case-insensitive,
# tries every position: 10 µs a sentence)
BARE_LICENCE = IndexedPattern(BARE_LICENCE)
# "from kits supplied by Russia", "kits shipped from Sweden": the state that sent a maker its kits
KITS_SENT_BY = re.compile(r"\bkits\s+(?:(?:\w+ly\s+)?(?:supplied|delivered|provided|shipped|sent)\s+(?:by|from)|from)\s+(?:the\s+)?$", re.IGNORECASE)
# "from Swedish kits", "Russian-supplied kits"
KITS_OF = re.compile(r"(?:-(?:supplied|made|built))?\s+kits\b", re.IGNORECASE)
DESIGNED_AFTER_DEMONYM = re.compile(r"-(?:designed|developed)\b")


def _licensed_design(text: str, slots: list[Slot], facts: list[Fact]) -> list[Fact]:
    """A state that builds a system "under licence" whose design the sentence gives to another
    state ("Venezuela has assembled Iranian-designed Mohajer-2 drones under licence"): the
    designer's state licensed it to the builder."""
    if not BARE_LICENCE.search(text):
        return []
    designers = {ref.name: ref for s in slots if s.kind == "demonym" and DESIGNED_AFTER_DEMONYM.match(text, s.end) for ref in s.refs if ref.label == "State"}
    builders = [
        f.source for f in facts if f.type == "PRODUCED" and f.source.label == "State" and f.source.name not in designers
        and any(f.source in s.refs and s.kind != "demonym" for s in slots)
    ]
    pairs = dict.fromkeys(
        (giver, builder.name) for giver in designers for builder in builders
        if any(f.type == "PRODUCED" and f.source.name == giver for f in facts)
    )
    by_name = {ref.name: ref for ref in builders}
    return [Fact("TRANSFERRED_TECHNOLOGY_TO", designers[giver], by_name[builder]) for giver, builder in pairs]


# "flies Rafales from France, Typhoons from Britain and F-15s from the United States"; the
# system's class noun may stand between ("MiG-29M fighters from Russia")
SUPPLIED_FROM = re.compile(
    r"s?(?:\s+(?:[\w-]+\s+)?(?:fighters?|jets?|aircraft|bombers?|trainers?|helicopters?|drones?|tanks?|frigates?|"
    r"corvettes?|submarines?|destroyers?|boats?|missiles?|systems?|batteries|transports?))?\s+from\s+(?:the\s+)?"
)
NEXT_SUPPLIED = re.compile(r"(?:,\s+(?:and\s+)?|\s+and\s+)(?:(?:the|its|some|more)\s+)?")


def _operated_from(text: str, slots: list[Slot], facts: list[Fact]) -> list[Fact]:
    """An operator's systems each followed by "from <state>": the state supplied them, the
    operator acquired them. The systems of one run ("X from A, Y from B and Z from C") share
    the operator that the sentence says operates one of them."""
    pairs = [
        (system, supplier) for system, supplier in zip(slots, slots[1:])
        if "WeaponSystem" in system.labels and system.kind != "reference" and supplier.labels == {"State"} and supplier.kind != "demonym"
        and SUPPLIED_FROM.fullmatch(text, system.end, supplier.start)
    ]
    # (not a purchase told as a condition or a plan after the operator's clause: "Tokyo operates the Su-35,
    # but were Egypt to buy Su-35s from Russia, ...")
    pairs = [(system, supplier) for system, supplier in pairs if not blocked(text, system.start, supplier.start, system.start)]
    if not pairs:
        return []
    operated = {f.target.name: f.source for f in facts if f.type == "OPERATES"}
    found: list[Fact] = []
    runs: list[list[tuple[Slot, Slot]]] = []
    for pair in pairs:
        if runs and NEXT_SUPPLIED.fullmatch(text, runs[-1][-1][1].end, pair[0].start):
            runs[-1].append(pair)
        else:
            runs.append([pair])
    traded = {f.target.name for f in facts if f.type in ("SOLD", "ACQUIRED")}
    for run in runs:
        if any(ref.name in traded for system, _ in run for ref in system.refs):
            continue  # "bought F-4s from the United States and ... still flies them": read already
        operator = next((operated[ref.name] for system, _ in run for ref in system.refs if ref.name in operated), None)
        if operator is not None:
            for system, supplier in run:
                for ref in system.refs:
                    if ref.label == "WeaponSystem" and supplier.refs[0].name != operator.name:
                        found += [
                            Fact("OPERATES", operator, ref),
                            Fact("ACQUIRED", operator, ref, {"from": supplier.refs[0].name}),
                            Fact("SOLD", supplier.refs[0], ref, {"to": operator.name}),
                        ]
    return found


# "<system>, also of <demonym> origin": the words between the system and the adjective, and the noun after it
OF_ORIGIN = re.compile(r"(?:s|\s+(?:missiles?|systems?|tanks?|rifles?|jets?|fighters?|aircraft|helicopters?|ships?|torpedo(?:es)?))?\s*,?\s+(?:(?:also|both|all|likewise|itself)\s+)?of\s+", re.IGNORECASE)
ORIGIN_NOUN = re.compile(r"\s+(?:origin|design|manufacture)\b", re.IGNORECASE)
# "<system> deliveries to ...": the system as the noun's modifier, the recipients after "to"
SYSTEM_DELIVERIES = re.compile(r"s?\s+(?:deliveries|delivery|sales|exports|shipments|transfers)\s+to\s+", re.IGNORECASE)
RECIPIENTS_JOINED = re.compile(r"\s*(?:,\s*)?(?:and\s+)?(?:the\s+)?|\s*,\s*(?:the\s+)?")
# a firm's own works: "Hyundai Rotem's Changwon plant", and after the firm, "from its Changwon line"
OWN_WORKS = re.compile(r"(?:'s|’s)\s+(?:(?-i:[A-Z])[\w-]*\s+){0,2}(?:plant|factory|works|line|assembly line|production line|yard|shipyard|facility)\b", re.IGNORECASE)
OWN_WORKS_AFTER = re.compile(r"[^.;:]*?\bfrom its (?:own )?(?:(?-i:[A-Z])[\w-]*\s+){0,2}(?:plant|factory|works|line|assembly line|production line|yard|shipyard|facility)\b", re.IGNORECASE)
MAKERS_POSSESSIVE = re.compile(r"(?:'s|’s)\s+(?:(?:new|latest|own|flagship|export|upgraded)\s+)?")


def _bare_pair(slots: list[Slot], start: int, subjects: tuple[Ref, ...]) -> tuple[Ref, ...]:
    """Who "both" is in "..., and both have criticised AUKUS": the last two states the sentence
    named before it (by name or as "both states"), else ``subjects``: the two states last
    said to act, or named together in the paragraph."""
    states = [ref for s in slots if s.end <= start for ref in s.refs if ref.label == "State"]
    pair = tuple(dict.fromkeys(reversed(states)))[:2]
    return pair if len(pair) == 2 else subjects


def _after_question_number(previous: Sentence | None, sentence: Sentence) -> bool:
    """Whether ``sentence`` follows its own number alone on its paragraph's first line ("Q3." before "What is ...?")."""
    return previous is not None and previous.paragraph == sentence.paragraph and QUESTION_NUMBER.fullmatch(previous.text) is not None


def _previous_subject(context: ParagraphContext) -> tuple[Ref, ...]:
    """"Vietnam relies on Russia for arms. The country operates ...": a state reference the
    sentence opens with is the previous sentence's first state not named as a place, its
    subject, rather than the last one it named; else the paragraph's one state subject."""
    first = next((ref for ref in context.parties if ref.label == "State"), None)
    if first:
        return (first,)
    subjects = tuple(dict.fromkeys(context.state_subjects))
    return subjects if len(subjects) == 1 else ()


def _described_state(context: ParagraphContext, earlier: tuple[Ref, ...]) -> tuple[Ref, ...]:
    """"Qatar has bought widely. The Gulf state ordered ...": the one state that "the kingdom", "the
    island nation" can mean: the one the sentence named before it, else the one the previous sentence
    named as a party, else the paragraph's (or its heading's) one state. Nothing where two compete:
    "Iran and Saudi Arabia are rivals. The kingdom ..." does not say which is meant."""
    for named in (
        [ref for ref in earlier if ref.label == "State"],
        [ref for ref in context.parties if ref.label == "State"],
        [ref for ref in context.recent if ref.label == "State"],
    ):
        states = tuple(dict.fromkeys(named))
        if states:
            return states if len(states) == 1 else ()
    return ()


def _former_or_latter(which: str, context: ParagraphContext, earlier: tuple[Ref, ...]) -> tuple[Ref, ...]:
    """The first ("former") or second ("latter") of the last two states, or forces, named
    before: whichever kind was named last. Nothing when fewer than two of it were named."""
    latest = context.last(("State", "ArmedForce"), 1, earlier)
    pair = context.last((latest[0].label,), 2, earlier) if latest else ()
    if len(pair) != 2:
        return ()
    pair = _by_last_naming(pair, (*context.previous_named, *context.named, *earlier))
    return pair[:1] if which == "latter" else pair[1:]


def _by_last_naming(pair: tuple[Ref, ...], named: tuple[Ref, ...]) -> tuple[Ref, ...]:
    """The pair, latest first, in the order the text last named them by name: "Egypt and Algeria
    both looked at it" leaves "both" (Algeria, Egypt) as the latest mention, but the latter is Algeria."""
    last = {ref: index for index, ref in enumerate(named)}
    if not all(ref in last for ref in pair):
        return pair
    return tuple(sorted(pair, key=last.get, reverse=True))


def _position(slots: list[Slot], ref: Ref) -> int:
    return next(s.start for s in slots if ref in s.refs)


class _Span:
    """The start and end of a piece of a sentence, shaped like a regex match."""

    def __init__(self, start: int, end: int):
        self._start, self._end = start, end

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end


def service_index(gazetteer: Gazetteer) -> dict[tuple[str, str], str]:
    """``(state, "navy")`` → that state's navy, e.g. ``("China", "navy")`` → ``"PLA Navy"``.

    A service of the state's main armed forces wins over one of a separate corps (the
    Iranian navy, not the IRGC's), a service within the state's forces over one standing
    alone (the Iranian air force, not the Imperial Iranian Air Force), then the closer
    service word, then the shorter name.
    """
    forces = gazetteer.by_label("ArmedForce")
    main = {force.name for force in forces if not force.get("parent")}
    best: dict[tuple[str, str], tuple] = {}
    for generic, words in SERVICE_WORDS.items():
        for force in forces:
            # "armed forces" only as the whole of a name's end or start: not "People's Armed Forces Maritime Militia"
            matched = [
                i for i, word in enumerate(words)
                if ((force.name.endswith(word) or force.name.startswith(word + " of")) if generic == "armed forces" else word in force.name)
            ]
            if not force.get("state") or not matched or generic == "armed forces" and force.get("parent"):
                continue  # a state's armed forces as a whole have no parent force
            # (a force with no parent at all, "Imperial Iranian Air Force", is a former or a standalone one: after one in the state's tree)
            rank = (force.get("parent") not in main, force.get("parent") is None, matched[0], len(force.name))
            key = (force.get("state"), generic)
            if key not in best or rank < best[key][0]:
                best[key] = (rank, force.name)
    return {key: name for key, (_, name) in best.items()}


class Extractor:
    """Reads documents and finds what they say. One instance serves many documents.

    >>> Extractor().extract_text("China bought Su-35 fighters from Russia.").relations[0].properties["from"]
    'Russia'
    """

    def __init__(self, gazetteer: Gazetteer | None = None, schema: Schema | None = None):
        self.gazetteer = gazetteer or load_gazetteer()
        self.schema = schema or load_schema()
        self.finder = finder_for(self.gazetteer)
        self.services = service_index(self.gazetteer)
        self.force_states = {force.name: force.get("state") for force in self.gazetteer.by_label("ArmedForce") if force.get("state")}
        self.permanent_members = frozenset(state.name for state in self.gazetteer.by_label("State") if state.get("permanent_seat"))
        self.firms = frozenset(entry.name for entry in self.gazetteer.by_label("Organization") if entry.get("kind") in FIRM_KINDS)
        self.memberless = frozenset(entry.name for entry in self.gazetteer.by_label("Organization") if entry.get("kind") in MEMBERLESS_KINDS)
        self.firm_states = {entry.name: entry.get("state") for entry in self.gazetteer.by_label("Organization") if entry.get("state")}
        # "Kingdom of Saudi Arabia", "Sultanate of Oman": the kind of state each official name says it is
        self.state_kinds = {
            state.name: {kind.lower() for alias in state.aliases for kind in STATE_KIND.findall(alias)} for state in self.gazetteer.by_label("State")
        }
        # "Moscow" in 1960: the successor state's capital → (the last year it names the predecessor, the predecessor)
        self.former_capitals = {
            state.get("capitals_of"): (state.get("until"), state.name) for state in self.gazetteer.by_label("State") if state.get("capitals_of")
        }
        # a state and the one it succeeded: never "the two countries" ("the Soviet Union ... Now Russia")
        self.successions = {frozenset((successor, former[1])) for successor, former in self.former_capitals.items()}
        self.reader = SentenceReader(self.schema, self._kind_of)
        self.councils = {entry.name for entry in self.gazetteer.by_label("Organization") if entry.get("kind") == "council"}
        self.makers = {entry.name for entry in self.gazetteer.by_label("Organization") if entry.get("kind") in MAKER_KINDS}
        self.family_names = _family_names(self.gazetteer)
        self.family_plural = re.compile(r"\b(?:the|these|those|its|their|both|all|older|newer)\s+(" + "|".join(map(re.escape, sorted(self.family_names, key=len, reverse=True))) + r")s\b")
        self._alias_cache: dict[str, tuple[str, ...]] = {}

    def extract_path(self, path: str | Path) -> Extraction:
        return self.extract_document(read_document(path))

    def extract_text(self, text: str, path: str = "<text>") -> Extraction:
        document = Document(Document.content_id(text.encode("utf-8")), path, text.split("\n", 1)[0][:120], text, "txt")
        return self.extract_document(document)

    def extract_document(self, document: Document) -> Extraction:
        text = document.text
        # what is read: words broken at line ends made whole, page furniture, subtitle timings, the speaker of a chat
        # message's later pieces and e-mail quote marks blanked, offsets kept
        reading = without_quote_marks(without_page_furniture(without_chat_continuations(without_cue_timings(rejoin_hyphenated(text)))))
        mentions = self.finder.find(reading)
        cased = sentence_cased(reading, [(m.start, m.end) for m in mentions])  # lines in capitals read in sentence case
        if cased is not reading:
            reading, mentions = cased, self.finder.find(cased)
        facts_by_sentence: list[tuple[Sentence, list[Fact], tuple[int, ...]]] = []
        heading_refs: list[Ref] = []
        title_refs: list[Ref] = []
        exercise_heading: tuple[str, list[Ref]] = ("", [])  # the latest heading and the exercises it names, for a list of participants under it
        memory = DocumentMemory(force_states=self._force_states(mentions), permanent_members=self.permanent_members, firms=self.firms, firm_states=self.firm_states)
        memory.issuers = memory.speakers = self._firm_of_own_page(document.title)
        memory.written = _date_written(text)
        # a draft that failed, wherever the document says so: the tally before "The draft was not adopted." is its vote
        # (not in a document that names the General Assembly, whose drafts fail with no veto)
        memory.council_cues = frozenset({"not adopted"}) if NOT_ADOPTED.search(reading) and not FORUM["UN General Assembly"].search(reading) else frozenset()
        memory.speaker_states.update(self._cast_states(reading, mentions))
        intro: tuple[str, list[Slot]] | None = None  # the sentence a list opens with: "... including forces from:"
        sub_intro: tuple[int, int, tuple[str, list[Slot]]] | None = None  # an entry opening a nested list: (its indent, paragraph, intro)
        context = ParagraphContext(memory=memory)
        paragraph = -1
        header: dict | None = None  # column roles, or the matrix's columns
        headings: list[tuple[int, int]] = []
        section = ""  # the latest heading that is no list entry: "Operators" over "- Cuba - MiG-21bis" lines
        sheet = AnswerSheet()
        rosters = MemberRosters(self.memberless | self.firms)
        questions = QUESTION_LINE.search(text) is not None
        index = 0
        previous: Sentence | None = None
        previous_text = ""  # as read, where its facts' anchors point
        caption = ""  # the last unit with words that is no table row: what a table under it is captioned
        doubt = DoubtFrame()
        asked: tuple[str, list[Slot]] | None = None  # the question just before, which a "Yes." may answer
        title_late = side_by_side = False  # whether the title's names came from a heading after the first; whether
        # that heading proved to be the first of several sections on one thing each, which leaves the document untitled
        for sentence in segment(reading):
            shown = replace(sentence, text=text[sentence.start:sentence.end]) if reading is not text else sentence  # the evidence quotes the document as it is
            while index < len(mentions) and mentions[index].end <= sentence.start:
                index += 1
            own = []
            probe = index
            while probe < len(mentions) and mentions[probe].start < sentence.end:
                if mentions[probe].end <= sentence.end:
                    own.append(mentions[probe])
                probe += 1
            if "\n" in sentence.text and not sentence.table_row:  # a line break inside a sentence reads as a space ("maritime\ncooperative")
                sentence = replace(sentence, text=unwrapped(sentence.text, [(m.start - sentence.start, m.end - sentence.start) for m in own]))
            opens_paragraph = sentence.paragraph != paragraph
            if opens_paragraph:
                paragraph = sentence.paragraph
                memory.paragraph_before = list(context.recent)
                memory.lead_body = _lead_body(context, memory.lead_body)
                context = ParagraphContext(heading_refs, memory)
                header = None
                _see_dateline(text, sentence, mentions[max(0, index - 4):index], memory)
            if own or memory.issuers or memory.speaker_states:  # a turn labelled by a known speaker may name no one
                self._see_speaker(text, sentence, own, memory)
            slots = self._slots(sentence, own, context)
            refs = [ref for slot in slots for ref in slot.refs]
            bulleted = _bulleted(text, sentence.start)
            # an entry of a list "...including:" opens, or the whole list on the line after it ("Russia; China; India.")
            # (a line "Russia; China; India" splits into cells as a row does: under a colon and no table header it is the list)
            indent = _bullet_indent(text, sentence.start) if bulleted else 0
            if sub_intro and (not bulleted or indent <= sub_intro[0] or sentence.paragraph != sub_intro[1]):
                sub_intro = None  # back out of the nested list
            listed = intro if (bulleted and not sentence.table_row) or (intro and header is None and _names_only(sentence.text, slots)) else None
            listed = sub_intro[2] if sub_intro else listed
            if not bulleted:
                intro = (sentence.text, slots) if sentence.text.rstrip().endswith(":") else None
            elif sentence.text.rstrip().endswith(":") and not sentence.table_row:
                # "- Six members:" over "  - Saudi Arabia", "  - Oman": an entry opening a list nested under it
                sub_intro = (indent, sentence.paragraph, (sentence.text, slots))
            if sentence.heading and not listed and not VOTE_TALLY.match(sentence.text):  # "Against (1): Russia" heads no section
                section = section if bulleted else sentence.text
                headings.append((sentence.start, sentence.end))
                if refs or not MEMBERSHIP_HEADING.search(sentence.text):  # ("Members:", "### Enlargement" go on with the lead's body)
                    memory.lead_body = None
                # a list entry that opens with a state ("- Ghana" set off by blank lines) heads no section
                # over the next entries: they stay under the list's own heading ("Our Member States")
                if not (bulleted and slots and re.fullmatch(r"(?:[Tt]he\s+)?", sentence.text[:slots[0].start]) and "State" in slots[0].labels):
                    memory.headings.append(sentence.text)
                    if bulleted:
                        memory.group_labels.add(sentence.text)  # "- North Africa" grouping the entries under "Current members"
                # a short list entry reads as a heading too: "- Mongolia" under "Vostok-2018" is no new section, "6) Briefs" is
                if not (bulleted and slots and slots[0].start == 0 and {"State", "ArmedForce"} & slots[0].labels):
                    named_exercises = [ref for ref in refs if ref.label == "Exercise"]
                    # "## Vostok-2018" then "### Participants": a sub-heading over the list of the exercise above it
                    kept = exercise_heading[1] if not named_exercises and PARTICIPANTS_TITLE.fullmatch(sentence.text) else named_exercises
                    exercise_heading = (sentence.text, kept)
                if EXPORTS.search(sentence.text):
                    memory.exporters = [ref for ref in refs if ref.label in ("State", "Organization")]
                memory.heading_refs = refs or memory.heading_refs
                if len(memory.headings) == 1:
                    memory.opening_refs = _named_in_title(sentence.text, slots)
                if refs:
                    if not title_refs and not side_by_side:
                        title_refs, title_late = refs, len(memory.headings) > 1
                    elif title_late and {ref.label for ref in refs} == {ref.label for ref in title_refs} and not set(refs) & set(title_refs):
                        # a heading after the first that named a body, then one naming another body: those were sections
                        # side by side ("CSTO: questions and answers", "FAQ: ECOWAS"), neither the document's title
                        title_refs, title_late, side_by_side = [], False, True
                    memory.title_refs = title_refs
                    heading_refs = title_refs + refs
            elif (opens_paragraph or _after_question_number(previous, sentence)) and not sentence.table_row and QUESTION_HEAD.fullmatch(sentence.text):
                # "Who is actually in the SCO?" over an explainer, "Which bodies does Ghana belong to?" over its
                # answer: a question opening a paragraph heads what follows as a heading does, for the body it names
                # (a question naming none, "Whose club is it?", goes back to the title's body)
                bodies = [ref for ref in refs if ref.label == "Organization"]
                if bodies and sentence.paragraph == 0:
                    title_refs = title_refs or bodies
                    memory.title_refs = title_refs
                if bodies or title_refs:
                    heading_refs = title_refs + [ref for ref in bodies if ref not in title_refs]
            speaks_of_patrol = "patrol" in sentence.text.lower() and bool(PATROL_ACTIVITY.search(sentence.text))
            memory.patrol_seen = memory.patrol_seen or speaks_of_patrol
            memory.council = next((ref for slot in slots for ref in slot.refs if ref.name in self.councils), memory.council)
            if memory.council is None and "veto" in sentence.text.lower() and VETO_HOLDERS.search(sentence.text):
                memory.council = Ref(SECURITY_COUNCIL, "Organization")  # "the permanent five used the veto": only that council has them
            if memory.council is None and "veto" in sentence.text.lower() and "Council" in sentence.text and BARE_COUNCIL.search(sentence.text):
                memory.council = Ref(SECURITY_COUNCIL, "Organization")
            if memory.council is None and "permanent" in sentence.text and VETO_HOLDERS.search(sentence.text) and PERMANENT_VOTE.search(sentence.text):
                memory.council = Ref(SECURITY_COUNCIL, "Organization")  # "the United States, a permanent member, votes no": only that council's members vote so
            if memory.council is None and "veto" in sentence.text.lower() and THE_COUNCIL.search(sentence.text):
                memory.council = Ref(SECURITY_COUNCIL, "Organization")  # "the Council's records show 29 vetoes": the council with vetoes
            if memory.council is None:
                # "Washington vetoed it anyway." ... "It stops the Council from ...": a document that speaks of
                # vetoes, of draft resolutions and of a bare "the Council", in whichever sentences, is about the one
                # council whose members cast vetoes
                # (or of vetoes and of the permanent members, in whichever sentences: "every time a permanent
                # member has said no" ... "Russia votes against and that is that: vetoed.")
                memory.council_cues |= _council_cues(sentence.text)
                # (or, with no word of a veto, of a draft that was not adopted and of a bare "the Council" or of its
                # vote: "the Council voted on a text on Yemen. ... The draft was not adopted.", "13 in favour, 2
                # against (China, Russia)", the lines of a vote record: "In favour: ...", "Against: China")
                if {"veto", "council", "resolution"} <= memory.council_cues or {"veto", "holders"} <= memory.council_cues \
                        or {"not adopted", "council"} <= memory.council_cues or {"not adopted", "record"} <= memory.council_cues:
                    memory.council = Ref(SECURITY_COUNCIL, "Organization")
            if memory.council is None and "S/" in sentence.text and COUNCIL_SYMBOL.search(sentence.text):  # the symbol holds "S/": most sentences do not
                memory.council = Ref(SECURITY_COUNCIL, "Organization")  # "draft resolution S/2024/310": a Council document
            context.see(slots, sentence.text)
            if sentence.table_row or (bulleted and not (sub_intro and indent > sub_intro[0])):
                context.see_entry(True)  # (an entry nested under one ending in a colon goes on with that one)
            elif _opens_line(text, sentence.start):
                context.see_entry(False)
            if not sentence.table_row:
                memory.lead_in = sentence.text if sentence.text.rstrip().endswith(":") else ""
            row = sentence.table_row and not listed
            cells = _cells(sentence.text) if row else []
            if row and header is None and hypothetical_header(cells, slots):
                header, facts = {"future": 0}, []  # "| Scenario | ... | Likelihood |": its rows are possibilities, not facts
            elif row and header is None and matrix_columns(cells, slots):
                header, facts = {"matrix": matrix_columns(cells, slots)}, []
            elif row and header is None and is_header(cells, slots, _opens_table(text, sentence.start)):
                header, facts = header_roles([c[2] for c in cells]), []
                _caption_exporters(caption, memory)
            elif row and header is not None and "matrix" in header:
                facts = matrix_facts(cells, slots, header["matrix"])
            elif row and header is not None:
                facts = row_facts(sentence.text, cells, slots, header, context)
                if facts:
                    # "| ... | Began after both fleets completed Joint Sea-2021 in the Sea of Japan |": a notes cell's own
                    # sentence on the exercise the row's crews came from; its votes, patrols and deals are left to the columns
                    facts += [
                        fact for position, (start, end, cell) in enumerate(cells)
                        if position not in header.values() and len(cell.split()) >= 4
                        for fact in self._cell_facts(sentence.text, start, end, slots, context) if fact.type in NOTE_CELL_TYPES
                    ]
                facts += self._listing_reasons(cells, slots, header, context)
                if "history" in header and "system" in header:
                    facts += self._career_cell_facts(sentence.text, cells, slots, header, context)
                facts += self._force_links(sentence.text, slots) if facts else []  # "| Russian Navy, PLA Navy | ... |"
            elif listed:
                # "In 2024:" over "- the Royal Australian Navy held ...": the entry still names each force with its state
                entry = self._list_entry(listed, sentence.text, slots, context)
                if not entry and bulleted and len(slots) > 1:  # "The vetoes of the period:" over "- Mali, 2019 -- Britain"
                    entry = _veto_list_entry(sentence.text, slots, listed[0], memory)
                facts = entry + self._force_links(sentence.text, slots)
                if bulleted and ENTRANTS_HEADING.search(_entrants_heading(context, sentence)):
                    # "The post-Cold War rounds were:" over "- 1999: Czech Republic, Hungary, Poland" in a
                    # document on an enlargement: the opening says nothing the entry completes
                    facts += _entrants_entry(sentence.text, slots, context, entry)
            elif row and verdict_row(cells):
                # "| Iran received Su-35s | Jan 2024 | Unconfirmed | ... |": a tracked claim, not a fact;
                # a force it names with its state is still that state's
                facts = self._force_links(sentence.text, slots)
            elif row and header is None and len(cells) > 2 and cell_delimiter(sentence.text) != ";":
                # a row of a table whose columns name no roles ("| Claim | Seen | Status | Notes |"): each
                # cell says its own thing, and a system in the notes is not the claim's
                facts = [fact for start, end, _ in cells for fact in self._cell_facts(sentence.text, start, end, slots, context)]
            else:
                facts = self.reader.read(sentence.text, slots, context) + self._force_links(sentence.text, slots)
                # The readings below each pair two of the sentence's mentions (a firm and its system, a
                # system and its supplier, an exercise and its crews) or complete a relation already read
                # (a licence, a maker's works): a sentence naming one thing, a third of those naming any,
                # or reading nothing yet, skips them.
                paired = len(slots) > 1
                facts += self._makers_as_owners(sentence.text, slots) if paired else []
                facts += (self._licensed_by_agreement(sentence.text, slots, facts) if facts else []) + (_turned_to(sentence.text, slots, facts) if paired else [])
                facts += _licensed_design(sentence.text, slots, facts) if facts else []
                facts += self._licensed_after_transfer(sentence.text, facts) if facts else []
                facts += self._kits_supplied(sentence.text, slots, facts) if facts and "kit" in sentence.text else []
                facts += _technology_of_the_deal(sentence.text, slots, facts, context.trade) if context.trade and KNOW_HOW_WORDS.search(sentence.text) else []
                if BUYER_WORDS.search(sentence.text):
                    facts += _buyer_named_after(sentence.text, slots, facts or context.last_facts)
                if context.last_facts and not any(fact.type == "TRANSFERRED_TECHNOLOGY_TO" for fact in facts) and KNOW_HOW_WORDS.search(sentence.text):
                    facts += _know_how_of_last_making(sentence.text, slots, context.last_facts, self.firm_states)
                facts += self._order_with_seller(sentence.text, slots, facts) if paired else []
                facts += self._made_at_own_works(sentence.text, slots, facts) if facts else []
                if paired:
                    facts += _deliveries_of_system(sentence.text, slots)
                    facts += _own_systems_delivered(sentence.text, slots, facts)
                    facts += _of_state_origin(sentence.text, slots)
                    facts += _operated_from(sentence.text, slots, facts) + _fresh_from(sentence.text, slots)
                    facts += _flew_at_exercise(sentence.text, slots)
                log_line = _log_line(text, sentence)
                # a heading, or a dated line of a timeline ("2019 — Tsentr-2019: Russia, China, India")
                if (sentence.heading and not SCOPING.search(sentence.text)) or (log_line and not facts):
                    facts += headline_exercise(sentence.text, slots)
                if not facts and log_line:
                    facts = _patrol_log_entry(sentence.text, slots, memory)
                if not facts and bulleted and exercise_heading[1]:
                    facts = listed_participant(sentence.text, slots, *exercise_heading)
                if not facts and bulleted and len(slots) > 1:
                    facts = _veto_list_entry(sentence.text, slots, section, memory)  # "## Vetoes" over "- 2011, Syria: Russia"
                if memory.council and (SEAT_COUNT.match(sentence.text) or _seat_line(sentence.text, slots)):
                    facts += _seat_holders(sentence.text, slots, memory.council)
                if memory.council and "members" in sentence.text:
                    facts += _seats_in_apposition(sentence.text, slots, memory.council)
                if "ing " in sentence.text and ", " in sentence.text:
                    facts += [fact for fact in _founders_by_participle(sentence.text, slots) if fact not in facts]
                if memory.council and previous is not None and previous.paragraph == sentence.paragraph and SEATS_RESTATED.match(sentence.text):
                    facts += _seats_restated(sentence.text, slots, previous_text, memory.council)
                if memory.council and VOTES_AGAINST.match(sentence.text):
                    facts += _vetoes_in_tally(sentence.text, slots, memory)
                if bulleted and ENTRANTS_HEADING.search(_entrants_heading(context, sentence)):
                    facts += _entrants_entry(sentence.text, slots, context, facts)
                if "/" in sentence.text and not facts:  # "Sweden / NATO: `invited` → `member`": a tracker's record
                    facts += status_record(sentence.text, slots)
                if "(" in sentence.text and len(slots) > 1 and "State" in slots[0].labels:
                    facts += state_standings(sentence.text, slots, self.memberless | self.firms)  # "Thailand — CIS (observer); AUKUS (member)"
                if MEMBERSHIPS_LABEL.match(sentence.text):
                    facts += memberships_line(sentence.text, slots, memory)
                elif bulleted:
                    facts += membership_entry(sentence.text, slots, memory, tuple(context.section_refs))
                if not facts and bulleted and _names_only(sentence.text, slots):
                    facts = self._states_under_organization(slots, context)
                if bulleted and OPERATORS_HEADING.search(section):
                    facts += _operator_entry(text, sentence, slots, memory, facts)
            context.supplier = _supplier(sentence.text, slots) or context.supplier
            context.patrol_named = context.patrol_named or speaks_of_patrol or bool(
                # a patrol by another name: "A further activity followed ...; a frigate took part" is in it, not in an exercise
                ("activit" in sentence.text or "joint sail" in sentence.text) and PATROL_OTHER_NAME.search(sentence.text)
            )
            if "sent" in sentence.text or "contributed" in sentence.text or "dispatched" in sentence.text:
                context.senders += [ref for ref in _senders(sentence.text, slots) if ref not in context.senders]
            question = sheet.see(text, sentence.start, sentence.text, slots) if questions else None
            if question:
                facts += self._answer(question, sentence.text, slots, context)
            if asked and not facts and previous is not None and sentence.paragraph - previous.paragraph <= 1:
                # "Is Turkey a member?" then "Yes, since 1952.": the question is the statement the answer affirms
                composed = polar_statement(*asked, sentence.text)
                facts += self.reader.read(*composed, context) if composed else []
            asked = (sentence.text, slots) if sentence.text.rstrip().endswith("?") and slots else None
            if facts and context.supplier:
                facts = _supplied(facts, context.supplier)
            if facts and MYTH_LABEL.match(sentence.text):
                # "Myth 1: China is now an Arctic Council member.": a myths-and-facts brief states the myth
                # to refute it; whose forces it names stays, as for a claim withdrawn
                facts = [fact for fact in facts if fact.type == "ARMED_FORCE_OF"]
            if doubt.governs(sentence, bulleted, bool(facts), bool(slots)):
                # "Unconfirmed reports" over a section, "The following is speculation." over its paragraph: nothing under
                # the frame is the writer's fact; whose forces it names stays, as for a claim withdrawn
                facts = [fact for fact in facts if fact.type == "ARMED_FORCE_OF"]
            if len(facts) > 1:
                facts = _sold_to_operator(facts)
            if "uppl" in sentence.text or "xporter" in sentence.text or "source of" in sentence.text or " sold " in sentence.text:
                context.clientele = _supplier_and_client(sentence.text, slots) or context.clientele
            if "turned " in sentence.text:
                context.clientele = _turned_to_seller(sentence.text, slots) or context.clientele
            context.trade = _trade(sentence.text, slots, facts) or context.clientele or context.trade
            if "reached" in sentence.text or "arrived in" in sentence.text:
                facts = facts + _arrivals(sentence.text, slots)
            if "landed" in sentence.text or "arrived" in sentence.text or "touched down" in sentence.text:
                facts = facts + _owners_first_arrivals(sentence.text, slots)
            if facts and context.clientele:
                facts = _between_supplier_and_client(facts, *context.clientele)
            if facts and memory.opening_refs and not row and not sentence.heading and not SOLD_TO_UNNAMED.search(sentence.text):
                facts = facts + _sold_to_title_owner(facts, sentence.text, slots, memory)
            if facts_by_sentence and facts_by_sentence[-1][0] is previous and previous.paragraph == sentence.paragraph and WITHDRAWING.match(sentence.text):
                # "... had bought Su-35 fighters. That was wrong.": what the sentence claimed goes,
                # whose forces it named stays ("said the Royal Malaysian Air Force flies ... It has not.")
                withdrawn = facts_by_sentence[-1][1]
                named = [fact for fact in withdrawn if fact.type == "ARMED_FORCE_OF"]
                if named:
                    facts_by_sentence[-1] = (previous, named, facts_by_sentence[-1][2])
                else:
                    facts_by_sentence.pop()
                if any(fact.type == "VETOED" for fact in withdrawn):
                    # '"China vetoed it too." No.': "the veto" condemned later is still the one told before
                    memory.vetoers = next((tuple(dict.fromkeys(f.source for f in found if f.type == "VETOED"))
                                           for _, found, _ in reversed(facts_by_sentence) if any(f.type == "VETOED" for f in found)), ())
            elif NEVER_DELIVERED.match(sentence.text):
                _withdraw_undelivered(facts_by_sentence, sentence)
            elif facts_by_sentence and facts_by_sentence[-1][0] is previous and previous.paragraph == sentence.paragraph:
                denied = _denied_in(facts_by_sentence[-1][1], sentence.text, slots, previous_text)
                if denied is not None:  # "... Iran has shipped missiles to Russia. Tehran denies it."
                    facts_by_sentence[-1] = (previous, denied, facts_by_sentence[-1][2])
            # a roster of members under its label, or of observers whose names no other reading makes members
            listed_members, refused = rosters.read(
                sentence.text, slots, sentence.paragraph, bulleted and not row, tuple(context.section_refs) or tuple(memory.heading_refs),
                context.topic or memory.lead_body, row,
                tuple(context.recent),
            )
            if refused:
                facts = [fact for fact in facts if fact.type != "MEMBER_OF" or (fact.source.name, fact.target.name) not in refused]
            if ":" in sentence.text or ";" in sentence.text:  # "NATO; Finland in 2023, Sweden in 2024"
                listed_members = listed_members + dated_entrants(sentence.text, slots, self.memberless | self.firms)
            if " so " in sentence.text or " as " in sentence.text or "joined" in sentence.text:
                listed_members = listed_members + members_alike(sentence.text, slots, facts + listed_members)  # ", and so do Australia and India"
            if listed_members:
                had = {(fact.source.name, fact.target.name) for fact in facts if fact.type == "MEMBER_OF"}
                facts = facts + [fact for fact in listed_members if (fact.source.name, fact.target.name) not in had]
            for fact in facts:
                if fact.type == "MEMBER_OF" and fact.source not in memory.members.setdefault(fact.target.name, []):
                    memory.members[fact.target.name].append(fact.source)  # for "all four Quad members" later
            if facts:  # the sentence's years, while its scan is at hand
                years = _years_in(sentence.text)
                if sentence.table_row or not years:
                    # a row's own year ("| 12 March 2019 | S/2019/190 | ..."), else its section's
                    _date_vetoes(facts, years if sentence.table_row and years else _years_in(memory.headings[-1]) if memory.headings else ())
                facts_by_sentence.append((shown, facts, years))
            previous, previous_text = shown, sentence.text
            if not sentence.table_row and WORDED.search(sentence.text):
                caption = sentence.text
        fields = field_facts(text, record_fields(text), mentions, headings)
        if fields:
            facts_by_sentence = _field_readings(text, facts_by_sentence, fields)
        return Extraction(
            document=document,
            entities=self._entities(mentions, facts_by_sentence),
            relations=self._relations(document, facts_by_sentence),
        )

    def _cell_facts(self, text: str, start: int, end: int, slots: list[Slot], context: ParagraphContext) -> list[Fact]:
        """What one cell of a table row states, read as a sentence of its own."""
        cell = [replace(slot, start=slot.start - start, end=slot.end - start) for slot in slots if start <= slot.start and slot.end <= end]
        if not cell:
            return []
        return self.reader.read(text[start:end], cell, context) + self._force_links(text[start:end], cell)

    def _career_cell_facts(self, text: str, cells: list, slots: list[Slot], header: dict, context: ParagraphContext) -> list[Fact]:
        """What a catalogue row's history cell says of the row's system ("| MiG-23 | ... |
        Delivered new to East Germany in 1978; flown by its air force until 1990 |"): each of
        the cell's sentences read with the system cell before it as its subject, so that a
        hedged sentence beside it ("Said to have fled to Iran") stays its own."""
        if max(header["history"], header["system"]) >= len(cells):
            return []
        system_start, system_end, _ = cells[header["system"]]
        named = [slot for slot in slots if system_start <= slot.start and slot.end <= system_end and "WeaponSystem" in slot.labels]
        if not named:
            return []
        start, end, _ = cells[header["history"]]
        subject = text[named[0].start:named[0].end]
        facts = []
        for piece in CELL_SENTENCE.finditer(text, start, end):
            inside = [replace(slot, start=slot.start - piece.start() + len(subject) + 2, end=slot.end - piece.start() + len(subject) + 2)
                      for slot in slots if piece.start() <= slot.start and slot.end <= piece.end()]
            composed = f"{subject}: {piece.group(0)}"
            facts += self.reader.read(composed, [replace(named[0], start=0, end=len(subject))] + inside, context)
            facts += self._force_links(composed, inside)
        return facts

    def _state_of_kind(self, description: str, context: ParagraphContext, earlier: tuple[Ref, ...]) -> tuple[Ref, ...]:
        """"The Kingdom" opening a paragraph after one that named Saudi Arabia and Pakistan, or
        only the Royal Saudi Air Force: the one state in view whose official name is of that kind
        (a force standing for its state). Nothing where none or several are, or where the
        paragraph itself names states: those compete, as ``_described_state`` leaves them."""
        kind = STATE_KIND.search(description)
        if not kind or any(ref.label == "State" for ref in (*earlier, *context.parties, *context.recent)):
            return ()  # states named in the paragraph compete, whatever they are called ("Iran and Saudi Arabia ... the kingdom")
        in_view = [*context.recent, *context.memory.paragraph_before]
        states = dict.fromkeys(
            Ref(self.force_states[ref.name], "State") if ref.label == "ArmedForce" else ref
            for ref in in_view if ref.label == "State" or (ref.label == "ArmedForce" and ref.name in self.force_states)
        )
        matching = [ref for ref in states if kind.group(0).lower() in self.state_kinds.get(ref.name, ())]
        return tuple(matching) if len(matching) == 1 else ()

    def _force_states(self, mentions: list[Mention]) -> dict[str, str]:
        """Each armed force's state: the gazetteer's, and that of each service the document
        names after a state the gazetteer lists no such service for ("the Ghana Navy")."""
        named = {m.name: owner for m in mentions if m.kind == "discovered" and m.label == "ArmedForce" and (owner := self.finder.service_owner(m.name))}
        return {**self.force_states, **named} if named else self.force_states

    def _see_speaker(self, text: str, sentence: Sentence, mentions: list[Mention], memory: DocumentMemory) -> None:
        """Who "we" is from this sentence on: the issuers a document's speech or statement
        title names, a speaker declared ("We, the leaders of NATO, ..."), or the state a
        transcript's speaker label names ("MINISTER (India):"); a questioner is nobody."""
        def named(start: int, end: int) -> list[Ref]:
            return [Ref(m.name, m.label) for m in mentions if sentence.start + start <= m.start and m.end <= sentence.start + end]

        # "Transcript: ... lecture by ...", and a first paragraph's "Address to the Sejm of the Republic of Poland"
        opening = (sentence.heading or sentence.start == 0 and SPEECH_LABEL.match(sentence.text) or sentence.paragraph == 0 and SPEECH_OPENING.match(sentence.text)
                   or sentence.paragraph == 0 and NUMBERED_INTERVIEW.search(sentence.text))
        if opening and sentence.paragraph == 0 and not memory.issuers and SPEECH_HEADING.search(sentence.text):
            # an organization speaks only as the one a statement is "by" or "of", not as the body a transcript records
            own = [
                Ref(m.name, m.label) for m in mentions if not NOT_SPEAKER.search(text, sentence.start, m.start)
                and (m.label != "Organization" or ISSUED_BY.search(text, sentence.start, m.start))
            ]
            memory.issuers = memory.speakers = self._speaking(own, joint="joint" in sentence.text.lower())
        if sentence.start == 0 and not memory.issuers and EARNINGS_CALL.search(sentence.text):
            # "Embraer S.A. (EMBR3) — Third Quarter 2025 Earnings Conference Call": the firm the title opens with speaks
            first = [Ref(m.name, m.label) for m in mentions[:1] if m.label == "Organization" and m.start - sentence.start < 4]
            memory.issuers = memory.speakers = self._speaking(first)
        writer = WRITER_DECLARED.match(sentence.text) if not memory.speakers else None
        if writer:  # "The writer is a former Indian ambassador.": an opinion piece's "we" is the writer's state
            memory.issuers = memory.speakers = self._speaking(named(0, writer.end()))
        declared = WE_DECLARED.search(sentence.text) if "We," in sentence.text else None
        if declared:
            memory.issuers = memory.speakers = self._speaking(named(declared.start(), declared.end()), joint=True)
        if not memory.issuers and sentence.start < VOICE_REACH and mentions:
            memory.issuers = self._document_voice(text, sentence, mentions)
            memory.speakers = memory.speakers or memory.issuers
        timecode = TURN_TIMECODE.match(sentence.text) if sentence.text[:1] in "[(0123456789" else None
        label = SPEAKER_LABEL.match(sentence.text, timecode.end() if timecode else 0) if sentence.start == 0 or text[sentence.start - 1] == "\n" else None
        if label and not sentence.heading:
            in_label = [m for m in mentions if m.end <= sentence.start + label.end()]
            if in_label and in_label[0].start == sentence.start and in_label[-1].end >= sentence.start + label.end() - 2 and in_label[0].kind == "capital":
                return  # "MOSCOW:": a dateline, not a speaker ("RUSSIAN FEDERATION:" is one)
            states = self._speaking(named(0, label.end()))
            # "MENON:" after "AIR MARSHAL (RETD) VIKRAM MENON (New Delhi):": the state the speaker's first label named
            surname = LABEL_SURNAME.search(label.group(0))
            if surname and states:
                memory.speaker_states.setdefault(surname.group(1), states)
            elif surname and not in_label:
                states = memory.speaker_states.get(surname.group(1), ())
            memory.speakers = () if QUESTIONER.match(label.group(0)) else states or (memory.issuers if not in_label else ())

    def _document_voice(self, text: str, sentence: Sentence, mentions: list[Mention]) -> tuple[Ref, ...]:
        """Who "we" is in a document that opens as someone's own record, where no speech title
        or speaker label says so: the state whose parliament's record it is, the force or firm
        whose periodical its masthead names (the force itself, not its state: "our ships" of a
        navy journal are the navy's), the firm whose filing it is, or the state an interview's
        opening says its interviewee served; else nobody. Asked of the document's opening only."""
        sitting, interview = _opening_voice_cues(text[:VOICE_REACH])
        if sitting:
            states = [
                m for m in mentions if m.label == "State" and m.kind != "demonym"
                and (LEGISLATURE_OF.search(text, max(0, m.start - 40), m.start) or LEGISLATURE_AFTER.match(text, m.end))
            ]
            if states:
                return self._speaking([Ref(m.name, m.label) for m in states])
        owners = {Ref(m.name, m.label) for m in mentions if m.label in ("ArmedForce", "State", "Organization") and MASTHEAD_AFTER.match(text, m.end)}
        if len(owners) == 1:
            return tuple(owners)
        if OWN_FILING.search(sentence.text) or OWN_MEETING.search(sentence.text):
            firms = {Ref(m.name, m.label) for m in mentions if m.label == "Organization" and m.name in self.makers}
            if len(firms) == 1:
                return tuple(firms)
        if interview and FIRM_EXECUTIVE.search(text, 0, VOICE_REACH):
            # the firm the opening names before its officer is introduced: the one "we" answers for
            firms = {Ref(m.name, m.label) for m in mentions if m.label == "Organization" and m.name in self.makers}
            if len(firms) == 1:
                return tuple(firms)
        if interview and INTERVIEWEE.search(sentence.text):
            role = INTERVIEWEE.search(sentence.text)
            return self._speaking([Ref(m.name, m.label) for m in mentions if sentence.start + role.start() <= m.start and m.end <= sentence.start + role.end()])
        return ()

    def _cast_states(self, text: str, mentions: list[Mention]) -> dict[str, tuple[Ref, ...]]:
        """Each turn label of a transcript's cast list (and the speaker's surname in capitals, by
        which later turns may be labelled) → the state its entry names the speaker for ("GEN = Lt
        Gen R. Singh, former Indian Army corps commander" → India); a label whose entry names no
        one state is left out."""
        cast = CAST_LIST.search(text, 0, 2000)
        if cast is None:
            return {}
        states: dict[str, tuple[Ref, ...]] = {}
        offset = cast.start("entries")
        for entry in CAST_ENTRY.finditer(cast.group("entries")):
            who = "who" if entry.group("who") else "inner"
            start, end = offset + entry.start(who), offset + entry.end(who)
            speaking = self._speaking([Ref(m.name, m.label) for m in mentions if start <= m.start and m.end <= end])
            if speaking and all(ref.label == "State" for ref in speaking):
                states.setdefault(entry.group("label"), speaking)
                surname = CAST_SURNAME.search(entry.group(who).split(",")[0].strip() + ",")
                if surname:
                    states.setdefault(surname.group(1).upper(), speaking)
        return states

    def _firm_of_own_page(self, title: str) -> tuple[Ref, ...]:
        """The firm whose own page this is, who "we" are on it: a web page titled "Our Journey |
        Korea Aerospace Industries" or "About us – Navantia"; nobody for any other title."""
        own = OWN_PAGE_TITLE.match(title or "")
        if own is None:
            return self._firm_of_own_report(title or "")
        firms = {Ref(m.name, m.label) for m in self.finder.find(own.group("owner")) if m.label == "Organization" and m.name in self.makers}
        return tuple(firms) if len(firms) == 1 else ()

    def _firm_of_own_report(self, title: str) -> tuple[Ref, ...]:
        """The firm whose own report a web page is: "Responsible exports | Sustainability Report
        2024 | Saab" (a report's name in one part of the title, the site's owner, a maker, in the
        last); nobody where the last part names no firm, as a news site's name does not."""
        parts = re.split(r"\s+[|–—]\s+", title)
        if len(parts) < 2 or not any(OWN_FILING.search(part) for part in parts[:-1]):
            return ()
        firms = {Ref(m.name, m.label) for m in self.finder.find(parts[-1]) if m.label == "Organization" and m.name in self.makers}
        return tuple(firms) if len(firms) == 1 else ()

    def _speaking(self, refs: list[Ref], joint: bool = False) -> tuple[Ref, ...]:
        """The states ``refs`` name (a force stands for its state), if one (or, ``joint``, any);
        else the one organization they name; else nobody."""
        states = tuple(dict.fromkeys(
            ref if ref.label == "State" else Ref(self.force_states[ref.name], "State")
            for ref in refs if ref.label == "State" or (ref.label == "ArmedForce" and ref.name in self.force_states)
        ))
        if states:
            return states if joint or len(states) == 1 else ()
        organizations = tuple(dict.fromkeys(ref for ref in refs if ref.label == "Organization"))
        return organizations if len(organizations) == 1 else ()

    def _first_person(self, text: str, slots: list[Slot], taken: list, speakers: tuple[Ref, ...]) -> None:
        """"we", "our navy": the turn's speakers, or within a quotation whoever it is
        attributed to ("“We ...,” the Indian air chief said"), or nobody if no one is."""
        # A sentence with mentions is scanned for its triggers anyway: its scan answers; one
        # without any is left to re, as scanning it would cost more than the search.
        matches = list(FIRST_PERSON.finditer(text) if slots else FIRST_PERSON.regex.finditer(text))
        if "our " in text or "Our " in text:
            matches += OWN_CRAFT_SUBJECT.finditer(text)
        if not matches:  # most sentences: nothing to resolve, so no quotation to look for
            return
        quoted_from, quoted_to = 0, 0
        quoted_by: tuple[Ref, ...] = ()
        attribution = ATTRIBUTION.search(text) if ("said" in text or "says" in text or "told" in text or "added" in text or "stated" in text or "declared" in text) else None
        if attribution:
            who = "who" if attribution.group("who") else "after"
            refs = [
                ref for s in slots if s.kind != "reference" and attribution.start(who) <= s.start and s.end <= attribution.end(who)
                and not PLACE_OF_SPEAKER.search(text, attribution.start(who), s.start) for ref in s.refs
            ]  # "said an analyst in London" is no one speaking for Britain
            quoted_to, quoted_by = attribution.start(), self._speaking(refs)
        elif "“" in text or '"' in text:
            quoted_from = min(i for i in (text.find("“"), text.find('"')) if i >= 0)
            closing = max(text.find("”", quoted_from), text.find('"', quoted_from + 1))
            quoted_to = closing if closing > quoted_from else len(text)
        for match in matches:
            refs = quoted_by if quoted_from <= match.start() < quoted_to else speakers
            if refs:
                self._add_reference(slots, taken, match, refs, len(refs))

    def _listing_reasons(self, cells, slots: list[Slot], header: dict, context: ParagraphContext) -> list[Fact]:
        """The reasons cell of a sanctions list's entry read as a sentence whose subject is the
        entry's name: "| Shahed Aviation Industries | ... | Designs and manufactures the Shahed-136. |"."""
        if "reasons" not in header or "listed" not in header or max(header["reasons"], header["listed"]) >= len(cells):
            return []
        (name_start, name_end, name), (reasons_start, reasons_end, reasons) = cells[header["listed"]], cells[header["reasons"]]
        shift = len(name) + 1 - reasons_start
        joined = [Slot(s.start - name_start, s.end - name_start, s.refs, s.kind) for s in slots if name_start <= s.start and s.end <= name_end]
        joined += [Slot(s.start + shift, s.end + shift, s.refs, s.kind) for s in slots if reasons_start <= s.start and s.end <= reasons_end]
        return self.reader.read(f"{name} {reasons}", joined, context)

    def _list_entry(self, intro: tuple[str, list[Slot]], entry: str, slots: list[Slot], context: ParagraphContext) -> list[Fact]:
        """An entry of a list that a sentence ending in a colon opens ("... taking part,
        including forces from:" then "- Chad, Kenya and Zambia") is read as that sentence
        completed by the entry."""
        opening, opening_slots = intro
        if SORTED_CLAIMS_INTRO.search(opening):
            # "... distinguishing between what is documented and what is rumoured:": each entry says for itself which it is
            return self.reader.read(entry, slots, context)
        shift = len(opening) + 1
        joined = opening_slots + [Slot(s.start + shift, s.end + shift, s.refs, s.kind) for s in slots]
        return self.reader.read(f"{opening} {entry}", joined, context)

    def _answer(self, question: tuple[str, list[Slot]], answer: str, slots: list[Slot], context: ParagraphContext) -> list[Fact]:
        """What an answer states read together with its question (loaders.answers)."""
        composed = statement(*question, *answer_slots(answer, slots))
        return self.reader.read(*composed, context) if composed else []

    # --- slots and references ---------------------------------------------------------

    def _dated_capitals(self, text: str, slots: list[Slot], context: ParagraphContext) -> list[Slot]:
        """A capital in a sentence about a year when it belonged to a state since dissolved
        names that state: "In 1959 Moscow sent T-54 tanks" is the Soviet Union. The year is
        the sentence's (every year it names, a decade by its last year: Moscow "in the 1990s"
        is Russia's), else the paragraph's latest."""
        formers = [
            self.former_capitals.get(slot.refs[0].name) if slot.kind == "capital" and len(slot.refs) == 1 and slot.refs[0].label == "State" else None
            for slot in slots
        ]
        if not any(former and former[1] for former in formers):  # most capitals are of states that still stand
            return slots
        # a paragraph that names no year yet is dated by its section's heading ("Soviet years (1958-1965)")
        years = _decade_ends(text) or context.years[-1:] or _decade_ends(context.section_heading)[-1:]
        since = SINCE_YEAR.search(text)
        if since and context.memory.written is not None:
            years = [context.memory.written]  # "Since mid-1977 Moscow has delivered" in an estimate of March 1978
        if not years:
            # "the Soviet Union had vetoed ..., with which Moscow had signed a treaty": undated, the capital is
            # the state the sentence names by name, when it names its successor nowhere
            named = {ref.name for slot in slots if slot.kind != "capital" for ref in slot.refs}
            return [
                Slot(slot.start, slot.end, (Ref(former[1], "State", slot.refs[0].confidence),), slot.kind)
                if former and former[1] in named and slot.refs[0].name not in named else slot
                for slot, former in zip(slots, formers)
            ]
        if since and context.memory.written is None:  # "since the 1960s" runs to the present (a dated document's is its date)
            return slots
        return [
            Slot(slot.start, slot.end, (Ref(former[1], "State", slot.refs[0].confidence),), slot.kind)
            if former and former[1] and max(years) <= former[0] else slot
            for slot, former in zip(slots, formers)
        ]


    def _slots(self, sentence: Sentence, mentions: list[Mention], context: ParagraphContext) -> list[Slot]:
        slots = [
            Slot(m.start - sentence.start, m.end - sentence.start, (Ref(m.name, m.label, m.confidence),), m.kind)
            for m in mentions
        ]
        # "since the Soviet era", "in Yugoslav times", "a Soviet-era inventory": a period, nobody acting in it
        slots = [s for s in slots if s.kind != "demonym" or not PERIOD_AFTER.match(sentence.text, s.end)]
        # "the Washington summit declaration", "the Minsk agreements": a capital naming where a meeting or text was made
        slots = [s for s in slots if s.kind != "capital" or not MEETING_AFTER.match(sentence.text, s.end)]
        if self.former_capitals and any(slot.kind == "capital" for slot in slots):  # before the references that count states
            slots = self._dated_capitals(sentence.text, slots, context)
        taken = [(s.start, s.end) for s in slots]

        def earlier(match) -> tuple[Ref, ...]:
            return tuple(ref for s in slots if s.end <= match.start() and s.kind != "reference" for ref in s.refs)

        lowered = sentence.text.lower()
        # Cheap substring tests first: most sentences hold none of these references.
        pairs = PAIR_REFERENCE.finditer(sentence.text) if ("two" in lowered or "both" in lowered or "their " in lowered or "pair" in lowered or "duo" in lowered or "allies" in lowered or "The Leaders" in sentence.text) else ()
        service_named = any(word in lowered for word in SERVICE_HINTS)
        services = SERVICE_REFERENCE.finditer(sentence.text) if service_named else ()
        # "the navy of Iran", "the navy of the People's Liberation Army": the state's, or the force's state's, navy
        owned = [s for s in slots if s.kind != "reference" and any(ref.label == "State" or ref.name in self.force_states for ref in s.refs)] if services else []
        for slot in owned:
            window = max(0, slot.start - 30)
            of_state = SERVICE_OF.search(sentence.text[window:slot.start])
            owner = next(r.name if r.label == "State" else self.force_states[r.name] for r in slot.refs if r.label == "State" or r.name in self.force_states)
            force = self.services.get((owner, of_state.group("service").lower())) if of_state else None
            if force:
                self._add_reference(slots, taken, _Span(window + of_state.start("service"), window + of_state.end("service")), (Ref(force, "ArmedForce"),), 1)
                if "ArmedForce" in slot.labels:  # the whole force only says whose navy it is
                    slots.remove(slot)
        if service_named and "(" in sentence.text:
            widened = [self._service_after_acronym(sentence.text, slot) for slot in slots]
            slots[:] = [s for s in widened if not any(w.start < s.start and s.end <= w.end for w in widened)]  # the acronym inside
        for match in COUNTED_FORCES.finditer(sentence.text) if ("three" in lowered or "four" in lowered or "five" in lowered or "six" in lowered) else ():
            count = FORCE_COUNTS[match.group("count").lower()]
            refs = context.last(("ArmedForce",), count, earlier(match))
            refs = refs if len(refs) == count else tuple(dict.fromkeys(reversed(context.memory.forces)))[:count]
            self._add_reference(slots, taken, match, refs, count)
        for match in BARE_SERVICE.finditer(sentence.text) if service_named else ():
            force = self._force_of_service(match.group("service").lower(), context, earlier(match))
            self._add_reference(slots, taken, _Span(match.start("service"), match.end()), (force,) if force else (), 1)
        for match in THERE.finditer(sentence.text) if "there" in lowered and ACTIVITY_THERE.search(sentence.text) else ():
            # "... moved into the South China Sea. Fleet units have conducted exercises there": the waters just named
            waters = context.last(("Region",), 1, earlier(match))
            if waters:
                self._add_reference(slots, taken, match, waters, 1)
        for match in THE_COUNCIL.finditer(sentence.text) if context.memory.council and "Council" in sentence.text else ():
            # "The Council first imposed sanctions on Sudan": the council the document is about (the Security Council)
            self._add_reference(slots, taken, match, (context.memory.council,), 1)
        for match in THE_SERVICE.finditer(sentence.text) if "the service" in lowered else ():
            # "The Royal Thai Air Force picked the Gripen E ... The service already operates the JAS 39": the force just named
            self._add_reference(slots, taken, _Span(match.start("service"), match.end("service")), context.last(("ArmedForce",), 1, earlier(match)), 1)
        for match in THE_WORKS.finditer(sentence.text) if "the " in lowered and ("factory" in lowered or "works" in lowered or "plant" in lowered or "company" in lowered or "firm" in lowered or "manufacturer" in lowered) else ():
            maker = [ref for ref in context.last(("Organization",), 3, earlier(match)) if ref.name in self.firms][:1]
            if maker:
                self._add_reference(slots, taken, _Span(match.start("works"), match.end("works")), tuple(maker), 1)
        # services first: "Russia's Pacific Fleet and China's navy ... the two fleets"
        for match in services:
            owner = [ref for s in slots if s.end == match.start() - 2 for ref in s.refs if ref.label == "State"]
            # "In Brazil, the country's air force ...": "the country's" is "its"
            described = not owner and COUNTRY_POSSESSOR.search(sentence.text, max(0, match.start() - 30), match.start())
            if match.group("pronoun") or described:  # "its" points to the sentence's subject, usually the first state named
                named = [ref for ref in earlier(match) if ref.label == "State"]
                owner = named[:1] or list(_previous_subject(context) or context.last_before_sentence(("State",)))
                if owner and not named and _sold_to_another(owner[0], context):
                    owner = []  # "France sold Rafales to Egypt. Its air force ...": the seller's or the buyer's, not said
            service_word = match.group("service").lower()
            if match.group("pronoun") and match.group("pronoun").lower() == "their" and service_word in PLURALS:
                # "India and France are old partners. Their navies ...": each of the pair's own service
                states = tuple(ref for ref in earlier(match) if ref.label == "State") or tuple(dict.fromkeys(context.state_subjects))
                forces = self._services_of(states, service_word) if len(states) > 1 else ()
                if forces:
                    self._add_reference(slots, taken, _Span(match.start("service"), match.end()), forces, len(forces))
                    continue
            force = self.services.get((owner[0].name, service_word)) if owner else None
            if force:
                service = re.search(r"(?i)" + re.escape(match.group("service")), match.group(0))
                self._add_reference(slots, taken, _Span(match.start() + service.start(), match.end()), (Ref(force, "ArmedForce"),), 1)
            elif owner and match.group("pronoun") and match.group("pronoun").lower() == "its":
                # "Georgia ... Its small air force flew Su-25s": a service the gazetteer does not list acts for its state
                self._add_reference(slots, taken, _Span(match.start(), match.end()), tuple(owner[:1]), 1)
        for match in pairs:
            labels = ("ArmedForce",) if match.group("forces") else ("State",)
            named = earlier(match) + tuple(ref for s in slots if s.end <= match.start() and s.kind == "reference" for ref in s.refs if ref.label == "ArmedForce")
            if match.group("forces") and any(word in lowered[:match.start()] for word in PLURALS):
                # "the Russian and Chinese navies held ..., and the two fleets sailed ...": the services the sentence
                # named by their states (they become forces of their own only once every reference is read)
                services_named = tuple(ref for s in self._plural_services(sentence.text, list(slots)) if s.end <= match.start() for ref in s.refs if ref.label == "ArmedForce")
            else:
                services_named = ()
            # "... did not enter United States airspace. ... a joint patrol by the two countries": a pair of actors
            refs = context.last(labels, 2, tuple(sorted(named, key=lambda ref: _position(slots, ref))), actors=True)
            refs = services_named if len(services_named) == 2 else refs
            subjects = tuple(dict.fromkeys(context.state_subjects))
            together = context.memory.state_pair if all(ref in context.recent for ref in context.memory.state_pair) else ()  # in this paragraph
            if match.group(0).lower() == "both":  # bare "both": only a pair the sentence or the last subject names
                self._add_reference(slots, taken, match, _bare_pair(slots, match.start(), subjects or together), 2)
                continue
            if match.group(0).lower() == "the allies":  # allies may be many ("NATO ... the allies"): only two just named together,
                # as actors, not as places ("held it in Poland and Lithuania")
                acting = together if together and together[0] in context.earlier_parties + context.parties else ()
                self._add_reference(slots, taken, match, acting, 2)
                continue
            if len(refs) != 2 and match.group("forces"):  # "both navies": the last two forces the document named
                refs = tuple(dict.fromkeys(reversed(context.memory.forces)))[:2]
            refs = refs if len(refs) == 2 else context.last(("State",), 2, earlier(match))
            # "Bombers of both countries crossed ...": with no state or force named before it in the
            # sentence, the last two states that acted together rather than two merely named last,
            # where those share a state with them or are fewer ("Delhi denied" after the patrol of
            # India and France); not where the paragraph has moved on to another pair
            # (a bare "the two" takes up the last two named, the pair the previous sentences were about)
            pair = context.memory.state_pair
            alone = {ref for ref in context.named if ref.label == "State"} == {refs[0]} if refs else False  # the sentence before named it alone
            if labels == ("State",) and not named and len(refs) == 2 and alone and refs[0] not in pair and refs[1] in pair and all(ref in context.recent for ref in pair):
                # "Ties between Serbia and Russia deepened. Talks with Malaysia followed. The two countries ...": the
                # pair named together, not the last of them with a state named after it
                refs = pair
            bare = match.group(0).lower() == "the two"
            acted = context.memory.acting_pair if labels == ("State",) and not bare and not any(r.label in ("State", "ArmedForce") for r in named) else ()
            refs = acted if acted and (len(refs) < 2 or set(refs) & set(acted)) else refs
            if not refs:  # "The two countries ..." opening a paragraph: the last pair that acted together, else
                # the last two states the document named, unless the last sentence naming states named more
                last_two = tuple(dict.fromkeys(reversed(context.memory.states)))[:2] if context.memory.states_listed <= 2 else ()
                refs = context.memory.state_pair or last_two
            # "Russia and China met in Kazakhstan. The two countries ...": the pair that acted, not the place
            pair = context.memory.state_pair
            # ... or that was the last subject ("Greece and Egypt share concerns about Turkey. The two nations ..."): not Turkey
            pair_acted = labels == ("State",) and len(pair) == 2 and set(pair) in ({ref for ref in context.parties if ref.label == "State"}, set(context.state_subjects))
            refs = pair if pair_acted and not any(r.label == "State" for r in named) else refs
            listed = {ref for ref in context.named if ref.label in labels}  # the previous sentence's names
            if len(listed) > 2 and set(refs) <= listed and not set(refs) & set(earlier(match)) and refs != pair:
                refs = ()  # "both governments" after a list of four: which two is not said
            if frozenset(ref.name for ref in refs) in self.successions:
                continue
            self._add_reference(slots, taken, match, refs, 2)
        for match in AGENT_THEM.finditer(sentence.text) if " by them" in lowered else ():
            # "Peace Mission-2021 was attended by them": the states the paragraph's last subject named, two or more
            states = tuple(dict.fromkeys(context.state_subjects))
            self._add_reference(slots, taken, _Span(match.start("them"), match.end()), states if len(states) > 1 else (), len(states))
        for match in TRADE_ROLE.finditer(sentence.text) if context.trade and any(word in lowered for word in TRADE_ROLE_WORDS) else ():
            # "Egypt bought arms from Russia in 2015. The buyer ...": a party of the paragraph's last sale, by its part in it
            seller, buyer = context.trade
            self._add_reference(slots, taken, match, (seller if match.group("role").lower() in SELLER_WORDS else buyer,), 1)
        if "former" in lowered or "latter" in lowered:
            for match in FORMER_LATTER.finditer(sentence.text):
                self._add_reference(slots, taken, match, _former_or_latter(match.group("which").lower(), context, earlier(match)), 1)
        if " its " in lowered:  # "at the Donguz range in its Orenburg region": the one state the sentence named before
            for match in ITS_PLACE.finditer(sentence.text):
                states = [s for s in slots if s.end <= match.start() and s.kind != "reference" and s.labels == {"State"}]
                # only a host named as such: not "China sent troops to Vostok-2018, held in its Far East region"
                hosts = states if len({r for s in states for r in s.refs}) == 1 and HOSTING_VERB.match(sentence.text, states[-1].end) else []
                self._add_reference(slots, taken, match, tuple(r for r in hosts[-1].refs) if hosts else (), 1)
        if context.memory.members and any(word in lowered for word in ALL_COUNTS):
            # "all four Quad members", "the three AUKUS partners": the states found to be its members
            for match in MEMBERS_REFERENCE.finditer(sentence.text):
                organization = [ref for s in slots if s.kind != "reference" and match.start("org") <= s.start and s.end <= match.end("org") for ref in s.refs if ref.label == "Organization"]
                known = context.memory.members.get(organization[0].name, []) if len(organization) == 1 else []
                count = ALL_COUNTS[(match.group("count") or match.group("count2")).lower()]
                self._add_reference(slots, taken, _Span(match.start("noun"), match.end("noun")), tuple(known), count)
        if context.memory.members and " plus " in lowered:
            # "founded: the Shanghai Five plus Uzbekistan": the members found for the body, as a list of states
            for match in MEMBERS_PLUS.finditer(sentence.text):
                organization = [s for s in slots if s.kind != "reference" and s.start == match.start("org") and s.end == match.end("org") and s.labels == {"Organization"}]
                known = context.memory.members.get(organization[0].refs[0].name, []) if organization else []
                if len(known) >= 2:
                    slots.remove(organization[0])
                    taken.remove((organization[0].start, organization[0].end))
                    self._add_reference(slots, taken, _Span(match.start("org"), match.end("org")), tuple(known), len(known))
        if context.memory.members and "members" in lowered:
            # "Malaysia hosts the FPDA's exercise, in which all five members take part": the FPDA's,
            # the organization the sentence (else the paragraph) named last before the count
            for match in UNNAMED_MEMBERS_REFERENCE.finditer(sentence.text):
                named = [ref for s in slots if s.kind != "reference" and s.end <= match.start() for ref in s.refs if ref.label == "Organization"]
                organization = named[-1:] or list(context.last(("Organization",)))
                known = context.memory.members.get(organization[0].name, []) if organization else []
                self._add_reference(slots, taken, _Span(match.start("noun"), match.end("noun")), tuple(known), ALL_COUNTS[match.group("count").lower()])
        if any(word in lowered for word in COUNTS):
            for match in GROUP_REFERENCE.finditer(sentence.text):
                count = COUNTS[match.group("count").lower()]
                if PARTITIVE_BEFORE.search(sentence.text, max(0, match.start() - 24), match.start()):
                    continue  # "seven of the eight Arctic states": a part of the group, which the count does not name
                # "the three Gulf states", "the five Central Asian states": the place names the group, no place of its own
                for place in [s for s in slots if match.start() <= s.start and s.end <= match.end() and s.labels == {"Region"}]:
                    slots.remove(place)
                    taken.remove((place.start, place.end))
                labels = ("State",) if match.group("states") else ("ArmedForce",)
                # "France has criticised all three governments": the clause's own subject is not one of the three
                opening = min((s for s in slots if s.kind != "reference"), key=lambda s: s.start, default=None)
                subject = [s for s in (opening,) if s is not None and s.end <= match.start() and re.fullmatch(r"\W*(?:the\s+)?", sentence.text[:s.start], re.IGNORECASE)
                           and GROUP_SUBJECT_VERB.match(sentence.text, s.end) and not LIST_BREAK.search(sentence.text, s.end, match.start())]
                refs = context.last(labels, count, tuple(ref for s in slots if s.end <= match.start() and s.kind != "reference" and s not in subject for ref in s.refs))
                if len(refs) != count and not match.group("states"):  # "India, Japan and Australia ... the three navies"
                    refs = self._services_of(context.last(("State",), count, earlier(match)), match.group("forces").lower())
                if len(refs) != count and match.group("states"):
                    # "All four states are members of ..." opening a paragraph: the last so many the document
                    # found acting, not the sellers and partners named beside them
                    refs = context.last_subject_states(count)
                if len(refs) != count:  # else the last so many the document named
                    named = context.memory.states if match.group("states") else context.memory.forces
                    refs = tuple(dict.fromkeys(reversed(named)))[:count]
                self._add_reference(slots, taken, match, refs, count)
            for match in BARE_COUNT_REFERENCE.finditer(sentence.text):
                count = COUNTS[match.group("count").lower()]
                refs = context.last(("State",), count, earlier(match))
                if len(refs) == count:  # no fewer: "all three" after two states named is of something else
                    self._add_reference(slots, taken, match, refs, count)
            for match in BARE_COUNT_OBJECT.finditer(sentence.text) if "together" in lowered else ():
                count = COUNTS[match.group("count").lower()]
                span = _Span(match.start("ref"), match.end("ref"))
                refs = context.last(("State",), count, earlier(span))
                # ("hosted by Chile, brought together all three" would read as one list with Chile: left alone)
                listed = any(s.end <= match.start() and re.fullmatch(r"\s*,\s*", sentence.text[s.end:match.start()]) for s in slots)
                if len(refs) == count and not listed:
                    self._add_reference(slots, taken, span, refs, count)
        for match in THEIR_PACT.finditer(sentence.text) if "their" in lowered else ():
            # the two states of this sentence before it, else of the sentence before (not of three or more: which two is not said)
            pair = tuple(dict.fromkeys(ref for ref in earlier(match) if ref.label == "State")) or tuple(
                dict.fromkeys(ref for ref in context.named if ref.label == "State")
            )
            if len(pair) == 2:  # "Moscow and Beijing both say no. Their 2001 friendship treaty ...": the two just named
                self._add_reference(slots, taken, match, pair, 2)
        if "both" in lowered:  # "China leads both initiatives"
            for match in INITIATIVE_PAIR.finditer(sentence.text):
                self._add_reference(slots, taken, match, context.last(("Initiative",), 2, earlier(match)), 2)
            for match in ORGANIZATION_PAIR.finditer(sentence.text):  # "warned against both groupings"
                self._add_reference(slots, taken, match, context.last(("Organization",), 2, earlier(match)), 2)
            for match in SYSTEM_PAIR.finditer(sentence.text):  # "operate both"
                pair = _Span(match.start("pair"), match.end("pair"))
                self._add_reference(slots, taken, pair, context.last(("WeaponSystem",), 2, earlier(pair)), 2)
        if " for the " in lowered or " in " in lowered or " of the " in lowered:
            for slot in [s for s in slots if s.kind != "reference" and "State" in s.labels]:
                self._office_of(sentence.text, slot, slots, taken)
        if context.memory.dateline and ("minist" in lowered or "presid" in lowered or "premier" in lowered):
            for match in OFFICIAL.finditer(sentence.text):
                # "the Chinese foreign ministry", "Ukraine's foreign ministry": the state named owns it
                if not any(s.end <= match.start() and OWNER_GAP.fullmatch(sentence.text, s.end, match.start()) for s in slots):
                    self._add_reference(slots, taken, match, (context.memory.dateline,), 1)
        starts = REFERENCE_OPENINGS.starts(sentence.text)
        for index in range(len(REFERENCES)) if starts is None else sorted(starts):
            labels = REFERENCES[index][1]
            for match in REFERENCE_OPENINGS.finditer(index, sentence.text, starts):
                refs = context.last(labels, 1, earlier(match))
                if labels == ("Region",):  # the latest strait for "the strait", not the sea named after it
                    if BESIDE_WATERS.search(sentence.text, max(0, match.start() - 40), match.start()):
                        continue  # "near the northern entrance to the strait": beside it, not in it
                    noun = match.group(0).split()[-1].lower()
                    refs = tuple(ref for ref in context.last(labels, 6, earlier(match)) if noun in ref.name.lower())[:1]
                    if not refs:
                        continue
                if labels == ("Exercise",) and not refs:
                    refs = context.main_exercise()  # "the drills", paragraphs after the exercise was named
                if labels == ("Organization",) and " " not in match.group(0) and LED_INDEFINITE.search(sentence.text, max(0, match.start() - 40), match.start()):
                    continue  # "a US-led alliance against China": no organization named, only one imagined
                if labels == ("Organization",):
                    noun = match.group(0).split()[-1].lower()
                    # "the partnership" is an organization only where one of that kind was named (AUKUS);
                    # elsewhere it is the tie between two states; "the union" only where a union was named
                    recent = tuple(ref for ref in context.last(labels, 4, earlier(match)) if ref.name not in self.memberless)
                    refs = tuple(ref for ref in refs if ref.name not in self.memberless)
                    if context.topic in recent:  # "The SCO ... grew out of the Shanghai Five ... when the bloc took its name": the SCO
                        refs, recent = (context.topic,), (context.topic,) + tuple(ref for ref in recent if ref != context.topic)
                    refs = self._organization_of_kind(noun, recent) or (refs if noun not in KIND_ONLY else ())
                    if refs and self._rival_of_kind(noun, refs[0], (context.named, earlier(match))):
                        refs = ()
                    if not recent:  # "Iran joined the organisation in 2023" opening a paragraph: the one before's organization,
                        # of that kind, else its only one
                        before = tuple(dict.fromkeys(ref for ref in reversed(context.memory.paragraph_before) if ref.label == "Organization" and ref.name not in self.memberless))
                        refs = self._organization_of_kind(noun, before) or (before if len(before) == 1 and noun not in KIND_ONLY else ())
                if labels == ("ArmedForce",) and match.group(0).lower().endswith("armed forces"):
                    # only a force of that kind ("the Mongolian Armed Forces"), not the navy named last
                    refs = tuple(ref for ref in context.last(labels, 4, earlier(match)) if "armed forces" in ref.name.lower())[:1]
                if labels == ("WeaponSystem",):  # "the frigates": the latest frigate, not the jets named after it
                    noun = match.group(0).split()[-1].lower()
                    maker = [s for s in slots if match.start() <= s.start and s.end <= match.end() and s.kind == "demonym" and s.labels == {"State"}]
                    if maker:  # "the French jet": the latest of that kind made in that state, else no reference
                        made = tuple(ref for ref in context.last(labels, 6, earlier(match)) if self._maker_state(ref.name) == maker[0].refs[0].name)
                        if MAKING_HYPHENED.search(match.group(0)):
                            # "Since then the Brazilian-built jet has found buyers": only opening a paragraph, the one
                            # before's system of that maker (within one, "the American-made fighters" may be any)
                            before = () if context.last(labels, 1, earlier(match)) else tuple(
                                dict.fromkeys(ref for ref in reversed(context.memory.paragraph_before) if ref.label == "WeaponSystem"))
                            made = tuple(ref for ref in before if self._maker_state(ref.name) == maker[0].refs[0].name)[:1]
                        refs = self._system_of_kind(noun, made)
                        if refs:
                            slots[:] = [s for s in slots if s not in maker]
                            taken[:] = [(s.start, s.end) for s in slots]
                        self._add_reference(slots, taken, match, refs, 1)
                        continue
                    firms = [ref.name for s in slots if s.end <= match.start() and s.kind != "reference" for ref in s.refs if ref.label == "Organization" and ref.name in self.firms]
                    # "Dassault Aviation builds the aircraft at Merignac": of the systems of that kind just named, the firm's own
                    own = tuple(ref for ref in context.last(labels, 4, earlier(match)) if firms and self._producer_of(ref.name) == firms[-1])
                    kinded = self._system_of_kind(noun, own) or self._system_of_kind(noun, context.last(labels, 4, earlier(match)))
                    # a counted kind with no article ("ordered nine aircraft") stands only for a system of that kind
                    if COUNTED_GOODS_REFERENCE.match(sentence.text, match.start()):
                        # "ordered 40 aircraft in 1982, designated Mirage 2000H": a name given later in the sentence is theirs
                        named_after = any("WeaponSystem" in s.labels and s.start >= match.end() for s in slots) or NAME_GIVEN_AFTER.search(sentence.text, match.end())
                        refs = () if named_after else kinded
                    else:
                        refs = kinded or (tuple(ref for ref in refs if self._of_family(noun, ref)) if noun.rstrip("s") not in SYSTEM_KIND_ONLY else ())
                    if not refs:  # "The following year, the jets were delivered": a paragraph going on with the one before's system, if of that kind
                        refs = self._system_of_kind(noun, tuple(dict.fromkeys(ref for ref in reversed(context.memory.paragraph_before) if ref.label == "WeaponSystem")))
                if labels == ("State",) and match.group(0).endswith("Government"):  # OWN_GOVERNMENT_BUYING
                    # only the one state in view: where two are named in the paragraph, which one buys is not said
                    in_view = tuple(dict.fromkeys(ref for ref in (*earlier(match), *context.recent) if ref.label == "State"))
                    refs = in_view if len(in_view) == 1 else ()
                elif labels == ("State",) and STATE_DESCRIPTION.fullmatch(match.group(0)):
                    refs = _described_state(context, earlier(match)) or self._state_of_kind(match.group(0), context, earlier(match))
                    inside = [s for s in slots if s.kind != "reference" and match.start() <= s.start and s.end <= match.end() and "Region" in s.labels]
                    if refs and inside:  # "the Gulf state" is a state, not the Gulf
                        slots[:] = [s for s in slots if s not in inside]
                        taken[:] = [(s.start, s.end) for s in slots]
                elif labels == ("State",) and not any(ref.label == "State" for ref in earlier(match)):
                    refs = _previous_subject(context) or refs
                self._add_reference(slots, taken, match, refs, 1)
        families = self.family_plural.finditer(sentence.text) if "WeaponSystem" in context.labels_seen or any("WeaponSystem" in s.labels for s in slots) else ()
        for match in families:  # "the Sukhois", "older MiGs": the family's systems just named
            family = self.family_names[match.group(1)]
            refs = tuple(ref for ref in context.last(("WeaponSystem",), 6, earlier(match)) if ref.name in family)
            maker = [s for s in slots if match.start() <= s.start and s.end <= match.end() and s.labels == {"Organization"}]
            if refs and maker:  # "Sukhois" is not the Sukhoi company
                slots[:] = [s for s in slots if s not in maker]
                taken[:] = [(s.start, s.end) for s in slots]
            self._add_reference(slots, taken, match, refs, len(refs) or 1)
        if "we" in lowered or "our" in lowered or "us" in lowered or "my " in lowered:
            self._first_person(sentence.text, slots, taken, context.memory.speakers)
        slots.sort(key=lambda s: s.start)
        if "navies" in lowered or "air forces" in lowered or "armies" in lowered or "coast guards" in lowered or "armed forces" in lowered:
            slots = self._plural_services(sentence.text, slots)
        return slots

    def _services_of(self, states: tuple[Ref, ...], generic: str) -> tuple[Ref, ...]:
        """Each state's service called ``generic`` ("navies"), or nothing unless every state has one."""
        forces = tuple(Ref(force, "ArmedForce") for ref in states if (force := self.services.get((ref.name, generic))))
        return forces if states and len(forces) == len(states) else ()

    def _plural_services(self, text: str, slots: list[Slot]) -> list[Slot]:
        """"the US and Philippine navies": the states listed before a plural service word
        stand for their services, where the gazetteer knows them."""
        def state(slot: Slot) -> bool:
            return slot.kind != "reference" and [ref.label for ref in slot.refs] == ["State"]

        def listed_with(a: Slot, b: Slot) -> bool:
            return state(a) and state(b) and STATE_LIST_GAP.fullmatch(text, a.end, b.start) is not None

        for index, slot in enumerate(slots):
            service = PLURAL_SERVICE.match(text, slot.end) if state(slot) else None
            before = PLURAL_SERVICE_OF.search(text, max(0, slot.start - 30), slot.start) if state(slot) and not service else None
            if not (service or before):
                continue
            first = last = index
            if service:
                while first and listed_with(slots[first - 1], slots[first]):
                    first -= 1
            else:
                while last + 1 < len(slots) and listed_with(slots[last], slots[last + 1]):
                    last += 1
            listed = slots[first:last + 1]
            generic = (service or before).group("service").lower()
            forces = self._services_of(tuple(s.refs[0] for s in listed), generic)
            if not forces and service:
                forces = self._services_named_by_demonyms(text, listed, generic)
            if len(listed) > 1 and forces:
                slots[first:last + 1] = [Slot(s.start, s.end, (force,), s.kind) for s, force in zip(listed, forces)]
        return slots

    def _services_named_by_demonyms(self, text: str, listed: list[Slot], generic: str) -> tuple[Ref, ...]:
        """"the Portuguese and Hungarian air forces": where the gazetteer lists no such service of
        a state, each demonym names the service a finder would discover as "Portuguese Air Force"
        written out; nothing unless every state is written as its demonym."""
        singular = SERVICE_NAME.get(generic)
        forces = []
        for slot in listed:
            name = f"{text[slot.start:slot.end]} {singular}" if singular else ""
            known = self.services.get((slot.refs[0].name, generic))
            if known:
                forces.append(Ref(known, "ArmedForce"))
            elif name and self.finder.service_owner(name) == slot.refs[0].name:
                forces.append(Ref(name, "ArmedForce"))
            else:
                return ()
        return tuple(forces)

    def _force_of_service(self, service: str, context: ParagraphContext, earlier: tuple[Ref, ...]) -> Ref | None:
        """"the navy": the latest force named that is a navy, else the navy of the latest state
        named in the paragraph."""
        words = SERVICE_WORDS[service]
        named = next((ref for ref in context.last(("ArmedForce",), 4, earlier) if any(word in ref.name for word in words)), None)
        # "The Indian Army fields T-90S tanks, and the navy flies ...": the state of a force the sentence named before it
        owner = next((self.force_states[ref.name] for ref in reversed(earlier) if ref.name in self.force_states), None)
        # "Egypt bought Rafales from France and Ka-52s from Russia. The air force flies ...": with no state
        # before it in the sentence, the previous sentence's subject rather than the last state it named
        named_here = any(ref.label == "State" for ref in earlier)
        # "The Philippines bought BrahMos from India, and the marines operate them": with states named before it in the
        # sentence, the first (the clause's subject, as for "its"), not the seller or partner named last
        first_here = next(((ref,) for ref in earlier if ref.label == "State"), ())
        state = (Ref(owner, "State"),) if owner else (not named_here and _previous_subject(context)) or first_here or context.last(("State",), 1, earlier)
        # "# Indonesian Air Force ... The navy received a cruiser": with no state in the paragraph,
        # the state of the force or state the document's title is about
        state = state or _title_state(context.memory)
        force = self.services.get((state[0].name, service)) if state and not named else None
        return named or (Ref(force, "ArmedForce") if force else None)

    def _maker_state(self, system: str) -> str | None:
        """The state a system is made in: its producer's (a variant's parent's producer's), if the gazetteer says."""
        entry = self.gazetteer.get(system)
        for _ in range(4):  # a variant of a variant: at most a few steps up
            if entry is None:
                return None
            producer = self.gazetteer.get(entry.get("producer") or "")
            if producer is not None:
                return producer.name if producer.label == "State" else producer.get("state")
            entry = self.gazetteer.get(entry.get("variant_of") or "")
        return None

    def _producer_of(self, system: str) -> str | None:
        """The firm or state the gazetteer says makes ``system`` (or the type it is a variant of)."""
        entry = self.gazetteer.get(system)
        while entry is not None and not entry.get("producer") and entry.get("variant_of"):
            entry = self.gazetteer.get(entry.get("variant_of"))
        return entry.get("producer") if entry is not None else None

    def _of_family(self, noun: str, ref: Ref) -> bool:
        """Whether the system ``ref`` may be what ``noun`` describes ("the boats" are not the
        BrahMos missile named before them; see ``family_fits``)."""
        return family_fits(noun, self._kind_of(ref.name))

    def _kind_of(self, name: str) -> str:
        """The gazetteer's kind of the system ``name`` ("supersonic cruise missile"), or ""."""
        entry = self.gazetteer.get(name)
        return (entry.get("kind") or "") if entry is not None else ""

    def _system_of_kind(self, noun: str, recent: tuple[Ref, ...]) -> tuple[Ref, ...]:
        """"the tanks" is the latest system whose kind is a tank ("main battle tank"), if any."""
        singular = noun[:-1] if noun.endswith("s") else noun
        kind = AIRCRAFT_KINDS if singular in AIRCRAFT_NOUNS else KIND_SYNONYMS.get(singular) or re.compile(rf"\b{re.escape(singular)}\b")
        for ref in recent:
            entry = self.gazetteer.get(ref.name)
            if entry is not None and kind.search(entry.get("kind") or ""):
                return (ref,)
        return ()

    def _office_of(self, text: str, slot: Slot, slots: list[Slot], taken) -> None:
        """"A spokesperson for the Russian defence ministry criticised NATO": the office names
        the state it speaks for; a reference to that state is put on the office's words."""
        if not office_may_end(text, slot.start):  # most slots: the search tries each of 60 places
            return
        office = OFFICE_BEFORE.search(text, max(0, slot.start - 60), slot.start)
        if office is None or (slot.kind == "demonym" and not INSTITUTION_AFTER.match(text, slot.end)):
            return
        if any(office.start() - 2 <= s.end and s.start < slot.start for s in slots if s is not slot):
            return  # "the US embassy in Beijing" speaks for the United States
        state = next(ref for ref in slot.refs if ref.label == "State")
        self._add_reference(slots, taken, _Span(office.start(), office.end("office")), (state,), 1)

    def _states_under_organization(self, slots: list[Slot], context: ParagraphContext) -> list[Fact]:
        """"- Australia, the United Kingdom and the United States" under a heading that is the
        name of an organization ("4. AUKUS (September 2021)"): the organization's members; not
        under "Quad partners' suppliers"."""
        if not all(slot.labels == {"State"} and slot.kind != "demonym" for slot in slots):
            return []
        title = BARE_TITLE.fullmatch(context.section_heading)
        entry = self.gazetteer.resolve(title.group("name")) if title else None
        if entry is None or entry.label != "Organization":
            return []
        organization = Ref(entry.name, "Organization")
        return [Fact("MEMBER_OF", ref, organization) for slot in slots for ref in slot.refs]

    def _organization_of_kind(self, noun: str, recent: tuple[Ref, ...]) -> tuple[Ref, ...]:
        """"the alliance" is the latest alliance named, not the latest union or forum; "the
        association" one whose kind or own name says so (the Association of Southeast Asian Nations)."""
        for ref in recent:
            entry = self.gazetteer.get(ref.name)
            if entry is not None and (noun in (entry.get("kind") or "") or noun in KIND_ONLY and noun in ref.name.lower()):
                return (ref,)
        return ()

    def _rival_of_kind(self, noun: str, chosen: Ref, sentences: tuple) -> bool:
        """"Iran joined the SCO in 2023 and BRICS in 2024. Belarus joined the bloc": whether the
        sentence that named the organization chosen for "the bloc" named another of that kind too,
        so that which one is meant is not said."""
        for named in sentences:
            if chosen in named:
                rivals = [ref for ref in dict.fromkeys(named) if ref.label == "Organization" and ref != chosen]
                return any(self._organization_of_kind(noun, (ref,)) for ref in rivals)
        return False

    def _service_after_acronym(self, text: str, slot: Slot) -> Slot:
        """"the People's Liberation Army (PLA) Navy": the force's navy, named over the acronym."""
        state = next((self.force_states[r.name] for r in slot.refs if r.name in self.force_states), None) if slot.kind != "reference" else None
        after = SERVICE_AFTER_ACRONYM.match(text, slot.end) if state else None
        force = self.services.get((state, after.group("service").lower())) if after else None
        return Slot(slot.start, after.end(), (Ref(force, "ArmedForce"),), slot.kind) if force else slot

    @staticmethod
    def _add_reference(slots, taken, match, refs, needed: int) -> None:
        if len(refs) != needed or any(a < match.end() and match.start() < b for a, b in taken):
            return
        slots.append(Slot(match.start(), match.end(), tuple(refs), "reference"))
        taken.append((match.start(), match.end()))

    def _force_links(self, text: str, slots: list[Slot]) -> list[Fact]:
        """A force named with its state ("the Indian Navy", "Iran's navy ... Iran") belongs to it."""
        owned = [
            (slot, ref, state) for slot in slots if "ArmedForce" in slot.labels and not _bare_service(text, slot)
            for ref in slot.refs if (state := self._owning_state(ref))
        ]
        # Most sentences name no force with a known state: test for one before scanning for cues.
        scoped = IMAGINED_SCENE.search(text) if owned else None
        if scoped is not None:
            # "In the scenario, the Russian Baltic Fleet would ...": nothing after the cue is so; a force
            # named in a report or a denial is still its state's ("said the Royal Malaysian Air Force flies ...")
            owned = [item for item in owned if item[0].end <= scoped.start()]
        if owned and ":" in text:
            # "(Photo: US Army)", "Image credit: Royal Australian Navy": who took the picture, not content
            credits = [m.span() for m in CREDIT.finditer(text)]
            owned = [item for item in owned if not any(start <= item[0].start < end for start, end in credits)]
        if not owned:
            return []
        facts = []
        for slot, ref, state in owned:
            surface = text[slot.start:slot.end]
            if surface.isupper() and ref.name.upper() == " ".join(surface.split()):
                # "PAKISTAN NAVY SHIPS CONDUCTING ...": a notice in capitals names the force as its name is spelled
                surface = ref.name
            forms = (state.name,) + state.aliases + state.demonyms
            # Most of a state's forms are not in the force's name at all: a substring test first.
            # "an RAAF P-8A", "the JMSDF": an acronym whose full name carries the state (not "RAF" or "PLAN"; three
            # letters are too often another force's, "PAF"; "ex-RAAF" aircraft are no longer the force's)
            spelled = ACRONYM.fullmatch(surface) is not None and not FORMER_PREFIX.search(text, max(0, slot.start - 4), slot.start) and not ACRONYM_PLACE.match(text, slot.end) and any(re.search(rf"\b{re.escape(form)}\b", ref.name) for form in forms)
            # (bounded by non-word characters, not by \b: "U.S." ends in a full stop, "the U.S. Coast Guard")
            if spelled or _tied(text, slots, slot, state.name) or any(form in surface and re.search(rf"(?<!\w){re.escape(form)}(?!\w)", surface) for form in forms):
                facts.append(Fact("ARMED_FORCE_OF", ref, Ref(state.name, "State")))
        return facts

    def _makers_as_owners(self, text: str, slots: list[Slot]) -> list[Fact]:
        """"Lockheed Martin's F-35", "Saab's Gripen": a company's system is one it makes."""
        facts = []
        for first, second in zip(slots, slots[1:]):
            if "WeaponSystem" in second.labels and MAKERS_POSSESSIVE.fullmatch(text, first.end, second.start):
                makers = [ref for ref in first.refs if ref.name in self.makers]
                facts += [Fact("PRODUCED", maker, ref) for maker in makers for ref in second.refs if ref.label == "WeaponSystem"]
        return facts

    def _made_at_own_works(self, text: str, slots: list[Slot], facts: list[Fact]) -> list[Fact]:
        """"arrived from Hyundai Rotem's Changwon plant", "Hanwha delivered 212 guns from its
        Changwon line": a firm that ships a system from its own works makes it."""
        made = []
        for fact in facts:
            if fact.type != "SOLD" or fact.source.name not in self.makers:
                continue
            seller = [s for s in slots if fact.source in s.refs and s.kind != "reference"]
            if any(OWN_WORKS.match(text, s.end) or OWN_WORKS_AFTER.match(text, s.end, min(len(text), s.end + 120)) for s in seller):
                made.append(Fact("PRODUCED", fact.source, fact.target))
        return made

    def _licensed_by_agreement(self, text: str, slots: list[Slot], facts: list[Fact]) -> list[Fact]:
        """"Under a 1971 agreement with France, SOKO produced the Gazelle under licence", "India signed an
        agreement with the Soviet Union under which HAL built the MiG-21FL": the agreement's other state
        licensed the making to the maker's state (a firm stands for its own)."""
        opening = AGREEMENT_OPENING.match(text)
        relative = AGREEMENT_UNDER_WHICH.search(text) if opening is None and "under which" in text else None
        if not opening and not relative:
            return []
        if relative:  # "India signed an agreement with the Soviet Union under which HAL built the MiG-21FL"
            givers = [ref for s in slots if relative.start("partner") <= s.start and s.end <= relative.end("partner") and s.kind != "demonym" for ref in s.refs if ref.label == "State"]
        else:
            givers = [ref for s in slots if s.end <= opening.end() and s.kind != "demonym" for ref in s.refs if ref.label == "State"]
        makers = [fact.source for fact in facts if fact.type == "PRODUCED"]
        receivers = dict.fromkeys(
            ref if ref.label == "State" else Ref(self.firm_states[ref.name], "State")
            for ref in makers if ref.label == "State" or ref.name in self.firm_states
        )
        return [Fact("TRANSFERRED_TECHNOLOGY_TO", giver, receiver) for giver in givers[-1:] for receiver in receivers if receiver.name != giver.name]

    def _licensed_after_transfer(self, text: str, facts: list[Fact]) -> list[Fact]:
        """A bare licence for making what the sentence says one state supplied to another: the
        supplier licensed the buyer ("India bought its first MiG-21s from the Soviet Union, and HAL
        was soon building them under licence"; "Iran supplied the drones to Russia, which now builds
        them under licence"). The maker is the buyer, a firm of the buyer's, or the maker of the
        system supplied (the licence names no one, so only the transfer says who gave it).

        >>> facts = Extractor().extract_text("Vietnam bought Tarantul-class corvettes from Russia and went on to build more under licence.").relations
        >>> [(f.source, f.target) for f in facts if f.type == "TRANSFERRED_TECHNOLOGY_TO"]
        [('Russia', 'Vietnam')]
        """
        if not BARE_LICENCE.search(text):
            return []
        supplies = []  # (supplier, buyer or None, system)
        for fact in facts:
            if fact.type == "SOLD" and fact.source.label == "State":
                supplies.append((fact.source.name, fact.properties.get("to"), fact.target.name))
            elif fact.type == "ACQUIRED" and fact.source.label == "State" and fact.properties.get("from"):
                supplies.append((fact.properties["from"], fact.source.name, fact.target.name))
        makers = [
            (fact.source.name if fact.source.label == "State" else self.firm_states.get(fact.source.name), fact.target.name)
            for fact in facts if fact.type == "PRODUCED"
        ]
        pairs = dict.fromkeys(
            (supplier, maker) for supplier, buyer, system in supplies for maker, made in makers
            if maker and maker != supplier and supplier in self.state_kinds and (maker == buyer or made == system)
        )
        return [Fact("TRANSFERRED_TECHNOLOGY_TO", Ref(giver, "State"), Ref(receiver, "State")) for giver, receiver in pairs]

    def _kits_supplied(self, text: str, slots: list[Slot], facts: list[Fact]) -> list[Fact]:
        """Kits for a system made elsewhere carry its know-how: "assembled locally in Pakistan from kits
        supplied by Russia", "licence-assembled by Valmet from Swedish kits" license the maker (a firm's
        state) from the state that sent the kits.

        >>> facts = Extractor().extract_text("The first Ka-31s were assembled in Pakistan from kits supplied by Russia.").relations
        >>> [(f.source, f.target) for f in facts if f.type == "TRANSFERRED_TECHNOLOGY_TO"]
        [('Russia', 'Pakistan')]
        """
        givers = [
            ref.name for slot in slots if "State" in slot.labels
            for ref in slot.refs[:1] if ref.label == "State" and (
                KITS_SENT_BY.search(text, max(0, slot.start - 40), slot.start) if slot.kind != "demonym" else KITS_OF.match(text, slot.end)
            )
        ]
        makers = [fact.source.name if fact.source.label == "State" else self.firm_states.get(fact.source.name) for fact in facts if fact.type == "PRODUCED"]
        pairs = dict.fromkeys((giver, maker) for giver in givers[:1] for maker in makers if maker and maker != giver)
        return [Fact("TRANSFERRED_TECHNOLOGY_TO", Ref(giver, "State"), Ref(maker, "State")) for giver, maker in pairs]

    def _order_with_seller(self, text: str, slots: list[Slot], facts: list[Fact]) -> list[Fact]:
        """The seller of an order or contract for a system named after "with": "Qatar inked an
        order for Typhoon jets with the United Kingdom", "the UAE's order for 80 Rafales, signed with
        Dassault Aviation", "the contract for 96 AH-64Es was signed with the United States
        government". The buyer's purchase read from the order gains its seller; with no buyer
        read, only a contract said to be signed sells.

        >>> facts = Extractor().extract_text("Qatar placed an order for Eurofighter Typhoon jets with the United Kingdom in 2017.").relations
        >>> sorted((f.source, f.type, f.properties.get("from") or f.properties.get("to")) for f in facts if f.type in ("SOLD", "ACQUIRED"))
        [('Qatar', 'ACQUIRED', 'United Kingdom'), ('United Kingdom', 'SOLD', 'Qatar')]
        """
        found = []
        for order in ORDER_FOR.finditer(text):
            systems = [s for s in slots if s.start >= order.end() and "WeaponSystem" in s.labels]
            if not systems or not SYSTEM_RIGHT_AFTER.fullmatch(text, order.end(), systems[0].start):
                continue
            system = systems[0]
            after = [s for s in slots if s.start >= system.end]
            tie = SELLER_AFTER_ORDER.match(text, system.end)
            if not tie or not after or after[0].start != tie.end():
                continue
            seller = after[0]
            if seller.kind == "demonym" or not ("State" in seller.labels or any(ref.name in self.firms for ref in seller.refs)):
                continue
            if text.startswith(("'s", "’s"), seller.end) and len(after) > 1 and any(ref.name in self.firms for ref in after[1].refs):
                seller = after[1]  # "with France's Naval Group": the firm itself signs
            giver = seller.refs[0]
            bought = [f for f in facts if f.type == "ACQUIRED" and f.target in system.refs and not f.properties.get("from")]
            if not bought and not (SIGNED.search(tie.group(0)) and not blocked(text, order.start(), tie.end(), 0)):
                continue
            for fact in bought:
                fact.properties["from"] = giver.name
            sold = [Fact("SOLD", giver, f.target, {"to": f.source.name}) for f in bought if f.source.name != giver.name]
            found += sold or ([] if bought else [Fact("SOLD", giver, ref) for ref in system.refs if ref.label == "WeaponSystem"])
        return [f for f in found if not any(e.type == "SOLD" and e.source == f.source and e.target == f.target for e in facts)]

    def _owning_state(self, ref: Ref):
        """The gazetteer entry of the state an armed force belongs to, if the gazetteer says
        or the force is a service named after it ("the Ghana Navy")."""
        if ref.label != "ArmedForce":
            return None
        entry = self.gazetteer.get(ref.name)
        state = entry.get("state") if entry else self.finder.service_owner(ref.name)
        return self.gazetteer.get(state) if state else None

    # --- assembling the extraction ------------------------------------------------------

    def _entities(self, mentions: list[Mention], facts_by_sentence) -> list[Entity]:
        counts = Counter((m.name, m.label) for m in mentions)
        discovered = {(m.name, m.label): m.confidence for m in mentions if m.discovered}
        for _, facts, _ in facts_by_sentence:
            for fact in facts:
                for ref in (fact.source, fact.target):
                    counts.setdefault((ref.name, ref.label), 0)
        entities = []
        for (name, label), count in counts.items():
            entry = self.gazetteer.get(name)
            known = entry is not None and entry.label == label
            entities.append(
                Entity(
                    name=name,
                    label=label,
                    aliases=self._aliases(entry) if known else (),
                    discovered=not known,
                    confidence=1.0 if known else discovered.get((name, label), 0.6),
                    mentions=count,
                )
            )
        return sorted(entities, key=lambda e: (e.label, e.name))

    def _aliases(self, entry) -> tuple[str, ...]:
        """Every other name of a gazetteer entry, sorted; kept, as each document asks again."""
        if entry.name not in self._alias_cache:
            self._alias_cache[entry.name] = tuple(sorted(set(entry.aliases + entry.demonyms + entry.capitals)))
        return self._alias_cache[entry.name]

    def _relations(self, document: Document, facts_by_sentence) -> list[Relation]:
        merged: dict[tuple, Relation] = {}
        sentences_of: dict[tuple, dict] = {}  # relation key → its evidence index, kept across merges
        for sentence, facts, years in facts_by_sentence:
            for fact in _with_counterparts(facts):
                if not self.schema.allows(fact.type, fact.source.label, fact.target.label) or fact.source.name == fact.target.name:
                    continue
                # A sentence that names several years gives this relation the one its trigger
                # stands nearest to ("India in 2017, Iran in 2023").
                own = fact.properties.get("year")
                evidence = Evidence(document.id, document.path, sentence.text, sentence.start, sentence.end, (own,) if own in years else years)
                relation = Relation(fact.source.name, fact.source.label, fact.type, fact.target.name, fact.target.label, dict(fact.properties), [evidence], fact.confidence)
                key = relation.key
                existing = merged.get(key)
                if existing is None:
                    merged[key] = relation
                    sentences_of[key] = _evidence_index(relation)
                else:
                    _absorb(existing, relation, sentences_of[key])
        return _drop_explained_drills(_drop_unspecified(list(merged.values())))


# a force named by the initials of its full name ("RAAF", "JMSDF")
ACRONYM = re.compile(r"[A-Z]{4,6}")
FORMER_PREFIX = re.compile(r"\bex-\Z", re.IGNORECASE)
# "RAAF Base Darwin", "JMSDF Kure Naval Base": the initials begin a place's name, which tells of no force
ACRONYM_PLACE = re.compile(r"\s+(?:(?-i:[A-Z])[\w-]*\s+){0,2}?(?:Base|Station|Airfield|Field|Barracks|Camp|Range)\b")
CREDIT = re.compile(r"\b(?:photo(?:graph)?|image|picture|video|footage)s?(?: credit| courtesy)?\s*:[^)\n]*|\b(?:credit|courtesy)\s*:[^)\n]*", re.IGNORECASE)


# "Fresh from the Joint Sea-2021 exercise, ten ships of the PLA Navy and the Russian Navy sailed ...":
# the sentence opens on the exercise its subjects have just left
FRESH_FROM = re.compile(r"\W*(?:fresh|straight|just back|returning|back)\s+from\s+(?:the\s+)?$", re.IGNORECASE)
FRESH_SUBJECT = re.compile(r"(?:\s+(?:exercises?|drills?|manoeuvres|maneuvers|war ?games))?\s*,\s*(?:(?:the|its|their|\w+|[\w-]+\s+(?:ships|vessels|warships|units|aircraft|crews))\s+(?:of\s+)?)?(?:the\s+)?$", re.IGNORECASE)
# ... and the next crew, perhaps by its share of the ships: "five ships of the Pacific Fleet and five of the Chinese navy"
FRESH_SHARE_AND = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:\w+\s+)?(?:(?:ships|vessels|warships|units|aircraft|crews)\s+)?of\s+)?(?:the\s+)?", re.IGNORECASE)


@lru_cache(maxsize=2)
def _opening_voice_cues(opening: str) -> tuple[bool, bool]:
    """Whether a document's opening is the record of a sitting, and whether it titles an
    interview: asked of every sentence of the opening until a voice is found, answered once
    a document.

    >>> _opening_voice_cues("OFFICIAL REPORT. Sitting of 4 March.")
    (True, False)
    """
    return RECORD_OF_SITTING.search(opening) is not None, INTERVIEW_TITLE.search(opening.lower()) is not None


def _of_state_origin(text: str, slots: list[Slot]) -> list[Fact]:
    """"the Konkurs, also of Russian origin", "T-72 tanks, of Soviet design": the state whose
    adjective names the system's origin made it, as "Russian-made" does (a system named, not
    "the missile" standing for one)."""
    facts = []
    for system, origin in zip(slots, slots[1:]):
        if "WeaponSystem" not in system.labels or system.kind == "reference" or origin.kind != "demonym" or not OF_ORIGIN.fullmatch(text, system.end, origin.start):
            continue
        if ORIGIN_NOUN.match(text, origin.end) and not blocked(text, system.start, origin.end, 0):
            facts += [Fact("PRODUCED", state, weapon) for state in origin.refs if state.label == "State" for weapon in system.refs if weapon.label == "WeaponSystem"]
    return facts


def _deliveries_of_system(text: str, slots: list[Slot]) -> list[Fact]:
    """"Akash deliveries to the Indian Army and the Indian Air Force continued", "Rafale sales to
    Greece": the system named before the noun went to each recipient after "to"."""
    facts = []
    for index, slot in enumerate(slots):
        noun = SYSTEM_DELIVERIES.match(text, slot.end) if "WeaponSystem" in slot.labels else None
        if noun is None or blocked(text, slot.start, noun.end(), 0):
            continue
        recipients = []
        for other in slots[index + 1:]:
            gap = text[(recipients[-1].end if recipients else noun.end()):other.start]
            if not (re.fullmatch(r"\s*(?:the\s+)?", gap) if not recipients else RECIPIENTS_JOINED.fullmatch(gap)) or not other.labels & {"State", "ArmedForce"}:
                break
            recipients.append(other)
        facts += [Fact("ACQUIRED", buyer, system) for r in recipients for buyer in r.refs if buyer.label in ("State", "ArmedForce")
                  for system in slot.refs if system.label == "WeaponSystem"]
    return facts


# "Norway's 52 F-35A fighters were delivered between 2017 and 2024", "the first of Poland's K2 tanks, delivered
# in 2022,": a state's own systems said delivered or bought, no giver named (one named after "by"/"from", or a
# taker after "to", is read by the verb's own frame)
OWN_BEFORE_SYSTEM = re.compile(r"['’]s\s+(?:(?:first|last|final|new|remaining|\d[\d,]*|[a-z]+-?[a-z]*)\s+){0,2}")
DELIVERED_AFTER_SYSTEM = re.compile(
    rf"s?(?:\s+(?:[\w-]+\s+)?{SYSTEM_CLASS_NOUN})?"
    r"(?:,\s+|\s+(?:was|were|had been|has been|have been)\s+(?:all\s+|first\s+|finally\s+)?)"
    r"(?:delivered|received|bought|purchased|acquired|handed over|taken over)\b(?!\s+(?:to|by|from|for|with)\b)",
    re.IGNORECASE,
)


def _own_systems_delivered(text: str, slots: list[Slot], facts: list[Fact]) -> list[Fact]:
    """A state's own systems said delivered, with no giver or taker named: the state acquired
    them ("Norway's 52 F-35A fighters were delivered between 2017 and 2024")."""
    found = []
    for owner, system in zip(slots, slots[1:]):
        if "State" not in owner.labels or owner.kind == "demonym" or "WeaponSystem" not in system.labels:
            continue
        if not OWN_BEFORE_SYSTEM.fullmatch(text, owner.end, system.start):
            continue
        verb = DELIVERED_AFTER_SYSTEM.match(text, system.end)
        if verb is None or blocked(text, system.start, verb.end(), 0):
            continue
        found += [Fact("ACQUIRED", buyer, made) for buyer in owner.refs if buyer.label == "State"
                  for made in system.refs if made.label == "WeaponSystem"]
    return [f for f in found if not any(e.type == "ACQUIRED" and e.source == f.source and e.target == f.target for e in facts)]


# "Indonesian F-16s flew alongside Australian and US jets at Pitch Black 2024": crews said to fly, sail or
# train at a named exercise, beside others, take part in it (the verb closes the window the exercise opens)
FLEW_AT_EXERCISE = re.compile(
    r"\b(?:flew|sailed|trained|exercised|drilled|manoeuvred|maneuvered|competed)\s+(?:together\s+)?"
    r"(?:(?:alongside|with)\s+[^.;:]{1,80}?\s+)?(?:at|in|during)\s+(?:the\s+|this year's\s+)?$",
    re.IGNORECASE,
)
# where the clause of the crews that flew opens: the sentence, or a clause after ", and", "; " or ", while"; a
# dash's aside ("The navies of the two — a phrase Chinese officials use — trained ...") names no crews either
CREWS_CLAUSE_OPENS = re.compile(r"(?:^|[;:—–]\s*|,\s+(?:and|while|whereas|but)\s+)", re.IGNORECASE)


def _flew_at_exercise(text: str, slots: list[Slot]) -> list[Fact]:
    """Who took part in the exercise that states' crews flew, sailed or trained at."""
    facts = []
    for slot in slots:
        if "Exercise" not in slot.labels:
            continue
        window_start = max(0, slot.start - 160)
        verb = FLEW_AT_EXERCISE.search(text, window_start, slot.start)
        if verb is None:
            continue
        opens = [m.end() for m in CREWS_CLAUSE_OPENS.finditer(text, window_start, verb.start())]
        clause_start = opens[-1] if opens else window_start
        if blocked(text, verb.start(), verb.end(), clause_start):
            continue
        crews = [s for s in slots if clause_start <= s.start and s.end <= slot.start and s.labels & {"State", "ArmedForce"}]
        actors = dict.fromkeys(ref for crew in crews for ref in crew.refs if ref.label in ("State", "ArmedForce"))
        facts += [Fact("PARTICIPATED_IN", actor, exercise) for actor in actors for exercise in slot.refs if exercise.label == "Exercise"]
    return facts


# "Myth 2: ...", "**Myth:** ...", "Misconception 3 - ...": a refuted claim, labelled as one, opens the line;
# so does a quiz's claim to be judged ("True or false: Canada is a member of AUKUS."), whose answer comes after
MYTH_LABEL = re.compile(
    r"\W*(?:myths?|misconceptions?|true\s+or\s+false|fact\s+or\s+(?:fiction|myth))(?:\s+(?:no\.?\s*)?\d+)?(?:\W*[:—–?]|\s+-)\W*\s",
    re.IGNORECASE,
)


def _fresh_from(text: str, slots: list[Slot]) -> list[Fact]:
    """Who took part in the exercise a sentence opens by coming from ("Fresh from Joint Sea-2021, ...")."""
    exercise = slots[0] if slots and "Exercise" in slots[0].labels and FRESH_FROM.fullmatch(text, 0, slots[0].start) else None
    if exercise is None or SCOPING.search(text):
        return []
    actors: list[Slot] = []
    # "Fresh from Joint Sea-2021 in the Sea of Japan, ...": where the exercise was held, before its crews
    place = slots[1] if len(slots) > 1 and "Region" in slots[1].labels and re.fullmatch(r"\s+in\s+(?:the\s+)?", text[exercise.end:slots[1].start]) else None
    for slot in slots[2 if place else 1:]:
        gap = text[(actors[-1] if actors else place or exercise).end:slot.start]
        if not slot.labels & {"State", "ArmedForce"} or not (FRESH_SHARE_AND.fullmatch(gap) if actors else FRESH_SUBJECT.fullmatch(gap)):
            break
        actors.append(slot)
    held = [Fact("HELD_IN", target, ref) for target in exercise.refs if target.label == "Exercise" for ref in place.refs if ref.label == "Region"] if place and actors else []
    return held + [Fact("PARTICIPATED_IN", ref, target) for slot in actors for ref in slot.refs if ref.label in ("State", "ArmedForce")
                   for target in exercise.refs if target.label == "Exercise"]


def _bare_service(text: str, slot: Slot) -> bool:
    """Whether ``slot`` is a service named by its common noun alone ("for the army", "the
    service"): it stands for a force, but names no state to tie it to ("the navy of Iran" does)."""
    return slot.kind == "reference" and re.search(r"\bthe\s+$", text[max(0, slot.start - 4):slot.start], re.IGNORECASE) is not None \
        and not re.match(r"\s+of\b", text[slot.end:slot.end + 4])


# "Russia's Pacific Fleet", "Russia's Pacific Fleet and Northern Fleet": a state's possessive before its force,
# asked for every force and state of a sentence
OWNED_FORCE_GAP = re.compile(r"(?:'s|’s)\s+(?:[\w-]+\s+){0,2}?(?:(?:the\s+)?[\w' -]+?(?:,|\band\b)\s+(?:the\s+)?)?")


def _tied(text: str, slots: list[Slot], force: Slot, state: str) -> bool:
    """Whether the sentence ties ``force`` to ``state``: "Russia's Pacific Fleet and Northern
    Fleet", "the navy of Iran", or the state as the sentence's subject ("Russia re-created
    the Leningrad Military District"); not a state merely named nearby ("China's defence
    minister, a former commander of the PLA Navy")."""
    own = [s for s in slots if any(ref.name == state and ref.label == "State" for ref in s.refs)]
    for owner in own:
        if owner.end <= force.start and OWNED_FORCE_GAP.fullmatch(text, owner.end, force.start):
            between = [s for s in slots if owner.end <= s.start and s.end <= force.start]
            if all("ArmedForce" in s.labels for s in between):
                return True  # "Russia's Pacific Fleet and Northern Fleet"
        if force.end <= owner.start and re.fullmatch(r"\s+of\s+(?:the\s+)?", text[force.end:owner.start]):
            return True  # "the navy of Iran"
    first = slots[0] if slots else None
    return bool(
        first in own and first.kind != "demonym" and first.end <= force.start
        and not re.match(r"\s*(?:'s|’s|:|—|-)", text[first.end:first.end + 3])
        and not re.search(r"[A-Za-z]", re.sub(r"\b(?:In|On|By|Since|After|Then|Now|The|Today|\d+|[A-Z][a-z]+ \d+)\b", "", text[:first.start]))
    )


def _opens_table(text: str, start: int) -> bool:
    """Whether the row at ``start`` is the first of its table: the line above it is no row."""
    line_start = text.rfind("\n", 0, start) + 1
    above = text[text.rfind("\n", 0, max(line_start - 1, 0)) + 1:max(line_start - 1, 0)]
    return line_start == 0 or "|" not in above


def _cells(text: str) -> list[tuple[int, int, str]]:
    cells, position = [], 0
    for part in text.split(cell_delimiter(text) or "|"):
        start = position + len(part) - len(part.lstrip())
        cells.append((start, start + len(part.strip()), part.strip()))
        position += len(part) + 1
    return [c for c in cells if c[2] or c[0] not in (0, len(text))]


# A line of a document's title block that is nothing but its date: "March 1978", "14 June 1962", "June 14, 1962"
DATE_LINE = re.compile(
    r"^[ \t]*(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:\d{1,2},\s+)?(1[89]\d\d|20\d\d)[ \t]*$",
    re.MULTILINE,
)


def _date_written(text: str) -> int | None:
    """The year a document was written, as a date line in its first lines gives it.

    >>> _date_written("SECRET\\nESTIMATE ON THE HORN\\nMarch 1978\\n\\n1. Moscow ...")
    1978
    >>> _date_written("Moscow sold jets in March 1978.") is None
    True
    """
    match = DATE_LINE.search(text, 0, 400)
    return int(match.group(1)) if match else None


def _decade_ends(text: str) -> list[int]:
    """Every year ``text`` names, a decade by its last year ("the 1990s" is 1999)."""
    return [int(m.group(1)) + (9 if m.group(0).endswith("s") else 0) for m in event_years(text)]


def _date_vetoes(facts: list[Fact], years: tuple[int, ...]) -> None:
    """Give the undated vetoes of a sentence the one year of ``years``, if there is one: a table
    row's, or the section heading's over an undated sentence ("## Vetoes cast in 2019" over
    "| 12 March | S/2019/190 | Venezuela | Russia |")."""
    for fact in facts if len(years) == 1 else []:
        if fact.type == "VETOED" and "year" not in fact.properties:
            fact.properties["year"] = years[0]


def _years_in(text: str) -> tuple[int, ...]:
    """The years ``text`` names, in order, each once: the evidence's ``years``."""
    return tuple(sorted({int(m.group(1)) for m in YEAR.finditer(text)}))


def _field_readings(text: str, facts_by_sentence: list, fields: list) -> list:
    """What a record's fields say (loaders.fields) in place of what the sentence reader made of
    the same lines for the same relation: "Members: Serbia (reportedly considering)" is no
    membership, and nothing a record marked "Status: unconfirmed" lists stands."""
    starts = [start for start, *_ in fields]  # in document order
    kept = []
    for sentence, facts, years in facts_by_sentence:
        first = bisect.bisect_right(starts, sentence.start) - 1
        claimed = {kind for start, end, kind, _ in fields[max(0, first - 1):first + 1] if start <= sentence.start and sentence.end <= end + 1}
        facts = [fact for fact in facts if fact.type not in claimed]
        if facts:
            kept.append((sentence, facts, years))
    for start, end, _, facts in fields:
        if facts:
            kept.append((Sentence(start, end, text[start:end], -1), facts, _years_in(text[start:end])))
    return kept


def _see_dateline(text: str, sentence: Sentence, before: list[Mention], memory: DocumentMemory) -> None:
    """The state a wire story's dateline places it in ("MOSCOW — ..."), for the officials it
    quotes; ``before`` are the mentions just before ``sentence``."""
    window = max(0, sentence.start - 120)  # a dateline is short; a text with no line breaks is not searched back
    line_start = text.rfind("\n", window, sentence.start) + 1 or (0 if window == 0 else sentence.start)
    dateline = DATELINE.fullmatch(text, line_start, sentence.start) if sentence.start - line_start > 3 else None
    if dateline:
        memory.dateline = next((Ref(m.name, m.label) for m in before if m.start >= line_start and m.label == "State"), memory.dateline)


def _supplier(text: str, slots: list[Slot]) -> Ref | None:
    """The state a sentence names as the source of arms bought ("Russian arms purchases",
    "arms imports from Russia"), if any."""
    states = [slot for slot in slots if slot.kind != "reference" and "State" in slot.labels]
    if not states:
        return None
    if "xport" in text or "uppl" in text or "sale" in text or "seller" in text:  # the words both need, tested first
        for slot in states:  # "Türkiye became a significant exporter.", "Russian arms exports to China"
            if EXPORTER_IS.match(text, slot.end) or ARMS_SOLD.match(text, slot.end):
                return next(ref for ref in slot.refs if ref.label == "State")
    if ARMS_BOUGHT.search(text) is None:
        return None
    for slot in states:
        if SUPPLIER_BEFORE.match(text, slot.end) or SUPPLIER_AFTER.search(text[max(0, slot.start - 60):slot.start]):
            return next(ref for ref in slot.refs if ref.label == "State")
    return None


# "Russia is Vietnam's largest arms supplier", "As India's main source of weapons, Moscow ...":
# the possessor is the customer of the other state named
CLIENT_OF_SUPPLIER = re.compile(
    r"(?:'s|’s)\s+(?:[\w-]+\s+){0,3}?(?:arms\s+|weapons?\s+|defen[cs]e\s+|military\s+)?(?:supplier|exporter|source of (?:arms|weapons))\b",
    re.IGNORECASE,
)
# "Russia has sold China some of its most advanced weapons": a sale between two states whose systems the
# sentences after it name ("It delivered 24 Su-35 fighters")
SOLD_ARMS_BETWEEN = re.compile(r"\s+(?:has|have|had)?\s*(?:\w+ly\s+|also\s+)?(?:sold|supplied)\s+(?:the\s+)?", re.IGNORECASE)
ARMS_UNNAMED = re.compile(r"\s+(?:(?:some|many|much|most|several)\s+of\s+)?(?:its|their|the)?\s*(?:[\w-]+\s+){0,3}?(?:weapons|arms|weaponry|equipment|hardware|systems)\b", re.IGNORECASE)
NOT_SUPPLIER = re.compile(r"\b(?:not|never|hardly|would|could|might|may|hopes?|wants?|aims?|seeks?)\b", re.IGNORECASE)


def _supplier_and_client(text: str, slots: list[Slot]) -> tuple[Ref, Ref] | None:
    """(seller, buyer) where a sentence calls one state the other's supplier, the
    two the only states it names; not where it denies or only hopes so."""
    states = [s for s in slots if "State" in s.labels]
    buyers = [s for s in states if CLIENT_OF_SUPPLIER.match(text, s.end)]
    if not buyers and len(states) == 2 and SOLD_ARMS_BETWEEN.fullmatch(text, states[0].end, states[1].start) and ARMS_UNNAMED.match(text, states[1].end):
        buyers = states[1:]  # "Russia has sold China some of its most advanced weapons": no system named, the pair is
    named = {ref.name: ref for s in states for ref in s.refs if ref.label == "State"}
    # ("What is not in doubt is that ...": a phrase that asserts, no denial)
    if len(buyers) != 1 or len(named) != 2 or NOT_SUPPLIER.search(NEUTRAL.sub("", text)):
        return None
    buyer = next(ref for ref in buyers[0].refs if ref.label == "State")
    seller = next(ref for name, ref in named.items() if name != buyer.name)
    return seller, buyer


# the deal a sentence goes back to: "Under the deal, ...", "The agreement included ..."
DEAL_REFERRED = re.compile(
    r"\b(?:under|as part of|through|with|by) (?:the|this|that|the same) (?:\w+ )?(?:deal|agreement|contract|accord|package|arrangement)\b"
    r"|\b(?:the|this|that) (?:\w+ )?(?:deal|agreement|contract|accord|package|arrangement) (?:also )?"
    r"(?:included|includes|covered|covers|provided for|provides for|came with|comes with|involved|involves|brought|gave)\b",
    re.IGNORECASE,
)
# know-how that changes hands with a deal: "the production technology", "a transfer of technology", "licence production"
KNOW_HOW = re.compile(
    r"\b(?:technology[- ]transfer|transfers? of (?:\w+ )?technology|(?:production|manufacturing|design|assembly) (?:technology|know-how|licen[cs]es?|rights)|"
    r"know-how|blueprints|technical documentation|licen[cs]ed? (?:production|manufacture|manufacturing|assembly))\b",
    re.IGNORECASE,
)
KNOW_HOW_WORDS = IndexedPattern(re.compile(r"technolog|know-how|licen[cs]|blueprints|documentation|design|drawings", re.IGNORECASE), SENTENCES)
# know-how only offered, asked for or kept back: "Russia offered the production technology", "without the know-how"
KNOW_HOW_WITHHELD = re.compile(
    r"\b(?:offer|propos|sought|seek|ask|request|refus|declin|reject|withh[eo]ld|without|exclud|except|den[iy]|plan|hop|want|wish|negotiat|discuss)\w*",
    re.IGNORECASE,
)


def _technology_of_the_deal(text: str, slots: list[Slot], facts: list[Fact], trade: tuple[Ref, Ref]) -> list[Fact]:
    """"Russia sold S-400s to Serbia. Under the deal, Russia also handed over the production technology":
    know-how that came with the paragraph's last sale, told in a later sentence that names no other
    state, went from its seller to its buyer. Nothing where the know-how was offered, refused or hedged.

    >>> facts = Extractor().extract_text("Egypt bought T-90 tanks from Russia. The contract included a transfer of technology.").relations
    >>> [(f.source, f.target) for f in facts if f.type == "TRANSFERRED_TECHNOLOGY_TO"]
    [('Russia', 'Egypt')]
    """
    know_how = KNOW_HOW.search(text)
    if know_how is None or any(fact.type == "TRANSFERRED_TECHNOLOGY_TO" for fact in facts) or not DEAL_REFERRED.search(text):
        return []
    if KNOW_HOW_WITHHELD.search(text) or SCOPING.search(text) or blocked(text, know_how.start(), know_how.end(), 0):
        return []
    seller, buyer = trade
    named = {ref.name for slot in slots if "State" in slot.labels for ref in slot.refs if ref.label == "State"}
    if not named <= {seller.name, buyer.name}:
        return []  # "Under the deal, India also licensed the design to Vietnam": another pair
    return [Fact("TRANSFERRED_TECHNOLOGY_TO", seller, buyer)]


# "the design was transferred to Malaysia": the receiver after the passive, the giver the system's maker told before
KNOW_HOW_PASSED_TO = re.compile(
    r"\b(?:design|technology|technologies|know-how|blueprints|drawings|production rights|licen[cs]e)s?\s+(?:was|were|had been|has been|have been)\s+"
    r"(?:\w+ly\s+|later\s+|also\s+)?(?:transferred|passed(?: on)?|handed over|licen[cs]ed|given|sold|granted)\s+to\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "The licence came from Russia": the giver after "from", the receiver the maker told before
LICENCE_CAME_FROM = re.compile(
    r"\b(?:the|its|their)\s+(?:production\s+)?licen[cs]e\s+(?:came|had come|was granted|had been granted|was issued|was bought|was obtained)\s+(?:\w+ly\s+)?(?:from|by)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _know_how_of_last_making(text: str, slots: list[Slot], last_facts: list[Fact], firm_states: dict) -> list[Fact]:
    """Know-how for what the paragraph's last relation said a state made, told in a sentence of its own:
    "Russia developed the S-400. In 2022 the design was transferred to Malaysia" (from the maker to
    the state after "to"); "The tanks were licence-built in India. The licence came from Russia" (from
    the state after "from" to the maker). Nothing where the passing is negated or hedged.

    >>> facts = Extractor().extract_text("The T-90 tanks were licence-built in India. The licence came from Russia.").relations
    >>> [(f.source, f.target) for f in facts if f.type == "TRANSFERRED_TECHNOLOGY_TO"]
    [('Russia', 'India')]
    """
    makers = list(dict.fromkeys(
        fact.source.name if fact.source.label == "State" else firm_states.get(fact.source.name)
        for fact in last_facts if fact.type == "PRODUCED"
    ))
    makers = [maker for maker in makers if maker]
    if len(makers) != 1:
        return []
    states = [s for s in slots if "State" in s.labels and s.kind != "demonym"]
    for slot in states[:1]:
        for pattern, giver_named in ((KNOW_HOW_PASSED_TO, False), (LICENCE_CAME_FROM, True)):
            cue = pattern.search(text, max(0, slot.start - 120), slot.start)
            if cue is None or blocked(text, cue.start(), slot.start, 0) or SCOPING.search(text):
                continue
            named = next(ref.name for ref in slot.refs if ref.label == "State")
            giver, receiver = (named, makers[0]) if giver_named else (makers[0], named)
            return [Fact("TRANSFERRED_TECHNOLOGY_TO", Ref(giver, "State"), Ref(receiver, "State"))] if giver != receiver else []
    return []


BUYER_WORDS = IndexedPattern(re.compile(r"\b(?:buyer|customer|client|recipient|purchaser|importer)\s+(?:was|is)\b", re.IGNORECASE), SENTENCES)
# "...; the buyer was Indonesia": the party a sale told with no buyer went to
BUYER_WAS = re.compile(r"(?:^|[;,:]\s*|\band\s+)the\s+(?:buyer|customer|client|recipient|purchaser|importer)\s+(?:was|is)\s+(?:the\s+)?$", re.IGNORECASE)


def _buyer_named_after(text: str, slots: list[Slot], sales: list[Fact]) -> list[Fact]:
    """"Russia delivered the first S-400 batch in 2008; the buyer was Indonesia": the state or force
    named as the buyer acquired what the sale just told, with no buyer of its own, sold.

    >>> facts = Extractor().extract_text("Russia delivered the first Su-35 fighters in 2019; the buyer was Egypt.").relations
    >>> [(f.source, f.target) for f in facts if f.type == "ACQUIRED"]
    [('Egypt', 'Su-35')]
    """
    buyers = [s for s in slots if s.labels & {"State", "ArmedForce"} and s.kind != "demonym" and BUYER_WAS.search(text, max(0, s.start - 40), s.start)]
    if not buyers or blocked(text, buyers[0].start, buyers[0].end, 0):
        return []
    buyer = next(ref for ref in buyers[0].refs if ref.label in ("State", "ArmedForce"))
    return [
        Fact("ACQUIRED", buyer, sale.target, {"from": sale.source.name})
        for sale in sales if sale.type == "SOLD" and not sale.properties.get("to") and sale.source.name != buyer.name
    ]


def _trade(text: str, slots: list[Slot], facts: list[Fact]) -> tuple[Ref, Ref] | None:
    """(seller, buyer) of the sale a sentence tells, a system's ("Russia sold Su-35s to Egypt") or
    arms in general ("Egypt bought arms from Russia"): whom a later "the buyer" and "the seller" mean."""
    states = [s for s in slots if s.labels == {"State"} and s.kind != "demonym"]
    named = {ref.name: ref for s in states for ref in s.refs}
    for fact in facts:  # (states only: "signed with Saab ... obliged the supplier to": a firm, which transfers no state's know-how)
        if fact.type == "SOLD" and fact.source.label == "State" and fact.properties.get("to") in named:
            return fact.source, named[fact.properties["to"]]
        if fact.type == "ACQUIRED" and fact.source.label == "State" and fact.properties.get("from") in named:
            return named[fact.properties["from"]], fact.source
    for first, second in zip(states, states[1:]):
        if NOT_SUPPLIER.search(text, first.end, second.start):
            continue
        if ARMS_SOLD_TO.fullmatch(text, first.end, second.start):
            return first.refs[0], second.refs[0]
        if ARMS_BOUGHT_FROM.fullmatch(text, first.end, second.start):
            return second.refs[0], first.refs[0]
    return None


# "Egypt agreed to sell arms to Kyrgyzstan", "France supplied weapons to India": a sale between the two, no system named
ARMS_GOODS = r"(?:\s+(?:[\w-]+\s+){0,3}?(?:arms|weapons|weaponry|military equipment|hardware|equipment))"
ARMS_SOLD_TO = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:sold|sells|sell|selling|supplied|supplies|supply|exported|exports|export|delivered)" + ARMS_GOODS + r"\s+to\s+(?:the\s+)?", re.IGNORECASE)
ARMS_BOUGHT_FROM = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:bought|buys|buy|purchased|purchases|imported|imports|ordered|acquired)" + ARMS_GOODS + r"\s+from\s+(?:the\s+)?", re.IGNORECASE)


def _turned_to_seller(text: str, slots: list[Slot]) -> tuple[Ref, Ref] | None:
    """(seller, buyer) where a state "turned to" another ("Israel turned to France."): what the
    paragraph then says the one received, the other sold it (see TURNED_TO)."""
    states = [s for s in slots if s.labels == {"State"} and s.kind != "demonym"]
    for buyer, seller in zip(states, states[1:]):
        if TURNED_TO.fullmatch(text, buyer.end, seller.start) and not blocked(text, buyer.end, seller.start, 0):
            return seller.refs[0], buyer.refs[0]
    for before, seller in zip(states, states[1:]):
        turned = PRONOUN_TURNED_TO.search(text, before.end, seller.start)
        if turned and turned.end() == seller.start and states[0] is not seller and not blocked(text, turned.start(), seller.start, 0):
            return seller.refs[0], states[0].refs[0]
    return None


# "Dassault's Mystère IV fighters reached Israel in 1956": goods that arrived in the state that bought
# them (a kind noun at most between; not "talks reached Israel", whose subject is no system)
ARRIVED_IN = re.compile(r"\s+(?:(?:[a-z][\w-]*\s+){0,2}?(?:[a-z]+-)?(?:fighters?|jets?|aircraft|bombers?|tanks?|missiles?|submarines?|ships?|helicopters?|trainers?|batteries|systems?)\s+)?(?:first\s+)?(?:reached|arrived in)\s+$")
# "The last Gripens reached the South African Air Force in 2012": the force that took them
ARRIVED_AT_FORCE = re.compile(ARRIVED_IN.pattern.removesuffix("$") + r"(?:the\s+)?$")
# "... reached Israel in 1956, and the Mirage III followed in 1962": a second system that came the same way
# "How the drones reached Ethiopia remains disputed": an arrival asked about, not stated
ASKED_HOW = re.compile(r"\b(?:how|whether|why|if)\s+(?:[\w'’-]+\s+){0,4}$", re.IGNORECASE)
FOLLOWED = re.compile(r"(?:\s+(?:in|by)\s+(?:\w+\s+)?\d{4})?,?\s+and\s+(?:the\s+|its\s+|their\s+)?")
FOLLOWED_AFTER = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,2}?followed\b")


def _arrivals(text: str, slots: list[Slot]) -> list[Fact]:
    """The buyer's acquisitions where systems "reached" or "arrived in" a state, and a system
    that "followed" them in the same sentence; nothing where the arrival is denied or hedged."""
    found = []
    for index, (system, place) in enumerate(zip(slots, slots[1:])):
        force = place.labels == {"ArmedForce"}
        if not (system.labels == {"WeaponSystem"} and (place.labels == {"State"} or force) and place.kind != "demonym"):
            continue
        if not (ARRIVED_AT_FORCE if force else ARRIVED_IN).fullmatch(text, system.end, place.start) or blocked(text, system.end, place.start, 0):
            continue
        if ASKED_HOW.search(text, max(0, system.start - 40), system.start):
            continue
        buyer = place.refs[0]
        found += [Fact("ACQUIRED", buyer, ref, {}, (system.end, place.start)) for ref in system.refs]
        for later in slots[index + 2:index + 3]:
            follows = FOLLOWED.fullmatch(text, place.end, later.start) and FOLLOWED_AFTER.match(text, later.end)
            if later.labels == {"WeaponSystem"} and follows and not blocked(text, later.end, follows.end(), 0):
                found += [Fact("ACQUIRED", buyer, ref, {}, (later.end, follows.end())) for ref in later.refs]
    return found


# "Argentina's first F-16 fighters landed at Rio Cuarto", "India's last Rafales arrived at Ambala": a state's
# first, new or last systems coming in are a delivery it took (not "Russia's Tu-95s landed in South Africa",
# a visit: the owner's new or first-delivered systems only)
OWNED_BATCH_BETWEEN = re.compile(r"['’]s\s+(?:first|new|newest|last|final)\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)\s+)?$", re.IGNORECASE)
OWNED_BATCH_LANDED = re.compile(r"\s+(?:(?:[a-z][\w-]*\s+){0,2}?(?:fighters?|jets?|aircraft|bombers?|tanks?|submarines?|ships?|helicopters?|trainers?|batteries|systems?)\s+)?"
                                r"(?:landed|arrived|touched down)\s+(?:at|in)\b")


def _owners_first_arrivals(text: str, slots: list[Slot]) -> list[Fact]:
    """The owner's acquisitions where "<state>'s first <system>" landed or arrived somewhere;
    nothing where the arrival is denied, hedged or planned."""
    found = []
    for owner, system in zip(slots, slots[1:]):
        if not (owner.labels == {"State"} and owner.kind != "demonym" and system.labels == {"WeaponSystem"}):
            continue
        landed = OWNED_BATCH_LANDED.match(text, system.end)
        if not (OWNED_BATCH_BETWEEN.fullmatch(text, owner.end, system.start) and landed) or blocked(text, system.end, landed.end(), 0):
            continue
        found += [Fact("ACQUIRED", owner.refs[0], ref, {}, (system.end, landed.end())) for ref in system.refs]
    return found


def _between_supplier_and_client(facts: list[Fact], seller: Ref, buyer: Ref) -> list[Fact]:
    """In a paragraph that calls ``seller`` the supplier of ``buyer``, a sale by the one with
    no buyer named went to the other, and the other's purchase with no seller came from the one."""
    for fact in facts:
        if fact.type == "SOLD" and fact.source.name == seller.name and "to" not in fact.properties:
            fact.properties["to"] = buyer.name
        elif fact.type == "ACQUIRED" and fact.source.name == buyer.name and "from" not in fact.properties:
            fact.properties["from"] = seller.name
    return facts


def _sold_to_operator(facts: list[Fact]) -> list[Fact]:
    """"The Peruvian Air Force operates MiG-29s, most of them delivered by Belarus": a sale
    with no buyer named, of what the sentence says one state or force operates, went to it."""
    operators: dict[str, list[Ref]] = {}
    for fact in facts:
        if fact.type == "OPERATES" and fact.source not in operators.setdefault(fact.target.name, []):
            operators[fact.target.name].append(fact.source)
    for fact in facts:
        users = operators.get(fact.target.name, [])
        if fact.type == "SOLD" and "to" not in fact.properties and len(users) == 1 and users[0].name != fact.source.name:
            fact.properties["to"] = users[0].name
    return facts


WORDED = re.compile(r"[A-Za-z]")
# A table's caption that names its rows' trade and no party: "FORM A. EXPORTS", "Imports" (at most
# six words, framed or not by a drawn rule)
TRADE_CAPTION = re.compile(r"[\s=_-]*(?:[\w.]+\s+){0,5}?(?P<trade>exports|imports)[\s.:=_-]*", re.IGNORECASE)


def _caption_exporters(caption: str, memory: DocumentMemory) -> None:
    """A table captioned "exports" with no exporter named sells what the one state of the heading
    above it sends, as a return to an arms register puts its reporter ("Report of the Republic of
    Korea") over its forms ("FORM A. EXPORTS"); a table captioned "imports" sells nothing of it."""
    trade = TRADE_CAPTION.fullmatch(caption)
    if trade is None:
        return
    states = list(dict.fromkeys(ref for ref in memory.heading_refs if ref.label == "State"))
    memory.exporters = states if trade.group("trade").lower() == "exports" and len(states) == 1 else []


def _named_in_title(title: str, slots: list[Slot]) -> list[Ref]:
    """What a document's first heading names by name: not by a capital or a demonym ("IDEX, Abu
    Dhabi"), nor by a short acronym that a title in capitals spells by chance ("MODERNIZATION PLAN")."""
    capitals = title.isupper()
    return [
        ref for slot in slots if slot.kind not in ("capital", "demonym", "reference")
        and not (capitals and len(title[slot.start:slot.end]) <= 5)
        for ref in slot.refs
    ]


FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?$", re.IGNORECASE)
# "exported to more than 30 countries", "sold to an African customer": a buyer stated, if not by name
SOLD_TO_UNNAMED = re.compile(r"\b(?:sold|exported|delivered|supplied|shipped|transferred|handed over|donated|gifted|offered)\s+to\b", re.IGNORECASE)


def _title_owner(memory: DocumentMemory) -> Ref | None:
    """The one state or force a document's title names ("# Bangladesh", "Chilean Navy - current
    fleet"); a force and its own state count as the force. None for any other title."""
    owners = list(dict.fromkeys(ref for ref in memory.opening_refs if ref.label in ("State", "ArmedForce")))
    states = {ref.name if ref.label == "State" else memory.force_states.get(ref.name) for ref in owners}
    if len(owners) == 1 or len(owners) > 1 and len(states) == 1 and None not in states:
        return next((ref for ref in owners if ref.label == "ArmedForce"), owners[0])
    return None


def _title_state(memory: DocumentMemory) -> tuple[Ref, ...]:
    """The state a document's title is about: the one it names, or the state of the one force it names."""
    owner = _title_owner(memory)
    name = owner.name if owner and owner.label == "State" else owner and memory.force_states.get(owner.name)
    return (Ref(name, "State"),) if name else ()


def _sold_to_title_owner(facts: list[Fact], text: str, slots: list[Slot], memory: DocumentMemory) -> list[Fact]:
    """A country profile or a fleet page, whose title names the one state or force it is about:
    a sale in it with no buyer named went to that owner ("Sixteen Yak-130 trainers were received
    from Russia" under "# Bangladesh"), when the sentence names no other state or force that could
    have bought it. The sales get their buyer; the owner's acquisitions are returned."""
    owner = _title_owner(memory)
    if owner is None or memory.exporters:
        return []
    owner_state = owner.name if owner.label == "State" else memory.force_states.get(owner.name)
    sellers = {fact.source.name for fact in facts if fact.type == "SOLD"}
    # (a state after "from" is a source, of this system or of another: "..., and K-8 trainers followed from China")
    named = {
        ref.name for slot in slots if slot.kind != "demonym" and not FROM_BEFORE.search(text, max(0, slot.start - 12), slot.start)
        for ref in slot.refs if ref.label in ("State", "ArmedForce")
    }
    # "former PLA Navy ships transferred from China": the seller's own force is no rival buyer
    rivals = {name for name in named - sellers if memory.force_states.get(name) not in sellers} - {owner.name, owner_state}
    if rivals:
        return []
    acquired = []
    for fact in facts:
        if fact.type == "SOLD" and "to" not in fact.properties and fact.source.name not in (owner.name, owner_state):
            fact.properties["to"] = owner.name
            props = {key: value for key, value in fact.properties.items() if key != "to"}
            acquired.append(Fact("ACQUIRED", owner, fact.target, dict(props, **{"from": fact.source.name}), fact.anchor))
    return acquired


def _senders(text: str, slots: list[Slot]) -> list[Ref]:
    """States and forces that are the subject of "sent", "contributed" or "dispatched" (ships,
    aircraft, troops): the members of the group a later sentence calls "the flotilla" (not those
    that sent a frigate "to watch" or "to shadow" it)."""
    return [
        ref for slot in slots if slot.kind != "demonym" and SENDER.match(text, slot.end) and not WATCH_PURPOSE.search(text, slot.end)
        for ref in slot.refs if ref.label in ("State", "ArmedForce")
    ]


def _bullet_indent(text: str, start: int) -> int:
    """How far the list entry at ``start`` is indented: the blanks before its bullet."""
    line_start = text.rfind("\n", 0, start) + 1
    line = text[line_start:start]
    return len(line) - len(line.lstrip(" \t"))


def _bulleted(text: str, start: int) -> bool:
    """Whether the sentence at ``start`` opens a list entry ("* Peru - ...", "2. Chad")."""
    # Only the 9 characters before it can tell: a line that starts earlier is too far.
    line_start = text.rfind("\n", max(0, start - 9), start) + 1
    return start - line_start <= 8 and BULLET_MARK.fullmatch(text, line_start, start) is not None


def _opens_line(text: str, start: int) -> bool:
    """Whether the sentence at ``start`` begins its line (only blanks before it)."""
    before = text[max(0, start - 12):start].rstrip(" \t")  # only the blanks of an indent can come between
    return not before and start <= 12 or before.endswith("\n")


def _heading_over(context: ParagraphContext, sentence: Sentence) -> str:
    """The heading over a list entry: the section's, else the document's latest, not the entry
    itself when it is short enough to read as one."""
    return context.section_heading or (context.memory.headings[-1] if context.memory.headings and not sentence.heading else "")


def _entrants_heading(context: ParagraphContext, sentence: Sentence) -> str:
    """The heading a list of entrants stands under: a group label that is itself a list entry
    ("- North Africa", "- Founding members" nested under "Current members") heads no list of its
    own, so the list's heading holds, unless the label marks its entries as no entrants
    ("- Observers", "- Former members")."""
    heading = _heading_over(context, sentence)
    memory = context.memory
    if heading not in memory.group_labels or not ENTRANTS_HEADING.search(f"{heading} members"):
        return heading
    outer = [h for h in memory.headings if h not in memory.group_labels]
    return outer[-1] if outer else heading


def _listed_body(memory: DocumentMemory) -> Ref | None:
    """The organization a document's list of members is of: the one its title names."""
    bodies = {ref for ref in memory.title_refs if ref.label == "Organization" and ref.name not in memory.firms}
    return bodies.pop() if len(bodies) == 1 else None


def _entrants_entry(text: str, slots: list[Slot], context: ParagraphContext, found: list[Fact]) -> list[Fact]:
    """"- 2004: Bulgaria, Estonia, Latvia" or "- Poland (1999)" under an "Enlargement" or
    "Members" heading: the states the entry opens with joined the organization the document is about.
    On a page whose title names the body listed ("Member states of the African Union"), an entry
    naming another body ("- Ghana – joined the OAU in 1963") is of both; one naming none is of the
    page's, not of a body an earlier entry named."""
    listed_body = _listed_body(context.memory)
    if found and (listed_body is None or any(f.type == "MEMBER_OF" and f.target == listed_body for f in found)):
        return []
    named = [ref for s in slots if "Organization" in s.labels and s.kind != "reference" for ref in s.refs if ref.label == "Organization"]
    # (an entry set off as a paragraph of its own, "- Ghana" on a web page, keeps the body named last before the list)
    bodies = [ref for ref in context.memory.organizations if ref.name not in context.memory.firms]
    if listed_body:
        organization = [Slot(0, 0, tuple(dict.fromkeys([listed_body] + ([] if found else named))), "reference")]
    else:
        organization = context.organization() or ([Slot(0, 0, (bodies[-1],), "reference")] if bodies else [])
    states = [s for s in slots if "State" in s.labels and s.kind != "demonym"]
    if not organization or not states or not ENTRY_OPENING.fullmatch(text, 0, states[0].start) or NOT_ENTRANTS.search(text):
        return []
    group = [s for s in slots if s.start >= states[0].start]
    listed = _listed_states(text, group)
    return [Fact("MEMBER_OF", ref, org) for ref in listed for slot in organization for org in slot.refs if org.label == "Organization"]


def _listed_states(text: str, slots: list[Slot]) -> list[Ref]:
    """The states of a list that opens the entry, up to the first word that is not a state, a
    year in brackets or a separator."""
    listed = []
    for index, slot in enumerate(slots):
        if "State" not in slot.labels or slot.kind == "demonym":
            break
        listed += [ref for ref in slot.refs if ref.label == "State"]
        following = text[slot.end:slots[index + 1].start] if index + 1 < len(slots) else ""
        if not ENTRY_SEPARATOR.fullmatch(following):
            break
    return listed


def _vetoes_in_tally(text: str, slots: list[Slot], memory: DocumentMemory) -> list[Fact]:
    """A vote record's "Against (2): China, Russia" under a heading naming the draft's subject
    ("S/2022/431 -- North Korea"): each permanent member voting against vetoed that subject (the
    state the heading names, else its topic); an elected member's no is no veto."""
    named = [ref for ref in memory.heading_refs if ref.label == "State"] or [ref for ref in memory.heading_refs if ref.label == "Topic"]
    vetoers = [
        ref for slot in slots if slot.kind != "reference" and slot.start >= text.find(":")
        for ref in slot.refs if ref.label == "State" and ref.name in memory.permanent_members
    ]
    return [Fact("VETOED", v, t, {"forum": "UN Security Council"}) for v in vetoers for t in named if v.name != t.name]


def _seat_holders(text: str, slots: list[Slot], council: Ref) -> list[Fact]:
    """The states a sentence counting the council's seats lists ("Five are permanent -
    China, France, ..."), unless it speaks of candidates or what may be."""
    if SEAT_DOUBT.search(text):
        return []
    return [Fact("MEMBER_OF", ref, council) for slot in slots if slot.kind != "reference" for ref in slot.refs if ref.label == "State"]


def _founders_by_participle(text: str, slots: list[Slot]) -> list[Fact]:
    """The states that open a sentence whose closing participle founds a body ("Mali, Burkina
    Faso and Niger signed the Charter in 2023, founding the Alliance of Sahel States") are its
    members; nothing where the sentence negates, plans or asks."""
    participle = FOUNDING_PARTICIPLE.search(text)
    body = next((s for s in slots if participle and s.start == participle.end() and "Organization" in s.labels), None)
    if body is None or FOUNDING_DOUBT.search(text, 0, participle.start()) or not slots or not re.fullmatch(r"\s*(?:the\s+)?", text[:slots[0].start], re.IGNORECASE):
        return []
    founders = [slots[0]]
    for slot in slots[1:]:
        if slot.start >= participle.start() or not LIST_FILLER.fullmatch(text, founders[-1].end, slot.start):
            break
        founders.append(slot)
    if any("State" not in s.labels for s in founders):
        return []
    return [Fact("MEMBER_OF", m, o) for s in founders for m in s.refs if m.label == "State" for o in body.refs if o.label == "Organization"]


def _seats_restated(text: str, slots: list[Slot], previous_text: str, council: Ref) -> list[Fact]:
    """The states a sentence names as "these" or "they" right after a sentence that counted
    the council's seats and named nobody ("Ten elected members serve two-year terms. For 2025
    these are Algeria, Denmark, ..."); nothing where either speaks of candidates or what may be,
    or the sentence says more than the names."""
    opener = SEATS_RESTATED.match(text)
    if opener is None or not slots or not SEATS_COUNTED.search(previous_text) or SEAT_DOUBT.search(previous_text) or SEAT_DOUBT.search(text):
        return []
    rest = list(text)
    for slot in slots:
        rest[slot.start:slot.end] = " " * (slot.end - slot.start)
    if LIST_FILLER.fullmatch("".join(rest[opener.end():])) is None:
        return []  # "They are China and Russia, which vetoed the draft": more than the seat holders
    return [Fact("MEMBER_OF", ref, council) for slot in slots if slot.kind != "reference" for ref in slot.refs if ref.label == "State"]


def _seats_in_apposition(text: str, slots: list[Slot], council: Ref) -> list[Fact]:
    """The states set off by dashes after "permanent members" or "elected members" ("Five
    permanent members - China, France, ... - hold the veto") hold those seats of the council the
    document is about; nothing where the sentence speaks of candidates or what may be."""
    if SEAT_DOUBT.search(text):
        return []
    appositions = list(SEAT_APPOSITION.finditer(text))
    closing = SEAT_LIST_CLOSING.search(text) if not appositions else None
    if closing and _names_only_between(text, slots, closing.start("holders"), closing.end("holders")):
        appositions.append(closing)  # the dash's names run to the sentence's end, with nothing said after them
    return [
        Fact("MEMBER_OF", ref, council)
        for apposition in appositions
        for slot in slots if slot.kind != "reference" and apposition.start("holders") <= slot.start and slot.end <= apposition.end("holders")
        for ref in slot.refs if ref.label == "State"
    ]


def _names_only_between(text: str, slots: list[Slot], start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds names and what separates them, nothing else."""
    rest = list(text[start:end])
    for slot in slots:
        if start <= slot.start and slot.end <= end:
            rest[slot.start - start:slot.end - start] = " " * (slot.end - slot.start)
    return LIST_FILLER.fullmatch("".join(rest)) is not None


def _operator_entry(text: str, sentence: Sentence, slots: list[Slot], memory: DocumentMemory, found: list[Fact]) -> list[Fact]:
    """"* Iran - The Iranian Air Force operates a small fleet": an entry of an article's
    "Operators" list is a state operating the system the article is about, unless the entry
    says it never flew it; so is a force of that state the entry names and says nothing else
    of (what the entry says it flies or received, ``found``, stands as said)."""
    first = slots[0] if slots else None
    if first is None or first.start != 0 or first.kind == "reference" or "State" not in first.labels:
        return []
    if not re.match(r"\s*[-–—:]\s", sentence.text[first.end:first.end + 4]) or not memory.systems:
        return []
    line_end = text.find("\n", sentence.start)
    if NOT_OPERATED.search(text, sentence.start, line_end if line_end >= 0 else len(text)):
        return []
    # the system the entry opens with after its count ("* India - 272 Su-30MKI" under a page on the Su-30's family),
    # else the page's most named, the earliest of equals (not "* India - The Indian Air Force flies the upgraded
    # MiG-29UPG" under the MiG-29's page: the page's system, in a version of it)
    counted = ENTRY_COUNT.match(sentence.text, first.end)
    named = [ref for slot in slots if counted and slot.start == counted.end() and slot.kind != "reference" for ref in slot.refs if ref.label == "WeaponSystem"]
    systems = list(dict.fromkeys(named)) or [max(dict.fromkeys(memory.systems), key=memory.systems.count)]
    written = {ref for slot in slots if slot.kind != "reference" for ref in slot.refs}  # (not a fleet "it" or "a small fleet" stands for)
    flown = list(dict.fromkeys(fact.target for fact in found if fact.type == "OPERATES" and fact.target in written))
    if not named and flown and not any(ref.name.startswith(systems[0].name) for ref in flown):
        # "* China – People's Liberation Army Air Force operates 73 Su-30MKK" on a page most about the Su-30MKA:
        # what the entry says is flown, not a sibling version
        systems = flown
    state = next(ref for ref in first.refs if ref.label == "State")
    stated = {ref.name for fact in found for ref in (fact.source, fact.target)}
    forces = [
        ref for slot in slots if slot.kind != "reference"
        for ref in slot.refs if memory.force_states.get(ref.name) == state.name and ref.name not in stated
    ]
    return [Fact("OPERATES", operator, system) for system in systems for operator in [state, *dict.fromkeys(forces)]]


# "Belgrade still turned to the Soviet Union, which supplied ...": the one who turned to the seller bought
TURNING = r"(?:(?:\w+ly|still|then|instead|again|once more)\s+){0,2}turned\s+(?:(?:instead|again|also|then)\s+)?to\s+(?:the\s+)?"
TURNED_TO = re.compile(r"\s+" + TURNING, re.IGNORECASE)
# "Serbia bought nothing more from Moscow; it turned instead to France": the clause's "it" is the sentence's first state
PRONOUN_TURNED_TO = re.compile(r"[;,]\s+(?:and\s+|but\s+)?(?:it|they)\s+" + TURNING, re.IGNORECASE)


def _turned_to(text: str, slots: list[Slot], facts: list[Fact]) -> list[Fact]:
    """The buyer of a sale told in a relative clause on the seller a state "turned to": the
    sale gets its buyer, and the buyer its acquisition."""
    for buyer, seller in zip(slots, slots[1:]):
        if not ("State" in buyer.labels and seller.labels & {"State", "Organization"} and TURNED_TO.fullmatch(text, buyer.end, seller.start)
                and re.match(r",\s*(?:which|who)\b", text[seller.end:seller.end + 12])):
            continue
        bought_by = next(ref for ref in buyer.refs if ref.label == "State")
        sellers = {ref.name for ref in seller.refs}
        acquired = []
        for fact in facts:
            if fact.type == "SOLD" and fact.source.name in sellers and "to" not in fact.properties and fact.source.name != bought_by.name:
                fact.properties["to"] = bought_by.name
                acquired.append(Fact("ACQUIRED", bought_by, fact.target, {"from": fact.source.name}, fact.anchor))
        return acquired
    return []


def _supplied(facts: list[Fact], supplier: Ref) -> list[Fact]:
    """An acquisition with no seller named, in a paragraph about arms bought from ``supplier``,
    was bought from it."""
    for fact in facts:
        if fact.type == "ACQUIRED" and "from" not in fact.properties and fact.source.name != supplier.name:
            fact.properties["from"] = supplier.name
    return facts


def _with_counterparts(facts: list[Fact]) -> list[Fact]:
    """A sale to a named buyer is also that buyer's acquisition, and the other way round."""
    result = list(facts)
    for fact in facts:
        if fact.type == "SOLD" and fact.properties.get("to"):
            buyer = _counterpart_ref(facts, fact.properties["to"], ("State", "ArmedForce"))
            if buyer:
                props = {k: v for k, v in fact.properties.items() if k != "to"}
                result.append(Fact("ACQUIRED", buyer, fact.target, dict(props, **{"from": fact.source.name})))
        elif fact.type == "ACQUIRED" and fact.properties.get("from"):
            seller = _counterpart_ref(facts, fact.properties["from"], ("State", "Organization"))
            if seller:
                props = {k: v for k, v in fact.properties.items() if k != "from"}
                result.append(Fact("SOLD", seller, fact.target, dict(props, to=fact.source.name)))
    return result


def _counterpart_ref(facts: list[Fact], name: str, labels) -> Ref | None:
    for fact in facts:
        for ref in (fact.source, fact.target):
            if ref.name == name and ref.label in labels:
                return ref
    label = "State"
    return Ref(name, label) if label in labels else None


def _evidence_index(relation: Relation) -> dict[tuple[str, int, int], int]:
    """Where each sentence stands in a relation's evidence list."""
    return {(ev.document, ev.start, ev.end): index for index, ev in enumerate(relation.evidence)}


def _absorb(existing: Relation, other: Relation, held: dict | None = None) -> None:
    """Merge ``other`` into ``existing``; ``held`` is ``existing``'s evidence index, when
    the caller keeps one (rebuilding it for each merge is quadratic in a fact stated
    many times)."""
    held = _evidence_index(existing) if held is None else held
    for evidence in other.evidence:
        sentence = (evidence.document, evidence.start, evidence.end)
        index = held.get(sentence)
        if index is None:
            held[sentence] = len(existing.evidence)
            existing.evidence.append(evidence)
        else:  # the same sentence read twice: keep every year either reading gave
            kept = existing.evidence[index]
            existing.evidence[index] = Evidence(kept.document, kept.path, kept.sentence, kept.start, kept.end, tuple(sorted(set(kept.years) | set(evidence.years))))
    for key, value in other.properties.items():
        existing.properties.setdefault(key, value)
    if "year" in other.properties and "year" in existing.properties:
        existing.properties["year"] = min(existing.properties["year"], other.properties["year"])
    existing.confidence = max(existing.confidence, other.confidence)


def _drop_unspecified(relations: list[Relation]) -> list[Relation]:
    """A sale with no named buyer adds nothing when the same document names the buyer."""
    specified = {(r.source_id, r.type, r.target_id) for r in relations if r.properties.get("to") or r.properties.get("from")}
    kept, by_triple = [], {}
    for relation in relations:
        triple = (relation.source_id, relation.type, relation.target_id)
        if relation.type in ("SOLD", "ACQUIRED") and triple in specified and not (relation.properties.get("to") or relation.properties.get("from")):
            by_triple.setdefault(triple, []).append(relation)
            continue
        kept.append(relation)
    for relation in kept:
        for loose in by_triple.pop((relation.source_id, relation.type, relation.target_id), []):
            _absorb(relation, loose)
    return kept


DATE_START = re.compile(r"(?:\d{1,2}(?:\s*[-–]\s*\d{1,2})?\s+[A-Z][a-z]{2,8}|[A-Z][a-z]{2,8}\s+\d{1,2}|(?:1[89]|20)\d\d|\d{1,2}/\d{1,2})\b")
LINE_START = re.compile(r"(?:^|\n|[-*•]\s*)$")


def _log_line(text: str, sentence: Sentence) -> bool:
    """A list item or line that opens with a date: "- 30 Nov 2022: ...", "2019 — ..."."""
    if not DATE_START.match(sentence.text):
        return False
    return bool(LINE_START.search(text[max(0, sentence.start - 3):sentence.start]))


def _veto_list_entry(text: str, slots: list[Slot], title: str, memory: DocumentMemory) -> list[Fact]:
    """An entry of a list of vetoes ("Vetoes cast since 2004" over "- 2011, Syria: Russia and
    China", "- Myanmar, January 2007 -- China and Russia"): the permanent members after the colon
    or dash vetoed the one state or topic before it, in the entry's one year; an entry naming
    anything else after its names, or an elected member there, is no veto."""
    if "veto" not in title.lower() or blocked(text, len(text), len(text), 0):
        return []
    separator = VETO_ENTRY_SEPARATOR.search(text)
    if separator is None:
        return []
    before = [slot for slot in slots if slot.end <= separator.start()]
    after = [slot for slot in slots if slot.start >= separator.end()]
    subjects = [ref for slot in before for ref in slot.refs if ref.label in ("State", "Topic")]
    if len(before) != 1 or len(subjects) != 1 or not after or not _names_only_between(text, after, separator.end(), len(text)):
        return []
    vetoers = [ref for slot in after for ref in slot.refs if ref.label == "State"]
    if not vetoers or any(ref.name not in memory.permanent_members for ref in vetoers):
        return []
    years = _years_in(text)
    properties = {"forum": "UN Security Council"} | ({"year": years[0]} if len(years) == 1 else {})
    return [Fact("VETOED", vetoer, subjects[0], dict(properties)) for vetoer in vetoers if vetoer.name != subjects[0].name]


# "2011, Syria: Russia and China", "Myanmar, January 2007 -- China and Russia": the vetoers after a colon or dash
VETO_ENTRY_SEPARATOR = re.compile(r":\s+|\s+(?:--|[—–])\s+")


def _patrol_log_entry(text: str, slots: list[Slot], memory: DocumentMemory) -> list[Fact]:
    """A dated line under a patrol heading ("- 30 Nov 2022: Sea of Japan, East China Sea")
    records another patrol by the same participants."""
    if not memory.headings or "patrol" not in memory.headings[-1].lower():
        return []
    actors = memory.patrollers or [ref for ref in memory.heading_refs if ref.label in ("State", "ArmedForce")]
    if not actors:
        return []
    if not YEAR.search(text) and not re.search(r"\b\d{1,2}\s+[A-Z][a-z]{2,8}\b|\b[A-Z][a-z]{2,8}\s+\d{1,2}\b", text):
        return []
    if blocked(text, len(text), len(text), 0):
        return []
    # "Bering Sea; intercepted off Alaska": the patrol covers the waters, not the land it came near
    regions = [ref for slot in slots for ref in slot.refs if ref.label == "Region" and PATROLLED_WATERS.search(ref.name)]
    return [Fact("PATROLLED", actor, region) for actor in actors for region in regions]


def _drop_explained_drills(relations: list[Relation]) -> list[Relation]:
    """Drills in a place the document says a named exercise was held, by one of its
    participants, are that exercise, not unnamed drills, unless the text sets them apart
    ("outside the plan of Okean-2024, the Baltic Fleet fired ...")."""
    held = {(r.source, r.target) for r in relations if r.type == "HELD_IN"}
    took_part = {(r.source, r.target) for r in relations if r.type == "PARTICIPATED_IN"}
    explained = {(actor, place) for actor, exercise in took_part for ex, place in held if ex == exercise}
    return [
        r for r in relations
        if not (r.type == "DRILLED_IN" and (r.source, r.target) in explained and not any(APART_DRILLS.search(e.sentence) for e in r.evidence))
    ]


_default: Extractor | None = None


# a heading over a body's members that names no body: "Members:", "### Current members", "Enlargement timeline"
MEMBERSHIP_HEADING = re.compile(r"\b(?:members?|membership|enlargements?|accessions?|founders|founding|entrants|joined)\b", re.IGNORECASE)


def _lead_body(context: ParagraphContext, lead: Ref | None) -> Ref | None:
    """The organization the paragraphs after ``context``'s are about: the one it opened with, else the
    one before it unless the paragraph named another organization."""
    if context.topic is not None:
        return context.topic
    named = context.recent[len(context.section_refs):]
    return None if any(ref.label == "Organization" and ref != lead for ref in named) else lead


def default_extractor() -> Extractor:
    global _default
    if _default is None:
        _default = Extractor()
    return _default


# What may stand between the names of a bare list: separators, "and", "the".
# a heading that is a name and no more: "4. AUKUS (September 2021)", "The Quad", "Gulf Cooperation Council (GCC)"
BARE_TITLE = re.compile(r"\W*(?:\d{1,2}[.)]?\s+)?(?:[Tt]he\s+)?(?P<name>[^()]+?)\s*(?:\([^()]*\))?\s*:?")
LIST_FILLER = re.compile(r"(?:[\s;,.]|\band\b|\bthe\b)*", re.IGNORECASE)


def _seat_line(text: str, slots: list[Slot]) -> bool:
    """Whether ``text`` is a labelled line of a council's seat holders and nothing else:
    "Elected (term ends): Ecuador, Japan (2024); Algeria (2025)", not "Permanent: China said ..."."""
    label = SEAT_LINE.match(text)
    if label is None or not slots:
        return False
    rest = list(text)
    for slot in slots:
        rest[slot.start:slot.end] = " " * (slot.end - slot.start)
    return LIST_FILLER.fullmatch(re.sub(r"\([^()]*\)", " ", "".join(rest[label.end():]))) is not None


def _names_only(text: str, slots: list[Slot]) -> bool:
    """Whether ``text`` is nothing but two or more names and what separates them."""
    if len(slots) < 2:
        return False
    edges = [0] + [edge for slot in slots for edge in (slot.start, slot.end)] + [len(text)]
    return all(LIST_FILLER.fullmatch(text, edges[i], edges[i + 1]) for i in range(0, len(edges), 2))


def _sold_to_another(state: Ref, context: ParagraphContext) -> bool:
    """Whether the paragraph's last sentence telling a relation told ``state`` selling or handing
    over to another state: after it, "its" may be the buyer's as well as the seller's."""
    return any(fact.type in ("SOLD", "TRANSFERRED_TECHNOLOGY_TO") and fact.source == state for fact in context.last_facts)


def extract_text(text: str, path: str = "<text>") -> Extraction:
    """Extract from a string with the default gazetteer and schema."""
    return default_extractor().extract_text(text, path)


def extract_path(path: str | Path) -> Extraction:
    """Read and extract one document file."""
    return default_extractor().extract_path(path)


# Searched by re: behind a look-ahead for the characters their matches start with.
gate_patterns(globals())
