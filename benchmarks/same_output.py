"""Check that a speed change leaves extraction's output byte-identical.

Extracts the sample corpus and every development folder (``seeds/eval/dev*``; never the
held-out test folders), optionally also the synthetic benchmark documents, and writes a
canonical dump of every entity and relation with its evidence, in the order extraction
gives them, one JSON object a line. Prints the dump's sha256 and the extraction's CPU
time, so one run both checks the output and measures it:

    python -m benchmarks.same_output --out /tmp/before.jsonl
    python -m benchmarks.same_output --out /tmp/after.jsonl --synthetic 0.5

Two codes give the same output when the hashes agree; ``diff`` the dumps to see where
they do not.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import time
from pathlib import Path

from benchmarks.extraction import synthetic_documents
from graph.model import Extraction
from graph.ingest import collect
from loaders.extract import Extractor
from loaders.readers import read_bytes, read_file

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def development_paths() -> list[str]:
    """The sample corpus and the development folders, in a fixed order; no held-out set."""
    folders = [SEEDS / "corpus"] + sorted(
        (p for p in (SEEDS / "eval").iterdir() if p.is_dir() and p.name.startswith("dev")),
        key=lambda p: (len(p.name), p.name),
    )
    # Relative paths, so that two checkouts give the same dump.
    return [
        os.path.relpath(path, ROOT) for folder in folders for path, problem in collect([str(folder)]) if not problem
    ]


def dump_lines(extraction: Extraction) -> list[str]:
    """One line per entity and relation, every field the CLI's ``extract`` prints."""
    path = extraction.document.path
    lines = [
        json.dumps(["entity", path, e.name, e.label, e.mentions, list(e.aliases), e.discovered, e.confidence],
                   ensure_ascii=False)
        for e in extraction.entities
    ]
    lines += [
        json.dumps(["relation", path, r.id, r.source, r.source_label, r.type, r.target, r.target_label,
                    r.properties, r.confidence, [ev.to_dict() for ev in r.evidence]], ensure_ascii=False, sort_keys=True)
        for r in extraction.relations
    ]
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default="same_output.jsonl", help="where to write the dump")
    parser.add_argument("--synthetic", type=float, default=0.0, help="also this many MB of synthetic documents")
    args = parser.parse_args()
    extractor = Extractor()
    extractor.extract_text("Russia sold the S-400 to China.")  # builds the automaton outside the timing
    documents = [read_bytes(read_file(ROOT / path), path) for path in development_paths()]
    synthetic = synthetic_documents(args.synthetic) if args.synthetic else []
    lines, timings = [], []
    for name, batch in (("development", documents), ("synthetic", synthetic)):
        if not batch:
            continue
        size = sum(len(d.text.encode("utf-8")) for d in batch)
        start = time.process_time()
        extractions = [extractor.extract_document(d) for d in batch]
        cpu = time.process_time() - start
        timings.append(f"{name}: {len(batch)} documents, {size / 1e6:.3f} MB, {cpu:.2f} CPU s, {size / 1e6 / cpu:.3f} MB per CPU s")
        for extraction in extractions:
            lines += dump_lines(extraction)
    text = "\n".join(lines) + "\n"
    Path(args.out).write_text(text, encoding="utf-8")
    print(f"sha256 {hashlib.sha256(text.encode('utf-8')).hexdigest()}  {len(lines)} lines  {args.out}")
    for line in timings:
        print(line)


if __name__ == "__main__":
    main()
