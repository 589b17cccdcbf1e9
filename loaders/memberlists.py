"""Membership rosters read by their structure rather than by their wording.

A roster is a list of states given as the members of one organization. Writers set it out
in a handful of shapes whatever words they choose around it:

- a label and the names after a colon, a dash or in brackets on the same line
  ("Member states (9): Armenia (1991), Belarus (1991), ...", "SCO members — China, ...");
- a label closing its line, the names on the bullet lines (or the one line) under it
  ("Full members:" over "- China", "- Russia");
- a sentence that announces the members without naming them, the names in the next
  sentence ("The Arctic Council has eight members. They are Canada, Denmark, ...";
  "Who belongs to the Quad?" over "The United States, Japan, India and Australia.");
- a log of accessions by year, opened by a sentence on a body's enlargement, each entry a
  year, a dash or colon and the names that came in that year ("1999 - Czech Republic,
  Hungary, Poland"; "2004: the second round: Bulgaria, Estonia, ...").

The organization is the one the label names, else the one the paragraph is about, else
the one the heading over it names. The label's tier decides what the names are:
observers, dialogue partners, applicants, candidates, guests, former or suspended
members and the like are not members (GUIDELINES), so a roster of such a tier gives
nothing, and takes back any membership another reading gave its entries; so does a
label that is negated, hedged or about the future ("Not members:", "Expected to join:").

>>> from loaders.relations import Ref, Slot
>>> rosters = MemberRosters()
>>> text = "Shanghai Cooperation Organisation members: China and Russia."
>>> slots = [Slot(0, 33, (Ref("Shanghai Cooperation Organisation", "Organization"),)),
...          Slot(43, 48, (Ref("China", "State"),)), Slot(53, 59, (Ref("Russia", "State"),))]
>>> [(fact.source.name, fact.target.name) for fact in rosters.read(text, slots, 0)[0]]
[('China', 'Shanghai Cooperation Organisation'), ('Russia', 'Shanghai Cooperation Organisation')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from loaders.relations import Fact, Ref, Slot

# The tier a roster's label names. Members: "members", "founding members", "member states",
# "States Parties"; the rest are tiers that are not membership (GUIDELINES) or not yet or no longer it.
MEMBER_TIER = (
    r"(?:(?:founding|founder|full|current|original|present|existing|permanent|core|regular|all)\s+)?"
    r"(?:members?(?:[\s-](?:states?|countries|nations|governments))?|states?\s+parties|contracting\s+parties)"
)
OTHER_TIER = re.compile(
    r"\b(?:observers?|(?:dialogue\s+|sectoral\s+|partner\s+)?partners?|partner\s+(?:states?|countries|nations)|applicants?|"
    r"applications?|candidates?|aspirants?|guests?|invit\w*|associates?|associated|prospective|would-be|future|"
    r"former|ex-members?|suspended|expelled|withdrawn|withdrew|left|departed|frozen|non-?members?|outside|"
    r"signatories|signed|pending|awaiting|expected|planned|proposed|applied|seeking|accession\s+talks)\b",
    re.IGNORECASE,
)
# "Not members:", "never members", "would-be members": a label that says the names are not (yet) members
NEGATED_LABEL = re.compile(r"\b(?:not|never|no\s+longer|nor|neither|none|no|would|will|could|might|may|to\s+join|yet)\b|n't\b", re.IGNORECASE)

# A label opening a line: the tier, perhaps after the organization (blanked to "@") or before
# "of" it, perhaps with a count "(9)"; then a colon or a dash, or the end of the line.
# ("**Members (5):**", "SCO member states -", "Members of the Quad:"), perhaps with what sets the tier
# apart after a comma ("Permanent members (5), with a veto:")
LABEL = re.compile(
    r"[\W_]*(?:(?:the\s+)?@+(?:'s|’s)?\s+)?(?:the\s+)?(?:(?:\w+(?:-\w+)?)\s+)??(?P<tier>" + MEMBER_TIER + r"|[\w\s-]{1,40}?)"
    r"(?:\s+of\s+(?:the\s+)?@+)?(?:\s*\([^()]{0,30}\))?(?:,\s*(?:with|without)\s+[\w\s-]{1,25}?)?[*_\s]*(?P<sep>:|--|[—–]|\s-\s|$)[*_\s]*",
    re.IGNORECASE,
)
# A sentence announcing members it leaves to the next one: "has eight members", "ten member
# states", "the members are as follows", "Who belongs to the Quad?", "Who is in the SCO?"
COUNTED_TIER = re.compile(
    r"\b(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty)\s+"
    r"(?:founding\s+|full\s+|current\s+|original\s+)?members?(?:[\s-](?:states?|countries|nations))?\b[^,;:]*[.:]?\s*$"
    r"|\bmembers?(?:[\s-](?:states?|countries|nations))?\s+(?:are|were)\s+(?:as\s+follows|(?:listed\s+)?below)\b"
    r"|\b(?:has|have|had|its|their|with)\s+(?:\w+\s+)?members?(?:[\s-](?:states?|countries|nations))?\W*$"
    r"|^\W*(?:who|which\s+(?:countries|states|nations))\s+(?:belongs?\s+to|is\s+in|are\s+in|sits?\s+in|makes?\s+up|are\s+(?:the\s+)?members\s+of)\b",
    re.IGNORECASE,
)
# A sentence whose subject is a tier of members and whose rest is their roll: "The most recent entrants are
# Switzerland and Timor-Leste (both 2002), Montenegro (2006) and South Sudan (2011)", "Its founding members
# were ...": the names are of the organization the sentence names before the verb, else the one in view
COPULAR_ROLL = re.compile(
    # ("Its six founders included ...": a count, which a roll that is not said to be part of the whole must fill)
    r"\W*(?:the\s+|its\s+|their\s+)?(?:(?P<count>\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+)?"
    r"(?:(?:most\s+recent|newest|latest|new|first|original|founding|full|current|other|remaining|elected|non-permanent)\s+)?"
    r"(?:members?(?:[\s-](?:states?|countries|nations))?|entrants|newcomers|joiners|founders|founding\s+states)"
    # (a council's seats for a term: "The elected members of the Council for 2019 are ...", "..., terms ending 2026: ...")
    r"(?:\s+of\s+(?:the\s+)?@+)?(?:,?\s+(?:for|in|as\s+of|terms?\s+ending(?:\s+in)?)\s+(?:\w+\s+)?(?:19|20)\d\d(?:\s*[-–/]\s*\d{2,4})?)?"
    r"(?:\s*\(\d{1,3}\))?\s*(?:\s(?P<verb>are|were|included|include|comprised|comprise)\b|:)\s*:?\s*",
    re.IGNORECASE,
)
# "All the African states here are members (Egypt, Kenya and Somalia)", "three of them belong to it (A, B and C)",
# "the rest are in the bloc (A and B)": a membership said of states left unnamed, then named in brackets
BRACKETED_ROLL = re.compile(
    r"\b(?:are|were)\s+(?:all\s+|also\s+)?" + MEMBER_TIER + r"(?:\s+of\s+(?:the\s+)?(?:@+|it|this\s+\w+))?"
    r"|\b(?:all\s+|also\s+)?belong(?:s|ed)?\s+to\s+(?:it|them|@+|the\s+(?:@+|bloc|group|grouping|alliance|organi[sz]ation|club|pact))"
    r"|\b(?:are|were)\s+(?:all\s+|also\s+)?in\s+(?:it|@+|the\s+(?:@+|bloc|group|grouping|alliance|organi[sz]ation|club|pact))"
    r"(?=\s*\()",
    re.IGNORECASE,
)
# "The other seven are Denmark, ...", "The remaining three were ...": the rest of a body's members after one the
# previous sentence named ("Canada is one of the eight members of the Arctic Council."); the body is the one the
# sentence names, else the last one named before it
REST_OF_ROLL = re.compile(
    r"\W*the\s+(?:other|remaining)\s+(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|twenty)"
    r"(?:\s+(?:members?(?:[\s-](?:states?|countries|nations))?|states|countries|nations))?(?:\s+of\s+(?:the\s+)?@+)?"
    r"\s+(?:are|were|include|comprise)\s*:?\s*",
    re.IGNORECASE,
)
# A sentence opening a log of accessions: "NATO's enlargements, one by one", "ASEAN membership grew in stages", a body's timeline
ENLARGEMENT = re.compile(
    r"\b(?:enlargements?|accessions|expansions?|membership\s+(?:grew|has\s+grown|expanded|widened)|(?:grew|expanded|widened)\s+(?:in\s+(?:stages|rounds|waves)|step\s+by\s+step)"
    r"|rounds\s+of\s+(?:enlargement|accession|admission)"
    # a body's own timeline: "Arab League: a timeline", "EU — key dates", "A chronology of the SCO"
    r"|timeline|chronology|key\s+dates)\b",
    re.IGNORECASE,
)
# An entry of such a log: a year, perhaps its month, then a dash or a colon; perhaps a short label of the round ("The first round:")
DATED_ENTRY = re.compile(r"[\W_]*(?:19|20)\d\d(?:\s+\w+)?[*_\s]*(?::|--|[—–]|\s-\s)\s*(?:(?P<round>[^:;,.]{1,50}):\s*)?")
# the verb an entry of such a log may end with: "Laos accedes", "Kuwait joins", "A and B admitted", "A and B sign the charter",
# "Norway admitted as the fifth member" (nothing of another tier may follow)
ENTRY_VERB = re.compile(
    r"\s+(?:(?:is|are|was|were)\s+)?(?:joins?|joined|accedes?|acceded|admitted|signs?\s+the\s+(?:charter|treaty)|signed\s+the\s+(?:charter|treaty))"
    r"(?:\s+as\s+(?:the|its)\s+\w+\s+members?)?\s*[.;]?\s*$",
    re.IGNORECASE,
)
# the next entry of such a log inside the same sentence: a year after a name, then its dash or colon
NEXT_DATED_ENTRY = re.compile(r"(?<=[\w)])\s+(?=(?:19|20)\d\d[*_\s]*(?::|--|[—–]|\s-\s))")
# "all three former Warsaw Pact states": a standing in another body, the body named right after it
OTHER_BODY_TIER = re.compile(OTHER_TIER.pattern + r"\s+(?:[\w-]+\s+)?@+", re.IGNORECASE)
# "They are ...", "Its members are ...", "These were ...", "Among them are ...": a lead-in to the names the previous sentence announced
ROLL_LEAD = re.compile(
    r"\W*(?:(?:they|these|those|its\s+members|their\s+members|the\s+members|members|the\s+eight|the\s+\w+)\s+"
    r"(?:are|were|include|included|comprise)\s*:?\s*|among\s+(?:them|these|those)\s+(?:are|were)\s*:?\s*)?(?:the\s+)?",
    re.IGNORECASE,
)
# what may stand between the names of a roll: commas, "and", "plus", footnote marks
ROLL_JOINT = re.compile(r"(?:[\s,;/&*]|\band\b|\bplus\b|\bas\s+well\s+as\b|\bthe\b|\[\d+\])*", re.IGNORECASE)
BRACKET_NOTE = re.compile(r"\s*\(([^()]{0,80})\)")
# what may close an entry after its names: a note set off by a dash, a colon or a comma ("- Zimbabwe – member since 1980")
ENTRY_TAIL = re.compile(r"\s*(?:[.;]\s*$|$|(?:[—–:,]|--|\s-\s)(?P<note>.*))", re.DOTALL)
# what may open a list entry before its first name: bullet marks, emphasis, an article
ENTRY_OPENING = re.compile(r"[\W_]*(?:the\s+)?", re.IGNORECASE)
# a note set off after an entry's names: "— full member since 2017", ": observer", ", applicant", "(founding member)"
STATUS_NOTE = re.compile(r"[*_]*\s*(?:[—–:,(]|--|\s-\s)\s*(?P<note>.+)", re.DOTALL)
# an entry's note that opens with a member's standing: "full member since 2017", "founding member", "joined 1995",
# "acceded 2004" (not "- Sudan: members heard the envoy")
MEMBER_STANDING_NOTE = re.compile(
    r"(?:(?:full|founding|founder|original|charter|current)\s+)?(?:member\b(?!s)|members\s+since\b|found(?:er|ing)\b|joined\b|admitted\b|acceded\b|accession\b)",
    re.IGNORECASE,
)
NOTE_ARTICLE = re.compile(r"\W*(?:(?:an?|the)\s+)?", re.IGNORECASE)
NOTE_NEGATION = re.compile(r"\b(?:not|never|no\s+longer|until|since\s+left)\b|n't\b", re.IGNORECASE)


@dataclass
class _Roster:
    """A roster opened by a label whose names come in the next lines or sentence."""

    body: Ref
    member: bool  # False for a tier that is no membership ("Observers:"): its entries are refused
    paragraph: int
    bullets: bool  # whether its entries are a bulleted list (else the one next sentence)
    entries: int = 0


class MemberRosters:
    """Reads a document's membership rosters one sentence at a time (see the module's doc).

    ``read`` returns the memberships a sentence's roster gives and the states it refuses
    for a body (entries of an observers' or applicants' list), whichever reading found them.
    """

    def __init__(self, memberless: frozenset = frozenset()):
        self.memberless = memberless  # firms and agencies: bodies without member states
        self.open: _Roster | None = None
        self.title: Ref | None = None  # the body a title line names by its name alone ("# Shanghai Cooperation Organisation")
        self.log: tuple[Ref, int] | None = None  # a log of accessions by year: its body and the paragraph of its latest entry
        self.logged = 0  # the entries the open log has had
        self.lower_tier = False  # whether the last label over the lines after named another tier ("Former members")

    def read(self, text: str, slots: list[Slot], paragraph: int, bulleted: bool = False, heading_bodies: tuple[Ref, ...] = (),
             topic: Ref | None = None, table_row: bool = False, recent: tuple[Ref, ...] = ()) -> tuple[list[Fact], set[tuple[str, str]]]:
        if table_row:
            self.open = self.log = None
            return [], set()
        if self.log is not None:
            entry = self._log_entry(text, slots, paragraph)
            if entry is not None:
                return entry, set()
        if "rge" in text or "ccession" in text or "ans" in text or "grew" in text or "round" in text or "imeline" in text or "hronolog" in text or "dates" in text:
            self._open_log(text, slots, paragraph, topic, recent)
        roster, self.open = self.open, None
        title = _titled_body(text, slots)
        if title is not None:
            self.title, self.lower_tier = title, False
            return [], set()
        if roster is not None and (paragraph == roster.paragraph or roster.entries == 0 or bulleted):
            entry = self._entry(text, slots, roster, bulleted)
            if entry is not None:
                roster.entries += 1
                if roster.bullets:
                    self.open = roster  # the next bullet may be the next entry
                return self._given(entry, roster)
        if bulleted and slots and "State" in slots[0].labels:
            status = self._status_entry(text, slots, heading_bodies, topic)
            if status is not None:
                return status
        found = self._label(text, slots, paragraph, bulleted, heading_bodies, topic, recent)
        if not any(found) and self.open is None and slots and len(text) < 80 and not text.rstrip().endswith((":", ".", "?")):
            self.title = None  # a short line naming something else heads another section
        return found

    def _status_entry(self, text: str, slots: list[Slot], heading_bodies: tuple[Ref, ...], topic: Ref | None):
        """A list entry that gives states and their standing in the body in view ("- India — full member
        since 2017", "- **Iran** (founding member)", "- Laos, observer"): members for a member's standing,
        refused for another tier's; None for an entry that names a body itself or tells no standing."""
        if any("Organization" in s.labels for s in slots) or not ENTRY_OPENING.fullmatch(text, 0, slots[0].start):
            return None
        states, position = [], slots[0].start
        for slot in slots:
            if slot.labels != {"State"} or slot.kind in ("demonym", "reference") or not ROLL_JOINT.fullmatch(text, position, slot.start):
                break
            states.append(slot.refs[0])
            position = slot.end
        note = STATUS_NOTE.match(text, position)
        body = self._body([], heading_bodies, topic) if note else None
        if body is None or len(states) < len(slots):
            return None
        note = note.group("note")
        opening = NOTE_ARTICLE.match(note).end()
        if OTHER_TIER.match(note, opening):
            return [], {(state.name, body.name) for state in states}
        if not MEMBER_STANDING_NOTE.match(note, opening) or NOTE_NEGATION.search(note) or NEGATED_LABEL.search(note) or self.lower_tier:
            return None  # (under "Former members", "- Ghana – member since 1975" tells when it was one)
        return [Fact("MEMBER_OF", state, body) for state in states], set()

    def _open_log(self, text: str, slots: list[Slot], paragraph: int, topic: Ref | None, recent: tuple[Ref, ...]) -> None:
        """A sentence on a body's enlargement opens a log of its accessions by year; the body is the
        one it names, else the paragraph's topic, else the last one the paragraph named."""
        if not ENLARGEMENT.search(text) or NEGATED_LABEL.search(text) or any("State" in s.labels for s in slots):
            return
        bodies = [s for s in slots if "Organization" in s.labels]
        body = self._body(bodies, (), topic)
        if body is None and not bodies:
            body = self._last_body(recent)
        if body is not None:
            self.log, self.logged = (body, paragraph), 0

    def _log_entry(self, text: str, slots: list[Slot], paragraph: int) -> list[Fact] | None:
        """The members a dated entry of the open log gives (None when the sentence is no entry).
        Sentences after an entry in its paragraph keep the log open; a paragraph of its own that
        is no entry closes it."""
        body, last = self.log
        dated = DATED_ENTRY.match(text)
        if dated is None:
            # (a byline or a dateline between the opening and the first entry, "By A. Writer", is no end)
            if paragraph != last and (self.logged or slots or len(text.split()) > 5):
                self.log = None
            return None
        self.log, self.logged = (body, paragraph), self.logged + 1
        # "2001 – founding: A, B 2017 – C and D": entries on lines of their own that the reading ran together
        ends = [entry.start() for entry in NEXT_DATED_ENTRY.finditer(text)] + [len(text)]
        facts, start = [], 0
        for end in ends:
            piece = text[:end].rstrip()
            told = ENTRY_VERB.search(piece, start)
            piece = piece[:told.start()] if told else piece  # "2012 — Laos accedes": the names, before the verb of their entry
            dated = DATED_ENTRY.match(piece, start)
            round_label = dated.group("round") or "" if dated else ""
            own = [slot for slot in slots if start <= slot.start and slot.end <= len(piece)]
            if dated and not _states_before(own, dated.end()) and not OTHER_TIER.search(round_label) and not NEGATED_LABEL.search(round_label):
                facts += [Fact("MEMBER_OF", state, body) for state in _roll(piece, own, dated.end(), notes=True) or ()]
            start = end
        return facts

    def _given(self, states: list[Ref], roster: _Roster) -> tuple[list[Fact], set[tuple[str, str]]]:
        if roster.member:
            return [Fact("MEMBER_OF", state, roster.body) for state in states], set()
        return [], {(state.name, roster.body.name) for state in states}

    def _entry(self, text: str, slots: list[Slot], roster: _Roster, bulleted: bool) -> list[Ref] | None:
        """The states an entry of an open roster gives: a bullet that opens with names (a
        note after them), or a sentence of names alone ("They are Canada, ...")."""
        if roster.bullets and bulleted:
            return _roll(text, slots, 0, notes=True)
        if roster.bullets and roster.entries:
            return None
        lead = ROLL_LEAD.match(text)
        return _roll(text, slots, lead.end(), notes=False)

    def _label(self, text, slots, paragraph, bulleted, heading_bodies, topic, recent=()) -> tuple[list[Fact], set[tuple[str, str]]]:
        """A roster label: the names after it on its line, or a roster opened for the lines after."""
        bodies = [s for s in slots if "Organization" in s.labels]
        if ":" in text or "-" in text or "—" in text or "–" in text or text.rstrip().endswith(("members", "Members")):
            label = LABEL.match(_blanked(text, bodies))
            # ("- CSTO: admitted in 1991" under a state's heading: that state's standing in the body, no label of a roll)
            if label and ":" in text[:label.start("tier")] and label.group("sep") != ":":
                label = None
            if label and not _states_before(slots, label.end()):
                body = self._body([s for s in bodies if s.end <= label.end()], heading_bodies, topic)
                if body is None:
                    return [], set()
                member = _member_tier(label.group("tier"), text[:label.start("sep")])
                if member is None:
                    return [], set()
                if label.end() >= len(text.rstrip()):
                    self.open = _Roster(body, member, paragraph, bullets=True)
                    self.lower_tier = not member
                    return [], set()
                states = _roll(text, slots, label.end(), notes=True, stop=True)
                return self._given(states, _Roster(body, member, paragraph, False)) if states else ([], set())
        roll = COPULAR_ROLL.match(_blanked(text, bodies)) if slots and not slots[0].start < 3 else None
        if roll and not _states_before(slots, roll.end()):
            body = self._body([s for s in bodies if s.end <= roll.end()], heading_bodies, topic)
            states = _roll(text, slots, roll.end(), notes=False) if body is not None else None
            if states and not _count_unfilled(roll, states):
                return [Fact("MEMBER_OF", state, body) for state in states], set()
        if "(" in text and ("ember" in text or "elong" in text or " in " in text):
            bracketed = self._bracketed_roll(text, slots, bodies, heading_bodies, topic, recent)
            if bracketed:
                return bracketed, set()
        rest = REST_OF_ROLL.match(_blanked(text, bodies)) if "other" in text or "remaining" in text else None
        if rest and not _states_before(slots, rest.end()):
            states = _roll(text, slots, rest.end(), notes=False)
            body = self._body([s for s in bodies if s.end <= rest.end()], (), None) if bodies else self._last_body(recent)
            if states and body is not None:
                return [Fact("MEMBER_OF", state, body) for state in states], set()
        if "ember" in text or "?" in text:
            announced = COUNTED_TIER.search(text)
            clause = text[text.rfind(",", 0, announced.start()) + 1:] if announced else ""  # "... has no treaty, but it does have members"
            if announced and not any("State" in s.labels for s in slots) and not NEGATED_LABEL.search(clause) and not OTHER_TIER.search(clause):
                body = self._body(bodies, heading_bodies, topic)
                if body is not None:
                    self.open = _Roster(body, True, paragraph, bullets=text.rstrip().endswith(":"))
        return [], set()

    def _bracketed_roll(self, text, slots, bodies, heading_bodies, topic, recent) -> list[Fact]:
        """The members a bracket names right after a membership said of states the sentence leaves unnamed
        ("All the states in this note are members (Egypt, Kenya and Somalia), Sudan suspended"). The body
        is the one the clause names, else the one in view; "it" or "the bloc" is the last one named."""
        cue = next((m for m in BRACKETED_ROLL.finditer(_blanked(text, bodies)) if "(" in text[m.end():m.end() + 3]), None)
        if cue is None or _states_before(slots, cue.end()):
            return []
        clause = text[text.rfind(",", 0, cue.start()) + 1:cue.end()]
        if NEGATED_LABEL.search(clause) or OTHER_TIER.search(clause):
            return []
        opening = text.index("(", cue.end())
        depth, close = 0, None
        for position in range(opening, len(text)):
            depth += {"(": 1, ")": -1}.get(text[position], 0)
            if depth == 0:
                close = position
                break
        if close is None:
            return []
        named = [s for s in bodies if cue.start() <= s.start < cue.end()]
        body = self._body(named, heading_bodies, topic)
        if body is None and not named:
            body = self._last_body(recent) if re.search(r"\b(?:it|them|bloc|group|grouping|alliance|organi[sz]ation|club|pact)\W*$", cue.group(), re.IGNORECASE) else None
        if body is None:
            return []
        inside = [s for s in slots if opening < s.start and s.end <= close]
        states = _roll(text[:close], inside, opening + 1, notes=False)
        return [Fact("MEMBER_OF", state, body) for state in states or ()]

    def _last_body(self, recent: tuple[Ref, ...]) -> Ref | None:
        """The organization named last before the sentence, for a sentence that goes on with its members."""
        return next((ref for ref in reversed(recent) if ref.label == "Organization" and ref.name not in self.memberless), None)

    def _body(self, named: list[Slot], heading_bodies: tuple[Ref, ...], topic: Ref | None) -> Ref | None:
        """The organization in view: the one the label names, else the paragraph's topic, else the heading's."""
        own = list(dict.fromkeys(ref for slot in named for ref in slot.refs if ref.label == "Organization" and ref.name not in self.memberless))
        if named:
            return own[0] if len(own) == 1 else None
        if topic is not None and topic.name not in self.memberless:
            return topic
        if self.title is not None and self.title.name not in self.memberless:
            return self.title
        over = [ref for ref in heading_bodies if ref.label == "Organization" and ref.name not in self.memberless]
        return over[-1] if len(set(over)) == 1 else None


# ", and so do Australia and India", ", as are Norway and Denmark": a clause that says the same of other states
# (not "and so might Norway", "as would Norway": a guess); ", joined on 1 January by Bahrain and Latvia": states
# that came to stand as those before them do
SAID_ALIKE = re.compile(
    r",?\s+(?:(?:and\s+so|as)\s+(?:do|does|did|is|are|was|were|has|have|had)"
    r"|joined(?:\s+(?:on|in|at|from)(?:\s+[\w-]+){1,3}?|\s+(?:later|then|soon|also))?\s+by)\s+(?:the\s+)?",
    re.IGNORECASE,
)


def members_alike(text: str, slots: list[Slot], facts: list[Fact]) -> list[Fact]:
    """The memberships a clause like ", and so do Australia and India" gives: the states it names
    belong to each body a state before it belongs to, by the facts the sentence already gave.

    >>> text = "Canada belongs to the Commonwealth, and so do Australia and India."
    >>> slots = [Slot(0, 6, (Ref("Canada", "State"),)), Slot(22, 34, (Ref("Commonwealth of Nations", "Organization"),)),
    ...          Slot(46, 55, (Ref("Australia", "State"),)), Slot(60, 65, (Ref("India", "State"),))]
    >>> [fact.source.name for fact in members_alike(text, slots, [Fact("MEMBER_OF", Ref("Canada", "State"), slots[1].refs[0])])]
    ['Australia', 'India']
    """
    alike = SAID_ALIKE.search(text)
    if alike is None or not _membership_just_before(text, slots, facts, alike.start()):
        return []
    before = {ref.name for slot in slots if slot.end <= alike.start() for ref in slot.refs}
    bodies = list(dict.fromkeys(fact.target for fact in facts if fact.type == "MEMBER_OF" and fact.source.name in before))
    states = _roll(text, slots, alike.end(), notes=False) if bodies else None
    return [Fact("MEMBER_OF", state, body) for body in bodies for state in states or ()]


def _membership_just_before(text: str, slots: list[Slot], facts: list[Fact], cue: int) -> bool:
    """Whether the clause before ``cue`` ends on the membership itself: its body ("a member of NATO, as are
    ...", "belongs to it, and so do ..."), or its members ("they are Greece and Panama, joined by ...");
    not on another predicate ("Britain, a permanent member, votes in favour, as do Japan and Ukraine")."""
    if re.search(r"\bit(?:\s+(?:since|from|in)\s+\d{4})?\s*$", text[:cue]):
        return True
    last = next((slot for slot in reversed(slots) if slot.end <= cue), None)
    if last is None:
        return False
    gap = text[last.end:cue]
    names = {ref.name for ref in last.refs}
    if any(fact.type == "MEMBER_OF" and fact.target.name in names for fact in facts):
        return re.fullmatch(r"(?:\s+(?:since|from|in)\s+(?:\w+\s+)?\d{4})?", gap) is not None
    return any(fact.type == "MEMBER_OF" and fact.source.name in names for fact in facts) and BRACKET_NOTES.fullmatch(gap) is not None


BRACKET_NOTES = re.compile(r"(?:\s*\([^()]{0,40}\))*")


def _blanked(text: str, bodies: list[Slot]) -> str:
    """``text`` with each organization's name turned into "@"s, so that a label reads the same whatever body it names."""
    if not bodies:
        return text
    chars = list(text)
    for slot in bodies:
        chars[slot.start:slot.end] = "@" * (slot.end - slot.start)
    return "".join(chars)


TITLE_LINE = re.compile(r"[\W_\d]*(?:the\s+)?@+(?:\s*\([^()]*\))?[\W_]*", re.IGNORECASE)


def _titled_body(text: str, slots: list[Slot]) -> Ref | None:
    """The organization a line names and nothing else ("## The Quad", "4. AUKUS (2021)"), if it does."""
    if len(slots) != 1 or "Organization" not in slots[0].labels or len(text) > 90:
        return None
    if not TITLE_LINE.fullmatch(_blanked(text, slots)):
        return None
    return next(ref for ref in slots[0].refs if ref.label == "Organization")


COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}


