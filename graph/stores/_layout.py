"""The property layout of :mod:`graph.stores.base`, computed the same way for every store.

A store reads what it holds for a node or relation as a plain dict of properties, hands
it here together with the new facts, and writes back the dict it gets, so merging and
forgetting evidence behave identically on every backend.

>>> from graph.schema import load_schema
>>> sold = load_schema().relationship("SOLD")
>>> wire = Evidence("d1", "wire.txt", "Russia sold the S-400 to China.", 0, 31, (2018,))
>>> analysis = Evidence("d2", "analysis.md", "Deliveries began in 2018.", 40, 65, (2018,))
>>> relation = Relation("Russia", "State", "SOLD", "S-400", "WeaponSystem", {"to": "China"}, [wire])
>>> stored, added = relation_properties(relation, sold)
>>> relation.evidence = [wire, analysis]
>>> merged, added = relation_properties(relation, sold, stored)
>>> added, merged["evidence_count"], merged["documents"], merged["years"]
(1, 2, ['d1', 'd2'], [2018])
>>> kept, removed = forget_evidence(merged, "d2")
>>> removed, kept["evidence_paths"]
(1, ['wire.txt'])
"""
from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from graph.model import (
    Document,
    Entity,
    Evidence,
    Extraction,
    Relation,
    entity_id,
    split_entity_id,
)
from graph.schema import RelationshipType, Schema
from graph.stores.base import ExtractionRefused, StoreError

ENTITY_PROPERTIES = {
    "id": "STRING", "name": "STRING", "aliases": "STRING[]", "discovered": "BOOLEAN",
    "confidence": "DOUBLE", "degree": "DOUBLE", "betweenness": "DOUBLE", "community": "INT64",
}
DOCUMENT_PROPERTIES = {
    "id": "STRING", "name": "STRING", "path": "STRING", "title": "STRING", "format": "STRING",
    "loaded_at": "STRING", "size": "INT64", "sha256": "STRING",
}
EVIDENCE_PROPERTIES = {
    "id": "STRING", "year": "INT64", "years": "INT64[]", "planned": "BOOLEAN",
    "confidence": "DOUBLE", "documents": "STRING[]", "evidence_documents": "STRING[]",
    "evidence_paths": "STRING[]", "evidence_sentences": "STRING[]",
    "evidence_starts": "INT64[]", "evidence_ends": "INT64[]",
    # Per evidence sentence: its years, space-separated ("2014 2018"). Kept so that
    # forgetting a document can recompute `years`; a string because Neo4j cannot hold
    # a list of lists.
    "evidence_years": "STRING[]",
    "evidence_count": "INT64",
}
MENTION_PROPERTIES = {"count": "INT64"}
# The lists that hold one entry per evidence sentence, side by side.
EVIDENCE_LISTS = (
    "evidence_documents", "evidence_paths", "evidence_sentences", "evidence_starts", "evidence_ends",
    "evidence_years",
)
# Properties a relation may carry besides its type's own ones.
SHARED_RELATION_PROPERTIES = ("year", "planned")
# Analytics an entity node may be given after it is written (``tiegraph analyze --write``).
ANALYTICS_PROPERTIES = ("degree", "betweenness", "community")
# Paths: the most hops asked for, and how many shortest paths are read from the store
# before they are put in order and cut to the number asked for.
MAX_HOPS = 10
PATHS_READ = 1000


def relation_property_types(rel_type: RelationshipType) -> dict[str, str]:
    """Every property a relationship of this type holds, with its type."""
    if not rel_type.provenance:
        return dict(MENTION_PROPERTIES)
    return {**dict(rel_type.properties), **EVIDENCE_PROPERTIES}


def check_extraction(extraction: Extraction, schema: Schema) -> None:
    """Refuse, before anything is written, an extraction the schema does not allow."""
    where = extraction.document.path
    for entity in extraction.entities:
        if entity.label not in schema.entity_labels:
            raise ExtractionRefused(f"{where}: entity {entity.name!r} has unknown label {entity.label!r}")
    for relation in extraction.relations:
        _check_relation(relation, schema, where)


