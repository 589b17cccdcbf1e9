"""A generated battery of references back to entities named earlier in the same paragraph or
section: "the two countries", "the bloc", "the jets", "this year's edition", "it", "the latter",
a heading that names the exercise the lines under it are about.

Each item is a short paragraph built from parts: an antecedent sentence that names the
entities, a frame (what stands between the antecedent and the reference) and a clause that
states one relation with the reference as one argument and a named entity as the other. The
relations an item must give, and those it must not, are computed from the parts, never
written per item:

- ``plain``: antecedent, then the clause with the reference: the referents' relations;
- ``between``: a third entity named between antecedent and reference, in no role the
  reference could take: still the referents', never the third entity's;
- ``paragraph``: a paragraph before names other entities of the same kind (a section
  before, under a heading of its own): the current paragraph's, never the earlier ones';
- ``single``: a plural reference where only one candidate was named: nothing;
- ``negated``: the clause denied: nothing;
- ``control``: the same clause with the referents named outright: the positive control.

Every sentence is written for the battery; names come from the gazetteer.
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field

from loaders.extract import Extractor
from tests.loaders.battery_text import capitalised as _cap

YEARS = list(range(2005, 2024))
# (state, capital): capitals as the gazetteer gives them
STATES = [
    ("Russia", "Moscow"), ("China", "Beijing"), ("India", "New Delhi"), ("Iran", "Tehran"), ("Pakistan", "Islamabad"),
    ("Egypt", "Cairo"), ("Vietnam", "Hanoi"), ("Indonesia", "Jakarta"), ("Algeria", "Algiers"), ("Kazakhstan", "Astana"),
    ("Belarus", "Minsk"), ("Mongolia", "Ulaanbaatar"), ("Brazil", "Brasilia"), ("South Africa", "Pretoria"),
    ("Serbia", "Belgrade"), ("Malaysia", "Kuala Lumpur"), ("Armenia", "Yerevan"), ("Kyrgyzstan", "Bishkek"),
]
CAPITAL = dict(STATES)
NAVIES = {"Russia": "Russian Navy", "China": "PLA Navy", "India": "Indian Navy", "Iran": "Islamic Republic of Iran Navy",
          "Pakistan": "Pakistan Navy", "South Africa": "South African Navy"}
NAVY_NAMES = {"Russian Navy": "the Russian Navy", "PLA Navy": "the PLA Navy", "Indian Navy": "the Indian Navy",
              "Islamic Republic of Iran Navy": "the Islamic Republic of Iran Navy", "Pakistan Navy": "the Pakistan Navy",
              "South African Navy": "the South African Navy"}
EXERCISES = ["Vostok-2018", "Tsentr-2019", "Kavkaz-2020", "Joint Sea-2016", "Peace Mission-2021", "Zapad-2021",
             "Joint Sea-2019", "Mosi-2023", "Indra-2021", "Peace Mission-2018"]
REGIONS = ["Sea of Japan", "East China Sea", "South China Sea", "Baltic Sea", "Sea of Okhotsk", "Arabian Sea", "Gulf of Oman"]
# (name as written, canonical name, the nouns that may stand for it)
ORGANIZATIONS = [
    ("the Shanghai Cooperation Organisation", "Shanghai Cooperation Organisation", ("the organisation", "the group", "the bloc")),
    ("BRICS", "BRICS", ("the group", "the bloc")),
    ("the Collective Security Treaty Organization", "Collective Security Treaty Organization", ("the alliance", "the organisation", "the bloc")),
    ("NATO", "North Atlantic Treaty Organization", ("the alliance",)),
    ("the Gulf Cooperation Council", "Gulf Cooperation Council", ("the council",)),
    ("ASEAN", "Association of Southeast Asian Nations", ("the association", "the bloc", "the group")),
    ("the Eurasian Economic Union", "Eurasian Economic Union", ("the union", "the bloc")),
]
# (name, description opening the paragraph, the nouns that may stand for it)
SYSTEMS = [
    ("S-400", "a long-range surface-to-air missile system", ("the system", "the batteries")),
    ("S-300", "a surface-to-air missile system", ("the system",)),
    ("Tor-M1", "a short-range air defence system", ("the system",)),
    ("Su-35", "a twin-engine multirole fighter", ("the jets", "the fighters", "the aircraft")),
    ("Su-30MKI", "a two-seat multirole fighter", ("the jets", "the fighters", "the aircraft")),
    ("MiG-29", "a light fighter of Soviet design", ("the jets", "the fighters")),
    ("JF-17", "a light multirole fighter", ("the jets", "the fighters")),
    ("Kilo-class submarine", "a diesel-electric attack boat", ("the submarines", "the boats")),
]
EXERCISE_NOUNS = ("the exercise", "the drills", "this year's edition", "the manoeuvres", "the war games")


@dataclass(frozen=True)
class Clause:
    """One relation with a slot for the reference (``{r}``) and one for a named entity (``{o}``).

    ``role`` says which argument the reference fills; ``other`` is the label of ``{o}``;
    ``base`` is the predicate after "did not", or empty where the clause has no denial."""

    type: str
    text: str
    role: str
    other: str
    base: str = ""


# a state or a force as the subject: "{r}" opens the clause
SUBJECT_CLAUSES = [
    Clause("PARTICIPATED_IN", "{r} took part in {o} in {y}.", "source", "Exercise", "{r} did not take part in {o} in {y}."),
    Clause("PARTICIPATED_IN", "{r} sent troops to {o}.", "source", "Exercise", "{r} did not send troops to {o}."),
    Clause("PARTICIPATED_IN", "In {y} {r} joined {o}.", "source", "Exercise", "In {y} {r} did not join {o}."),
    Clause("PARTICIPATED_IN", "{o} was attended by {r}.", "source", "Exercise"),
    Clause("PATROLLED", "In {y} {r} flew a joint air patrol over the {o}.", "source", "Region", "In {y} {r} did not fly a joint air patrol over the {o}."),
    Clause("PATROLLED", "{r} conducted a joint naval patrol in the {o} in {y}.", "source", "Region", "{r} never conducted a joint naval patrol in the {o}."),
    Clause("DRILLED_IN", "{r} held naval drills in the {o} in {y}.", "source", "Region", "{r} have not held naval drills in the {o}."),
    Clause("MEMBER_OF", "{r} joined {o} in {y}.", "source", "Organization", "{r} did not join {o} in {y}."),
    Clause("MEMBER_OF", "{r} became full members of {o} in {y}.", "source", "Organization", "{r} did not become full members of {o}."),
]
# the same for one state: a verb that agrees with a singular subject
SINGULAR_CLAUSES = [
    Clause("PARTICIPATED_IN", "{r} took part in {o} in {y}.", "source", "Exercise", "{r} did not take part in {o} in {y}."),
    Clause("HOSTED", "{r} hosted {o}.", "source", "Exercise", "{r} did not host {o}."),
    Clause("ACQUIRED", "In {y} {r} ordered {o} fighters.", "source", "Jet", "In {y} {r} did not order {o} fighters."),
    Clause("ACQUIRED", "{r} took delivery of {o} fighters in {y}.", "source", "Jet", "{r} never took delivery of {o} fighters."),
    Clause("MEMBER_OF", "{r} joined {o} in {y}.", "source", "Organization", "{r} did not join {o} in {y}."),
    Clause("MEMBER_OF", "{r} became a full member of {o} in {y}.", "source", "Organization", "{r} never became a full member of {o}."),
]
# a named state as the subject, the reference (an organization, a system, an exercise) as the object
OBJECT_CLAUSES = {
    "Organization": [
        Clause("MEMBER_OF", "{o} joined {r} in {y}.", "target", "State", "{o} did not join {r} in {y}."),
        Clause("MEMBER_OF", "{o} became a full member of {r} in {y}.", "target", "State", "{o} never became a full member of {r}."),
        Clause("MEMBER_OF", "In {y} {o} was admitted to {r}.", "target", "State", "In {y} {o} was not admitted to {r}."),
        Clause("MEMBER_OF", "{r} admitted {o} in {y}.", "target", "State", "{r} did not admit {o} in {y}."),
        Clause("MEMBER_OF", "{o} was accepted into {r} in {y}.", "target", "State", "{o} was not accepted into {r}."),
        Clause("MEMBER_OF", "{o} has been a member of {r} since {y}.", "target", "State", "{o} has never been a member of {r}."),
        Clause("MEMBER_OF", "{r} now includes {o}.", "target", "State"),
        Clause("MEMBER_OF", "In {y} {r} expanded to include {o}.", "target", "State", "In {y} {r} did not expand to include {o}."),
    ],
    "WeaponSystem": [
        Clause("ACQUIRED", "{o} ordered {r} in {y}.", "target", "State", "{o} did not order {r} in {y}."),
        Clause("ACQUIRED", "In {y} {o} took delivery of {r}.", "target", "State", "In {y} {o} did not take delivery of {r}."),
        Clause("ACQUIRED", "{o} bought {r} in {y}.", "target", "State", "{o} never bought {r}."),
        Clause("OPERATES", "{o} operates {r}.", "target", "State", "{o} does not operate {r}."),
        Clause("ACQUIRED", "{r} were delivered to {o} in {y}.", "target", "State", "{r} were never delivered to {o}."),
        Clause("ACQUIRED", "{o} received {r} in {y}.", "target", "State", "{o} has not received {r}."),
        Clause("ACQUIRED", "Deliveries of {r} to {o} began in {y}.", "target", "State", "Deliveries of {r} to {o} never began."),
        Clause("OPERATES", "{o} has flown {r} since {y}.", "target", "State", "{o} has never flown {r}."),
    ],
    "Exercise": [
        Clause("PARTICIPATED_IN", "{o} took part in {r}.", "target", "State", "{o} did not take part in {r}."),
        Clause("PARTICIPATED_IN", "Troops from {o} took part in {r}.", "target", "State", "Troops from {o} did not take part in {r}."),
        Clause("PARTICIPATED_IN", "{o} sent troops to {r}.", "target", "State", "{o} sent no troops to {r}."),
        Clause("HOSTED", "{r} was hosted by {o}.", "target", "State", "{r} was not hosted by {o}."),
        Clause("HELD_IN", "{r} was held in the {o}.", "source", "Region", "{r} was not held in the {o}."),
        Clause("PARTICIPATED_IN", "Forces from {o} also joined {r}.", "target", "State", "Forces from {o} did not join {r}."),
        Clause("PARTICIPATED_IN", "{o} also participated in {r}.", "target", "State", "{o} did not participate in {r}."),
        Clause("PARTICIPATED_IN", "{r} involved troops from {o}.", "target", "State", "{r} did not involve troops from {o}."),
        Clause("PARTICIPATED_IN", "{r} brought together forces from Russia and {o}.", "target", "State"),
        Clause("PARTICIPATED_IN", "{o} sent a contingent of 500 soldiers to {r}.", "target", "State", "{o} did not send a contingent to {r}."),
    ],
}
# a joint patrol told of before: taking part in it is patrolling the waters it crossed (the reference stands for them)
OBJECT_CLAUSES["Patrol"] = [
    Clause("PATROLLED", "{o} sent bombers on {r}.", "target", "State", "{o} sent no bombers on {r}."),
    Clause("PATROLLED", "Warships from {o} took part in {r}.", "target", "State", "Warships from {o} did not take part in {r}."),
    Clause("PATROLLED", "{o} joined {r}.", "target", "State", "{o} did not join {r}."),
    Clause("PATROLLED", "Aircraft from {o} flew {r}.", "target", "State", "Aircraft from {o} did not fly {r}."),
    Clause("PATROLLED", "{o} also took part in {r}.", "target", "State", "{o} took no part in {r}."),
]
# under a heading or a list title that names the exercise or the organization: the clause names only the other argument
HEADED_CLAUSES = {
    "Exercise": [
        Clause("PARTICIPATED_IN", "Troops from {o} took part.", "target", "State", "Troops from {o} did not take part."),
        Clause("PARTICIPATED_IN", "{o} sent troops.", "target", "State", "{o} sent no troops."),
        Clause("PARTICIPATED_IN", "{o} took part for the first time.", "target", "State", "{o} did not take part."),
        Clause("HOSTED", "{o} hosted the drills.", "target", "State", "{o} did not host the drills."),
        Clause("HELD_IN", "The drills were held in the {o}.", "source", "Region", "The drills were not held in the {o}."),
    ],
    "Organization": [
        Clause("MEMBER_OF", "{o} joined in {y}.", "target", "State", "{o} did not join."),
        Clause("MEMBER_OF", "{o} became a full member in {y}.", "target", "State", "{o} never became a full member."),
    ],
}

PAIR_ANTECEDENTS = [
    "{a} and {b} have grown closer since {y}.",
    "Ties between {a} and {b} deepened after {y}.",
    "{a} and {b} share a long history of military contacts.",
]
SINGLE_ANTECEDENTS = [
    "{a} has modernised its forces since {y}.",
    "{a} has long relied on imported arms.",
    "{a} raised its defence budget in {y}.",
]
# sentences that name nothing, between the antecedent and the reference
FILLERS = ["Preparations took months.", "Officials declined to give details.", "The timing was not explained.",
           "Analysts saw a signal in the move.", "The weather was poor that week."]
# a phrase fronted before the reference's clause
FRONTS = ["After long talks,", "According to officials,", "By most accounts,", "Later,"]
PAIR_REFERENCES = ["the two countries", "both nations", "the pair", "the two sides", "capitals", "they"]
FORCE_REFERENCES = ["the two navies", "both navies", "the two fleets"]


@dataclass
class Item:
    family: str
    frame: str
    text: str
    expected: frozenset  # (source, type, target) that must be found
    type: str  # the clause's relation type
    fixed: tuple  # (role of the named argument, its name): the side a wrong binding shares
    referents: frozenset  # what the reference may stand for
    extras: dict = field(default_factory=dict)


def _relations(clause: Clause, referents, other: str) -> frozenset:
    if clause.role == "source":
        return frozenset((r, clause.type, other) for r in referents)
    return frozenset((other, clause.type, r) for r in referents)


def _fill(template: str, r: str, o: str, y: int) -> str:
    sentence = template.format(r=r, o=o, y=y)
    return _cap(sentence)


def _fronted(rng: random.Random, template: str, r: str, o: str, y: int) -> str:
    """The clause after a fronted phrase: its first word in lower case unless a name."""
    body = template.format(r=r, o=o, y=y)
    keep = template.startswith("{o}") or template.startswith("{r}") and r[:1].isupper()
    return f"{rng.choice(FRONTS)} {body if keep else body[:1].lower() + body[1:]}"


def _other(clause: Clause, rng: random.Random, avoid=()) -> tuple[str, str]:
    """(as written, canonical) of the clause's named argument."""
    if clause.other == "Exercise":
        name = rng.choice([e for e in EXERCISES if e not in avoid])
        return name, name
    if clause.other == "Region":
        name = rng.choice(REGIONS)
        return name, name
    if clause.other == "Organization":
        written, name, _ = rng.choice([o for o in ORGANIZATIONS if o[1] not in avoid])
        return written, name
    if clause.other == "Jet":
        name = rng.choice(["Su-35", "Su-30MKI", "MiG-29", "JF-17"])
        return name, name
    name = rng.choice([s for s, _ in STATES if s not in avoid])
    return name, name


