"""A generated battery of WHOLE membership notes: documents of four to ten blocks about one to four
bodies, set out in the layouts writers of such notes use, each member bound to its body by the
document's structure rather than by the sentence that names it (MEMBER_OF only).

Every document is built from parts: a title, perhaps an opening paragraph that names other bodies
in passing, then one part per body in the document's layout, perhaps a closing block (sources, a
note on dates). The layouts:

- ``sections``: a section per body, its name, abbreviation or another name of it in the heading,
  a lead sentence, then a definition line ("Members: ...", "Member states (9): ...", "Full members
  — ...") and a line of another tier ("Observers: ...");
- ``status_bullets``: a section per body whose bullets give each state a status ("— full member
  since 2017", "(founding member)", "observer", "dialogue partner", "withdrew 2012");
- ``status_table``: one markdown table of state, body and status for every body of the note;
- ``matrix``: one markdown or HTML table with a column per body, cells ticked, "yes", a year, or a
  tier that is no membership;
- ``timeline``: a section per body, a line per year ("2001: founded by ...", "2017 — India,
  Pakistan", "2024: Laos granted observer status");
- ``history``: prose in which only the first paragraph of a body's part names it, and the later
  paragraphs say "joined in 2023", "was admitted", "acceded", "became its tenth member" with no
  reference word;
- ``comparison``: a paragraph naming two bodies, then notes per state naming each body it is in;
- ``faq``: a body's questions and answers ("Is Turkey a member? Yes, since 1952.");
- ``footnotes``: rolls with note marks, the notes in a block at the end;
- ``handling``: a briefing's handling points, each bullet on one body;
- ``passing``: a body's section that names another body in passing before its members' line.

An item's expected relations are the memberships its parts state, computed from the parts. The
controls stand inside the same documents (GUIDELINES: observers, dialogue partners, applicants,
candidates, guests and states that left are no members): a state of one tier for one body may be a
member of another body of the note, so a binding to the wrong body shows as a false relation.
Suspended members are neither expected nor false (some gold counts them).

>>> items = battery(seed=3, per_layout=2)
>>> sorted({item.shape for item in items}) == sorted(LAYOUTS)
True
>>> all(item.expected for item in items)
True
"""
from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass

from tests.loaders.battery_text import ParagraphItem
from tests.loaders.battery_text import DistinctDraw
from tests.loaders.battery_text import capitalised as cap
from tests.loaders.battery_text import spoken_list

THE = {"United States", "United Kingdom", "United Arab Emirates", "Philippines", "Netherlands", "Czech Republic"}
STATES = ["Russia", "China", "India", "Iran", "Pakistan", "Kazakhstan", "Kyrgyzstan", "Tajikistan", "Uzbekistan", "Belarus",
          "Armenia", "Brazil", "South Africa", "Egypt", "Ethiopia", "Finland", "Sweden", "Estonia", "Latvia", "Lithuania",
          "Montenegro", "Albania", "Croatia", "Hungary", "Poland", "Norway", "Canada", "Brunei", "Cambodia", "Malaysia",
          "Vietnam", "Laos", "Nigeria", "Ghana", "Argentina", "Saudi Arabia", "Indonesia", "Mongolia", "Azerbaijan",
          "Turkey", "Oman", "Qatar", "Kuwait", "Bahrain", "Senegal", "Kenya", "Georgia", "Moldova", "Thailand", "Chile",
          "Mexico", "Colombia", "Peru", "Algeria", "Morocco", "Tunisia", "Jordan", "Iraq", "Denmark", "Portugal"] + sorted(THE)
YEARS = list(range(1990, 2025))
ORDINALS = ["fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth"]


