"""Interactive network maps: one self-contained HTML file that works offline.

pyvis assembles the vis-network nodes, edges and options; the page itself comes from
the project's template (graph/templates/map.html), rendered by Jinja2 with autoescaping.
vis-network's script and stylesheet are inlined from the copy pyvis ships, and the
page's Content-Security-Policy forbids every request, so the map opens from a USB stick
and never calls home. The graph travels as JSON inside a
``<script type="application/json">`` element with ``<``, ``>`` and ``&`` written as
``\\u003c``, ``\\u003e``, ``\\u0026``: no sentence from a document can end that element,
and the page builds its tooltips from text nodes, never from markup.

>>> import tempfile
>>> g = nx.MultiDiGraph()
>>> g.add_node("State:Russia", name="Russia", label="State", aliases=["Moscow"], discovered=False)
>>> g.add_node("WeaponSystem:S-400", name="S-400", label="WeaponSystem", aliases=[], discovered=False)
>>> evidence = [{"document": "ab12", "path": "report.txt", "start": 0, "end": 44,
...              "sentence": "Russia delivered the S-400 to China in 2018."}]
>>> _ = g.add_edge("State:Russia", "WeaponSystem:S-400", key="9f1c", type="SOLD",
...                properties={"to": "China"}, years=[2018], evidence=evidence)
>>> summary = export_html(g, Path(tempfile.mkdtemp()) / "map.html", title="Arms sales")
>>> summary.nodes_drawn, summary.edges_drawn, summary.nodes_left_out
(2, 1, 0)
"""

from __future__ import annotations

import base64
import hashlib
import json
import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import networkx as nx
import pyvis
from jinja2 import Environment, FileSystemLoader
from markupsafe import Markup
from pyvis.network import Network

from graph.exporters._layout import static_positions
from graph.exporters._subgraph import ExportError, find_entity, keep_most_connected, select
from graph.schema import load_schema

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
LAYOUTS = ("auto", "physics", "static")
STATIC_ABOVE = 300  # nodes; past this a browser's physics takes too long to settle
# Relations; past this edges go unlabelled (vis-network draws every label on every
# frame, on screen or not) and are hidden while the map is dragged or zoomed.
BUSY_ABOVE = 2000
TOOLTIP_EVIDENCE = 5  # sentences per relation carried into the page; the rest are counted

# (colour, vis shape) per label, in seeds/schema.yaml order; labels beyond it reuse them.
LABEL_STYLES = [
    ("#d1495b", "dot"),  # State
    ("#2e86ab", "square"),  # Organization
    ("#6a4c93", "triangle"),  # ArmedForce
    ("#e09f3e", "diamond"),  # WeaponSystem
    ("#3a9d5d", "star"),  # Exercise
    ("#4fb0c6", "hexagon"),  # Region
    ("#9c6644", "triangleDown"),  # Topic
    ("#f28482", "square"),  # Initiative
    ("#8d99ae", "dot"),  # Document
]
# One colour per relationship type, in seeds/schema.yaml order; types that tend to meet
# on one map (SOLD/ACQUIRED, HOSTED/PARTICIPATED_IN/HELD_IN) get clearly different hues.
TYPE_COLOURS = [
    "#d62728",  # SOLD
    "#ff7f0e",  # ACQUIRED
    "#8c564b",  # PRODUCED
    "#bcbd22",  # OPERATES
    "#e377c2",  # TRANSFERRED_TECHNOLOGY_TO
    "#2ca02c",  # PARTICIPATED_IN
    "#17becf",  # HOSTED
    "#1f77b4",  # HELD_IN
    "#393b79",  # PATROLLED
    "#637939",  # DRILLED_IN
    "#7b4173",  # VETOED
    "#9467bd",  # MEMBER_OF
    "#7f7f7f",  # ARMED_FORCE_OF
    "#e7ba52",  # PARTNERS_WITH
    "#843c39",  # OPPOSES
    "#252525",  # SANCTIONED
    "#ff9896",  # CLASHED_WITH
    "#5254a3",  # LEADS
    "#c7c7c7",  # MENTIONS
]


@dataclass(frozen=True)
class HtmlSummary:
    """What an HTML export drew: ``nodes_left_out`` passed the filters but not ``max_nodes``."""

    path: Path
    nodes_drawn: int
    edges_drawn: int
    nodes_left_out: int


