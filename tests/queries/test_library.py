"""The saved query library: every query well formed, runnable with its defaults on every
store, and giving the same answer on the embedded store as on Neo4j."""
from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import networkx as nx
import pytest

from graph.ingest import ingest
from graph.library import (
    DIALECTS,
    LibraryError,
    Parameter,
    load_library,
    parse_query,
    saved_query,
)
from graph.stores import open_store
from graph.stores._cypher import is_write_query, tokens
from graph.stores.embedded import EmbeddedStore
from tests.conftest import NEO4J_HARNESS

CORPUS = Path(__file__).resolve().parents[2] / "seeds" / "corpus"
LIBRARY = load_library()
NAMES = sorted(LIBRARY)

# The questions the library must answer, each by the saved query that answers it.
QUESTIONS = {
    "arms transfers by seller, buyer, system and years": "arms-transfers",
    "who acquired a system, from whom, when": "who-acquired",
    "states that bought from two given sellers": "bought-from-both",
    "co-participation of two states in exercises": "joint-exercises",
    "exercises held in a region": "exercises-in-region",
    "shared vetoes (voting blocs)": "shared-vetoes",
    "membership overlap of two organizations": "membership-overlap",
    "partners of partners": "partners-of-partners",
    "the most connected entities": "most-connected",
    "relations one document supports": "weakly-supported",
    "an entity's relations by year": "timeline",
    "the documents supporting a relation": "relation-evidence",
    "an entity's neighbourhood within N hops": "neighbourhood",
}

# The queries that need Cypher of their own on one store, and why. Everything else is
# written once: the test below fails if a variant appears without being listed here.
VARIANTS = {
    ("neighbourhood", "embedded"): "only a SHORTEST pattern is searched breadth-first there, and Neo4j does not parse it",
    ("relation-evidence", "embedded"): "a relationship's type is label(r) there, not type(r); lists count from 1",
    ("timeline", "embedded"): "a relationship's type is label(r) there, not type(r)",
    ("weakly-supported", "embedded"): "a relationship's type is label(r) there, not type(r); lists count from 1",
}


# -- the library is complete and well formed -----------------------------------------


def test_the_library_answers_the_questions_analysts_ask():
    assert len(LIBRARY) >= 15
    missing = {question: name for question, name in QUESTIONS.items() if name not in LIBRARY}
    assert not missing


@pytest.mark.parametrize("name", NAMES)
def test_every_query_has_a_name_a_one_line_description_and_typed_parameters_with_defaults(name):
    query = LIBRARY[name]
    assert query.name == name and query.path.name == f"{name}.cypher"
    assert query.description.endswith(".") and len(query.description) <= 60  # fits a table cell
    for parameter in query.parameters:
        assert parameter.type in ("string", "entity", "int", "float", "bool", "list")
        assert not parameter.required  # every saved query runs with its defaults


def test_variants_are_the_listed_ones_and_each_says_why():
    found = {(name, dialect): query.reasons[dialect] for name, query in LIBRARY.items() for dialect in query.variants}
    assert set(found) == set(VARIANTS)
    assert all(reason.strip() for reason in found.values())


def test_saved_queries_are_read_only():
    assert not [name for name, query in LIBRARY.items() if any(
        is_write_query(query.cypher_for(dialect)) for dialect in DIALECTS)]


# -- running on both stores: defaults and the differential test ----------------------


@pytest.fixture(scope="module")
def corpus_stores(request, tmp_path_factory):
    """The sample corpus loaded into an embedded store and, when the harness runs, into
    Neo4j: ``{"embedded": store, "neo4j": store}``."""
    stores = {"embedded": EmbeddedStore(tmp_path_factory.mktemp("corpus") / "graph.lbug")}
    if NEO4J_HARNESS:
        try:
            stores["neo4j"] = open_store(neo4j_uri=request.getfixturevalue("neo4j_uri"))
        except pytest.skip.Exception:
            pass  # no Java or Maven here: the embedded store alone
        else:
            stores["neo4j"].query("MATCH (n) DETACH DELETE n", write=True)
    for store in stores.values():
        assert not ingest(store, [CORPUS]).failures
    yield stores
    for store in stores.values():
        store.close()