def _states(rng: random.Random, count: int, avoid=()) -> list[str]:
    return rng.sample([s for s, _ in STATES if s not in avoid], count)


def _item(family, frame, text, clause, referents, other, negated=False) -> Item:
    expected = frozenset() if negated or frame == "single" else _relations(clause, referents, other)
    fixed = ("target", other) if clause.role == "source" else ("source", other)
    return Item(family, frame, text, expected, clause.type, fixed, frozenset(referents))


def pair_items(rng: random.Random, reference: str) -> list[Item]:
    """A pair of states named in the first sentence, taken up by a plural reference."""
    items = []
    family = "pair:" + reference
    for clause in SUBJECT_CLAUSES:
        a, b, c, d, e = _states(rng, 5)
        written = f"{CAPITAL[a]} and {CAPITAL[b]}" if reference == "capitals" else reference
        ante = rng.choice(PAIR_ANTECEDENTS).format(a=a, b=b, y=rng.choice(YEARS))
        o_text, o = _other(clause, rng)
        y = rng.choice(YEARS)
        if written == "they" and "by {r}" in clause.text:
            written = "them"  # the object's form, after "by"
        line = _fill(clause.text, written, o_text, y)
        items.append(_item(family, "plain", f"{ante} {line}", clause, (a, b), o))
        items.append(_item(family, "between", f"{ante} Talks with {c} followed in {y - 1}. {line}", clause, (a, b), o))
        items.append(_item(family, "distant", f"{ante} {rng.choice(FILLERS)} {rng.choice(FILLERS)} {line}", clause, (a, b), o))
        items.append(_item(family, "fronted", f"{ante} {_fronted(rng, clause.text, written, o_text, y)}", clause, (a, b), o))
        other_pair = rng.choice(PAIR_ANTECEDENTS).format(a=d, b=e, y=rng.choice(YEARS))
        items.append(_item(family, "paragraph", f"{other_pair}\n\n{ante} {line}", clause, (a, b), o))
        if reference not in ("capitals", "they"):  # ("Sweden is a special case. They joined NATO in 2024": "they" may be one state)
            lone = rng.choice(SINGLE_ANTECEDENTS).format(a=a, y=rng.choice(YEARS))
            items.append(_item(family, "single", f"{lone} {line}", clause, (a, b), o))
        if clause.base:
            items.append(_item(family, "negated", f"{ante} {_fill(clause.base, written, o_text, y)}", clause, (a, b), o, negated=True))
        items.append(_item(family, "control", f"{ante} {_fill(clause.text, f'{a} and {b}', o_text, y)}", clause, (a, b), o))
    return items