def export_html(
    graph: nx.MultiDiGraph,
    out_path: str | Path,
    *,
    title: str = "tiegraph network map",
    focus: str | None = None,
    depth: int = 2,
    labels: list[str] | None = None,
    types: list[str] | None = None,
    since: int | None = None,
    until: int | None = None,
    min_evidence: int = 1,
    max_nodes: int | None = None,
    layout: str = "auto",
    isolated: bool = False,
) -> HtmlSummary:
    """Write an interactive map of ``graph`` (see ``GraphStore.to_networkx``) to ``out_path``.

    Entities with no relation drawn (only mentioned) are left off unless ``isolated``.

    The filters are those of :func:`graph.exporters._subgraph.select`; ``max_nodes`` then
    keeps the most connected entities (and always ``focus``). ``layout`` is ``"physics"``
    (the browser arranges the nodes, and keeps them moving), ``"static"`` (positions
    computed here, physics off until switched on) or ``"auto"``: static above
    :data:`STATIC_ABOVE` nodes.
    """
    if layout not in LAYOUTS:
        raise ExportError(f"unknown layout {layout!r}; choose one of {', '.join(LAYOUTS)}")
    focus_id = find_entity(graph, focus) if focus is not None else None
    drawn = select(
        graph,
        focus=focus_id,
        depth=depth,
        labels=labels,
        types=types,
        since=since,
        until=until,
        min_evidence=min_evidence,
    )
    if not isolated:  # entities only ever mentioned, never related, would clutter the map
        drawn = drawn.subgraph([n for n in drawn if graph.degree(n) or n == focus_id]).copy()
    drawn, left_out = keep_most_connected(drawn, max_nodes, keep=focus_id)
    static = layout == "static" or (layout == "auto" and len(drawn) > STATIC_ABOVE)
    page = _render(title, _payload(drawn, static, left_out))
    out_path = Path(out_path)
    partial = out_path.with_name(out_path.name + ".partial")  # never leave a half-written map
    partial.write_text(page, encoding="utf-8")
    partial.replace(out_path)
    return HtmlSummary(out_path, len(drawn), drawn.number_of_edges(), left_out)


def _payload(drawn: nx.MultiDiGraph, static: bool, left_out: int) -> dict:
    """Everything the page's script needs, as plain JSON-ready data."""
    schema = load_schema()
    label_counts = Counter(label for _, label in drawn.nodes(data="label"))
    type_counts = Counter(rel_type for *_, rel_type in drawn.edges(data="type"))
    label_styles = _by_schema_order(schema.labels, label_counts, LABEL_STYLES)
    type_colours = _by_schema_order(schema.relationships, type_counts, TYPE_COLOURS)
    symmetric = {name for name, rel in schema.relationships.items() if rel.symmetric}
    net = _MapNetwork(directed=True)
    _add_entities(net, drawn, label_styles, static_positions(drawn) if static else None)
    documents = _add_relations(net, drawn, type_colours, symmetric)
    years = [year for *_, edge_years in drawn.edges(data="years") for year in edge_years or ()]
    return {
        "nodes": net.nodes,
        "edges": net.edges,
        "options": _options(net, drawn, label_styles, static),
        "labels": [
            {"name": name, "colour": colour, "shape": shape, "count": label_counts[name]}
            for name, (colour, shape) in label_styles.items()
        ],
        "types": [
            {"name": name, "colour": colour, "count": type_counts[name]}
            for name, colour in type_colours.items()
        ],
        "documents": documents,
        "years": [min(years), max(years)] if years else None,
        "leftOut": left_out,
    }


class _MapNetwork(Network):
    """pyvis's network model with constant-time node lookups.

    pyvis checks both ends of every new edge against a list of node ids, which alone
    takes seconds for a 20,000-relation map; its ``node_map`` dict answers the same.
    """

    def get_nodes(self):
        return self.node_map.keys()


def _by_schema_order(declared, present, palette: list) -> dict:
    """Give each name present a palette entry by its place in the schema, so colours hold across maps.

    >>> _by_schema_order(["State", "Region"], {"Region": 2, "Moon": 1}, ["red", "blue", "grey"])
    {'Region': 'blue', 'Moon': 'grey'}
    """
    order = list(declared) + sorted(set(present) - set(declared))
    return {name: palette[i % len(palette)] for i, name in enumerate(order) if name in present}


def _add_entities(net: Network, drawn: nx.MultiDiGraph, styles: dict, positions: dict | None) -> None:
    for node, attrs in drawn.nodes(data=True):
        degree = drawn.degree(node)
        extra = {"x": round(positions[node][0]), "y": round(positions[node][1])} if positions else {}
        if attrs.get("discovered"):
            extra["discovered"] = True
        net.add_node(
            node,
            label=attrs.get("name") or node,
            shape=styles[attrs.get("label")][1],
            group=attrs.get("label"),
            size=round(_node_size(degree), 1),
            degree=degree,
            aliases=list(attrs.get("aliases") or ()),
            **extra,
        )


def _node_size(degree: int) -> float:
    """Area grows with the number of relations, so hubs stand out without swallowing the map.

    >>> _node_size(0), _node_size(16), _node_size(10_000)
    (8.0, 24.0, 48.0)
    """
    return min(8.0 + 4.0 * math.sqrt(degree), 48.0)


