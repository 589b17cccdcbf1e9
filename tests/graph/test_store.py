"""Behaviour every store shares; each test runs once per backend through ``store``."""
from __future__ import annotations

from dataclasses import replace

import neo4j
import pytest

from graph.model import Entity, Extraction, Relation
from graph.schema import load_schema
from graph.stores import ReadOnlyError, StoreError
from graph.stores.base import ExtractionRefused, ForgetSummary, WriteSummary
from graph.stores.embedded import EmbeddedStore
from tests.conftest import evidence, make_document

SCHEMA = load_schema()
SALES = (
    "MATCH (:State {name: $seller})-[r:SOLD]->(:WeaponSystem {name: $system}) "
    "RETURN r.`to` AS buyer, r.evidence_count AS evidence, r.years AS years, r.year AS year, "
    "r.id AS id, r.document_count AS document_count ORDER BY buyer"
)
# A relation's sentences, read as README shows an analyst.
EVIDENCE = "MATCH (e:Evidence {relation: $id}) RETURN e.id AS id, e.document AS document, e.sentence AS sentence"


def s400_sales(store) -> dict[str, dict]:
    """Russia's S-400 sales by buyer, as the store reports them through Cypher, with the
    documents their evidence comes from in the order it was added."""
    result = store.query(SALES, {"seller": "Russia", "system": "S-400"})
    sales = {}
    for buyer, evidence, years, year, relation_id, document_count in result.rows:
        documents = list(dict.fromkeys(document for _, document, _ in evidence_of(store, relation_id)))
        assert document_count == len(documents)
        sales[buyer] = {"evidence": evidence, "documents": documents, "years": years, "year": year}
    return sales


def evidence_of(store, relation_id: str) -> list[list]:
    """``[id, document, sentence]`` of a relation's Evidence nodes, in the order they were added."""
    rows = store.query(EVIDENCE, {"id": relation_id}).rows
    return sorted(rows, key=lambda row: int(row[0].rsplit(":", 1)[1]))


def edges(store) -> list[tuple]:
    """Every relation with its type, properties and evidence, in a stable order."""
    graph = store.to_networkx()
    return sorted(
        (source, target, key, attributes["type"], sorted(attributes["properties"].items()),
         attributes["years"], sorted(tuple(sorted(ev.items())) for ev in attributes["evidence"]))
        for source, target, key, attributes in graph.edges(keys=True, data=True)
    )


def empty_stats() -> dict:
    return {
        "labels": {label: 0 for label in SCHEMA.labels},
        "types": {name: 0 for name in SCHEMA.relationships},
    }


class ExplodingRelation(Relation):
    """A relation that fails while the store writes it, as a crashing extractor would."""

    @property
    def id(self) -> str:
        raise RuntimeError("extractor crashed mid-write")


# -- writing ------------------------------------------------------------------------


def test_write_reports_what_it_added(store, wire):
    assert store.write(wire) == WriteSummary(
        document_added=True, entities_added=3, relations_added=3, evidence_added=3
    )


def test_writing_a_document_twice_changes_nothing(store, wire):
    store.write(wire)
    stats, relations = store.stats(), edges(store)

    again = Extraction(replace(wire.document), list(wire.entities), list(wire.relations))
    assert store.write(again) == WriteSummary()
    assert store.stats() == stats
    assert edges(store) == relations


def test_a_second_document_adds_evidence_not_a_duplicate_relation(store, wire, analysis):
    store.write(wire)
    summary = store.write(analysis)

    assert summary == WriteSummary(document_added=True, entities_added=1, relations_added=1, evidence_added=2)
    china = s400_sales(store)["China"]
    assert china["evidence"] == 2
    assert china["documents"] == [wire.document.id, analysis.document.id]
    assert china["years"] == [2018, 2020]
    assert china["year"] == 2018


def test_the_buyer_distinguishes_two_sales_of_one_system(store, wire, analysis):
    store.write(wire)
    store.write(analysis)

    assert sorted(s400_sales(store)) == ["China", "India"]
    assert store.stats()["types"]["SOLD"] == 2
    assert s400_sales(store)["India"]["documents"] == [analysis.document.id]


