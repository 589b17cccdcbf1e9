"""The whole graph as a stream of plain records, which every store can give and take.

``tiegraph copy`` moves a graph between stores with it and ``tiegraph dump`` /
``restore`` keep it as JSON lines (:mod:`graph.dump`). A record is a dict whose
``record`` key says what it holds; properties follow the layout of
:mod:`graph.stores.base`, with the properties a store does not hold left out, but for
a relation's evidence: a store keeps it as Evidence nodes, a record as parallel lists
in the relation's properties (``RECORD_PROPERTIES`` of :mod:`graph.stores._layout`;
the layout stores had before Evidence nodes, so older dumps restore as they are)::

    {"record": "document", "properties": {"id": "9f2c...", "path": "wire.txt", "title": ...}}
    {"record": "entity", "label": "State", "properties": {"id": "State:Russia", "name": "Russia", ...}}
    {"record": "relation", "type": "SOLD", "source_id": "State:Russia", "source_label": "State",
     "target_id": "WeaponSystem:S-400", "target_label": "WeaponSystem",
     "properties": {"id": "...", "to": "China", "years": [2018], "evidence_sentences": [...], ...}}
    {"record": "mention", "document_id": "9f2c...", "entity_id": "State:Russia",
     "entity_label": "State", "properties": {"count": 3}}

A store gives documents first, then entities, relations and mentions. A store taking
records wants each document and entity before the relations and mentions that name it
(it writes every pending node before a batch of links), and refuses a link to a node
that neither came before it nor is in the store.

>>> from graph.schema import load_schema
>>> check_record({"record": "entity", "label": "Planet", "properties": {"id": "Planet:Mars"}}, load_schema())
Traceback (most recent call last):
graph.stores._records.RecordError: entity: unknown label 'Planet'
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from functools import cache
from typing import TYPE_CHECKING, NamedTuple

from graph.schema import RelationshipType, Schema
from graph.stores._cypher import identifier
from graph.stores._layout import (
    DOCUMENT_PROPERTIES,
    ENTITY_PROPERTIES,
    EVIDENCE_BY_IDS,
    EVIDENCE_LISTS,
    MENTION_PROPERTIES,
    by_relation,
    evidence_ids,
    record_properties,
    relation_record_types,
)
from graph.stores.base import BATCH_SIZE, LoadSummary, StoreError

if TYPE_CHECKING:
    from graph.stores.base import GraphStore

KINDS = ("document", "entity", "relation", "mention")
# Relations whose evidence is read with one statement when a store gives its records.
EVIDENCE_PAGE = 500
# Records that make nodes; they are written before any record that links nodes.
NODE_KINDS = ("document", "entity")

# Python types a property of each layout type may hold. Exact types, not isinstance:
# True is an int to isinstance, and this check runs for every property of every record.
_PYTHON_TYPES = {
    "STRING": frozenset({str}), "INT64": frozenset({int}), "DOUBLE": frozenset({float, int}),
    "BOOLEAN": frozenset({bool}),
}
# Each layout type, lists included, as (the types its values or items may have, is a list).
_LAYOUT_TYPES = {
    **{name: (types, False) for name, types in _PYTHON_TYPES.items()},
    **{f"{name}[]": (types, True) for name, types in _PYTHON_TYPES.items()},
}


class RecordError(StoreError):
    """A record that does not fit the schema or the property layout."""


class MissingEndpoints(RecordError):
    """A store wrote fewer relations or mentions than it was given: some name a node it lacks."""

    def __init__(self, message: str = "some relations or mentions name nodes the store does not hold"):
        super().__init__(message)


class BatchWrites(NamedTuple):
    """How a store writes each group of rows :func:`batches` gives, inside one transaction."""

    documents: Callable[[list[dict]], int]  # -> documents added
    entities: Callable[[str, list[dict]], int]  # (label, rows) -> entities added
    relations: Callable[[RelationshipType, str, str, list[tuple]], tuple[int, int]]  # -> (added, evidence added)
    mentions: Callable[[str, list[dict]], None]  # (entity label, rows)
    existing_ids: Callable[[str, list[str]], set[str]]  # (label, ids) -> the ids the store holds

    # relations() and mentions() raise MissingEndpoints when a row names a node the store
    # lacks; only then are the ends looked up, to name one (a lookup per batch would cost
    # two more round trips to a server).


def graph_records(store: GraphStore) -> Iterator[dict]:
    """Every document, entity, relation and mention ``store`` holds, as records.

    Read with the Cypher both stores share; each kind comes sorted by id, so two
    stores holding the same graph give the same records in the same order.
    """
    schema = store.schema
    for node in _sorted_nodes(store, "Document"):
        yield {"record": "document", "properties": _declared(node, DOCUMENT_PROPERTIES)}
    for label in schema.entity_labels:
        for node in _sorted_nodes(store, label):
            yield {"record": "entity", "label": label, "properties": _declared(node, ENTITY_PROPERTIES)}
    for rel_type in schema.relationships.values():
        if not rel_type.provenance:
            continue
        types = relation_record_types(rel_type)
        relations = _sorted_relations(store, rel_type, "r.id")
        for start in range(0, len(relations), EVIDENCE_PAGE):
            page = relations[start:start + EVIDENCE_PAGE]
            ids = [key for *_, relation in page for key in evidence_ids(relation)]
            evidence = by_relation(node for (node,) in store.query(EVIDENCE_BY_IDS, {"ids": ids}).rows) if ids else {}
            for source_label, target_label, source, target, relation in page:
                properties = record_properties(rel_type, relation, evidence.get(relation["id"], []))
                yield {
                    "record": "relation", "type": rel_type.name,
                    "source_id": source, "source_label": source_label,
                    "target_id": target, "target_label": target_label,
                    "properties": _declared(properties, types),
                }
    for _, label, document, entity, mention in _sorted_relations(store, schema.relationship("MENTIONS"), "s.id"):
        yield {
            "record": "mention", "document_id": document, "entity_id": entity, "entity_label": label,
            "properties": _declared(mention, MENTION_PROPERTIES),
        }


def check_record(record: object, schema: Schema) -> None:
    """Raise :class:`RecordError` unless ``record`` is a record of the layout that
    ``schema`` allows: known kind, label and type, endpoints the type allows, declared
    properties of the declared types, ids present, evidence lists of equal length."""
    if not isinstance(record, dict):
        raise RecordError(f"a record is a JSON object, not {type(record).__name__}")
    kind = record.get("record")
    if kind == "document":
        _check_properties(record, "document", DOCUMENT_PROPERTIES, required=("id",))
    elif kind == "entity":
        label = _string(record, "label", "entity")
        if label not in schema.entity_labels:
            raise RecordError(f"entity: unknown label {label!r}")
        _check_properties(record, f"entity {label}", ENTITY_PROPERTIES, required=("id", "name"))
    elif kind == "relation":
        _check_relation(record, schema)
    elif kind == "mention":
        described = f"mention of {_string(record, 'entity_id', 'mention')}"
        _string(record, "document_id", described)
        if _string(record, "entity_label", described) not in schema.entity_labels:
            raise RecordError(f"{described}: unknown label {record['entity_label']!r}")
        _check_properties(record, described, MENTION_PROPERTIES, required=("count",))
    else:
        raise RecordError(f"unknown record {kind!r}; expected one of {', '.join(KINDS)}")


def batches(records: Iterable[dict], schema: Schema, batch_size: int = BATCH_SIZE) -> Iterator[tuple[tuple, list]]:
    """``records``, checked, in groups a store writes with one statement each:
    ``(group, rows)`` where ``group`` is ``("document",)``, ``("entity", label)``,
    ``("relation", type, source label, target label)`` or ``("mention", label)``.

    Rows are what the store's writes take: property dicts for documents and entities
    (documents with every property named), ``(source id, target id, properties)``
    for relations, ``{"document", "entity", "count"}`` for mentions. Every pending
    document and entity comes out before a batch of relations or mentions.

    >>> from graph.schema import load_schema
    >>> records = [
    ...     {"record": "entity", "label": "State", "properties": {"id": "State:Russia", "name": "Russia"}},
    ...     {"record": "entity", "label": "State", "properties": {"id": "State:China", "name": "China"}},
    ... ]
    >>> [(group, len(rows)) for group, rows in batches(records, load_schema(), batch_size=10)]
    [(('entity', 'State'), 2)]
    """
    if batch_size < 1:
        raise StoreError(f"batch size must be at least 1, not {batch_size}")
    pending: dict[tuple, list] = {}
    for record in records:
        check_record(record, schema)
        group = _group(record)
        rows = pending.setdefault(group, [])
        rows.append(_row(record))
        if len(rows) >= batch_size:
            if group[0] not in NODE_KINDS:
                yield from _flush(pending, NODE_KINDS)
            yield group, pending.pop(group)
    yield from _flush(pending, NODE_KINDS)
    yield from _flush(pending, KINDS)


def load_batch(group: tuple, rows: list, schema: Schema, writes: BatchWrites) -> LoadSummary:
    """Write one ``(group, rows)`` of :func:`batches` through a store's ``writes``."""
    kind, *names = group
    summary = LoadSummary(records=len(rows))
    if kind == "document":
        summary.documents_added = writes.documents(rows)
    elif kind == "entity":
        summary.entities_added = writes.entities(names[0], rows)
    else:
        try:
            if kind == "relation":
                type_name, source_label, target_label = names
                summary.relations_added, summary.evidence_added = writes.relations(
                    schema.relationship(type_name), source_label, target_label, rows
                )
            else:
                writes.mentions(names[0], rows)
        except MissingEndpoints:
            _check_endpoints(group, rows, writes.existing_ids)
            raise
    return summary


