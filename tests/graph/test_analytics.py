"""Network analytics over the graph a store hands back: projections, measures, filters."""
from __future__ import annotations

import networkx as nx
import pytest

from graph.analytics import AnalyticsError, analyze, project
from graph.exporters import ExportError


def relation(graph, source, rel_type, target, year=None, **properties):
    graph.add_edge(source, target, key=f"{source}-{rel_type}-{target}", type=rel_type, properties=properties,
                   years=[year] if year else [], evidence=[{"sentence": f"{source} {rel_type} {target}."}])


@pytest.fixture
def graph() -> nx.MultiDiGraph:
    """Russia, China, India and Kazakhstan drill and trade; the PLA Navy is China's."""
    g = nx.MultiDiGraph()
    for node in ("State:Russia", "State:China", "State:India", "State:Kazakhstan", "ArmedForce:PLA Navy",
                 "Exercise:Vostok-2018", "Exercise:Joint Sea-2012", "Exercise:Peace Mission-2010",
                 "WeaponSystem:S-400", "WeaponSystem:Su-30MKI", "Region:Sea of Japan"):
        label, name = node.split(":")
        g.add_node(node, name=name, label=label)
    relation(g, "ArmedForce:PLA Navy", "ARMED_FORCE_OF", "State:China")
    relation(g, "State:Russia", "HOSTED", "Exercise:Vostok-2018", 2018)
    relation(g, "State:Russia", "PARTICIPATED_IN", "Exercise:Vostok-2018", 2018)
    relation(g, "State:China", "PARTICIPATED_IN", "Exercise:Vostok-2018", 2018)
    relation(g, "State:Russia", "PARTICIPATED_IN", "Exercise:Joint Sea-2012", 2012)
    relation(g, "ArmedForce:PLA Navy", "PARTICIPATED_IN", "Exercise:Joint Sea-2012", 2012)
    relation(g, "Exercise:Joint Sea-2012", "HELD_IN", "Region:Sea of Japan", 2012)
    for state in ("Russia", "China", "Kazakhstan"):
        relation(g, f"State:{state}", "PARTICIPATED_IN", "Exercise:Peace Mission-2010", 2010)
    relation(g, "State:Russia", "SOLD", "WeaponSystem:S-400", 2018, to="China")
    relation(g, "State:China", "ACQUIRED", "WeaponSystem:S-400", 2018, **{"from": "Russia"})
    relation(g, "State:India", "ACQUIRED", "WeaponSystem:Su-30MKI", 2000, **{"from": "Russia"})
    return g


def weights(projected: nx.Graph) -> dict:
    return {tuple(sorted((u.split(":")[1], v.split(":")[1]))): data["weight"] for u, v, data in projected.edges(data=True)}


def test_full_projection_keeps_every_entity_and_counts_relations(graph):
    full = project(graph)
    assert set(full) == set(graph) and full.number_of_edges() == 12
    assert weights(full)[("Russia", "Vostok-2018")] == 2 and weights(full)[("Russia", "S-400")] == 1


def test_exercises_projection_links_states_that_drilled_together(graph):
    exercises = project(graph, "exercises")
    # A host takes part; the PLA Navy's part in Joint Sea counts for China.
    assert weights(exercises) == {("China", "Russia"): 3, ("Kazakhstan", "Russia"): 1, ("China", "Kazakhstan"): 1}
    assert "State:India" not in exercises


def test_arms_projection_links_seller_and_buyer_once_per_system(graph):
    arms = project(graph, "arms")
    assert weights(arms) == {("China", "Russia"): 1, ("India", "Russia"): 1}  # SOLD and ACQUIRED: one deal


def test_years_restrict_the_relations_used(graph):
    assert weights(project(graph, "exercises", since=2015)) == {("China", "Russia"): 1}
    assert weights(project(graph, "exercises", until=2011)) == {
        ("China", "Russia"): 1, ("Kazakhstan", "Russia"): 1, ("China", "Kazakhstan"): 1}
    assert weights(project(graph, "arms", until=2010)) == {("India", "Russia"): 1}
    with pytest.raises(ExportError, match="the year range 2020-2010 is empty"):
        project(graph, since=2020, until=2010)


def test_measures_of_a_projection(graph):
    arms = analyze(graph, "arms")
    assert arms.degree == {"State:China": 0.5, "State:India": 0.5, "State:Russia": 1.0}
    assert arms.betweenness["State:Russia"] == 1.0 and arms.articulation_points == ["State:Russia"]
    assert sorted(node for members in arms.communities for node in members) == sorted(arms.graph)
    assert arms.properties()["State:Russia"] == {"degree": 1.0, "betweenness": 1.0, "community": arms.community("State:Russia")}
    [top, *_] = arms.entities()
    assert top == {"entity": "Russia", "label": "State", "neighbours": 2, "degree": 1.0, "betweenness": 1.0,
                   "community": arms.community("State:Russia"), "articulation_point": True}


def test_communities_do_not_depend_on_the_order_the_graph_was_built_in(graph):
    reversed_graph = nx.MultiDiGraph()
    reversed_graph.add_nodes_from(reversed(list(graph.nodes(data=True))))
    reversed_graph.add_edges_from(reversed(list(graph.edges(keys=True, data=True))))
    assert analyze(reversed_graph).communities == analyze(graph).communities


def test_an_empty_projection_has_no_measures():
    empty = analyze(nx.MultiDiGraph(), "exercises")
    assert (empty.entities(), empty.communities, empty.articulation_points) == ([], [], [])


def test_an_unknown_projection_is_an_error(graph):
    with pytest.raises(AnalyticsError, match="unknown projection 'trade'; known: full, exercises, arms"):
        project(graph, "trade")
