"""A COMPOSITIONAL battery for the equipment family (session 19): one base clause, then two to four independent
transformations applied at once.

Past batteries varied one shape at a time and reached full recall on it, yet text by other authors is still missed
inside one sentence: writers combine a fronted date, an apposition, a relative clause, a quantity, a coordination,
an attribution and a trailing clause in the same sentence. Here each item draws a base clause of one type (SOLD with
ACQUIRED, ACQUIRED alone, OPERATES, PRODUCED, TRANSFERRED_TECHNOLOGY_TO) from a pool of wordings (active, passive,
nominal, possessive, ditransitive, "took delivery of", "inducted", "fields", "licence-built" ...) and then applies a
random set of transformations from ``TRANSFORMS``. Controls use the same machinery on a base clause that states no
fact (negated, hedged, planned, offered, bid for, only evaluated) and must give nothing of it. Some transformations
bring in an entity in a wrong role (a financier, an insurer's state, a transit state, an observer, a place of
signing, a state that protested): it must get no relation.

Entities come from the gazetteer (seeds/gazetteer), drawn with a fixed seed: a system, its maker's state as the
seller or producer, a buyer, one of the buyer's armed services. The relations an item must give are computed from
the parts and the transformations applied, never written per item. ``allowed`` holds readings the guidelines leave
open (the state of a force that operates a system, a licensee's production where only the transfer is told).

    python -m benchmarks.shape_recall compose_equip
"""
from __future__ import annotations

import itertools
import random
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from tests.loaders.battery_text import capitalised

FAMILY = {"SOLD", "ACQUIRED", "OPERATES", "PRODUCED", "TRANSFERRED_TECHNOLOGY_TO"}
GAZETTEER = Path(__file__).resolve().parents[2] / "seeds" / "gazetteer"

# kinds of system whose names read well in every wording, and their plural
KINDS = {"fighter": "fighters", "multirole fighter": "multirole fighters", "main battle tank": "main battle tanks",
         "attack helicopter": "attack helicopters", "transport helicopter": "transport helicopters",
         "utility helicopter": "utility helicopters", "frigate": "frigates", "corvette": "corvettes",
         "submarine": "submarines", "infantry fighting vehicle": "infantry fighting vehicles",
         "armoured personnel carrier": "armoured personnel carriers", "destroyer": "destroyers",
         "multiple rocket launcher": "multiple rocket launchers", "jet trainer": "jet trainers",
         "military transport aircraft": "military transport aircraft",
         "unmanned combat aerial vehicle": "unmanned combat aerial vehicles"}
# names a reader may fairly take for something else
AVOIDED_STATES = {"Georgia", "Palestine", "Holy See", "Niue", "Cook Islands", "Chad", "Guinea", "Niger", "Jordan",
                  "Taiwan", "Kosovo", "Monaco", "Andorra", "San Marino", "Liechtenstein", "Nauru", "Tuvalu",
                  "Federated States of Micronesia", "Marshall Islands", "Democratic Republic of the Congo",
                  "Republic of the Congo", "Dominican Republic", "São Tomé and Príncipe"}

WITH_ARTICLE = {"United States", "United Kingdom", "United Arab Emirates", "Netherlands", "Philippines", "Bahamas",
                "Czech Republic", "Central African Republic", "Gambia", "Maldives", "Solomon Islands", "Comoros"}


@dataclass(frozen=True)
class System:
    name: str
    kind: str
    maker: str  # the maker firm's state

    @property
    def kinds(self) -> str:
        return KINDS[self.kind]


@dataclass(frozen=True)
class State:
    name: str
    demonym: str
    capital: str
    forces: tuple

    @property
    def written(self) -> str:
        """The name as written in running text: "the United States", "the Philippines"."""
        return f"the {self.name}" if self.name in WITH_ARTICLE else self.name


def _load():
    def entities(name):
        return yaml.safe_load((GAZETTEER / f"{name}.yaml").read_text(encoding="utf-8"))["entities"]
    firms = {e["name"]: e.get("state") for e in entities("organizations")}
    systems = [System(e["name"], e["kind"], firms[e["producer"]]) for e in entities("weapon_systems")
               if e.get("kind") in KINDS and firms.get(e.get("producer"))
               and re.fullmatch(r"[A-Z][A-Za-z]*-\d+[A-Z0-9]*", e["name"])]
    forces = {}
    for e in entities("armed_forces"):
        if e.get("parent") and re.search(r"\b(Air Force|Navy|Army)$", e["name"]) and not e["name"].startswith("the "):
            forces.setdefault(e["state"], []).append(e["name"])
    states = {e["name"]: State(e["name"], (e.get("demonyms") or [""])[0], (e.get("capitals") or [""])[0],
                               tuple(forces.get(e["name"], ())))
              for e in entities("states")
              if not e.get("historical") and e["name"] not in AVOIDED_STATES and e.get("demonyms") and e.get("capitals")}
    return systems, states


