"""Recall per shape and false relations per 1,000 controls on the membership shape battery.

Runs tests/loaders/member_shapes.py (MEMBER_OF, LEADS, PARTNERS_WITH shapes and near-miss
controls) through extraction:

    python -m benchmarks.member_shapes --size 1200 --show 2
"""
from __future__ import annotations

import argparse
from collections import Counter, defaultdict

from loaders.extract import extract_text
from tests.loaders.member_shapes import battery, check


def run(size: int, seed: int, show: int) -> None:
    required, found, items_by = Counter(), Counter(), Counter()
    false_by, examples = Counter(), defaultdict(list)
    for item in battery(seed=seed, size=size):
        misses, false = check(item, extract_text(item.text).relations)
        key = (item.family, item.shape)
        items_by[key] += 1
        required[key] += len(item.required)
        found[key] += len(item.required) - len(misses)
        false_by[key] += len(false)
        if (misses or false) and len(examples[key]) < show:
            examples[key].append((item.text.replace("\n", " / "), misses, false))
    controls = sum(n for (family, _), n in items_by.items() if family == "control")
    print(f"{'family':14} {'shape':18} {'items':>5} {'recall':>7} {'false':>5}")
    for key in sorted(items_by):
        recall = f"{found[key] / required[key]:.3f}" if required[key] else "-"
        print(f"{key[0]:14} {key[1]:18} {items_by[key]:5} {recall:>7} {false_by[key]:5}")
        for text, misses, false in examples[key]:
            print(f"    {text}  missed={misses} false={false}")
    total_false = sum(n for (family, _), n in false_by.items() if family == "control")
    print(f"recall {sum(found.values()) / sum(required.values()):.3f}; "
          f"false relations per 1,000 controls {1000 * total_false / max(controls, 1):.1f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", type=int, default=1200)
    parser.add_argument("--seed", type=int, default=16)
    parser.add_argument("--show", type=int, default=0)
    args = parser.parse_args()
    run(args.size, args.seed, args.show)


if __name__ == "__main__":
    main()
