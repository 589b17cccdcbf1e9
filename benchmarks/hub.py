"""Writing documents that all state one fact: does a relation many documents support
cost more with every document that repeats it?

Writes ``--documents`` small documents into a fresh embedded store, each stating the
same partnership (one relation that every document adds a sentence to) and a relation
of its own, ``--transaction`` documents per transaction (default one: documents added one
at a time, the worst case; 0 for the transactions ``tiegraph ingest`` would use), and
prints the writer's CPU seconds per document over the first and the last ``--window``
documents.

    python -m benchmarks.hub --documents 2000
"""
from __future__ import annotations

import argparse
import hashlib
import tempfile
import time
from pathlib import Path

from graph.ingest import BATCH_CHARACTERS, BATCH_DOCUMENTS, FIRST_BATCH_DOCUMENTS, _batches, _characters
from graph.model import Document, Entity, Evidence, Extraction, Relation
from graph.stores.embedded import EmbeddedStore


def hub_document(number: int) -> Extraction:
    """A document that states the partnership of Russia and China, and a relation of its
    own between entities no other document names (so that each document also adds a
    relation, and the only thing documents share is the partnership and its two ends)."""
    partnership = f"Russia and China reaffirmed their strategic partnership in statement {number}."
    production = f"Plant {number} produced the Tu-{number}M."
    text = f"{partnership} {production}"
    document_id = hashlib.sha256(text.encode()).hexdigest()
    path = f"hub/{number:05d}.txt"
    maker, system = f"Plant {number}", f"Tu-{number}M"
    return Extraction(
        Document(document_id, path, f"Statement {number}", text, "txt"),
        [Entity("Russia", "State", mentions=1), Entity("China", "State", mentions=1),
         Entity(maker, "Organization"), Entity(system, "WeaponSystem")],
        [
            Relation("Russia", "State", "PARTNERS_WITH", "China", "State", {},
                     [Evidence(document_id, path, partnership, 0, len(partnership), (2001 + number % 20,))]),
            Relation(maker, "Organization", "PRODUCED", system, "WeaponSystem", {},
                     [Evidence(document_id, path, production, len(partnership) + 1, len(text), ())]),
        ],
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=2000)
    parser.add_argument("--window", type=int, default=200, help="documents averaged at the start and at the end")
    parser.add_argument("--transaction", type=int, default=1, help="documents per transaction; 0: as ingest batches them")
    options = parser.parse_args()
    documents = [(f"hub/{number:05d}.txt", hub_document(number)) for number in range(options.documents)]
    costs: list[float] = []  # CPU seconds per document, one entry per document
    with tempfile.TemporaryDirectory() as scratch, EmbeddedStore(Path(scratch) / "hub.lbug") as store:
        if options.transaction:
            batches = [documents[start:start + options.transaction] for start in range(0, len(documents), options.transaction)]
        else:
            batches = _batches(iter(documents), BATCH_DOCUMENTS, BATCH_CHARACTERS, _characters, first=FIRST_BATCH_DOCUMENTS)
        for batch in batches:
            before = time.process_time()
            store.write_many([extraction for _, extraction in batch])
            costs += [(time.process_time() - before) / len(batch)] * len(batch)
        (evidence,), = store.query("MATCH (:State)-[r:PARTNERS_WITH]->(:State) RETURN r.evidence_count").rows
    with open("/proc/loadavg", encoding="ascii") as load:
        loadavg = load.read().split()[0]
    window = min(options.window, len(costs))
    averages = [1000 * sum(costs[start:start + window]) / len(costs[start:start + window])
                for start in range(0, len(costs), window)]
    print(
        f"{options.documents} documents, hub relation with {evidence} sentences: writer CPU "
        f"{averages[0]:.1f} ms/document over the first {window}, {1000 * sum(costs[-window:]) / window:.1f} ms "
        f"over the last {window}; total {sum(costs):.1f} s; load {loadavg}\n"
        f"ms/document by {window}s: {' '.join(f'{average:.1f}' for average in averages)}"
    )

if __name__ == "__main__":
    main()
