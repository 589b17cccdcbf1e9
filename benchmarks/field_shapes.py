"""Recall per shape of PATROLLED / DRILLED_IN / HELD_IN, and false family relations per 1,000 controls.

    python -m benchmarks.field_shapes
"""
from __future__ import annotations

from collections import Counter

from tests.loaders.field_shapes import battery, family_relations

def main() -> None:
    found, wanted, false = Counter(), Counter(), Counter()
    for item in battery():
        got = family_relations(item.text)
        wanted[item.shape] += len(item.expected) or 1
        found[item.shape] += len(got & item.expected)
        false[item.shape] += len(got - item.expected)
    for shape in sorted(wanted):
        print(f"{shape:<14} recall {found[shape] / wanted[shape]:.2f}  false {false[shape]}")


if __name__ == "__main__":
    main()
