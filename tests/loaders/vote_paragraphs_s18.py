"""A generated PARAGRAPH- and TABLE-level battery for Security Council votes, sanctions and
opposition: VETOED, SANCTIONED and OPPOSES as summaries of UN votes tell them across sentences,
rows and list entries.

Each item is a short document (plain text, markdown or HTML) built from parts: the draft and its
subject named in one sentence, heading or column, the vetoers in a later sentence, a row of a vote
table ("In favour / Against / Abstaining") or a per-draft table, a chronological list of vetoes, a
count of vetoes on one subject; the Council's own sanctions told by a relative clause or a pronoun;
an explanation of vote that condemns the vetoer. The relations an item must give are computed from
the parts, never written per item: a vetoer is a permanent member the parts put in the veto's slot,
the target the subject the parts gave the draft, the year the one the parts gave that draft.

Near-miss controls keep the words with no veto (or no sanction) in them: drafters, co-sponsors and
penholders, abstainers, elected members voting against, a draft adopted despite votes against, a
threatened or possible veto, a General Assembly vote, a denied or hedged veto, a draft never put to
the vote, the sanctions a vetoed draft would have imposed; mixed items state a veto beside such a
near miss, or a second draft in the next paragraph, and must give only the veto of each draft with
its own subject and year.

>>> items = battery(seed=3, size=60)
>>> len(items) == 60 and all(item.expected or item.family == "control" for item in items)
True
"""
from __future__ import annotations

import random
from dataclasses import dataclass

from tests.loaders.battery_text import capitalised as _cap, spoken_list as _list

FAMILY = {"VETOED", "SANCTIONED", "OPPOSES"}

# permanent members: (surface in prose, surface in a vote table, canonical)
PERMANENT = [
    ("Russia", "Russian Federation", "Russia"), ("China", "China", "China"),
    ("the United States", "United States", "United States"), ("the United Kingdom", "United Kingdom", "United Kingdom"),
    ("France", "France", "France"), ("Moscow", "Russian Federation", "Russia"), ("Beijing", "China", "China"),
    ("Britain", "United Kingdom", "United Kingdom"), ("Washington", "United States", "United States"),
]
# elected members, whose no is no veto: (surface, canonical)
ELECTED = [("Algeria", "Algeria"), ("Brazil", "Brazil"), ("Ecuador", "Ecuador"), ("Guyana", "Guyana"),
           ("Japan", "Japan"), ("Malta", "Malta"), ("Mozambique", "Mozambique"), ("Slovenia", "Slovenia"),
           ("Switzerland", "Switzerland"), ("Sierra Leone", "Sierra Leone"), ("Ghana", "Ghana"),
           ("Gabon", "Gabon"), ("Albania", "Albania"), ("Norway", "Norway"), ("Kenya", "Kenya")]
# what a draft concerned: (surface, canonical, label)
SUBJECTS = [("Syria", "Syria", "State"), ("Myanmar", "Myanmar", "State"), ("Venezuela", "Venezuela", "State"),
            ("Yemen", "Yemen", "State"), ("Mali", "Mali", "State"), ("Zimbabwe", "Zimbabwe", "State"),
            ("North Korea", "North Korea", "State"), ("Sudan", "Sudan", "State"), ("Ukraine", "Ukraine", "State"),
            ("Libya", "Libya", "State"), ("Georgia", "Georgia", "State"), ("Bosnia and Herzegovina", "Bosnia and Herzegovina", "State"),
            ("climate security", "Climate security", "Topic"), ("chemical weapons", "Chemical weapons", "Topic"),
            ("cross-border humanitarian aid", "Cross-border humanitarian aid", "Topic"),
            ("nuclear weapons in outer space", "Nuclear weapons in outer space", "Topic")]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "September", "October", "November", "December"]
YEARS = list(range(2004, 2025))
SANCTIONERS = [("the United States", "United States"), ("the European Union", "European Union"), ("Canada", "Canada"),
               ("Japan", "Japan"), ("Australia", "Australia"), ("the United Kingdom", "United Kingdom"),
               ("Switzerland", "Switzerland")]


@dataclass(frozen=True)
class Vote:
    """One draft: who vetoed it, what it concerned and when."""
    prose: tuple  # vetoers as prose names them
    table: tuple  # vetoers as a vote table names them
    vetoers: tuple  # canonical
    subject: str  # as written
    target: str  # canonical
    label: str
    year: int
    month: str

    @property
    def draft(self) -> str:
        return f"a draft resolution on {self.subject}" if self.label == "Topic" else \
            random.Random(self.year).choice([f"a draft resolution on {self.subject}", f"a draft on the situation in {self.subject}",
                                              f"a text on {self.subject}"])


