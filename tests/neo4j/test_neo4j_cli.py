"""The command line against Neo4j: database choice, connection errors in one line,
READ mode for queries, and copying a graph to the server and back."""
from __future__ import annotations

import json
import socket
import time

import neo4j
import pytest

from graph.stores.neo4j import Neo4jStore
from tests.neo4j.test_neo4j_store import RefusingDriver
from tests.test_cli import assert_one_line_error, run

pytestmark = pytest.mark.neo4j

NO_CREDENTIALS = {"NEO4J_USERNAME": None, "NEO4J_PASSWORD": None, "TIEGRAPH_NEO4J_URI": None, "TIEGRAPH_STORE": None}


@pytest.fixture
def server(neo4j_uri):
    """The test server's URI, its database emptied."""
    with Neo4jStore(neo4j_uri) as store:
        store.query("MATCH (n) DETACH DELETE n", write=True)
    return neo4j_uri


def on_neo4j(uri: str, *args, env: dict | None = None):
    return run("--neo4j", uri, *args, env={**NO_CREDENTIALS, **(env or {})})


def test_an_unknown_database_is_one_line(server):
    assert_one_line_error(on_neo4j(server, "--database", "nosuchdb", "stats"), "Neo4j has no database named nosuchdb")
    assert_one_line_error(on_neo4j(server, "--database", "nosuchdb", "ingest", "README.md"),
                          "Neo4j has no database named nosuchdb")


def test_the_database_option_reaches_the_server(server, tmp_path):
    (tmp_path / "wire.txt").write_text("Russia sold the S-400 to China in 2018.\n", encoding="utf-8")
    assert on_neo4j(server, "--database", "neo4j", "ingest", tmp_path / "wire.txt").exit_code == 0
    result = on_neo4j(server, "--database", "neo4j", "query", "MATCH (s:State) RETURN s.name ORDER BY s.name",
                      "--format", "json")
    assert result.exit_code == 0, result.output
    assert [row["s.name"] for row in json.loads(result.stdout)] == ["China", "Russia"]


@pytest.mark.parametrize("command", [["stats"], ["ingest", "README.md"]])
def test_a_server_that_is_down_is_one_line_at_once(command):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    started = time.monotonic()
    result = on_neo4j(f"bolt://127.0.0.1:{port}", *command)
    # The driver retries a managed transaction for 30 s; opening a store must not wait for that.
    assert time.monotonic() - started < 10
    assert_one_line_error(result, f"cannot reach Neo4j at bolt://127.0.0.1:{port}: Connection refused")


def test_a_wrong_password_is_one_line(monkeypatch):
    monkeypatch.setattr(neo4j.GraphDatabase, "driver", lambda uri, auth: RefusingDriver())
    result = on_neo4j("neo4j+s://graph.example.org", "stats", env={"NEO4J_USERNAME": "analyst", "NEO4J_PASSWORD": "wrong"})
    assert_one_line_error(result, "Neo4j refused the credentials for user analyst")


def test_a_tls_address_fails_only_on_the_connection(server):
    uri = "bolt+s://" + server.split("://", 1)[1]
    assert_one_line_error(on_neo4j(uri, "stats"), f"cannot reach Neo4j at {uri}:")


def test_a_query_runs_in_read_mode_unless_write_is_given(server):
    create = "CREATE (:State {id: 'State:Atlantis', name: 'Atlantis'})"
    assert_one_line_error(on_neo4j(server, "query", create), "query is read-only; pass --write to change the graph")
    assert on_neo4j(server, "query", create, "--write").exit_code == 0
    result = on_neo4j(server, "query", "MATCH (s:State) RETURN s.name AS name", "--format", "json")
    assert json.loads(result.stdout) == [{"name": "Atlantis"}]


def test_copy_to_neo4j_and_back_gives_the_same_graph(server, tmp_path):
    documents = tmp_path / "docs"
    documents.mkdir()
    (documents / "wire.txt").write_text("Russia sold the S-400 to China in 2018.\n", encoding="utf-8")
    (documents / "notes.md").write_text("# Buyers\n\nIndia bought the Su-30MKI from Russia in 2000.\n", encoding="utf-8")
    local, back = tmp_path / "local.lbug", tmp_path / "back.lbug"
    assert run("--store", local, "ingest", documents).exit_code == 0

    there = run("copy", "--from", local, "--to", server, env=NO_CREDENTIALS)
    again = run("copy", "--from", server, "--to", back, env=NO_CREDENTIALS)

    assert there.exit_code == 0 and again.exit_code == 0, there.output + again.output
    assert there.stdout.rsplit(": ", 1)[1] == again.stdout.rsplit(": ", 1)[1]
    dumps = []
    for store_option in (["--store", local], ["--neo4j", server], ["--store", back]):
        path = tmp_path / f"dump-{len(dumps)}.jsonl"
        assert run(*store_option, "dump", path, env=NO_CREDENTIALS).exit_code == 0
        dumps.append(path.read_bytes())
    assert dumps[0] == dumps[1] == dumps[2]


def test_copy_to_an_unknown_database_is_one_line(server, tmp_path):
    (tmp_path / "wire.txt").write_text("Russia sold the S-400 to China in 2018.\n", encoding="utf-8")
    assert run("--store", tmp_path / "local.lbug", "ingest", tmp_path / "wire.txt").exit_code == 0
    result = run("copy", "--from", tmp_path / "local.lbug", "--to", server, "--to-database", "nosuchdb", env=NO_CREDENTIALS)
    assert_one_line_error(result, "Neo4j has no database named nosuchdb")
