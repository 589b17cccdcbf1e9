"""Recall and wrong bindings of references to entities named earlier in a paragraph or section,
per reference family and frame, on the generated battery (tests/loaders/reference_battery.py).

    python -m benchmarks.reference_battery [--seed N] [--family PREFIX] [--show N]

recall: expected relations found / expected (frames with something to find);
wrong: items whose clause relation was bound to something the reference does not mean, per 1,000 items
(in the ``single`` and ``negated`` frames any such relation at all).
"""
from __future__ import annotations

import argparse
import time
from collections import defaultdict

from tests.loaders.reference_battery import battery, run


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=16)
    parser.add_argument("--family", default="", help="only families starting with this")
    parser.add_argument("--show", type=int, default=0, help="print up to N failing items per family")
    args = parser.parse_args()
    items = [item for item in battery(args.seed) if item.family.startswith(args.family)]
    began = time.perf_counter()
    results = run(items)
    took = time.perf_counter() - began
    table = defaultdict(lambda: [0, 0, 0, 0])  # expected, found, items, wrong items
    shown = defaultdict(int)
    for item, outcome in results:
        for key in (item.family, f"frame:{item.frame}", "ALL" if item.frame != "control" else "ALL control"):
            row = table[key]
            row[0] += len(item.expected)
            row[1] += len(item.expected) - len(outcome.missed)
            row[2] += 1
            row[3] += bool(outcome.wrong)
        if args.show and (outcome.missed or outcome.wrong) and shown[item.family] < args.show:
            shown[item.family] += 1
            print(f"[{item.family} {item.frame}] {item.text!r}\n    missed {sorted(outcome.missed)} wrong {sorted(outcome.wrong)}")
    print(f"{len(items)} items in {took:.1f} s")
    print(f"{'family':<36} {'items':>5} {'expect':>6} {'recall':>6} {'wrong/1000':>10}")
    for key in sorted(table, key=lambda k: (k.startswith("ALL"), k.startswith("frame:"), k)):
        expected, found, count, wrong = table[key]
        recall = f"{found / expected:.3f}" if expected else "  -  "
        print(f"{key:<36} {count:>5} {expected:>6} {recall:>6} {1000 * wrong / count:>10.0f}")


if __name__ == "__main__":
    main()
