"""CSV files for ``neo4j-admin database import full``, the fastest way into an empty Neo4j.

One nodes file per label and one relationships file per type, with typed headers
(``id:ID,name,aliases:string[],discovered:boolean,:LABEL`` and
``:START_ID,:END_ID,:TYPE,id,...``). Relationships carry the property layout every
store uses (see :mod:`graph.stores.base`): the type's own properties, ``years`` and
the evidence as parallel arrays.

>>> import tempfile
>>> g = nx.MultiDiGraph()
>>> g.add_node("State:Russia", name="Russia", label="State", aliases=["Moscow"], discovered=False)
>>> g.add_node("WeaponSystem:S-400", name="S-400", label="WeaponSystem", aliases=[], discovered=False)
>>> _ = g.add_edge("State:Russia", "WeaponSystem:S-400", key="9f1c", type="SOLD",
...                properties={"to": "China"}, years=[2018], evidence=[])
>>> folder = Path(tempfile.mkdtemp())
>>> command = export_csv(g, folder)
>>> (folder / "nodes_State.csv").read_text().splitlines()
['id:ID,name,aliases:string[],discovered:boolean,:LABEL', 'State:Russia,Russia,Moscow,false,State']
>>> command.startswith("neo4j-admin database import full neo4j --array-delimiter=U+003B")
True
"""

from __future__ import annotations

import csv
import shlex
from collections import defaultdict
from pathlib import Path

import networkx as nx

# Tried in turn: the first that no array element contains separates array elements,
# so a sentence with a semicolon in it stays one sentence.
ARRAY_DELIMITERS = (";", "|", "\x1f")
NEO4J_TYPES = {bool: "boolean", int: "long", float: "double", str: "string"}


def export_csv(graph: nx.MultiDiGraph, out_dir: str | Path, *, database: str = "neo4j") -> str:
    """Write import files for ``graph`` into ``out_dir``; return the command line that loads them."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    nodes, relationships = _node_records(graph), _relationship_records(graph)
    delimiter = _array_delimiter([*nodes.values(), *relationships.values()])
    node_files = [
        _write(out_dir / f"nodes_{label}.csv", rows, delimiter) for label, rows in sorted(nodes.items())
    ]
    rel_files = [
        _write(out_dir / f"relationships_{t}.csv", rows, delimiter)
        for t, rows in sorted(relationships.items())
    ]
    return " ".join(
        [
            # The database comes first: "--relationships" takes every word after it as a file.
            f"neo4j-admin database import full {shlex.quote(database)}",
            f"--array-delimiter=U+{ord(delimiter):04X}",
            "--multiline-fields=true",  # PDF sentences keep their line breaks
            *(f"--nodes={shlex.quote(str(path))}" for path in node_files),
            *(f"--relationships={shlex.quote(str(path))}" for path in rel_files),
        ]
    )


def _node_records(graph: nx.MultiDiGraph) -> dict[str, list[dict]]:
    by_label = defaultdict(list)
    for node, attrs in graph.nodes(data=True):
        rest = {k: v for k, v in attrs.items() if k not in ("name", "label", "aliases", "discovered")}
        by_label[attrs["label"]].append(
            {
                "id:ID": node,
                "name": attrs.get("name"),
                "aliases": list(attrs.get("aliases") or ()),
                "discovered": bool(attrs.get("discovered")),
                **rest,
                ":LABEL": attrs["label"],
            }
        )
    return by_label


def _relationship_records(graph: nx.MultiDiGraph) -> dict[str, list[dict]]:
    by_type = defaultdict(list)
    for u, v, key, attrs in graph.edges(keys=True, data=True):
        evidence = attrs.get("evidence") or []
        by_type[attrs["type"]].append(
            {
                ":START_ID": u,
                ":END_ID": v,
                ":TYPE": attrs["type"],
                "id": key,
                **(attrs.get("properties") or {}),
                "years": list(attrs.get("years") or ()),
                "documents": sorted({ev["document"] for ev in evidence}),
                "evidence_documents": [ev["document"] for ev in evidence],
                "evidence_paths": [ev.get("path", "") for ev in evidence],
                "evidence_sentences": [ev["sentence"] for ev in evidence],
                "evidence_starts": [ev["start"] for ev in evidence],
                "evidence_ends": [ev["end"] for ev in evidence],
                "evidence_count": len(evidence),
            }
        )
    return by_type


def _array_delimiter(record_groups: list[list[dict]]) -> str:
    used = {
        char
        for records in record_groups
        for record in records
        for value in record.values()
        if isinstance(value, list)
        for element in value
        for char in ARRAY_DELIMITERS
        if char in str(element)
    }
    return next(d for d in ARRAY_DELIMITERS if d not in used)


def _write(path: Path, records: list[dict], delimiter: str) -> Path:
    """One CSV with a typed header over the union of the records' fields."""
    fields = list(dict.fromkeys(name for record in records for name in record))
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow([_header(name, [r.get(name) for r in records]) for name in fields])
        for record in records:
            writer.writerow([_cell(record.get(name), delimiter) for name in fields])
    return path


def _header(name: str, values: list) -> str:
    """``name`` with the neo4j-admin type its values share; plain strings need none.

    >>> _header("years", [[2018], []]), _header("quantity", [24, None]), _header("to", ["China"])
    ('years:long[]', 'quantity:long', 'to')
    """
    if ":" in name:
        return name
    is_array = any(isinstance(v, list) for v in values)
    elements = [e for v in values if v is not None for e in (v if isinstance(v, list) else [v])]
    kinds = {NEO4J_TYPES.get(type(e), "string") for e in elements}
    if kinds == {"long", "double"}:
        kinds = {"double"}
    kind = kinds.pop() if len(kinds) == 1 else "string"
    if kind == "string" and not is_array:
        return name
    return f"{name}:{kind}{'[]' if is_array else ''}"


def _cell(value, delimiter: str) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return delimiter.join(_cell(element, delimiter) for element in value)
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)