@pytest.fixture(params=["embedded", pytest.param("neo4j", marks=pytest.mark.neo4j)])
def corpus(request, corpus_stores):
    if request.param not in corpus_stores:
        pytest.skip("Neo4j harness not available")
    return corpus_stores[request.param]


@pytest.mark.parametrize("name", NAMES)
def test_every_query_runs_with_its_defaults_and_finds_something_in_the_corpus(corpus, name):
    result = LIBRARY[name].run(corpus)
    assert result.columns
    assert result.rows, f"{name} found nothing in the sample corpus with its defaults"


@pytest.mark.neo4j
@pytest.mark.parametrize("name", NAMES)
def test_embedded_and_neo4j_give_the_same_answer(corpus_stores, name):
    """The differential test: row for row, in order where the query orders its rows."""
    if "neo4j" not in corpus_stores:
        pytest.skip("Neo4j harness not available")
    query = LIBRARY[name]
    embedded, neo4j = (query.run(corpus_stores[dialect]) for dialect in ("embedded", "neo4j"))
    assert embedded.columns == neo4j.columns
    if _ordered(query.cypher):
        assert embedded.rows == neo4j.rows
    else:
        assert sorted(map(repr, embedded.rows)) == sorted(map(repr, neo4j.rows))


def _ordered(cypher: str) -> bool:
    words = [token.text.upper() for token in tokens(cypher) if token.kind == "word"]
    return any(pair == ("ORDER", "BY") for pair in pairwise(words))


# Non-default parameters, on both stores: the answers are the corpus's facts.


def _rows(corpus, name, **values) -> list[dict]:
    result = LIBRARY[name].run(corpus, values)
    return [dict(zip(result.columns, row)) for row in result.rows]


def test_arms_transfers_by_buyer_and_years_resolve_aliases(corpus):
    rows = _rows(corpus, "arms-transfers", buyer="Beijing", since="2015", until="2018")
    assert {(row["seller"], row["buyer"], row["system"]) for row in rows} == {
        ("Russia", "China", "S-400"), ("Russia", "China", "Su-35")}
    assert all(any(2015 <= year <= 2018 for year in row["years"]) for row in rows)


def test_who_acquired_the_s400(corpus):
    buyers = {(row["buyer"], row["seller"]) for row in _rows(corpus, "who-acquired", system="S-400")}
    assert {("China", "Russia"), ("India", "Russia"), ("Turkey", "Russia")} <= buyers


def test_russia_and_china_veto_together_most(corpus):
    top = _rows(corpus, "shared-vetoes", state="Moscow", min_shared=3)[0]
    assert (top["first"], top["second"]) == ("China", "Russia")
    assert top["subjects"] >= 4 and top["same_year"] >= 4


def test_joint_exercises_of_russia_and_china(corpus):
    exercises = {row["exercise"] for row in _rows(corpus, "joint-exercises", first="Russia", second="Beijing")}
    assert {"Vostok-2018", "Tsentr-2019"} <= exercises


def test_relation_evidence_quotes_the_documents(corpus):
    rows = _rows(corpus, "relation-evidence", source="Russia", type="SOLD", target="S-400")
    assert {row["counterpart"] for row in rows} >= {"China", "India", "Turkey"}
    assert all(row["sentence"] and row["document"].endswith((".txt", ".md", ".html")) for row in rows)


def test_neighbourhood_grows_with_hops(corpus):
    near, far = (_rows(corpus, "neighbourhood", entity="S-400", hops=hops) for hops in (1, 2))
    assert {row["hops"] for row in near} == {1} and {row["hops"] for row in far} == {1, 2}
    assert {row["entity"] for row in near} < {row["entity"] for row in far}


def nearest(graph, name: str, hops: int) -> list[tuple]:
    """``(entity, label, hops)`` of every entity within ``hops`` of the one called
    ``name``, by a breadth-first search of the store's graph, in the query's order."""
    start = next(node for node, attributes in graph.nodes(data=True) if attributes["name"] == name)
    distances = nx.single_source_shortest_path_length(graph.to_undirected(as_view=True), start, cutoff=hops)
    found = [(graph.nodes[node]["name"], graph.nodes[node]["label"], distance)
             for node, distance in distances.items() if node != start]
    return sorted(found, key=lambda row: (row[2], row[1], row[0]))


