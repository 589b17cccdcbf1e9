"""A generated battery of entity names in the formats writers use and the gazetteer does not
list (issue #3), each inside a relation frame, so what is checked is the RELATION: an exercise
named "Exercise X", "Ex X", "X 2024", "X-2021", in quotes, by its edition's ordinal or Roman
numeral; a state's force named with "Royal", "People's", a coast guard or a fleet; a system
named with its block, export letters, a "/P" buyer's suffix or a class; a maker named with
"Ltd", "Corporation", "JSC" or an export agency's one-word name.

Series are drawn from two pools: series the gazetteer lists (the format is then the only thing
unseen) and series invented from fresh syllables (so no look-up can pass). What each item
must give is computed from its parts: a listed series resolves to its canonical name, an
invented one is kept as written; "<Series> <year>" with a space is the series, "<Series>-<year>"
an instance kept as written unless listed (seeds/gold/GUIDELINES.md).

Controls put capitalised non-entities in the same slots (an operation, a summit, a conference,
an arms fair, a newspaper, a ministry, a person's title and name, a programme, a fleet of
lorries) and must give no relation whose end is named with the control's words.

>>> items = battery(seed=3, per_shape=1)
>>> all(item.expected or item.shape.startswith("control") for item in items)
True
"""
from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from tests.loaders.battery_text import spoken_list
from tests.loaders.discovery_shapes_s17 import _fresh, _word4

STATES = ["Thailand", "Indonesia", "Vietnam", "Malaysia", "Philippines", "Peru", "Chile", "Brazil", "Kenya", "Ghana",
          "Senegal", "Egypt", "Oman", "Kazakhstan", "Uzbekistan", "Fiji", "Tonga", "Morocco"]
REGIONS = ["South China Sea", "Gulf of Guinea", "Arabian Sea", "Indian Ocean", "Pacific Ocean", "Red Sea", "Java Sea", "Caribbean Sea"]
SELLERS = ["Russia", "China", "France", "Turkey", "South Korea", "Israel", "India", "Iran"]
BUYERS = ["Algeria", "Egypt", "Vietnam", "Pakistan", "Indonesia", "Serbia", "Myanmar", "Thailand", "Nigeria", "Peru"]
YEARS = [2019, 2021, 2022, 2023, 2024, 2025]
JOIN = ["took part in", "participated in", "joined"]
ORDINALS = ["second", "third", "fifth", "seventh", "tenth", "12th", "21st"]
ROMANS = ["II", "III", "IV", "VI", "IX"]
SERIES_WORDS = ["Shield", "Eagle", "Guardian", "Strike", "Thunder", "Sentinel", "Express", "Accord", "Lion", "Dragon", "Falcon", "Resolve"]
# states a force is named for by a demonym the finder knows, with the service as written
FORCES = [("the Royal Thai Navy", "Royal Thai Navy", "Thailand"), ("the Vietnam People's Navy", "Vietnam People's Navy", "Vietnam"),
          ("the Royal Malaysian Navy", "Royal Malaysian Navy", "Malaysia"), ("the Indonesian Navy", "Indonesian Navy", "Indonesia"),
          ("the Philippine Coast Guard", "Philippine Coast Guard", "Philippines"), ("the Peruvian Navy", "Peruvian Navy", "Peru"),
          ("the Chilean Navy", "Chilean Navy", "Chile"), ("the Kenya Navy", "Kenya Navy", "Kenya"), ("the Ghana Navy", "Ghana Navy", "Ghana"),
          ("the Royal Moroccan Navy", "Royal Moroccan Navy", "Morocco"), ("the Royal Navy of Oman", "Royal Navy of Oman", "Oman")]
