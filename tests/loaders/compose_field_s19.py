"""A generated COMPOSITIONAL battery for the field family (PATROLLED, DRILLED_IN, PARTICIPATED_IN,
HELD_IN, HOSTED).

The shape batteries of sessions 17 and 18 vary one thing at a time. Authors combine several: a date
fronted before a subject that carries an apposition, a route whose sea has a relative clause, the
parties named a sentence later, a state that shadowed the ships in a trailing clause. Here every
item is one base clause (a patrol, a drill or an exercise, in one of many wordings) with a random
combination of two to four independent transformations applied to it:

- ``fronted``: a date or an adverbial before the clause ("In July 2021,", "Despite the weather,").
- ``apposition``/``relative``: a gloss on the parties or on the sea ("the Sea of Japan, which
  borders South Korea,"): a state named in a gloss is no party.
- ``later-parties``: the parties named in a later sentence ("The aircraft came from A and B").
- ``named-before``: the patrol, drill or exercise named in a heading or the sentence before, the
  clause saying "the patrol", "the drills", "the exercise".
- ``departure``: a sea named as where the ships set out from or were seen later (no relation).
- ``transit``: a strait passed on the way (the read sets' gold counts it sometimes: allowed).
- ``watchers``: a state that intercepted, shadowed or observed (no relation).
- ``second``: a second patrol or drill by other states in a later sentence, in another sea.
- ``attribution``, ``parenthetical``, ``trailing``: a source named, a bracketed note, a trailing
  participial clause (which may name a state that reacted: no relation).
- ``hedge``: the base clause denied, unconfirmed or planned (its relations all go).

Every expectation is computed from the parts.

>>> items = battery(seed=1, count=20)
>>> all(2 <= len(item.shape.split("+")) <= 4 for item in items)
True
"""
from __future__ import annotations

import random
import re
from collections import Counter
from dataclasses import dataclass, field

from tests.loaders.battery_text import ParagraphItem, capitalised as _cap, spoken_list as _list

# the states, seas and exercise editions of the session-18 field battery, so the two draw from the same world
from tests.loaders.field_paragraphs_s18 import EDITIONS, SEAS, STATES

STRAITS = ["Tsushima Strait", "Tsugaru Strait", "Miyako Strait", "Strait of Malacca", "Strait of Hormuz"]
YEARS = [2019, 2020, 2021, 2022, 2023, 2024]
MONTHS = ["March", "May", "July", "September", "November", "December"]


@dataclass
class Event:
    """One patrol, drill or exercise: who took part, where, and (for an exercise) its name and hosts."""
    kind: str
    parties: list
    seas: list
    exercise: str = ""
    hosts: list = field(default_factory=list)
    craft: str = "ships"

    def relations(self) -> set:
        if self.kind == "patrol":
            return {("PATROLLED", s, r) for s in self.parties for r in self.seas}
        if self.kind == "drill":
            return {("DRILLED_IN", s, r) for s in self.parties for r in self.seas}
        return ({("PARTICIPATED_IN", s, self.exercise) for s in self.parties}
                | {("HOSTED", h, self.exercise) for h in self.hosts}
                | {("HELD_IN", self.exercise, r) for r in self.seas})


# ---- base clauses --------------------------------------------------------------------------------
# A wording gives the clause with slots {P} (the parties), {R} (the sea or the route), {E} (the
# exercise), {H} (the host); its ``anonymous`` form names no party (they come in another sentence)
# and its ``referred`` form says "the patrol"/"the drills"/"the exercise" for an event named before.

@dataclass(frozen=True)
class Wording:
    kind: str
    named: str
    anonymous: str
    seas: int = 1
    party_form: str = "states"  # "states": "Russia and China"; "craft": "Russian and Chinese bombers"
    craft: str = "ships"
    hosted: bool = False


