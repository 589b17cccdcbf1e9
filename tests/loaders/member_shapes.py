"""A generated SHAPE battery for the membership family: MEMBER_OF, LEADS and PARTNERS_WITH.

Each shape is a grammatical way real writers state one of these relations ("X joined O in
YEAR", "O's members include X, Y and Z", "the X-led O", "X and Y signed a defence pact"),
filled with varied verbs, nouns, tenses, years and entity surfaces (state names, capitals,
lists of two to four states) from the gazetteer. The expected relations are computed from the
parts. Near-miss controls use the same words with no relation (observers, applicants, those
that left, members of parliament, partners of an organization) and must give none of the
relations among their own entities.

>>> items = battery(seed=3, size=30)
>>> len(items) == 30 and all(item.required or item.family == "control" for item in items)
True
"""
from __future__ import annotations

import random
from dataclasses import dataclass

from tests.loaders.modality_battery import STATES, symmetric
from tests.loaders.battery_text import capitalised as _cap, spoken_list as _list

# surface -> canonical name
ORGANIZATIONS = {
    "the SCO": "Shanghai Cooperation Organisation", "the Shanghai Cooperation Organisation": "Shanghai Cooperation Organisation",
    "BRICS": "BRICS", "NATO": "North Atlantic Treaty Organization", "the CSTO": "Collective Security Treaty Organization",
    "the Collective Security Treaty Organization": "Collective Security Treaty Organization",
    "the Eurasian Economic Union": "Eurasian Economic Union", "ASEAN": "Association of Southeast Asian Nations",
    "the African Union": "African Union", "the Arab League": "Arab League", "the Gulf Cooperation Council": "Gulf Cooperation Council",
    "the Commonwealth of Independent States": "Commonwealth of Independent States",
}
# organizations a state is written to lead, with initiatives
LED = dict(ORGANIZATIONS, **{"the Belt and Road Initiative": "Belt and Road Initiative",
                             "the Global Security Initiative": "Global Security Initiative"})
NAMES = {surface: canonical for surface, canonical in STATES.items() if surface[0].isupper() and surface == canonical or surface.startswith("the ")}
CAPITALS = {surface: canonical for surface, canonical in STATES.items() if surface not in NAMES}
DEMONYMS = {"Russian": "Russia", "Chinese": "China", "Indian": "India", "Iranian": "Iran", "Turkish": "Turkey",
            "Egyptian": "Egypt", "American": "United States", "French": "France", "German": "Germany", "Pakistani": "Pakistan"}
YEARS = [1994, 1996, 2001, 2002, 2009, 2015, 2017, 2023]


@dataclass(frozen=True)
class Item:
    family: str  # a shape name, or "control"
    shape: str
    text: str
    required: frozenset  # (source, type, target) it must give
    forbidden: frozenset  # canonical names no relation of the family may join


FAMILY = {"MEMBER_OF", "LEADS", "PARTNERS_WITH"}


def _states(rng, n, avoid=(), capitals=True):
    pool = dict(NAMES, **CAPITALS) if capitals else NAMES
    chosen, seen = [], set(avoid)
    while len(chosen) < n:
        surface, canonical = rng.choice(list(pool.items()))
        if canonical not in seen:
            seen.add(canonical)
            chosen.append((surface, canonical))
    return chosen


def _org(rng, pool=ORGANIZATIONS):
    return rng.choice(list(pool.items()))


def _tail(rng):
    return rng.choice(["", " to deepen security ties", ", officials said", " after years of talks"])


# ---- MEMBER_OF shapes: each returns (text, states, org)

def joined(rng):
    (x, s), (o, c), y = _states(rng, 1)[0], _org(rng), rng.choice(YEARS)
    v = rng.choice(["joined", "entered", "acceded to", "was admitted to", "formally joined", "has joined"])
    when = rng.choice([f" in {y}", "", f" in March {y}"])
    return f"{x} {v} {o}{when}{_tail(rng)}.", [s], c


def became_member(rng):
    (x, s), (o, c) = _states(rng, 1)[0], _org(rng)
    kind = rng.choice(["a member", "a full member", "a founding member", "the newest member", "a full-fledged member"])
    v = rng.choice(["became", "has become", "became"])
    y = rng.choice(YEARS)
    when = rng.choice([f" in {y}", "", ""])
    return f"{_cap(x)} {v} {kind} of {o}{when}.", [s], c


def one_of_members(rng):
    (x, s), (o, c) = _states(rng, 1)[0], _org(rng)
    form = rng.choice([f"{x} is one of {o}'s members", f"{x} was one of the founding members of {o}",
                       f"{x} is one of the members of {o}", f"{x} is a member state of {o}"])
    return _cap(form) + ".", [s], c


def members_include(rng):
    group, (o, c) = _states(rng, rng.randint(2, 4), capitals=False), _org(rng)
    noun = rng.choice(["members", "member states", "member countries", "founding members"])
    v = rng.choice(["include", "are", "included", "now include"])
    return f"{_cap(o)}'s {noun} {v} {_list([g[0] for g in group])}.", [g[1] for g in group], c