@dataclass
class Parts:
    seller: State  # maker of the system, seller, licensor
    buyer: State
    buyer2: State
    other: State  # a state in a wrong role
    third: State  # the subject of a coordinated or contrasted clause
    x: System
    x2: System  # a second system by the same maker where there is one
    z: System  # a system the buyer already flies (relative clause)
    w: System  # the system of a coordinated clause
    force: str | None
    year: int
    n: int


def _draw(rng, systems, states) -> Parts:
    x = rng.choice(systems)
    seller = states[x.maker]
    same = [s for s in systems if s.maker == x.maker and s.name != x.name]
    x2 = rng.choice(same or [s for s in systems if s.name != x.name])
    names = [n for n in states if n != seller.name]
    buyer, buyer2, other, third = (states[n] for n in rng.sample(names, 4))
    z, w = rng.sample([s for s in systems if s.name not in (x.name, x2.name)], 2)
    force = rng.choice(buyer.forces) if buyer.forces else None
    return Parts(seller, buyer, buyer2, other, third, x, x2, z, w, force, rng.randint(1995, 2023), rng.choice(
        [6, 8, 10, 12, 14, 16, 18, 24, 36]))


# -- base clauses. Slots: {S} seller, {B} buyer, {F} an armed service of the buyer, {X} the system as a noun
# phrase (plural with a count where the wording has ``plural``, else "the X"), {yr}. "{B}'s" marks a possessive slot,
# which takes no apposition. The first slot of a wording that opens the sentence is its subject.
@dataclass(frozen=True)
class Base:
    kind: str  # transfer, acquired, sold, operates, operates_force, produced, licence, technology
    text: str
    plural: bool = True
    control: str = ""  # why it states no fact: negated, hedged, planned, offered, bid, trial


def _bases(kind, plural, *texts, control=""):
    return [Base(kind, t, plural, control) for t in texts]


BASES = (
    _bases("transfer", True,
           "{S} sold {X} to {B} in {yr}", "{S} delivered {X} to {B} in {yr}", "{S} supplied {B} with {X} in {yr}",
           "{S} sold {B} {X} in {yr}", "{S} exported {X} to {B} in {yr}", "{B} bought {X} from {S} in {yr}",
           "{B} purchased {X} from {S} in {yr}", "{B} took delivery of {X} from {S} in {yr}",
           "{B} received {X} from {S} in {yr}", "{B} imported {X} from {S} in {yr}",
           "{B} acquired {X} from {S} in {yr}", "{B} ordered {X} from {S} in {yr}",
           "{X} were delivered to {B} by {S} in {yr}", "{X} were sold to {B} by {S} in {yr}",
           "{X} were bought from {S} by {B} in {yr}",
           "The sale of {X} to {B} by {S} was completed in {yr}", "{S}'s sale of {X} to {B} closed in {yr}",
           "{B}'s purchase of {X} from {S} was completed in {yr}",
           "Deliveries of {X} from {S} to {B} began in {yr}", "{S} handed over {X} to {B} in {yr}",
           "{S} shipped {X} to {B} in {yr}") +
    _bases("acquired", True,
           "{B} took delivery of {X} in {yr}", "{B} bought {X} in {yr}",
           "{B}'s purchase of {X} was completed in {yr}", "{B} received {X} in {yr}") +
    _bases("inducted", True, "{B} inducted {X} in {yr}", "{B} inducted {X} into service in {yr}") +
    _bases("sold", True, "{S} delivered {X} to an undisclosed customer in {yr}", "{S} exported {X} in {yr}") +
    _bases("operates", True,
           "{B} operates {X}", "{B} fields {X}", "{B} flies {X}", "{X} are in service with {B}",
           "{B}'s fleet of {X} is based at two airfields", "{B} has {X} in service", "{B} deploys {X}") +
    _bases("operates_force", True, "The {F} operates {X}", "{X} serve with the {F}", "The {F} has {X} in service") +
    _bases("produced", False,
           "{S} developed {X} in the {decade}s", "{S} builds {X}", "{X} was designed by {S}",
           "{S} manufactures {X}", "{X} was developed and built by {S}", "{S} designed and produced {X}") +
    _bases("licence", False,
           "{B} builds {X} under licence from {S}", "{B} has licence-built {X} since {yr}, under a licence from {S}",
           "{X} is produced in {B} under licence from {S}", "{B} assembles {X} under a licence granted by {S}") +
    _bases("technology", False,
           "{S} transferred technology for {X} to {B} in {yr}", "{S} shared the technology of {X} with {B}",
           "{S} helped {B} develop {X}", "{S} agreed to a transfer of technology to {B} for {X} in {yr}") +
    # controls: the same parts, no fact
    _bases("transfer", True, "{B} did not buy {X} from {S}", "{S} never delivered {X} to {B}",
           "{B} has not received {X} from {S}", control="negated") +
    _bases("transfer", True, "{B} reportedly bought {X} from {S}", "{S} may have sold {X} to {B}",
           "{B} is said to have bought {X} from {S}", control="hedged") +
    _bases("transfer", True, "{B} plans to buy {X} from {S}", "{S} will deliver {X} to {B}",
           "{B} is expected to receive {X} from {S}", control="planned") +
    _bases("transfer", True, "{S} offered {X} to {B} in {yr}", "{S} bid to supply {X} to {B} in {yr}",
           "{S} pitched {X} to {B} in {yr}", control="offered") +
    _bases("transfer", True, "{B} evaluated {X} offered by {S} in {yr}", "{B} trialled {X} lent by {S} in {yr}",
           control="trial") +
    _bases("operates", True, "{B} does not operate {X}", "{B} may field {X}", "{B} hopes to field {X}",
           control="operates") +
    _bases("produced", False, "{S} denied building {X}", "{S} is rumoured to be developing {X}",
           control="produced") +
    _bases("technology", False, "{S} refused to transfer technology for {X} to {B}",
           "{B} asked {S} for a licence to build {X}, but no deal followed", control="technology")
)


