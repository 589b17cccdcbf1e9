"""Recall per shape of SOLD / ACQUIRED, and false family relations on controls.

    python -m benchmarks.transfer_shapes
"""
from __future__ import annotations

from collections import Counter

from tests.loaders.transfer_shapes import battery, family_relations


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