@dataclass(frozen=True)
class Item:
    family: str  # a relationship type, or "control"
    shape: str
    text: str
    expected: frozenset  # (type, source, target), a VETOED one with its year: (type, source, target, year)
    mentioned: frozenset  # canonical names: no other family relation may join two of them
    checked: frozenset = frozenset(FAMILY)  # the types a false relation is counted in
    path: str = "summary.txt"

    @property
    def allowed(self) -> frozenset:
        """Keys that are neither expected nor false: the yearless twin of an expected veto, and an
        opposition beside an expected sanction (the brief's OPPOSES covers sanctions policy)."""
        return frozenset({key[:3] for key in self.expected if len(key) == 4}
                         | {("OPPOSES",) + key[1:3] for key in self.expected if key[0] == "SANCTIONED"})


def _vote(rng, n=None, avoid=()) -> Vote:
    count = n or rng.choice([1, 1, 2])
    chosen, seen = [], set()
    while len(chosen) < count:
        member = rng.choice(PERMANENT)
        if member[2] not in seen:
            seen.add(member[2])
            chosen.append(member)
    subject = rng.choice([s for s in SUBJECTS if s[1] not in avoid])
    return Vote(tuple(c[0] for c in chosen), tuple(c[1] for c in chosen), tuple(c[2] for c in chosen),
                subject[0], subject[1], subject[2], rng.choice(YEARS), rng.choice(MONTHS))


def _elected(rng, n, avoid=()):
    pool = [e for e in ELECTED if e[1] not in avoid]
    return rng.sample(pool, n)


def _others(vote: Vote, elected) -> list[str]:
    """The members voting in favour: the permanent members who did not vote no, and elected members."""
    permanent = [p[1] for p in PERMANENT[:5] if p[2] not in vote.vetoers]
    return permanent + [e[0] for e in elected]


def _vetoes(vote: Vote) -> set:
    return {("VETOED", v, vote.target, vote.year) for v in vote.vetoers}


# ---- VETOED: the draft in one sentence, the veto in a later one

def later_sentence(rng):
    v = _vote(rng)
    intro = rng.choice([
        f"In {v.month} {v.year} the Council voted on {v.draft}.",
        f"The text, on {v.subject}, was put to the vote on {rng.randint(2, 27)} {v.month} {v.year}.",
        f"On {rng.randint(2, 27)} {v.month} {v.year} the members took up {v.draft}, tabled by the elected members.",
        f"{_cap(v.draft)} came before the Council in {v.month} {v.year}.",
    ])
    middle = rng.choice(["", " Fourteen delegations spoke before the vote.", " The sponsors had negotiated the text for three weeks."])
    names = _list(list(v.prose))
    count = "One permanent member" if len(v.prose) == 1 else "Two permanent members"
    veto = rng.choice([
        f" It failed because of negative votes from {names}." if len(v.prose) == 2 else f" It failed because of a negative vote from {names}.",
        f" {_cap(names)} vetoed it.",
        f" It was not adopted, owing to the negative vote of {names}.",
        f" {count}, {names}, voted no, and the draft fell.",
        f" {_cap(names)} voted against it, and it was not adopted.",
    ])
    return intro + middle + veto, _vetoes(v), set(v.vetoers) | {v.target}, "summary.txt"


def tally_result(rng):
    v = _vote(rng)
    abstainers = _elected(rng, rng.choice([1, 2]))
    favour = 15 - len(v.vetoers) - len(abstainers)
    intro = rng.choice([f"In {v.month} {v.year} the Council voted on {v.draft}.",
                        f"{_cap(v.draft)} was put to the vote in {v.month} {v.year}."])
    noes = ", ".join(v.table)
    text = (f"{intro} The result was {favour} in favour, {len(v.vetoers)} against ({noes}), {len(abstainers)} "
            f"abstention{'s' if len(abstainers) > 1 else ''} ({', '.join(a for a, _ in abstainers)}). The draft was not adopted.")
    return text, _vetoes(v), set(v.vetoers) | {v.target} | {c for _, c in abstainers}, "summary.txt"


