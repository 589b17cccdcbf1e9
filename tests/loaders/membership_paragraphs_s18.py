"""A generated battery of membership notes read as whole paragraphs: the organisation named in a
heading or in the first sentence, its members in later sentences, lists or tables that do not
name it again (MEMBER_OF), with the paragraph-level shapes of LEADS, HOSTED and PARTNERS_WITH
beside them.

Each item is built from parts:

- an *opener* that names the body and no state: a heading ("## Collective Security Treaty
  Organization (CSTO)"), a heading with a lead sentence, or a first sentence ("The SCO is a
  regional bloc set up in 2001.");
- a *statement* that gives the members without naming the body: prose ("Its founding members
  were ...", "The founders, A, B and C, signed the charter in 2001", "Five states joined later:
  ...", "A was admitted together with B", "A and B followed in 2017", "A acceded in 2023, B a
  year later"), a bullet or numbered list under a lead-in line or a "Current members" heading,
  a markdown or HTML table (state | joined), an enlargement timeline ("2001 – founding: A, B");
- a *control* statement in the same place that names states in a tier that is no membership
  (GUIDELINES: observers, dialogue partners, applicants; and invited, expected, hedged, negated,
  withdrawn, summit guests; not suspended members, whom some sets' gold still counts as members).

An item's expected relations are its statement's states times its body, computed from the parts;
a control statement adds nothing, so a control item expects nothing, and a mixed item (members,
then a control line) expects only the members. A second body in a later paragraph with members
of its own checks that each roll binds to the body in view, never to the earlier one.

>>> items = battery(seed=3, per_shape=2)
>>> all(item.expected or item.family == "control" for item in items)
True
"""
from __future__ import annotations

import random
from dataclasses import dataclass

from tests.loaders.battery_text import DistinctDraw
from tests.loaders.battery_text import capitalised as cap
from tests.loaders.battery_text import spoken_list as listed

# (full name as written, abbreviation as written or None, canonical name, the noun a writer uses for it later)
BODIES = [
    ("the Collective Security Treaty Organization", "CSTO", "Collective Security Treaty Organization", "alliance"),
    ("the Shanghai Cooperation Organisation", "SCO", "Shanghai Cooperation Organisation", "organisation"),
    ("the Eurasian Economic Union", "EAEU", "Eurasian Economic Union", "union"),
    ("the Association of Southeast Asian Nations", "ASEAN", "Association of Southeast Asian Nations", "association"),
    ("the Gulf Cooperation Council", "GCC", "Gulf Cooperation Council", "council"),
    ("the Commonwealth of Independent States", "CIS", "Commonwealth of Independent States", "commonwealth"),
    ("the Five Power Defence Arrangements", "FPDA", "Five Power Defence Arrangements", "arrangement"),
    ("the Economic Community of West African States", "ECOWAS", "Economic Community of West African States", "community"),
    ("the Organization of Turkic States", None, "Organization of Turkic States", "organisation"),
    ("the Arctic Council", None, "Arctic Council", "council"),
    ("BRICS", None, "BRICS", "group"),
    ("the African Union", "AU", "African Union", "union"),
    ("the North Atlantic Treaty Organization", "NATO", "North Atlantic Treaty Organization", "alliance"),
]
THE = {"United States", "United Kingdom", "United Arab Emirates", "Czech Republic", "Philippines"}
STATES = ["Russia", "China", "India", "Iran", "Pakistan", "Kazakhstan", "Kyrgyzstan", "Tajikistan", "Uzbekistan", "Belarus",
          "Armenia", "Brazil", "South Africa", "Egypt", "Ethiopia", "Finland", "Sweden", "Estonia", "Latvia", "Lithuania",
          "Montenegro", "Albania", "Croatia", "Hungary", "Poland", "Norway", "Canada", "Brunei", "Cambodia", "Malaysia",
          "Vietnam", "Laos", "Nigeria", "Ghana", "Argentina", "Saudi Arabia", "Indonesia", "Mongolia", "Azerbaijan",
          "Turkey", "Oman", "Qatar", "Kuwait", "Bahrain", "Senegal", "Kenya", "Georgia", "Moldova"] + sorted(THE)