KNOWN_SYSTEMS = ["Su-35", "S-400", "J-10C", "Kilo-class submarine", "T-90", "Wing Loong II", "K9 Thunder", "Bayraktar TB2"]
# a firm's legal form says it is a firm; a trade word ("Industries", "Systems") may end other names too
LEGAL_FORMS = ["Ltd", "Limited", "Corporation", "Inc", "PLC", "GmbH"]
TRADE_WORDS = ["Industries", "Aerospace", "Shipyard", "Systems", "Group"]
PRODUCE = ["developed", "designed", "builds", "manufactures", "produces"]


@dataclass(frozen=True)
class Item:
    """One generated sentence: the relations it must give, and for a control the words no
    relation's end may be named with."""
    shape: str
    text: str
    expected: frozenset
    allowed: frozenset = field(default_factory=frozenset)
    forbidden: tuple = ()


@lru_cache(maxsize=1)
def _gazetteer():
    from graph.gazetteer import load_gazetteer
    return load_gazetteer()


@lru_cache(maxsize=1)
def _listed_series() -> tuple:
    """Exercise series the gazetteer lists, of two or three title-case words (the formats below
    are written for such names: "Exercise Cobra Gold", "Cobra Gold 2025")."""
    names = []
    for entry in _gazetteer().by_label("Exercise"):
        words = entry.name.split(" ")
        if not entry.get("series") and 2 <= len(words) <= 3 and all(w[:1].isupper() and w[1:].islower() and w.isalpha() for w in words):
            names.append(entry.name)
    return tuple(sorted(names))


def _series(rng) -> str:
    """A series name: half the time one the gazetteer lists, else an invented one."""
    if rng.random() < 0.5:
        return rng.choice(_listed_series())
    return _fresh(rng, lambda r: f"{_word4(r)} {r.choice(SERIES_WORDS)}")


def _instance(series: str, year: int) -> str:
    """The canonical name of "<series>-<year>": the listed instance, else as written."""
    listed = _gazetteer().resolve(f"{series}-{year}")
    return listed.name if listed is not None and listed.label == "Exercise" else f"{series}-{year}"


def _taking_part(rng, surface: str, name: str, year: int) -> tuple[str, set]:
    a, b = rng.sample(STATES, 2)
    region = rng.choice(REGIONS)
    text = f"{a} and {b} {rng.choice(JOIN)} {surface} in the {region} in {year}."
    return text, {("PARTICIPATED_IN", a, name), ("PARTICIPATED_IN", b, name), ("HELD_IN", name, region)}


def _exercise_items(rng) -> list[Item]:
    series, year = _series(rng), rng.choice(YEARS)
    fresh = _fresh(rng, lambda r: f"{_word4(r)} {r.choice(SERIES_WORDS)}")
    forms = {
        "exercise-word": (f"Exercise {series}", series),
        "exercise-abbreviated": (f"Ex {series}", series),
        "exercise-word-year": (f"Exercise {series} {year}", series),
        "exercise-spaced-year": (f"{series} {year}", series),
        "exercise-hyphen-year": (f"{series}-{year}", _instance(series, year)),
        "exercise-quoted": (f"the “{series}” exercise", series),
        "exercise-quoted-bare": (f"“{series}”", series),
        "exercise-ordinal": (f"the {rng.choice(ORDINALS)} {series} exercise", series),
        "exercise-ordinal-edition": (f"the {rng.choice(ORDINALS)} edition of {series}", series),
        "exercise-roman": (f"the {fresh} {rng.choice(ROMANS)} exercise", None),
    }
    items = []
    for shape, (surface, name) in forms.items():
        if name is None:  # an edition numbered in Roman numerals is kept as written
            name = surface[4:-len(" exercise")]
        text, expected = _taking_part(rng, surface, name, year)
        items.append(Item(shape, text, frozenset(expected)))
    return items


