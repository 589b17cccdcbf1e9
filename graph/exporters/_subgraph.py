"""Choosing the part of the graph an export draws: filters, a focus and a size cap.

Everything here takes and returns networkx graphs in the shape documented by
:meth:`graph.stores.base.GraphStore.to_networkx`, and never changes its input.

>>> g = nx.MultiDiGraph()
>>> g.add_node("State:Russia", name="Russia", label="State", aliases=["Moscow"])
>>> g.add_node("WeaponSystem:S-400", name="S-400", label="WeaponSystem", aliases=[])
>>> g.add_node("State:India", name="India", label="State", aliases=[])
>>> evidence = [{"document": "ab12", "path": "report.txt", "start": 0, "end": 40,
...              "sentence": "Russia delivered the S-400 to India in 2018."}]
>>> _ = g.add_edge("State:Russia", "WeaponSystem:S-400", key="r1", type="SOLD",
...                properties={"to": "India"}, years=[2018], evidence=evidence)
>>> sorted(select(g, since=2015))
['State:Russia', 'WeaponSystem:S-400']
>>> sorted(select(g, labels=["State"]))
['State:India', 'State:Russia']
>>> find_entity(g, "moscow")
'State:Russia'
"""

from __future__ import annotations

from collections.abc import Iterable

import networkx as nx

from graph.schema import load_schema


class ExportError(ValueError):
    """An export cannot be made as asked; the message is one line for the user."""


def find_entity(graph: nx.MultiDiGraph, entity: str) -> str:
    """The id of the node whose id, name or alias is ``entity`` (names case-insensitively).

    >>> g = nx.MultiDiGraph()
    >>> g.add_node("Organization:NATO", name="North Atlantic Treaty Organization",
    ...            label="Organization", aliases=["NATO"])
    >>> find_entity(g, "nato")
    'Organization:NATO'
    >>> find_entity(g, "Nato alliance")
    Traceback (most recent call last):
    ...
    graph.exporters._subgraph.ExportError: no entity named 'Nato alliance' in the graph
    """
    if entity in graph:
        return entity
    wanted = entity.casefold()
    matches = sorted(
        node
        for node, attrs in graph.nodes(data=True)
        if wanted in {name.casefold() for name in [attrs.get("name", ""), *attrs.get("aliases", ())]}
    )
    if not matches:
        raise ExportError(f"no entity named {entity!r} in the graph")
    if len(matches) > 1:
        raise ExportError(f"{entity!r} names several entities: {', '.join(matches)}; give one id")
    return matches[0]


def select(
    graph: nx.MultiDiGraph,
    *,
    focus: str | None = None,
    depth: int = 2,
    labels: Iterable[str] | None = None,
    types: Iterable[str] | None = None,
    since: int | None = None,
    until: int | None = None,
    min_evidence: int = 1,
) -> nx.MultiDiGraph:
    """The subgraph that passes the filters, then the neighbourhood of ``focus`` within it.

    ``labels`` keeps entities with those labels; ``types``, ``since``/``until`` (edges
    whose years meet the range; edges without years go once a year is asked for) and
    ``min_evidence`` keep relations. When a relation filter is given, entities left with
    no relation are dropped too, so ``types=["SOLD"]`` draws the arms trade, not every
    entity. ``focus`` (an id, name or alias) keeps what lies within ``depth`` hops of it,
    whichever way the relations point.
    """
    schema = load_schema()
    _check_names(labels, schema.labels, "label")
    _check_names(types, schema.relationships, "relationship type")
    if since is not None and until is not None and since > until:
        raise ExportError(f"the year range {since}-{until} is empty")
    focus_id = find_entity(graph, focus) if focus is not None else None
    sub = _filtered(graph, labels, types, since, until, min_evidence)
    return sub if focus_id is None else _neighbourhood(sub, focus_id, depth, focus)


def _filtered(graph, labels, types, since, until, min_evidence) -> nx.MultiDiGraph:
    """A new graph (attribute dicts copied, values shared) of what passes the filters."""
    label_set = None if labels is None else set(labels)
    type_set = None if types is None else set(types)
    sub = nx.MultiDiGraph()
    sub.add_nodes_from(
        (node, attrs)
        for node, attrs in graph.nodes(data=True)
        if label_set is None or attrs.get("label") in label_set
    )
    sub.add_edges_from(
        (u, v, key, attrs)
        for u, v, key, attrs in graph.edges(keys=True, data=True)
        if u in sub and v in sub and _relation_passes(attrs, type_set, since, until, min_evidence)
    )
    if type_set is not None or since is not None or until is not None or min_evidence > 1:
        sub.remove_nodes_from(list(nx.isolates(sub)))
    return sub


def keep_most_connected(graph: nx.MultiDiGraph, max_nodes: int | None, keep: str | None = None):
    """``(graph, left_out)``: at most ``max_nodes`` nodes, the most connected first.

    ``keep`` (a node id, typically the focus) stays whatever its degree; ties go by id
    so the same graph always gives the same map.

    >>> star = nx.MultiDiGraph([("hub", "a"), ("hub", "b"), ("a", "b"), ("c", "hub")])
    >>> capped, left_out = keep_most_connected(star, 2, keep="c")
    >>> sorted(capped), left_out
    (['c', 'hub'], 2)
    """
    if max_nodes is None or len(graph) <= max_nodes:
        return graph, 0
    if max_nodes < 1:
        raise ExportError(f"max_nodes must be at least 1, not {max_nodes}")
    ranked = sorted(graph, key=lambda node: (node != keep, -graph.degree(node), node))
    return graph.subgraph(ranked[:max_nodes]).copy(), len(graph) - max_nodes


def _check_names(given: Iterable[str] | None, known: Iterable[str], kind: str) -> None:
    unknown = sorted(set(given or ()) - set(known))
    if unknown:
        raise ExportError(f"unknown {kind} {unknown[0]!r}; known: {', '.join(known)}")


def _relation_passes(attrs: dict, types, since, until, min_evidence) -> bool:
    if types is not None and attrs.get("type") not in types:
        return False
    if len(attrs.get("evidence", ())) < min_evidence:
        return False
    if since is None and until is None:
        return True
    return any(
        (since is None or year >= since) and (until is None or year <= until)
        for year in attrs.get("years", ())
    )


def _neighbourhood(graph: nx.MultiDiGraph, focus_id: str, depth: int, focus: str) -> nx.MultiDiGraph:
    if focus_id not in graph:
        raise ExportError(f"{focus!r} has no relation left once the filters are applied")
    if depth < 0:
        raise ExportError(f"depth must be 0 or more, not {depth}")
    # Undirected: a buyer's neighbourhood includes its sellers as well as what it bought.
    reach = nx.single_source_shortest_path_length(graph.to_undirected(as_view=True), focus_id, cutoff=depth)
    return graph.subgraph(reach).copy()