def force_items(rng: random.Random, reference: str) -> list[Item]:
    """Two navies named in the first sentence, taken up as "the two navies"."""
    items = []
    family = "navies:" + reference
    for clause in [c for c in SUBJECT_CLAUSES if c.other in ("Exercise", "Region")]:
        a, b, c, d = rng.sample(sorted(NAVIES), 4)
        fa, fb, fc = NAVIES[a], NAVIES[b], NAVIES[c]
        ante = _cap(f"{NAVY_NAMES[fa]} and {NAVY_NAMES[fb]} have trained together since {rng.choice(YEARS)}.")
        o_text, o = _other(clause, rng)
        y = rng.choice(YEARS)
        line = _fill(clause.text, reference, o_text, y)
        items.append(_item(family, "plain", f"{ante} {line}", clause, (fa, fb), o))
        items.append(_item(family, "between", f"{ante} Officers from {c} watched in {y - 1}. {line}", clause, (fa, fb), o))
        earlier = _cap(f"{NAVY_NAMES[fc]} and {NAVY_NAMES[NAVIES[d]]} have trained together since {rng.choice(YEARS)}.")
        items.append(_item(family, "paragraph", f"{earlier}\n\n{ante} {line}", clause, (fa, fb), o))
        lone = _cap(f"{NAVY_NAMES[fa]} has trained hard since {rng.choice(YEARS)}.")
        items.append(_item(family, "single", f"{lone} {line}", clause, (fa, fb), o))
        if clause.base:
            items.append(_item(family, "negated", f"{ante} {_fill(clause.base, reference, o_text, y)}", clause, (fa, fb), o, negated=True))
        items.append(_item(family, "control", f"{ante} {_fill(clause.text, f'{NAVY_NAMES[fa]} and {NAVY_NAMES[fb]}', o_text, y)}", clause, (fa, fb), o))
    return items