@dataclass(frozen=True)
class Body:
    name: str  # canonical
    full: str  # as written in prose, with its article
    abbreviation: str | None
    other: str | None  # another name the gazetteer knows it by
    noun: str

    def heading_name(self, rng: random.Random) -> str:
        """How a heading names it: the full name (perhaps with the abbreviation), the abbreviation, or its other name."""
        bare = cap(self.full.removeprefix("the "))
        forms = [bare, f"{bare} ({self.abbreviation})" if self.abbreviation else bare]
        if self.abbreviation:
            forms.append(self.abbreviation)
        if self.other:
            forms.append(self.other)
        return rng.choice(forms)

    def mention(self, rng: random.Random) -> str:
        """How a sentence names it."""
        if self.abbreviation and rng.random() < 0.5:
            return self.abbreviation if self.abbreviation in ("NATO", "ASEAN", "ECOWAS", "BRICS") else f"the {self.abbreviation}"
        return self.full

    def column(self) -> str:
        return self.abbreviation or cap(self.full.removeprefix("the "))


BODIES = [
    Body("Shanghai Cooperation Organisation", "the Shanghai Cooperation Organisation", "SCO", None, "organisation"),
    Body("BRICS", "BRICS", None, None, "group"),
    Body("Collective Security Treaty Organization", "the Collective Security Treaty Organization", "CSTO", None, "alliance"),
    Body("North Atlantic Treaty Organization", "the North Atlantic Treaty Organization", "NATO", "The Atlantic Alliance", "alliance"),
    Body("Association of Southeast Asian Nations", "the Association of Southeast Asian Nations", "ASEAN", None, "association"),
    Body("African Union", "the African Union", "AU", None, "union"),
    Body("Economic Community of West African States", "the Economic Community of West African States", "ECOWAS", None, "community"),
    Body("European Union", "the European Union", "EU", None, "union"),
    Body("Gulf Cooperation Council", "the Gulf Cooperation Council", "GCC", None, "council"),
    Body("Arab League", "the Arab League", None, "The League of Arab States", "league"),
    Body("Organization of American States", "the Organization of American States", "OAS", None, "organization"),
    Body("Quadrilateral Security Dialogue", "the Quadrilateral Security Dialogue", "Quad", None, "dialogue"),
    Body("AUKUS", "AUKUS", None, None, "pact"),
    Body("Commonwealth of Independent States", "the Commonwealth of Independent States", "CIS", None, "commonwealth"),
    Body("Eurasian Economic Union", "the Eurasian Economic Union", "EAEU", None, "union"),
]
# tiers of a state's standing, as a note after its name; "member" tiers give MEMBER_OF, "other" give nothing,
# "open" may give it or not (GUIDELINES are silent on suspended members; some gold counts them)
MEMBER_NOTES = ["full member since {y}", "founding member", "founding member, {y}", "member since {y}", "joined {y}",
                "admitted in {y}", "acceded {y}", "full member"]
OTHER_NOTES = ["observer", "observer since {y}", "dialogue partner", "dialogue partner since {y}", "applicant",
               "applied {y}", "withdrew {y}", "left in {y}", "guest at the {y} summit", "candidate for membership",
               "partner country"]
OPEN_NOTES = ["suspended", "suspended since {y}"]


class Draw(DistinctDraw):
    """Random parts for one document: bodies and states that differ from each other, years."""

    POOL = STATES

    def bodies(self, n: int) -> list[Body]:
        return self.rng.sample(BODIES, n)

    def year(self) -> int:
        return self.rng.choice(YEARS)

    def pick(self, options):
        return self.rng.choice(options)

    def chance(self, p: float) -> bool:
        return self.rng.random() < p


def surface(state: str) -> str:
    return f"the {state}" if state in THE else state


def names(states: list[str]) -> str:
    return spoken_list([surface(s) for s in states])


def commas(states: list[str]) -> str:
    return ", ".join(surface(s) for s in states)