YEARS = list(range(1992, 2025))
NUMBERS = {2: "Two", 3: "Three", 4: "Four", 5: "Five"}
FAMILY = {"MEMBER_OF", "LEADS", "HOSTED", "PARTNERS_WITH"}
SYMMETRIC = {"PARTNERS_WITH"}


@dataclass(frozen=True)
class Item:
    family: str  # the relation type the item is about, or "control"
    shape: str
    text: str
    expected: frozenset  # of (type, source, target)
    path: str = "note.txt"  # the file name says how the text is read: .md and .html through their readers


def surface(state: str) -> str:
    return f"the {state}" if state in THE else state


def names(states: list[str]) -> str:
    return listed([surface(s) for s in states])


@dataclass(frozen=True)
class Body:
    full: str
    abbreviation: str | None
    name: str
    noun: str

    def short(self, rng: random.Random) -> str:
        """How a later line names it: the abbreviation, else the full name."""
        if self.abbreviation and rng.random() < 0.6:
            return self.abbreviation if self.abbreviation in ("NATO", "ASEAN", "ECOWAS") else f"the {self.abbreviation}"
        return self.full

    def heading(self) -> str:
        bare = cap(self.full.removeprefix("the "))
        return f"{bare} ({self.abbreviation})" if self.abbreviation else bare


class Draw(DistinctDraw):
    """Random parts for one item: states that differ from each other, a body, a year."""

    POOL = STATES

    def body(self, avoid: str = "") -> Body:
        return Body(*self.rng.choice([b for b in BODIES if b[2] != avoid]))

    def year(self) -> int:
        return self.rng.choice(YEARS[:-3])

    def pick(self, options):
        return self.rng.choice(options)


# ---- openers: the body named, no state

def opener(d: Draw, body: Body) -> tuple[str, str]:
    """(text, path): a heading, a heading over a lead sentence, or a first sentence."""
    y = d.year()
    kind = d.pick(["md_heading", "md_heading_lead", "sentence", "sentence_abbr", "plain_heading"])
    lead = d.pick([f"It was set up in {y} to coordinate regional security policy.",
                   f"The {body.noun} holds a summit every year.",
                   f"Its secretariat opened in {y}."])
    if kind == "md_heading":
        return f"## {body.heading()}\n\n", "note.md"
    if kind == "md_heading_lead":
        return f"# {body.heading()}\n\n{lead}\n\n", "note.md"
    if kind == "plain_heading":
        return f"{body.heading()}\n\n", "note.txt"
    if kind == "sentence_abbr" and body.abbreviation:
        return f"{cap(body.full)} ({body.abbreviation}) is a regional grouping founded in {y}. ", "note.txt"
    return f"{cap(body.full)} was established in {y}. {lead} ", "note.txt"


# ---- statements of members that do not name the body: each returns (text, states)

def founding_were(d: Draw):
    group = d.states(d.pick([2, 3, 4]))
    return d.pick([f"Its founding members were {names(group)}.", f"The founding members were {names(group)}.",
                   f"Its founders were {names(group)}.", f"The original members were {names(group)}."]), group


def founders_apposition(d: Draw):
    group, y = d.states(3), d.year()
    return d.pick([f"The founders, {names(group)}, signed the charter in {y}.",
                   f"Its six founders included {names(group)}.",
                   f"The founding states, {names(group)}, ratified the treaty in {y}."]), group


def joined_later_colon(d: Draw):
    group = d.states(d.pick([2, 3, 4]))
    n = NUMBERS[len(group)]
    return d.pick([f"{n} states joined later: {names(group)}.", f"{n} more countries have joined since: {names(group)}.",
                   f"Later entrants: {names(group)}."]), group


def among_them(d: Draw):
    group = d.states(2)
    n = d.pick(["nine", "ten", "twelve"])
    return d.pick([f"It now has {n} members. Among them are {names(group)}.",
                   f"Today the {{noun}} has {n} members. Among them are {names(group)}.",
                   f"Among its members are {names(group)}."]), group


