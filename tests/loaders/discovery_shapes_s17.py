"""A generated battery of entities the gazetteer lacks (issue #3): new designations
recognised by their shape, with a label, ``discovered`` set and a lower confidence, and the
relations through them still given.

Every name is invented per item from fresh random letters and digits in the shape writers
give real ones ("Su-75", "Type 076 amphibious assault ships", "Gorshkov-class frigates",
"Shahed-136 drones", "Ocean Shield-2026", "the Arctic Fleet", "the Xyz Treaty Organization
(XTO)"), and re-drawn when the gazetteer knows it, so no item can pass by a look-up. Each
is placed in a sale, purchase, operation, production, participation or held-in sentence
among known states and places; what it must give is computed from the parts. Near-miss
controls put capitalised non-entities in the same slots (a person's name, a city as a
dateline, a company, "Type" and "Project" in ordinary prose, codes of roads, forms and
summits, "<Name>-<year>" plans) and must discover nothing of a system, exercise, force or
organisation.

>>> items = battery(seed=3, per_shape=2)
>>> all(item.entity or item.family == "control" for item in items)
True
"""
from __future__ import annotations

import random
from dataclasses import dataclass
from functools import lru_cache

DISCOVERABLE = {"WeaponSystem", "Exercise", "ArmedForce", "Organization"}
SELLERS = ["Russia", "China", "France", "Turkey", "South Korea", "Israel", "India", "Iran"]
BUYERS = ["Algeria", "Egypt", "Vietnam", "Pakistan", "Indonesia", "Serbia", "Myanmar", "Thailand"]
REGIONS = ["Sea of Japan", "Baltic Sea", "Black Sea", "South China Sea", "Arabian Sea", "East China Sea", "Mediterranean Sea"]
YEARS = [2019, 2021, 2022, 2023, 2024, 2025]
SALE = ["sold", "delivered", "supplied", "exported"]
BUY = ["bought", "ordered", "purchased", "acquired"]
MAKE = ["developed", "designed", "builds", "manufactures", "produces"]
OPERATE = ["operates", "flies", "fields", "deploys"]
JOIN = ["took part in", "participated in"]
NUMBERS = ["two", "four", "six", "eight", "12", "24"]
SYLLABLES = ["ka", "vo", "ran", "zel", "mir", "tu", "ver", "da", "lo", "sha", "nek", "bri", "tor", "ga", "vel", "o", "ru", "sen", "ak", "zi"]
DEMONYMS = {"Russia": "Russian", "China": "Chinese"}
SHIP_KIND = ["frigates", "destroyers", "corvettes", "submarines", "amphibious assault ships"]


@dataclass(frozen=True)
class Item:
    family: str  # fighter, ship, missile, vehicle, drone, exercise, force, organisation, or control
    shape: str  # family-context
    text: str
    entity: tuple | None  # (name, label) that must be discovered
    required: frozenset  # (source, type, target) relations it must give
    forbidden: tuple = ()  # words no discovered entity may be named with (controls)
    also: tuple = ()  # further (name, label) the item discovers, a force taking part

    @property
    def expected(self) -> frozenset:
        """The part of ``family_relations`` the item must give: on a control, nothing."""
        if self.entity is None:
            return frozenset()
        return self.required | {("DISCOVERED", *entity) for entity in (self.entity, *self.also)}


@lru_cache(maxsize=1)
def _known() -> frozenset:
    from graph.gazetteer import load_gazetteer
    from loaders.mentions import fold
    return frozenset(fold(form) for form in load_gazetteer().forms)


def _fresh(rng, make) -> str:
    """A name ``make(rng)`` draws that no gazetteer form is, nor any of its words or hyphen parts."""
    while True:
        name = make(rng)
        parts = {name.lower(), *name.lower().split(" "), *name.lower().replace("-", " ").split(" "), name.lower().rsplit(" ", 1)[0]}
        if not parts & _known():
            return name


def _word(rng) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.choice((2, 3)))).capitalize()