class Part:
    """One body's part of a document: its text and the memberships (state, body) it states, may state or must not."""

    def __init__(self):
        self.blocks: list[str] = []
        self.members: set[tuple[str, str]] = set()
        self.open: set[tuple[str, str]] = set()
        self.notes: list[str] = []  # footnotes the document closes with

    def add(self, block: str) -> None:
        self.blocks.append(block)


def _status(d: Draw, kind: str) -> str:
    notes = {"member": MEMBER_NOTES, "other": OTHER_NOTES, "open": OPEN_NOTES}[kind]
    return d.pick(notes).format(y=d.year())


def _tiers(d: Draw, body: Body, part: Part, members: int, others: int, shared: list[str]) -> list[tuple[str, str]]:
    """(state, tier kind) for a body's roll: ``members`` members, ``others`` states of another tier, among them
    perhaps a state the note made a member of another body; perhaps one suspended member."""
    rows = [(s, "member") for s in d.states(members)]
    other_states = [shared.pop()] if shared and d.chance(0.6) else []
    other_states += d.states(others - len(other_states)) if others > len(other_states) else []
    rows += [(s, "other") for s in other_states]
    if d.chance(0.15):
        rows += [(s, "open") for s in d.states(1)]
    for state, kind in rows:
        if kind == "member":
            part.members.add((state, body.name))
        elif kind == "open":
            part.open.add((state, body.name))
    return rows


def _heading(d: Draw, text: str, style: str) -> str:
    return {"md2": f"## {text}", "md3": f"### {text}", "bold": f"**{text}**", "plain": text}[style]


def _lead(d: Draw, body: Body) -> str:
    y = d.year()
    return d.pick([f"Founded in {y}, it holds a summit every year.", f"Its secretariat opened in {y}.",
                   f"The {body.noun} takes decisions by consensus.", f"Its charter dates from {y}.", ""])


# ---- layouts: each writes one body's part; ``shared`` holds members of bodies already written

def sections(d: Draw, body: Body, shared: list[str], style: str) -> Part:
    part = Part()
    rows = _tiers(d, body, part, d.pick([2, 3, 4]), d.pick([0, 1, 2]), shared)
    members = [s for s, k in rows if k == "member"]
    others = [s for s, k in rows if k == "other"]
    suspended = [s for s, k in rows if k == "open"]
    head = _heading(d, body.heading_name(d.rng), style)
    lead = _lead(d, body)
    part.add(head + ("\n\n" + lead if lead else ""))
    label = d.pick(["Members: {}.", f"Member states ({len(members)}): {{}}", "Full members — {}", "Members — {}",
                    "Current members: {}.", "**Members:** {}"])
    if d.chance(0.4) and len(members) > 2:
        first, later = members[:2], members[2:]
        line = f"Founding members: {commas(first)}. Joined later: " + ", ".join(f"{surface(s)} ({d.year()})" for s in later) + "."
    else:
        line = label.format(commas(members) if "," in label or "—" in label else names(members))
    lines = [line]
    if others:
        lines.append(d.pick(["Observers: {}.", "Dialogue partners: {}.", "Applicants: {}.", "Observer states: {}."]).format(names(others)))
    if suspended:
        lines.append(f"Suspended: {names(suspended)}.")
    part.add("\n".join(lines) if d.chance(0.5) else "\n\n".join(lines))
    return part


def status_bullets(d: Draw, body: Body, shared: list[str], style: str) -> Part:
    part = Part()
    rows = _tiers(d, body, part, d.pick([2, 3, 4]), d.pick([1, 2]), shared)
    d.rng.shuffle(rows)
    part.add(_heading(d, body.heading_name(d.rng), style))
    lead = d.pick(["", "Status of each state:", "Who is in it:", "Membership at a glance:"])
    form = d.pick(["- {s} — {n}", "- {s} ({n})", "- **{s}**: {n}", "* {s}, {n}", "- {s} -- {n}"])
    bullets = "\n".join(form.format(s=surface(s), n=_status(d, k)) for s, k in rows)
    part.add((lead + "\n" if lead else "") + bullets)
    return part


