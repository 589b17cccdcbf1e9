"""The graph as records: every store gives them and takes them, so a graph moves between
stores (``tiegraph copy``) and through a file (``tiegraph dump`` / ``restore``) unchanged.

Each test runs once per backend through ``store``; the sample corpus is ingested once,
into an embedded store, and copied from there.
"""
from __future__ import annotations

import json
import random
import re

import networkx as nx
import pytest

from graph.dump import DumpError, dump, read_dump, restore
from graph.ingest import ingest
from graph.schema import SEEDS
from graph.stores import ReadOnlyError, StoreError
from graph.stores.base import LoadSummary
from graph.stores.embedded import EmbeddedStore
from tests.graph.test_store import edges, s400_sales


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """The path of an embedded store holding the ingested sample corpus."""
    path = tmp_path_factory.mktemp("corpus") / "corpus.lbug"
    with EmbeddedStore(path) as store:
        report = ingest(store, [SEEDS / "corpus"])
    assert report.documents_added == 28 and not report.failures
    return path


@pytest.fixture
def embedded(tmp_path):
    """Opens embedded stores beside the test's ``store``; all are closed after the test."""
    opened = []

    def opener(name, read_only: bool = False) -> EmbeddedStore:
        opened.append(EmbeddedStore(tmp_path / name, read_only=read_only))  # an absolute name stays as it is
        return opened[-1]

    yield opener
    for store in opened:
        store.close()


def graph_contents(graph: nx.MultiDiGraph) -> tuple[dict, dict]:
    """Nodes and edges with every attribute, keyed so that a difference shows where it is."""
    nodes = dict(graph.nodes(data=True))
    relations = {(source, target, key): data for source, target, key, data in graph.edges(keys=True, data=True)}
    return nodes, relations


# -- copying ------------------------------------------------------------------------


def test_a_copy_there_and_back_is_the_same_graph(corpus, store, embedded):
    original = embedded(corpus, read_only=True)
    stats, graph, records = original.stats(), graph_contents(original.to_networkx()), list(original.records())

    there = store.load_records(original.records())
    back = embedded("back.lbug")
    again = back.load_records(store.records())

    relations = sum(count for name, count in stats["types"].items() if name != "MENTIONS")
    entities = sum(count for label, count in stats["labels"].items() if label != "Document")
    evidence = sum(record["properties"]["evidence_count"] for record in records if record["record"] == "relation")
    assert there == again == LoadSummary(len(records), 28, entities, relations, evidence)
    for copy in (store, back):
        assert copy.stats() == stats
        assert graph_contents(copy.to_networkx()) == graph
    assert list(store.records()) == list(back.records()) == records


def test_records_hold_every_property_of_documents_entities_relations_and_mentions(store, wire):
    store.write(wire)
    records = list(store.records())

    assert [record["record"] for record in records] == ["document"] + ["entity"] * 3 + ["relation"] * 3 + ["mention"] * 3
    document = records[0]["properties"]
    assert (document["id"], document["path"], document["title"]) == (
        wire.document.id, "news/wire-s400.txt", "Russia delivers S-400 to China"
    )
    assert document["loaded_at"]
    russia = next(r for r in records if r["record"] == "entity" and r["properties"]["name"] == "Russia")
    assert russia == {"record": "entity", "label": "State", "properties": {
        "id": "State:Russia", "name": "Russia", "aliases": ["Moscow"], "discovered": False, "confidence": 1.0,
    }}
    sale = next(r for r in records if r["record"] == "relation" and r["type"] == "SOLD")
    assert {key: sale[key] for key in ("source_id", "source_label", "target_id", "target_label")} == {
        "source_id": "State:Russia", "source_label": "State",
        "target_id": "WeaponSystem:S-400", "target_label": "WeaponSystem",
    }
    assert sale["properties"]["to"] == "China"
    assert sale["properties"]["evidence_sentences"] == ["Russia sold the S-400 to China in 2018."]
    assert sale["properties"]["evidence_years"] == ["2018"]
    mentions = {r["entity_id"]: r["properties"]["count"] for r in records if r["record"] == "mention"}
    assert mentions == {"State:Russia": 3, "State:China": 3, "WeaponSystem:S-400": 2}


