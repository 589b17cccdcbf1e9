"""Facts from table rows: a header row names the columns, later rows fill them.

Header cells are matched to roles by keyword (``Supplier``, ``Recipient``, ``System``,
``Maker``, ``Exercise``/``Iteration``, ``Host``, ``Waters``/``Area``, ``Participants``, ``Member``,
``Vetoed by``, ``Subject`` ...). A row then yields the relations its filled roles
support: a transfer (seller, buyer, system), an exercise (host, place, participants),
a membership, a veto. What a row leaves unsaid (the system of an "S-400 customers"
table, the organization of a "Member | Joined" table) comes from the headings above.

>>> columns = header_roles(["Supplier", "Recipient", "System", "Year"])
>>> sorted(columns.items())
[('buyer', 1), ('seller', 0), ('system', 2), ('year', 3)]
"""
from __future__ import annotations

import re

from loaders.openings import gate_patterns
from loaders.relations import BESIDE_BEFORE, CO_FOUNDERS_NOTE, YEAR, Fact, ParagraphContext, Ref, Slot, drafted

COLUMN_ROLES = [
    # "| Exercise | Expected dates | Expected participants |": a table of what is still to come
    ("future", r"expected|planned|scheduled|provisional|tentative|forthcoming|upcoming"),
    # "| Nation | Contribution | Phase |": what each nation put into an exercise (never a membership)
    # ("| Nation | Approx. personnel at Shoalwater | Notes |": the troops each nation put in)
    ("contribution", r"contributions?\b|contributed\b|committed\b|personnel\b"),
    # an events dataset: "| actor | target | type |", each row one event of the kind its type cell names
    ("actor", r"actor|initiator|acting (?:state|party)|source state"),
    # "| Type | Maker | Service history |": a catalogue's prose on each airframe's career, whose subject is the row's system
    ("history", r"(?:service |operational )?history|provenance|career"),
    ("event", r"event|type of (?:event|action)|action type|category"),
    # "| Class | Type | Entered service |": a fleet list's date of entry says the class serves
    ("in_service", r"in service|in inventory|inventory|fleet size|entered service|service entry|commissioned"),
    ("seller", r"supplier|seller|exporter|exporting|vendor|supplied by|from|origin"),
    ("maker", r"maker|manufacturer|producer|builder|developer|designer|built by|made by"),
    # "| Navy | Boats in service | Types |": a column of the services whose fleets the rows give
    ("buyer", r"recipient|buyer|importer|importing|customer|client|purchaser|acquired by|operator|(?:navy|navies|air force|air forces|army|armies)\W*$"),
    # "| Track | Type / number | Nationality | Route |": whose aircraft or ships a sighting table lists
    ("nationality", r"nationality|flag state|\bflag\b"),
    # "| Class | Type | Units |": a fleet list's ship class is the system, its type only the kind of ship
    ("system", r"system|designation|weapon|equipment|item|platform|model|aircraft|class\b|type|assets?\b"),
    ("order_year", r"order|contract|signed|deal"),
    ("delivery_year", r"deliver|received|arriv"),
    ("exercise", r"exercise|iteration|edition|drill"),
    ("host", r"host|organi[sz]er|lead nation|led by"),
    # "| Body | Since | Note |" on a state's page: the organizations the state belongs to, one a row
    ("body", r"body|bodies|organi[sz]ations?\b|grouping|institution"),
    # "| Member | Seat | Vote |": a council's permanent or elected seat ("Seat" is no sea)
    ("seat", r"seats?\b"),
    ("place", r"waters|area|location|region|venue|where|route|theat(?:re|er)|held|seas?\b"),
    # ("| Dates | Event | Location | Training audience |": the units an exercise's serial trains)
    ("participants", r"participants|participating|took part|contingents|navies|forces|countries|training audience"),
    ("patrol", r"patrols?\b"),  # "| Patrol | Participants | Area |": each row a patrol
    # "| Rank | Team | Gold | Silver | Bronze |": a military games' medal table, each row a team that competed
    ("medals", r"gold|silver|bronze|medals?\b"),
    ("team", r"teams?\b|competitors?\b"),
    # "| Negative vote(s) of permanent members |", "| Blocked by |": the vetoers' column named by what a veto is
    # (not "| Others voting no |" nor "| No votes (elected) |": an elected member's no blocks nothing)
    ("vetoer", r"veto|blocked by|(?:negative|no) votes?(?:\(s\))? (?:of|by|from|cast by) (?:the )?permanent|permanent members? (?:voting|votes?) (?:no|against)"),
    ("sanctioner", r"imposed by|sanctioning|issued by|imposer"),
    ("target", r"target|sanctioned entity|designated|listed entity"),
    ("subject", r"subject|topic|resolutions?|draft|issue|concerning"),
    ("status", r"status|standing|membership|role"),
    # "| Pair | Instrument | Year | Status |": an alignment table, each row two states and what binds them
    ("pair", r"pairs?\b|dyads?\b"),
    # "| Partner | Instrument | Year | Status |" on a state's own page: the other side of each tie
    ("partner", r"partners?\W*$|partner (?:state|country)\W*$|counterpart"),
    ("member", r"member|state|country|nations?\b"),
    # ("| Body | Since |" a member's date; not "| State | Observer since |", a lower tier's)
    ("year", r"year|joined|date|when|accession|admitted|(?<!observer )(?<!partner )(?<!associate )since"),
    # a sanctions list: "| No | Name | Identifying information | Reasons | Date of listing |"
    ("reasons", r"reasons?|grounds for (?:listing|designation)|statement of reasons"),
    ("listed", r"names?\b"),
    ("instrument", r"instruments?\b|treat(?:y|ies)\b|pacts?\b|agreements?\b"),
]
# Compiled once: each cell of each table row is tested against every role.
COLUMN_PATTERNS = [(role, re.compile(rf"\b(?:{words})", re.IGNORECASE)) for role, words in COLUMN_ROLES]


