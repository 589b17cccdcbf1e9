"""Node positions computed before drawing, so a large map opens still and at once.

A browser's physics simulation needs minutes to settle thousands of nodes, and
networkx's force-directed layout is quadratic in the node count, so only the most
connected nodes (the hubs) go through :func:`networkx.spring_layout`; every other node
is set around the placed neighbour that reached it first, in a sunflower pattern that
keeps satellites apart however many a hub has.

>>> g = nx.MultiDiGraph([("State:Russia", "WeaponSystem:S-400"), ("State:China", "WeaponSystem:S-400")])
>>> positions = static_positions(g)
>>> sorted(positions) == sorted(g)
True
>>> all(isinstance(x, float) and isinstance(y, float) for x, y in positions.values())
True
"""

from __future__ import annotations

import math
from collections import Counter, deque

import networkx as nx

from graph.exporters._subgraph import ExportError

HUB_COUNT = 300  # the spring layout's cost grows with the square of this
HUB_SPACING = 90.0  # pixels per hub, roughly, between hubs
ORBIT = 28.0  # pixels between a node and its nearest satellite
GOLDEN_ANGLE = math.pi * (3 - math.sqrt(5))


def static_positions(graph: nx.MultiDiGraph) -> dict[str, tuple[float, float]]:
    """``{node: (x, y)}`` in pixels for every node, the same for the same graph."""
    ranked = sorted(graph, key=lambda node: (-graph.degree(node), node))
    hubs = ranked[:HUB_COUNT]
    positions = _spring(graph, hubs)
    rim = max((math.hypot(x, y) for x, y in positions.values()), default=0.0)
    satellites: Counter[str] = Counter()
    _place_reachable(graph, hubs, positions, satellites)
    strays = 0
    for node in ranked:
        if node not in positions:
            # The first node of a part no hub reaches: park it beyond the hubs' disc.
            positions[node] = _sunflower((0.0, 0.0), strays, 4 * ORBIT, rim + 8 * ORBIT)
            strays += 1
            _place_reachable(graph, [node], positions, satellites)
    return positions


def _spring(graph: nx.MultiDiGraph, hubs: list[str]) -> dict[str, tuple[float, float]]:
    if not hubs:
        return {}
    skeleton = nx.Graph(graph.subgraph(hubs))
    try:
        layout = nx.spring_layout(skeleton, seed=7, scale=HUB_SPACING * math.sqrt(len(hubs)))
    except ImportError as exc:
        raise ExportError(f"the static layout needs numpy ({exc}); pip install numpy") from None
    return {node: (float(x), float(y)) for node, (x, y) in layout.items()}


def _place_reachable(graph, starts: list[str], positions: dict, satellites: Counter) -> None:
    """Breadth-first from all ``starts`` at once, set each unplaced node around the node that reached it."""
    frontier = deque(starts)
    while frontier:
        anchor = frontier.popleft()
        for neighbour in nx.all_neighbors(graph, anchor):
            if neighbour not in positions:
                positions[neighbour] = _sunflower(positions[anchor], satellites[anchor], ORBIT)
                satellites[anchor] += 1
                frontier.append(neighbour)


def _sunflower(centre: tuple[float, float], index: int, spacing: float, inner: float = 0.0):
    """The ``index``-th seat of a sunflower around ``centre``: seats never crowd, however many.

    >>> _sunflower((0.0, 0.0), 0, 10.0)
    (10.0, 0.0)
    """
    radius = inner + spacing * math.sqrt(index + 1)
    angle = index * GOLDEN_ANGLE
    return (centre[0] + radius * math.cos(angle), centre[1] + radius * math.sin(angle))
