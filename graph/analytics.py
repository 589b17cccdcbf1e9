"""Network analytics on the stored graph: who is central, who bridges, which blocs form.

The graph a store hands back (:meth:`GraphStore.to_networkx`) is first cut to the years
asked for, then *projected* to an undirected, weighted graph:

``full``
    every entity, linked to those it has relations with (weight: how many relations);
``exercises``
    states, linked when they took part in or hosted the same exercise (weight: how many
    exercises); an armed force's part counts for the state it belongs to;
``arms``
    states, seller linked to buyer by SOLD (``to``) and ACQUIRED (``from``) relations
    (weight: how many weapon systems changed hands).

On a projection, :func:`analyze` computes degree centrality, betweenness centrality,
communities (Louvain, with a fixed seed so the same graph always splits the same way)
and articulation points, the entities whose removal would cut the network apart.

>>> g = nx.MultiDiGraph()
>>> for state in ("Russia", "China", "India", "Vietnam"):
...     g.add_node(f"State:{state}", name=state, label="State")
>>> g.add_node("WeaponSystem:S-400", name="S-400", label="WeaponSystem")
>>> g.add_node("WeaponSystem:Kilo", name="Kilo", label="WeaponSystem")
>>> for buyer, system, year in (("China", "S-400", 2018), ("India", "S-400", 2021), ("Vietnam", "Kilo", 2014)):
...     _ = g.add_edge("State:Russia", f"WeaponSystem:{system}", type="SOLD", properties={"to": buyer},
...                    years=[year], evidence=[{"sentence": f"Russia sold the {system} to {buyer}."}])
>>> arms = analyze(g, "arms")
>>> sorted(arms.graph.edges("State:Russia"))
[('State:Russia', 'State:China'), ('State:Russia', 'State:India'), ('State:Russia', 'State:Vietnam')]
>>> arms.articulation_points, arms.betweenness["State:Russia"]
(['State:Russia'], 1.0)
>>> sorted(analyze(g, "arms", since=2015).graph)
['State:China', 'State:India', 'State:Russia']
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from itertools import combinations

import networkx as nx

from graph.exporters._subgraph import select
from graph.model import entity_id
from graph.stores.base import GraphStore

PROJECTIONS = ("full", "exercises", "arms")
SEED = 42  # Louvain is randomised; a fixed seed keeps the communities the same run to run


class AnalyticsError(ValueError):
    """An analysis cannot be made as asked; the message is one line for the user."""


@dataclass
class Analysis:
    """The measures of one projection, by node id."""

    projection: str
    graph: nx.Graph
    degree: dict[str, float]
    betweenness: dict[str, float]
    communities: list[list[str]]  # node ids, largest community first; numbered from 1
    articulation_points: list[str]

    def community(self, node: str) -> int | None:
        return next((number for number, members in enumerate(self.communities, 1) if node in members), None)

    def entities(self) -> list[dict]:
        """One row per entity of the projection, the most central first."""
        cut = set(self.articulation_points)
        rows = [
            {
                "entity": self.graph.nodes[node].get("name", node),
                "label": self.graph.nodes[node].get("label"),
                "neighbours": self.graph.degree(node),
                "degree": round(self.degree[node], 4),
                "betweenness": round(self.betweenness[node], 4),
                "community": self.community(node),
                "articulation_point": node in cut,
            }
            for node in self.graph
        ]
        return sorted(rows, key=lambda row: (-row["degree"], -row["betweenness"], row["entity"], row["label"] or ""))

    def community_rows(self) -> list[dict]:
        return [
            {"community": number, "size": len(members), "members": [self.graph.nodes[node].get("name", node) for node in members]}
            for number, members in enumerate(self.communities, 1)
        ]

    def properties(self) -> dict[str, dict]:
        """What ``tiegraph analyze --write`` stores on each entity of the projection."""
        return {
            node: {"degree": self.degree[node], "betweenness": self.betweenness[node], "community": self.community(node)}
            for node in self.graph
        }

    def to_dict(self) -> dict:
        return {
            "projection": self.projection,
            "entities": self.entities(),
            "communities": self.community_rows(),
            "articulation_points": [self.graph.nodes[node].get("name", node) for node in self.articulation_points],
        }


def analyze(
    graph: nx.MultiDiGraph, projection: str = "full", *, since: int | None = None, until: int | None = None,
    seed: int = SEED,
) -> Analysis:
    """Centrality, communities and articulation points of a projection of ``graph``
    restricted to relations with evidence in ``since``..``until``."""
    projected = project(graph, projection, since=since, until=until)
    communities = nx.community.louvain_communities(projected, weight="weight", seed=seed) if projected else []
    return Analysis(
        projection,
        projected,
        nx.degree_centrality(projected),
        nx.betweenness_centrality(projected),
        sorted((sorted(members) for members in communities), key=lambda members: (-len(members), members)),
        sorted(nx.articulation_points(projected)),
    )


def project(graph: nx.MultiDiGraph, projection: str = "full", *, since: int | None = None,
            until: int | None = None) -> nx.Graph:
    """The undirected, weighted graph of one of :data:`PROJECTIONS`, on relations with
    evidence in ``since``..``until`` (both optional; a relation without years goes once
    a year is asked for)."""
    if projection not in PROJECTIONS:
        raise AnalyticsError(f"unknown projection {projection!r}; known: {', '.join(PROJECTIONS)}")
    # Which state a force belongs to does not depend on the years asked for.
    states = _states(graph)
    dated = graph if since is None and until is None else select(graph, since=since, until=until)
    links = {"full": _relations, "exercises": _shared_exercises, "arms": _arms_deals}[projection](dated, states)
    weights = Counter(tuple(sorted(pair)) for pair in links if pair[0] != pair[1])
    # Built in a sorted order: Louvain's result depends on the order nodes come in.
    nodes = set(dated) if projection == "full" else {node for pair in weights for node in pair}
    projected = nx.Graph()
    projected.add_nodes_from((node, graph.nodes[node]) for node in sorted(nodes))
    projected.add_weighted_edges_from((first, second, weight) for (first, second), weight in sorted(weights.items()))
    return projected


def _relations(graph: nx.MultiDiGraph, states: dict[str, str]):
    return list(graph.edges())


def _shared_exercises(graph: nx.MultiDiGraph, states: dict[str, str]):
    participants = defaultdict(set)
    for source, exercise, attrs in graph.edges(data=True):
        if attrs["type"] in ("PARTICIPATED_IN", "HOSTED") and source in states:
            participants[exercise].add(states[source])
    return [pair for members in participants.values() for pair in combinations(sorted(members), 2)]


def _arms_deals(graph: nx.MultiDiGraph, states: dict[str, str]):
    """``(seller, buyer)`` once per weapon system that passed between two states."""
    deals = set()
    for source, system, attrs in graph.edges(data=True):
        counterpart = {"SOLD": "to", "ACQUIRED": "from"}.get(attrs["type"])
        party = states.get(source)
        other = states.get(entity_id("State", attrs["properties"].get(counterpart) or "")) if counterpart else None
        if party and other:
            deals.add((party, other, system) if attrs["type"] == "SOLD" else (other, party, system))
    return [(seller, buyer) for seller, buyer, _ in deals]


def _states(graph: nx.MultiDiGraph) -> dict[str, str]:
    """The state each state or armed force stands for: a state itself, a force the
    state it belongs to (ARMED_FORCE_OF)."""
    states = {node: node for node, attrs in graph.nodes(data=True) if attrs.get("label") == "State"}
    for force, state, attrs in sorted(graph.edges(data=True), key=lambda edge: edge[:2]):
        if attrs["type"] == "ARMED_FORCE_OF" and graph.nodes[state].get("label") == "State":
            states.setdefault(force, state)
    return states


def write_back(store: GraphStore, analysis: Analysis, graph: nx.MultiDiGraph) -> int:
    """Store the analysis on the entities of ``graph`` (the store's): its measures on
    those in the projection, none on the others, so the store holds one analysis at a
    time. Returns how many entities were written."""
    values = {node: {} for node in graph}
    values.update(analysis.properties())
    return store.set_entity_properties(values)