HEDGED_ROW = re.compile(
    r"\b(?:rumou?red|unconfirmed|unverified|claimed|alleged|reported|planned|proposed|expected|under negotiation|"
    r"negotiating|talks|cancel+ed|denied|not confirmed|no contract|not an? (?:customer|buyer|operator)|"
    # a deal that stopped short: "construction halted over engine dispute; not delivered"
    r"(?:not|never|not yet) delivered|undelivered|halted|shelved|abandoned|scrapped|on hold|fell through|collapsed|"
    # a buyer taken off the programme before anything came: "Removed from programme in 2019", "expelled"
    r"removed from (?:the )?(?:programme|program|deal|contract)|expelled from (?:the )?(?:programme|program)|suspended from (?:the )?(?:programme|program)|"
    # a dataset's row kept for the record but not counted: "disputed", "excluded", "coded 0"
    r"disputed|contested|excluded|coded (?:as )?0|"
    # a schedule's row struck off: "Command-post exercise POSTPONED", "deferred to 2026"
    r"postponed|deferred)\b",
    re.IGNORECASE,
)

# A row whose deal is only a step towards a contract: "memorandum of understanding | price not agreed",
# "framework agreement | not a firm order", "letter of intent" (an order or a contract counts; these do not)
PRELIMINARY_DEAL_ROW = re.compile(
    r"\b(?:memorand(?:um|a) of understanding|MoUs?|letters? of intent|LoIs?|heads of agreement|term sheet|not (?:yet )?(?:a )?firm (?:order|contract)|"
    r"price not (?:yet )?agreed|(?:contract|deal|order) not (?:yet )?(?:signed|concluded|finali[sz]ed))\b",
    re.IGNORECASE,
)

# A whole status cell that says the row's event is yet to come: "Under discussion", "TBC"
# ("Announced" is not one: a sanction announced is imposed)
FUTURE_STATUS = re.compile(r"\W*(?:under (?:discussion|consideration|review)|to be (?:confirmed|decided|announced)|TBC|TBD|"
                           # "Announced, not held", "Planned", "Postponed": the row's event did not take place
                           r"(?:(?:announced|planned|proposed|scheduled)\W*(?:but\s+)?)?not (?:yet )?(?:held|flown|sailed|conducted|carried out)|"
                           r"planned|postponed|cancel+ed|called off)\W*$", re.IGNORECASE)


# A status cell that says the row's edition was not held (yet): "Postponed", "Cancelled", "Called off"
NOT_HELD_STATUS = re.compile(r"\W*(?:postponed|cancell?ed|called off|deferred|suspended|not held|did not take place|scrapped)\b", re.IGNORECASE)


# A cell that is nothing but a verdict on the row's claim, as a rumour tracker or a fact-check
# table gives it ("| Unconfirmed |", "| Denied |", "| False |"): the row only reports the claim.
VERDICT_CELL = re.compile(
    r"\W*(?:unconfirmed|unverified|not (?:yet )?(?:confirmed|verified)|denied|disputed|contested|false|mostly false|untrue|unproven|"
    r"unsubstantiated|misleading|rumou?r(?:ed)?|alleged|claimed|speculative|fake|debunked|retracted|withdrawn|open|pending)\W*",
    re.IGNORECASE,
)


# A column that weighs what might happen ("| Scenario | What would happen | Likelihood |", "| Outcome |
# Probability |"): the table lays out possibilities, and none of its rows says anything happened.
HYPOTHETICAL_COLUMN = re.compile(
    r"\W*(?:[\w.]+\s+)?(?:scenarios?|likelihood|probability|odds|hypothe\w*|what (?:would|could|might) happen|if\b.*)\b.*",
    re.IGNORECASE,
)


def hypothetical_header(cells: list[tuple[int, int, str]], slots: list[Slot]) -> bool:
    """A header row, naming no entity, one of whose columns weighs scenarios or their likelihood.

    >>> hypothetical_header([(0, 10, " Scenario "), (11, 30, " Likelihood (12 months) ")], [])
    True
    >>> hypothetical_header([(0, 10, " Supplier "), (11, 30, " Recipient ")], [])
    False
    """
    return not slots and len(cells) > 1 and any(HYPOTHETICAL_COLUMN.fullmatch(text) for _, _, text in cells)


def verdict_row(cells: list[tuple[int, int, str]]) -> bool:
    """Whether a table row carries a cell that only gives a doubting verdict on its claim."""
    return len(cells) > 1 and any(VERDICT_CELL.fullmatch(text) for _, _, text in cells)


# "90,000 personnel claimed by Moscow": a figure hedged, not the row's facts
FIGURE_HEDGED = re.compile(r"\d[\d,.]*\s+(?:[a-z]+\s+){0,2}(?:claimed|reported|alleged|rumou?red)\b", re.IGNORECASE)
# A note on a loss, hedged or not, up to the end of its cell: "one lost 2022? unconfirmed", "two
# crashed (reported)". The doubt is about the loss, not about the delivery the row records.
LOSS_NOTE = re.compile(r"\b(?:one|two|three|four|five|\d+|an?)\s+(?:[a-z]+\s+)?(?:lost|crashed|written off|shot down|destroyed)\b[^|;]*", re.IGNORECASE)