WORDINGS = [
    Wording("patrol", "{P} flew a joint patrol over {R}", "The aircraft flew a joint patrol over {R}", craft="aircraft"),
    Wording("patrol", "{P} sailed through {R} on a joint naval patrol", "The warships sailed through {R} on a joint naval patrol",
            party_form="craft", craft="warships"),
    Wording("patrol", "{P} transited {R} during their joint patrol", "The warships transited {R} during their joint patrol",
            party_form="craft", craft="warships"),
    Wording("patrol", "{P} conducted a joint air patrol across {R}", "A joint air patrol was conducted across {R}",
            craft="aircraft"),
    Wording("patrol", "{P} flew over {R} on a joint patrol", "The bombers flew over {R} on a joint patrol", seas=2,
            party_form="craft", craft="bombers"),
    Wording("patrol", "{P} held a joint naval patrol {R}", "The ships held a joint naval patrol {R}", seas=3),
    Wording("patrol", "{P} carried out a joint patrol in {R}", "A joint patrol was carried out in {R}"),
    Wording("drill", "{P} held live-fire drills in {R}", "The warships held live-fire drills in {R}",
            party_form="craft", craft="warships"),
    Wording("drill", "{P} staged joint manoeuvres in {R}", "Joint manoeuvres were staged in {R}"),
    Wording("drill", "{P} conducted naval drills in {R}", "The navies conducted naval drills in {R}"),
    Wording("drill", "{P} practised anti-submarine warfare in {R}", "The ships practised anti-submarine warfare in {R}",
            party_form="craft", craft="frigates"),
    Wording("exercise", "{P} took part in {E}, held in {R}", "{E} was held in {R}"),
    Wording("exercise", "{P} sent troops to {E} in {R}", "Troops were sent to {E} in {R}"),
    Wording("exercise", "{P} joined {E}, which {H} hosted in {R}", "{H} hosted {E} in {R}", hosted=True),
    Wording("exercise", "{H} hosted {E} in {R}, with ships from {P}", "{H} hosted {E} in {R}", hosted=True),
    Wording("exercise", "{E} took place in {R}, with {P} taking part", "{E} took place in {R}"),
    Wording("exercise", "{E} was staged in {R} by {P}", "{E} was staged in {R}"),
]
REFERRED = {"patrol": ["the patrol", "the flight", "the joint patrol"], "drill": ["the drills", "the manoeuvres"],
            "exercise": ["the exercise", "the drills", "the manoeuvres"]}


def _seas_text(seas: list) -> str:
    if len(seas) == 1:
        return f"the {seas[0]}"
    if len(seas) == 2:
        return f"the {seas[0]} and then the {seas[1]}"
    return f"from the {seas[0]} through the {seas[1]} to the {seas[2]}"


def _parties_text(parties: list, wording: Wording) -> str:
    if wording.party_form == "craft":
        return f"{_list([STATES[p] for p in parties])} {wording.craft}"
    return _list(parties)


# ---- the clause being built ------------------------------------------------------------------------

@dataclass
class Draft:
    """The clause and the sentences around it, as the transformations leave them."""
    rng: random.Random
    event: Event
    wording: Wording
    others: list  # states no party may be: watchers, glossed states, second patrollers
    spare_seas: list
    anonymous: str = ""  # "later" or "before": the parties are named in another sentence
    referred: bool = False
    front: str = ""
    party_gloss: str = ""
    sea_gloss: str = ""
    paren: str = ""
    trail: str = ""
    frame: str = ""  # a hedge or denial the base clause sits in ("{C}" is the clause)
    attribution: str = ""
    before: list = field(default_factory=list)
    after: list = field(default_factory=list)
    expected: set = field(default_factory=set)
    allowed: set = field(default_factory=set)

    def other(self) -> str:
        return self.others.pop()

    def sea(self) -> str:
        return self.spare_seas.pop()


def fronted(d: Draft) -> None:
    d.front = d.rng.choice([f"In {d.rng.choice(MONTHS)} {d.rng.choice(YEARS)}, ", "Early on Tuesday, ",
                            "Despite poor weather, ", "For the first time, ", f"On {d.rng.randint(2, 27)} {d.rng.choice(MONTHS)}, ",
                            "Two days after the summit, ", "Late last year, "])


def apposition(d: Draft) -> None:
    if d.rng.random() < 0.5 and not d.anonymous:
        d.party_gloss = d.rng.choice([", two close partners,", ", both permanent members of the group,",
                                      f", long-standing partners of {d.other()},"])
    else:
        d.sea_gloss = d.rng.choice([", a busy shipping lane,", ", a contested stretch of water,",
                                    f", a sea {d.other()} also claims parts of,"])


def relative(d: Draft) -> None:
    if d.rng.random() < 0.5 and not d.anonymous:
        d.party_gloss = d.rng.choice([", which signed a defence pact in 2001,", ", which have grown closer since 2014,",
                                      f", which {d.other()} accuses of coercion,"])
    else:
        d.sea_gloss = d.rng.choice([f", which borders {d.other()},", ", which carries much of the region's trade,",
                                    f", where {d.other()} holds fishing rights,"])


