"""A wide generated battery of the ways other writers state membership (MEMBER_OF) and leadership
(LEADS), with the tiers and statements that are not membership as near-miss controls.

Each shape is one way a membership note, an encyclopedia page, a wire story or a Security
Council summary says who belongs to a body: a member list in prose, bullets, a markdown or
HTML table or a "Members:" line; founders ("founded in 2001 by A, B, C and D"); a gapped
coordination of entry years ("A and B became full members in 2017, C in 2023"); accession,
admission and enlargement; possessive and appositive memberships; the Security Council's
permanent and elected seats; and a body named once, then referred to ("the organisation",
"the bloc", a heading). Slots are filled from varied states, bodies, years, verbs and word
orders, and each item carries the relations it must give, computed from its parts.

Controls use the same words for what is not membership (GUIDELINES): observers, dialogue
partners, applicants, candidates, invitees, suspended and departed members, negated, hedged
and planned joining, seats sought, and chairs and presidencies (no LEADS). A mixed item sets
members beside such a tier and must give only the members.

>>> items = battery(seed=3, per_shape=2)
>>> all(item.expected or item.family == "control" for item in items)
True
"""
from __future__ import annotations

import random
from dataclasses import dataclass

# surface -> canonical name; each body with a short word a writer uses for it later
BODIES = {
    "the Shanghai Cooperation Organisation": ("Shanghai Cooperation Organisation", "organisation"),
    "the SCO": ("Shanghai Cooperation Organisation", "organisation"),
    "NATO": ("North Atlantic Treaty Organization", "alliance"),
    "the North Atlantic Treaty Organization": ("North Atlantic Treaty Organization", "alliance"),
    "the CSTO": ("Collective Security Treaty Organization", "alliance"),
    "BRICS": ("BRICS", "group"),
    "ASEAN": ("Association of Southeast Asian Nations", "association"),
    "the Association of Southeast Asian Nations": ("Association of Southeast Asian Nations", "association"),
    "the African Union": ("African Union", "union"),
    "the Eurasian Economic Union": ("Eurasian Economic Union", "union"),
    "the Gulf Cooperation Council": ("Gulf Cooperation Council", "council"),
    "the European Union": ("European Union", "union"),
    "the Organization of Turkic States": ("Organization of Turkic States", "organisation"),
    "Mercosur": ("Mercosur", "bloc"),
    "the Arctic Council": ("Arctic Council", "council"),
    "the G20": ("Group of Twenty", "group"),
}
COUNCIL = {"the UN Security Council": "United Nations Security Council", "the Security Council": "United Nations Security Council",
           "the United Nations Security Council": "United Nations Security Council"}
STATES = ["Russia", "China", "India", "Iran", "Pakistan", "Kazakhstan", "Kyrgyzstan", "Tajikistan", "Uzbekistan", "Belarus",
          "Armenia", "Brazil", "South Africa", "Egypt", "Ethiopia", "Finland", "Sweden", "Estonia", "Latvia", "Lithuania",
          "Montenegro", "North Macedonia", "Albania", "Croatia", "Hungary", "Poland", "Norway", "Canada", "Brunei",
          "Cambodia", "Malaysia", "Vietnam", "Laos", "Nigeria", "Ghana", "Argentina", "Saudi Arabia", "Indonesia",
          "Mozambique", "Ecuador", "Malta", "Japan", "Turkey", "Mongolia", "Switzerland", "Guyana", "Slovakia"]
THE = {"United States", "United Kingdom", "United Arab Emirates", "Czech Republic"}
STATES += sorted(THE)
DEMONYMS = {"Russian": "Russia", "Chinese": "China", "Indian": "India", "Turkish": "Turkey", "Saudi": "Saudi Arabia",
            "Brazilian": "Brazil", "Nigerian": "Nigeria", "American": "United States", "French": "France"}
LED = {"the Belt and Road Initiative": "Belt and Road Initiative", "the Global Security Initiative": "Global Security Initiative",
       "the CSTO": "Collective Security Treaty Organization", "the Eurasian Economic Union": "Eurasian Economic Union",
       "the Shanghai Cooperation Organisation": "Shanghai Cooperation Organisation", "NATO": "North Atlantic Treaty Organization"}