def admitted_together(d: Draw):
    (a, b), y = d.states(2), d.year()
    return d.pick([f"{cap(surface(a))} was admitted together with {surface(b)} in {y}.",
                   f"{cap(surface(a))} joined together with {surface(b)} in {y}.",
                   f"In {y} {surface(a)} was admitted along with {surface(b)}."]), [a, b]


def followed(d: Draw):
    (a, b, c), y = d.states(3), d.year()
    return d.pick([f"{cap(surface(a))} joined in {y}. {cap(surface(b))} and {surface(c)} followed in {y + 2}.",
                   f"{cap(surface(a))} was the first to join, in {y}; {surface(b)} and {surface(c)} followed in {y + 3}.",
                   f"{cap(surface(a))} became a member in {y}. {cap(surface(b))} and {surface(c)} followed two years later."]), [a, b, c]


def acceded_gapped(d: Draw):
    (a, b), y = d.states(2), d.year()
    return d.pick([f"{cap(surface(a))} acceded in {y}, {surface(b)} a year later.",
                   f"{cap(surface(a))} acceded in {y} and {surface(b)} in {y + 2}.",
                   f"{cap(surface(a))} was admitted in {y}, {surface(b)} in {y + 1}."]), [a, b]


def full_members_since(d: Draw):
    (a, b), y = d.states(2), d.year()
    return d.pick([f"{cap(surface(a))} and {surface(b)} became full members in {y}.",
                   f"{cap(surface(a))} and {surface(b)} have been members since {y}.",
                   f"{cap(surface(a))} and {surface(b)} were admitted as full members in {y}."]), [a, b]


def newest_member(d: Draw):
    (a,), y = d.states(1), d.year()
    return d.pick([f"{cap(surface(a))} is the newest member, admitted in {y}.",
                   f"The newest member is {surface(a)}, which joined in {y}.",
                   f"{cap(surface(a))} became its newest member in {y}."]), [a]


def today_has(d: Draw):
    group = d.states(d.pick([3, 4, 5]))
    n = NUMBERS[len(group)].lower()
    return d.pick([f"Today it has {n} members: {names(group)}.", f"It has {n} member states: {names(group)}.",
                   f"The {{noun}} has {n} members. They are {names(group)}."]), group


def served_alongside(d: Draw):
    (a, b, c), y = d.states(3), d.year()
    return d.pick([f"{cap(surface(a))} joined in {y}. It served alongside {surface(b)} and {surface(c)}, the other members.",
                   f"{cap(surface(a))}, a member since {y}, sits alongside {surface(b)} and {surface(c)}."]), [a, b, c]


def one_of_members(d: Draw):
    (a, b, c) = d.states(3)
    n = d.pick(["five", "six", "eight", "nine"])
    return d.pick([f"{cap(surface(a))} is one of {n} members, with {surface(b)} and {surface(c)}.",
                   f"On paper {surface(a)} is one of the {n} members, along with {surface(b)} and {surface(c)}.",
                   f"Formally {surface(a)} is still one of {n} members, alongside {surface(b)} and {surface(c)}."]), [a, b, c]


def relative_entry(d: Draw):
    (a, b), y = d.states(2), d.year()
    later = d.pick(["was brought in the following year", "followed the next year", "followed at the start of the next year",
                    "was let in the year after", "came aboard the following year"])
    return f"{cap(surface(a))} joined in {y}. {cap(surface(b))} {later}.", [a, b]


PROSE = [one_of_members, relative_entry, founding_were, founders_apposition, joined_later_colon, among_them, admitted_together, followed, acceded_gapped,
         full_members_since, newest_member, today_has, served_alongside]


# ---- lists and tables: (text, states, path or None)

