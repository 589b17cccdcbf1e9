"""What only the Neo4j store does: addresses, connection errors and the server's READ mode.

Behaviour both stores share is tested once per backend in tests/graph/test_store.py.
"""
from __future__ import annotations

import re
import socket

import neo4j
import pytest
from neo4j.exceptions import AuthError

from graph.stores import ReadOnlyError, StoreError
from graph.stores import _cypher
from graph.stores.neo4j import Neo4jStore
from tests.graph.test_records import graph_contents

pytestmark = pytest.mark.neo4j


@pytest.fixture
def store(neo4j_uri):
    with Neo4jStore(neo4j_uri) as opened:
        opened.query("MATCH (n) DETACH DELETE n", write=True)
        yield opened


def host_and_port(uri: str) -> str:
    return uri.split("://", 1)[1]


@pytest.mark.parametrize("scheme", ["bolt", "neo4j"])
def test_bolt_and_routing_addresses_reach_the_server(neo4j_uri, wire, scheme):
    with Neo4jStore(f"{scheme}://{host_and_port(neo4j_uri)}") as store:
        store.query("MATCH (n) DETACH DELETE n", write=True)
        store.write(wire)
        assert store.stats()["labels"]["State"] == 2


def test_a_database_can_be_named(neo4j_uri):
    with Neo4jStore(neo4j_uri, database="neo4j") as store:
        assert store.query("RETURN 1 AS one").rows == [[1]]


def test_a_tls_address_is_accepted_and_fails_only_on_the_connection(neo4j_uri):
    # The test server speaks no TLS, so the handshake is what fails, not the address.
    uri = f"neo4j+s://{host_and_port(neo4j_uri)}"
    with pytest.raises(StoreError, match=f"^cannot reach Neo4j at {re.escape(uri)}: "):
        Neo4jStore(uri)


@pytest.mark.parametrize("scheme", ["bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc"])
def test_every_bolt_scheme_is_accepted_and_fails_only_on_the_connection(scheme):
    # No server and no network needed: the .invalid domain never resolves, so reaching
    # the name lookup proves the address itself was accepted.
    uri = f"{scheme}://nonexistent.invalid:7687"
    with pytest.raises(StoreError) as raised:
        Neo4jStore(uri)
    assert str(raised.value).startswith(f"cannot reach Neo4j at {uri}: ")
    assert "\n" not in str(raised.value)


@pytest.mark.parametrize("uri", ["http://localhost:7474", "https://example.org", "localhost:7687", "bolt+tls://x"])
def test_an_address_that_is_not_bolt_is_refused(uri):
    with pytest.raises(StoreError, match=f"^cannot use {re.escape(repr(uri))} as a Neo4j address"):
        Neo4jStore(uri)


def test_a_server_that_is_down_is_one_line_naming_the_address():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    uri = f"bolt://127.0.0.1:{port}"

    with pytest.raises(StoreError) as raised:
        Neo4jStore(uri)

    assert str(raised.value) == f"cannot reach Neo4j at {uri}: Connection refused"


def test_an_unknown_database_is_named(neo4j_uri):
    with pytest.raises(StoreError, match="^Neo4j has no database named atlantis$"):
        Neo4jStore(neo4j_uri, database="atlantis")
    with pytest.raises(StoreError, match="^Neo4j has no database named atlantis$"):
        Neo4jStore(neo4j_uri, database="atlantis", read_only=True)


class RefusingDriver:
    """A driver for a server that rejects every login (the test server runs without auth)."""

    def session(self, **_):
        raise AuthError("The client is unauthorized due to authentication failure.")

    def close(self):
        pass


def test_refused_credentials_name_the_user(monkeypatch):
    monkeypatch.setattr(neo4j.GraphDatabase, "driver", lambda uri, auth: RefusingDriver())
    with pytest.raises(StoreError, match="^Neo4j refused the credentials for user analyst$"):
        Neo4jStore("bolt://localhost:7687", user="analyst", password="wrong")


def test_the_server_refuses_writes_the_statement_check_misses(store, wire, monkeypatch):
    store.write(wire)
    monkeypatch.setattr(_cypher, "is_write_query", lambda cypher: False)

    with pytest.raises(ReadOnlyError, match="^query is read-only; pass --write to change the graph$"):
        store.query("CREATE (:State {id: 'State:Atlantis', name: 'Atlantis'})")

    assert store.find_entity("Atlantis") is None


def test_a_path_comes_back_as_nodes_and_relationships(store, wire):
    store.write(wire)
    ((path,),) = store.query("MATCH p = (:State {name: 'Russia'})-[:SOLD]->(:WeaponSystem) RETURN p").rows

    assert [node["name"] for node in path["nodes"]] == ["Russia", "S-400"]
    assert [node["_label"] for node in path["nodes"]] == ["State", "WeaponSystem"]
    assert [rel["_type"] for rel in path["relationships"]] == ["SOLD"]


def test_every_label_has_a_uniqueness_constraint_on_id(store):
    constraints = store.query(
        "SHOW CONSTRAINTS YIELD type, labelsOrTypes, properties "
        "WHERE type = 'UNIQUENESS' AND properties = ['id'] RETURN labelsOrTypes[0] AS label"
    )
    assert {label for (label,) in constraints.rows} >= set(store.schema.labels)


def test_every_relationship_type_with_evidence_has_a_uniqueness_constraint_on_id(store):
    constraints = store.query(
        "SHOW CONSTRAINTS YIELD type, labelsOrTypes, properties "
        "WHERE type = 'RELATIONSHIP_UNIQUENESS' AND properties = ['id'] RETURN labelsOrTypes[0] AS type"
    )
    with_evidence = {rel_type.name for rel_type in store.schema.relationships.values() if rel_type.provenance}
    assert {type_name for (type_name,) in constraints.rows} == with_evidence


def test_a_relation_named_again_in_a_later_batch_gains_its_evidence(store, wire, analysis):
    # Loading into a type with no relationships creates without reading the store first;
    # the id constraint catches the relation the records name twice (wire and analysis
    # both state the sale to China), and that batch is merged with the stored one.
    store.write(wire)
    store.write(analysis)
    reference = graph_contents(store.to_networkx())
    halves = []
    for extraction in (wire, analysis):
        store.query("MATCH (n) DETACH DELETE n", write=True)
        store.write(extraction)
        halves.append(list(store.records()))
    store.query("MATCH (n) DETACH DELETE n", write=True)
    nodes = [record for half in halves for record in half if record["record"] in ("document", "entity")]
    links = [record for half in halves for record in half if record["record"] not in ("document", "entity")]

    summary = store.load_records(nodes + links, batch_size=1)

    assert graph_contents(store.to_networkx()) == reference
    assert (summary.relations_added, summary.evidence_added) == (4, 5)
