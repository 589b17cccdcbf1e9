"""The graph read out of a store a page at a time (``entity_pages``, ``relation_pages``),
and the neo4j-admin CSV export that streams it, on every store."""
from __future__ import annotations

import csv
import gc
import weakref

import pytest

from graph.exporters import export_csv
from graph.stores.embedded import EmbeddedStore
from tests.graph.test_records import corpus  # noqa: F401  (the ingested sample corpus)


@pytest.fixture
def loaded(store, corpus):  # noqa: F811
    """The test's store holding the sample corpus."""
    with EmbeddedStore(corpus, read_only=True) as original:
        store.load_records(original.records())
    return store


def evidence_types(store):
    return [rel_type.name for rel_type in store.schema.relationships.values() if rel_type.provenance]


def held_relations(store, type_name: str) -> dict[str, tuple]:
    """``{relation id: (source id, target id, evidence sentences in order)}``, read with plain Cypher."""
    rows = store.query(f"MATCH (s)-[r:{type_name}]->(t) RETURN r.id, s.id, t.id").rows
    sentences = {}
    for key, relation, sentence in store.query(
        "MATCH (e:Evidence {type: $type}) RETURN e.id, e.relation, e.sentence", {"type": type_name}
    ).rows:
        sentences.setdefault(relation, []).append((int(key.rsplit(":", 1)[1]), sentence))
    return {relation: (source, target, [sentence for _, sentence in sorted(sentences[relation])])
            for relation, source, target in rows}


def test_pages_hold_every_entity_and_relation_once_and_no_more_than_asked(loaded):
    for label in loaded.schema.entity_labels:
        pages = list(loaded.entity_pages(label, size=7))
        assert all(0 < len(page) <= 7 for page in pages)
        ids = [node for page in pages for node, _ in page]
        assert sorted(ids) == sorted(node for (node,) in loaded.query(f"MATCH (n:{label}) RETURN n.id").rows)
        assert all(attributes["label"] == label for page in pages for _, attributes in page)
    for type_name in evidence_types(loaded):
        pages = list(loaded.relation_pages(type_name, size=5))
        assert all(0 < len(page) <= 5 for page in pages)
        read = {key: (source, target, [ev["sentence"] for ev in attributes["evidence"]])
                for page in pages for source, target, key, attributes in page}
        assert sum(len(page) for page in pages) == len(read)
        assert read == held_relations(loaded, type_name)
    assert sum(len(page) for page in loaded.relation_pages("SOLD", size=5)) > 5  # several pages were read


def test_the_csv_export_of_a_store_holds_what_the_store_holds(loaded, tmp_path):
    written = export_csv(loaded, tmp_path)
    delimiter = chr(int(written.command.split("--array-delimiter=U+")[1][:4], 16))
    stats = loaded.stats()
    assert written.entities == sum(count for label, count in stats["labels"].items() if label != "Document")
    assert written.relations == sum(count for name, count in stats["types"].items() if name != "MENTIONS")
    evidence = read_rows(tmp_path / "nodes_Evidence.csv")
    assert written.evidence == len(evidence) == loaded.query("MATCH (e:Evidence) RETURN count(e)").rows[0][0]
    assert f"--nodes={tmp_path / 'nodes_Evidence.csv'}" in written.command
    for type_name in evidence_types(loaded):
        held = held_relations(loaded, type_name)
        path = tmp_path / f"relationships_{type_name}.csv"
        assert path.exists() == bool(held) and (f"--relationships={path}" in written.command) == bool(held)
        if held:
            sentences = {}
            for row in evidence:  # numbered in order from 0
                if row["type"] == type_name:
                    sentences.setdefault(row["relation"], []).append(row["sentence"])
            assert {row["id"]: (row[":START_ID"], row[":END_ID"], sentences[row["id"]])
                    for row in read_rows(path)} == held
            assert all(int(row["evidence_next:long"]) == len(sentences[row["id"]]) for row in read_rows(path))


def read_rows(path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as rows:
        return [dict(zip(header, row)) for header in [next(csv.reader(rows))] for row in csv.reader(rows)]


class Tracked(dict):
    """An attributes dict that can be watched: alive while the export holds its row."""


class WatchedStore:
    """A store handing out small pages of rows it keeps watch on."""

    def __init__(self, store, size: int):
        self.store, self.schema, self.size = store, store.schema, size
        self.handed_out: list[weakref.ref] = []
        self.most_alive = 0

    def entity_pages(self, label):
        for page in self.store.entity_pages(label, self.size):
            self._count_alive()
            yield [(node, self._watched(attributes)) for node, attributes in page]

    def relation_pages(self, type_name):
        for page in self.store.relation_pages(type_name, self.size):
            self._count_alive()
            yield [(source, target, key, self._watched(attributes)) for source, target, key, attributes in page]

    def _count_alive(self) -> None:
        gc.collect()
        self.most_alive = max(self.most_alive, sum(row() is not None for row in self.handed_out))

    def _watched(self, attributes: dict) -> Tracked:
        tracked = Tracked(attributes)
        self.handed_out.append(weakref.ref(tracked))
        return tracked


def test_the_csv_export_holds_a_page_or_two_of_rows_whatever_the_graph_size(loaded, tmp_path):
    watched = WatchedStore(loaded, size=4)
    written = export_csv(watched, tmp_path)
    assert len(watched.handed_out) == written.entities + written.relations > 100
    # When a page is read, the rows of the page before it at most: nothing grows with the graph.
    assert watched.most_alive <= 4