# A status cell that says the buyer fields the system: "Delivered; used in Libya", "in service".
IN_SERVICE = re.compile(r"\b(?:in service|operational|used (?:in|against|by|over)|operates|operated|flown|deployed)\b", re.IGNORECASE)
# An in-service cell whose year is that of an order or a date still to come: "ordered 2024", "due 2027".
# "EMB-145 AEW&C", "C-295 MPA": an unlisted designation and the role written after it in the cell;
# the designation alone names the system, as it would in prose
ROLE_AFTER_DESIGNATION = re.compile(r"(?P<designation>[A-Z][A-Za-z]{0,5}-?\d{1,4}[A-Z]{0,3})(?:\s+(?:AEW(?:&C)?|AEW&CS|AWACS|ISR|MPA|MRTT|SIGINT|ELINT|ASW|SAR|VIP|UAV|UCAV))+")
# "upgraded locally", "domestic", "local assembly": a supplier cell that names no seller says the row
# is no purchase from abroad
NO_SUPPLIER_CELL = re.compile(r"\b(?:local(?:ly)?|domestic(?:ally)?|indigenous(?:ly)?|in-house|upgraded|converted|rebuilt|home-built)\b", re.IGNORECASE)
NOT_YET_IN_SERVICE = re.compile(r"\b(?:on order|ordered|due|expected|planned|pending|awaited)\b", re.IGNORECASE)
# A section heading that says its table lists what is fielded now: "In service", "Current fleet",
# "Active inventory" (not "Retired", "Formerly in service", "On order", "No longer in service").
IN_SERVICE_HEADING = re.compile(
    r"^\W*(?:(?:aircraft|ships|vessels|types|equipment|systems)\s+)?(?:in service|in-service|currently in service|"
    r"(?:current|active|operational)\s+(?:fleet|inventory|aircraft|types|equipment|order of battle))\b(?!.*\b(?:retired|former|withdrawn|stored|on order|planned)\b)",
    re.IGNORECASE,
)


SYSTEM_KIND_HEADER = re.compile(r"(?:fighters?|jets?|helicopters?|tanks?|submarines?|frigates?|drones?|missiles?)(?:\s+(?:type|model))?", re.IGNORECASE)
SUBJECT_HEADER = re.compile(r"\b(?:subject|topic|issue|concerning)\b", re.IGNORECASE)


def header_roles(cells: list[str]) -> dict[str, int]:
    """Map roles to column positions; each column takes the first role its header names."""
    roles: dict[str, int] = {}
    for position, cell in enumerate(cells):
        for role, pattern in COLUMN_PATTERNS:
            if role not in roles and pattern.search(cell):
                roles[role] = position
                break
    if "place" in roles and "patrol" not in roles and re.search(r"\bpatrol", cells[roles["place"]], re.IGNORECASE):
        roles["patrol"] = roles["place"]  # "| Member | Asset | Patrol area |": the area each row's member patrolled
    if "system" not in roles and "seller" in roles:
        # "| Country | Fighter | Supplier |": a cell that is only the kind of system is the system column
        roles["system"] = next((position for position, cell in enumerate(cells) if SYSTEM_KIND_HEADER.fullmatch(cell.strip())), None)
        if roles["system"] is None:
            del roles["system"]
    # "| Draft | Subject | Vetoed by |": the draft's symbol is no subject when a column says what it was about
    named_subject = next((position for position, cell in enumerate(cells) if SUBJECT_HEADER.search(cell)), None)
    if named_subject is not None:
        roles["subject"] = named_subject
    return roles


# A chronology's columns ("| Date | Event |", "| Year | Events |"): a date and the prose of what
# happened. No column names a party, so each row is read as the sentence it is, not as a record.
CHRONOLOGY_ROLES = {"year", "event"}


def is_header(cells: list[tuple[int, int, str]], slots: list[Slot], first: bool = False) -> bool:
    """A row of column names: at least two known roles, not only a chronology's, and no entity
    unless it is the first row of its table ("| Member | Seat | 8 Dec (UAE draft) |" over the rows it names)."""
    roles = header_roles([cell for _, _, cell in cells])
    return (first or not slots) and len(roles) >= 2 and not set(roles) <= CHRONOLOGY_ROLES


def matrix_columns(cells: list[tuple[int, int, str]], slots: list[Slot]) -> dict[int, Ref]:
    """A membership matrix names organizations across its header ("| State | SCO | BRICS |"):
    column position → organization, when at least two columns are organizations."""
    columns = {}
    for position, (start, end, _) in enumerate(cells):
        refs = [ref for s in slots if start <= s.start and s.end <= end for ref in s.refs if ref.label == "Organization"]
        if len(refs) == 1:
            columns[position] = refs[0]
    if 0 in columns:  # the rows' states stand in the first column: a header that opens with a body lost its empty corner cell
        columns = {position + 1: org for position, org in columns.items()}
    return columns if len(columns) >= 2 else {}


# A cell that says "member": "M", "M 2001", "Member", "full member", "yes", a tick, a year; also a
# comparison page's "Founding (2001)", "Joined 2017" and a council's "Permanent member",
# "Elected member (2023-24)".
MEMBER_CELL = re.compile(
    r"^\s*(?:\*{0,2})(?:M\b|member\b|(?:full|founding|original|charter|permanent|non-permanent|elected)\s+member\b|founding\b|founder|joined\b|yes\b|✓|✔|x\b"
    # the entry itself: "Admitted in 1990", "Acceded 2008", or its year alone ("| Kenya | 1995 | — |")
    r"|admitted\b|acceded\b|(?:19|20)\d\d\s*$"
    r"|participating\s+state\b)",  # the OSCE's word for its members
    re.IGNORECASE,
)
SEAT_CELL = re.compile(r"\W*(?:permanent|non-permanent|elected|rotating)\b", re.IGNORECASE)
SECURITY_COUNCIL = "United Nations Security Council"
NOT_MEMBER_CELL = re.compile(r"observer|partner|applica|appl\.|aspirant|candidate|invited|suspended|former|left|withdr|guest|DP\b|Obs\b|PC\b", re.IGNORECASE)


def matrix_facts(cells: list[tuple[int, int, str]], slots: list[Slot], columns: dict[int, Ref]) -> list[Fact]:
    """One matrix row: the state in its first cell is a member of each organization whose cell says so."""
    if not cells:
        return []
    first_start, first_end, _ = cells[0]
    states = [ref for s in slots if first_start <= s.start and s.end <= first_end for ref in s.refs if ref.label == "State"]
    facts = []
    for position, org in columns.items():
        if position < len(cells) and MEMBER_CELL.match(cells[position][2]) and not NOT_MEMBER_CELL.search(cells[position][2]):
            year = _year(cells[position][2])
            facts += [Fact("MEMBER_OF", state, org, {"year": year} if year else {}) for state in states]
    return facts


