"""Reaching Neo4j as Aura and clusters are reached: a routing address (``neo4j://``) and
TLS (``+s``: the certificate is checked; ``+ssc``: it is not), against a test server that
takes only TLS with a certificate made for the session (tests/neo4j/harness.py)."""
from __future__ import annotations

import json
import re

import pytest

from graph.stores import StoreError
from graph.stores.neo4j import Neo4jStore
from tests.neo4j.harness import neo4j_tls  # noqa: F401  (a fixture)
from tests.neo4j.test_neo4j_cli import on_neo4j
from tests.test_cli import assert_one_line_error

pytestmark = pytest.mark.neo4j


@pytest.fixture
def trusted(neo4j_tls, monkeypatch):
    """The TLS server's address, its certificate trusted as a system authority would be."""
    monkeypatch.setenv("SSL_CERT_FILE", str(neo4j_tls.certificate))
    return neo4j_tls.address


@pytest.fixture
def untrusted(neo4j_tls, monkeypatch):
    """The TLS server's address, its certificate trusted by no one."""
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)
    return neo4j_tls.address


@pytest.mark.parametrize("scheme", ["neo4j+s", "bolt+s"])
def test_a_checked_certificate_carries_writes_and_reads(trusted, wire, scheme):
    with Neo4jStore(f"{scheme}://{trusted}") as store:
        store.query("MATCH (n) DETACH DELETE n", write=True)
        summary = store.write(wire)
        assert summary.relations_added == len(wire.relations)
        assert store.find_entity("Moscow").name == "Russia"


@pytest.mark.parametrize("scheme", ["neo4j+ssc", "bolt+ssc"])
def test_a_self_signed_certificate_is_taken_unchecked_with_ssc(untrusted, wire, scheme):
    with Neo4jStore(f"{scheme}://{untrusted}") as store:
        store.query("MATCH (n) DETACH DELETE n", write=True)
        store.write(wire)
        assert store.stats()["types"]["SOLD"] == 1


@pytest.mark.parametrize("scheme", ["neo4j+s", "bolt+s"])
def test_an_untrusted_certificate_is_one_line_naming_the_way_round(untrusted, scheme):
    uri = f"{scheme}://{untrusted}"
    with pytest.raises(StoreError) as raised:
        Neo4jStore(uri)
    assert str(raised.value) == (
        f"cannot reach Neo4j at {uri}: TLS handshake failed (CERTIFICATE_VERIFY_FAILED); "
        f"for a self-signed certificate use {scheme}sc://"
    )


@pytest.mark.parametrize("scheme", ["neo4j", "bolt"])
def test_plain_bolt_to_a_server_that_takes_only_tls_says_to_use_tls(untrusted, scheme):
    uri = f"{scheme}://{untrusted}"
    with pytest.raises(StoreError, match=f"^cannot reach Neo4j at {re.escape(uri)}: .*; "
                                         f"if the server takes only TLS, use {scheme}\\+s://$"):
        Neo4jStore(uri)


@pytest.mark.parametrize("read_only", [False, True])
def test_an_unknown_database_behind_a_routing_address_is_named(trusted, read_only):
    # Routing asks the server for the database's routing table first, which fails.
    with pytest.raises(StoreError, match="^Neo4j has no database named atlantis$"):
        Neo4jStore(f"neo4j+s://{trusted}", database="atlantis", read_only=read_only)


def test_the_cli_loads_and_queries_through_routing_and_tls(untrusted, tmp_path):
    uri = f"neo4j+ssc://{untrusted}"
    with Neo4jStore(uri) as store:
        store.query("MATCH (n) DETACH DELETE n", write=True)
    (tmp_path / "wire.txt").write_text("Russia sold the S-400 to China in 2018.\n", encoding="utf-8")

    assert on_neo4j(uri, "--database", "neo4j", "ingest", tmp_path / "wire.txt").exit_code == 0
    result = on_neo4j(uri, "query", "MATCH (s:State)-[:SOLD]->(w) RETURN s.name, w.name", "--format", "json")

    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == [{"s.name": "Russia", "w.name": "S-400"}]
    assert_one_line_error(on_neo4j(uri, "--database", "nosuchdb", "stats"), "Neo4j has no database named nosuchdb")
