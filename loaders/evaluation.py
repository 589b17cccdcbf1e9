"""Scoring extraction against hand-annotated gold relations (seeds/gold/GUIDELINES.md).

A relation is compared as (document, source, type, target), unordered for symmetric
types. Planned relations are not facts and are left out of the prediction.

>>> scores = Scores()
>>> scores.add("SOLD", predicted={("d", "Russia", "SOLD", "S-400")}, gold={("d", "Russia", "SOLD", "S-400"), ("d", "Russia", "SOLD", "Su-35")})
>>> round(scores.totals().recall, 2), scores.totals().precision
(0.5, 1.0)
"""
from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from graph.ingest import extract_paths
from graph.schema import load_schema
from loaders.extract import Extractor


@dataclass
class Tally:
    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0

    @property
    def precision(self) -> float:
        found = self.true_positives + self.false_positives
        return self.true_positives / found if found else 1.0

    @property
    def recall(self) -> float:
        expected = self.true_positives + self.false_negatives
        return self.true_positives / expected if expected else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Scores:
    by_type: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    misses: list[tuple] = field(default_factory=list)
    spurious: list[tuple] = field(default_factory=list)
    # (path, problem) of each document that could not be read or extracted: its gold
    # relations count as missed, and a caller must say so rather than show a low score.
    failed: list[tuple[str, str]] = field(default_factory=list)

    def add(self, rel_type: str, predicted: set, gold: set) -> None:
        tally = self.by_type[rel_type]
        tally.true_positives += len(predicted & gold)
        tally.false_positives += len(predicted - gold)
        tally.false_negatives += len(gold - predicted)
        self.misses += sorted(gold - predicted)
        self.spurious += sorted(predicted - gold)

    def absorb(self, other: "Scores", label: str) -> None:
        """Add ``other``'s counts; its documents are named ``label/document`` in the lists."""
        for rel_type, tally in other.by_type.items():
            mine = self.by_type[rel_type]
            mine.true_positives += tally.true_positives
            mine.false_positives += tally.false_positives
            mine.false_negatives += tally.false_negatives
        self.misses += [(f"{label}/{document}", *rest) for document, *rest in other.misses]
        self.spurious += [(f"{label}/{document}", *rest) for document, *rest in other.spurious]
        self.failed += other.failed

    def totals(self) -> Tally:
        total = Tally()
        for tally in self.by_type.values():
            total.true_positives += tally.true_positives
            total.false_positives += tally.false_positives
            total.false_negatives += tally.false_negatives
        return total

    def table(self) -> list[str]:
        lines = [f"{'type':<27} {'gold':>5} {'found':>5} {'P':>6} {'R':>6} {'F1':>6}"]
        for rel_type in sorted(self.by_type):
            lines.append(_row(rel_type, self.by_type[rel_type]))
        lines.append(_row("ALL (micro)", self.totals()))
        return lines


def folder_row(name: str, t: Tally) -> str:
    """One folder's micro counts and scores, in the columns of ``Scores.table``."""
    return _row(name, t)


def _row(name: str, t: Tally) -> str:
    gold, found = t.true_positives + t.false_negatives, t.true_positives + t.false_positives
    return f"{name:<27} {gold:>5} {found:>5} {t.precision:>6.3f} {t.recall:>6.3f} {t.f1:>6.3f}"


def _key(document: str, source: str, rel_type: str, target: str, symmetric: set[str]) -> tuple:
    if rel_type in symmetric:
        source, target = sorted((source, target))
    return (document, source, rel_type, target)


def load_gold(path: str | Path) -> list[dict]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def evaluate(folder: str | Path, gold_path: str | Path | None = None, extractor: Extractor | None = None) -> Scores:
    """Extract every document in ``folder`` and score it against its gold file."""
    folder = Path(folder)
    gold_path = Path(gold_path) if gold_path else folder / "gold.jsonl"
    schema = load_schema()
    symmetric = {name for name, rel in schema.relationships.items() if rel.symmetric}
    gold: dict[str, set] = defaultdict(set)
    for record in load_gold(gold_path):
        gold[record["type"]].add(_key(record["document"], record["source"], record["type"], record["target"], symmetric))
    predicted: dict[str, set] = defaultdict(set)
    failed: list[tuple[str, str]] = []
    for path, extraction, problem in extract_paths([folder], extractor):
        if Path(path).name == gold_path.name or Path(path).stem.upper() == "README":
            continue  # the gold and the folder's description of the set are not documents
        if extraction is None:
            failed.append((str(path), problem or "not extracted"))
            continue
        document = Path(path).name
        for relation in extraction.relations:
            if not relation.properties.get("planned"):
                predicted[relation.type].add(_key(document, relation.source, relation.type, relation.target, symmetric))
    scores = Scores(failed=failed)
    for rel_type in sorted(set(gold) | set(predicted)):
        if rel_type != "MENTIONS":
            scores.add(rel_type, predicted[rel_type], gold[rel_type])
    return scores