def _check_endpoints(group: tuple, rows: list, existing: Callable[[str, list[str]], set[str]]) -> None:
    """Refuse a batch of relations or mentions that names a node the store lacks;
    ``existing(label, ids)`` gives the ids among ``ids`` the store holds with ``label``."""
    kind = group[0]
    if kind == "relation":
        _, type_name, source_label, target_label = group
        ends = [(source_label, [row[0] for row in rows]), (target_label, [row[1] for row in rows])]
    else:
        ends = [("Document", [row["document"] for row in rows]), (group[1], [row["entity"] for row in rows])]
    for label, ids in ends:
        missing = sorted(set(ids) - existing(label, sorted(set(ids))))
        if missing:
            named = type_name if kind == "relation" else "MENTIONS"
            raise RecordError(
                f"{named} names {label} {missing[0]!r}, which neither the records nor the store hold"
                + (f" (and {len(missing) - 1} more)" if len(missing) > 1 else "")
            )


# -- reading ------------------------------------------------------------------------


def _sorted_nodes(store: GraphStore, label: str) -> list[dict]:
    rows = store.query(f"MATCH (n:{identifier(label)}) RETURN n").rows
    return sorted((node for (node,) in rows), key=lambda node: node["id"])


def _sorted_relations(store: GraphStore, rel_type: RelationshipType, key: str) -> list[tuple]:
    """``(source label, target label, source id, target id, relationship)`` for every
    relationship of the type, sorted by ``key`` (``r.id`` or ``s.id``) then the ends."""
    found = []
    for source_label in rel_type.sources:
        for target_label in rel_type.targets:
            cypher = (
                f"MATCH (s:{identifier(source_label)})-[r:{identifier(rel_type.name)}]->"
                f"(t:{identifier(target_label)}) RETURN {key} AS sort_key, s.id AS source, t.id AS target, r AS found"
            )
            found += [
                (order, source, target, source_label, target_label, relation)
                for order, source, target, relation in store.query(cypher).rows
            ]
    found.sort(key=lambda row: row[:3])
    return [(source_label, target_label, source, target, relation)
            for _, source, target, source_label, target_label, relation in found]