def timeline(d: Draw, body: Body, shared: list[str], style: str) -> Part:
    part = Part()
    founders, later, last = d.states(d.pick([2, 3])), d.states(2), d.states(1)
    other = [shared.pop()] if shared and d.chance(0.5) else d.states(1)
    y = d.pick(YEARS[:15])
    dash = d.pick([": ", " — ", " – ", " - "])
    part.add(_heading(d, d.pick([body.heading_name(d.rng), f"{body.heading_name(d.rng)}: a timeline", f"{body.heading_name(d.rng)} — key dates"]), style))
    lines = [f"{y}{dash}" + d.pick([f"founded by {names(founders)}", f"founding members: {commas(founders)}", f"{names(founders)} sign the charter"]),
             f"{y + 5}{dash}" + d.pick([names(later), f"{names(later)} admitted", f"{names(later)} join"]),
             f"{y + 9}{dash}" + d.pick([f"{surface(last[0])} joins", f"{surface(last[0])} admitted as the {d.pick(ORDINALS)} member",
                                        f"{surface(last[0])} accedes"]),
             f"{y + 11}{dash}" + d.pick([f"{surface(other[0])} granted observer status", f"{surface(other[0])} applies to join",
                                         f"{surface(other[0])} becomes a dialogue partner", f"{surface(other[0])} withdraws"])]
    bullet = d.pick(["", "- "])
    part.add("\n".join(bullet + line for line in lines))
    part.members |= {(s, body.name) for s in founders + later + last}
    return part


def history(d: Draw, body: Body, shared: list[str], style: str) -> Part:
    """The body named in the first paragraph only; later paragraphs tell entries with no reference word."""
    part = Part()
    y = d.pick(YEARS[:12])
    founders = d.states(d.pick([2, 3]))
    part.add(d.pick([f"{cap(body.full)} was founded in {y} by {names(founders)}.",
                     f"{cap(body.full)} grew out of talks held in {y}. {cap(names(founders))} were its founding members."]))
    part.members |= {(s, body.name) for s in founders}
    entries = []
    for _ in range(d.pick([2, 3])):
        (a,), yy = d.states(1), d.year()
        entries.append(d.pick([f"{cap(surface(a))} joined in {yy}.", f"In {yy} {surface(a)} was admitted.",
                               f"{cap(surface(a))} acceded in {yy}.", f"{cap(surface(a))} became its {d.pick(ORDINALS)} member in {yy}.",
                               f"{cap(surface(a))} was admitted as a full member in {yy}."]))
        part.members.add((a, body.name))
    other = [shared.pop()] if shared and d.chance(0.5) else d.states(1)
    control = d.pick([f"{cap(surface(other[0]))} applied in {d.year()} and is still waiting.",
                      f"{cap(surface(other[0]))} has attended summits as an observer since {d.year()}.",
                      f"{cap(surface(other[0]))} left in {d.year()}.", f"{cap(surface(other[0]))} became a dialogue partner in {d.year()}."])
    entries.insert(d.rng.randrange(len(entries) + 1), control)
    if d.chance(0.5):
        part.add(" ".join(entries))
    else:
        for entry in entries:
            part.add(entry)
    return part