YEARS = [1949, 1967, 1991, 1996, 2001, 2004, 2009, 2015, 2017, 2023, 2024]
ORDINALS = ["ninth", "tenth", "eleventh", "20th", "30th", "31st", "32nd", "third"]


@dataclass(frozen=True)
class Item:
    family: str  # MEMBER_OF, LEADS, or "control"
    shape: str
    text: str
    expected: frozenset  # of (type, source, target)
    path: str = "note.txt"  # the file name says how the text is read: .md and .html through their readers


FAMILY = {"MEMBER_OF", "LEADS"}


def surface(state: str) -> str:
    return f"the {state}" if state in THE else state


def cap(text: str) -> str:
    return text[0].upper() + text[1:]


def listed(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


class Draw:
    """Random parts for one item: states that differ from each other, a body, a year."""

    def __init__(self, rng: random.Random):
        self.rng = rng

    def states(self, n: int) -> list[str]:
        return self.rng.sample(STATES, n)

    def body(self, pool=None) -> tuple[str, str, str]:
        written, (name, noun) = self.rng.choice(list((pool or BODIES).items()))
        return written, name, noun

    def year(self) -> int:
        return self.rng.choice(YEARS)

    def pick(self, options):
        return self.rng.choice(options)


def members(states, body):
    return {("MEMBER_OF", s, body) for s in states}


# ---- MEMBER_OF: each returns (text, expected) or (text, expected, path)

def prose_list(d: Draw):
    group, (o, name, noun) = d.states(d.pick([2, 3, 4, 5])), d.body()
    names = listed([surface(s) for s in group])
    text = d.pick([f"The members of {o} are {names}.", f"{cap(o)} has {len(group)} members: {names}.",
                   f"{cap(o)}'s current members are {names}.", f"Its members are {names}, according to {o}'s charter.",
                   f"{cap(o)} counts {names} among its members."])
    return text, members(group, name)


def bullets(d: Draw):
    group, (o, name, noun) = d.states(d.pick([2, 3, 4])), d.body()
    mark = d.pick(["- ", "* ", "• "])
    label = d.pick([f"Members of {o}:", f"{cap(o)} member states:", "Member states:", "Full members:"])
    head = "" if o in label else f"{cap(o)}\n\n"
    lines = "\n".join(mark + surface(s) + d.pick(["", f" ({d.year()})", f" (since {d.year()})"]) for s in group)
    return f"{head}{label}\n{lines}\n", members(group, name)


def markdown_table(d: Draw):
    group, (o, name, noun) = d.states(4), d.body()
    tiers = ["member", "founding member", "full member"]
    rows = [f"| {surface(s)} | {d.pick(tiers)} | {d.year()} |" for s in group[:3]]
    rows.append(f"| {surface(group[3])} | {d.pick(['observer', 'dialogue partner', 'applicant'])} | {d.year()} |")
    d.rng.shuffle(rows)
    text = f"# {cap(o.removeprefix('the '))}\n\n| State | Status | Since |\n|---|---|---|\n" + "\n".join(rows) + "\n"
    return text, members(group[:3], name), "note.md"


def html_table(d: Draw):
    group, (o, name, noun) = d.states(3), d.body()
    cells = "".join(f"<tr><td>{surface(s)}</td><td>{d.pick(['Member', 'Founding member', 'Full member'])}</td><td>{d.year()}</td></tr>"
                    for s in group)
    text = (f"<html><head><title>{cap(o.removeprefix('the '))} - membership</title></head><body><main>"
            f"<h1>Membership of {o}</h1><table><tr><th>Country</th><th>Status</th><th>Joined</th></tr>{cells}</table>"
            "</main></body></html>")
    return text, members(group, name), "page.html"


def members_line(d: Draw):
    group, (o, name, noun) = d.states(d.pick([2, 3, 4])), d.body()
    sep = d.pick([", ", "; "])
    names = sep.join(surface(s) for s in group)
    text = d.pick([f"{cap(o.removeprefix('the '))}\nFounded: {d.year()}\nMembers: {names}\n",
                   f"{cap(o.removeprefix('the '))} - Members: {names}.\n",
                   f"## {cap(o.removeprefix('the '))}\n\nMembers ({len(group)}): {names}.\n"])
    return text, members(group, name)


def founded_by(d: Draw):
    group, (o, name, noun), y = d.states(d.pick([2, 3, 4])), d.body(), d.year()
    names = listed([surface(s) for s in group])
    v = d.pick(["founded", "established", "created", "set up"])
    text = d.pick([f"{cap(o)} was {v} in {y} by {names}.", f"{cap(o)} was {v} by {names} in {y}.",
                   f"{cap(o)}, {v} in {y} by {names}, meets every year.", f"In {y}, {names} {v} {o}.",
                   f"{names} were the founding members of {o}.", f"{cap(o)}'s founders were {names}."])
    return text, members(group, name)


def gapped_years(d: Draw):
    group, (o, name, noun) = d.states(4), d.body()
    y1, y2, y3 = sorted(d.rng.sample([1996, 2001, 2004, 2009, 2015, 2017, 2023, 2024], 3))
    a, b, c, e = (surface(s) for s in group)
    kind = d.pick(["full members", "members", "member states"])
    text = d.pick([f"{cap(a)} and {b} became {kind} of {o} in {y1}, {c} in {y2} and {e} in {y3}.",
                   f"{cap(a)} and {b} joined {o} in {y1}, {c} in {y2} and {e} in {y3}.",
                   f"{cap(a)} and {b} were admitted to {o} in {y1}, {c} in {y2}, and {e} in {y3}."])
    return text, members(group, name)


def acceded(d: Draw):
    (x,), (o, name, noun), y = d.states(1), d.body(), d.year()
    text = d.pick([f"{cap(surface(x))} acceded to {o} in {y}.", f"{cap(surface(x))} formally acceded to {o} in {y}.",
                   f"{cap(surface(x))} completed its accession to {o} in {y}.",
                   f"{cap(surface(x))}'s accession to {o} took effect in {y}."])
    return text, members([x], name)


def admitted(d: Draw):
    (x,), (o, name, noun), y = d.states(1), d.body(), d.year()
    text = d.pick([f"{cap(o)} admitted {surface(x)} in {y}.", f"{cap(o)} formally admitted {surface(x)} as a full member in {y}.",
                   f"{cap(o)} accepted {surface(x)} as a member in {y}.", f"{cap(o)} accepted {surface(x)} in {y}.",
                   f"In {y}, {o} admitted {surface(x)}.", f"{cap(surface(x))} was admitted to {o} in {y}."])
    return text, members([x], name)


def enlargement(d: Draw):
    group, (o, name, noun), y = d.states(d.pick([2, 3])), d.body(), d.year()
    names = listed([surface(s) for s in group])
    text = d.pick([f"The {y} enlargement of {o} brought in {names}.", f"{cap(o)}'s {y} enlargement brought in {names}.",
                   f"{cap(o)} enlarged in {y} to take in {names}.", f"{cap(o)} expanded in {y}, admitting {names}."])
    return text, members(group, name)


def ordinal_member(d: Draw):
    (x,), (o, name, noun), y, nth = d.states(1), d.body(), d.year(), d.pick(ORDINALS)
    text = d.pick([f"{cap(surface(x))} became {o}'s {nth} member in {y}.",
                   f"{cap(surface(x))} became the {nth} member of {o} in {y}.",
                   f"{cap(o)} met in {y}. {cap(surface(x))} became the {noun}'s {nth} member that spring."])
    return text, members([x], name)


def possessive_membership(d: Draw):
    (x,), (o, name, noun), y = d.states(1), d.body(), d.year()
    text = d.pick([f"{cap(surface(x))}'s membership of {o} dates from {y}.", f"{cap(surface(x))}'s membership in {o} shapes its policy.",
                   f"Since {surface(x)} joined {o} in {y}, trade has grown.", f"Since joining {o} in {y}, {surface(x)} has voted with the majority."])
    return text, members([x], name)


def appositive(d: Draw):
    (x,), (o, name, noun) = d.states(1), d.body()
    kind = d.pick(["a member of", "a founding member of", "a full member of", "itself a member of", "a member state of"])
    rest = d.pick(["held talks in the capital", "backed the statement", "hosted the meeting in June"])
    return f"{cap(surface(x))}, {kind} {o}, {rest}.", members([x], name)


def fellow_members(d: Draw):
    (x, a, b), (o, name, noun) = d.states(3), d.body()
    text = d.pick([f"{cap(surface(x))} and its fellow {o.removeprefix('the ')} members {surface(a)} and {surface(b)} backed the plan.",
                   f"{cap(surface(x))} joined fellow {o.removeprefix('the ')} members {surface(a)} and {surface(b)} in backing the plan."])
    return text, members([x, a, b], name)


def counted_members(d: Draw):
    group, (o, name, noun) = d.states(d.pick([3, 4])), d.body()
    n = {3: "three", 4: "four"}[len(group)]
    names = listed([surface(s) for s in group])
    text = d.pick([f"{cap(o)} met in Geneva. The {noun}'s {n} members, {names}, agreed a statement.",
                   f"All {n} members of {o} - {names} - signed the declaration."])
    return text, members(group, name)


def comprises(d: Draw):
    group, (o, name, noun) = d.states(d.pick([2, 3, 4])), d.body()
    names = listed([surface(s) for s in group])
    v = d.pick(["comprises", "is made up of", "consists of", "is composed of", "brings together"])
    return f"{cap(o)} {v} {names}.", members(group, name)


def council_permanent(d: Draw):
    five = ["China", "France", "Russia", "United Kingdom", "United States"]
    o, name = d.pick(list(COUNCIL.items()))
    x = d.pick(five)
    text = d.pick([f"The permanent members of {o} are {listed([surface(s) for s in five])}.",
                   f"{cap(surface(x))}, a permanent member of {o}, vetoed the draft.",
                   f"{cap(surface(x))} holds a permanent seat on {o}.",
                   f"As a permanent member of {o}, {surface(x)} can block any resolution."])
    group = five if text.startswith("The permanent") else [x]
    return text, members(group, name)


def council_elected(d: Draw):
    (x,), (o, name) = d.states(1), d.pick(list(COUNCIL.items()))
    y = d.pick([2016, 2019, 2022, 2024])
    text = d.pick([f"{cap(surface(x))} was elected to {o} for {y}-{str(y + 1)[2:]}.",
                   f"{cap(surface(x))}, a non-permanent member of {o}, abstained.",
                   f"{cap(surface(x))} began a two-year term on {o} in January {y}.",
                   f"{cap(surface(x))} took up its non-permanent seat on {o} in {y}.",
                   f"{cap(surface(x))} is serving as an elected member of {o} for {y}-{y + 1}."])
    return text, members([x], name)


def referenced_body(d: Draw):
    (x, a), (o, name, noun), y = d.states(2), d.body(), d.year()
    if d.rng.random() < 0.25:
        return f"{cap(o)} was set up in {y - 8}. The {noun} admitted {surface(x)} in {y}.", members([x], name)
    text = d.pick([f"{cap(o)} held its summit in {y}. {cap(surface(x))} and {surface(a)} are both members of the {noun}.",
                   f"## {cap(o.removeprefix('the '))}\n\n{cap(surface(x))} joined in {y}. {cap(surface(a))} joined later.\n",
                   f"{cap(o)} grew in {y}. {cap(surface(x))} and {surface(a)} joined the {noun} that year."])
    return text, members([x, a], name)


def mixed_tiers(d: Draw):
    (x, a, z), (o, name, noun) = d.states(3), d.body()
    other = d.pick(["an observer", "a dialogue partner", "an applicant", "a candidate for membership", "a partner country"])
    text = d.pick([f"{cap(surface(x))} and {surface(a)} are members of {o}; {surface(z)} is {other}.",
                   f"The members of {o} are {surface(x)} and {surface(a)}, while {surface(z)} is {other}.",
                   f"{cap(o)} has two members, {surface(x)} and {surface(a)}. {cap(surface(z))} is only {other}."])
    return text, members([x, a], name)


MEMBER_SHAPES = [prose_list, bullets, markdown_table, html_table, members_line, founded_by, gapped_years, acceded, admitted,
                 enlargement, ordinal_member, possessive_membership, appositive, fellow_members, counted_members, comprises,
                 council_permanent, council_elected, referenced_body, mixed_tiers]


def body_premodifier(d: Draw):
    (x, a), (o, name, noun), y = d.states(2), d.body(), d.year()
    bare = o.removeprefix("the ")
    text = d.pick([f"{cap(surface(x))}'s {bare} membership dates from {y}.", f"{bare} member {surface(x)} backed the plan.",
                   f"Fellow {bare} member {surface(x)} abstained.", f"{cap(surface(x))} is an {bare} member." if bare[0] in "AEIOU" else f"{cap(surface(x))} is a {bare} member.",
                   f"{bare} members {surface(x)} and {surface(a)} voted together."])
    group = [x, a] if f"and {surface(a)}" in text else [x]
    return cap(text), members(group, name)


def member_since(d: Draw):
    (x, a), (o, name, noun), y = d.states(2), d.body(), d.year()
    text = d.pick([f"{cap(surface(x))} has been a member of {o} since {y}.", f"{cap(surface(x))} and {surface(a)} have been members of {o} since {y}.",
                   f"{cap(surface(x))}, which joined {o} in {y}, voted against.", f"{cap(surface(x))} gained full membership of {o} in {y}.",
                   f"{cap(surface(x))} was granted full membership of {o} in {y}.", f"{cap(o)}'s newest member, {surface(x)}, took its seat in {y}.",
                   f"{cap(surface(x))} was one of the founding members of {o}.", f"Full membership of {o} came for {surface(x)} in {y}."])
    group = [x, a] if f"and {surface(a)}" in text else [x]
    return text, members(group, name)


def whose_members(d: Draw):
    group, (o, name, noun) = d.states(d.pick([2, 3])), d.body()
    names = listed([surface(s) for s in group])
    text = d.pick([f"{cap(o)}, whose members include {names}, met in June.", f"{cap(o)}, which groups {names}, met in June.",
                   f"{cap(o)}, which includes {names}, met in June.", f"{cap(o)} ({names}) met in June."])
    return text, members(group, name)


def matrix_table(d: Draw):
    group = d.states(4)
    (o1, n1, _), (o2, n2, _) = d.body(), d.body()
    if n1 == n2:
        return matrix_table(d)
    b1, b2 = o1.removeprefix("the "), o2.removeprefix("the ")
    marks = {s: (d.pick(["Yes", "Member"]), d.pick(["No", "Observer", "-"])) if i % 2 else (d.pick(["No", "Applicant", "-"]), d.pick(["Yes", "Member"]))
             for i, s in enumerate(group)}
    rows = "\n".join(f"| {surface(s)} | {m1} | {m2} |" for s, (m1, m2) in marks.items())
    text = f"# Who belongs to what\n\n| Country | {b1} | {b2} |\n|---|---|---|\n{rows}\n"
    expected = {("MEMBER_OF", s, n1) for i, s in enumerate(group) if i % 2} | {("MEMBER_OF", s, n2) for i, s in enumerate(group) if not i % 2}
    return text, expected, "grid.md"


def question_answer(d: Draw):
    group, (o, name, noun) = d.states(d.pick([2, 3, 4])), d.body()
    names = listed([surface(s) for s in group])
    text = d.pick([f"Who are the members of {o}?\n{cap(names)}.\n", f"Q: Which countries belong to {o}?\nA: {cap(names)}.\n",
                   f"Which states make up {o}?\n\n{cap(names)}.\n"])
    return text, members(group, name)


def profile_entries(d: Draw):
    (x,), picks = d.states(1), d.rng.sample(list({n: (w, n) for w, (n, _) in BODIES.items()}.values()), 3)
    (w1, n1), (w2, n2), (w3, n3) = picks
    text = (f"# {surface(x)}: memberships\n\n- {w1.removeprefix('the ')}: {d.pick(['founding member', 'member', 'full member'])} ({d.year()})\n"
            f"- {w2.removeprefix('the ')} - {d.pick(['member since', 'joined'])} {d.year()}\n"
            f"- {w3.removeprefix('the ')}: {d.pick(['observer', 'dialogue partner', 'applicant', 'suspended'])}\n")
    return text, {("MEMBER_OF", x, n1), ("MEMBER_OF", x, n2)}, "profile.md"


def council_roster(d: Draw):
    group, (o, name) = d.states(d.pick([3, 4, 5])), d.pick(list(COUNCIL.items()))
    y = d.pick([2016, 2019, 2022, 2024])
    names = listed([surface(s) for s in group])
    text = d.pick([f"The elected members of {o} for {y} are {names}.", f"Elected members of {o}, terms ending {y}: {names}.",
                   f"{cap(names)} took their seats on {o} in January {y}.", f"{cap(names)} were elected to {o} in June {y}."])
    return text, members(group, name)


def since_ellipsis(d: Draw):
    (x, a), (o, name, noun), y = d.states(2), d.body(), d.year()
    text = d.pick([f"{cap(surface(x))} joined {o} in {y}, and {surface(a)} followed in {y + 1}.",
                   f"{cap(surface(x))} joined {o} in {y}; {surface(a)} did so a year later.",
                   f"{cap(surface(x))} became a member of {o} in {y}, as did {surface(a)}."])
    return text, members([x, a], name)


MEMBER_SHAPES += [body_premodifier, member_since, whose_members, matrix_table, question_answer, profile_entries, council_roster,
                  since_ellipsis]


def with_fellows(d: Draw):
    (x, a, b), (o, name, noun) = d.states(3), d.body()
    n = d.pick(["five", "six", "nine", "ten"])
    bare = o.removeprefix("the ")
    text = d.pick([f"On paper {surface(x)} is one of {n} {bare} members, with {surface(a)} and {surface(b)}.",
                   f"{cap(surface(x))} is one of the {n} members of {o}, along with {surface(a)} and {surface(b)}.",
                   f"{cap(surface(x))} sits in {o} alongside {surface(a)} and {surface(b)}.",
                   f"{cap(surface(x))} is a member of {o} together with {surface(a)} and {surface(b)}."])
    return text, members([x, a, b], name)


def council_alongside(d: Draw):
    (x, a, b), (o, name) = d.states(3), d.pick(list(COUNCIL.items()))
    y = d.pick([2016, 2019, 2022])
    text = d.pick([f"{cap(surface(x))} was an elected member of {o} in {y}. It served alongside {surface(a)} and {surface(b)}.",
                   f"{y} was the final year of {surface(x)}'s term on {o}. {cap(surface(x))} sat alongside {surface(a)} and {surface(b)}."])
    return text, members([x, a, b], name)


MEMBER_SHAPES += [with_fellows, council_alongside]


# ---- LEADS (founders are members, not leaders; chairs and presidencies are not LEADS: GUIDELINES)

def led(d: Draw):
    (o, name) = d.pick(list(LED.items()))
    if d.rng.random() < 0.5:
        adj, x = d.pick(list(DEMONYMS.items()))
    else:
        x = d.pick(STATES)
        adj = x
    rest = d.pick(["held a summit in May", "drew criticism", "expanded again"])
    bare = o.removeprefix("the ")
    text = d.pick([f"The {adj}-led {bare} {rest}.", f"{cap(o)}, led by {surface(x)}, {rest}.",
                   f"{cap(o)} is led by {surface(x)}.", f"{cap(surface(x))} leads {o}.",
                   f"{cap(surface(x))} spearheads {o}.", f"{cap(o)}, which {surface(x)} leads, {rest}."])
    return text, {("LEADS", x, name)}


def launched(d: Draw):
    (o, name) = d.pick([(w, n) for w, n in LED.items() if "Initiative" in n])
    adj, x = d.pick(list(DEMONYMS.items()))
    text = d.pick([f"{cap(surface(x))} launched {o} in 2013.", f"{cap(o)} was launched by {surface(x)} in 2013.",
                   f"{cap(o)}, launched by {surface(x)} in 2022, drew criticism.",
                   f"Under {surface(x)}'s leadership, {o} has grown."])
    return text, {("LEADS", x, name)}


LEAD_SHAPES = [led, launched]


# ---- controls: nothing of the family among their own entities

def control(d: Draw, index: int) -> tuple[str, str]:
    (x, z), (o, name, noun), y = d.states(2), d.body(), d.year()
    c = d.pick(list(COUNCIL))
    X = cap(surface(x))
    forms = [
        ("observer", f"{X} has observer status at {o}."), ("observer", f"{X} attends {o} summits as an observer."),
        ("observer", f"{X} was granted observer status in {o} in {y}."),
        ("dialogue", f"{X} is a dialogue partner of {o}."), ("dialogue", f"{X} became a dialogue partner of {o} in {y}."),
        ("applicant", f"{X} applied to join {o} in {y}."), ("applicant", f"{X}'s application to join {o} is pending."),
        ("applicant", f"{X} hopes to join {o}."), ("applicant", f"{X} is a candidate for membership of {o}."),
        ("invited", f"{X} was invited to join {o} in {y}."), ("invited", f"{cap(o)} invited {surface(x)} to join."),
        ("suspended", f"{cap(o)} suspended {surface(x)} in {y}."), ("suspended", f"{X}'s membership of {o} was suspended in {y}."),
        ("left", f"{X} withdrew from {o} in {y}."), ("left", f"{X} left {o} in {y}."),
        ("negated", f"{X} is not a member of {o}."), ("negated", f"{X} has never joined {o}."),
        ("negated", f"{X} did not join {o}."), ("negated", f"Neither {surface(x)} nor {surface(z)} is a member of {o}."),
        ("hedged", f"{X} may join {o} next year."), ("hedged", f"{X} is expected to join {o} in {y}."),
        ("hedged", f"{X} could become a member of {o}."), ("hedged", f"{X} is reportedly set to join {o}."),
        ("declined", f"{X} declined to join {o}."), ("declined", f"{X} rejected an invitation to join {o}."),
        ("seat_sought", f"{X} is seeking a non-permanent seat on {c}."), ("seat_sought", f"{X} is a candidate for a seat on {c} in {y}."),
        ("seat_sought", f"{X} lost the vote for a seat on {c}."),
        ("chair", f"{X} chairs {o} this year."), ("chair", f"{X} holds the rotating presidency of {o}."),
        ("chair", f"{X} took over the chairmanship of {o} in {y}."),
        ("summit_host", f"{X} will host the {o.removeprefix('the ')} summit in {y}."),
        ("partner", f"{X}, a partner of {o}, sent a delegation."), ("bid_failed", f"{X}'s bid to join {o} failed in {y}."),
        ("lapsed", f"{X}'s membership of {o} lapsed in {y}."), ("talks", f"{X}'s accession talks with {o} stalled."),
        ("rejected", f"{cap(o)} rejected {surface(x)}'s application in {y}."), ("expelled", f"{X} was expelled from {o} in {y}."),
        ("left", f"{X}, which left {o} in {y}, sent observers."), ("former", f"{X}, a former member of {o}, abstained."),
        ("observer", f"{X}, an observer in {o}, abstained."), ("unratified", f"{X} signed {o}'s charter but never ratified it."),
        ("outside", f"{X} remains outside {o}."),
    ]
    return forms[index % len(forms)]  # every kind in turn, its parts drawn at random


def battery(seed: int = 17, per_shape: int = 12) -> list[Item]:
    """``per_shape`` items of every shape and as many controls as shapes times ``per_shape`` over two."""
    d = Draw(random.Random(seed))
    items = []
    for family, shapes in (("MEMBER_OF", MEMBER_SHAPES), ("LEADS", LEAD_SHAPES)):
        for shape in shapes:
            for _ in range(per_shape):
                text, expected, *path = shape(d)
                items.append(Item(family, shape.__name__, text, frozenset(expected), *path))
    for index in range(len(items) // 2):
        kind, text = control(d, index)
        items.append(Item("control", f"control:{kind}", text, frozenset()))
    return items


def family_relations(text: str, path: str = "note.txt") -> set:
    """The family's relations (type, source, target) read from ``text`` as a file named ``path``."""
    from loaders.extract import default_extractor
    from loaders.readers import read_bytes
    extractor = default_extractor()
    if path.endswith((".md", ".html")):
        relations = extractor.extract_document(read_bytes(text.encode("utf-8"), path)).relations
    else:
        relations = extractor.extract_text(text, path).relations
    return {(r.type, r.source, r.target) for r in relations if r.type in FAMILY}


def score(items: list[Item]) -> dict:
    """Per shape: (expected, found, false) counts; a control's every relation is false."""
    table: dict = {}
    for item in items:
        got = family_relations(item.text, item.path)
        wanted, found, false = table.get(item.shape, (0, 0, 0))
        table[item.shape] = (wanted + len(item.expected), found + len(got & item.expected), false + len(got - item.expected))
    return table
