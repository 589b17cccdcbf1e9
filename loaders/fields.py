"""Relations a document states by its layout: the labelled fields of a record.

A database entry, a fact sheet or an infobox rendered as text says "Members: Russia;
Belarus", "Host    Russia" or "Operators: China, India" with no verb. A field's label
gives it a role (``FIELD_ROLES``, one lexicon for every kind of record); the record's
subject (the organization, exercise or system the fields describe) is the latest one a
"Name:" field, a heading or the line that opens the list names. A label that is itself a
name ("Thailand: Royal Thai Army; Royal Thai Navy") takes its role from that opening line
("Contributing forces by nation:").

>>> [(f.label, f.role) for f in record_fields("Name: SCO\\nMembers: China; Russia\\nObservers: Mongolia")]
[('Name', 'name'), ('Members', 'member'), ('Observers', None)]
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from loaders.openings import gate_patterns
from loaders.relations import Fact, Ref
from loaders.tables import HEDGED_ROW
from loaders.text import BULLET, FIELD_LINE, field_lines, paragraphs

# label → role; the first pattern the whole label matches wins, so the qualified labels
# ("Prospective operators", "Observer states") come before the plain ones.
FIELD_ROLES = [
    # "Assoc. member: Turkmenistan" (the label's full stop is dropped before matching)
    (None, r"(?:\w+ )?(?:observers?|observer \w+|(?:dialogue )?partners?|partner \w+|applicants?|candidates?|aspirants?|suspended|guests?|invited|assoc(?:iate)?s?)(?: \w+)?"),
    (None, r"(?:possible|potential|prospective|proposed|planned|future|failed|cancell?ed|bid|bidders?|interested) .*"),
    # ("Body: Shanghai Cooperation Organisation" over "Party: Iran": a treaty database's record of an accession)
    ("name", r"(?:official |full |short )?name|title|organi[sz]ation|body|exercise(?: name)?|system|designation|entity"),
    ("member", r"(?:current |full |founding |original |former |permanent |non-permanent |elected |new )?(?:members?|member (?:states?|countries|nations)|membership|founders|founding states|signatories|states parties|part(?:y|ies))"),
    # "Joined 2011: South Africa", "Admitted (1995): Vietnam": a fact sheet's list of joiners by year
    ("member", r"(?:joined|admitted|acceded|accession|joined in|admitted in)"),
    ("participant", r"(?:full |limited |partial |main |foreign )?(?:participants?|participating(?: \w+)?|participation|taking part|took part|contingents?|(?:contributing |participating )?(?:nations|states|countries|forces|navies|units))(?: by nation| summary| by country)?|"
     r"who(?: (?:took|takes|is taking) part)?"),  # a fact sheet's plain questions: "Who: Russia, China", "Where: Primorsky Krai"
    ("host", r"(?:co-)?hosts?|(?:co-)?host (?:nation|state|country)|(?:co-)?hosted by|organi[sz]ers?|organi[sz]ed by"),
    ("lead", r"lead(?:ing)? (?:state|nation|country|power)|led by|launched by|leader"),
    ("place", r"(?:exercise |training |operating |patrol )?(?:locations?|venues?|areas?|waters|regions?|theat(?:re|er)s?|held in|place|sites?|route|where)"),
    # "Phase one: Bay of Bengal", "Sea phase: Arabian Sea": where one part of the exercise ran
    ("place", r"(?:(?:first|second|third|final|sea|harbou?r|land|air|naval|maritime) )?(?:phase|stage|leg)(?: (?:one|two|three|four|five|\d|i{1,3}|iv|v))?"),
    ("operator", r"(?:current |former |primary |main |other )?(?:operators?|users?)|in service with|used by|operated by"),
    ("maker", r"manufacturers?|producers?|developers?|designers?|builders?|(?:made|built|designed|developed|produced|manufactured) by|(?:country of )?origin"),
    ("seller", r"suppliers?|supplied by|exporters?|sellers?|sold by"),
    ("buyer", r"(?:export )?(?:customers?|recipients?|buyers?|importers?)"),
    ("status", r"status|verification|confidence"),
]
ROLE_PATTERNS = [(role, re.compile(pattern)) for role, pattern in FIELD_ROLES]

# role → (relation, labels of the record's subject, labels of the values, whether the subject is the source)
ROLE_RELATIONS = {
    "member": ("MEMBER_OF", ("Organization",), ("State",), False),
    "participant": ("PARTICIPATED_IN", ("Exercise",), ("State", "ArmedForce"), False),
    "host": ("HOSTED", ("Exercise",), ("State",), False),
    "lead": ("LEADS", ("Organization", "Initiative", "Exercise"), ("State",), False),
    "place": ("HELD_IN", ("Exercise",), ("Region", "State"), True),
    "operator": ("OPERATES", ("WeaponSystem",), ("State", "ArmedForce"), False),
    "maker": ("PRODUCED", ("WeaponSystem",), ("State", "Organization"), False),
    "seller": ("SOLD", ("WeaponSystem",), ("State", "Organization"), False),
    "buyer": ("ACQUIRED", ("WeaponSystem",), ("State", "ArmedForce"), False),
}

# What an entry of a list says of itself: "Georgia (suspended)", "Serbia (reportedly considering)",
# "none; Uzbekistan has not rejoined".
QUALIFIED_ENTRY = re.compile(
    r"\b(?:observers?|partners?|applica\w*|candidates?|aspir\w*|invited|suspended|guests?|reported\w*|unconfirmed|rumou?red|"
    r"alleged\w*|claimed|planned|proposed|expected|consider\w*|may|might|could|would|not|no|none|never|possibl\w*|perhaps|probabl\w*|likely|if)\b|n't\b",
    re.IGNORECASE,
)
# Roles a section heading gives the bulleted list under it ("Member states", "Participating navies").
LISTED_ROLES = ("member", "participant", "host", "place")
# What a list entry says after its name: "- Iran - its air force ...", "- Serbia (observer)"
ENTRY_HEAD_END = re.compile(r"\s[-–—]\s|[:(.,;]")
# A field written as the opening of a sentence: "Elected members in 2022 included Ghana, ...",
# "Participants (the forum's members) include Japan ..."; its value runs to the full stop.
PROSE_FIELD = re.compile(
    r"(?P<indent>[ \t]*)(?P<label>[A-Z][\w'-]*(?:[ \t][\w'-]+){0,2}?(?:[ \t]\([^()\n]{1,40}\))?)(?:[ \t]+in[ \t]+\d{4})?"
    r"(?P<colon>[ \t]+(?:include|includes|included|were|are)[ \t]+)(?=[A-Z]|the\b)"
)
ENTRY_BREAK = re.compile(r"[;,]|\band\b|\n")
VALUE_END = re.compile(r"(?<![A-Z])\.(?=\s+[A-Z\"'(])")


@dataclass(frozen=True)
class Field:
    """One labelled field: its label, where its value runs, and the line opening its list."""

    start: int
    value_start: int
    end: int
    label: str
    paragraph: int
    lead_in: tuple[int, int] | None = None
    listed: bool = False  # a heading over a bulleted list: each entry's value is the name it opens with

    @property
    def role(self) -> str | None:
        """What the label says the values are: ``member``, ``host``, ``name``, ... or None."""
        return label_role(self.label)


@lru_cache(maxsize=4096)  # asked of every short line; labels repeat across a corpus
def label_role(label: str) -> str | None:
    """The role of a field label, or of a line opening a list ("Contributing forces by nation").

    >>> label_role("CURRENT MEMBERS"), label_role("Observers in PA"), label_role("Host nation")
    ('member', None, 'host')
    """
    if SPEAKER_TURN.fullmatch(label.strip().rstrip(":")):
        return None  # "MEMBER (MHP, Osmaniye): Sweden has been ...": a transcript's speaker, not a list of members
    words = " ".join(re.sub(r"\([^)]*\)?|[\d.:]+", " ", label).lower().split())
    return next((role for role, pattern in ROLE_PATTERNS if pattern.fullmatch(words)), None)


# A speaker's label in a transcript: a title in capitals and who they are in brackets
# ("MEMBER (CHP, İzmir)"), not a count or a year ("MEMBERS (9)", "Members (2024)").
SPEAKER_TURN = re.compile(r"[A-Z][A-Z .'-]*\s*\((?=[^)]*[a-z,])[^)]*\)")


def record_fields(text: str) -> list[Field]:
    """Every labelled field of ``text``, its value running on over the lines indented under it,
    and every section heading with a role ("Member states") over a bulleted list."""
    fields = []
    heading = None  # a one-line paragraph that may head the list the next paragraph is
    for paragraph, (start, end) in enumerate(paragraphs(text)):
        lines, position = [], start
        for line in text[start:end].split("\n"):
            lines.append((position, line))
            position += len(line) + 1
        if heading and all(BULLET.match(line) for _, line in lines):
            fields.append(Field(heading[0], start, end, heading[1], paragraph, listed=True))
        label = lines[0][1].strip().rstrip(":") if len(lines) == 1 and len(lines[0][1]) < 60 else ""
        heading = (lines[0][0], label) if label and label_role(label) in LISTED_ROLES else None
        prose = _prose_fields(lines)
        if ":" not in text[start:end] and "  " not in text[start:end] and "|" not in text[start:end] and not prose:
            continue
        opened = (field_lines([line for _, line in lines]) or _single_field(lines)) | prose
        lead_in = None
        index = 0
        while index < len(lines):
            line_start, line = lines[index]
            match = opened.get(index)
            if match is None:
                # "Contributing forces by nation:", or a block's first line over its fields ("CONTINGENT SUMMARY")
                lead_in = (line_start, line_start + len(line)) if line.rstrip().endswith(":") or index == 0 else lead_in
                index += 1
                continue
            label, column = match.group("label"), None if match.group("colon") else match.end()
            last = index + 1
            while last < len(lines) and last not in opened and lines[last][1].strip():
                following = lines[last][1]
                aligned = column and following[column - 1:column].isspace() and not following[column:column + 1].isspace()
                if aligned and following[:column].strip().islower():
                    label += " " + following[:column].strip()  # "Participating" / "states": a label on two lines
                elif not (following[:1].isspace() or aligned or lines[last - 1][1].rstrip().endswith((",", ";")) or match.re is PROSE_FIELD):
                    break  # a value ending in "," or ";" runs on to the next line, indented or not
                last += 1
            value_end = lines[last - 1][0] + len(lines[last - 1][1])
            fields.append(Field(line_start + match.start("label"), line_start + match.end(), value_end, label, paragraph, lead_in))
            index = last
    return fields


def _single_field(lines: list[tuple[int, str]]) -> dict:
    """A block with one "Label: value" line is a record only where the label has a role
    ("Members: ..."); "Joint patrols: a working log" is a title."""
    for index, (_, line) in enumerate(lines):
        match = FIELD_LINE.match(line) if ":" in line or "|" in line else None
        if match and match.group("colon") and label_role(match.group("label")) and not (match.group("pipe") and line.strip().strip("|").count("|") != 1):
            return {index: match}
    return {}


def _prose_fields(lines: list[tuple[int, str]]) -> dict:
    """The lines of a block opening a sentence that lists members or participants, by index."""
    found = {index: PROSE_FIELD.match(line) for index, (_, line) in enumerate(lines)}
    return {index: match for index, match in found.items() if match and label_role(match.group("label")) in ("member", "participant")}


def field_facts(text: str, fields: list[Field], mentions: list, headings: list[tuple[int, int]]) -> list[tuple[int, int, str, list[Fact]]]:
    """``(start, end, relation, facts)`` for each field whose label gives its values a relation
    to the record's subject; ``facts`` is empty where the record or every entry is in doubt.
    The field's own reading stands for what the line says of that relation. ``mentions`` are
    the document's, in order; ``headings`` the spans of its headings."""
    starts = [m.start for m in mentions]

    def inside(start: int, end: int) -> list:
        return mentions[bisect.bisect_left(starts, start):bisect.bisect_left(starts, end)]

    doubted = {f.paragraph for f in fields if f.role == "status" and (HEDGED_ROW.search(text, f.value_start, f.end) or NOT_IN_FORCE.search(text, f.value_start, f.end))}
    # a name field names its record first: "PEACE MISSION-2021 (SCO joint counter-terrorism exercise)" is the exercise's record
    named = [found[0] for f in fields if f.role == "name" and (found := inside(f.value_start, f.end))]
    # a record whose own fields name an organization ("TITLE: Admission of Timor-Leste to ASEAN", "BODY: ASEAN")
    # is that organization's, wherever the name stands in it: never an earlier record's subject
    record_bodies: dict[int, Ref] = {}
    for f in fields:
        body = next((m for m in inside(f.value_start, f.end) if m.label == "Organization"), None) if f.role == "name" else None
        if body is not None and (f.paragraph not in record_bodies or BODY_LABEL.fullmatch(f.label.strip())):
            record_bodies[f.paragraph] = Ref(body.name, body.label, body.confidence)
    titled = [m for start, end in headings for m in inside(start, end)]
    found = []
    for field in fields:
        role, lead_in = field.role, None
        if role is None and field.lead_in and _names_itself(field, inside(field.start, field.value_start)):
            lead_in = inside(*field.lead_in)
            role = label_role(_role_words(text[field.lead_in[0]:field.lead_in[1]]))
        elif role is None and field.lead_in and NOW_LABEL.fullmatch(field.label.strip(" :")):
            # "OPERATORS AT A GLANCE" over "Current: France, India": the block's role, as of now
            role = _lead_in_role(text[field.lead_in[0]:field.lead_in[1]])
        if role not in ROLE_RELATIONS:
            continue
        kind, subject_labels, value_labels, subject_first = ROLE_RELATIONS[role]
        # a reference book's entry opens with its headword: "Commonwealth of Independent States
        # (CIS; Russ. ...)" over "Members (9): Armenia (1991), ..." is the record of the CIS
        opening = lead_in or (inside(*field.lead_in) if field.lead_in else [])
        subject = _subject(field, subject_labels, named + titled + opening, text)
        if role == "member" and field.paragraph in record_bodies and not field.listed:
            subject = record_bodies[field.paragraph]
        elif role == "member" and any(f.role == "name" and f.paragraph == field.paragraph for f in fields) and not field.listed:
            subject = None  # "TITLE: Collective Security Treaty - status note": a record naming no body the gazetteer knows
        if role == "participant":  # the participants of a forum ("ASEAN Regional Forum") are its members
            subject = _subject(field, ("Exercise", "Organization"), named + titled + opening)
            if subject is not None and subject.label == "Organization":
                kind, value_labels = "MEMBER_OF", ("State",)
        if subject is None and (field.listed and role == "member" or role in ("operator", "buyer")) and not FIELD_DOUBT.search(field.label):
            # "Member States" over "- Benin", "- Ghana" on a page whose prose named the body just before; "Operators:
            # Egypt, Algeria" after a paragraph on the T-90
            subject = _subject(field, subject_labels, inside(max(0, field.start - PROSE_REACH), field.start))
        end = field.end if field.listed else _value_end(text, field)
        if subject is None and role == "member" and SEAT_LABEL.match(field.label):
            continue  # "Permanent members: China, ..." under "Composition": a council's seats, which the sentence reader knows
        if subject is None or field.paragraph in doubted:
            found.append((field.start, end, kind, []))
            continue
        facts = []
        for mention in _entry_names(text, field, inside) if field.listed else inside(field.value_start, end):
            if mention.label not in value_labels or mention.kind == "demonym" or _qualified(text, mention, field.value_start, end):
                continue
            value = Ref(mention.name, mention.label, mention.confidence)
            relation = "HOSTED" if kind == "LEADS" and subject.label == "Exercise" else kind
            facts.append(Fact(relation, subject, value) if subject_first else Fact(relation, value, subject))
        found.append((field.start, end, kind, facts))
    return _linked_transfers(found, fields)