def _state_of_the_title(context: ParagraphContext) -> list[Ref]:
    """The one state a document's title names ("# Syria in the Security Council: the vetoed drafts"):
    a vote table of such a document lists drafts on that state, each row giving an aspect of it
    ("Chemical weapons", "Cross-border aid") rather than another subject."""
    states = [ref for ref in context.memory.opening_refs if ref.label == "State"]
    return states if len(states) == 1 else []


# the heading over a state's table of bodies it belongs to: "Full memberships", "Memberships at a glance"
MEMBERSHIPS_HEADING = re.compile(r"\bmemberships?\b|\bmember of\b|\bbelongs? to\b", re.IGNORECASE)
# a heading or lead-in that denies or hedges what the table under it lists ("It is not a member of the following:", "may join")
NEGATED_LEAD_IN = re.compile(r"\b(?:not|never|no longer|neither|nor|may|might|could|would|will|hopes?|seeks?|plans?|intends?)\b|n't\b", re.IGNORECASE)
NOT_MEMBERS_HEADING = re.compile(r"\bnot\b|\bnon-?members?|observer|partner|applica|candidate|former|past|left|withdr|suspend|aspir", re.IGNORECASE)


def _bodies_of_the_page_state(refs, cells, slots: list[Slot], roles: dict[str, int], context: ParagraphContext) -> list[Fact]:
    """A row of "| Body | Since | Note |" under a heading "Full memberships" in a document whose
    title names one state ("KAZAKHSTAN — COUNTRY BRIEFING BOOK"): the state belongs to the body,
    and so do the states a note names as its fellow founders ("Founding member with Russia and
    Belarus"). Under "Observer status" or "Where it is not a member", and for a row whose other
    cells say "observer" or "suspended", nothing."""
    heading = context.section_heading
    lead_in = context.memory.lead_in  # "The Republic is a member of the following organisations:" over the table
    if MEMBERSHIPS_HEADING.search(lead_in):
        heading = lead_in
    if not MEMBERSHIPS_HEADING.search(heading) or NOT_MEMBERS_HEADING.search(heading) or NEGATED_LEAD_IN.search(heading):
        return []
    if any(NOT_MEMBER_CELL.search(text) for position, (_, _, text) in enumerate(cells) if position != roles["body"]):
        return []
    status = cells[roles["status"]][2] if roles.get("status", len(cells)) < len(cells) else None
    if status is not None and not (MEMBER_CELL.match(status) or "member" in status.lower()):
        return []  # "| BRICS | — | see below |": a status column that gives the row no membership
    members = list(_state_of_the_title(context))
    for position, (start, end, text) in enumerate(cells):
        note = CO_FOUNDERS_NOTE.search(text) if position != roles["body"] and members else None
        if note:
            members += [ref for slot in slots if start + note.end() <= slot.start and slot.end <= end for ref in slot.refs if ref.label == "State"]
    return [Fact("MEMBER_OF", state, org) for state in dict.fromkeys(members) for org in refs("body", ("Organization",))]


# a cell that states nothing: "—", "n/a", a register's "Nil" (asked of every cell of every row)
NOTHING_STATED = re.compile(r"[—–-]*|n/?a|nil|none", re.IGNORECASE)