def bullet_list(d: Draw):
    group = d.states(d.pick([2, 3, 4]))
    mark = d.pick(["- ", "* "])
    lead = d.pick(["Members:", "The member states are:", "Current members:", "### Current members", "Its members are:",
                   "Member states (with year of entry):", f"Members as of {d.year()}:", "Members as of this edition:"])
    years = d.rng.random() < 0.5
    lines = "\n".join(f"{mark}{surface(s)}" + (f" ({d.year()})" if years else "") for s in group)
    return f"{lead}\n\n{lines}\n" if lead.startswith("#") else f"{lead}\n{lines}\n", group, "note.md"


def numbered_list(d: Draw):
    group = d.states(d.pick([2, 3, 4]))
    lead = d.pick(["Members (in order of accession):", "The members are:", "Member states:"])
    lines = "\n".join(f"{i}. {surface(s)} ({d.year()})" for i, s in enumerate(group, 1))
    return f"{lead}\n{lines}\n", group, "note.md"


def markdown_table(d: Draw):
    group = d.states(d.pick([3, 4]))
    head = d.pick(["| State | Joined |", "| Member state | Year of entry |", "| Country | Member since |"])
    rows = "\n".join(f"| {surface(s)} | {d.year()} |" for s in group)
    return f"{head}\n|---|---|\n{rows}\n", group, "note.md"


def html_table(d: Draw):
    group = d.states(d.pick([2, 3]))
    cells = "".join(f"<tr><td>{surface(s)}</td><td>{d.year()}</td></tr>" for s in group)
    return f"<table><tr><th>State</th><th>Joined</th></tr>{cells}</table>", group, "page.html"


def timeline(d: Draw):
    a, b = d.states(3), d.states(2)
    y = d.year()
    dash = d.pick([" – ", " - ", ": "])
    lead = d.pick(["Enlargement timeline:", "### Enlargement", "Membership grew in stages:"])
    lines = (f"{y}{dash}founding: {', '.join(surface(s) for s in a)}\n"
             f"{y + 3}{dash}{names(b)}\n")
    return f"{lead}\n\n{lines}", a + b, "note.md"


def group_table(d: Draw):
    """Bodies in the rows, their members in one cell: the body named by the row, not the opener."""
    first, second = d.body(), None
    while second is None or second.name == first.name:
        second = d.body()
    g1, g2 = d.states(3), d.states(2)
    head = d.pick(["| Group | Members | Founded |", "| Body | Member states | Founded |", "| Grouping | Who | Founded |"])
    rows = (f"| {first.heading()} | {', '.join(surface(s) for s in g1)} | {d.year()} |\n"
            f"| {second.heading()} | {names(g2)} | {d.year()} |\n")
    return f"{head}\n|---|---|---|\n{rows}", {("MEMBER_OF", s, first.name) for s in g1} | {("MEMBER_OF", s, second.name) for s in g2}, "note.md"


LISTS = [bullet_list, numbered_list, markdown_table, html_table, timeline]


# ---- control statements: states named in a tier that is no membership (GUIDELINES)

def control_line(d: Draw) -> tuple[str, str]:
    """(kind, text) with ``{noun}`` left for the body's noun; the states it names are no members."""
    (a, b), y = d.states(2), d.year()
    A, B = cap(surface(a)), surface(b)
    forms = [
        ("observer", f"{A} and {B} have observer status."), ("observer", f"{A} attends as an observer."),
        ("observer", f"Observers: {A}, {B}."), ("observer", f"Observer states:\n- {A}\n- {cap(B)}\n"),
        ("dialogue", f"{A} and {B} are dialogue partners."), ("dialogue", f"Dialogue partners: {A} and {B}."),
        ("applicant", f"{A} applied in {y}."), ("applicant", f"{A} and {B} applied to join in {y}."),
        ("applicant", f"Applicants:\n- {A}\n- {cap(B)}\n"), ("candidate", f"{A} is a candidate for membership."),
        ("invited", f"{A} and {B} were invited to join in {y}."), ("invited", f"{A} was invited to join but has not replied."),
        ("hedged", f"{A} may join next year."), ("hedged", f"{A} and {B} are expected to join in {y + 1}."),
        ("hedged", f"{A} could become a member by {y + 2}."),
        ("withdrew", f"{A} withdrew in {y}."), ("withdrew", f"{A} left the {{noun}} in {y}."),
        ("guest", f"Leaders of {A} and {B} attended the {y} summit as guests."),
        ("negated", f"{A} is not a member."), ("negated", f"Neither {A} nor {B} has joined."),
        ("negated", f"{A} never joined the {{noun}}."),
    ]
    return forms[d.rng.randrange(len(forms))]


