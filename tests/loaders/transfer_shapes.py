"""Generated sale/purchase shapes for SOLD / ACQUIRED, with near-miss controls (expected from the parts)."""
from __future__ import annotations

import random
from dataclasses import dataclass

FAMILY = {"SOLD", "ACQUIRED", "OPERATES", "TRANSFERRED_TECHNOLOGY_TO"}
SELLERS = ["Russia", "France", "the United States", "Israel", "China"]
BUYERS = ["India", "Egypt", "Vietnam", "Algeria", "Indonesia"]
SYSTEMS = ["S-400", "Rafale", "F-16", "Su-30MKI", "Barak-8"]
SALE = ["sold", "supplied", "delivered", "exported", "shipped"]
BUY = ["bought", "ordered", "purchased", "procured", "acquired"]
SHAPES = {
    "active": ("{x} {sale} {w} to {y} in 2016.", True),
    "purchase": ("{y} {buy} {w} from {x} in 2016.", True),
    "passive": ("{w} systems were {sale} to {y} by {x} in 2016.", True),
    "nominal": ("The sale of {w} to {y} by {x} was completed in 2016.", True),
    "relative": ("The {w} that {y} {buy} from {x} arrived in 2016.", True),
    "ditransitive": ("{x} {sale} {y} eight {w} systems in 2016.", True),
    "took_delivery": ("{y} took delivery of the {w} from {x} in 2016.", True),
    "nominal_poss": ("{y}'s purchase of the {w} from {x} was signed in 2016.", True),
    "control_neg": ("{x} never {sale} {w} to {y}.", False),
    "control_offer": ("{x} offered {w} to {y} in 2016.", False),
    "control_compare": ("{x}'s {w} outclassed {y}'s tanks in 2016.", False),
    "control_eval": ("{y} evaluated the {w} made by {x} in 2016.", False),
}


@dataclass(frozen=True)
class Item:
    shape: str
    text: str
    expected: frozenset


def battery(seed: int = 16, per_shape: int = 10) -> list[Item]:
    rng = random.Random(seed)
    items = []
    for shape, (template, positive) in SHAPES.items():
        for _ in range(per_shape):
            x, y, w = rng.choice(SELLERS), rng.choice(BUYERS), rng.choice(SYSTEMS)
            text = template.format(x=x, y=y, w=w, sale=rng.choice(SALE), buy=rng.choice(BUY))
            name = x.removeprefix("the ")
            expected = frozenset({("SOLD", name, w), ("ACQUIRED", y, w)}) if positive else frozenset()
            items.append(Item(shape, text, expected))
    return items


def family_relations(text: str) -> set:
    from loaders.extract import extract_text
    return {(r.type, r.source, r.target) for r in extract_text(text).relations if r.type in FAMILY}
