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
from bisect import bisect_right
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from graph.ingest import extract_paths
from graph.schema import load_schema
from loaders.extract import Extractor, default_extractor
from loaders.text import segment


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
    causes: "Causes | None" = None

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
        if other.causes is not None:
            self.causes = self.causes or Causes()
            self.causes.absorb(other.causes)

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


MISS_CAUSES = ("unrecognised", "other type", "reversed", "sentence", "paragraph", "apart")
FALSE_CAUSES = ("no such entity", "other type", "not linked")


@dataclass
class Causes:
    """Why relations were missed or found wrongly, counted per type, without naming any.

    A missed relation is "unrecognised" when the document's extraction has no entity of one
    of its names, "other type" or "reversed" when the pair was related otherwise, and else
    unlinked with both names recognised: where their mentions come closest, in one
    "sentence", one "paragraph", or only "apart". A false relation names an entity the
    document's gold never names ("no such entity"), or two the gold relates with "other
    type", or two it does "not link".
    The counts show what kind of work a set still needs while its text and gold stay unread.

    >>> causes = Causes()
    >>> causes.missed["SOLD"]["sentence"] += 2
    >>> causes.table()[1].split()
    ['SOLD', '2', '0', '0', '0', '2', '0', '0']
    """

    missed: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    false: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))

    def absorb(self, other: "Causes") -> None:
        for mine, theirs in ((self.missed, other.missed), (self.false, other.false)):
            for rel_type, counts in theirs.items():
                mine[rel_type].update(counts)

    def table(self) -> list[str]:
        lines = [f"{'missed: type':<27} {'all':>5}" + "".join(f" {name:>12}" for name in MISS_CAUSES)]
        lines += [_cause_row(rel_type, self.missed[rel_type], MISS_CAUSES) for rel_type in sorted(self.missed)]
        lines.append(_cause_row("ALL", sum(self.missed.values(), Counter()), MISS_CAUSES))
        lines.append("")
        lines.append(f"{'false: type':<27} {'all':>5}" + "".join(f" {name:>14}" for name in FALSE_CAUSES))
        lines += [_cause_row(rel_type, self.false[rel_type], FALSE_CAUSES, 14) for rel_type in sorted(self.false)]
        lines.append(_cause_row("ALL", sum(self.false.values(), Counter()), FALSE_CAUSES, 14))
        return lines


def _cause_row(name: str, counts: Counter, columns: tuple[str, ...], width: int = 12) -> str:
    return f"{name:<27} {sum(counts.values()):>5}" + "".join(f" {counts[column]:>{width}}" for column in columns)


def _count_causes(causes: Causes, extraction, extractor: Extractor, gold: set, predicted: set, symmetric: set[str]) -> None:
    """Add one document's missed and false relations (keys without the document) to ``causes``."""
    names = {entity.name for entity in extraction.entities}
    related = defaultdict(set)  # (source, target) -> types, both ways round
    for source, rel_type, target in predicted:
        related[(source, target)].add(rel_type)
        related[(target, source)].add(rel_type)
    places = None
    for source, rel_type, target in sorted(gold - predicted):
        if source not in names or target not in names:
            cause = "unrecognised"
        elif (target, rel_type, source) in predicted:
            cause = "reversed"
        elif related.get((source, target)):
            cause = "other type"
        else:
            places = places if places is not None else _mention_places(extraction.document.text, extractor)
            cause = _nearest(places.get(source, ()), places.get(target, ()))
        causes.missed[rel_type][cause] += 1
    gold_names = {name for source, _, target in gold for name in (source, target)}
    gold_pairs = {frozenset((source, target)) for source, _, target in gold}
    for source, rel_type, target in sorted(predicted - gold):
        if source not in gold_names or target not in gold_names:
            cause = "no such entity"
        elif frozenset((source, target)) in gold_pairs:
            cause = "other type"
        else:
            cause = "not linked"
        causes.false[rel_type][cause] += 1


def _mention_places(text: str, extractor: Extractor) -> dict[str, list[tuple[int, int]]]:
    """Each recognised name's (sentence, paragraph) places in ``text``."""
    sentences = segment(text)
    starts = [sentence.start for sentence in sentences]
    places: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for mention in extractor.finder.find(text):
        index = bisect_right(starts, mention.start) - 1
        if index >= 0:
            places[mention.name].append((index, sentences[index].paragraph))
    return places


def _nearest(first: list[tuple[int, int]], second: list[tuple[int, int]]) -> str:
    if {s for s, _ in first} & {s for s, _ in second}:
        return "sentence"
    if {p for _, p in first} & {p for _, p in second}:
        return "paragraph"
    return "apart"


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


def evaluate(folder: str | Path, gold_path: str | Path | None = None, extractor: Extractor | None = None, *, causes: bool = False) -> Scores:
    """Extract every document in ``folder`` and score it against its gold file.

    With ``causes``, the scores also count why relations were missed or wrong (:class:`Causes`).
    """
    folder = Path(folder)
    gold_path = Path(gold_path) if gold_path else folder / "gold.jsonl"
    schema = load_schema()
    symmetric = {name for name, rel in schema.relationships.items() if rel.symmetric}
    gold: dict[str, set] = defaultdict(set)
    for record in load_gold(gold_path):
        gold[record["type"]].add(_key(record["document"], record["source"], record["type"], record["target"], symmetric))
    predicted: dict[str, set] = defaultdict(set)
    failed: list[tuple[str, str]] = []
    counted = Causes() if causes else None
    if causes and extractor is None:
        extractor = default_extractor()
    for path, extraction, problem in extract_paths([folder], extractor):
        if Path(path).name == gold_path.name or Path(path).stem.upper() == "README":
            continue  # the gold and the folder's description of the set are not documents
        if extraction is None:
            failed.append((str(path), problem or "not extracted"))
            continue
        document = Path(path).name
        mine = set()
        for relation in extraction.relations:
            if not relation.properties.get("planned"):
                predicted[relation.type].add(_key(document, relation.source, relation.type, relation.target, symmetric))
                if relation.type != "MENTIONS":
                    mine.add(_key(document, relation.source, relation.type, relation.target, symmetric)[1:])
        if counted is not None:
            theirs = {(source, rel_type, target) for rel_type, keys in gold.items() for doc, source, _, target in keys if doc == document}
            _count_causes(counted, extraction, extractor, theirs, mine, symmetric)
    scores = Scores(failed=failed, causes=counted)
    for rel_type in sorted(set(gold) | set(predicted)):
        if rel_type != "MENTIONS":
            scores.add(rel_type, predicted[rel_type], gold[rel_type])
    return scores