def row_facts(row: str, cells: list[tuple[int, int, str]], slots: list[Slot], roles: dict[str, int], context: ParagraphContext) -> list[Fact]:
    """Every relation one data row (the text ``row``) supports."""
    def refs(role: str, labels) -> list[Ref]:
        if role not in roles or roles[role] >= len(cells):
            return []
        start, end, _ = cells[roles[role]]
        inside = [s for s in slots if start <= s.start and s.end <= end and not drafted(row, [s])]
        if role == "place":  # "near the Kuril Islands": beside the place, not in it
            inside = [s for s in inside if not BESIDE_BEFORE.search(row, max(start, s.start - 40), s.start)]
        if role == "subject":  # "DPRK panel of experts": the state only says whose panel the topic is
            inside = [s for s in inside if not ("State" in s.labels and any(
                "Topic" in t.labels and t.start > s.end and not row[s.end:t.start].strip() for t in inside))]
        return [ref for s in inside for ref in s.refs if ref.label in labels]

    def cell(role: str) -> str:
        text = cells[roles[role]][2] if role in roles and roles[role] < len(cells) else ""
        return "" if NOTHING_STATED.fullmatch(text.strip()) else text  # "—": nothing stated

    if "future" in roles or HEDGED_ROW.search(LOSS_NOTE.sub("", FIGURE_HEDGED.sub("", row))) or FUTURE_STATUS.match(cell("status")) or verdict_row(cells) or NOT_HELD_STATUS.match(cell("status")):
        return []  # "rumoured, no contract confirmed", "claimed by officials, unconfirmed", a table of expected editions
    if PRELIMINARY_DEAL_ROW.search(row):
        return []  # "Indonesian Army | Hanwha Aerospace | K9 howitzers | memorandum of understanding": no order yet
    if "medals" in roles:
        return _medal_row(refs, context)
    facts: list[Fact] = _sighted(refs, roles)
    supply = _supply_cell(row, cells, slots, roles) if "seller" in roles and roles["seller"] < len(cells) else None
    facts += _transfers(refs, cell, roles, context, supply)
    facts += _operators_of_the_page_system(row, slots, refs, roles, context)
    exercises = refs("exercise", ("Exercise",)) or _exercise_of_the_text(roles, context)
    if exercises:
        for exercise in exercises:
            facts += [Fact("HOSTED", host, exercise) for host in refs("host", ("State",))]
            facts += [Fact("HELD_IN", exercise, place) for place in refs("place", ("Region", "State"))]
            facts += [Fact("PARTICIPATED_IN", actor, exercise) for actor in refs("participants", ("State", "ArmedForce"))]
    elif "place" in roles and ("patrol" in roles or re.search(r"patrol", " ".join(context.headings), re.IGNORECASE)):
        # "| Participants | Waters |": each row names its own navies; otherwise the text's patrollers,
        # but not for a tally ("| Area | Surface patrols | ... |" with counts): patrols counted by area are the reporter's own
        tally = "patrol" in roles and COUNT_CELL.fullmatch(cell("patrol"))
        own = refs("participants", ("State", "ArmedForce")) or refs("member", ("State", "ArmedForce"))  # the row's own patrollers
        actors = own or ([] if tally else context.patrollers or list(context.last(("State",), 2)))
        facts += [Fact("PATROLLED", actor, place) for actor in actors for place in refs("place", ("Region",))]
        # "| Fiji | Guardian-class patrol boat | South Pacific |": the craft a row's own patroller sailed
        facts += [Fact("OPERATES", actor, system) for actor in own if refs("place", ("Region",)) for system in refs("system", ("WeaponSystem",))]
    vetoers = refs("vetoer", ("State",)) + _vetoed_by(row, cells, slots)
    permanent = context.memory.permanent_members
    if permanent:  # "| Negative votes of permanent members | ... |" over "Russia, Algeria": an elected member's no is no veto
        vetoers = [ref for ref in vetoers if ref.name in permanent]
    # a subject cell that names a state gives it and its topics ("Syria (cross-border aid)"); one that names only a
    # topic, in a document titled after one state, gives that state
    vetoed = refs("subject", ("State", "Topic"))
    if vetoers and not any(ref.label == "State" for ref in vetoed):
        vetoed = _state_of_the_title(context) or vetoed
    for vetoer in dict.fromkeys(vetoers):
        facts += [Fact("VETOED", vetoer, subject, {"forum": "UN Security Council"}) for subject in vetoed]
    # a measure lifted, revoked or expired is kept in a tracker for the record, but stands no more
    if "sanctioner" in roles and not re.search(r"propos|plann|consider|threat|draft|expected|lifted|revoked|rescinded|expired|delisted|terminated", cell("status"), re.IGNORECASE):
        facts += [Fact("SANCTIONED", by, target) for by in refs("sanctioner", ("State", "Organization")) for target in refs("target", ("State", "Organization"))]
    facts += _event(refs, cell, roles)
    facts += _pair_tie(refs, cell, roles, context)
    facts += _listing(refs, roles, context)
    facts += _role_in_exercise(refs, cell, roles, context)
    taking_part = _nation_taking_part(row, refs, roles, context)
    facts += taking_part
    status = cell("status")
    if status and (not MEMBER_CELL.match(status) and "member" not in status.lower() or NOT_MEMBER_CELL.search(status)):
        return facts  # "Partner; applied to join", "Observer": not a member
    if "member" in roles and "vetoer" not in roles and "contribution" not in roles and not exercises and not taking_part:
        # a seat cell ("permanent", "Elected, 2023-24") makes the row a council's member, whatever
        # body the text named last ("the vote record as the UN publishes it")
        seated = SEAT_CELL.match(cell("seat"))
        orgs = [context.memory.council or Ref(SECURITY_COUNCIL, "Organization")] if seated else refs("body", ("Organization",)) or context.last(("Organization",)) or (
            [context.memory.lead_body] if context.memory.lead_body else [])
        facts += [Fact("MEMBER_OF", member, org) for member in refs("member", ("State",)) for org in orgs]
    elif "body" in roles and not exercises:
        facts += _bodies_of_the_page_state(refs, cells, slots, roles, context)
    year = _year(cell("year")) or _year(cell("order_year")) or _year(cell("delivery_year"))
    for fact in facts:
        if year:
            fact.properties.setdefault("year", year)
    return facts


# The kind of event an events table's type cell names, and the relationship it is: "VETO", "sanction",
# "CLASH", "partnership", "CONDEMN". An elected member's "NO_VOTE" and other kinds give nothing.
EVENT_KINDS = [
    ("VETOED", re.compile(r"^\W*veto(?:ed|es)?\b", re.IGNORECASE), ("State", "Topic")),
    ("SANCTIONED", re.compile(r"^\W*sanction(?:s|ed)?\b", re.IGNORECASE), ("State", "Organization")),
    ("CLASHED_WITH", re.compile(r"^\W*(?:clash(?:es)?|armed clash|border clash|war)\b", re.IGNORECASE), ("State",)),
    ("PARTNERS_WITH", re.compile(r"^\W*(?:(?:strategic )?partnership|friendship treaty|alliance)\b", re.IGNORECASE), ("State",)),
    ("OPPOSES", re.compile(r"^\W*(?:condemn(?:ation|ed|s)?|criticism|opposition|denunciation)\b", re.IGNORECASE), ("State", "Organization")),
]


def _event(refs, cell, roles) -> list[Fact]:
    """The event one row of an events table records: its actors (one or several in the actor
    cell) did to its target what its type cell names ("| Russia; China | Syria | VETO |")."""
    kind_cell = cell("event") or cell("system")
    if "actor" not in roles or "target" not in roles or not kind_cell:
        return []
    kind = next(((rel_type, labels) for rel_type, pattern, labels in EVENT_KINDS if pattern.search(kind_cell)), None)
    if kind is None:
        return []
    rel_type, labels = kind
    actors = refs("actor", ("State", "Organization") if rel_type in ("SANCTIONED", "OPPOSES") else ("State",))
    targets = [t for t in refs("target", labels)]
    if rel_type == "VETOED" and any(t.label == "Topic" for t in targets):
        targets = [t for t in targets if t.label == "Topic"]  # "Panel of Experts (DPRK)": the body renewed, not its state
    props = {"forum": "UN Security Council"} if rel_type == "VETOED" else {}
    year = _year(cell("year"))
    props.update({"year": year} if year else {})
    return [Fact(rel_type, actor, target, dict(props)) for actor in dict.fromkeys(actors) for target in dict.fromkeys(targets) if actor.name != target.name]