def _count_unfilled(roll: re.Match, states: list[Ref]) -> bool:
    """Whether a counted roll names fewer or more than its count ("The four members are Fiji, Samoa and Tonga"),
    unless it is said to be part of the whole ("Its six founders included ...")."""
    count = roll.group("count")
    if count is None or (roll.group("verb") or "").lower().startswith("includ"):
        return False
    return (int(count) if count.isdigit() else COUNTS[count.lower()]) != len(states)


def _states_before(slots: list[Slot], end: int) -> bool:
    return any("State" in s.labels for s in slots if s.start < end)


# A label that names the states after it as those that came in: "Later entrants:", "Three more countries have
# joined since:", "Five states joined later:" (a hedged or planned one, "expected to join", is no such label)
ENTRANTS_TIER = re.compile(
    r"(?:(?:later|new|recent|newer|subsequent)\s+)?(?:entrants|newcomers|joiners)"
    r"|(?:\w+\s+)?(?:more\s+|other\s+|new\s+)?(?:states|countries|nations|members)\s+(?:have\s+|has\s+)?(?:since\s+)?"
    r"(?:joined|acceded|came\s+in|were\s+admitted)(?:\s+(?:later|since|afterwards|since\s+then|in\s+(?:19|20)\d\d))?"
    # "Joined later:", "Admitted since:": the verb of entry alone
    r"|(?:joined|admitted|acceded)(?:\s+(?:later|since|afterwards|subsequently|since\s+then))?",
    re.IGNORECASE,
)
# the words of a lead-in line around its tier: "Its members are:", "The member states are as follows:", "Members as of
# the article:", "Members in 2024:"
LEAD_IN_WORDS = re.compile(
    r"^(?:its|their|the)\s+|\s+(?:are|were|include)(?:\s+as\s+follows)?$|\s+(?:as\s+of|in|at|since)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?$",
    re.IGNORECASE,
)


