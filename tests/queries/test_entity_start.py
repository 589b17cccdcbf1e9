"""Saved queries start from an entity's id, bound by the library: the right entity even
where another of a different label shares its name. Apart from test_library.py because
the ``store`` fixture empties the Neo4j database that module's corpus lives in."""
from __future__ import annotations

from graph.library import load_library
from graph.model import Entity, Extraction, Relation
from tests.conftest import evidence, make_document


def test_neighbourhood_starts_from_the_resolved_entity_not_its_namesakes(store):
    """Georgia the state and Georgia the region share a name; the state comes first in
    the schema's label order, so the neighbourhood is the state's alone."""
    clash, drill = "Russia clashed with Georgia in 2008.", "Caucasus-2020 was held in Georgia."
    document = make_document("news/georgia.txt", "Georgia", clash, drill)
    store.write(Extraction(
        document,
        entities=[Entity("Russia", "State"), Entity("Georgia", "State"), Entity("Georgia", "Region"),
                  Entity("Caucasus-2020", "Exercise")],
        relations=[
            Relation("Russia", "State", "CLASHED_WITH", "Georgia", "State", {}, [evidence(document, clash, 2008)]),
            Relation("Caucasus-2020", "Exercise", "HELD_IN", "Georgia", "Region", {}, [evidence(document, drill)]),
        ],
    ))
    rows = load_library()["neighbourhood"].run(store, {"entity": "Georgia"}).rows
    assert [tuple(row) for row in rows] == [("Russia", "State", 1)]