def faq(d: Draw, body: Body, shared: list[str], style: str) -> Part:
    part = Part()
    members, others = d.states(2), ([shared.pop()] if shared and d.chance(0.5) else d.states(1))
    part.add(_heading(d, d.pick([f"{body.heading_name(d.rng)}: questions and answers", f"FAQ: {body.heading_name(d.rng)}",
                                 body.heading_name(d.rng)]), style))
    qa = []
    for state in members:
        q = d.pick([f"Is {surface(state)} a member?", f"Is {surface(state)} a full member?", f"Does {surface(state)} belong to it?"])
        a = d.pick([f"Yes, since {d.year()}.", "Yes — a founding member.", f"Yes. It joined in {d.year()}."])
        qa.append((q, a))
    state = others[0]
    qa.append((d.pick([f"Is {surface(state)} a member?", f"Does {surface(state)} belong to it?"]),
               d.pick([f"No. {cap(surface(state))} is an observer.", "No; it is a dialogue partner.", f"No. It applied in {d.year()}.",
                       "Not any more: it withdrew."])))
    d.rng.shuffle(qa)
    form = d.pick(["**{q}** {a}", "Q: {q}\nA: {a}", "{q}\n{a}"])
    for q, a in qa:
        part.add(form.format(q=q, a=a))
    part.members |= {(s, body.name) for s in members}
    return part


def footnotes(d: Draw, body: Body, shared: list[str], style: str, marks: list[int]) -> Part:
    part = Part()
    members, others = d.states(d.pick([2, 3])), d.states(1)
    part.add(_heading(d, body.heading_name(d.rng), style))
    cited = []
    for s in members:
        marks.append(len(marks) + 1)
        cited.append((s, marks[-1]))
    roll = ", ".join(f"{surface(s)}[{m}]" for s, m in cited)
    part.add(f"Members: {roll}.\nObservers: {names(others)}.")
    part.members |= {(s, body.name) for s in members}
    part.notes = [f"[{m}] " + d.pick([f"Joined in {d.year()}.", "Founding member.", f"Admitted {d.year()}.",
                                        "Ratification completed late."]) for _, m in cited]
    return part


def handling(d: Draw, body: Body, shared: list[str], style: str) -> Part:
    part = Part()
    members, other = d.states(2), ([shared.pop()] if shared and d.chance(0.5) else d.states(1))
    on = d.pick([f"On {body.mention(d.rng)}:", f"If asked about {body.mention(d.rng)}:", f"{cap(body.mention(d.rng))}:"])
    said = d.pick([f"{cap(names(members))} are full members (since {d.year()}).", f"{cap(names(members))} are members.",
                   f"{cap(names(members))} joined in {d.year()}."])
    warn = d.pick([f"Do not call {surface(other[0])} a member; it is an observer.", f"{cap(surface(other[0]))} is only a dialogue partner.",
                   f"{cap(surface(other[0]))} has applied but is not a member."])
    part.add(f"- {on} {said} {warn}")
    part.members |= {(s, body.name) for s in members}
    return part


def passing(d: Draw, body: Body, shared: list[str], style: str) -> Part:
    """A body's section whose lead names another body in passing before the members' line."""
    part = Part()
    other = d.pick([b for b in BODIES if b.name != body.name])
    members = d.states(d.pick([2, 3]))
    part.add(_heading(d, body.heading_name(d.rng), style))
    part.add(d.pick([f"Often compared with {other.mention(d.rng)}, it has no mutual-defence clause.",
                     f"Unlike {other.mention(d.rng)}, the {body.noun} has no standing forces.",
                     f"It was modelled in part on {other.mention(d.rng)}."]))
    part.add(d.pick([f"Members: {names(members)}.", f"Its members are {names(members)}.", f"Member states: {commas(members)}"]))
    part.members |= {(s, body.name) for s in members}
    return part


PER_BODY = {"sections": sections, "status_bullets": status_bullets, "timeline": timeline, "history": history, "faq": faq,
            "handling": handling, "passing": passing}


# ---- layouts over every body at once

def status_table(d: Draw, bodies: list[Body]) -> tuple[str, set, set, str]:
    rows, members, open_ = [], set(), set()
    head = d.pick(["| State | Organisation | Status |", "| Country | Body | Standing |", "| Member | Grouping | Status |"])
    shared: list[str] = []
    for body in bodies:
        part = Part()
        for state, kind in _tiers(d, body, part, d.pick([2, 3]), d.pick([0, 1]), shared):
            rows.append(f"| {surface(state)} | {body.column()} | {cap(_status(d, kind))} |")
            if kind == "member":
                shared.append(state)
        members |= part.members
        open_ |= part.open
    d.rng.shuffle(rows)
    return f"{head}\n|---|---|---|\n" + "\n".join(rows), members, open_, "md"