def _check_relation(relation: Relation, schema: Schema, where: str) -> None:
    described = f"{relation.type} {relation.source} -> {relation.target}"
    rel_type = schema.relationships.get(relation.type)
    if rel_type is None or not rel_type.provenance:
        raise ExtractionRefused(f"{where}: {described}: {relation.type!r} is not a relationship type with evidence")
    if not schema.allows(relation.type, relation.source_label, relation.target_label):
        raise ExtractionRefused(
            f"{where}: {described}: the schema does not allow "
            f"{relation.source_label} -> {relation.target_label}"
        )
    allowed = {name for name, _ in rel_type.properties} | set(SHARED_RELATION_PROPERTIES)
    unknown = sorted(set(relation.properties) - allowed)
    if unknown:
        raise ExtractionRefused(f"{where}: {described}: undeclared properties {', '.join(unknown)}")
    if not relation.evidence:
        raise ExtractionRefused(f"{where}: {described}: no evidence sentence")


def entities_to_write(extraction: Extraction) -> list[Entity]:
    """The extraction's entities, one per id, plus relation endpoints it did not list.

    Mention counts of an entity listed twice are added up, and every entity counts at
    least one mention: the document names it.
    """
    entities: dict[str, Entity] = {}
    for entity in extraction.entities:
        known = entities.get(entity.id)
        entities[entity.id] = entity if known is None else _combined(known, entity)
    for relation in extraction.relations:
        for name, label in ((relation.source, relation.source_label), (relation.target, relation.target_label)):
            entities.setdefault(entity_id(label, name), Entity(name, label))
    return [replace(entity, mentions=max(entity.mentions, 1)) for entity in entities.values()]


def _combined(known: Entity, entity: Entity) -> Entity:
    merged = entity_properties(entity, entity_properties(known))
    return replace(
        known,
        aliases=tuple(merged["aliases"]),
        discovered=merged["discovered"],
        confidence=merged["confidence"],
        mentions=known.mentions + entity.mentions,
    )


def entity_properties(entity: Entity, stored: dict | None = None) -> dict:
    """Node properties for ``entity`` merged with what the store holds for it (see
    :func:`merge_entity_properties`)."""
    incoming = {
        "id": entity.id,
        "name": entity.name,
        "aliases": list(entity.aliases),
        "discovered": entity.discovered,
        "confidence": entity.confidence,
    }
    return merge_entity_properties(incoming, stored)


def merge_entity_properties(incoming: dict, stored: dict | None = None) -> dict:
    """An entity's node properties from a document or another store, merged with what
    the store holds for it.

    Aliases are the union; a gazetteer entity (``discovered`` false) stays one even
    when another document only discovered it; confidence is the highest seen. Analytics
    that come with ``incoming`` replace the stored ones, which are kept otherwise.

    >>> stored = {"id": "State:Russia", "name": "Russia", "aliases": ["Moscow"], "degree": 4.0}
    >>> merged = merge_entity_properties({"id": "State:Russia", "name": "Russia", "aliases": ["RF"]}, stored)
    >>> merged["aliases"], merged["degree"]
    (['Moscow', 'RF'], 4.0)
    """
    stored = stored or {}
    aliases = list(stored.get("aliases") or [])
    aliases += [alias for alias in incoming.get("aliases") or () if alias not in aliases]
    discovered = bool(incoming.get("discovered"))
    return {
        "id": incoming["id"],
        "name": incoming["name"],
        "aliases": aliases,
        "discovered": discovered and bool(stored.get("discovered")) if stored else discovered,
        "confidence": max(stored.get("confidence") or 0.0, incoming.get("confidence") or 0.0),
        **{
            name: incoming[name] if incoming.get(name) is not None else stored.get(name)
            for name in ANALYTICS_PROPERTIES
        },
    }


def merge_entities(rows: list[dict], stored: dict[str, dict]) -> dict[str, dict]:
    """Entity properties by id: ``rows`` (which may name one entity twice) merged, in
    order, into the ``stored`` properties of the entities the store already holds."""
    merged: dict[str, dict] = {}
    for incoming in rows:
        known = merged.get(incoming["id"]) or stored.get(incoming["id"])
        merged[incoming["id"]] = merge_entity_properties(incoming, known)
    return merged