def _vote_rows(style, rows, caption):
    """A vote table in the given style: rows of (row head, members)."""
    if style == "plain":
        return f"{caption}\n\n" + "\n".join(f"{head}: {members}" for head, members in rows) + "\n"
    if style == "markdown":
        return f"## {caption}\n\n| Vote | Members |\n|---|---|\n" + "\n".join(f"| {head} | {members} |" for head, members in rows) + "\n"
    cells = "".join(f"<tr><td>{head}</td><td>{members}</td></tr>" for head, members in rows)
    return f"<html><body><h2>{caption}</h2><table><tr><th>Vote</th><th>Members</th></tr>{cells}</table></body></html>"


PATHS = {"plain": "summary.txt", "markdown": "summary.md", "html": "summary.html"}


def vote_table(rng):
    """In favour / Against / Abstaining rows under a caption naming the draft, its subject and year;
    an elected member among the noes or a permanent member among the abstainers is no vetoer."""
    v = _vote(rng)
    elected_no = _elected(rng, 1) if rng.random() < 0.4 else []
    abstainers = _elected(rng, rng.choice([1, 2]), avoid={c for _, c in elected_no})
    favour = [m for m in _others(v, _elected(rng, 15 - len(v.vetoers) - len(elected_no) - len(abstainers) - (5 - len(v.vetoers)),
                                               avoid={c for _, c in elected_no + abstainers}))]
    style = rng.choice(["plain", "markdown", "html"])
    caption = rng.choice([f"Draft resolution on {v.subject} ({rng.randint(2, 27)} {v.month} {v.year})",
                          f"Vote on the draft on {v.subject}, {v.month} {v.year}"])
    rows = [("In favour", ", ".join(favour)), ("Against", ", ".join(list(v.table) + [e for e, _ in elected_no])),
            ("Abstaining", ", ".join(a for a, _ in abstainers)), ("Result", "Not adopted")]
    return (_vote_rows(style, rows, caption), _vetoes(v),
            set(v.vetoers) | {v.target} | {c for _, c in elected_no + abstainers}, PATHS[style])


def per_draft_table(rng):
    """One row per draft (date | draft | subject | vetoed by), the year in a heading or in the date."""
    votes, seen = [], set()
    year = rng.choice(YEARS)
    in_heading = rng.random() < 0.5
    for _ in range(rng.choice([2, 3])):
        v = _vote(rng, avoid=seen)
        seen.add(v.target)
        votes.append(Vote(v.prose, v.table, v.vetoers, v.subject, v.target, v.label, year if in_heading else v.year, v.month))
    style = rng.choice(["plain", "markdown", "html"])
    rows = [(f"{rng.randint(2, 27)} {v.month}" + ("" if in_heading else f" {v.year}"), f"S/{v.year}/{rng.randint(100, 990)}",
             _cap(v.subject), " and ".join(v.table)) for v in votes]
    heading = f"Vetoes cast in {year}" if in_heading else "Vetoed drafts"
    head = ("Date", "Draft", "Subject", "Vetoed by")
    if style == "plain":
        text = f"{heading}\n\n" + "\n".join(" | ".join(r) for r in [head] + rows) + "\n"
    elif style == "markdown":
        text = f"## {heading}\n\n| " + " | ".join(head) + " |\n|---|---|---|---|\n" + "\n".join("| " + " | ".join(r) + " |" for r in rows) + "\n"
    else:
        text = (f"<html><body><h2>{heading}</h2><table><tr>" + "".join(f"<th>{h}</th>" for h in head) + "</tr>"
                + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows) + "</table></body></html>")
    expected = set().union(*(_vetoes(v) for v in votes))
    return text, expected, {n for v in votes for n in v.vetoers + (v.target,)}, PATHS[style]


def chronology(rng):
    """A list of vetoes by year: "- 2011, Syria: Russia and China"."""
    votes, seen = [], set()
    for _ in range(rng.choice([2, 3])):
        v = _vote(rng, avoid=seen)
        seen.add(v.target)
        votes.append(v)
    votes.sort(key=lambda v: v.year)
    form = rng.choice(["{y}, {s}: {x}", "{y} ({s}): vetoed by {x}", "{s}, {m} {y} -- {x}"])
    lines = [form.format(y=v.year, s=_cap(v.subject), x=_list(list(v.prose)), m=v.month) for v in votes]
    text = rng.choice(["Vetoes cast since 2004", "## Vetoes, in order", "The vetoes of the period:"]) + "\n\n" + \
        "\n".join(f"- {line}" for line in lines) + "\n"
    expected = set().union(*(_vetoes(v) for v in votes))
    return text, expected, {n for v in votes for n in v.vetoers + (v.target,)}, "summary.md"