TICKS = ["✓", "yes", "Yes", "✔", "member", "{y}", "founding"]
BLANKS = ["—", "-", "no", "", "observer", "partner", "applicant"]


def matrix(d: Draw, bodies: list[Body]) -> tuple[str, set, set, str]:
    states = d.states(d.pick([3, 4, 5]))
    members = set()
    tick = d.pick(TICKS)
    table = []
    for state in states:
        cells = []
        for body in bodies:
            if d.chance(0.5):
                cells.append(tick.format(y=d.year()))
                members.add((state, body.name))
            else:
                cells.append(d.pick(BLANKS))
        table.append((surface(state), cells))
    if not members:  # every document states a membership
        table[0][1][0] = tick.format(y=d.year())
        members.add((states[0], bodies[0].name))
    first = d.pick(["State", "Country", ""])
    if d.chance(0.5):
        head = f"| {first} | " + " | ".join(b.column() for b in bodies) + " |"
        rule = "|---" * (len(bodies) + 1) + "|"
        body_rows = "\n".join(f"| {s} | " + " | ".join(cells) + " |" for s, cells in table)
        return f"{head}\n{rule}\n{body_rows}", members, set(), "md"
    head = f"<tr><th>{first}</th>" + "".join(f"<th>{b.column()}</th>" for b in bodies) + "</tr>"
    body_rows = "".join(f"<tr><td>{s}</td>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>" for s, cells in table)
    return f"<table>{head}{body_rows}</table>", members, set(), "html"


def comparison(d: Draw, bodies: list[Body]) -> tuple[str, set, set, str]:
    """A paragraph naming two bodies, then a note per state naming each body it is in."""
    if len(bodies) < 2:
        bodies = bodies + [d.pick([b for b in BODIES if b.name != bodies[0].name])]
    a, b = bodies[0], bodies[1]
    blocks = [d.pick([f"{cap(a.mention(d.rng))} and {b.mention(d.rng)} overlap: several states sit in both.",
                      f"This note compares {a.mention(d.rng)} with {b.mention(d.rng)}."])]
    members = set()
    style = d.pick(["md3", "bold", "plain"])
    for state in d.states(d.pick([2, 3])):
        notes = []
        for body in bodies:
            kind = d.pick(["member", "member", "other", "none"])
            if kind == "none":
                continue
            notes.append((body, kind))
            if kind == "member":
                members.add((state, body.name))
        if not any(kind == "member" for _, kind in notes):
            notes = [(bodies[0], "member")] + [(body, kind) for body, kind in notes if body is not bodies[0]]
            members.add((state, bodies[0].name))
        form = d.pick(["bullets", "line"])
        if form == "bullets":
            lines = "\n".join(f"- {body.column()}: {_status(d, kind)}" for body, kind in notes)
            blocks.append(_heading(d, cap(surface(state)), style) + "\n\n" + lines)
        else:
            blocks.append(f"{cap(surface(state))} — " + "; ".join(f"{body.column()} ({_status(d, kind)})" for body, kind in notes) + ".")
    return "\n\n".join(blocks), members, set(), "md"


WHOLE = {"status_table": status_table, "matrix": matrix, "comparison": comparison}
LAYOUTS = list(PER_BODY) + list(WHOLE) + ["footnotes"]

TITLES = ["Membership note", "Regional groupings: who belongs to what", "Briefing: memberships at a glance",
          "Background note on regional bodies", "Memberships of the region's states"]