def test_one_sentence_stated_twice_in_a_document_is_one_piece_of_evidence(store, wire):
    sale = wire.relations[0]
    wire.relations = [sale, replace(sale, evidence=list(sale.evidence) * 2)]

    summary = store.write(wire)

    assert (summary.relations_added, summary.evidence_added) == (1, 1)
    assert s400_sales(store)["China"]["evidence"] == 1


def test_a_stated_year_dates_evidence_that_gives_none(store, veto):
    store.write(veto)
    result = store.query(
        "MATCH (:State {name: $vetoer})-[r:VETOED]->(:State {name: $subject}) RETURN r.forum, r.year, r.years",
        {"vetoer": "China", "subject": "Syria"},
    )
    assert result.rows == [["UN Security Council", 2017, [2017]]]


@pytest.mark.parametrize("order", ["plan first", "fact first"])
def test_a_plan_stays_a_plan_until_a_document_states_it_as_fact(store, plan, wire, order):
    purchase = "MATCH (:State {name: 'China'})-[r:ACQUIRED]->(:WeaponSystem) RETURN r.planned, r.evidence_count"
    store.write(plan if order == "plan first" else wire)
    assert store.query(purchase).rows == [[order == "plan first", 1]]

    store.write(wire if order == "plan first" else plan)
    assert store.query(purchase).rows == [[False, 2]]


@pytest.mark.parametrize("order", ["wire first", "analysis first"])
def test_aliases_add_up_and_the_gazetteer_outranks_discovery(store, wire, analysis, order):
    for extraction in ([wire, analysis] if order == "wire first" else [analysis, wire]):
        store.write(extraction)

    assert set(store.find_entity("Russia").aliases) == {"Moscow", "Russian Federation"}
    assert store.find_entity("S-400").discovered is False


def test_write_refuses_a_relation_the_schema_does_not_allow(store, wire):
    backwards = Relation("S-400", "WeaponSystem", "SOLD", "Russia", "State", {}, wire.relations[0].evidence)
    wire.relations.append(backwards)

    with pytest.raises(StoreError, match="SOLD"):
        store.write(wire)
    assert store.stats() == empty_stats()


def test_a_failed_write_leaves_nothing_half_written(store, wire, analysis):
    store.write(analysis)
    stats, relations = store.stats(), edges(store)
    crashing = wire.relations[-1]
    wire.relations.append(ExplodingRelation(**{**vars(crashing), "type": "OPERATES", "properties": {}}))

    with pytest.raises(RuntimeError, match="extractor crashed"):
        store.write(wire)

    assert not store.has_document(wire.document.id)
    assert store.stats() == stats
    assert edges(store) == relations
    wire.relations.pop()
    assert store.write(wire).document_added


def test_writing_many_at_once_stores_and_tells_what_writing_them_in_turn_does(store, tmp_path, wire, analysis, veto):
    again = Extraction(replace(wire.document), list(wire.entities), list(wire.relations))
    with EmbeddedStore(tmp_path / "in-turn.lbug") as in_turn:
        expected = [in_turn.write(extraction) for extraction in (wire, analysis, again, veto)]

        assert store.write_many([wire, analysis, again, veto]) == expected
        assert store.stats() == in_turn.stats()
        assert edges(store) == edges(in_turn)


def test_writing_many_at_once_keeps_out_only_the_refused_extraction(store, wire, analysis):
    wire.relations.append(Relation("S-400", "WeaponSystem", "SOLD", "Russia", "State", {}, wire.relations[0].evidence))

    refused, written = store.write_many([wire, analysis])

    assert isinstance(refused, ExtractionRefused) and "SOLD" in str(refused)
    assert written.document_added
    assert store.held_documents([wire.document.id, analysis.document.id]) == {analysis.document.id}


# -- documents and forgetting -------------------------------------------------------


def test_has_document_follows_writes_and_forgets(store, wire):
    assert not store.has_document(wire.document.id)
    store.write(wire)
    assert store.has_document(wire.document.id)
    store.forget(wire.document.id)
    assert not store.has_document(wire.document.id)


