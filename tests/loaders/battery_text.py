"""Small text helpers shared by the generated batteries."""
from __future__ import annotations

import random
from dataclasses import dataclass, field


def spoken_list(surfaces: list[str]) -> str:
    """Names as a writer lists them: 'A', 'A and B', 'A, B and C'."""
    return surfaces[0] if len(surfaces) == 1 else ", ".join(surfaces[:-1]) + " and " + surfaces[-1]


def capitalised(text: str) -> str:
    """The text with its first letter raised, as at the start of a sentence."""
    return text[:1].upper() + text[1:]


@dataclass(frozen=True)
class ParagraphItem:
    """One generated text of a battery: the relations of its family it must give, those it may
    give (``allowed``: readings the guidelines leave open) and the file name it is read as."""
    shape: str
    text: str
    expected: frozenset
    allowed: frozenset = field(default_factory=frozenset)
    path: str = "paragraph.txt"


def items_from_makers(makers: dict, item: type, seed: int, per_shape: int) -> list:
    """``per_shape`` items of every shape, each made by its maker from one shared random stream:
    a maker returns the text and the relations it must give."""
    rng = random.Random(seed)
    items = []
    for shape, make in makers.items():
        for _ in range(per_shape):
            text, expected = make(rng)
            items.append(item(shape, text, frozenset(expected)))
    return items


class DistinctDraw:
    """Random parts for one item or document: states drawn from ``POOL`` that differ from each other."""

    POOL: list[str] = []

    def __init__(self, rng):
        self.rng = rng
        self.used: set[str] = set()

    def states(self, n: int) -> list[str]:
        picked = self.rng.sample([s for s in self.POOL if s not in self.used], n)
        self.used.update(picked)
        return picked