def document(d: Draw, layout: str) -> ParagraphItem:
    bodies = d.bodies(d.pick([1, 2, 2, 3, 4]))
    style = d.pick(["md2", "md3", "bold", "plain"])
    blocks = [_heading(d, d.pick(TITLES), "md2" if style.startswith("md") else "plain")]
    if d.chance(0.5):
        passing_body = d.pick([b for b in BODIES if b not in bodies])
        blocks.append(d.pick([f"This note leaves aside {passing_body.mention(d.rng)}, covered elsewhere.",
                              f"Prepared for the visit; for {passing_body.mention(d.rng)} see the separate brief.",
                              "Figures are as of the date of writing."]))
    members: set = set()
    open_: set = set()
    ext = "md" if style != "plain" else "txt"
    if layout in WHOLE:
        text, members, open_, ext = WHOLE[layout](d, bodies)
        blocks.append(text)
    else:
        shared: list[str] = []
        marks: list[int] = []
        notes: list[str] = []
        if layout == "handling":
            blocks.append("Handling points:" if style == "plain" else _heading(d, "Handling points", style))
        for body in bodies:
            part = footnotes(d, body, shared, style, marks) if layout == "footnotes" else PER_BODY[layout](d, body, shared, style)
            if layout == "handling":
                blocks[-1] += "\n" + part.blocks[0]
            else:
                blocks += part.blocks
            members |= part.members
            open_ |= part.open
            notes += part.notes
            shared += [s for s, _ in sorted(part.members)]  # sorted: a set's order changes with the hash seed
        if notes:
            blocks.append("Notes\n" + "\n".join(notes))
        if layout in ("status_bullets", "footnotes", "handling"):
            ext = "md"
    if d.chance(0.3):
        blocks.append(d.pick(["Sources: the bodies' own websites.", "Dates are those of accession.", "Prepared by the regional desk."]))
    text = "\n\n".join(blocks) + "\n"
    if ext == "html":
        text = "<html><body><main>" + "".join(f"<p>{b}</p>" if not b.startswith("<table") else b for b in blocks) + "</main></body></html>"
    expected = frozenset(("MEMBER_OF", s, b) for s, b in members)
    allowed = frozenset(("MEMBER_OF", s, b) for s, b in open_)
    return ParagraphItem(layout, text, expected, allowed, f"note.{ext}")


def battery(seed: int = 19, per_layout: int = 25) -> list[ParagraphItem]:
    """``per_layout`` documents of every layout."""
    d = Draw(random.Random(seed))
    items = []
    for layout in LAYOUTS:
        for _ in range(per_layout):
            d.used = set()
            items.append(document(d, layout))
    return items


def family_relations(text: str, path: str = "note.txt") -> set:
    """The MEMBER_OF relations (type, source, target) read from ``text`` as a file named ``path``."""
    from loaders.extract import default_extractor
    from loaders.readers import read_bytes
    extraction = default_extractor().extract_document(read_bytes(text.encode("utf-8"), path))
    return {(r.type, r.source, r.target) for r in extraction.relations if r.type == "MEMBER_OF"}


def check(item: ParagraphItem, found: set) -> tuple[set, set]:
    """(missed, false) of an item given what was read from it."""
    return set(item.expected - found), set(found - item.expected - item.allowed)


def report(battery, family_relations) -> None:
    wanted, got, false = Counter(), Counter(), Counter()
    for item in battery():
        found = family_relations(item.text, item.path)
        missed, wrong = check(item, found)
        wanted[item.shape] += len(item.expected)
        got[item.shape] += len(item.expected) - len(missed)
        false[item.shape] += len(wrong)
    for shape in sorted(wanted):
        print(f"{shape:<16} recall {got[shape] / wanted[shape]:.3f}  ({got[shape]}/{wanted[shape]})  false {false[shape]}")
    print(f"{'all':<16} recall {sum(got.values()) / sum(wanted.values()):.3f}  ({sum(got.values())}/{sum(wanted.values())})  false {sum(false.values())}")
