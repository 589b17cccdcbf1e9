"""Paths, an entity's relations and analytics written back, on every store (``store``)."""
from __future__ import annotations

import pytest

from graph.analytics import analyze, write_back
from graph.profile import profile
from graph.stores import StoreError
from graph.trace import trace


def hops(found) -> list[list[tuple]]:
    return [[(hop.start, hop.arrow, hop.relation.type, hop.end) for hop in path] for path in found.paths]


@pytest.fixture
def loaded(store, wire, analysis, veto):
    for extraction in (wire, analysis, veto):
        store.write(extraction)
    return store


# -- trace -------------------------------------------------------------------------------


def test_trace_resolves_aliases_and_finds_the_shortest_path(loaded):
    found = trace(loaded, "Moscow", "beijing")
    assert (found.source.name, found.target.name) == ("Russia", "China")
    assert hops(found) == [[("Russia", "->", "PARTNERS_WITH", "China")]]


def test_trace_finds_every_shortest_path_walking_relations_either_way(loaded):
    found = trace(loaded, "Russia", "China", types=["SOLD", "ACQUIRED"])
    assert hops(found) == [
        [("Russia", "->", "SOLD", "S-400"), ("S-400", "<-", "ACQUIRED", "China")],
        [("Russia", "->", "SOLD", "S-400"), ("S-400", "<-", "ACQUIRED", "China")],
    ]
    buyers = [path[0].relation.properties["to"] for path in found.paths]
    assert sorted(buyers) == ["China", "India"]  # two SOLD relations: two paths


def test_every_hop_carries_its_years_and_evidence(loaded, analysis):
    [path] = trace(loaded, "Russia", "Syria").paths
    assert [hop.relation.type for hop in path] == ["VETOED"]
    [hop] = path
    assert hop.relation.years == [2017] and hop.relation.properties["forum"] == "UN Security Council"
    assert hop.relation.best_evidence.sentence == "Russia and China vetoed the draft resolution on Syria."
    assert hop.relation.best_evidence.path == "un/veto-syria.txt"


def test_the_best_evidence_is_the_most_recent_sentence(loaded, wire, analysis):
    found = trace(loaded, "Russia", "China", types=["SOLD", "ACQUIRED"])
    sale = next(path[0].relation for path in found.paths if path[0].relation.properties["to"] == "China")
    assert sale.years == [2018, 2020] and len(sale.evidence) == 2
    assert sale.best_evidence.path == analysis.document.path  # it gives 2020, the wire 2018


def test_max_hops_since_via_and_types_narrow_the_search(loaded):
    assert trace(loaded, "India", "China").paths == []  # India is only a buyer's name here
    assert trace(loaded, "Syria", "S-400", max_hops=1).paths == []
    assert hops(trace(loaded, "Syria", "S-400", max_hops=2)) == [
        [("Syria", "<-", "VETOED", "China"), ("China", "->", "ACQUIRED", "S-400")],
        [("Syria", "<-", "VETOED", "Russia"), ("Russia", "->", "SOLD", "S-400")],
        [("Syria", "<-", "VETOED", "Russia"), ("Russia", "->", "SOLD", "S-400")],
    ]
    # Since 2019: no veto (2017) and no undated purchase qualify; of the sales, both do.
    assert trace(loaded, "Syria", "S-400", since=2019).paths == []
    assert [path[0].relation.properties["to"] for path in trace(loaded, "Russia", "S-400", since=2021).paths] == ["India"]
    # Through states only, by vetoes; a topic is never passed through.
    assert hops(trace(loaded, "Russia", "China", via=["State"], types=["VETOED"])) == [
        [("Russia", "->", "VETOED", "Syria"), ("Syria", "<-", "VETOED", "China")]]
    assert trace(loaded, "Russia", "China", via=["Topic"], types=["VETOED"]).paths == []


def test_trace_limit_keeps_the_first_paths_in_a_stable_order(loaded):
    both = trace(loaded, "Russia", "China", types=["SOLD", "ACQUIRED"])
    assert hops(trace(loaded, "Russia", "China", types=["SOLD", "ACQUIRED"], limit=1)) == hops(both)[:1]