def _word4(rng) -> str:
    """A fresh capitalised word of four letters or more, as class and exercise names are."""
    return _fresh(rng, lambda r: _word(r).ljust(4, "k"))


def _code(prefixes):
    return lambda rng: f"{rng.choice(prefixes)}-{rng.randint(10, 99)}"


def _acronym(words: list[str]) -> str:
    return "".join(w[0] for w in words if w[0].isupper())


# ---- weapon systems: (surface in text, canonical name, kind noun after it)

def _fighter(rng):
    # the sub-model letter after a fresh number only: "Su-57A" is a variant of the known Su-57
    code = _fresh(rng, _code(["Su", "J", "FC", "KJ", "H", "JH", "Tu", "MiG", "Y"])) + rng.choice(("", "", "A", "M", "S"))
    return code, code, rng.choice(["fighters", "stealth fighters", "fighter jets", "bombers", "multirole fighters"])


def _ship(rng):
    kind = rng.choice(SHIP_KIND)
    style = rng.choice(["type", "project", "class"])
    if style == "type":
        name = _fresh(rng, lambda r: f"Type 0{r.randint(60, 99)}")
    elif style == "project":
        name = _fresh(rng, lambda r: f"Project {r.randint(20000, 29999)}{r.choice(['', 'M'])}")
    else:
        name = f"{_word4(rng)}-class"
    return name, f"{name} {kind[:-1]}", kind


def _missile(rng):
    style = rng.choice(["code", "word", "suffix"])
    if style == "code":
        name = _fresh(rng, _code(["HQ", "YJ", "KN", "KM", "PL", "DF"]))
    elif style == "word":
        name = _word4(rng)
    else:
        name = f"{_word4(rng)}-{rng.choice(['NG', 'ER', 'M'])}"
    return name, name, rng.choice(["missiles", "cruise missiles", "air defence systems", "anti-ship missiles"])


def _vehicle(rng):
    style = rng.choice(["code", "word"])
    name = _fresh(rng, _code(["T", "VT", "BMP", "ZTZ"])) if style == "code" else _word4(rng)
    return name, name, rng.choice(["tanks", "main battle tanks", "armoured vehicles"])


def _drone(rng):
    style = rng.choice(["numbered", "two", "roman", "member"])
    if style == "member":  # a member of a known family the gazetteer does not list: "Wing Loong VII"
        name = next(n for n in (f"Wing Loong {rng.choice(['III', 'IV', 'V', 'VI', 'VII', 'IX', 'XI'])}" for _ in iter(int, 1)) if n.lower() not in _known())
    elif style == "numbered":
        name = f"{_word4(rng)}-{rng.randint(100, 399)}"
    elif style == "two":
        name = f"{_word4(rng)} {_word4(rng)}"
    else:
        name = f"{_word4(rng)} {_word4(rng)} {rng.choice(['II', 'III'])}"
    return name, name, rng.choice(["drones", "combat drones", "UAVs", "attack drones"])


SYSTEMS = {"fighter": _fighter, "ship": _ship, "missile": _missile, "vehicle": _vehicle, "drone": _drone}


def _system_items(rng, family: str, make) -> list[Item]:
    surface, name, kind = make(rng)
    seller, buyer = rng.choice(SELLERS), rng.choice(BUYERS)
    n, year = rng.choice(NUMBERS), rng.choice(YEARS)
    sold, bought = ("SOLD", seller, name), ("ACQUIRED", buyer, name)
    return [
        Item(family, f"{family}-sale", f"{seller} {rng.choice(SALE)} {n} {surface} {kind} to {buyer} in {year}.", (name, "WeaponSystem"), frozenset({sold, bought})),
        Item(family, f"{family}-purchase", f"In {year}, {buyer} {rng.choice(BUY)} {n} {surface} {kind} from {seller}.", (name, "WeaponSystem"), frozenset({sold, bought})),
        Item(family, f"{family}-operation", f"{buyer} {rng.choice(OPERATE)} {n} {surface} {kind}, officials said.", (name, "WeaponSystem"),
             frozenset({("OPERATES", buyer, name)})),
        Item(family, f"{family}-production", f"{seller} {rng.choice(MAKE)} the {surface} {kind[:-1]}.", (name, "WeaponSystem"),
             frozenset({("PRODUCED", seller, name)})),
        # the system opening the sentence after its determiner
        Item(family, f"{family}-passive", f"The {surface} {kind[:-1]} was {rng.choice(SALE)} to {buyer} by {seller} in {year}.", (name, "WeaponSystem"),
             frozenset({sold, bought})),
    ]


