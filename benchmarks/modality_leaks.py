"""Leaks of relations out of statements the writer does not assert, per frame family.

Runs the generated battery of tests/loaders/modality_battery.py through extraction and prints,
for each family of frames (negation, denial, hedge, ...), how many framed clauses leaked a
relation (per 1,000 items), how many factual clauses beside a frame were lost, and the recall
of the plain factual controls (the same clauses with no frame).

    python -m benchmarks.modality_leaks [--size 2000] [--seed 16] [--show 5]
"""
from __future__ import annotations

import argparse
from collections import Counter, defaultdict

from loaders.extract import extract_text
from tests.loaders.modality_battery import battery, check, controls


def run(size: int, seed: int, show: int) -> None:
    items = battery(seed=seed, size=size) + controls(seed=seed, size=max(size // 5, len(controls(seed, 18))))
    total, leaked, missed, required = Counter(), Counter(), Counter(), Counter()
    examples = defaultdict(list)
    by_placement = Counter()
    for item in items:
        outcome = check(item, extract_text(item.text).relations)
        family = f"{item.family} (gap)" if item.known_gap else item.family  # a frame the battery marks as not handled yet
        total[family] += 1
        if item.required:
            required[family] += 1
        if outcome.leaks:
            leaked[family] += 1
            by_placement[item.placement] += 1
            examples[family].append(f"LEAK {sorted({k for _, k in outcome.leaks})}: {item.text}")
        if outcome.misses:
            missed[family] += 1
            examples[family].append(f"MISS {[k for _, k in outcome.misses]}: {item.text}")
    print(f"{'family':<14} {'items':>6} {'leaked':>7} {'per 1000':>9} {'with fact':>10} {'fact lost':>10}")
    for family in sorted(total):
        rate = 1000 * leaked[family] / total[family]
        print(f"{family:<14} {total[family]:>6} {leaked[family]:>7} {rate:>9.1f} {required[family]:>10} {missed[family]:>10}")
    framed = sum(n for f, n in total.items() if f != "control")
    print(f"{'ALL framed':<14} {framed:>6} {sum(n for f, n in leaked.items() if f != 'control'):>7} "
          f"{1000 * sum(n for f, n in leaked.items() if f != 'control') / framed:>9.1f}")
    print("leaks by placement:", dict(by_placement))
    for family in sorted(examples):
        for line in examples[family][:show]:
            print(f"  [{family}] {line}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=16)
    parser.add_argument("--show", type=int, default=5)
    args = parser.parse_args()
    run(args.size, args.seed, args.show)


if __name__ == "__main__":
    main()