@pytest.mark.parametrize("entity", ["S-400", "Russia", "Vostok-2018"])
def test_neighbourhood_is_each_entity_once_at_its_nearest_distance(corpus, entity):
    graph = corpus.to_networkx()
    for hops in (1, 2):
        rows = _rows(corpus, "neighbourhood", entity=entity, hops=hops, limit=100_000)
        assert [(row["entity"], row["label"], row["hops"]) for row in rows] == nearest(graph, entity, hops)


def test_neighbourhood_is_capped_nearest_first(corpus):
    whole = _rows(corpus, "neighbourhood", entity="Russia", limit=100_000)
    assert len(whole) > 10 and {row["hops"] for row in whole} == {1, 2}
    near = sum(row["hops"] == 1 for row in whole)
    for limit in (10, near - 1, near, near + 1, near + 5):  # the second hop is walked only below the cap
        assert _rows(corpus, "neighbourhood", entity="Russia", limit=limit) == whole[:limit]


def test_an_entity_parameter_binds_the_id_of_the_entity_it_resolves_to(corpus):
    bound = LIBRARY["neighbourhood"].bind({"entity": "beijing"}, corpus)
    (china,) = corpus.query("MATCH (s:State) WHERE s.name = 'China' RETURN s.id").rows
    assert (bound["entity"], bound["entity_id"]) == ("China", china[0])


def test_an_entity_id_is_a_use_of_its_parameter_and_cannot_be_declared_too():
    text = "// name: members\n// description: Members.\n// param organization: entity = BRICS\n"
    query = parse_query(text + "MATCH (s:State)-[:MEMBER_OF]->(o:Organization {id: $organization_id}) RETURN s.name")
    assert [parameter.name for parameter in query.parameters] == ["organization"]
    with pytest.raises(LibraryError, match="organization_id would hide the id of entity parameter organization"):
        parse_query(text + "// param organization_id: string = x\nMATCH (o) WHERE o.id = $organization_id RETURN o")


def test_timeline_is_in_year_order_within_the_range(corpus):
    years = [row["year"] for row in _rows(corpus, "timeline", entity="Russia", since=2014, until=2020)]
    assert years and years == sorted(years) and 2014 <= years[0] and years[-1] <= 2020


# -- parameters: typed, validated, errors that name the parameter --------------------


def test_parameters_given_as_text_are_typed_as_declared():
    query = LIBRARY["arms-transfers"]
    bound = query.bind({"since": "2010", "seller": "Russia"})
    assert bound == {"seller": "Russia", "buyer": None, "system": None, "since": 2010, "until": None,
                     "seller_id": None, "buyer_id": None, "system_id": None}  # no store, so no ids
    assert query.bind({"since": 2010})["since"] == 2010


@pytest.mark.parametrize("values, words", [
    ({"sinse": "2010"}, ["arms-transfers", "'sinse'", "since"]),
    ({"since": "recently"}, ["arms-transfers", "since", "int", "'recently'"]),
    ({"since": True}, ["since", "int"]),
    ({"seller": 7}, ["seller", "entity"]),
])
def test_a_bad_parameter_is_a_one_line_error_naming_it(values, words):
    with pytest.raises(LibraryError) as raised:
        LIBRARY["arms-transfers"].bind(values)
    message = str(raised.value)
    assert "\n" not in message
    assert all(word in message for word in words)


@pytest.mark.parametrize("kind, text, value", [
    ("int", "7", 7), ("float", "2.5", 2.5), ("float", "3", 3.0), ("bool", "yes", True), ("bool", "false", False),
    ("list", '["S-400", "Su-35"]', ["S-400", "Su-35"]), ("list", "S-400, 'Su-35'", ["S-400", "Su-35"]),
    ("string", "'quoted'", "quoted"), ("entity", "null", None),
])
def test_parameter_types_parse_text(kind, text, value):
    assert Parameter("p", kind).parse(text) == value


@pytest.mark.parametrize("kind, text", [("bool", "maybe"), ("list", "[1, 2]"), ("list", "[unclosed"), ("float", "x")])
def test_parameter_types_refuse_what_they_cannot_read(kind, text):
    with pytest.raises(LibraryError, match="parameter p: expected"):
        Parameter("p", kind).parse(text)