def test_loading_records_a_store_already_holds_changes_nothing(store, wire, analysis):
    store.write(wire)
    store.write(analysis)
    records, stats, relations = list(store.records()), store.stats(), edges(store)

    summary = store.load_records(records)

    assert summary == LoadSummary(records=len(records))
    assert store.stats() == stats
    assert edges(store) == relations
    assert list(store.records()) == records


def test_records_add_evidence_to_the_relations_a_store_holds(store, embedded, wire, analysis):
    store.write(analysis)
    source = embedded("wire.lbug")
    source.write(wire)
    reference = embedded("reference.lbug")
    reference.write(analysis)
    reference.write(wire)

    summary = store.load_records(source.records())

    assert summary == LoadSummary(
        records=10, documents_added=1, entities_added=0, relations_added=2, evidence_added=3
    )
    assert store.stats() == reference.stats()
    assert edges(store) == edges(reference)
    assert s400_sales(store)["China"] == {
        "evidence": 2, "documents": [analysis.document.id, wire.document.id], "years": [2018, 2020], "year": 2018,
    }
    assert set(store.find_entity("Russia").aliases) == {"Moscow", "Russian Federation"}


@pytest.mark.parametrize("batch_size", [1, 2, 1000])
def test_any_batch_size_and_any_order_with_nodes_first_load_the_same(store, embedded, wire, analysis, veto, batch_size):
    source = embedded("source.lbug")
    for extraction in (wire, analysis, veto):
        source.write(extraction)
    records = random.Random(batch_size).sample(list(source.records()), len(list(source.records())))
    records.sort(key=lambda record: record["record"] in ("relation", "mention"))

    store.load_records(records, batch_size=batch_size)

    assert store.stats() == source.stats()
    assert graph_contents(store.to_networkx()) == graph_contents(source.to_networkx())


def test_a_link_before_the_node_it_names_is_refused(store, wire, embedded):
    source = embedded("source.lbug")
    source.write(wire)
    records = list(source.records())
    mention = next(record for record in records if record["record"] == "mention")

    with pytest.raises(StoreError, match="^MENTIONS names Document '"):
        store.load_records([mention, *records], batch_size=1)


def test_a_relation_naming_an_entity_nobody_holds_is_refused(store, wire):
    store.write(wire)
    stats = store.stats()
    sale = next(r for r in store.records() if r["record"] == "relation" and r["type"] == "SOLD")
    stray = {**sale, "target_id": "WeaponSystem:S-500", "properties": {**sale["properties"], "id": "s500"}}

    with pytest.raises(StoreError, match="^SOLD names WeaponSystem 'WeaponSystem:S-500', which neither"):
        store.load_records([stray])

    assert store.stats() == stats


@pytest.mark.parametrize("record, message", [
    ({"record": "planet"}, "unknown record 'planet'"),
    ({"record": "entity", "label": "State", "properties": {"id": "State:Atlantis"}}, "property name is missing"),
    ({"record": "entity", "label": "State", "properties": {"id": "State:X", "name": "X", "aliases": "X"}},
     "property aliases must be STRING[]"),
    ({"record": "entity", "label": "State", "properties": {"id": "State:X", "name": "X", "capital": "Y"}},
     "undeclared properties capital"),
    ({"record": "relation", "type": "SOLD", "source_id": "WeaponSystem:S-400", "source_label": "WeaponSystem",
      "target_id": "State:Russia", "target_label": "State", "properties": {"id": "x"}},
     "the schema does not allow WeaponSystem -> State"),
    ({"record": "relation", "type": "MENTIONS", "source_id": "d", "source_label": "Document",
      "target_id": "State:Russia", "target_label": "State", "properties": {"id": "x"}},
     "'MENTIONS' is not a relationship type with evidence"),
    ({"record": "relation", "type": "SOLD", "source_id": "State:Russia", "source_label": "State",
      "target_id": "WeaponSystem:S-400", "target_label": "WeaponSystem",
      "properties": {"id": "x", "evidence_documents": ["d"], "evidence_sentences": []}},
     "evidence lists differ in length"),
    ({"record": "mention", "document_id": "d", "entity_id": "State:Russia", "entity_label": "State",
      "properties": {"count": "three"}}, "property count must be INT64"),
])
def test_a_record_that_does_not_fit_the_layout_is_refused_before_anything_is_written(store, record, message):
    russia = {"record": "entity", "label": "State", "properties": {"id": "State:Russia", "name": "Russia"}}

    with pytest.raises(StoreError, match=re.escape(message)):
        store.load_records([russia, record])

    assert store.find_entity("Russia") is None