# ---- exercises, forces, organisations

def _exercise_items(rng) -> list[Item]:
    a, b = rng.sample(SELLERS + BUYERS, 2)
    region, year = rng.choice(REGIONS), rng.choice(YEARS)
    hyphenated = f"{_word4(rng)} {_word4(rng)}-{year}" if rng.random() < 0.5 else f"{_word4(rng)}-{year}"
    series = f"{_word4(rng)} {_word4(rng)}"
    fleet = f"{_word4(rng)} Fleet"
    roman = f"{_word4(rng)} {rng.choice(['II', 'III', 'IV', 'VII'])}"
    both = lambda e: frozenset({("PARTICIPATED_IN", a, e), ("PARTICIPATED_IN", b, e)})  # noqa: E731
    return [
        Item("exercise", "exercise-participation", f"{a} and {b} {rng.choice(JOIN)} {hyphenated} in the {region}.", (hyphenated, "Exercise"),
             both(hyphenated) | {("HELD_IN", hyphenated, region)}),
        Item("exercise", "exercise-troops", f"{a} and {b} sent troops to {hyphenated} in the {region}.", (hyphenated, "Exercise"),
             both(hyphenated) | {("HELD_IN", hyphenated, region)}),
        Item("exercise", "exercise-force-participation", f"The {fleet} {rng.choice(JOIN)} {hyphenated}.", (hyphenated, "Exercise"),
             frozenset({("PARTICIPATED_IN", fleet, hyphenated)}), also=((fleet, "ArmedForce"),)),
        Item("exercise", "exercise-held-in", f"{hyphenated}, a naval exercise, was held in the {region} with {a} and {b} taking part.", (hyphenated, "Exercise"),
             both(hyphenated) | {("HELD_IN", hyphenated, region)}),
        Item("exercise", "exercise-hosted", f"{a} hosted the {series} exercise in the {region} in {year}.", (series, "Exercise"),
             frozenset({("HOSTED", a, series), ("HELD_IN", series, region)})),
        Item("exercise", "exercise-roman", f"{a} and {b} held the {roman} exercise in the {region}.", (roman, "Exercise"),
             both(roman) | {("HELD_IN", roman, region)}),
        # "<Series> <year>" with a space: the series, with the year (seeds/gold/GUIDELINES.md)
        Item("exercise", "exercise-spaced-year", f"{a} and {b} {rng.choice(JOIN)} the {series} {year} exercise in the {region}.", (series, "Exercise"),
             both(series) | {("HELD_IN", series, region)}),
    ]


def _force_items(rng) -> list[Item]:
    state = rng.choice(["Russia", "China"])
    fleet = f"{_word4(rng)} {rng.choice(['Fleet', 'Flotilla'])}"
    command = f"{_word4(rng)} Theater Command"
    navy = f"{rng.choice(['Navy', 'Air Force', 'Army'])} of the {_word4(rng)} Republic"  # a service of a state the gazetteer lacks
    region = rng.choice(REGIONS)
    exercise = rng.choice(["Vostok-2018", "Joint Sea-2016", "Zapad-2021", "Tsentr-2019"])
    return [
        Item("force", "force-participation", f"{state}'s {fleet} took part in {exercise}.", (fleet, "ArmedForce"),
             frozenset({("PARTICIPATED_IN", fleet, exercise), ("ARMED_FORCE_OF", fleet, state)})),
        Item("force", "force-demonym", f"The {DEMONYMS[state]} {fleet} took part in {exercise}.", (f"{DEMONYMS[state]} {fleet}", "ArmedForce"),
             frozenset({("PARTICIPATED_IN", f"{DEMONYMS[state]} {fleet}", exercise), ("ARMED_FORCE_OF", f"{DEMONYMS[state]} {fleet}", state)})),
        Item("force", "force-navy-of", f"The {navy} took part in {exercise}.", (navy, "ArmedForce"), frozenset({("PARTICIPATED_IN", navy, exercise)})),
        Item("force", "force-drills", f"The {command} held live-fire drills in the {region} last week.", (command, "ArmedForce"),
             frozenset({("DRILLED_IN", command, region)})),
        Item("force", "force-operation", f"The {fleet} operates Kilo-class submarines.", (fleet, "ArmedForce"),
             frozenset({("OPERATES", fleet, "Kilo-class submarine")})),
    ]