def single_items(rng: random.Random, reference: str) -> list[Item]:
    """One state taken up by "it", "the latter", "the former", "the buyer", "the seller"."""
    items = []
    family = "state:" + reference
    for clause in SINGULAR_CLAUSES:
        a, b, c, d = _states(rng, 4)
        y = rng.choice(YEARS)
        o_text, o = _other(clause, rng)
        if reference in ("the latter", "the former"):
            ante = f"{a} and {b} held defence talks in {y - 1}."
            meant = b if reference == "the latter" else a
            earlier = f"{c} and {d} held defence talks in {y - 2}."
        elif reference in ("the buyer", "the seller"):
            ante = rng.choice(["{a} agreed to sell arms to {b} in {y}.", "{b} bought arms from {a} in {y}.",
                               "{a} sold T-90 tanks to {b} in {y}.", "{b} bought Mi-17 helicopters from {a} in {y}."]).format(a=a, b=b, y=y - 1)
            meant = b if reference == "the buyer" else a
            earlier = f"{c} agreed to sell arms to {d} in {y - 2}."
        else:
            ante = rng.choice(SINGLE_ANTECEDENTS).format(a=a, y=y - 1)
            meant = a
            earlier = rng.choice(SINGLE_ANTECEDENTS).format(a=c, y=y - 2)
        line = _fill(clause.text, reference, o_text, y)
        items.append(_item(family, "plain", f"{ante} {line}", clause, (meant,), o))
        items.append(_item(family, "paragraph", f"{earlier}\n\n{ante} {line}", clause, (meant,), o))
        if reference == "it":  # a third state named only as a place, between the subject and "it"
            items.append(_item(family, "between", f"{a} has long relied on arms from {c}. {line}", clause, (a,), o))
        if clause.base:
            items.append(_item(family, "negated", f"{ante} {_fill(clause.base, reference, o_text, y)}", clause, (meant,), o, negated=True))
        items.append(_item(family, "control", f"{ante} {_fill(clause.text, meant, o_text, y)}", clause, (meant,), o))
    return items