def _linked_transfers(found: list, fields: list[Field]) -> list:
    """"Supplier: Russia" and "Recipient: China" of one record are one sale: each side names
    the other (``to``, ``from``)."""
    paragraph_of = {field.start: field.paragraph for field in fields}
    sides: dict[tuple, dict[str, list[Fact]]] = {}
    for start, _, _, facts in found:
        for fact in facts:
            if fact.type in ("SOLD", "ACQUIRED"):
                sides.setdefault((paragraph_of[start], fact.target), {}).setdefault(fact.type, []).append(fact)
    linked = []
    for start, end, kind, facts in found:
        more = []
        for fact in facts:
            other = sides.get((paragraph_of[start], fact.target), {}).get("ACQUIRED" if fact.type == "SOLD" else "SOLD", []) if fact.type in ("SOLD", "ACQUIRED") else []
            key = "to" if fact.type == "SOLD" else "from"
            more += [Fact(fact.type, fact.source, fact.target, {key: party.source.name}) for party in other] or [fact]
        linked.append((start, end, kind, more))
    return linked


def _entry_names(text: str, field: Field, inside) -> list:
    """The names the entries of a bulleted list open with ("- Iran - its air force ..." → Iran)."""
    names, position = [], field.value_start
    for line in text[field.value_start:field.end].split("\n"):
        bullet = BULLET.match(line)
        head = line[bullet.end() if bullet else 0:]
        stop = ENTRY_HEAD_END.search(head)
        start = position + (bullet.end() if bullet else 0)
        names += inside(start, start + (stop.start() if stop else len(head)))
        position += len(line) + 1
    return names