def test_an_entity_parameter_must_name_an_entity_in_the_store(tmp_path):
    with EmbeddedStore(tmp_path / "empty.lbug") as store, pytest.raises(LibraryError) as raised:
        LIBRARY["who-acquired"].run(store, {"system": "Atlantis"})
    assert str(raised.value) == "who-acquired: parameter system: no entity named 'Atlantis' in the store"


def test_an_unknown_query_is_an_error_listing_the_known_ones():
    with pytest.raises(LibraryError, match="no saved query named 'arms'; known: arms-transfers, "):
        saved_query("arms")


# -- the header format ----------------------------------------------------------------

MEMBERS = """// name: members
// description: Members of an organization.
// param organization: entity
// param since: int = null
MATCH (s:State)-[r:MEMBER_OF]->(o:Organization)
WHERE o.name = $organization AND (r.year >= $since OR $since IS NULL)
RETURN s.name AS member ORDER BY member
"""


def test_a_parameter_without_a_default_must_be_given():
    query = parse_query(MEMBERS)
    assert query.parameters[0] == Parameter("organization", "entity", required=True)
    with pytest.raises(LibraryError, match="members needs a value for parameter organization"):
        query.bind({})
    assert query.bind({"organization": "BRICS"}) == {"organization": "BRICS", "organization_id": None, "since": None}


@pytest.mark.parametrize("change, problem", [
    (lambda text: text.replace("// name: members\n", ""), "no '// name:' line"),
    (lambda text: text.replace("// description: Members of an organization.\n", ""), "no '// description:' line"),
    (lambda text: text.replace("// name: members", "// name: Members Of"), "not lowercase words joined by hyphens"),
    (lambda text: text.replace("entity\n", "organisation\n"), "unknown type 'organisation'"),
    (lambda text: text.replace("int = null", "int = soon"), "default of since"),
    (lambda text: text.replace("// param since: int = null\n", ""), "uses $since but declares no"),
    (lambda text: text.replace("$since IS NULL", "TRUE").replace("r.year >= $since", "TRUE"), "never uses $since"),
    (lambda text: text.replace("// param since", "// param organization"), "declared twice"),
    (lambda text: text.split("MATCH")[0], "no Cypher after the header"),
])
def test_a_malformed_header_is_an_error_naming_the_file_and_the_problem(tmp_path, change, problem):
    path = tmp_path / "members.cypher"
    path.write_text(change(MEMBERS), encoding="utf-8")
    with pytest.raises(LibraryError) as raised:
        load_library(tmp_path)
    assert str(path) in str(raised.value) and problem in str(raised.value)


def test_the_file_name_must_be_the_query_name(tmp_path):
    (tmp_path / "member-list.cypher").write_text(MEMBERS, encoding="utf-8")
    with pytest.raises(LibraryError, match="the file must be members.cypher"):
        load_library(tmp_path)


def test_a_variant_replaces_the_cypher_for_its_dialect_only(tmp_path):
    (tmp_path / "members.cypher").write_text(MEMBERS, encoding="utf-8")
    variant = MEMBERS.split("\n", 4)[4].replace("ORDER BY member", "ORDER BY member DESC")
    (tmp_path / "members.embedded.cypher").write_text(f"// why: for the test\n{variant}", encoding="utf-8")
    query = load_library(tmp_path)["members"]
    assert query.cypher_for("embedded").endswith("DESC") and query.cypher_for("neo4j").endswith("member")
    assert query.reasons == {"embedded": "for the test"}


@pytest.mark.parametrize("file, text, problem", [
    ("members.embedded.cypher", "MATCH (n) RETURN n", "one '// why:' line"),
    ("members.neo5.cypher", "// why: newer\nMATCH (n) RETURN n", "unknown dialect 'neo5'"),
    ("others.neo4j.cypher", "// why: x\nMATCH (n) RETURN n", "no others.cypher"),
    ("members.neo4j.cypher", "// why: x\nMATCH (n) WHERE n.name = $name RETURN n", "uses $name"),
])
def test_a_bad_variant_is_an_error(tmp_path, file, text, problem):
    (tmp_path / "members.cypher").write_text(MEMBERS, encoding="utf-8")
    (tmp_path / file).write_text(text, encoding="utf-8")
    with pytest.raises(LibraryError, match=problem.replace("$", r"\$")):
        load_library(tmp_path)
