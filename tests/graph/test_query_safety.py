"""Queries cannot do more than asked: parameters are values, never Cypher; results are
capped; a slow query is stopped. On every store, and through `tiegraph query`."""
from __future__ import annotations

import time

import pytest
from click.testing import CliRunner

from graph.cli import QUERY_LIMIT, cli
from graph.stores.base import QueryTimeout

HOSTILE = [
    "Russia' OR 1=1 //",
    "Russia\"}) MATCH (n) DETACH DELETE n //",
    "'}) DETACH DELETE s RETURN 1 //",
    "$name",
    "Russia` RETURN 1 //",
    "Russia\\' OR true //",
    "'; DROP TABLE State; --",
]
# Twenty-seven billion rows to filter: no store finishes this in a test's lifetime.
ENDLESS = (
    "UNWIND range(1, 3000) AS a UNWIND range(1, 3000) AS b UNWIND range(1, 3000) AS c "
    "WITH a, b, c WHERE (a * b + c) % 7 = 3 RETURN count(*) AS n"
)


@pytest.mark.parametrize("value", HOSTILE)
def test_a_parameter_is_a_value_never_cypher(store, wire, value):
    store.write(wire)
    before = store.stats()
    found = store.query("MATCH (s:State) WHERE s.name = $name RETURN s.name", {"name": value})
    echoed = store.query("RETURN $name AS name", {"name": value})
    assert found.rows == []
    assert echoed.rows == [[value]]
    assert store.stats() == before


def test_results_are_capped_at_the_limit_and_say_so(store):
    capped = store.query("UNWIND range(1, 50) AS i RETURN i", limit=10)
    assert [row[0] for row in capped.rows] == list(range(1, 11)) and capped.truncated
    exact = store.query("UNWIND range(1, 50) AS i RETURN i", limit=50)
    assert len(exact.rows) == 50 and not exact.truncated
    everything = store.query("UNWIND range(1, 50) AS i RETURN i")
    assert len(everything.rows) == 50 and not everything.truncated


def test_a_query_past_its_timeout_is_stopped(store):
    started = time.monotonic()
    with pytest.raises(QueryTimeout, match=r"query stopped after 0\.5 s"):
        store.query(ENDLESS, timeout=0.5)
    assert time.monotonic() - started < 30
    assert store.query("RETURN 1 AS one", timeout=0.5).rows == [[1]]  # the store goes on answering


# --- tiegraph query -------------------------------------------------------------------------


@pytest.fixture
def graph_file(tmp_path):
    path = tmp_path / "graph.lbug"
    wire = tmp_path / "wire.txt"
    wire.write_text("Russia sold the S-400 to China in 2018.", encoding="utf-8")
    assert CliRunner().invoke(cli, ["--store", str(path), "ingest", str(wire)]).exit_code == 0
    return path


def query(graph_file, *args):
    return CliRunner().invoke(cli, ["--store", str(graph_file), "query", *args])


def test_query_prints_a_thousand_rows_by_default_and_says_what_it_left_out(graph_file):
    result = query(graph_file, "UNWIND range(1, 1500) AS i RETURN i", "--format", "csv")
    assert result.exit_code == 0, result.output
    assert result.stdout.split() == ["i", *map(str, range(1, QUERY_LIMIT + 1))]
    assert result.stderr.strip() == f"tiegraph: showing the first {QUERY_LIMIT:,} rows; --limit N shows more, --limit 0 all"


@pytest.mark.parametrize("limit, rows", [("0", 1500), ("1500", 1500), ("20", 20)])
def test_query_limit(graph_file, limit, rows):
    result = query(graph_file, "UNWIND range(1, 1500) AS i RETURN i", "--format", "json", "--limit", limit)
    assert result.exit_code == 0, result.output
    assert result.stdout.count('"i":') == rows
    assert ("--limit 0" in result.stderr) == (rows < 1500)


def test_query_timeout_is_one_line(graph_file):
    result = query(graph_file, ENDLESS, "--timeout", "0.5")
    assert result.exit_code == 1
    assert [line for line in result.stderr.splitlines() if line] == ["Error: query stopped after 0.5 s (--timeout)"]


def test_query_with_a_hostile_parameter_finds_nothing_and_changes_nothing(graph_file):
    for value in HOSTILE:
        result = query(graph_file, "MATCH (s:State) WHERE s.name = $name RETURN s.name AS name", "-p", f"name={value}",
                       "--format", "json")
        assert result.exit_code == 0, result.output
        assert result.stdout.strip() == "[]"
    result = query(graph_file, "MATCH (s:State) RETURN count(s) AS n", "--format", "csv")
    assert result.stdout.split() == ["n", "2"]