def members_bracket(rng):
    group, (o, c) = _states(rng, rng.randint(2, 4), capitals=False), _org(rng)
    label = rng.choice(["members: ", "whose members are ", "comprising ", "made up of "])
    return f"{_cap(o)} ({label}{_list([g[0] for g in group])}) met in {rng.choice(['June', 'October'])}.", [g[1] for g in group], c


def appositive_member(rng):
    (x, s), (o, c) = _states(rng, 1, capitals=False)[0], _org(rng)
    kind = rng.choice(["a member of", "a founding member of", "a fellow member of", "itself a member of"])
    rest = rng.choice(["held talks with the delegation", "hosted the summit", "voted for the resolution"])
    return f"{_cap(x)}, {kind} {o}, {rest}.", [s], c


def admitted(rng):
    (x, s), (o, c), y = _states(rng, 1)[0], _org(rng), rng.choice(YEARS)
    v = rng.choice(["admitted", "welcomed", "accepted"])
    rest = rng.choice([f" in {y}", f" as a full member in {y}", " as its newest member", ""])
    return f"{_cap(o)} {v} {x}{rest}.", [s], c


def accession(rng):
    (x, s), (o, c), y = _states(rng, 1, capitals=False)[0], _org(rng), rng.choice(YEARS)
    form = rng.choice([f"{x}'s accession to {o} in {y} changed the balance", f"{x}'s entry into {o} was completed in {y}",
                       f"After {x}'s accession to {o}, trade grew", f"{x}'s membership of {o} dates from {y}"])
    return _cap(form) + ".", [s], c


def founded_by(rng):
    group, (o, c), y = _states(rng, rng.randint(2, 4), capitals=False), _org(rng), rng.choice(YEARS)
    v = rng.choice(["founded", "established", "created", "set up"])
    return f"{_cap(o)} was {v} by {_list([g[0] for g in group])} in {y}.", [g[1] for g in group], c


def founded_fronted(rng):
    group, (o, c), y = _states(rng, rng.randint(2, 3), capitals=False), _org(rng), rng.choice(YEARS)
    v = rng.choice(["Founded", "Established", "Created"])
    return f"{v} in {y} by {_list([g[0] for g in group])}, {o} has grown since.", [g[1] for g in group], c


def founders_active(rng):
    group, (o, c), y = _states(rng, rng.randint(2, 4), capitals=False), _org(rng), rng.choice(YEARS)
    v = rng.choice(["founded", "established", "created", "set up"])
    return f"In {y}, {_list([g[0] for g in group])} {v} {o}.", [g[1] for g in group], c


def make_up(rng):
    group, (o, c) = _states(rng, rng.randint(2, 4), capitals=False), _org(rng)
    v = rng.choice(["make up", "form", "comprise", "constitute"])
    return f"{_list([g[0] for g in group])} {v} {o}.", [g[1] for g in group], c


def as_member(rng):
    (x, s), (o, c) = _states(rng, 1, capitals=False)[0], _org(rng)
    rest = rng.choice(["backed the declaration", "is bound by its charter", "sent observers to the vote"])
    return f"As a member of {o}, {x} {rest}.", [s], c


def members_list(rng):
    group, (o, c) = _states(rng, rng.randint(2, 4), capitals=False), _org(rng)
    lines = "\n".join(f"- {g[0]}" for g in group)
    return f"{_cap(o)}\n\nMembers:\n{lines}\n", [g[1] for g in group], c


MEMBER_SHAPES = [joined, became_member, one_of_members, members_include, members_bracket, appositive_member, admitted,
                 accession, founded_by, founded_fronted, founders_active, make_up, as_member, members_list]


# ---- LEADS shapes: (text, leader, led)

def x_led(rng):
    (o, c) = _org(rng, LED)
    if rng.random() < 0.5:
        d, s = rng.choice(list(DEMONYMS.items()))
    else:
        d, s = _states(rng, 1, capitals=False)[0]
        d = d.removeprefix("the ")
    rest = rng.choice(["expanded again", "held a summit", "drew criticism"])
    article = "the " if not o.startswith("the ") else ""
    return f"The {d}-led {o.removeprefix('the ')} {rest}.", s, c


def led_by(rng):
    (x, s), (o, c) = _states(rng, 1)[0], _org(rng, LED)
    v = rng.choice(["led by", "headed by", "spearheaded by", "launched by"])
    return f"{_cap(o)}, {v} {x}, {rng.choice(['expanded', 'held a summit', 'drew criticism'])}.", s, c


def x_leads(rng):
    (x, s), (o, c) = _states(rng, 1)[0], _org(rng, LED)
    v = rng.choice(["leads", "led", "heads", "launched", "spearheads", "has led"])
    return f"{_cap(x)} {v} {o}.", s, c