def _antecedent(label: str, name: str, written: str, rng: random.Random) -> str:
    y = rng.choice(YEARS)
    # the entity opens the sentence, or stands as the object of a state's verb
    host = rng.choice(["Kazakhstan", "Uzbekistan", "Tajikistan"])
    if label == "Organization":
        return _cap(rng.choice(["{w} was founded in {y}.", "{w} held a summit in {y}.", "{w} expanded in {y}.",
                                "Leaders of {w} met in {y}.", "{h} chaired {w} in {y}."]).format(w=written, y=y, h=host))
    if label == "WeaponSystem":
        description = next(d for n, d, _ in SYSTEMS if n == name)
        return rng.choice(["The {n} is {d}.", "Engineers unveiled the {n}, {d}, in {y}.", "Work on the {n} began in {y}."]).format(n=name, d=description, y=y)
    if label == "Patrol":
        return rng.choice(["A joint air patrol crossed the {w} in {y}.", "A joint naval patrol passed through the {w} in {y}.",
                           "In {y} a joint patrol sailed through the {w}."]).format(w=name, y=y)
    return rng.choice(["{w} began in late summer.", "{w} opened on a Monday.", "{w} lasted a week.",
                       "Planning for {w} took months.", "Preparations for {w} started in spring."]).format(w=written)


