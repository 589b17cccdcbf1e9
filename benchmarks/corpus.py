"""A synthetic corpus for the scale benchmarks, written to disk one document at a time.

Each document is 3 to 8 KB of paragraphs drawn from the sample corpus and the
development set (:func:`benchmarks.extraction.paragraph_pool`), shuffled with a fixed
seed. So that the graph keeps growing with the corpus instead of saturating at the
sample's few hundred entities and relations, every document renames its entities
consistently throughout:

* each state named (by name, alias, demonym or capital) becomes another state of the
  gazetteer, two states never becoming the same one;
* each weapon system becomes a designation the gazetteer lacks (``Tu-417M``), which the
  extractor discovers by pattern, drawn from about 100,000 of them;
* each dated exercise (``Vostok-2018``) becomes an invented series of the same year
  (``Amber Shield-2018``), drawn from about 150,000 names.

The same ``seed`` and size give the same files, byte for byte, for the same gazetteer.

    python -m benchmarks.corpus /tmp/corpus-20 --megabytes 20
"""
from __future__ import annotations

import argparse
import random
from dataclasses import dataclass
from pathlib import Path

import ahocorasick

from benchmarks.extraction import paragraph_pool
from graph.gazetteer import GazetteerEntry, SurfaceForm, load_gazetteer

DOCUMENTS_PER_FOLDER = 1000
SMALLEST, LARGEST = 3000, 8000
# Prefixes the extractor's designation pattern knows, and suffixes real designations use.
DESIGNATION_PREFIXES = ("Su", "MiG", "Tu", "Il", "Ka", "Mi", "Yak", "J", "H", "Y", "KJ", "Z", "DF", "HQ", "YJ", "Kh", "BMP")
DESIGNATION_SUFFIXES = ("", "", "M", "K", "SM", "MK")
SERIES_WORDS = (
    "Amber", "Arctic", "Autumn", "Blue", "Bold", "Border", "Coastal", "Cobalt", "Crimson", "Desert", "Eastern",
    "Falcon", "Golden", "Granite", "Harbour", "Iron", "Jade", "Lotus", "Northern", "Ocean", "Pacific", "Peace",
    "Polar", "Red", "River", "Silver", "Southern", "Steel", "Steppe", "Storm", "Summer", "Taiga", "Thunder",
    "Tiger", "Union", "Valley", "Western", "Winter",
)
SERIES_NOUNS = (
    "Shield", "Sword", "Spear", "Arrow", "Eagle", "Dragon", "Bear", "Wolf", "Horizon", "Guard", "Bridge",
    "Cooperation", "Partnership", "Friendship", "Resolve", "Dawn", "Strike", "Sentinel", "Watch", "Wave",
    "Wind", "Fortress", "Frontier", "Harmony", "Unity", "Vanguard", "Patrol", "Response", "Star", "Thunder",
    "Compass", "Anchor", "Lance", "Beacon", "Ridge", "Current", "Gate", "Forge", "Pulse", "Legacy",
)


@dataclass
class CorpusSummary:
    documents: int = 0
    bytes: int = 0


@dataclass(frozen=True)
class _Form:
    """A surface form of the gazetteer: the entity it names and how (name, alias, demonym,
    capital, nato), or ``kept`` when the corpus does not rename it."""

    entry: GazetteerEntry
    kind: str


def write_corpus(folder: str | Path, megabytes: float, seed: int = 7) -> CorpusSummary:
    """Write documents into ``folder`` (in subfolders of 1,000) until they hold ``megabytes``
    MB of UTF-8 text; only one document is in memory at a time.

    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> summary = write_corpus(folder, 0.02)
    >>> summary.documents == len(list(folder.rglob("*.txt"))), summary.bytes >= 20_000
    (True, True)
    """
    folder = Path(folder)
    rng = random.Random(seed)
    pool = paragraph_pool()
    renamer = Renamer()
    summary = CorpusSummary()
    while summary.bytes < megabytes * 1_000_000:
        text = renamer.rename(_draw_document(pool, rng), rng)
        path = folder / f"{summary.documents // DOCUMENTS_PER_FOLDER:04d}" / f"synthetic-{summary.documents:07d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        data = text.encode("utf-8")
        path.write_bytes(data)
        summary.documents += 1
        summary.bytes += len(data)
    return summary