def _names_itself(field: Field, label_mentions: list) -> bool:
    """Whether the label is a name ("Thailand", "Republic of Korea"), not a word of a role."""
    return len(label_mentions) == 1 and label_mentions[0].start == field.start and label_mentions[0].end - field.start >= len(field.label.rstrip(" :"))


# How far before a heading over a list of members the prose may have named the body they belong to
PROSE_REACH = 600


# a label that only dates the block's list: "Current", "Today", "In service now"
NOW_LABEL = re.compile(r"(?:current(?:ly)?|today|now|active|in service(?: now| today)?)", re.IGNORECASE)
# the role a block's opening line names among other words: "OPERATORS AT A GLANCE (2025)"
LEAD_IN_ROLE = re.compile(r"\b(?:operators?|users?|members?|participants?)\b", re.IGNORECASE)


def _lead_in_role(lead_in: str) -> str | None:
    """The role a block's opening line names, where it names one plainly and no doubt."""
    if QUALIFIED_ENTRY.search(lead_in) or FIELD_DOUBT.search(lead_in):
        return None
    found = LEAD_IN_ROLE.search(lead_in)
    return label_role(found.group(0)) if found else None


# "Possible operators at a glance", "Former members": a block whose list is not of today's
# A label of a council's seat holders ("Permanent members", "Elected members"): with no record
# subject, the composition of the council the document is about, read as a sentence (extract._seat_line)
SEAT_LABEL = re.compile(r"\s*(?:permanent|non-permanent|elected|rotating)\s+members?\b", re.IGNORECASE)
BODY_LABEL = re.compile(r"body|organi[sz]ation", re.IGNORECASE)
# a record's status that binds no party yet, or no more: "Status: NO INSTRUMENT", "PENDING", "TERMINATED"
NOT_IN_FORCE = re.compile(r"\b(?:no instrument|pending|not (?:yet )?in force|not ratified|signed only|terminated|withdrawn|denounced|lapsed|expired)\b", re.IGNORECASE)
FIELD_DOUBT = re.compile(r"\b(?:possible|potential|prospective|proposed|planned|future|former|past|failed|cancell?ed)\b", re.IGNORECASE)


