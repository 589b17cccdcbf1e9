"""Extraction throughput on one core: MB of plain text per second.

Builds a synthetic corpus by drawing paragraphs from the sample corpus and the
development set (documents of about 6 KB each, shuffled with a fixed seed), then
extracts every document in this process and reports MB/s.

    python benchmarks/extraction.py --megabytes 4
"""
from __future__ import annotations

import argparse
import random
import time
from pathlib import Path

from graph.model import Document
from loaders.extract import Extractor
from loaders.readers import read_document
from loaders.text import paragraphs

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def paragraph_pool() -> list[str]:
    pool = []
    for folder in (SEEDS / "corpus", SEEDS / "eval" / "dev"):
        for path in sorted(folder.iterdir()):
            if path.suffix in (".txt", ".md", ".html"):
                text = read_document(path).text
                pool += [text[start:end] for start, end in paragraphs(text)]
    return pool


def synthetic_documents(megabytes: float, seed: int = 7, size: int = 6000) -> list[Document]:
    """Documents of about ``size`` characters, ``megabytes`` in all."""
    rng = random.Random(seed)
    pool = paragraph_pool()
    documents, total = [], 0
    while total < megabytes * 1_000_000:
        parts, length = [], 0
        while length < size:
            part = rng.choice(pool)
            parts.append(part)
            length += len(part) + 2
        text = "\n\n".join(parts)
        documents.append(Document(Document.content_id(text.encode()), f"synthetic-{len(documents)}.txt", "", text, "txt"))
        total += len(text)
    return documents


def measure(megabytes: float) -> dict:
    extractor = Extractor()
    extractor.extract_text("Russia sold the S-400 to China.")  # builds the automaton outside the timing
    documents = synthetic_documents(megabytes)
    size = sum(len(d.text.encode("utf-8")) for d in documents)
    start, start_cpu = time.perf_counter(), time.process_time()
    relations = sum(len(extractor.extract_document(d).relations) for d in documents)
    elapsed, cpu = time.perf_counter() - start, time.process_time() - start_cpu
    return {
        "documents": len(documents), "megabytes": size / 1e6, "seconds": elapsed, "mb_per_s": size / 1e6 / elapsed,
        # CPU time is what "one core" means when other processes share the machine.
        "cpu_seconds": cpu, "cpu_mb_per_s": size / 1e6 / cpu, "relations": relations,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=float, default=2.0)
    result = measure(parser.parse_args().megabytes)
    print(
        f"{result['documents']} documents, {result['megabytes']:.2f} MB in {result['seconds']:.2f} s: "
        f"{result['mb_per_s']:.2f} MB/s ({result['cpu_seconds']:.2f} s CPU: {result['cpu_mb_per_s']:.2f} MB/s), "
        f"{result['relations']} relations"
    )


if __name__ == "__main__":
    main()