def _add_relations(net: Network, drawn: nx.MultiDiGraph, colours: dict, symmetric: set) -> list[str]:
    """Add every relation to ``net``; return the document names its evidence refers to by index."""
    documents: dict[str, int] = {}
    labelled = drawn.number_of_edges() <= BUSY_ABOVE
    between = Counter()  # relations so far between each pair, to bend parallel ones apart
    for u, v, key, attrs in drawn.edges(keys=True, data=True):
        rel_type, evidence = attrs.get("type"), attrs.get("evidence") or []
        options = {"label": rel_type} if labelled else {}
        pair = frozenset((u, v))
        if between[pair]:
            options["smooth"] = {"enabled": True, "type": "curvedCW", "roundness": 0.2 * between[pair]}
        between[pair] += 1
        net.add_edge(
            u,
            v,
            id=key,
            type=rel_type,
            color=colours[rel_type],
            arrows="" if rel_type in symmetric else "to",
            width=min(1.0 + 0.5 * max(len(evidence) - 1, 0), 4.0),  # more sentences, thicker line
            years=list(attrs.get("years") or ()),
            properties=_shown_properties(attrs.get("properties") or {}),
            evidence=_tooltip_evidence(evidence, documents),
            evidenceCount=len(evidence),
            **options,
        )
    return list(documents)


def _tooltip_evidence(evidence: list[dict], documents: dict[str, int]) -> list[list]:
    """``[document index, sentence]`` for the first sentences; ``documents`` gains new names.

    >>> documents = {"wire.txt": 0}
    >>> _tooltip_evidence([{"path": "memo.pdf", "sentence": "S-400 sold."}], documents), documents
    ([[1, 'S-400 sold.']], {'wire.txt': 0, 'memo.pdf': 1})
    """
    return [
        [
            documents.setdefault(ev.get("path") or ev.get("document", ""), len(documents)),
            ev.get("sentence", ""),
        ]
        for ev in evidence[:TOOLTIP_EVIDENCE]
    ]


def _shown_properties(properties: dict) -> dict:
    """The relation's own properties worth a tooltip line; its years are shown on their own.

    >>> _shown_properties({"to": "China", "year": 2018, "quantity": None})
    {'to': 'China'}
    """
    return {name: value for name, value in properties.items() if value is not None and name != "year"}


def _options(net: Network, drawn: nx.MultiDiGraph, label_styles: dict, static: bool) -> dict:
    """vis-network options: pyvis's model for physics and edges, plus what it has no call for."""
    busy = drawn.number_of_edges() > BUSY_ABOVE
    net.inherit_edge_colors(False)
    net.force_atlas_2based(
        gravity=-90, central_gravity=0.01, spring_length=170, spring_strength=0.05, damping=0.5, overlap=0.4
    )
    net.options.physics.stabilization.iterations = 300
    net.toggle_hide_edges_on_drag(busy)
    # pyvis's default "dynamic" curves give every edge a body of its own to simulate.
    net.set_edge_smooth("continuous")
    if static:
        net.toggle_physics(False)
        net.options.edges.smooth.enabled = False  # curves cost too much at this size
    options = json.loads(net.options.to_json())
    options["interaction"].update(hover=True, hideEdgesOnZoom=busy)
    options["groups"] = {
        label: {"color": {"background": colour, "border": colour}}
        for label, (colour, _) in label_styles.items()
    }
    options["nodes"] = {"font": {"size": 14, "strokeWidth": 3, "strokeColor": "#ffffff"}, "borderWidth": 1}
    options["edges"]["font"] = {"size": 9, "color": "#555555", "strokeWidth": 2, "align": "middle"}
    # A fixed seed: the same graph gives the same map. vis-network's own starting layout
    # (Kamada-Kawai on clusters) takes seconds on large maps.
    options["layout"] = {"randomSeed": 7, "improvedLayout": len(drawn) <= 150}
    return options


@lru_cache(maxsize=1)
def _environment() -> Environment:
    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=True)
    # Compact JSON keeps a 20,000-relation map small; tojson still escapes <, > and &.
    env.policies["json.dumps_kwargs"] = {"separators": (",", ":"), "ensure_ascii": False}
    return env


@lru_cache(maxsize=1)
def _vis_assets() -> tuple[str, str]:
    """vis-network's script and stylesheet as pyvis ships them, minus the source-map hint."""
    lib = Path(pyvis.__file__).resolve().parent / "lib"
    folder = max(lib.glob("vis-*"), key=lambda p: tuple(int(n) for n in re.findall(r"\d+", p.name)))
    script = (folder / "vis-network.min.js").read_text(encoding="utf-8")
    # Developer tools would fetch the named .map file; this page fetches nothing.
    script = re.sub(r"^//# sourceMappingURL=.*$", "", script, flags=re.MULTILINE)
    return script, (folder / "vis-network.css").read_text(encoding="utf-8")


def _render(title: str, payload: dict) -> str:
    vis_script, vis_style = _vis_assets()
    map_script = (TEMPLATES / "map.js").read_text(encoding="utf-8")
    scripts = [vis_script, map_script]
    return (
        _environment()
        .get_template("map.html")
        .render(
            title=title,
            payload=payload,
            script_hashes=" ".join(f"'sha256-{_digest(s)}'" for s in scripts),
            scripts=[Markup(s) for s in scripts],
            styles=Markup(vis_style + (TEMPLATES / "map.css").read_text(encoding="utf-8")),
        )
    )


def _digest(script: str) -> str:
    """The base64 SHA-256 a Content-Security-Policy uses to allow one inline script."""
    return base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