def _base_relations(base: Base, p: Parts) -> tuple[set, set]:
    """The relations a base clause states, and the readings it leaves open."""
    s, b, x = p.seller.name, p.buyer.name, p.x.name
    if base.control:
        return set(), set()
    return {
        "transfer": ({("SOLD", s, x), ("ACQUIRED", b, x)}, set()),
        "acquired": ({("ACQUIRED", b, x)}, {("OPERATES", b, x)}),
        # writers' "inducted" is read as entry into service by some and as a purchase by others
        "inducted": ({("OPERATES", b, x)}, {("ACQUIRED", b, x)}),
        "sold": ({("SOLD", s, x)}, set()),
        "operates": ({("OPERATES", b, x)}, set()),
        "operates_force": ({("OPERATES", p.force, x)}, {("OPERATES", b, x)}),
        "produced": ({("PRODUCED", s, x)}, set()),
        "licence": ({("TRANSFERRED_TECHNOLOGY_TO", s, b), ("PRODUCED", b, x)}, {("PRODUCED", s, x)}),
        "technology": ({("TRANSFERRED_TECHNOLOGY_TO", s, b)}, {("PRODUCED", b, x), ("PRODUCED", s, x)}),
    }[base.kind]


# -- the sentence being built
@dataclass
class Sentence:
    base: Base
    parts: Parts
    slots: dict  # slot -> noun phrase as written
    before: list = field(default_factory=list)  # whole sentences before the main one
    front: list = field(default_factory=list)  # fronted adverbials and attributions, in order
    after: list = field(default_factory=list)  # trailing clauses and phrases
    expected: set = field(default_factory=set)
    allowed: set = field(default_factory=set)
    text: str = ""  # the base wording, changed by inversion and the split
    coordinated: list = field(default_factory=list)  # (name in the base, name coordinated with it)
    subject_pronoun: bool = False

    def subject_slot(self):
        m = re.match(r"(?:The )?\{(\w)\}(?!'s)", self.text)
        return m.group(1) if m else None

    def has_slot(self, slot, possessive=False):
        return ("{%s}'s" % slot in self.text) if possessive else bool(re.search(r"\{%s\}(?!'s)" % slot, self.text))

    def render(self) -> str:
        slots = dict(self.slots)
        main = self.text
        if self.subject_pronoun:
            main = re.sub(r"^\{\w\}", "It", main)
        main = main.format(**slots, yr=self.parts.year, decade=self.parts.year // 10 * 10)
        if self.front:
            opens_with_name = re.match(r"\{[SB]\}", self.text) and not self.subject_pronoun
            main = " ".join(self.front) + " " + (main if opens_with_name else main[:1].lower() + main[1:])
        sentence = capitalised(main) + "".join(self.after) + "."
        sentence = re.sub(r",\s*,", ",", sentence).replace("s's ", "s' ")
        sentence = re.sub(r",\s*\.", ".", sentence)
        sentence = re.sub(r",(\s*)\(", r"\1(", sentence)
        return " ".join(self.before + [sentence])


def _system_phrase(rng, system: System, plural: bool, n: int) -> str:
    if not plural:
        return f"the {system.name}"
    return rng.choice([f"{n} {system.name}s", f"{n} {system.name} {system.kinds}"])


def _spread(relations, coordinated):
    """The base relations told again of every name coordinated with one of their arguments (each system with each
    recipient where both are coordinated)."""
    spread = set(relations)
    for old, new in coordinated:
        spread |= {(t, new if s == old else s, new if o == old else o) for t, s, o in spread if old in (s, o)}
    return spread


# -- transformations: each changes the sentence and its expectations, or returns False where it does not apply
def fronted(rng, st):
    st.front.insert(0, rng.choice([f"In late {st.parts.year + 1}, after years of haggling,",
                                   "Despite repeated delays,", f"By the end of {st.parts.year + 1},",
                                   "Earlier this decade,", "After a long tender,",
                                   f"In {st.parts.year + 1}, amid rising tensions,"]))
    return True


def apposition(rng, st):
    slots = [s for s in ("B", "S") if st.has_slot(s) and not st.subject_pronoun]
    if not slots:
        return False
    slot = rng.choice(slots)
    st.slots[slot] += rng.choice([", a long-time customer,", ", a major arms exporter,",
                                  f", a member of several regional blocs,", ", the region's largest economy,"])
    return True


def relative(rng, st):
    options = [s for s in ("B", "S", "X") if st.has_slot(s) and not st.subject_pronoun]
    if not options:
        return False
    slot = rng.choice(options)
    p = st.parts
    if slot == "X":
        were = "were" if st.base.plural else "was"
        st.slots["X"] += rng.choice([", which first flew in the 1980s,", f", which {were} built at a plant near the coast,",
                                     f", which {were} refitted before delivery,"])
    elif slot == "B" and rng.random() < 0.5:
        st.slots["B"] += f", which also flies the {p.z.name},"
        # the relative clause tells of the name right before it: the last of coordinated recipients
        last = p.buyer2 if st.coordinated and st.coordinated[-1][1] == p.buyer2.name else p.buyer
        st.expected |= {("OPERATES", last.name, p.z.name)}
    else:
        st.slots[slot] += rng.choice([", which has long sought to diversify its suppliers,",
                                      ", which had lobbied hard for the deal,", ", whose economy grew fast in the 2000s,"])
    return True


def quantity(rng, st):
    p = st.parts
    if st.base.plural:
        st.slots["X"] = rng.choice([f"a further {p.n} upgraded {p.x.name}s", f"another {p.n} second-hand {p.x.name} "
                                    f"{p.x.kinds}", f"{p.n} modernised {p.x.name}s", f"the last {p.n} of {p.n * 2} "
                                    f"{p.x.name} {p.x.kinds}", f"some {p.n} {p.x.name}s"])
    else:
        st.slots["X"] = rng.choice([f"the upgraded {p.x.name}", f"the twin-engine {p.x.name} {p.x.kind}",
                                    f"the {p.x.name} {p.x.kind} and its naval variant"])
    return True


def coordinate_systems(rng, st):
    p = st.parts
    if "{X}" not in st.text or (not st.base.plural and st.subject_slot() == "X"):
        return False
    st.slots["X"] += " and " + _system_phrase(rng, p.x2, st.base.plural, p.n // 2 or 2)
    st.coordinated.append((p.x.name, p.x2.name))
    return True


def coordinate_recipients(rng, st):
    p = st.parts
    if not st.has_slot("B") or st.subject_slot() == "B" or st.subject_pronoun:
        return False
    st.slots["B"] += f" and {p.buyer2.written}"
    st.coordinated.append((p.buyer.name, p.buyer2.name))
    return True


def coordinate_clause(rng, st):
    p = st.parts
    st.after.append(rng.choice([f", and {p.third.written} operates the {p.w.name}",
                                f", while {p.third.written} bought the {p.w.name} from {p.seller.written}"]))
    if "bought" in st.after[-1]:
        st.expected |= {("ACQUIRED", p.third.name, p.w.name), ("SOLD", p.seller.name, p.w.name)}
    else:
        st.expected |= {("OPERATES", p.third.name, p.w.name)}
    return True


def attribution(rng, st):
    p = st.parts
    choice = rng.randrange(4)
    if choice == 0:
        st.after.append(", officials said")
    elif choice == 1:
        st.front.append("According to the defence ministry,")
    elif choice == 2:
        st.after.append(f", officials in {p.other.capital} said")
    else:
        st.after.append(f", according to figures published in {p.other.written}")
    return True


def participial(rng, st):
    p = st.parts
    st.after.append(rng.choice([", ending a decade of reliance on ageing equipment",
                                f", bringing the total to {p.n * 3}", ", replacing older types",
                                f", ending years of talks held in {p.other.capital}"]))
    return True


def contrast(rng, st):
    p = st.parts
    st.after.append(rng.choice([f", while {p.third.written} protested the move", f", as {p.third.written} watched warily",
                                f", whereas {p.third.written} kept to its own plans",
                                f", while {p.third.written} hosted the talks"]))
    return True


def parenthetical(rng, st):
    where = rng.choice(["X", "after"])
    note = rng.choice([" (worth about $1.1 billion)", " (see Table 2)", f" ({st.parts.year} figures)",
                       " (the first such deal in a decade)"])
    if where == "X" and "{X}" in st.text:
        st.slots["X"] += note
    else:
        st.after.insert(0, note)
    return True


def long_phrase(rng, st):
    p = st.parts
    subject = st.subject_slot()
    if subject and not st.subject_pronoun and rng.random() < 0.5:
        st.slots[subject] += f", under the terms of an intergovernmental agreement on military-technical cooperation " \
                             f"signed in {p.year - 3},"
    else:
        st.after.insert(0, rng.choice([f" under a contract signed at a ceremony in {p.other.capital} after nearly "
                                       f"three years of talks", f" in the course of a long programme of modernisation "
                                       f"of the armed forces announced in {p.year - 2}"]))
    return True


def wrong_role(rng, st):
    p = st.parts
    st.after.append(rng.choice([f", in a deal financed by a loan from {p.other.written}",
                                f", with insurance from a {p.other.demonym} firm",
                                f", the equipment travelling by sea through {p.other.written}",
                                f", with observers from {p.other.written} present",
                                f", in a deal brokered by {p.other.written}"]))
    return True


INVERTED = {
    "transfer": ["Also sold to {B} by {S} were {X}", "Among the arms {B} bought from {S} in {yr} were {X}",
                 "Delivered to {B} by {S} in {yr} were {X}"],
    "acquired": ["Among the arms {B} received in {yr} were {X}", "Also bought by {B} in {yr} were {X}"],
    "inducted": ["Also inducted by {B} in {yr} were {X}"],
    "operates": ["In service with {B} are {X}", "Among the types {B} flies are {X}"],
    "produced": ["Among the systems {S} builds is {X}", "Designed and built by {S} was {X}"],
}


def inversion(rng, st):
    wordings = INVERTED.get(st.base.kind)
    if st.base.control or not wordings or st.before or st.subject_pronoun:
        return False
    st.text = rng.choice(wordings)
    return True


def split(rng, st):
    subject = st.subject_slot()
    if subject not in ("S", "B") or st.text.startswith("The ") or st.slots[subject] != st.default_slots[subject]:
        return False
    state = st.parts.seller if subject == "S" else st.parts.buyer
    st.before.append(rng.choice([f"{capitalised(state.written)} has long bought and sold arms abroad.",
                                 f"{capitalised(state.written)} spends more on defence than any of its neighbours.",
                                 f"{capitalised(state.written)} rebuilt its armed forces in the {st.parts.year // 10 * 10 - 10}s."]))
    st.subject_pronoun = True
    return True


TRANSFORMS = {"fronted": fronted, "apposition": apposition, "relative": relative, "quantity": quantity,
              "coord_systems": coordinate_systems, "coord_recipients": coordinate_recipients,
              "coord_clause": coordinate_clause, "attribution": attribution, "participial": participial,
              "contrast": contrast, "parenthetical": parenthetical, "long_phrase": long_phrase,
              "wrong_role": wrong_role, "inversion": inversion, "split": split}
# applied before the others, since they rewrite the clause the rest decorates
FIRST = ("inversion", "split", "quantity")


@dataclass(frozen=True)
class Item:
    shape: str  # "<base kind or control>/<transformations joined by +>"
    text: str
    expected: frozenset
    allowed: frozenset = frozenset()
    transforms: tuple = ()
    control: str = ""
    path: str = "item.txt"
    bare: str = ""  # the base clause alone, with the same parts
    bare_expected: frozenset = frozenset()


def _item(rng, parts: Parts, base: Base, names: list[str]) -> Item | None:
    slots = {"S": parts.seller.written, "B": parts.buyer.written, "F": parts.force or "",
             "X": _system_phrase(rng, parts.x, base.plural, parts.n)}
    expected, allowed = _base_relations(base, parts)
    st = Sentence(base, parts, slots, text=base.text, expected=set(expected), allowed=set(allowed))
    st.default_slots = dict(slots)
    applied = []
    for name in sorted(names, key=lambda n: (n not in FIRST, FIRST.index(n) if n in FIRST else 0)):
        if TRANSFORMS[name](rng, st):
            applied.append(name)
    if len(applied) != len(names):
        return None
    st.expected |= _spread(expected, st.coordinated)
    st.allowed |= _spread(allowed, st.coordinated)
    shape = f"{base.control or base.kind}/{'+'.join(sorted(applied)) or 'bare'}"
    bare = Sentence(base, parts, dict(st.default_slots), text=base.text)
    return Item(shape, st.render(), frozenset(st.expected), frozenset(st.allowed), tuple(sorted(applied)),
                base.control, bare=bare.render(), bare_expected=frozenset(expected))


def battery(seed: int = 19, count: int = 1500) -> list[Item]:
    """``count`` items: a base clause of a random wording (controls about a third of them) with 0 to 4
    transformations, the sizes weighted toward 2 to 4."""
    systems, states = _load()
    rng = random.Random(seed)
    items = []
    while len(items) < count:
        parts = _draw(rng, systems, states)
        base = rng.choice(BASES)
        if base.kind == "operates_force" and not parts.force:
            continue
        size = rng.choice([0, 1, 2, 2, 3, 3, 4, 4])
        item = _item(rng, parts, base, rng.sample(sorted(TRANSFORMS), size))
        if item:
            items.append(item)
    return items


def family_relations(text: str, path: str = "item.txt") -> set:
    """The family's relations the text gives."""
    from loaders.extract import default_extractor
    from loaders.readers import read_bytes

    document = read_bytes(text.encode("utf-8"), path)
    return {(r.type, r.source, r.target) for r in default_extractor().extract_document(document).relations
            if r.type in FAMILY}


def score(items):
    """Per item: (relations found of those expected, expected, false relations)."""
    for item in items:
        got = family_relations(item.text, item.path)
        yield item, len(got & item.expected), len(item.expected), len(got - item.expected - item.allowed), got


def report(battery, family_relations) -> None:
    """Recall and false relations overall, per transformation, per combination size, per base, and the pairs
    of transformations that fail most often together."""
    rows = list(score(battery()))
    def line(label, chosen):
        found = sum(r[1] for r in chosen)
        wanted = sum(r[2] for r in chosen)
        false = sum(r[3] for r in chosen)
        print(f"  {label:<22} items {len(chosen):>5}  recall {found / wanted if wanted else 1:.3f}  false {false}")
    print("all")
    line("all", rows)
    line("positives", [r for r in rows if not r[0].control])
    line("controls", [r for r in rows if r[0].control])
    print("per transformation")
    for name in sorted(TRANSFORMS):
        line(name, [r for r in rows if name in r[0].transforms])
    print("per combination size")
    for size in range(5):
        line(str(size), [r for r in rows if len(r[0].transforms) == size])
    print("per base")
    for kind in sorted({r[0].shape.split("/")[0] for r in rows}):
        line(kind, [r for r in rows if r[0].shape.split("/")[0] == kind])
    print("worst pairs (items with both, failing)")
    fails = Counter()
    totals = Counter()
    for r in rows:
        bad = r[1] < r[2] or r[3]
        for pair in itertools.combinations(r[0].transforms, 2):
            totals[pair] += 1
            fails[pair] += bad
    for pair, n in sorted(fails.items(), key=lambda kv: -kv[1] / totals[kv[0]])[:12]:
        print(f"  {'+'.join(pair):<34} {n}/{totals[pair]}")