def _referent_pool(label: str):
    if label == "Organization":
        return [(name, written, nouns) for written, name, nouns in ORGANIZATIONS]
    if label == "WeaponSystem":
        return [(name, f"the {name}", nouns) for name, _, nouns in SYSTEMS]
    if label == "Patrol":
        return [(name, f"a joint patrol over the {name}", ("the patrol", "the joint patrol")) for name in REGIONS]
    return [(name, name, EXERCISE_NOUNS) for name in EXERCISES]


def object_items(rng: random.Random, label: str) -> list[Item]:
    """An organization, system or exercise named in the first sentence, taken up by a noun."""
    items = []
    pool = _referent_pool(label)
    for clause in OBJECT_CLAUSES[label]:
        for name, written, nouns in rng.sample(pool, min(4, len(pool))):
            noun = rng.choice(nouns)
            family = f"{label}:{noun}"
            ante = _antecedent(label, name, written, rng)
            o_text, o = _other(clause, rng)
            c = _states(rng, 1, avoid=(o,))[0]
            y = rng.choice(YEARS)
            line = _fill(clause.text, noun, o_text, y)
            items.append(_item(family, "plain", f"{ante} {line}", clause, (name,), o))
            items.append(_item(family, "between", f"{ante} Officials in {c} followed it closely. {line}", clause, (name,), o))
            items.append(_item(family, "distant", f"{ante} {rng.choice(FILLERS)} {rng.choice(FILLERS)} {line}", clause, (name,), o))
            items.append(_item(family, "fronted", f"{ante} {_fronted(rng, clause.text, noun, o_text, y)}", clause, (name,), o))
            # the paragraph before names another of the same kind
            rival = rng.choice([p for p in pool if p[0] != name and noun in p[2]] or [p for p in pool if p[0] != name])
            items.append(_item(family, "paragraph", f"{_antecedent(label, rival[0], rival[1], rng)}\n\n{ante} {line}", clause, (name,), o))
            if clause.base:
                items.append(_item(family, "negated", f"{ante} {_fill(clause.base, noun, o_text, y)}", clause, (name,), o, negated=True))
            items.append(_item(family, "control", f"{ante} {_fill(clause.text, written, o_text, y)}", clause, (name,), o))
    return items