# ---- items

def members(states, body: Body) -> set:
    return {("MEMBER_OF", s, body.name) for s in states}


def member_item(d: Draw, shape) -> Item:
    body = d.body()
    text, path = opener(d, body)
    if shape in PROSE:
        statement, group = shape(d)
        if not text.endswith("\n") and d.rng.random() < 0.4:
            text = text.rstrip() + "\n\n"  # the members in a paragraph of their own after the one naming the body
        text += statement.replace("{noun}", body.noun) + "\n"
    elif shape is group_table:
        statement, expected, path = shape(d)
        return Item("MEMBER_OF", shape.__name__, f"## Groupings compared\n\n{statement}", frozenset(expected), path)
    else:
        statement, group, list_path = shape(d)
        if list_path == "page.html":
            bare = body.heading()
            text = f"<html><body><main><h2>{bare}</h2><p>Members by year of entry.</p>{statement}</main></body></html>"
            path = list_path
        else:
            text = (text if text.endswith("\n\n") else text.rstrip() + "\n\n") + statement
            path = list_path
    return Item("MEMBER_OF", shape.__name__, text, frozenset(members(group, body)), path)


def control_item(d: Draw) -> Item:
    """The opener, then a line naming states in a tier that is no membership: nothing."""
    body = d.body()
    text, path = opener(d, body)
    kind, line = control_line(d)
    line = line.replace("{noun}", body.noun)
    if "\n" in line:
        text, path = (text if text.endswith("\n\n") else text.rstrip() + "\n\n") + line, "note.md"
    else:
        text += line + "\n"
    return Item("control", f"control:{kind}", text, frozenset(), path)


def mixed_item(d: Draw) -> Item:
    """Members in one sentence or list, then a control line: only the members."""
    body = d.body()
    text, path = opener(d, body)
    statement, group = d.pick([founding_were, today_has, full_members_since, followed])(d)
    kind, line = control_line(d)
    text += statement.replace("{noun}", body.noun) + " " + line.replace("{noun}", body.noun)
    return Item("MEMBER_OF", f"mixed:{kind}", text if text.endswith("\n") else text + "\n",
                frozenset(members(group, body)), "note.md" if "\n-" in line else path)


def second_body_item(d: Draw) -> Item:
    """Two sections, each a body under its own heading with members of its own: each roll binds to its own body."""
    first = d.body()
    second = d.body(avoid=first.name)
    s1, g1 = d.pick([founding_were, today_has, joined_later_colon])(d)
    s2, g2 = d.pick([founding_were, today_has, joined_later_colon])(d)
    text = (f"## {first.heading()}\n\n{s1.replace('{noun}', first.noun)}\n\n"
            f"## {second.heading()}\n\n{s2.replace('{noun}', second.noun)}\n")
    return Item("MEMBER_OF", "second_body", text, frozenset(members(g1, first) | members(g2, second)), "note.md")


def second_body_list_item(d: Draw) -> Item:
    """A body with a members' list, then another body's section that lists its observers (or dialogue partners,
    or applicants): only the first body's members."""
    first = d.body()
    second = d.body(avoid=first.name)
    g1, g2 = d.states(3), d.states(2)
    text = (f"## {first.heading()}\n\nMembers:\n" + "".join(f"- {surface(s)}\n" for s in g1) +
            f"\n## {second.heading()}\n\n{d.pick(['Observers:', 'Dialogue partners:', 'Applicants:'])}\n" + "".join(f"- {surface(s)}\n" for s in g2))
    return Item("MEMBER_OF", "second_body_observers", text, frozenset(members(g1, first)), "note.md")