def _force_items(rng) -> list[Item]:
    surface, name, state = rng.choice(FORCES)
    series, year = _series(rng), rng.choice(YEARS)
    exercise = f"Exercise {series}" if rng.random() < 0.5 else f"the {series} exercise"
    region = rng.choice(REGIONS)
    told = surface[0].upper() + surface[1:]
    tied = ("ARMED_FORCE_OF", name, state)
    return [
        Item("force-named", f"{told} {rng.choice(JOIN)} {exercise} in {year}.", frozenset({("PARTICIPATED_IN", name, series), tied})),
        Item("force-patrol", f"{told} held drills in the {region} in {year}.", frozenset({("DRILLED_IN", name, region), tied})),
        Item("force-operates", f"{told} operates {rng.choice(['two', 'four', 'six'])} {_ship_of(rng)}.", frozenset({("OPERATES", name, "Kilo-class submarine"), tied})),
    ]


def _ship_of(rng) -> str:
    return rng.choice(["Kilo-class submarines", "Kilo-class boats"])


def _designation(rng) -> str:
    return _fresh(rng, lambda r: f"{r.choice(['HQ', 'YJ', 'CH', 'Su', 'JF', 'T', 'Mi', 'FC'])}-{r.randint(10, 99)}")


def _system_forms(rng) -> dict:
    """Shape -> (surface in text, canonical name, kind noun after it)."""
    code = _designation(rng)
    word = _word4(rng)
    return {
        "system-block": (f"{code} Block {rng.choice(ROMANS)}", f"{code}", "fighters"),
        "system-export-letters": (f"{code}{rng.choice(['MS', 'SM', 'ME', 'MKI'])}", None, "fighters"),
        "system-mixed-suffix": (f"{code}{rng.choice(['Sh', 'MTSh', 'AMTSh'])}", None, "helicopters"),
        "system-buyer-suffix": (f"{code}/P", None, "air defence systems"),  # a buyer's version of a fresh system, kept as written
        "system-word-ng": (f"{word}-NG", None, "missiles"),
        "system-word-roman": (f"{word} {_word4(rng)} {rng.choice(['II', 'III'])}", None, "drones"),
        "system-type-buyer": (f"Type 0{rng.randint(60, 99)}A/P", "Type-frigate", "frigates"),
        "system-class": (f"{_word4(rng)}-class", "class-submarine", "submarines"),
    }


def _system_items(rng) -> list[Item]:
    items = []
    for shape, (surface, name, kind) in _system_forms(rng).items():
        if name is None:
            name = surface
        elif name in ("Type-frigate", "class-submarine"):  # a class or type is named with its kind of ship
            name = f"{surface} {kind[:-1]}"
        seller, buyer, year = rng.choice(SELLERS), rng.choice(BUYERS), rng.choice(YEARS)
        n = rng.choice(["two", "four", "six", "12"])
        both = frozenset({("SOLD", seller, name), ("ACQUIRED", buyer, name)})
        items.append(Item(shape, f"In {year}, {buyer} bought {n} {surface} {kind} from {seller}.", both))
    return items


def _maker_items(rng) -> list[Item]:
    system = rng.choice(KNOWN_SYSTEMS)
    base = _fresh(rng, lambda r: f"{_word4(r)} {r.choice(['Engineering', 'Defence', 'Machine'])}")
    agency = _fresh(rng, lambda r: f"{_word4(r)}oboronexport")
    buyer = rng.choice(BUYERS)
    return [
        Item("maker-legal-form", f"{base} {(form := rng.choice(LEGAL_FORMS))} {rng.choice(PRODUCE)} the {system}.", frozenset({("PRODUCED", f"{base} {form}", system)})),
        Item("maker-trade-word", f"{base} {(trade := rng.choice(TRADE_WORDS))} {rng.choice(PRODUCE)} the {system}.", frozenset({("PRODUCED", f"{base} {trade}", system)})),
        Item("maker-jsc", f"JSC {base} {rng.choice(PRODUCE)} the {system}.", frozenset({("PRODUCED", base, system)})),
        Item("maker-agency", f"{agency} delivered {system}s to {buyer} in {rng.choice(YEARS)}.",
             frozenset({("SOLD", agency, system), ("ACQUIRED", buyer, system)})),
    ]