def count(rng):
    """A count of one member's vetoes on one subject since a year, then the latest draft told without one."""
    v = _vote(rng, 1)
    n = rng.choice(["four", "five", "six", "seven"])
    text = rng.choice([
        f"{_cap(v.prose[0])} has cast {n} vetoes on {v.subject} since {v.year}. The latest blocked a text demanding "
        f"access for aid convoys.",
        f"Since {v.year}, {v.prose[0]} has vetoed {n} drafts on {v.subject}. The most recent would have renewed a "
        f"ceasefire monitoring mission.",
    ])
    return text, _vetoes(v), {v.vetoers[0], v.target}, "summary.txt"


def heading_subject(rng):
    """A section heading names the subject and date; the paragraph under it tells the veto."""
    v = _vote(rng)
    (e, elected), = _elected(rng, 1)
    veto = rng.choice([f"{_cap(_list(list(v.prose)))} vetoed it; {e} abstained.",
                       f"It was vetoed by {_list(list(v.prose))}, while {e} abstained.",
                       f"{_cap(_list(list(v.prose)))} cast {'a veto' if len(v.prose) == 1 else 'vetoes'}; {e} abstained."])
    text = (f"### {_cap(v.subject)}, {v.month} {v.year}\n\nThe draft demanded an immediate halt to attacks on civilians "
            f"and the release of all detainees. {veto}\n")
    return text, _vetoes(v), set(v.vetoers) | {v.target, elected}, "summary.md"


def second_draft(rng):
    """Two drafts in two paragraphs: each veto binds to its own paragraph's subject and year."""
    one = _vote(rng)
    two = _vote(rng, avoid={one.target})
    two = Vote(two.prose, two.table, two.vetoers, two.subject, two.target, two.label,
               one.year + rng.randint(1, 3) if one.year < 2022 else one.year - rng.randint(1, 3), two.month)
    first = f"In {one.month} {one.year} the Council voted on {one.draft}. {_cap(_list(list(one.prose)))} vetoed it."
    second = rng.choice([
        f"A second draft, on {two.subject}, followed in {two.month} {two.year}. It failed because of "
        f"{'negative votes' if len(two.prose) == 2 else 'a negative vote'} from {_list(list(two.prose))}.",
        f"In {two.month} {two.year} the members turned to {two.draft}. {_cap(_list(list(two.prose)))} voted against it, and it was not adopted.",
    ])
    if rng.random() < 0.4:  # the two subjects opened in turn in one paragraph: "Consider Syria. ... Consider Myanmar. ..."
        first = (f"Consider {one.subject}. In {one.month} {one.year} {_list(list(one.prose))} vetoed a draft demanding an end "
                 f"to the shelling of hospitals.")
        second = (f"Consider {two.subject}. In {two.month} {two.year} {_list(list(two.prose))} vetoed a modest text urging "
                  f"the release of political prisoners.")
        return (first + " " + second + "\n", _vetoes(one) | _vetoes(two),
                set(one.vetoers + two.vetoers) | {one.target, two.target}, "summary.txt")
    return (first + "\n\n" + second + "\n", _vetoes(one) | _vetoes(two),
            set(one.vetoers + two.vetoers) | {one.target, two.target}, "summary.txt")


VETO_SHAPES = [later_sentence, tally_result, vote_table, per_draft_table, chronology, count, heading_subject, second_draft]


# ---- mixed: a veto beside drafters, co-sponsors or penholders

def beside_drafters(rng):
    v = _vote(rng, 1)
    drafters = [p for p in PERMANENT[:5] if p[2] not in v.vetoers]
    penholders = rng.sample(drafters, 1) + _elected(rng, 1)
    names = [p[0] if len(p) == 3 else p[0] for p in penholders]
    canon = {p[2] if len(p) == 3 else p[1] for p in penholders}
    intro = rng.choice([
        f"{_cap(_list(names))}, the penholders on {v.subject}, put a draft to the vote in {v.month} {v.year}.",
        f"In {v.month} {v.year} {_list(names)} tabled {v.draft}, co-sponsored by forty states.",
        f"The draft on {v.subject}, drafted by {_list(names)}, came to a vote in {v.year}.",
    ])
    veto = rng.choice([f" {_cap(v.prose[0])} vetoed it.", f" It was vetoed by {v.prose[0]}.",
                       f" It failed because of a negative vote from {v.prose[0]}."])
    return intro + veto, _vetoes(v), set(v.vetoers) | {v.target} | canon, "summary.txt"