@pytest.mark.parametrize("named_by", ["id", "path", "title"])
def test_forget_removes_only_what_the_document_alone_supported(store, wire, analysis, named_by):
    store.write(wire)
    stats, relations = store.stats(), edges(store)
    store.write(analysis)

    summary = store.forget(getattr(analysis.document, named_by))

    assert (summary.documents_removed, summary.relations_removed,
            summary.evidence_removed, summary.entities_removed) == (1, 1, 2, 1)
    assert store.find_entity("India") is None
    assert store.has_document(wire.document.id)
    assert store.stats() == stats
    assert edges(store) == relations
    assert s400_sales(store)["China"] == {
        "evidence": 1, "documents": [wire.document.id], "years": [2018], "year": 2018
    }


def partnership_statements(count: int, first: int = 0) -> list[Extraction]:
    """``count`` documents, each restating the partnership of Russia and China in its own words."""
    extractions = []
    for number in range(first, first + count):
        sentence = f"Moscow and Beijing reaffirmed their partnership, communique number {number} said."
        document = make_document(f"statements/{number:03d}.txt", f"Communique {number}", "A preamble.", sentence)
        extractions.append(Extraction(document, relations=[
            Relation("Russia", "State", "PARTNERS_WITH", "China", "State", {},
                     [evidence(document, sentence, 2000 + number)]),
        ]))
    return extractions


def partnership(store) -> tuple[dict, list[str]]:
    """The partnership's stored properties and the documents of its sentences, in order."""
    ((relation,),) = store.query("MATCH (:State {name: 'Russia'})-[r:PARTNERS_WITH]->(:State) RETURN r").rows
    return relation, [document for _, document, _ in evidence_of(store, relation["id"])]


def test_a_relation_many_documents_state_keeps_every_sentence_in_order(store):
    statements = partnership_statements(40)
    for extraction in statements[:5]:  # a transaction each
        store.write(extraction)
    store.write_many(statements[5:25])  # one transaction
    store.write_many(statements[25:])

    relation, documents = partnership(store)
    assert documents == [extraction.document.id for extraction in statements]
    assert (relation["evidence_count"], relation["document_count"], relation["evidence_next"]) == (40, 40, 40)
    assert relation["years"] == list(range(2000, 2040)) and relation["year"] == 2000
    (read,) = [r for r in store.relations("State:Russia") if r.type == "PARTNERS_WITH"]
    assert [ev.document for ev in read.evidence] == documents
    assert [ev.sentence for ev in read.evidence] == [e.relations[0].evidence[0].sentence for e in statements]


def test_forgetting_one_document_removes_only_its_evidence_and_the_rest_keep_their_order(store):
    first, second, third, fourth = partnership_statements(4)
    store.write_many([first, second, third])

    summary = store.forget(second.document.path)

    assert (summary.evidence_removed, summary.relations_removed) == (1, 0)
    relation, documents = partnership(store)
    assert documents == [first.document.id, third.document.id]
    assert (relation["evidence_count"], relation["document_count"], relation["years"]) == (2, 2, [2000, 2002])
    assert store.query("MATCH (e:Evidence) RETURN count(e)").rows == [[2]]
    # Numbers are never reused: what comes later goes after what is there, a document
    # loaded again included.
    store.write_many([fourth, second])
    relation, documents = partnership(store)
    assert documents == [first.document.id, third.document.id, fourth.document.id, second.document.id]
    assert [row[0].rsplit(":", 1)[1] for row in evidence_of(store, relation["id"])] == ["0", "2", "3", "4"]
    assert (relation["evidence_count"], relation["evidence_next"]) == (4, 5)


def test_a_store_with_evidence_in_the_lists_of_an_earlier_layout_is_refused(open_backend, wire):
    store = open_backend()
    store.write(wire)
    if store.dialect == "embedded":
        store.query("ALTER TABLE SOLD ADD evidence_sentences STRING[]", write=True)
        store.query("COMMENT ON TABLE Document IS 'tiegraph schema of an earlier layout'", write=True)
    else:
        store.query("MATCH ()-[r:SOLD]->() SET r.evidence_sentences = ['Russia sold the S-400.']", write=True)
    store.close()

    try:
        for read_only in (False, True):
            with pytest.raises(StoreError, match="evidence in the lists of an earlier tiegraph; ingest its documents again"):
                open_backend(read_only=read_only)
    finally:
        if store.dialect == "neo4j":  # the next test's store opens on the same database
            with neo4j.GraphDatabase.driver(store.uri) as driver:
                driver.execute_query("MATCH (n) DETACH DELETE n")