def later_parties(d: Draft) -> None:
    d.anonymous = "later"
    parties = _list(d.event.parties)
    d.after.append(d.rng.choice([f"The participants were {parties}.", f"{parties} took part.",
                                 f"{_cap(d.wording.craft) if d.event.kind != 'exercise' else 'The forces'} came from {parties}."]))


def named_before(d: Draft) -> None:
    d.referred = True
    e = d.event
    if e.kind == "exercise":
        d.before.append(d.rng.choice([f"{e.exercise}\n\n", f"{e.exercise} began on {d.rng.choice(['Monday', 'Friday'])}. "]))
    else:
        d.anonymous = "before"
        event = "a joint air patrol" if e.kind == "patrol" else "joint naval drills"
        d.before.append(f"{_list(e.parties)} {d.rng.choice(['launched', 'began', 'started'])} {event} on "
                        f"{d.rng.choice(['Monday', 'Tuesday', 'Thursday'])}. ")


def departure(d: Draft) -> None:
    sea = d.sea()
    craft = d.wording.craft if d.event.kind != "exercise" else "ships"
    d.after.append(d.rng.choice([f"The {craft} had set out from the {sea}.", f"The {craft} were later seen in the {sea}.",
                                 f"The {craft} had come from their base on the {sea}.",
                                 f"Two days later the {craft} were spotted in the {sea} on their way home."]))


def transit(d: Draft) -> None:
    strait = d.rng.choice(STRAITS)
    d.after.append(d.rng.choice([f"On the way the {d.wording.craft} passed through the {strait}.",
                                 f"They reached it through the {strait}."]))
    if d.event.kind != "exercise":
        kind = "PATROLLED" if d.event.kind == "patrol" else "DRILLED_IN"
        d.allowed |= {(kind, s, strait) for s in d.event.parties}


def watchers(d: Draft) -> None:
    c = d.other()
    if d.event.kind == "exercise":
        d.after.append(d.rng.choice([f"{_cap(c)} sent observers.", f"Observers from {c} watched.",
                                     f"{_cap(c)} was invited only as an observer."]))
    else:
        d.after.append(d.rng.choice([f"{_cap(c)} scrambled jets to intercept them.", f"{STATES[c]} destroyers shadowed the group.",
                                     f"{_cap(c)} monitored the {d.wording.craft} throughout.",
                                     f"{STATES[c]} patrol aircraft tracked them over the {d.sea()}."]))


def second(d: Draft) -> None:
    c, x = d.other(), d.other()
    sea = d.sea()
    kind = d.event.kind if d.event.kind != "exercise" else "drill"
    what = "a separate joint patrol over" if kind == "patrol" else "their own naval drills in"
    d.after.append(f"{d.rng.choice(['A week later', 'The following month', 'Later that year'])}, {c} and {x} held {what} the {sea}.")
    d.expected |= Event(kind, [c, x], [sea]).relations()


def attribution(d: Draft) -> None:
    speaker = d.rng.choice([f"the {STATES[d.event.parties[0]]} defence ministry", "state media", "officials"])
    d.attribution = d.rng.choice([f"according to {speaker}", f"{speaker} said"])


def parenthetical(d: Draft) -> None:
    d.paren = d.rng.choice([" (see map)", " (pictured)", " [3]", " (the ninth such operation since 2019)",
                            " (details in the annex)"])


def trailing(d: Draft) -> None:
    d.trail = d.rng.choice([", marking the tenth such operation", ", drawing criticism from {C}",
                            ", prompting {C} to scramble fighters", ", signalling closer ties"])
    if "{C}" in d.trail:
        d.trail = d.trail.replace("{C}", d.other())


def hedge(d: Draft) -> None:
    d.frame = d.rng.choice(["Reports that {C} have never been confirmed.", f"{_cap(d.other())} denied reports that {{C}}.",
                            "There is no evidence that {C}.", "It remains unclear whether {C}.",
                            "Officials dismissed claims that {C}."])


TRANSFORMS = {"fronted": fronted, "apposition": apposition, "relative": relative, "later-parties": later_parties,
              "named-before": named_before, "departure": departure, "transit": transit, "watchers": watchers,
              "second": second, "attribution": attribution, "parenthetical": parenthetical, "trailing": trailing,
              "hedge": hedge}
# pairs that would overwrite one another's slot or make no sense together
EXCLUSIVE = [{"apposition", "relative"}, {"later-parties", "named-before"}, {"hedge", "attribution"},
             {"hedge", "later-parties"}, {"hedge", "named-before"}]


