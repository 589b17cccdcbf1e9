"""CSV files for ``neo4j-admin database import full``, the fastest way into an empty Neo4j.

One nodes file per label and one relationships file per type, with typed headers
(``id:ID,name,aliases:string[],discovered:boolean,:LABEL`` and
``:START_ID,:END_ID,:TYPE,id,...``), and the evidence sentences as ``Evidence`` nodes
(``nodes_Evidence.csv``), in the layout every store uses (see
:mod:`graph.stores.base`): relationships carry the type's own properties as the schema
declares them, ``year``, ``planned``, ``years`` and the counts of their evidence; each
sentence is a node ``<relation id>:<n>``, numbered from 0 in the relation's order.

Rows are written as they come, so that a graph of millions of relations never has to
fit in memory: from a store, a page at a time (:meth:`GraphStore.entity_pages`,
:meth:`GraphStore.relation_pages`); from a networkx graph, node by node.

>>> import tempfile
>>> g = nx.MultiDiGraph()
>>> g.add_node("State:Russia", name="Russia", label="State", aliases=["Moscow"], discovered=False)
>>> g.add_node("WeaponSystem:S-400", name="S-400", label="WeaponSystem", aliases=[], discovered=False)
>>> _ = g.add_edge("State:Russia", "WeaponSystem:S-400", key="9f1c", type="SOLD",
...                properties={"to": "China"}, years=[2018], evidence=[])
>>> folder = Path(tempfile.mkdtemp())
>>> written = export_csv(g, folder)
>>> (folder / "nodes_State.csv").read_text().splitlines()
['id:ID,name,aliases:string[],discovered:boolean,:LABEL', 'State:Russia,Russia,Moscow,false,State']
>>> written.command.startswith("neo4j-admin database import full neo4j --array-delimiter=U+003B")
True
>>> written.entities, written.relations
(2, 1)
"""

from __future__ import annotations

import csv
import os
import shlex
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import networkx as nx

from graph.exporters._subgraph import ExportError
from graph.schema import RelationshipType, Schema, load_schema
from graph.stores._layout import EVIDENCE_LABEL

# Tried in turn: the first that no array element contains separates array elements,
# so a sentence with a semicolon in it stays one sentence.
ARRAY_DELIMITERS = (";", "|", "\x1f")
NODE_HEADER = ("id:ID", "name", "aliases:string[]", "discovered:boolean", ":LABEL")
SUMMARY_HEADER = ("years:long[]", "evidence_count:long", "document_count:long", "evidence_next:long")
EVIDENCE_NODE_HEADER = (
    "id:ID", "relation", "type", "source", "target", "document", "path", "sentence", "start:long", "end:long",
    "years:long[]", ":LABEL",
)
# neo4j-admin's names for the schema's property types; a plain string needs none.
NEO4J_TYPES = {"STRING": "", "INT64": ":long", "DOUBLE": ":double", "BOOLEAN": ":boolean"}


@dataclass
class CsvExport:
    """What :func:`export_csv` wrote, and the command line that loads it."""

    command: str
    entities: int
    relations: int
    evidence: int = 0


def export_csv(source, out_dir: str | Path, *, database: str = "neo4j", schema: Schema | None = None) -> CsvExport:
    """Write import files for ``source`` (a :class:`~graph.stores.base.GraphStore`,
    streamed, or the graph ``to_networkx`` returns) into ``out_dir``.

    ``schema`` gives the relationship columns of a networkx graph (default: the
    project's); a store brings its own.
    """
    if isinstance(source, nx.MultiDiGraph):
        schema = schema or load_schema()
        nodes, edges = source.nodes(data=True), source.edges(keys=True, data=True)
    else:
        schema, nodes, edges = source.schema, _store_nodes(source), _store_edges(source)
    with _ImportFiles(Path(out_dir)) as files:
        for node, attrs in nodes:
            files.add(f"nodes_{attrs['label']}.csv", NODE_HEADER, _node_row(node, attrs))
            files.entities += 1
        for source_id, target_id, key, attrs in edges:
            rel_type = schema.relationship(attrs["type"])
            files.add(f"relationships_{rel_type.name}.csv", _relationship_header(rel_type),
                      _relationship_row(rel_type, source_id, target_id, key, attrs))
            files.relations += 1
            for row in _evidence_rows(rel_type, source_id, target_id, key, attrs):
                files.add(f"nodes_{EVIDENCE_LABEL}.csv", EVIDENCE_NODE_HEADER, row)
                files.evidence += 1
    return CsvExport(_import_command(files, database), files.entities, files.relations, files.evidence)


def _store_nodes(store) -> Iterator[tuple[str, dict]]:
    for label in store.schema.entity_labels:
        for page in store.entity_pages(label):
            yield from page


def _store_edges(store) -> Iterator[tuple[str, str, str, dict]]:
    for rel_type in store.schema.relationships.values():
        if rel_type.provenance:
            for page in store.relation_pages(rel_type.name):
                yield from page