def document_properties(document: Document, loaded_at: str | None = None) -> dict:
    """Node properties of a Document; ``loaded_at`` (default: now, UTC) is used when
    the document has none."""
    loaded_at = loaded_at or utc_now()
    return {
        "id": document.id,
        "name": document.title,
        "path": document.path,
        "title": document.title,
        "format": document.format,
        "loaded_at": document.loaded_at or loaded_at,
        "size": None,  # graph.model.Document does not carry the raw size yet
        "sha256": document.id,
    }


def relation_properties(
    relation: Relation, rel_type: RelationshipType, stored: dict | None = None
) -> tuple[dict, int]:
    """Properties of ``relation`` merged with the stored ones, and how many evidence
    sentences were new (see :func:`merge_relation_properties`)."""
    incoming = {
        "id": relation.id,
        **{name: relation.properties.get(name) for name, _ in rel_type.properties},
        "planned": bool(relation.properties.get("planned", False)),
        "confidence": relation.confidence,
        **evidence_properties(list(_dated_evidence(relation))),
    }
    return merge_relation_properties(incoming, rel_type, stored)


def merge_relation_properties(
    incoming: dict, rel_type: RelationshipType, stored: dict | None = None
) -> tuple[dict, int]:
    """A relation's properties from a document or another store, merged with the stored
    ones, and how many evidence sentences were new.

    Evidence is the union in order, the same document, start and end counting once;
    summaries (``year``, ``years``, ``documents``, ``evidence_count``) are recomputed
    from it. The type's own properties keep their first known value.
    """
    stored = stored or {}
    # Column by column rather than as Evidence objects: loading a graph merges every
    # relation it holds, so this runs hundreds of thousands of times.
    columns = _evidence_columns(incoming)
    keys = set(zip(columns[0], columns[3], columns[4]))  # document, start, end
    # A relation met for the first time, the common case when a whole graph is loaded,
    # keeps its own lists as they are unless one of its sentences repeats.
    if stored or len(keys) < len(columns[0]):
        columns = _union_of_evidence(_evidence_columns(stored), columns)
    own = {
        name: stored[name] if stored.get(name) is not None else incoming.get(name)
        for name, _ in rel_type.properties
    }
    properties = {
        "id": incoming["id"],
        **own,
        # A stated fact outweighs a stated plan: the relation stays planned only while
        # every document calls it one.
        "planned": bool(incoming.get("planned", False)) and bool(stored.get("planned", True)),
        "confidence": max(stored.get("confidence") or 0.0, incoming.get("confidence") or 0.0),
        **_summarised(*columns),
    }
    return properties, len(columns[0]) - stored_evidence_count(stored)


def merge_relations(
    rel_type: RelationshipType, rows: list[tuple[str, str, dict]], stored: dict[str, dict]
) -> tuple[dict[str, tuple[str, str, dict]], int]:
    """``(source id, target id, properties)`` rows of one type merged, in order, into the
    ``stored`` properties of the relations the store already holds (by relation id);
    the merged rows by relation id, and how many evidence sentences were new."""
    merged: dict[str, tuple[str, str, dict]] = {}
    evidence_added = 0
    for source, target, incoming in rows:
        relation_id = incoming["id"]
        known = merged[relation_id][2] if relation_id in merged else stored.get(relation_id)
        properties, added = merge_relation_properties(incoming, rel_type, known)
        merged[relation_id] = (source, target, properties)
        evidence_added += added
    return merged, evidence_added


def relation_rows(rel_type: RelationshipType, relations: list[Relation]) -> list[tuple[str, str, dict]]:
    """An extraction's relations of one type as the rows :func:`merge_relations` takes."""
    return [(relation.source_id, relation.target_id, relation_properties(relation, rel_type)[0]) for relation in relations]


def mention_rows(document_id: str, entities: list[Entity]) -> list[dict]:
    """The MENTIONS of ``entities`` by one document, as stores write them."""
    return [{"document": document_id, "entity": entity.id, "count": entity.mentions} for entity in entities]


