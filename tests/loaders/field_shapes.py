"""Generated shapes for PATROLLED, DRILLED_IN and HELD_IN, with near-miss controls.

Each item carries the relations it must give (type, source, target), computed from its parts.
"""
from __future__ import annotations

import random
from dataclasses import dataclass

PAIRS = [("China", "Russia"), ("Iran", "Russia"), ("India", "France"), ("Japan", "United States")]
REGIONS = ["Sea of Japan", "East China Sea", "Arabian Sea", "Baltic Sea", "Black Sea"]
EXERCISES = ["Vostok-2018", "Zapad-2021", "Malabar-2020"]
YEARS = [2019, 2021, 2023]

PATROL = [
    "{a} and {b} {verb} a joint {kind}patrol {prep} the {r}{year}.",
    "A joint patrol by {a} and {b} in the {r} ended{year}.",
    "Bombers of {a} and {b} patrolled the {r}{year}.",
    "The navies of {a} and {b} patrol the {r} together.",
    "{a} joined a {b} patrol in the {r}{year}.",
]
DRILL = [
    "{a} and {b} {dverb} {dkind}drills {dprep} the {r}{year}.",
    "{a} drilled with {b} in the {r}{year}.",
    "Drills in the {r} by {a} and {b} lasted a week.",
]
HELD = [
    "{e} was {hverb} in the {r}.",
    "{e}, held in the {r}, drew large forces.",
    "Forces of {a} and {b} trained in the {r} during {e}.",
]
CONTROLS = [
    "The {a} navy patrolled the {r}{year}.",
    "A {a} frigate made a port call in the {r}{year}.",
    "Warships of {a} and {b} transited the {r}{year}.",
    "{a} and {b} plan a joint patrol in the {r}.",
    "{a} and {b} denied patrolling the {r}.",
    "Troops of {a} and {b} massed near the border of the {r}.",
    "{a} and {b} discussed drills in the {r}.",
    "{a} and {b} cancelled drills in the {r}.",
]


@dataclass(frozen=True)
class Item:
    shape: str
    text: str
    expected: frozenset  # of (type, source, target)


def _fill(template: str, rng: random.Random) -> tuple[str, dict]:
    a, b = rng.choice(PAIRS)
    parts = dict(a=a, b=b, r=rng.choice(REGIONS), e=rng.choice(EXERCISES),
                 year=rng.choice(["", f" in {rng.choice(YEARS)}"]),
                 verb=rng.choice(["conducted", "held", "flew", "carried out"]),
                 kind=rng.choice(["", "naval ", "air "]), prep=rng.choice(["over", "in", "through", "near"]),
                 dverb=rng.choice(["held", "staged", "conducted"]), dkind=rng.choice(["", "naval ", "live-fire ", "joint "]),
                 dprep=rng.choice(["in", "off", "near"]), hverb=rng.choice(["held", "staged"]))
    return template.format(**parts), parts


def battery(seed: int = 16, per_shape: int = 20) -> list[Item]:
    rng = random.Random(seed)
    items = []
    for kind, templates in (("PATROLLED", PATROL), ("DRILLED_IN", DRILL), ("HELD_IN", HELD), ("control", CONTROLS)):
        for index, template in enumerate(templates):
            for _ in range(per_shape):
                text, p = _fill(template, rng)
                if kind == "HELD_IN":
                    expected = {("HELD_IN", p["e"], p["r"])}
                elif kind == "control":
                    expected = set()
                else:
                    expected = {(kind, p["a"], p["r"]), (kind, p["b"], p["r"])}
                items.append(Item(f"{kind}:{index}", text, frozenset(expected)))
    return items


FAMILY = {"PATROLLED", "DRILLED_IN", "HELD_IN"}


def family_relations(text: str) -> set:
    """The family's relations in text, a force source read as its state (the guidelines keep the force)."""
    from loaders.extract import extract_text
    relations = extract_text(text).relations
    state_of = {r.source: r.target for r in relations if r.type == "ARMED_FORCE_OF"}
    return {(r.type, state_of.get(r.source, r.source), r.target) for r in relations if r.type in FAMILY}