@pytest.mark.parametrize("options, message", [
    ({"types": ["MENTIONS"]}, "unknown relationship type 'MENTIONS'"),
    ({"via": ["Document"]}, "unknown label 'Document'"),
    ({"max_hops": 0}, "max hops must be between 1 and 10"),
])
def test_bad_trace_options_are_one_line_errors(loaded, options, message):
    with pytest.raises(StoreError, match=message):
        trace(loaded, "Russia", "China", **options)


def test_trace_needs_two_entities_in_the_store(loaded):
    with pytest.raises(StoreError, match="no entity named 'Atlantis' in the store"):
        trace(loaded, "Atlantis", "China")
    with pytest.raises(StoreError, match="'Moscow' and 'Russia' are the same entity, Russia"):
        trace(loaded, "Moscow", "Russia")


def test_trace_as_data(loaded):
    data = trace(loaded, "Russia", "Syria").to_dict()
    assert data["source"] == {"name": "Russia", "label": "State", "id": "State:Russia"}
    [hop] = data["paths"][0]["hops"]
    assert hop["type"] == "VETOED" and hop["direction"] == "forward" and hop["years"] == [2017]
    assert hop["evidence"]["document"] == "un/veto-syria.txt" and hop["evidence_count"] == 1


# -- show ----------------------------------------------------------------------------------


def test_profile_groups_relations_by_type_with_counts_years_and_best_evidence(loaded, analysis):
    russia = profile(loaded, "Russian Federation")
    assert russia.entity.name == "Russia" and "Moscow" in russia.entity.aliases
    groups = {group.type: group for group in russia.groups}
    assert sorted(groups) == ["PARTNERS_WITH", "SOLD", "VETOED"]
    assert len(groups["SOLD"].hops) == 2 and groups["SOLD"].years == [2018, 2020, 2021]
    to_china = next(hop for hop in groups["SOLD"].hops if hop.relation.properties["to"] == "China")
    assert to_china.forward and to_china.end == "S-400"
    assert to_china.relation.best_evidence.path == analysis.document.path  # 2020 is the latest year
    s400 = {group.type: len(group.hops) for group in profile(loaded, "S-400").groups}
    assert s400 == {"ACQUIRED": 1, "SOLD": 2}
    text = "\n".join(russia.lines())
    assert "SOLD (2) 2018–2021" in text and "-[SOLD to=India]-> S-400  (2021)  1 sentence" in text


def test_relations_of_an_entity_are_the_same_on_every_store(loaded, wire):
    relations = loaded.relations("State:China")
    assert sorted((r.source, r.type, r.target) for r in relations) == [
        ("China", "ACQUIRED", "S-400"), ("China", "VETOED", "Syria"), ("Russia", "PARTNERS_WITH", "China")]
    acquired = next(r for r in relations if r.type == "ACQUIRED")
    assert acquired.properties["from"] == "Russia" and acquired.evidence == wire.relations[2].evidence
    assert loaded.relations("State:Atlantis") == []


# -- analytics written back ---------------------------------------------------------------


def analytics(store) -> dict:
    result = store.query("MATCH (n:State) RETURN n.name, n.degree, n.betweenness, n.community ORDER BY n.name")
    return {name: values for name, *values in result.rows}


def test_analytics_are_written_onto_the_entities_and_cleared_by_the_next_analysis(loaded):
    graph = loaded.to_networkx()
    full = analyze(graph)
    assert write_back(loaded, full, graph) == graph.number_of_nodes()
    stored = analytics(loaded)
    assert stored["Russia"][0] == pytest.approx(full.degree["State:Russia"])
    assert stored["Russia"][1] == pytest.approx(full.betweenness["State:Russia"]) and stored["Russia"][1] > 0
    assert stored["Russia"][2] == full.community("State:Russia")

    arms = analyze(graph, "arms")  # Russia sold to China and India; the S-400 is no state
    write_back(loaded, arms, graph)
    assert analytics(loaded)["Russia"] == [1.0, 1.0, 1]
    s400 = loaded.query("MATCH (n:WeaponSystem) RETURN n.degree, n.betweenness, n.community").rows
    assert s400 == [[None, None, None]]


def test_analytics_cannot_be_written_read_only_or_unknown(open_backend, wire):
    open_backend().write(wire)
    reader = open_backend(read_only=True)
    with pytest.raises(StoreError, match="read-only"):
        reader.set_entity_properties({"State:Russia": {"degree": 1.0}})
    with pytest.raises(StoreError, match="'rank' is not an analytics property"):
        open_backend().set_entity_properties({"State:Russia": {"rank": 1}})