LEAD_SHAPES = [x_led, led_by, x_leads]


# ---- PARTNERS_WITH shapes: (text, a, b)

def signed_pact(rng):
    (x, a), (y, b) = _states(rng, 2)
    pact = rng.choice(["a strategic partnership", "a defence pact", "a treaty of friendship", "a mutual defence treaty",
                       "a comprehensive strategic partnership agreement", "an alliance treaty"])
    when = rng.choice(["", f" in {rng.choice(YEARS)}"])
    return f"{_cap(x)} and {y} signed {pact}{when}.", a, b


def partnership_with(rng):
    (x, a), (y, b) = _states(rng, 2, capitals=False)
    noun = rng.choice(["partnership", "strategic partnership", "alliance", "defence partnership"])
    rest = rng.choice(["has deepened", "dates from the 1990s", "worries its neighbours"])
    return f"{_cap(x)}'s {noun} with {y} {rest}.", a, b


def are_allies(rng):
    (x, a), (y, b) = _states(rng, 2, capitals=False)
    form = rng.choice(["are allies", "are close allies", "are strategic partners", "remain allies", "became allies"])
    return f"{_cap(x)} and {y} {form}.", a, b


def dash_partnership(rng):
    (x, a), (y, b) = _states(rng, 2, capitals=False)
    noun = rng.choice(["partnership", "strategic partnership", "alliance"])
    rest = rng.choice(["has deepened", "dates from the 1990s", "worries its neighbours"])
    return f"The {x.removeprefix('the ')}–{y.removeprefix('the ')} {noun} {rest}.", a, b


PARTNER_SHAPES = [signed_pact, partnership_with, are_allies, dash_partnership]


# ---- controls: same words, no relation of the family among their entities

def control(rng):
    (x, s), (o, c), y = _states(rng, 1)[0], _org(rng), rng.choice(YEARS)
    (z, t) = _states(rng, 1, avoid={s})[0]
    forms = [
        ("observer", f"{_cap(x)} is an observer in {o}."),
        ("observer", f"{_cap(x)} was granted observer status in {o} in {y}."),
        ("dialogue", f"{_cap(x)} became a dialogue partner of {o} in {y}."),
        ("applicant", f"{_cap(x)} applied to join {o} in {y}."),
        ("applicant", f"{_cap(x)} has applied for membership of {o}."),
        ("left", f"{_cap(x)} left {o} in {y}."),
        ("left", f"{_cap(x)} withdrew from {o} in {y}."),
        ("suspended", f"{_cap(o)} suspended {x} in {y}."),
        ("wants", f"{_cap(x)} wants to join {o}."),
        ("rejected", f"{_cap(x)} rejected membership of {o}."),
        ("parliament", f"A member of parliament from {x} criticised {o}."),
        ("org_partner", f"{_cap(o)} is a partner of {x.removeprefix('the ')}'s rival, officials said." if False else
         f"The partners of {o} met in {x}."),
        ("not_member", f"{_cap(x)} is not a member of {o}."),
        ("never_joined", f"{_cap(x)} never joined {o}."),
        ("not_allies", f"{_cap(x)} and {z} are not allies."),
        ("declined_pact", f"{_cap(x)} declined to sign a defence pact with {z}."),
    ]
    kind, text = rng.choice(forms)
    return Item("control", kind, text, frozenset(), frozenset({s, c, t}))


def battery(seed: int = 16, size: int = 600) -> list[Item]:
    """``size`` items, about a quarter of them controls, the rest spread over every shape."""
    rng = random.Random(seed)
    shapes = [("MEMBER_OF", f) for f in MEMBER_SHAPES] + [("LEADS", f) for f in LEAD_SHAPES] + [("PARTNERS_WITH", f) for f in PARTNER_SHAPES]
    items = []
    for i in range(size):
        if i % 4 == 3:
            items.append(control(rng))
            continue
        rel, shape = shapes[(i - i // 4) % len(shapes)]
        if rel == "MEMBER_OF":
            text, states, org = shape(rng)
            required = frozenset((s, "MEMBER_OF", org) for s in states)
            entities = set(states) | {org}
        elif rel == "LEADS":
            text, leader, led = shape(rng)
            required, entities = frozenset({(leader, "LEADS", led)}), {leader, led}
        else:
            text, a, b = shape(rng)
            required, entities = frozenset({symmetric(a, "PARTNERS_WITH", b)}), {a, b}
        items.append(Item(rel, shape.__name__, text, required, frozenset(entities)))
    return items


def check(item: Item, relations) -> tuple[list, list]:
    """(misses, false relations) of ``relations`` extracted from ``item.text``."""
    found = {symmetric(r.source, r.type, r.target) for r in relations}
    false = [key for key in found if key[1] in FAMILY and key not in item.required
             and key[0] in item.forbidden and key[2] in item.forbidden]
    return sorted(item.required - found), false