def test_forgetting_the_only_document_empties_the_graph(store, wire):
    store.write(wire)
    store.forget(wire.document.path)
    assert store.stats() == empty_stats()


def test_forgetting_an_unknown_document_changes_nothing(store, wire):
    store.write(wire)
    stats = store.stats()
    assert store.forget("no-such-report.pdf") == ForgetSummary()
    assert store.stats() == stats


# -- reading ------------------------------------------------------------------------


def test_stats_name_every_label_and_type_even_when_absent(store, wire):
    assert store.stats() == empty_stats()
    store.write(wire)

    stats = store.stats()
    assert stats["labels"] == {**empty_stats()["labels"], "State": 2, "WeaponSystem": 1, "Document": 1}
    assert stats["types"] == {
        **empty_stats()["types"], "SOLD": 1, "PARTNERS_WITH": 1, "ACQUIRED": 1, "MENTIONS": 3
    }


@pytest.mark.parametrize("name, expected", [
    ("Russia", "Russia"), ("russia", "Russia"), ("BEIJING", "China"), ("moscow", "Russia"),
])
def test_find_entity_by_name_or_alias_ignoring_case(store, wire, name, expected):
    store.write(wire)
    entity = store.find_entity(name)
    assert (entity.name, entity.label) == (expected, "State")


@pytest.fixture
def namesakes() -> Extraction:
    """Entities of different labels with one name: Georgia the state and the region, and
    Sarmat the missile and an exercise stored as SARMAT."""
    sentences = ("Georgia sent ships to the Black Sea coast of Georgia.", "SARMAT tested the Sarmat.")
    return Extraction(
        make_document("news/namesakes.txt", "Namesakes", *sentences),
        entities=[
            Entity("Georgia", "State", aliases=("Sakartvelo",), mentions=1),
            Entity("Georgia", "Region", mentions=2),
            Entity("Sarmat", "WeaponSystem", mentions=3),
            Entity("SARMAT", "Exercise", mentions=4),
        ],
        relations=[],
    )


@pytest.mark.parametrize("name, expected", [
    ("Georgia", ("Georgia", "State", 1)),  # exact in two labels: schema label order
    ("GEORGIA", ("Georgia", "State", 1)),
    ("sakartvelo", ("Georgia", "State", 1)),
    ("Sarmat", ("Sarmat", "WeaponSystem", 3)),
    ("SARMAT", ("SARMAT", "Exercise", 4)),  # an exact stored name beats an earlier label's
    ("sarmat", ("Sarmat", "WeaponSystem", 3)),
])
def test_find_entity_prefers_an_exact_name_then_label_order(store, namesakes, name, expected):
    store.write(namesakes)
    entity = store.find_entity(name)
    assert (entity.name, entity.label, entity.mentions) == expected


def test_find_entity_returns_none_for_strangers(store, wire):
    store.write(wire)
    assert store.find_entity("Atlantis") is None


def test_to_networkx_holds_entities_and_relations_with_evidence(store, wire):
    store.write(wire)
    graph = store.to_networkx()

    assert set(graph.nodes) == {"State:Russia", "State:China", "WeaponSystem:S-400"}
    assert graph.nodes["State:Russia"] == {
        "name": "Russia", "label": "State", "aliases": ["Moscow"], "discovered": False
    }
    assert graph.number_of_edges() == 3
    sale = wire.relations[0]
    edge = graph.edges["State:Russia", "WeaponSystem:S-400", sale.id]
    assert edge["type"] == "SOLD"
    assert edge["properties"] == {"to": "China", "year": 2018, "planned": False}
    assert edge["years"] == [2018]
    (ev,) = edge["evidence"]
    assert ev == {
        "document": wire.document.id, "path": "news/wire-s400.txt",
        "sentence": "Russia sold the S-400 to China in 2018.", "start": ev["start"], "end": ev["end"], "years": [2018],
    }
    assert wire.document.text[ev["start"]:ev["end"]] == ev["sentence"]