# An instrument that binds two states as partners ("Strategic Mutual Defence Agreement", "Military
# cooperation protocol", "Comprehensive strategic partnership"), not a memorandum on trade or access
PARTNERSHIP_INSTRUMENT = re.compile(
    r"\b(?:partnership|alliance|allied|all(?:y|ies)|friendship|good[- ]neighbou?r\w*|mutual defen[cs]e|(?:defen[cs]e|security|military)(?: and [\w-]+)? cooperation|"
    r"(?:defen[cs]e|security|military) (?:pact|treaty|agreement|accord|protocol))\b",
    re.IGNORECASE,
)
# a status that says the tie does not stand: "Not implemented", "Talks suspended", "Lapsed", "Signed, not ratified"
TIE_NOT_STANDING = re.compile(
    r"\b(?:not|never|no|unratified|suspended|lapsed|expired|terminated|withdrawn|revoked|abrogated|denounced|talks|negotiat\w*|"
    r"proposed|planned|draft|pending|frozen)\b",
    re.IGNORECASE,
)


def _pair_tie(refs, cell, roles, context: ParagraphContext) -> list[Fact]:
    """The tie one row of an alignment table records: "| Saudi Arabia - Pakistan | Strategic
    Mutual Defence Agreement | 2025 | In force |" makes the two partners, and so does "| China |
    Comprehensive strategic partnership | 2014 | in force |" under a "Partner" column in a
    document whose title names one state (that state and the row's); an instrument of another
    kind, or a status saying it is not in force, makes nothing."""
    if "instrument" not in roles or "pair" not in roles and "partner" not in roles:
        return []
    if "pair" in roles:
        pair = list(dict.fromkeys(refs("pair", ("State",))))
    else:
        partners = list(dict.fromkeys(refs("partner", ("State",))))
        pair = list(_state_of_the_title(context)) + partners if len(partners) == 1 else []
    if len(pair) != 2 or not PARTNERSHIP_INSTRUMENT.search(cell("instrument")) or TIE_NOT_STANDING.search(cell("status")):
        return []
    year = _year(cell("year"))
    return [Fact("PARTNERS_WITH", *sorted(pair, key=lambda r: r.name), {"year": year} if year else {})]


# A state's role in the one exercise a table lists nations for ("| Nation | Role | Main contribution |"
# under an exercise's media kit): "Co-host, participant" hosts and takes part, "Host of field events"
# only hosts; observers, invitees and contingents still "Expected" did neither.
ROLE_TAKES_PART = re.compile(r"\b(?:participant|participating|participated|took part|takes part|contributor|contributing)\b", re.IGNORECASE)
ROLE_HOSTS = re.compile(r"\b(?:co-)?host(?:s|ed|ing)?\b", re.IGNORECASE)
ROLE_NOT_TAKEN = re.compile(
    r"\b(?:not|no|never|observers?|observing|invited|invitees?|expected|provisional|to be confirmed|tbc|declined|withdr\w*|absent|"
    r"applicants?|prospective|future|planned|guests?|partners?|members?)\b",
    re.IGNORECASE,
)


def _role_in_exercise(refs, cell, roles, context: ParagraphContext) -> list[Fact]:
    """A row of a table of nations and their roles in the exercise the text is about: the role
    cell says whether the row's state hosted it, took part in it, or only watched or was asked."""
    status = cell("status")
    if "member" not in roles or "exercise" in roles or not status or ROLE_NOT_TAKEN.search(status):
        return []
    exercises = list(context.last(("Exercise",)) or context.main_exercise())
    facts = []
    if ROLE_TAKES_PART.search(status):
        facts += [Fact("PARTICIPATED_IN", actor, exercise) for actor in refs("member", ("State", "ArmedForce")) for exercise in exercises]
    if ROLE_HOSTS.search(status):
        facts += [Fact("HOSTED", host, exercise) for host in refs("member", ("State",)) for exercise in exercises]
    return facts


# The heading over a table of the nations in an exercise ("## Ships and aircraft taking part",
# "Participating nations", "Contributions"): each row's nation is a participant unless its row says otherwise
PARTICIPANTS_HEADING = re.compile(
    r"\b(?:taking part|took part|participants?|participating|participation|contributions?|contributing|contributors?|order of battle)\b",
    re.IGNORECASE,
)


def _nation_taking_part(row: str, refs, roles, context: ParagraphContext) -> list[Fact]:
    """A row of a "| Nation | Contribution | Phase |" table under a heading that says who takes
    part: the row's state or force took part in the exercise the text is about, unless the row
    itself says it withdrew, only watched or was only expected ("| Fiji | 1 patrol boat |
    Withdrawn |"). A table with a role column is read by its role cells instead."""
    if "member" not in roles or "exercise" in roles or "status" in roles or "patrol" in roles:
        return []
    heading = context.section_heading  # not "Expected contributions", "Contributions still to be confirmed"
    # "Defence advised Council of the following foreign contingents at Shoalwater Bay:": the sentence over the table
    lead_in = context.memory.lead_in or (heading if heading.rstrip().endswith(":") else "")
    told = PARTICIPANTS_HEADING.search(heading) or PARTICIPANTS_LEAD_IN.search(lead_in) and not LEAD_IN_DOUBTED.search(lead_in)
    if not told or ROLE_NOT_TAKEN.search(heading) or ROLE_NOT_TAKEN.search(row):
        return []
    exercises = list(context.last(("Exercise",)) or context.main_exercise())
    return [Fact("PARTICIPATED_IN", actor, exercise) for actor in refs("member", ("State", "ArmedForce")) for exercise in exercises[:1]]