def _role_words(lead_in: str) -> str:
    """The words of a line opening a list that say what it lists: "Talisman Sabre 2023 -
    contributing forces by nation:" → "contributing forces by nation"."""
    return re.split(r"\s(?:[-–—]|--)\s|:\s", lead_in.rstrip(" :"))[-1]


def _subject(field: Field, labels: tuple[str, ...], candidates: list, text: str = ""):
    """The latest entity of ``labels`` named before ``field`` in a name field, a heading or
    the line opening its list; of a headword with another name in brackets after it ("Kilo
    class (Project 877 Paltus)"), the headword."""
    before = sorted((m for m in candidates if m.label in labels and m.start < field.start), key=lambda m: m.start)
    if not before:
        return None
    latest = before[-1]
    headword = [m for m in before if m.end <= latest.start][-1:]  # (a mention may come twice: a heading's and a name field's)
    if text and headword and re.fullmatch(r"\s*\(\s*", text[headword[0].end:latest.start]):
        latest = headword[0]
    return Ref(latest.name, latest.label, latest.confidence)


def _value_end(text: str, field: Field) -> int:
    """A value runs to its first full stop: "Russia. Analysts describe ..." lists Russia alone."""
    stop = VALUE_END.search(text, field.value_start, field.end)
    return stop.start() if stop else field.end


def _qualified(text: str, mention, start: int, end: int) -> bool:
    """Whether the entry of the list holding ``mention`` says it is not a plain one."""
    before = [m.end() for m in ENTRY_BREAK.finditer(text, start, mention.start)]
    after = ENTRY_BREAK.search(text, mention.end, end)
    entry_start = before[-1] if before else start
    entry_end = after.start() if after else end
    return bool(QUALIFIED_ENTRY.search(text[entry_start:mention.start] + " " + text[mention.end:entry_end]))


# Searched by re: behind a look-ahead for the characters their matches start with.
gate_patterns(globals())