def _organisation_items(rng) -> list[Item]:
    words = [_word4(rng), rng.choice(["Treaty", "Security", "Defence"]), rng.choice(["Organization", "Council", "Alliance", "Pact"])]
    name = " ".join(words)
    acronym = _acronym(words)
    a, b = rng.sample(SELLERS + BUYERS, 2)
    year = rng.choice(YEARS)
    return [
        Item("organisation", "organisation-joined", f"{a} joined the {name} ({acronym}) in {year}.", (name, "Organization"),
             frozenset({("MEMBER_OF", a, name)})),
        Item("organisation", "organisation-acronym-first", f"{a} joined the {acronym} ({name}) in {year}.", (name, "Organization"),
             frozenset({("MEMBER_OF", a, name)})),
        Item("organisation", "organisation-acronym", f"The {name} ({acronym}) was set up in {year}. {a} and {b} are members of the {acronym}.",
             (name, "Organization"), frozenset({("MEMBER_OF", a, name), ("MEMBER_OF", b, name)})),
    ]


def _named_ship_items(rng) -> list[Item]:
    """A ship named by its navy's prefix and its own name in place of its class ("INS Tushil"), and
    a class named with no kind of ship ("two Gorshkov-class ships": the class alone)."""
    hull = f"{rng.choice(['INS', 'PNS', 'KRI', 'TCG'])} {_word4(rng)}"
    named = f"{_word4(rng)}-class"
    seller, buyer, year = rng.choice(SELLERS), rng.choice(BUYERS), rng.choice(YEARS)
    return [
        Item("ship", "ship-hull", f"{buyer} bought the frigate {hull} from {seller} in {year}.", (hull, "WeaponSystem"),
             frozenset({("SOLD", seller, hull), ("ACQUIRED", buyer, hull)})),
        Item("ship", "ship-class-generic", f"{seller} {rng.choice(SALE)} two {named} {rng.choice(['ships', 'vessels', 'warships'])} to {buyer} in {year}.",
             (named, "WeaponSystem"), frozenset({("SOLD", seller, named), ("ACQUIRED", buyer, named)})),
    ]


# ---- controls: capitalised words in the slots, no entity of the family