def _member_tier(tier: str, label: str) -> bool | None:
    """True for a members' label, False for another tier's ("Observers", "Dialogue partners"),
    None for a label that names no tier or that is negated or hedged."""
    if NEGATED_LABEL.search(label):
        return None
    if OTHER_TIER.search(label):
        return False
    tier = LEAD_IN_WORDS.sub("", tier.strip())
    return True if re.fullmatch(MEMBER_TIER, tier, re.IGNORECASE) or ENTRANTS_TIER.fullmatch(tier) else None


def _roll(text: str, slots: list[Slot], start: int, notes: bool, stop: bool = False) -> list[Ref] | None:
    """The states named from ``start`` on when nothing but a roll of names stands there:
    names joined by commas, "and" or "plus", each perhaps with a bracketed note that gives
    no other tier ("Armenia (1991)", not "Iran (observer)"). With ``notes`` an entry may end
    in a note of its own after a dash, colon or comma ("Zimbabwe – member since 1980"), and
    with ``stop`` the roll ends at the next label ("...; Observers: Mongolia")."""
    named = [s for s in slots if s.start >= start]
    states: list[Ref] = []
    position = start
    for slot in named:
        if not ({"State"} >= slot.labels) or slot.kind in ("demonym", "reference"):
            break
        gap = text[position:slot.start]
        note = BRACKET_NOTE.match(gap)
        if note and states:
            if OTHER_TIER.search(note.group(1)) or NOTE_NEGATION.search(note.group(1)):
                states.pop()  # "Iran (observer)": that name is no member
            gap = gap[note.end():]
        if not ROLL_JOINT.fullmatch(gap):
            break
        states.append(slot.refs[0])
        position = slot.end
    if not states:
        return None
    rest = text[position:]
    note = BRACKET_NOTE.match(rest)
    if note:
        if OTHER_TIER.search(note.group(1)) or NOTE_NEGATION.search(note.group(1)):
            states.pop()
        rest = rest[note.end():]
    if stop and re.match(r"\s*[;.]\s*[A-Za-z][\w\s-]{0,30}:", rest):
        return states  # "; Observers: ..." opens the next tier
    tail = ENTRY_TAIL.match(rest)
    if tail is None or (tail.group("note") is not None and not notes):
        return None
    remark = tail.group("note")
    if remark is not None:
        remark = OTHER_BODY_TIER.sub("", _blanked(text, [s for s in slots if "Organization" in s.labels])[len(text) - len(rest) + tail.start("note"):])
    if remark is not None and (OTHER_TIER.search(BRACKET_NOTE.sub("", remark)) or NOTE_NEGATION.search(BRACKET_NOTE.sub("", remark)) or NEGATED_LABEL.search(BRACKET_NOTE.sub("", remark))):
        return None  # "- Gabon – suspended in 2023", "- Sudan: membership not yet restored"
    return states or None