# the entity taken up by a pronoun: "it" for an exercise, a body or one system, "them" for aircraft
PRONOUN_CLAUSES = {
    "Exercise": [
        Clause("PARTICIPATED_IN", "It involved troops from {o}.", "target", "State", "It did not involve troops from {o}."),
        Clause("PARTICIPATED_IN", "{o} took part in it.", "target", "State", "{o} did not take part in it."),
        Clause("PARTICIPATED_IN", "{o} sent troops to it.", "target", "State", "{o} sent no troops to it."),
        Clause("HELD_IN", "It was held in the {o}.", "source", "Region", "It was not held in the {o}."),
        Clause("HOSTED", "It was hosted by {o}.", "target", "State", "It was not hosted by {o}."),
    ],
    "Organization": [
        Clause("MEMBER_OF", "{o} joined it in {y}.", "target", "State", "{o} did not join it in {y}."),
        Clause("MEMBER_OF", "It admitted {o} in {y}.", "target", "State", "It did not admit {o} in {y}."),
        Clause("MEMBER_OF", "It now includes {o}.", "target", "State", "It does not include {o}."),
    ],
    "WeaponSystem": [
        Clause("ACQUIRED", "{o} bought it in {y}.", "target", "State", "{o} did not buy it in {y}."),
        Clause("ACQUIRED", "{o} ordered it in {y}.", "target", "State", "{o} never ordered it."),
        Clause("OPERATES", "{o} operates it.", "target", "State", "{o} does not operate it."),
    ],
}


def pronoun_items(rng: random.Random, label: str) -> list[Item]:
    """An exercise, body or system named in the first sentence, taken up by "it"."""
    items = []
    family = f"pronoun:{label}"
    pool = [p for p in _referent_pool(label) if label != "WeaponSystem" or "the system" in p[2]]
    for clause in PRONOUN_CLAUSES[label]:
        for name, written, _ in rng.sample(pool, 3):
            ante = _antecedent(label, name, written, rng)
            o_text, o = _other(clause, rng)
            c = _states(rng, 1, avoid=(o,))[0]
            y = rng.choice(YEARS)
            line = _fill(clause.text, "", o_text, y)
            items.append(_item(family, "plain", f"{ante} {line}", clause, (name,), o))
            items.append(_item(family, "between", f"{ante} Talks with {c} followed in {y - 1}. {line}", clause, (name,), o))
            rival = rng.choice([p for p in pool if p[0] != name])
            items.append(_item(family, "paragraph", f"{_antecedent(label, rival[0], rival[1], rng)}\n\n{ante} {line}", clause, (name,), o))
            if clause.base:
                items.append(_item(family, "negated", f"{ante} {_fill(clause.base, '', o_text, y)}", clause, (name,), o, negated=True))
    return items


def headed_items(rng: random.Random, label: str, shape: str) -> list[Item]:
    """Lines under a heading ("## Vostok-2018", a plain title line) or a list title that names the entity."""
    items = []
    pool = _referent_pool(label)
    family = f"heading:{label}:{shape}"
    for clause in HEADED_CLAUSES[label]:
        for name, written, _ in rng.sample(pool, 3):
            o_text, o = _other(clause, rng)
            y = rng.choice(YEARS)
            title = _cap(written)
            heading = {"markdown": f"## {title}", "plain": title}[shape]
            line = _fill(clause.text, "", o_text, y)
            items.append(_item(family, "plain", f"{heading}\n\n{line}", clause, (name,), o))
            first = rng.choice([e for e in _states(rng, 3) if e != o])
            if clause.other == "State":
                opening = _fill(clause.text, "", first, y)
                items.append(_item(family, "between", f"{heading}\n\n{opening} {line}", clause, (name,), o))
            rival = next(p for p in rng.sample(pool, len(pool)) if p[0] != name)
            rival_heading = {"markdown": f"## {_cap(rival[1])}", "plain": _cap(rival[1])}[shape]
            filler = _fill(clause.text, "", rng.choice([s for s in _states(rng, 3) if s != o]), y) if clause.other == "State" else "Little was reported."
            items.append(_item(family, "paragraph", f"{rival_heading}\n\n{filler}\n\n{heading}\n\n{line}", clause, (name,), o))
            items.append(_item(family, "distant", f"{heading}\n\n{rng.choice(FILLERS)} {rng.choice(FILLERS)}\n\n{line}", clause, (name,), o))
            if clause.base:
                items.append(_item(family, "negated", f"{heading}\n\n{_fill(clause.base, '', o_text, y)}", clause, (name,), o, negated=True))
    return items