MIXED_SHAPES = [beside_drafters]


# ---- SANCTIONED: the Council's sanctions and states' own, told across sentences or by a relative clause

def council_sanctions(rng):
    v = _vote(rng, avoid={"Climate security", "Chemical weapons", "Cross-border humanitarian aid", "Nuclear weapons in outer space"})
    text = rng.choice([
        f"The Security Council took no decision on the panel. The sanctions the Council first imposed on {v.subject} in {v.year} stay in place.",
        f"What changes now? The sanctions themselves stay. The Security Council imposed them on {v.subject} in {v.year}, and only a new resolution can lift them.",
        f"The Security Council has imposed sanctions on {v.subject} since {v.year}.",
    ])
    return text, {("SANCTIONED", "United Nations Security Council", v.target)}, {"United Nations Security Council", v.target}, "summary.txt"


def own_sanctions(rng):
    (s, sanctioner), = rng.sample(SANCTIONERS, 1)
    v = _vote(rng, 1, avoid={sanctioner, "Climate security", "Chemical weapons", "Cross-border humanitarian aid", "Nuclear weapons in outer space"})
    text = (f"{_cap(v.draft)} was vetoed by {v.prose[0]} in {v.month} {v.year}. "
            + rng.choice([f"{_cap(s)} then imposed its own sanctions on {v.subject}.",
                          f"Outside the Council, {s} imposed sanctions on {v.subject} a week later."]))
    return text, _vetoes(v) | {("SANCTIONED", sanctioner, v.target)}, {v.vetoers[0], v.target, sanctioner}, "summary.txt"


SANCTION_SHAPES = [council_sanctions, own_sanctions]


# ---- OPPOSES: an explanation of vote that condemns the vetoer

def condemned_vetoer(rng):
    v = _vote(rng, 1)
    critic = rng.choice([p for p in PERMANENT[:5] if p[2] != v.vetoers[0]] + [(e, e, c) for e, c in ELECTED[:6]])
    table_name = v.table[0]
    text = (f"{_cap(v.draft)} was put to the vote in {v.month} {v.year} and received 14 votes in favour to 1 against ({table_name}). "
            + rng.choice([f"Speaking after the vote, the representative of {critic[0]} condemned the veto by {v.prose[0]}.",
                          f"The representative of {critic[0]} condemned the veto cast by {v.prose[0]} as a cynical act.",
                          f"{_cap(critic[0])} denounced {v.prose[0]} for blocking the text."]))
    return text, _vetoes(v) | {("OPPOSES", critic[2], v.vetoers[0])}, {v.vetoers[0], v.target, critic[2]}, "summary.txt"


OPPOSE_SHAPES = [condemned_vetoer]


# ---- controls: the same documents with no veto (or no sanction) in them