def _control_items(rng) -> list[Item]:
    seller, buyer = rng.choice(SELLERS), rng.choice(BUYERS)
    person = f"{_word4(rng)} {_word4(rng)}"
    city = _word4(rng)
    company = f"{_word4(rng)} {rng.choice(['Dynamics', 'Aerospace', 'Industries', 'Systems'])}"
    word = _word4(rng)
    year = rng.choice(YEARS)
    number = rng.randint(2, 99)
    code = f"{rng.choice(['G', 'H', 'M', 'A', 'E', 'P'])}-{number}"
    stage, roman = rng.choice(["Batch", "Block", "Phase", "Tranche"]), rng.choice(["II", "III", "IV"])
    return [
        Item("control", "control-person", f"Defence Minister {person} said {seller} sold Su-35 fighters to {buyer}.", None,
             frozenset({("SOLD", seller, "Su-35")}), tuple(person.split())),
        Item("control", "control-person-hyphen", f"{person.split()[0]} Jong-{word.lower()} met envoys from {seller} in {year}.", None, frozenset(), (word.lower(),)),
        Item("control", "control-dateline", f"{city.upper()}, March 3 - {seller} delivered S-400 systems to {buyer}, the ministry said.", None,
             frozenset({("SOLD", seller, "S-400")}), (city.upper(), city)),
        Item("control", "control-city", f"The talks in {city} ended as {seller} sold Su-35 fighters to {buyer}.", None,
             frozenset({("SOLD", seller, "Su-35")}), (city,)),
        Item("control", "control-company", f"{company} builds engines for the drones {buyer} bought in {year}.", None, frozenset(), tuple(company.split())),
        Item("control", "control-type-prose", f"This type of deal, Type {number} in the ministry's list, was signed by {buyer} in {year}.", None, frozenset(), ("Type",)),
        Item("control", "control-project-prose", f"Project {number} of the {buyer} budget funds schools and roads.", None, frozenset(), ("Project",)),
        Item("control", "control-code", f"Leaders met at the {code} summit in {year}, where {buyer} raised trade.", None, frozenset(), (code,)),
        Item("control", "control-plan", f"{buyer} unveiled its {word}-{year + 10} development strategy.", None, frozenset(), (word,)),
        Item("control", "control-fleet", f"{buyer} bought a fleet of {word} Fleet Services trucks in {year}.", None, frozenset(), (word,)),
        Item("control", "control-fair", f"{seller} took part in {word}-{year}, the arms fair, and in the {city}-{year} air show.", None, frozenset(), (word, city)),
        Item("control", "control-stage", f"{buyer} bought {stage} {roman} {rng.choice(['frigates', 'missiles', 'drones'])} from {seller}, and World War II tanks.", None,
             frozenset(), (stage, "War")),
        Item("control", "control-class-prose", f"World-class vessels and {word}-class crews were praised, {buyer} said in {year}.", None, frozenset(), ("World", word)),
        Item("control", "control-unit", f"Twelve F-16 pilots of Unit {number}0{number} and the {word} Brigade trained in {buyer} in {year}.", None,
             frozenset(), ("Unit", word, "F-16")),
    ]


def battery(seed: int = 17, per_shape: int = 6) -> list[Item]:
    rng = random.Random(seed)
    items: list[Item] = []
    for _ in range(per_shape):
        for family, make in SYSTEMS.items():
            items += _system_items(rng, family, make)
        items += _named_ship_items(rng) + _exercise_items(rng) + _force_items(rng) + _organisation_items(rng) + _control_items(rng)
    return items


def family_relations(text: str) -> set:
    """What benchmarks/shape_recall.py counts: each discovered entity, as ("DISCOVERED", name,
    label), and each relation with a discovered end."""
    from loaders.extract import extract_text
    extraction = extract_text(text)
    found = {("DISCOVERED", e.name, e.label) for e in extraction.entities if e.discovered}
    names = {name for _, name, _ in found}
    return found | {(r.type, r.source, r.target) for r in extraction.relations if r.source in names or r.target in names}


def check(item: Item, extraction) -> tuple[list, list]:
    """(what the item lacks, what it gives falsely): the discovered entity with its label and
    a confidence below a gazetteer entity's, and the required relations; for a control, any
    entity discovered with one of its forbidden words."""
    missing, false = [], []
    entities = {(e.name, e.label): e for e in extraction.entities}
    for wanted in (item.entity, *item.also) if item.entity is not None else ():
        entity = entities.get(wanted)
        if entity is None or not entity.discovered or not entity.confidence < 1.0:
            missing.append(("entity", *wanted))
    got = {(r.type, r.source, r.target) for r in extraction.relations}
    missing += sorted(item.required - got)
    if item.family == "control":
        for e in extraction.entities:
            if e.discovered and e.label in DISCOVERABLE and any(word in e.name.split(" ") or word in e.name.split("-") or word == e.name for word in item.forbidden):
                false.append((e.name, e.label))
    return missing, false