# the sentence over a table of an exercise's nations, ending in a colon: "the following foreign contingents
# were at Shoalwater Bay:", "These navies took part:" (read as its heading)
PARTICIPANTS_LEAD_IN = re.compile(r"\b(?:contingents|taking part|took part|participants|participating|participated)\b", re.IGNORECASE)
# ... unless it doubts or foretells them: "the following contingents may attend:", "... are expected:"
LEAD_IN_DOUBTED = re.compile(r"\b(?:may|might|could|would|will|expected|planned|invited|possible|rumou?red|reportedly|not|no|never)\b", re.IGNORECASE)


COUNT_CELL = re.compile(r"\s*~?\d[\d,.]*\s*")


# the heading over an exercise's own programme: "Schedule", "Schedule of events", "Programme", "Timetable"
SCHEDULE_HEADING = re.compile(r"\b(?:schedule|programme|program|timetable|itinerary|order of events)\b", re.IGNORECASE)


def _exercise_of_the_text(roles, context: ParagraphContext) -> list[Ref]:
    """The one exercise a table of an exercise's events belongs to when no column names it:
    "| Date | Event | Participating forces |" under the summary of one edition. Not for
    tables that name places or patrols, whose rows are events of their own, unless the table is
    the schedule of the exercise the document is about ("## Schedule" under "# African Lion
    2025 — Schedule of Events"): then each row's location is where that exercise was held."""
    if "participants" not in roles or "exercise" in roles or "patrol" in roles:
        return []
    if "place" in roles:
        schedule = SCHEDULE_HEADING.search(context.section_heading)
        titled = [ref for ref in context.memory.title_refs if ref.label == "Exercise"]
        return titled[:1] if schedule and len(set(titled)) == 1 else []
    return list(context.last(("Exercise",)))


def _medal_row(refs, context: ParagraphContext) -> list[Fact]:
    """A row of a medal table ("| 3 | Belarus | 1 | 8 | 7 |" under "| Rank | Team | Gold | Silver |
    Bronze |"): the team's state or force competed in the games the document is about. A medal
    table records no membership, whatever its team column is called ("Nation", "Country")."""
    teams = refs("team", ("State", "ArmedForce")) or refs("member", ("State", "ArmedForce"))
    return [Fact("PARTICIPATED_IN", team, games) for team in teams for games in context.main_exercise()]


def _sighted(refs, roles) -> list[Fact]:
    """A sighting's aircraft or ships fielded by the state its nationality cell names:
    "| A | Tu-95 x 2 | Russia | 09:14, Sea of Japan |" (a table of transfers names a buyer instead)."""
    if "nationality" not in roles or "system" not in roles or "buyer" in roles or "seller" in roles:
        return []
    return [Fact("OPERATES", state, system) for state in refs("nationality", ("State", "ArmedForce")) for system in refs("system", ("WeaponSystem",))]


def _listing(refs, roles, context: ParagraphContext) -> list[Fact]:
    """An entry of a sanctions list: a table with a name and a reasons column lists what it
    names as sanctioned, by its sanctioner column, else by the one state or body the document's
    first heading names ("THE COUNCIL OF THE EUROPEAN UNION,": the European Union)."""
    if "reasons" not in roles or "listed" not in roles:
        return []
    listed = refs("listed", ("State", "Organization"))
    issuers = list(dict.fromkeys(ref for ref in context.memory.title_refs if ref.label in ("State", "Organization") and ref.name not in context.memory.firms))
    by = refs("sanctioner", ("State", "Organization")) or (issuers if len(issuers) == 1 else [])
    return [Fact("SANCTIONED", sanctioner, entity) for sanctioner in by for entity in listed if entity.name != sanctioner.name]


VETOED_BY_CELL = re.compile(r"\bveto(?:ed|es)? (?:cast )?by\b", re.IGNORECASE)


def _vetoed_by(row: str, cells: list[tuple[int, int, str]], slots: list[Slot]) -> list[Ref]:
    """A result cell such as "Vetoed by China and Russia" names the vetoers."""
    found = []
    for start, end, text in cells:
        match = VETOED_BY_CELL.search(text)
        if match and not re.search(r"\b(?:no|not|without)\b", text[:match.start()], re.IGNORECASE):
            found += [ref for s in slots if start + match.end() <= s.start and s.end <= end for ref in s.refs if ref.label == "State"]
    return found


# In a supplier cell, what follows these words built or changed the system rather than sold it:
# "Russia; licence-built by HAL", "Soviet Union, upgraded by Russia".
BUILT_IN_CELL = re.compile(r"\b(?:(?:co-|licen[cs]e[- ])?(?:developed|built|produced|made|manufactured|assembled))\b", re.IGNORECASE)
CHANGED_IN_CELL = re.compile(r"\b(?:upgraded|modernised|modernized|overhauled|refitted)\b", re.IGNORECASE)


def _fleet_owner(roles, context: ParagraphContext) -> list[Ref]:
    """A table with no buyer column under a heading that names one force or state ("Table 1 -
    Indian Air Force", columns Type | Origin | In service) lists that owner's fleet."""
    if "buyer" in roles or "system" not in roles or not ("seller" in roles or "in_service" in roles) or context.memory.exporters:
        return []
    owners = list(dict.fromkeys(ref for ref in context.memory.heading_refs if ref.label in ("State", "ArmedForce")))
    # "Indonesian Air Force (TNI-AU)": the force and the armed forces it belongs to, of one state,
    # are one owner, the one named first
    states = {ref.name if ref.label == "State" else context.memory.force_states.get(ref.name) for ref in owners}
    if len(owners) > 1 and len(states) == 1 and None not in states:
        return owners[:1]
    return owners if len(owners) == 1 else []


# the heading over a table of who fields a page's system: "Operators", "Current users", "Export customers"
# (not "Potential operators", "Cancelled orders"; as in prose, former operators did field it)
FIELDED_BY_HEADING = re.compile(
    r"^\W*(?:(?:current|active|military|export|foreign|former)\s+)?(?:operators|users|(?P<bought>customers|buyers)|operating (?:countries|forces|states))\b"
    r"(?!.*\b(?:possible|potential|prospective|future|proposed|cancel+ed|failed)\b)",
    re.IGNORECASE,
)