def _draw_document(pool: list[str], rng: random.Random) -> str:
    size = rng.randint(SMALLEST, LARGEST)
    parts, length = [], 0
    while length < size:
        part = rng.choice(pool)
        parts.append(part)
        length += len(part) + 2
    return "\n\n".join(parts)


class Renamer:
    """Renames states, weapon systems and dated exercises in a document, consistently
    within it (see the module's docstring)."""

    def __init__(self):
        gazetteer = load_gazetteer()
        self.states = gazetteer.by_label("State")
        self.automaton = ahocorasick.Automaton()
        # Every surface form goes in, the ones not renamed too, so that a longer name
        # holding a state's ("China-Pakistan Economic Corridor") is kept whole.
        for text, form in gazetteer.forms.items():
            self.automaton.add_word(text, (len(text), _Form(form.entry, form.kind if _renamed(form) else "kept")))
        self.automaton.make_automaton()

    def rename(self, text: str, rng: random.Random) -> str:
        """``text`` with every state, weapon system and dated exercise renamed."""
        chosen: dict[str, GazetteerEntry | str] = {}
        free_states = rng.sample(self.states, len(self.states))
        pieces, last = [], 0
        for start, end, form in self._matches(text):
            if form.kind == "kept":
                continue
            name = form.entry.name
            if name not in chosen:
                chosen[name] = self._replacement(form.entry, free_states, rng)
            pieces += [text[last:start], _surface(chosen[name], form.kind)]
            last = end
        pieces.append(text[last:])
        return "".join(pieces)

    def _matches(self, text: str):
        """Leftmost-longest matches on word boundaries, in order; a plural ``s`` is taken in."""
        last_end = 0
        candidates = sorted(
            ((end + 1 - length, end + 1, form) for end, (length, form) in self.automaton.iter(text)),
            key=lambda match: (match[0], -match[1]),
        )
        for start, end, form in candidates:
            if start < last_end or (start and text[start - 1].isalnum()) or not _word_end(text, end):
                continue
            if end < len(text) and text[end] == "s":
                end += 1
            last_end = end
            yield start, end, form

    def _replacement(self, entry: GazetteerEntry, free_states: list[GazetteerEntry], rng: random.Random):
        if entry.label == "State":
            return free_states.pop()
        if entry.label == "WeaponSystem":
            return f"{rng.choice(DESIGNATION_PREFIXES)}-{rng.randint(1, 999)}{rng.choice(DESIGNATION_SUFFIXES)}"
        return f"{rng.choice(SERIES_WORDS)} {rng.choice(SERIES_NOUNS)}-{entry.get('year')}"


def _renamed(form: SurfaceForm) -> bool:
    """Whether the corpus renames what this form names (a leader's name is left as it is)."""
    if form.entry.label == "State":
        return form.kind in ("name", "alias", "demonym", "capital")
    return form.entry.label == "WeaponSystem" or (form.entry.label == "Exercise" and bool(form.entry.get("year")))


def _word_end(text: str, end: int) -> bool:
    if end == len(text) or not text[end].isalnum():
        return True
    return text[end] == "s" and (end + 1 == len(text) or not text[end + 1].isalnum())


def _surface(replacement: GazetteerEntry | str, kind: str) -> str:
    """How the replacement is written where the original was named as ``kind``."""
    if isinstance(replacement, str):
        return replacement
    if kind == "demonym" and replacement.demonyms:
        return replacement.demonyms[0]
    if kind == "capital" and replacement.capitals:
        return replacement.capitals[0]
    return replacement.name


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--megabytes", type=float, default=2.0)
    parser.add_argument("--seed", type=int, default=7)
    options = parser.parse_args()
    summary = write_corpus(options.folder, options.megabytes, options.seed)
    print(f"{options.folder}: {summary.documents} documents, {summary.bytes / 1e6:.2f} MB")


if __name__ == "__main__":
    main()