def test_a_read_only_store_refuses_records(open_backend, wire):
    writer = open_backend()
    writer.write(wire)
    records = list(writer.records())
    writer.close()

    with pytest.raises(ReadOnlyError):
        open_backend(read_only=True).load_records(records)


# -- dump and restore ---------------------------------------------------------------


def test_dump_then_restore_round_trips_exactly(corpus, store, embedded, tmp_path):
    written = dump(embedded(corpus, read_only=True), tmp_path / "corpus.jsonl")

    summary = restore(store, tmp_path / "corpus.jsonl")
    assert dump(store, tmp_path / "again.jsonl") == written == summary.records

    assert (tmp_path / "again.jsonl").read_bytes() == (tmp_path / "corpus.jsonl").read_bytes()
    assert not list(tmp_path.glob("*.partial"))
    first = json.loads((tmp_path / "corpus.jsonl").read_text(encoding="utf-8").splitlines()[0])
    assert first["record"] == "document"


def good_lines(store, wire) -> list[str]:
    store.write(wire)
    return [json.dumps(record) for record in store.records()]


@pytest.mark.parametrize("spoil, reason", [
    (lambda line: line[:-1], "not a JSON record"),
    (lambda line: "[1, 2]", "a record is a JSON object, not list"),
    (lambda line: line.replace('"SOLD"', '"BOUGHT"'), "'BOUGHT' is not a relationship type with evidence"),
    (lambda line: line.replace('"WeaponSystem:S-400"', '"WeaponSystem:S-500"'),
     "names WeaponSystem entity 'WeaponSystem:S-500', which the file does not hold"),
])
def test_a_malformed_line_stops_the_restore_naming_file_and_line_before_anything_is_written(
    store, embedded, wire, tmp_path, spoil, reason
):
    lines = good_lines(embedded("source.lbug"), wire)
    spoilt = next(number for number, line in enumerate(lines) if '"SOLD"' in line)
    lines[spoilt] = spoil(lines[spoilt])
    path = tmp_path / "graph.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")

    with pytest.raises(DumpError) as raised:
        restore(store, path)

    message = str(raised.value)
    assert message.startswith(f"{path}:{spoilt + 1}: ")
    assert reason in message
    assert "\n" not in message
    assert store.find_entity("Russia") is None
    assert not store.has_document(wire.document.id)


def test_a_dump_in_any_order_restores(store, embedded, wire, analysis, tmp_path):
    source = embedded("source.lbug")
    source.write(wire)
    source.write(analysis)
    lines = [json.dumps(record) for record in source.records()]
    (tmp_path / "graph.jsonl").write_text("\n".join(reversed(lines)) + "\n", encoding="utf-8")

    restore(store, tmp_path / "graph.jsonl", batch_size=2)

    assert graph_contents(store.to_networkx()) == graph_contents(source.to_networkx())


def test_a_dump_that_is_not_text_is_refused(tmp_path):
    path = tmp_path / "graph.jsonl"
    path.write_bytes(b'{"record": "document"}\n\xff\xfe\x00\n')
    with pytest.raises(DumpError, match=r":1: document: 'properties' must be an object$"):
        read_dump(path)
    path.write_bytes(b"\n\xff\xfe\x00\n")
    with pytest.raises(DumpError, match=r":2: not UTF-8 text$"):
        read_dump(path)
