"""Telling Cypher that writes from Cypher that only reads, without running it."""
from __future__ import annotations

import pytest

from graph.stores._cypher import is_write_query, parameter_names, statement_count


@pytest.mark.parametrize("cypher", [
    "CREATE (:State {id: 'State:Atlantis'})",
    "merge (s:State {id: $id})",
    "MATCH (s:State) SET s.community = 1",
    "MATCH (s:State) REMOVE s.aliases",
    "MATCH (n) DETACH DELETE n",
    "DROP TABLE State",
    "ALTER TABLE State ADD population INT64",
    "COPY State FROM 'states.csv'",
    "LOAD FROM 'states.csv' RETURN *",
    "INSTALL json",
    "COMMENT ON TABLE State IS 'x'",
    "// a comment\nMERGE (s:State {id: 'x'})",
    "/* multi\nline */ CREATE (:Region {id: 'x'})",
    "MATCH (s) WHERE s.name = 'it''s' SET s.x = 1",
    "CALL create_fts_index('State', 'names', ['name'])",
    "CALL apoc.create.node(['State'], {name: 'x'})",
    "CALL db.index.fulltext.createNodeIndex('names', ['State'], ['name'])",
    "CALL { MATCH (n) DELETE n }",
])
def test_writes_are_recognised(cypher):
    assert is_write_query(cypher)


@pytest.mark.parametrize("cypher", [
    "MATCH (s:State)-[r:SOLD]->(w) RETURN s.name, r.`to`",
    "MATCH (s:State) WHERE s.name = 'CREATE' RETURN s",
    'MATCH (s:State) WHERE s.name = "DELETE \\" SET" RETURN s',
    "MATCH (s:State) RETURN s // then CREATE (x)",
    "MATCH (s:State) /* MERGE */ RETURN s",
    "MATCH (s:State) RETURN s.`set`, s.load",
    "MATCH (merge:State) RETURN merge.name",
    "MATCH (s:State) RETURN s.name AS set",
    "RETURN {create: 1} AS m",
    "CALL show_tables() RETURN name",
    "CALL current_setting('threads') RETURN *",
    "MATCH p = (a)-[*1..3]-(b) RETURN p",
])
def test_reads_are_recognised(cypher):
    assert not is_write_query(cypher)


def test_parameter_names_skip_literals_and_comments():
    cypher = "MATCH (s {name: $name}) WHERE s.note <> '$not' // $neither\nRETURN s LIMIT $limit"
    assert parameter_names(cypher) == {"name", "limit"}


@pytest.mark.parametrize("cypher, count", [
    ("MATCH (n) RETURN n", 1),
    ("MATCH (n) RETURN n;", 1),
    ("MATCH (n) RETURN n; MATCH (m) RETURN m", 2),
    ("RETURN 'a;b' AS text // ; more", 1),
    ("", 0),
])
def test_statement_count(cypher, count):
    assert statement_count(cypher) == count