def _declared(stored: dict, types: dict[str, str]) -> dict:
    """The layout's properties of a node or relationship, in layout order, nulls left out."""
    return {name: stored[name] for name in types if stored.get(name) is not None}


# -- checking -----------------------------------------------------------------------


def _check_relation(record: dict, schema: Schema) -> None:
    type_name = _string(record, "type", "relation")
    source, target = _string(record, "source_id", type_name), _string(record, "target_id", type_name)
    described = f"{type_name} {source} -> {target}"
    rel_type = schema.relationships.get(type_name)
    if rel_type is None or not rel_type.provenance:
        raise RecordError(f"{described}: {type_name!r} is not a relationship type with evidence")
    source_label = _string(record, "source_label", described)
    target_label = _string(record, "target_label", described)
    if not schema.allows(type_name, source_label, target_label):
        raise RecordError(f"{described}: the schema does not allow {source_label} -> {target_label}")
    properties = _check_properties(record, described, _relation_types(rel_type), required=("id",))
    lengths = {name: len(properties.get(name) or []) for name in EVIDENCE_LISTS}
    if len(set(lengths.values())) > 1:
        counts = ", ".join(f"{name} {length}" for name, length in lengths.items())
        raise RecordError(f"{described}: evidence lists differ in length ({counts})")


def _check_properties(record: dict, described: str, types: dict[str, str], required: tuple[str, ...]) -> dict:
    properties = record.get("properties")
    if not isinstance(properties, dict):
        raise RecordError(f"{described}: 'properties' must be an object")
    if not properties.keys() <= types.keys():
        raise RecordError(f"{described}: undeclared properties {', '.join(sorted(properties.keys() - types.keys()))}")
    for name, value in properties.items():
        if value is not None and not _fits(value, types[name]):
            raise RecordError(f"{described}: property {name} must be {types[name]}, not {value!r}"[:300])
    for name in required:
        if properties.get(name) is None:
            raise RecordError(f"{described}: property {name} is missing")
    return properties


def _fits(value: object, type_: str) -> bool:
    allowed, is_list = _LAYOUT_TYPES[type_]
    if is_list:
        return type(value) is list and allowed.issuperset(map(type, value))
    return type(value) in allowed


_relation_types = cache(relation_record_types)


def _string(record: dict, key: str, described: str) -> str:
    value = record.get(key)
    if not isinstance(value, str) or not value:
        raise RecordError(f"{described}: {key!r} must be a non-empty string")
    return value


# -- batching -----------------------------------------------------------------------


def _group(record: dict) -> tuple:
    kind = record["record"]
    if kind == "entity":
        return (kind, record["label"])
    if kind == "relation":
        return (kind, record["type"], record["source_label"], record["target_label"])
    if kind == "mention":
        return (kind, record["entity_label"])
    return (kind,)


def _row(record: dict):
    kind, properties = record["record"], record["properties"]
    if kind == "document":
        return {name: properties.get(name) for name in DOCUMENT_PROPERTIES}
    if kind == "relation":
        return (record["source_id"], record["target_id"], properties)
    if kind == "mention":
        return {"document": record["document_id"], "entity": record["entity_id"], "count": properties["count"]}
    return properties


def _flush(pending: dict[tuple, list], kinds: tuple[str, ...]) -> Iterator[tuple[tuple, list]]:
    for kind in kinds:
        for group in [group for group in pending if group[0] == kind]:
            yield group, pending.pop(group)