def _operators_of_the_page_system(row: str, slots: list[Slot], refs, roles, context: ParagraphContext) -> list[Fact]:
    """A table under an "Operators" heading on a page about one system ("# Bayraktar TB2", then
    "| Country | Service | Delivered |"), whose rows name no system of their own: each row's state,
    and the force it names, fields that system (under "Customers", bought it)."""
    heading = FIELDED_BY_HEADING.match(context.section_heading)
    if "system" in roles or "buyer" in roles or "seller" in roles or not heading:
        return []
    systems = list(dict.fromkeys(ref for ref in context.memory.title_refs if ref.label == "WeaponSystem"))
    if len(systems) != 1:
        return []
    operators = refs("member", ("State",)) + [ref for s in slots for ref in s.refs if ref.label == "ArmedForce" and not drafted(row, [s])]
    kind = "ACQUIRED" if heading.group("bought") else "OPERATES"  # a customer bought it; fielding it the heading does not say
    return [Fact(kind, operator, systems[0]) for operator in dict.fromkeys(operators)]


def _supply_cell(row: str, cells, slots: list[Slot], roles) -> tuple[list[Ref], list[Ref]]:
    """(sellers, makers) of a supplier cell: "France (Dassault Aviation)" sells; "licence-built
    by HAL", "built at Pakistan Aeronautical Complex" made it; "upgraded by Russia" neither."""
    start, end, _ = cells[roles["seller"]]
    sellers, makers = [], []
    for slot in (s for s in slots if start <= s.start and s.end <= end and not drafted(row, [s])):
        segment = row[max(row.rfind(";", start, slot.start), row.rfind(",", start, slot.start), start):slot.start]
        if CHANGED_IN_CELL.search(segment):
            continue
        found = [ref for ref in slot.refs if ref.label in ("State", "Organization")]
        (makers if BUILT_IN_CELL.search(segment) else sellers).extend(found)
    return sellers, makers


def _transfers(refs, cell, roles, context: ParagraphContext, supply=None) -> list[Fact]:
    buyers = refs("buyer", ("State", "ArmedForce"))
    if not buyers and "buyer" not in roles and "seller" in roles and "system" in roles:
        # "| Country | Fighter | Supplier |": the country a supplier sold to, the row's own even under a
        # heading that names one state ("Thailand's Gripen choice" over its neighbours' rows)
        buyers = refs("member", ("State",))
    buyers = buyers or _fleet_owner(roles, context)
    systems = refs("system", ("WeaponSystem",))
    if not systems and re.search(r"\w", cell("system")):
        written = cell("system").strip()
        role = ROLE_AFTER_DESIGNATION.fullmatch(written)
        systems = [Ref(role.group("designation") if role else written, "WeaponSystem", 0.6)]  # a designation the gazetteer lacks
    if not buyers:
        # "| Type | Maker | Service history |": a catalogue with no buyer column still says who built each type
        return [Fact("PRODUCED", maker, system) for maker in refs("maker", ("State", "Organization")) for system in systems] if "system" in roles else []
    if "system" not in roles:
        systems = list(context.last(("WeaponSystem",)))
    sellers = refs("seller", ("State", "Organization")) if "seller" in roles else list(context.memory.exporters)
    makers = refs("maker", ("State", "Organization"))
    if supply is not None and "seller" in roles:
        sellers, built = supply
        makers += built
    # "India (Hindustan Aeronautics Limited)" for the Indian Air Force: made at home, not bought
    home = {buyer.name for buyer in buyers} | {context.memory.force_states.get(buyer.name) for buyer in buyers}
    if any(seller.name in home for seller in sellers) and supply is not None:
        makers, sellers = makers + sellers, []
    props = {key: _year(cell(key)) for key in ("order_year", "delivery_year") if _year(cell(key))}
    facts = [Fact("PRODUCED", maker, system) for maker in makers for system in systems]
    in_service: re.Match[str] | bool | None = IN_SERVICE.search(cell("status"))
    in_service = in_service and not re.search(r"\b(?:not|never|no)\b", cell("status")[:in_service.start()], re.IGNORECASE)
    # "~260", "retired 2025"; "0" and "nil" are a fleet still on order
    in_service = in_service or bool(re.search(r"[1-9]", cell("in_service")) and not NOT_YET_IN_SERVICE.search(cell("in_service")))
    # a fleet table under an "In service" heading: every row is fielded, unless it has an in-service column of its own
    in_service = in_service or ("in_service" not in roles and bool(IN_SERVICE_HEADING.match(context.section_heading)))
    if not sellers and supply is not None and makers:
        return facts + ([Fact("OPERATES", buyer, system) for buyer in buyers for system in systems] if in_service else [])
    facts += [Fact("OPERATES", buyer, system) for buyer in buyers for system in systems] if in_service else []
    if not sellers and "in_service" in roles and not props:
        return facts  # "| Navy | Boats in service | Types |": an inventory says who fields what, not who bought it
    if not sellers and "seller" in roles and NO_SUPPLIER_CELL.search(cell("seller")):
        return facts  # "| F-16V | upgraded locally | 83 | 2022 |": the air force's own jets, reworked at home
    for system in systems:
        for buyer in buyers:
            facts += [Fact("ACQUIRED", buyer, system, dict(props, **{"from": s.name})) for s in sellers] or [Fact("ACQUIRED", buyer, system, dict(props))]
            facts += [Fact("SOLD", s, system, dict(props, to=buyer.name)) for s in sellers]
    return facts


def _year(text: str) -> int | None:
    match = YEAR.search(text)
    return int(match.group(1)) if match else None


# Searched by re: behind a look-ahead for the characters their matches start with.
gate_patterns(globals())