def test_a_symmetric_relation_is_found_from_either_side(store, wire):
    store.write(wire)
    partners = "MATCH (:State {name: $name})-[:PARTNERS_WITH]-(other:State) RETURN other.name"
    assert store.query(partners, {"name": "Russia"}).rows == [["China"]]
    assert store.query(partners, {"name": "China"}).rows == [["Russia"]]


def test_query_with_parameters(store, wire, analysis):
    store.write(wire)
    store.write(analysis)

    result = store.query(
        "MATCH (s:State {name: $seller})-[r:SOLD]->(w:WeaponSystem) "
        "WHERE r.year >= $since RETURN w.name AS system, r.`to` AS buyer ORDER BY buyer",
        {"seller": "Russia", "since": 2015},
    )

    assert result.columns == ["system", "buyer"]
    assert result.rows == [["S-400", "China"], ["S-400", "India"]]


def test_query_returns_nodes_and_relationships_as_plain_dicts(store, wire):
    store.write(wire)
    ((seller, sale),) = store.query(
        "MATCH (s:State)-[r:SOLD]->(:WeaponSystem) RETURN s, r"
    ).rows

    assert seller["_label"] == "State"
    assert (seller["id"], seller["name"], seller["aliases"]) == ("State:Russia", "Russia", ["Moscow"])
    assert sale["_type"] == "SOLD"
    assert (sale["to"], sale["evidence_count"], sale["years"]) == ("China", 1, [2018])


def test_query_errors_are_one_line_store_errors(store):
    with pytest.raises(StoreError) as raised:
        store.query("MATCH (n RETURN n")
    assert "\n" not in str(raised.value)


def test_query_with_a_missing_parameter_is_an_error(store, wire):
    store.write(wire)
    with pytest.raises(StoreError):
        store.query("MATCH (s:State {name: $name}) RETURN s.id")


# -- read-only ----------------------------------------------------------------------


@pytest.mark.parametrize("cypher", [
    "CREATE (:State {id: 'State:Atlantis', name: 'Atlantis'})",
    "MATCH (s:State) SET s.name = 'Rus'",
    "MATCH (n) DETACH DELETE n",
    "// only looking\nMERGE (:State {id: 'State:Atlantis'})",
    "/* a comment that says RETURN */ MATCH (s:State) REMOVE s.aliases",
    "MATCH (s:State) WITH s /* 'quoted' */ DELETE s",
])
def test_a_read_only_query_refuses_writes(store, wire, cypher):
    store.write(wire)
    stats, relations = store.stats(), edges(store)

    with pytest.raises(ReadOnlyError, match="^query is read-only; pass --write to change the graph$"):
        store.query(cypher)

    assert store.stats() == stats
    assert edges(store) == relations


@pytest.mark.parametrize("cypher", [
    "MATCH (s:State) WHERE s.name <> 'CREATE' RETURN count(s) AS states",
    'MATCH (s:State) WHERE s.name <> "MERGE (x)" RETURN count(s) AS states',
    "// CREATE nothing, DELETE nothing\nMATCH (s:State) RETURN count(s) AS states",
    "MATCH (s:State) RETURN count(s) AS states /* SET s.name = 'x' */",
])
def test_write_words_in_literals_and_comments_are_not_writes(store, wire, cypher):
    store.write(wire)
    assert store.query(cypher).rows == [[2]]


def test_a_write_query_changes_the_graph_when_asked_to(store, wire):
    store.write(wire)
    store.query("MATCH (s:State {name: $name}) SET s.community = 7", {"name": "Russia"}, write=True)
    assert store.query("MATCH (s:State {community: 7}) RETURN s.name").rows == [["Russia"]]


def test_a_read_only_store_refuses_every_write(open_backend, wire, analysis):
    writer = open_backend()
    writer.write(wire)
    writer.close()
    reader = open_backend(read_only=True)

    with pytest.raises(ReadOnlyError):
        reader.query("CREATE (:State {id: 'State:Atlantis', name: 'Atlantis'})", write=True)
    with pytest.raises(ReadOnlyError):
        reader.write(analysis)
    with pytest.raises(ReadOnlyError):
        reader.forget(wire.document.id)
    assert reader.stats()["labels"]["State"] == 2


def test_dates_come_back_as_iso_strings(store):
    assert store.query("RETURN date('2018-05-01') AS delivered").rows == [["2018-05-01"]]