# ---- LEADS, HOSTED and PARTNERS_WITH across sentences

INITIATIVES = {"the Belt and Road Initiative": "Belt and Road Initiative", "the Global Security Initiative": "Global Security Initiative"}
EXERCISES = ["Vostok-2018", "Tsentr-2019", "Kavkaz-2020", "Zapad-2021", "Peace Mission-2021", "Joint Sea-2019"]


def leads_item(d: Draw) -> Item:
    written, name = d.pick(list(INITIATIVES.items()))
    (x,), y = d.states(1), d.year()
    opening = d.pick([f"## {cap(written.removeprefix('the '))}\n\n", f"{cap(written)} is a programme of loans and projects. "])
    line = d.pick([f"It was launched by {surface(x)} in {y}.", f"{cap(surface(x))} launched it in {y}.",
                   f"{cap(surface(x))} leads it."])
    return Item("LEADS", "leads_later", opening + line + "\n", frozenset({("LEADS", x, name)}), "note.md")


def hosted_item(d: Draw) -> Item:
    exercise, (x, z) = d.pick(EXERCISES), d.states(2)
    opening = d.pick([f"## {exercise}\n\n", f"{exercise} was a large exercise. "])
    line, host = d.pick([(f"{cap(surface(x))} hosted it.", True), (f"The host was {surface(x)}.", True),
                         (f"It was hosted by {surface(x)}.", True),
                         (f"{cap(surface(z))} sent observers.", False), (f"{cap(surface(z))} may host it next time.", False)])
    expected = {("HOSTED", x, exercise)} if host else set()
    return Item("HOSTED" if host else "control", "hosted_later" if host else "control:host", opening + line + "\n",
                frozenset(expected), "note.md")


def partners_item(d: Draw) -> Item:
    (a, b), y = d.states(2), d.year()
    opening = f"{cap(surface(a))} and {surface(b)} have held talks every year since {y}. "
    line, partners = d.pick([(f"The two countries signed a treaty of friendship in {y + 1}.", True),
                             (f"The two sides agreed a strategic partnership in {y + 2}.", True),
                             (f"The two countries may sign a treaty of friendship next year.", False),
                             (f"The two sides have not agreed a strategic partnership.", False)])
    expected = {("PARTNERS_WITH",) + tuple(sorted((a, b)))} if partners else set()
    return Item("PARTNERS_WITH" if partners else "control", "partners_later" if partners else "control:partners",
                opening + line + "\n", frozenset(expected))


def battery(seed: int = 18, per_shape: int = 10) -> list[Item]:
    """``per_shape`` items of every member shape, as many of each cross-body and other-family maker,
    and controls as many as the member shapes' items over two."""
    d = Draw(random.Random(seed))
    items = []
    for shape in PROSE + LISTS:
        for _ in range(per_shape):
            d.used = set()
            items.append(member_item(d, shape))
    for maker in (mixed_item, second_body_item, second_body_list_item, leads_item, hosted_item, partners_item):
        for _ in range(per_shape * (2 if maker is mixed_item else 1)):
            d.used = set()
            items.append(maker(d))
    for _ in range(len(PROSE + LISTS) * per_shape // 2):
        d.used = set()
        items.append(control_item(d))
    return items


def family_relations(text: str, path: str = "note.txt") -> set:
    """The family's relations (type, source, target) read from ``text`` as a file named ``path``;
    a symmetric relation with its two ends in name order."""
    from loaders.extract import default_extractor
    from loaders.readers import read_bytes
    extractor = default_extractor()
    if path.endswith((".md", ".html")):
        relations = extractor.extract_document(read_bytes(text.encode("utf-8"), path)).relations
    else:
        relations = extractor.extract_text(text, path).relations
    found = set()
    for r in relations:
        if r.type in SYMMETRIC:
            found.add((r.type, *sorted((r.source, r.target))))
        elif r.type in FAMILY:
            found.add((r.type, r.source, r.target))
    return found