def _transforms(rng) -> list:
    while True:
        chosen = rng.sample(sorted(TRANSFORMS), rng.randint(2, 4))
        if not any(pair <= set(chosen) for pair in EXCLUSIVE):
            return sorted(chosen, key=list(TRANSFORMS).index)


GENERIC_STARTS = ("The ", "A joint", "Joint manoeuvres", "Troops ", "In ", "Early ", "Despite ", "For ", "On ",
                  "Two ", "Late ")
REFERRED_CLAUSES = {"patrol": ["{Ref} crossed {R}", "{Ref} passed over {R}", "{Ref} covered {R}"],
                    "route": ["{Ref} ran {R}", "{Ref} went {R}"],
                    "drill": ["{Ref} were held in {R}", "{Ref} took place in {R}"]}


def _clause(d: Draft) -> str:
    w, e = d.wording, d.event
    if d.anonymous == "before":
        template = d.rng.choice(REFERRED_CLAUSES["route" if len(e.seas) == 3 else e.kind])
    else:
        template = w.anonymous if d.anonymous else w.named
    return template.format(P=_parties_text(e.parties, w) + d.party_gloss, R=_seas_text(e.seas) + d.sea_gloss,
                           E=(d.rng.choice(REFERRED["exercise"]) if d.referred else e.exercise),
                           H=_list(e.hosts) if e.hosts else "", Ref=_cap(d.rng.choice(REFERRED[e.kind])))


def _lowered(clause: str) -> str:
    """The clause as it reads after other words: a common word at its start loses its capital."""
    return clause[:1].lower() + clause[1:] if clause.startswith(GENERIC_STARTS) else clause


def _render(d: Draft) -> str:
    clause = _cap(_clause(d))
    clause = (d.front + _lowered(clause) if d.front else clause) + d.paren + d.trail
    if d.attribution:
        clause = f"{clause}, {d.attribution}"
    if d.frame:
        sentence = d.frame.replace("{C}", _lowered(clause))
    else:
        sentence = _cap(clause) + "."
    text = "".join(d.before) + sentence + "".join(" " + s for s in d.after)
    return re.sub(r",([,.])", r"\1", text)


def make_item(rng) -> ParagraphItem:
    names = rng.sample(sorted(STATES), 8)
    seas = rng.sample(SEAS, 7)
    wording = rng.choice(WORDINGS)
    n_parties = rng.choice([2, 2, 3])
    event = Event(wording.kind, names[:n_parties], seas[:wording.seas], craft=wording.craft)
    others = names[n_parties:]
    if wording.kind == "exercise":
        event.exercise = rng.choice(EDITIONS)
        if wording.hosted:
            event.hosts = [others.pop()]
    d = Draft(rng, event, wording, others, seas[wording.seas:])
    chosen = _transforms(rng)
    for name in chosen:
        TRANSFORMS[name](d)
    if not d.frame:
        d.expected |= event.relations()
    elif event.hosts:
        d.allowed |= {("HOSTED", h, event.exercise) for h in event.hosts}
    return ParagraphItem("+".join(chosen), _render(d), frozenset(d.expected), frozenset(d.allowed))


def battery(seed: int = 19, count: int = 1200) -> list[ParagraphItem]:
    rng = random.Random(seed)
    return [make_item(rng) for _ in range(count)]


FAMILY = {"PATROLLED", "PARTICIPATED_IN", "HELD_IN", "DRILLED_IN", "HOSTED"}


def family_relations(text: str, path: str = "paragraph.txt") -> set:
    """The family's relations in text."""
    from loaders.extract import extract_text
    return {(r.type, r.source, r.target) for r in extract_text(text).relations if r.type in FAMILY}


def measure(items: list) -> dict:
    """Missed and false relations per transformation, per combination size and per base kind."""
    tallies = {}
    for item in items:
        got = family_relations(item.text, item.path)
        missed = len(item.expected - got)
        false = len(got - item.expected - item.allowed)
        names = item.shape.split("+")
        keys = [f"t:{n}" for n in names] + [f"size:{len(names)}"] + ["all"]
        for key in keys:
            t = tallies.setdefault(key, Counter())
            t["items"] += 1
            t["wanted"] += len(item.expected)
            t["found"] += len(item.expected) - missed
            t["false"] += false
    return tallies


def report(battery, family_relations) -> None:
    tallies = measure(battery())
    for key in sorted(tallies):
        t = tallies[key]
        print(f"{key:<18} items {t['items']:4d}  recall {t['found'] / max(t['wanted'], 1):.3f}  false {t['false']}")
