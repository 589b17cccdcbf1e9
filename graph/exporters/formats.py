"""Graph files for other tools: GraphML (yEd, Cytoscape), GEXF (Gephi), node-link JSON.

GraphML and GEXF hold only scalar attributes, so lists and dicts (aliases, properties,
years, evidence) travel as JSON text; the ``read_*`` functions here turn them back, so
each format round-trips to the graph ``GraphStore.to_networkx`` documents. GEXF gives
``label`` and an edge's ``type`` their own meanings (the text Gephi shows, and
directed/undirected), so there an entity's name is the GEXF label, its schema label
travels as ``entity_label``, and a relation's type is the edge's GEXF label.

>>> import tempfile
>>> g = nx.MultiDiGraph()
>>> g.add_node("State:Russia", name="Russia", label="State", aliases=["Moscow"], discovered=False)
>>> g.add_node("WeaponSystem:S-400", name="S-400", label="WeaponSystem", aliases=[], discovered=False)
>>> _ = g.add_edge("State:Russia", "WeaponSystem:S-400", key="9f1c", type="SOLD",
...                properties={"to": "China"}, years=[2018], evidence=[])
>>> folder = Path(tempfile.mkdtemp())
>>> back = read_gexf(export_gexf(g, folder / "map.gexf"))
>>> back.nodes["State:Russia"]["aliases"], back.edges["State:Russia", "WeaponSystem:S-400", "9f1c"]["type"]
(['Moscow'], 'SOLD')
"""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx

# Attributes of the documented graph shape that hold lists or dicts.
JSON_ATTRIBUTES = ("aliases", "properties", "years", "evidence")


def export_graphml(graph: nx.MultiDiGraph, out_path: str | Path) -> Path:
    """Write ``graph`` as GraphML, list and dict attributes as JSON text; return the path."""
    out_path = Path(out_path)
    nx.write_graphml(_flattened(graph), out_path)
    return out_path


def read_graphml(path: str | Path) -> nx.MultiDiGraph:
    """Read a file :func:`export_graphml` wrote back into the documented graph shape."""
    # Relation ids are hex; some are all digits and must not become numbers.
    graph = nx.read_graphml(path, edge_key_type=str, force_multigraph=True)
    for *_, attrs in graph.edges(data=True):
        attrs.pop("id", None)  # the reader repeats the edge key as an attribute
    return _unflattened(graph)


def export_gexf(graph: nx.MultiDiGraph, out_path: str | Path) -> Path:
    """Write ``graph`` as GEXF 1.2 for Gephi (see the module notes on labels); return the path."""
    flat = _flattened(graph)
    for _, attrs in flat.nodes(data=True):
        attrs["entity_label"] = attrs.pop("label", "")
        attrs["label"] = attrs.pop("name", "")
    for *_, key, attrs in flat.edges(keys=True, data=True):
        attrs["label"] = attrs.pop("type", "")
        attrs["id"] = key  # so the reader can restore the key even where no edges are parallel
    out_path = Path(out_path)
    nx.write_gexf(flat, out_path)
    return out_path


def read_gexf(path: str | Path) -> nx.MultiDiGraph:
    """Read a file :func:`export_gexf` wrote back into the documented graph shape."""
    # The reader returns a DiGraph when no edges are parallel; rebuild the multigraph by id.
    read = nx.read_gexf(path)
    graph = nx.MultiDiGraph()
    for node, attrs in read.nodes(data=True):
        attrs = dict(attrs)
        graph.add_node(node, name=attrs.pop("label"), label=attrs.pop("entity_label"), **attrs)
    for u, v, attrs in read.edges(data=True):
        attrs = dict(attrs)
        attrs.pop("networkx_key", None)
        graph.add_edge(u, v, key=attrs.pop("id"), type=attrs.pop("label"), **attrs)
    return _unflattened(graph)


def export_json(graph: nx.MultiDiGraph, out_path: str | Path) -> Path:
    """Write ``graph`` as networkx node-link JSON (``nodes`` and ``edges``); return the path."""
    out_path = Path(out_path)
    data = nx.node_link_data(graph, edges="edges")
    out_path.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    return out_path


def read_json(path: str | Path) -> nx.MultiDiGraph:
    """Read a file :func:`export_json` wrote."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    return nx.node_link_graph(data, directed=True, multigraph=True, edges="edges")


def _flattened(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy whose attributes are all scalars: lists and dicts become JSON, None goes."""
    flat = nx.MultiDiGraph()
    flat.add_nodes_from((node, _scalars(attrs)) for node, attrs in graph.nodes(data=True))
    flat.add_edges_from(
        (u, v, key, _scalars(attrs)) for u, v, key, attrs in graph.edges(keys=True, data=True)
    )
    return flat


def _scalars(attrs: dict) -> dict:
    return {
        name: json.dumps(value, ensure_ascii=False) if isinstance(value, (list, tuple, dict)) else value
        for name, value in attrs.items()
        if value is not None
    }


def _unflattened(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """Decode, in place, the JSON text :func:`_flattened` made of the documented attributes."""
    for attrs in [*(a for _, a in graph.nodes(data=True)), *(a for *_, a in graph.edges(data=True))]:
        for name in JSON_ATTRIBUTES:
            if isinstance(attrs.get(name), str):
                attrs[name] = json.loads(attrs[name])
    return graph