def _import_command(files: _ImportFiles, database: str) -> str:
    names = sorted(files.written)
    return " ".join(
        [
            # The database comes first: "--relationships" takes every word after it as a file.
            f"neo4j-admin database import full {shlex.quote(database)}",
            f"--array-delimiter=U+{ord(files.delimiter):04X}",
            "--multiline-fields=true",  # PDF sentences keep their line breaks
            *(f"--nodes={shlex.quote(str(files.folder / name))}" for name in names if name.startswith("nodes_")),
            *(f"--relationships={shlex.quote(str(files.folder / name))}" for name in names
              if name.startswith("relationships_")),
        ]
    )


def _node_row(node: str, attrs: dict) -> list:
    return [node, attrs.get("name"), list(attrs.get("aliases") or ()), bool(attrs.get("discovered")), attrs["label"]]


def _relationship_header(rel_type: RelationshipType) -> list[str]:
    """``:START_ID,:END_ID,:TYPE,id``, the type's own properties and the shared ones
    typed as the schema declares them, then the evidence arrays.

    >>> _relationship_header(load_schema().relationship("VETOED"))[3:7]
    ['id', 'forum', 'year:long', 'planned:boolean']
    """
    declared = [*rel_type.properties, ("year", "INT64"), ("planned", "BOOLEAN")]
    return [":START_ID", ":END_ID", ":TYPE", "id", *(name + NEO4J_TYPES[kind] for name, kind in declared),
            *SUMMARY_HEADER]


def _relationship_row(rel_type: RelationshipType, source: str, target: str, key: str, attrs: dict) -> list:
    properties = attrs.get("properties") or {}
    evidence = attrs.get("evidence") or []
    return [
        source, target, rel_type.name, key,
        *(properties.get(name) for name, _ in rel_type.properties),
        properties.get("year"), properties.get("planned"),
        list(attrs.get("years") or ()),
        len(evidence),
        len({ev["document"] for ev in evidence}),
        len(evidence),
    ]


def _evidence_rows(rel_type: RelationshipType, source: str, target: str, key: str, attrs: dict) -> Iterator[list]:
    """The relation's evidence sentences as Evidence node rows, numbered in order."""
    for n, ev in enumerate(attrs.get("evidence") or ()):
        yield [
            f"{key}:{n}", key, rel_type.name, source, target, ev["document"], ev.get("path", ""), ev["sentence"],
            ev["start"], ev["end"], list(ev.get("years") or ()), EVIDENCE_LABEL,
        ]


class _ImportFiles:
    """The CSV files of one export, each opened at its first row and written row by row.

    The array delimiter is the first of ARRAY_DELIMITERS that no array element holds.
    Until an element shows otherwise, the one in use is assumed free; when an element
    holds it, the files written so far are rewritten with the next free one, which
    happens at most twice and, since a sentence with a semicolon comes early in any
    real corpus, while the files are still small.
    """

    def __init__(self, folder: Path):
        self.folder = folder
        self.delimiter = ARRAY_DELIMITERS[0]
        self.used: set[str] = set()  # delimiters some array element holds
        self.written: dict[str, tuple] = {}  # file name -> (open file, csv writer)
        self.entities = self.relations = self.evidence = 0

    def __enter__(self) -> _ImportFiles:
        self.folder.mkdir(parents=True, exist_ok=True)
        return self

    def __exit__(self, *exc) -> None:
        for handle, _ in self.written.values():
            handle.close()

    def add(self, name: str, header: Iterable[str], row: list) -> None:
        """Append ``row`` (values in ``header`` order) to the file ``name``."""
        self._check_delimiter(row)
        if name not in self.written:
            handle = (self.folder / name).open("w", encoding="utf-8", newline="")
            self.written[name] = (handle, csv.writer(handle))
            self.written[name][1].writerow(header)
        self.written[name][1].writerow([_cell(value, self.delimiter) for value in row])

    def _check_delimiter(self, row: list) -> None:
        for value in row:
            if isinstance(value, list):
                for element in value:
                    text = str(element)
                    self.used.update(char for char in ARRAY_DELIMITERS if char in text)
        if self.delimiter in self.used:
            free = [char for char in ARRAY_DELIMITERS if char not in self.used]
            if not free:
                raise ExportError("no array delimiter is free: array elements hold ';', '|' and U+001F")
            self._rewrite(free[0])

    def _rewrite(self, delimiter: str) -> None:
        """Rewrite every file written so far with ``delimiter`` between array elements,
        a row at a time; no element written so far holds the old delimiter or the new."""
        for name, (handle, _) in self.written.items():
            handle.close()
            path, rewritten = self.folder / name, self.folder / f"{name}.rewrite"
            with path.open(encoding="utf-8", newline="") as old, rewritten.open("w", encoding="utf-8", newline="") as new:
                rows, writer = csv.reader(old), csv.writer(new)
                header = next(rows)
                writer.writerow(header)
                arrays = [column.endswith("[]") for column in header]
                for row in rows:
                    writer.writerow([delimiter.join(cell.split(self.delimiter)) if array else cell
                                     for cell, array in zip(row, arrays)])
            os.replace(rewritten, path)
            handle = path.open("a", encoding="utf-8", newline="")
            self.written[name] = (handle, csv.writer(handle))
        self.delimiter = delimiter


def _cell(value, delimiter: str) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return delimiter.join(_cell(element, delimiter) for element in value)
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)