def forget_evidence(stored: dict, document_id: str) -> tuple[dict, int]:
    """The stored relation without the evidence of one document, and how many sentences went."""
    evidence = stored_evidence(stored)
    kept = [ev for ev in evidence if ev.document != document_id]
    return {**stored, **evidence_properties(kept)}, len(evidence) - len(kept)


def evidence_properties(evidence: list[Evidence]) -> dict:
    """The parallel evidence lists and the summaries derived from them."""
    return _summarised(
        [ev.document for ev in evidence],
        [ev.path for ev in evidence],
        [ev.sentence for ev in evidence],
        [ev.start for ev in evidence],
        [ev.end for ev in evidence],
        [" ".join(str(year) for year in ev.years) for ev in evidence],
    )


def _summarised(*columns: list) -> dict:
    """The parallel evidence lists (in :data:`EVIDENCE_LISTS` order) as stored, with the
    summaries derived from them."""
    documents, years = columns[0], columns[-1]
    stated = sorted({int(year) for text in years for year in (text or "").split()})
    return {
        "year": stated[0] if stated else None,
        "years": stated,
        "documents": list(dict.fromkeys(documents)),
        **dict(zip(EVIDENCE_LISTS, columns)),
        "evidence_count": len(documents),
    }


def _union_of_evidence(columns: list[list], incoming: list[list]) -> list[list]:
    """``columns`` (parallel evidence lists) with the sentences of ``incoming`` they lack
    appended in order; a sentence is its document, start and end."""
    known = set(zip(columns[0], columns[3], columns[4]))
    for sentence in zip(*incoming):
        key = (sentence[0], sentence[3], sentence[4])
        if key not in known:
            known.add(key)
            for column, value in zip(columns, sentence):
                column.append(value)
    return columns


def _evidence_columns(stored: dict) -> list[list]:
    """Copies of a relation's parallel evidence lists, ``evidence_years`` filled in for a
    relation stored before it existed."""
    columns = [list(stored.get(name) or []) for name in EVIDENCE_LISTS]
    columns[-1] = columns[-1] or [""] * len(columns[0])
    return columns


def stored_evidence(stored: dict) -> list[Evidence]:
    """The evidence sentences held in a relation's parallel lists."""
    documents = stored.get("evidence_documents") or []
    years = stored.get("evidence_years") or [""] * len(documents)
    columns = zip(
        documents,
        stored.get("evidence_paths") or [],
        stored.get("evidence_sentences") or [],
        stored.get("evidence_starts") or [],
        stored.get("evidence_ends") or [],
        years,
    )
    return [
        Evidence(document, path, sentence, start, end, tuple(int(y) for y in (stated or "").split()))
        for document, path, sentence, start, end, stated in columns
    ]


def stored_evidence_count(stored: dict) -> int:
    return len(stored.get("evidence_documents") or [])


def edge_attributes(rel_type: RelationshipType, stored: dict) -> dict:
    """Attributes of a relation's edge in :meth:`GraphStore.to_networkx`."""
    names = [name for name, _ in rel_type.properties] + list(SHARED_RELATION_PROPERTIES)
    return {
        "type": rel_type.name,
        "properties": {name: stored[name] for name in names if stored.get(name) is not None},
        "years": list(stored.get("years") or []),
        "evidence": [
            {"document": ev.document, "path": ev.path, "sentence": ev.sentence, "start": ev.start, "end": ev.end}
            for ev in stored_evidence(stored)
        ],
    }


def node_attributes(label: str, stored: dict) -> dict:
    """Attributes of an entity's node in :meth:`GraphStore.to_networkx`."""
    return {
        "name": stored["name"],
        "label": label,
        "aliases": list(stored.get("aliases") or []),
        "discovered": bool(stored.get("discovered")),
    }