def list_title_items(rng: random.Random, label: str) -> list[Item]:
    """A list under a title naming the exercise or the organization: each entry is one of its participants or members."""
    items = []
    pool = _referent_pool(label)
    family = f"list:{label}"
    titles = {"Exercise": ["Participants in {w}:", "States that took part in {w}:", "Contingents at {w}:"],
              "Organization": ["Members of {w}:", "Member states of {w}:", "{W} members:"]}[label]
    type_ = "PARTICIPATED_IN" if label == "Exercise" else "MEMBER_OF"
    clause = Clause(type_, "", "target", "State")
    for title in titles:
        for name, written, _ in rng.sample(pool, 3):
            entries = _states(rng, 3)
            text = title.format(w=written, W=_cap(written)) + "\n" + "\n".join(f"- {s}" for s in entries)
            items.append(Item(family, "plain", text, frozenset((s, type_, name) for s in entries), type_, ("target", name), frozenset(entries)))
            sub = {"Exercise": ["Participants", "Foreign contingents", "Who took part"], "Organization": ["Members", "Member states", "Enlargement"]}[label]
            nested = f"## {_cap(written)}\n\n### {rng.choice(sub)}\n\n" + "\n".join(f"- {s}" for s in entries)
            items.append(Item(family, "distant", nested, frozenset((s, type_, name) for s in entries), type_, ("target", name), frozenset(entries)))
            inline = title.format(w=written, W=_cap(written)) + f" {entries[0]}, {entries[1]} and {entries[2]}."
            items.append(Item(family, "between", inline, frozenset((s, type_, name) for s in entries), type_, ("target", name), frozenset(entries)))
    return items


def battery(seed: int = 16) -> list[Item]:
    """Every item, the same for one seed."""
    rng = random.Random(seed)
    items = []
    for reference in PAIR_REFERENCES:
        items += pair_items(rng, reference)
    for reference in FORCE_REFERENCES:
        items += force_items(rng, reference)
    for reference in ("it", "the latter", "the former", "the buyer", "the seller", "the country"):
        items += single_items(rng, reference)
    for label in ("Organization", "WeaponSystem", "Exercise", "Patrol"):
        items += object_items(rng, label)
    for label in ("Exercise", "Organization", "WeaponSystem"):
        items += pronoun_items(rng, label)
    for label in ("Exercise", "Organization"):
        for shape in ("markdown", "plain"):
            items += headed_items(rng, label, shape)
        items += list_title_items(rng, label)
    return items


@dataclass
class Outcome:
    found: frozenset
    missed: frozenset  # expected and not found
    wrong: frozenset  # the clause's relation, on its named argument, bound to what the reference does not mean


def judge(item: Item, found_relations) -> Outcome:
    found = frozenset((r.source, r.type, r.target) for r in found_relations)
    role, name = item.fixed
    wrong = frozenset(
        rel for rel in found
        if rel[1] == item.type and (rel[2] if role == "target" else rel[0]) == name
        and ((rel[0] if role == "target" else rel[2]) not in item.referents or not item.expected)
    )
    return Outcome(found, item.expected - found, wrong)


def run(items: list[Item], extractor: Extractor | None = None) -> list[tuple[Item, Outcome]]:
    extractor = extractor or Extractor()
    return [(item, judge(item, extractor.extract_text(item.text).relations)) for item in items]
