"""Choosing a store: arguments first, then the environment, then ./tiegraph.lbug."""
from __future__ import annotations

import sys
import types

import pytest

from graph.stores import StoreError, open_location, open_store
from graph.stores.embedded import EmbeddedStore


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch, tmp_path):
    for name in ("TIEGRAPH_STORE", "TIEGRAPH_NEO4J_URI", "NEO4J_USERNAME", "NEO4J_PASSWORD"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(tmp_path)


@pytest.fixture
def neo4j_opened(monkeypatch) -> list[tuple]:
    """Stands in for graph.stores.neo4j and records how Neo4jStore was called."""
    calls = []

    class Neo4jStore:
        def __init__(self, uri, **options):
            calls.append((uri, options))

    monkeypatch.setitem(sys.modules, "graph.stores.neo4j", types.SimpleNamespace(Neo4jStore=Neo4jStore))
    return calls


def opened_path(store) -> str:
    with store:
        assert isinstance(store, EmbeddedStore)
        return str(store.path)


def test_the_default_store_is_tiegraph_lbug_here():
    assert opened_path(open_store()) == "tiegraph.lbug"


def test_the_environment_names_the_store(monkeypatch, tmp_path):
    monkeypatch.setenv("TIEGRAPH_STORE", str(tmp_path / "env.lbug"))
    assert opened_path(open_store()) == str(tmp_path / "env.lbug")


def test_a_path_argument_beats_the_environment(monkeypatch, tmp_path, neo4j_opened):
    monkeypatch.setenv("TIEGRAPH_STORE", str(tmp_path / "env.lbug"))
    monkeypatch.setenv("TIEGRAPH_NEO4J_URI", "bolt://env:7687")
    assert opened_path(open_store(tmp_path / "given.lbug")) == str(tmp_path / "given.lbug")
    assert neo4j_opened == []


def test_a_neo4j_uri_opens_neo4j_with_credentials_from_the_environment(monkeypatch, neo4j_opened):
    monkeypatch.setenv("NEO4J_USERNAME", "analyst")
    monkeypatch.setenv("NEO4J_PASSWORD", "s3cret")
    open_store("ignored.lbug", neo4j_uri="bolt://graph:7687", database="tiegraph", read_only=True)
    assert neo4j_opened == [
        ("bolt://graph:7687", {"user": "analyst", "password": "s3cret", "database": "tiegraph", "read_only": True})
    ]


def test_the_environment_can_choose_neo4j(monkeypatch, neo4j_opened):
    monkeypatch.setenv("TIEGRAPH_NEO4J_URI", "bolt://env:7687")
    open_store()
    assert neo4j_opened == [
        ("bolt://env:7687", {"user": None, "password": None, "database": None, "read_only": False})
    ]


def test_a_database_name_without_neo4j_is_refused(tmp_path, neo4j_opened):
    with pytest.raises(StoreError, match="an embedded store has no databases"):
        open_store(tmp_path / "graph.lbug", database="analysts")
    assert not (tmp_path / "graph.lbug").exists()
    assert neo4j_opened == []


def test_a_location_is_a_neo4j_uri_or_an_embedded_path(tmp_path, neo4j_opened):
    open_location("neo4j+s://abcd1234.databases.neo4j.io", database="neo4j", read_only=True)
    assert neo4j_opened == [("neo4j+s://abcd1234.databases.neo4j.io",
                             {"user": None, "password": None, "database": "neo4j", "read_only": True})]
    assert opened_path(open_location(tmp_path / "copy.lbug")) == str(tmp_path / "copy.lbug")


def test_a_buffer_pool_that_is_not_a_number_of_megabytes_is_one_line_naming_the_variable(monkeypatch, tmp_path):
    monkeypatch.setenv("TIEGRAPH_BUFFER_POOL_MB", "1GB")
    with pytest.raises(StoreError, match=r"^TIEGRAPH_BUFFER_POOL_MB='1GB': expected a whole number of megabytes$"):
        EmbeddedStore(tmp_path / "graph.lbug")


def test_a_writer_runs_in_the_buffer_pool_it_is_given(monkeypatch, tmp_path):
    monkeypatch.setenv("TIEGRAPH_BUFFER_POOL_MB", "600")
    with EmbeddedStore(tmp_path / "graph.lbug") as store:
        assert store._database.buffer_pool_size == 600 << 20


def test_a_writer_checkpoints_at_the_log_size_it_is_given(monkeypatch, tmp_path):
    monkeypatch.setenv("TIEGRAPH_CHECKPOINT_MB", "48")
    with EmbeddedStore(tmp_path / "graph.lbug") as store:
        assert store.query("CALL current_setting('checkpoint_threshold') RETURN *").rows == [[str(48 << 20)]]


def test_a_checkpoint_size_that_is_not_a_number_of_megabytes_is_one_line_naming_the_variable(monkeypatch, tmp_path):
    monkeypatch.setenv("TIEGRAPH_CHECKPOINT_MB", "lots")
    with pytest.raises(StoreError, match=r"^TIEGRAPH_CHECKPOINT_MB='lots': expected a whole number of megabytes$"):
        EmbeddedStore(tmp_path / "graph.lbug")