# "NATO; Finland in 2023, Sweden in 2024", "The SCO has grown since 2001: India and Pakistan in 2017, Iran in
# 2023": a body, then its entrants, each group of names with the year it came in
DATED_LIST_OPENER = re.compile(r"(?:\s+(?:club|bloc|group|grouping|alliance|organi[sz]ation))?(?:\s+(?:has\s+|have\s+)?(?:grown|grew|expanded|enlarged|widened)(?:\s+(?:since|from)\s+\d{4})?)?\s*[:;]\s*(?:the\s+)?", re.IGNORECASE)
DATED_ITEM_YEAR = re.compile(r"\s+in\s+(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d")
DATED_LIST_JOINER = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?")
DATED_LIST_END = re.compile(r"\s*(?:[.;]\s*)?$")


def dated_entrants(text: str, slots: list[Slot], memberless: frozenset = frozenset()) -> list[Fact]:
    """The members a body's dated list of entrants names: two groups or more, each closed by its year,
    and nothing else up to the end of the sentence.

    >>> text = "The SCO has grown: India and Pakistan in 2017, Iran in 2023."
    >>> slots = [Slot(4, 7, (Ref("Shanghai Cooperation Organisation", "Organization"),)), Slot(19, 24, (Ref("India", "State"),)),
    ...          Slot(29, 37, (Ref("Pakistan", "State"),)), Slot(47, 51, (Ref("Iran", "State"),))]
    >>> [fact.source.name for fact in dated_entrants(text, slots)]
    ['India', 'Pakistan', 'Iran']
    """
    for index, slot in enumerate(slots):
        bodies = [ref for ref in slot.refs if ref.label == "Organization" and ref.name not in memberless]
        opener = DATED_LIST_OPENER.match(text, slot.end) if bodies else None
        if opener is None or OTHER_TIER.search(text, 0, slot.start) or NEGATED_LABEL.search(text, 0, slot.start):
            continue  # "Expected to join NATO: ...", "Partners of the SCO: ...": no members listed
        position, entrants, dated = opener.end(), [], 0
        for entrant in slots[index + 1:]:
            joined = DATED_LIST_JOINER.fullmatch(text, position, entrant.start)
            if entrant.start != position and not joined or "State" not in entrant.labels:
                break
            entrants += [ref for ref in entrant.refs if ref.label == "State"]
            position = entrant.end
            year = DATED_ITEM_YEAR.match(text, position)
            if year:
                dated, position = dated + 1, year.end()
        # (the last group dated too: "..., Iran in 2023 and Belarus" leaves the list open to other readings)
        if dated >= 2 and DATED_LIST_END.match(text, position) and text[position - 4:position].isdigit():
            return [Fact("MEMBER_OF", state, body) for state in dict.fromkeys(entrants) for body in bodies]
    return []