def _control_items(rng) -> list[Item]:
    """Capitalised non-entities in the slots of the frames above: nothing may end at them."""
    a, b = rng.sample(STATES, 2)
    seller, buyer = rng.choice(SELLERS), rng.choice(BUYERS)
    word, other = _word4(rng), _word4(rng)
    year, region = rng.choice(YEARS), rng.choice(REGIONS)
    sale = {("SOLD", seller, "Su-35"), ("ACQUIRED", buyer, "Su-35")}
    join = rng.choice(JOIN)
    return [
        Item("control-operation", f"{a} and {b} {join} Operation {word} {rng.choice(SERIES_WORDS)} in the {region}.", frozenset(), forbidden=(word,)),
        Item("control-summit", f"{a} and {b} {join} the {word} Summit in {year}.", frozenset(), forbidden=(word, "Summit")),
        Item("control-conference", f"{a} and {b} {join} the {word} Security Conference in {year}.", frozenset(), forbidden=(word, "Conference")),
        Item("control-fair", f"{a} and {b} {join} the {word} Defence Expo {year}.", frozenset(), forbidden=(word, "Expo")),
        Item("control-dialogue", f"{a} and {b} {join} the {word} Dialogue in {year}.", frozenset(), forbidden=(word, "Dialogue")),
        Item("control-newspaper", f"The {word} Times reported in {year} that {seller} sold Su-35 fighters to {buyer}.", frozenset(),
             allowed=frozenset(sale), forbidden=(word, "Times")),
        Item("control-ministry", f"The Ministry of Defence said {seller} sold Su-35 fighters to {buyer}.", frozenset(),
             allowed=frozenset(sale), forbidden=("Ministry",)),
        Item("control-title", f"General {word} {other} said {seller} sold Su-35 fighters to {buyer}.", frozenset(),
             allowed=frozenset(sale), forbidden=(word, other, "General")),
        Item("control-programme", f"{a} and {b} {join} the {word} Exchange Programme in {year}.", frozenset(), forbidden=(word, "Programme")),
        Item("control-lorries", f"{buyer} bought a fleet of {word} Fleet Services lorries from {seller} in {year}.", frozenset(), forbidden=(word,)),
        Item("control-person-navy", f"{word} {other}, a former navy officer, {join} the talks with {spoken_list([a, b])}.", frozenset(),
             forbidden=(word, other)),
    ]


def battery(seed: int = 19, per_shape: int = 8) -> list[Item]:
    rng = random.Random(seed)
    items: list[Item] = []
    for _ in range(per_shape):
        items += _exercise_items(rng) + _force_items(rng) + _system_items(rng) + _maker_items(rng) + _control_items(rng)
    return items


def family_relations(text: str) -> set:
    """Every relation the text gives, as (type, source, target)."""
    from loaders.extract import extract_text
    return {(r.type, r.source, r.target) for r in extract_text(text).relations}


def false_relations(item: Item, got: set) -> set:
    """On a positive item, what it gives beyond what it must or may; on a control, the
    relations with an end named with one of its forbidden words."""
    if item.forbidden:
        return {r for r in got if any(word in end.replace("-", " ").split(" ") for end in r[1:] for word in item.forbidden)}
    return got - item.expected - item.allowed


def report(battery, family_relations) -> None:
    """Recall per shape over the relations positives must give, and false relations per shape."""
    found, wanted, false = Counter(), Counter(), Counter()
    for item in battery():
        got = family_relations(item.text)
        wanted[item.shape] += len(item.expected)
        found[item.shape] += len(got & item.expected)
        false[item.shape] += len(false_relations(item, got))
    for shape in sorted(wanted):
        recall = f"{found[shape] / wanted[shape]:.2f}" if wanted[shape] else "  - "
        print(f"{shape:<26} recall {recall}  false {false[shape]}")
    total = sum(wanted.values())
    print(f"{'all':<26} recall {sum(found.values()) / total:.3f}  false {sum(false.values())}")
