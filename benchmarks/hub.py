"""Writing documents that all state one fact: does a relation many documents support
cost more with every document that repeats it?

Writes ``--documents`` small documents into a fresh embedded store, each stating the
same partnership (one relation that every document adds a sentence to) and a sale of
its own, ``--transaction`` documents per transaction (default one: documents added one
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
    """A document that states the partnership of Russia and China, and a sale of a
    system named after ``number`` (so each document also adds a relation of its own)."""
    partnership = f"Russia and China reaffirmed their strategic partnership in statement {number}."
    sale = f"Russia sold the Tu-{number}M to China."
    text = f"{partnership} {sale}"
    document_id = hashlib.sha256(text.encode()).hexdigest()
    path = f"hub/{number:05d}.txt"
    system = f"Tu-{number}M"
    return Extraction(
        Document(document_id, path, f"Statement {number}", text, "txt"),
        [Entity("Russia", "State", mentions=2), Entity("China", "State", mentions=2), Entity(system, "WeaponSystem")],
        [
            Relation("Russia", "State", "PARTNERS_WITH", "China", "State", {},
                     [Evidence(document_id, path, partnership, 0, len(partnership), (2001 + number % 20,))]),
            Relation("Russia", "State", "SOLD", system, "WeaponSystem", {"to": "China"},
                     [Evidence(document_id, path, sale, len(partnership) + 1, len(text), ())]),
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
    print(
        f"{options.documents} documents, hub relation with {evidence} sentences: writer CPU "
        f"{1000 * sum(costs[:window]) / window:.1f} ms/document over the first {window}, "
        f"{1000 * sum(costs[-window:]) / window:.1f} ms over the last {window}; total {sum(costs):.1f} s; load {loadavg}"
    )


if __name__ == "__main__":
    main()