def control(rng) -> Item:
    v = _vote(rng, 1)
    x, table_x, vetoer = v.prose[0], v.table[0], v.vetoers[0]
    (e1, c1), (e2, c2) = _elected(rng, 2)
    on = v.draft
    forms = [
        ("drafter", f"{_cap(_list([e1, x]))} drafted {on} in {v.month} {v.year}. The co-sponsors included forty states.", {c1, vetoer}),
        ("abstainers_table", _vote_rows("plain", [
            ("In favour", ", ".join(_others(Vote((), (), (vetoer,), "", "", "", 0, ""), _elected(rng, 8, avoid={c1, c2})))),
            ("Against", "None"), ("Abstaining", f"{table_x}, {e1}, {e2}"), ("Result", "Adopted")],
            f"Resolution on {v.subject} ({v.month} {v.year})"), {vetoer, c1, c2}),
        ("elected_against_table", _vote_rows("markdown", [
            ("In favour", ", ".join(p[1] for p in PERMANENT[:5])), ("Against", f"{e1}, {e2}"), ("Abstaining", "None"),
            ("Result", "Adopted")], f"Resolution on {v.subject}, {v.year}"), {c1, c2}),
        ("adopted_despite", f"In {v.month} {v.year} the Council adopted {on} by 12 votes. {_cap(e1)} and {e2} voted against; "
                            f"{x} abstained.", {c1, c2, vetoer}),
        ("adopted_tally", f"{_cap(on)} was put to the vote in {v.year}. The result was 13 in favour, 2 against ({e1}, {e2}), "
                          f"no abstentions. The resolution was adopted.", {c1, c2}),
        ("threatened", f"{_cap(on)} was circulated in {v.month} {v.year}. " + rng.choice([
            f"{_cap(x)} signalled it would veto it.", f"{_cap(x)} could veto the text, diplomats said.",
            f"{_cap(x)} threatened a veto, and the sponsors withdrew it."]), {vetoer}),
        ("assembly_table", _vote_rows("plain", [
            ("In favour", "Albania, Brazil, Chile, Denmark, Egypt, Fiji, Ghana and 60 others"), ("Against", f"{table_x}, {e1}"),
            ("Abstaining", e2), ("Result", "Not adopted")], f"General Assembly draft on {v.subject} ({v.month} {v.year})"),
         {vetoer, c1, c2}),
        ("assembly", f"In {v.month} {v.year} the General Assembly voted on a resolution on {v.subject}. {_cap(x)} and {e1} "
                     f"voted against it, but it was adopted by 141 votes.", {vetoer, c1}),
        ("negated", f"{_cap(on)} came to a vote in {v.year}. " + rng.choice([
            f"{_cap(x)} did not veto it; it abstained.", f"{_cap(x)} chose not to block it and abstained.",
            f"{_cap(x)} has never vetoed a text on the subject."]), {vetoer}),
        ("hedged", f"{_cap(on)} was discussed in {v.month} {v.year}. " + rng.choice([
            f"{_cap(x)} may veto it next week.", f"{_cap(x)} is said to be ready to veto it.",
            f"If it comes to a vote, {x} would veto it."]), {vetoer}),
        ("never_tabled", f"{_cap(on)} was drafted in {v.year} but never put to a vote, because {x} made clear it would vote no.",
         {vetoer}),
        ("would_have_sanctioned", f"{_cap(on)} would have imposed sanctions on {v.subject}. {_cap(x)} vetoed it in {v.year}.",
         {vetoer, "United Nations Security Council"}),
    ]
    kind, text, mentioned = rng.choice(forms)
    # a vetoed draft's sanctions were never imposed: the veto is its one fact, and only SANCTIONED is checked there
    expected, checked = (_vetoes(v), {"SANCTIONED"}) if kind == "would_have_sanctioned" else (set(), {"VETOED"})
    path = "summary.md" if kind == "elected_against_table" else "summary.txt"
    return Item("control", kind, text, frozenset(expected), frozenset(mentioned | {v.target}), frozenset(checked), path)


def battery(seed: int = 18, size: int = 400) -> list[Item]:
    """``size`` items, about a quarter of them controls, the rest spread over every shape."""
    rng = random.Random(seed)
    shapes = ([("VETOED", f) for f in VETO_SHAPES + MIXED_SHAPES] + [("SANCTIONED", f) for f in SANCTION_SHAPES]
              + [("OPPOSES", f) for f in OPPOSE_SHAPES])
    items = []
    for i in range(size):
        if i % 4 == 3:
            items.append(control(rng))
            continue
        rel, shape = shapes[(i - i // 4) % len(shapes)]
        text, expected, mentioned, path = shape(rng)
        items.append(Item(rel, shape.__name__, text, frozenset(expected), frozenset(mentioned), frozenset(FAMILY), path))
    return items


def family_relations(text: str, path: str = "summary.txt") -> set:
    """The family's relations in the document, each VETOED both with and without its year."""
    from loaders.extract import default_extractor
    from loaders.readers import read_bytes
    relations = default_extractor().extract_document(read_bytes(text.encode("utf-8"), path)).relations
    found = {(r.type, r.source, r.target) for r in relations if r.type in FAMILY}
    return found | {(r.type, r.source, r.target, r.properties.get("year")) for r in relations if r.type == "VETOED"}


def check(item: Item, found: set) -> tuple[list, list]:
    """(misses, false relations) of the family relations ``found`` in ``item.text``: a false one
    joins two entities the item mentions, is of a type the item checks and is neither expected
    nor allowed (a veto with the wrong year is false)."""
    false = [key for key in found if key[0] in item.checked and key not in item.expected and key not in item.allowed
             and key[1] in item.mentioned and key[2] in item.mentioned]
    return sorted(item.expected - found, key=str), sorted(false, key=str)