def stored_relation(rel_type: RelationshipType, source_id: str, target_id: str, stored: dict) -> Relation:
    """The :class:`Relation` a relationship between two entities holds, with its evidence."""
    (source_label, source), (target_label, target) = split_entity_id(source_id), split_entity_id(target_id)
    return Relation(
        source, source_label, rel_type.name, target, target_label,
        edge_attributes(rel_type, stored)["properties"],
        stored_evidence(stored),
        stored.get("confidence") if stored.get("confidence") is not None else 1.0,
    )


def walkable_types(schema: Schema, types=None, via=None, max_hops: int = 4) -> list[str]:
    """The relationship types a path may walk (``types``, default every type with
    evidence), after checking ``types``, the ``via`` labels and ``max_hops``."""
    evidence_types = [rel_type.name for rel_type in schema.relationships.values() if rel_type.provenance]
    for given, known, kind in ((types, evidence_types, "relationship type"), (via, schema.entity_labels, "label")):
        unknown = sorted(set(given or ()) - set(known))
        if unknown:
            raise StoreError(f"unknown {kind} {unknown[0]!r}; known: {', '.join(known)}")
    if not 1 <= max_hops <= MAX_HOPS:
        raise StoreError(f"max hops must be between 1 and {MAX_HOPS}, not {max_hops}")
    return [name for name in evidence_types if name in types] if types else evidence_types


def ordered_paths(paths: list[list[Relation]], source_id: str, limit: int) -> list[list[Relation]]:
    """The first ``limit`` paths from ``source_id`` in the order of :func:`path_order`."""
    return sorted(paths, key=lambda path: path_order([(r.source_id, r.type, r.target_id, r.id) for r in path], source_id))[:limit]


def path_order(hops: list[tuple[str, str, str, str]], source_id: str) -> list[tuple]:
    """Where a path from ``source_id`` stands among others, from its relations given as
    ``(source id, type, target id, relation id)``: by the names of the entities it passes
    through, then the types and ids of the relations it walks.

    >>> path_order([("State:Russia", "SOLD", "WeaponSystem:S-400", "a1"),
    ...             ("State:India", "ACQUIRED", "WeaponSystem:S-400", "b2")], "State:Russia")
    [('S-400', 'SOLD', 'a1'), ('India', 'ACQUIRED', 'b2')]
    """
    order, here = [], source_id
    for source, type_, target, relation_id in hops:
        here = target if source == here else source
        order.append((split_entity_id(here)[1], type_, relation_id))
    return order


def analytics_rows(values: dict[str, dict], schema: Schema) -> dict[str, list[dict]]:
    """``{entity id: {property: value}}`` as rows of ``id`` and every analytics property,
    grouped by the entities' labels (checked against the schema); a property not given
    is cleared."""
    rows: dict[str, list[dict]] = {}
    for entity, given in values.items():
        unknown = sorted(set(given) - set(ANALYTICS_PROPERTIES))
        if unknown:
            raise StoreError(f"{unknown[0]!r} is not an analytics property ({', '.join(ANALYTICS_PROPERTIES)})")
        label, _ = split_entity_id(entity)
        if label not in schema.entity_labels:
            raise StoreError(f"{entity!r} is not an entity id (Label:Name)")
        rows.setdefault(label, []).append({"id": entity, **{name: given.get(name) for name in ANALYTICS_PROPERTIES}})
    return rows


def stored_entity(label: str, stored: dict, mentions: int = 0) -> Entity:
    """The :class:`Entity` a node holds."""
    return Entity(
        name=stored["name"],
        label=label,
        aliases=tuple(stored.get("aliases") or ()),
        discovered=bool(stored.get("discovered")),
        confidence=stored.get("confidence") if stored.get("confidence") is not None else 1.0,
        mentions=mentions,
    )


def utc_now() -> str:
    """The time a document is loaded at, as it is stored: ISO 8601, UTC, to the second."""
    return datetime.now(UTC).isoformat(timespec="seconds")


def _dated_evidence(relation: Relation):
    """The relation's evidence; a sentence that gives no year takes the relation's
    stated ``year`` property, so the year survives as evidence does."""
    stated = relation.properties.get("year")
    for ev in relation.evidence:
        yield ev if ev.years or stated is None else replace(ev, years=(int(stated),))
