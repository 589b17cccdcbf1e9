"""The property layout of :mod:`graph.stores.base`, computed the same way for every store.

A store reads what it holds for a node or relation as a plain dict of properties, hands
it here together with the new facts, and writes back the dicts it gets (a relation's
summaries, and the Evidence nodes it gains), so merging and forgetting evidence behave
identically on every backend.

>>> from graph.schema import load_schema
>>> sold = load_schema().relationship("SOLD")
>>> wire = Evidence("d1", "wire.txt", "Russia sold the S-400 to China.", 0, 31, (2018,))
>>> analysis = Evidence("d2", "analysis.md", "Deliveries began in 2020.", 40, 65, (2020,))
>>> relation = Relation("Russia", "State", "SOLD", "S-400", "WeaponSystem", {"to": "China"}, [wire])
>>> rows = relation_rows(sold, [relation])
>>> stored, evidence, added = merge_relations(sold, rows, {})
>>> relation.evidence = [analysis]
>>> merged, evidence, added = merge_relations(sold, relation_rows(sold, [relation]), {relation.id: stored[relation.id][2]})
>>> properties = merged[relation.id][2]
>>> added, properties["evidence_count"], properties["document_count"], properties["years"]
(1, 2, 2, [2018, 2020])
>>> evidence[0]["id"] == relation.id + ":1", evidence[0]["sentence"]
(True, 'Deliveries began in 2020.')
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
# A relationship with evidence holds only small summaries of it, rewritten when a
# document adds to it; the sentences are Evidence nodes of their own (below), created
# once and never rewritten, so a document costs what it adds however many documents
# state the same fact before it. The relation's Evidence nodes have the ids
# "<relation id>:<n>" for n from 0 to evidence_next - 1, minus those forgotten since:
# a reader finds them by primary key from the relation alone.
RELATION_PROPERTIES = {
    "id": "STRING", "year": "INT64", "years": "INT64[]", "planned": "BOOLEAN",
    "confidence": "DOUBLE", "evidence_count": "INT64", "document_count": "INT64",
    "evidence_next": "INT64",
}
EVIDENCE_LABEL = "Evidence"
# One evidence sentence: the relation it supports (id, type, ends: forgetting a
# document finds its relations from here) and where in which document it was read.
EVIDENCE_PROPERTIES = {
    "id": "STRING", "relation": "STRING", "type": "STRING", "source": "STRING", "target": "STRING",
    "document": "STRING", "path": "STRING", "sentence": "STRING", "start": "INT64", "end": "INT64",
    "years": "INT64[]",
}
# Evidence nodes by id, the statement both stores read a relation's evidence with.
EVIDENCE_BY_IDS = "UNWIND $ids AS id MATCH (e:Evidence {id: id}) RETURN e"
# A relation in the records of :mod:`graph.stores._records` (dump files, copies between
# stores) keeps its evidence with it, as parallel lists, one entry per sentence.
RECORD_PROPERTIES = {
    "id": "STRING", "year": "INT64", "years": "INT64[]", "planned": "BOOLEAN",
    "confidence": "DOUBLE", "documents": "STRING[]", "evidence_documents": "STRING[]",
    "evidence_paths": "STRING[]", "evidence_sentences": "STRING[]",
    "evidence_starts": "INT64[]", "evidence_ends": "INT64[]",
    # Per evidence sentence: its years, space-separated ("2014 2018"); a string because
    # Neo4j, which dump files have come from, cannot hold a list of lists.
    "evidence_years": "STRING[]",
    "evidence_count": "INT64",
}
MENTION_PROPERTIES = {"count": "INT64"}
# What opening a store written before Evidence nodes says (stores refuse it: moving
# its evidence would rewrite every relation, and ingesting again gives the same graph).
OLD_LAYOUT = (
    "{store}: store keeps evidence in the lists of an earlier tiegraph; "
    "ingest its documents again into a new store"
)
# The record lists that hold one entry per evidence sentence, side by side.
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
    """Every property a relationship of this type holds in a store, with its type."""
    if not rel_type.provenance:
        return dict(MENTION_PROPERTIES)
    return {**dict(rel_type.properties), **RELATION_PROPERTIES}


def relation_record_types(rel_type: RelationshipType) -> dict[str, str]:
    """Every property a relation record of this type holds, its evidence included."""
    return {**dict(rel_type.properties), **RECORD_PROPERTIES}


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


def relation_properties(relation: Relation, rel_type: RelationshipType) -> dict:
    """``relation`` as the properties of a relation record (its evidence as parallel
    lists), the form :func:`merge_relations` takes."""
    return {
        "id": relation.id,
        **{name: relation.properties.get(name) for name, _ in rel_type.properties},
        "planned": bool(relation.properties.get("planned", False)),
        "confidence": relation.confidence,
        **evidence_properties(list(_dated_evidence(relation))),
    }


def merge_relations(
    rel_type: RelationshipType, rows: list[tuple[str, str, dict]], stored: dict[str, dict],
    stored_evidence: dict[str, list[dict]] | None = None,
) -> tuple[dict[str, tuple[str, str, dict]], list[dict], int]:
    """``(source id, target id, record properties)`` rows of one type merged, in order,
    into the ``stored`` properties of the relations the store holds (by relation id).

    Gives the merged relations by id (their properties as a store holds them), the new
    Evidence nodes in order, and how many there are. A sentence (its document, start
    and end) that the relation already has counts once: ``stored_evidence`` gives the
    Evidence nodes of the stored relations to check against; None when the rows come
    from documents the store does not hold, whose sentences cannot be there yet, so
    nothing needs to be read. The type's own properties keep their first known value;
    a relation stays planned only while every document calls it one.
    """
    merged: dict[str, tuple[str, str, dict]] = {}
    evidence: list[dict] = []
    # By relation id: the sentences and documents it is known to hold.
    sentences: dict[str, set] = {}
    documents: dict[str, set] = {}
    for source, target, incoming in rows:
        relation_id = incoming["id"]
        if relation_id in merged:
            properties = merged[relation_id][2]
        else:
            properties = _stored_or_new(relation_id, stored.get(relation_id))
            held = (stored_evidence or {}).get(relation_id, ())
            sentences[relation_id] = {(row["document"], row["start"], row["end"]) for row in held}
            documents[relation_id] = {row["document"] for row in held}
        for name, _ in rel_type.properties:
            if properties.get(name) is None:
                properties[name] = incoming.get(name)
        properties["planned"] = bool(incoming.get("planned", False)) and properties["planned"]
        properties["confidence"] = max(properties["confidence"] or 0.0, incoming.get("confidence") or 0.0)
        years = set(properties["years"])
        for document, path, sentence, start, end, stated in zip(*_evidence_columns(incoming)):
            if (document, start, end) in sentences[relation_id]:
                continue
            sentences[relation_id].add((document, start, end))
            if document not in documents[relation_id]:
                documents[relation_id].add(document)
                properties["document_count"] += 1
            stated_years = sorted({int(year) for year in (stated or "").split()})
            years.update(stated_years)
            evidence.append({
                "id": f"{relation_id}:{properties['evidence_next']}", "relation": relation_id,
                "type": rel_type.name, "source": source, "target": target, "document": document,
                "path": path, "sentence": sentence, "start": start, "end": end, "years": stated_years,
            })
            properties["evidence_next"] += 1
            properties["evidence_count"] += 1
        properties["years"] = sorted(years)
        properties["year"] = properties["years"][0] if years else None
        merged[relation_id] = (source, target, properties)
    return merged, evidence, len(evidence)


def _stored_or_new(relation_id: str, stored: dict | None) -> dict:
    """A copy of a stored relation's properties to merge into, or those of a new one."""
    if stored is None:
        return {
            "id": relation_id, "year": None, "years": [], "planned": True, "confidence": 0.0,
            "evidence_count": 0, "document_count": 0, "evidence_next": 0,
        }
    properties = dict(stored)
    properties["years"] = list(stored.get("years") or [])
    properties["planned"] = bool(stored.get("planned", True))
    for name in ("evidence_count", "document_count", "evidence_next"):
        properties[name] = stored.get(name) or 0
    return properties


def relation_rows(rel_type: RelationshipType, relations: list[Relation]) -> list[tuple[str, str, dict]]:
    """An extraction's relations of one type as the rows :func:`merge_relations` takes."""
    return [(relation.source_id, relation.target_id, relation_properties(relation, rel_type)) for relation in relations]


def mention_rows(document_id: str, entities: list[Entity]) -> list[dict]:
    """The MENTIONS of ``entities`` by one document, as stores write them."""
    return [{"document": document_id, "entity": entity.id, "count": entity.mentions} for entity in entities]


def forget_evidence(stored: dict, kept: list[dict]) -> dict:
    """A stored relation's properties once the Evidence nodes not in ``kept`` are gone:
    its counts and years summarise what is left.

    >>> sale = {"id": "a1", "years": [2018, 2021], "evidence_count": 2, "document_count": 2, "evidence_next": 2}
    >>> left = forget_evidence(sale, [{"document": "d1", "years": [2018]}])
    >>> left["years"], left["evidence_count"], left["document_count"], left["evidence_next"]
    ([2018], 1, 1, 2)
    """
    years = sorted({year for row in kept for year in row.get("years") or ()})
    return {
        **stored,
        "year": years[0] if years else None,
        "years": years,
        "evidence_count": len(kept),
        "document_count": len({row["document"] for row in kept}),
    }


def evidence_ids(stored: dict) -> list[str]:
    """The ids the Evidence nodes of a stored relation may have (forgotten ones leave gaps)."""
    return [f"{stored['id']}:{n}" for n in range(stored.get("evidence_next") or 0)]


def in_order(rows) -> list[dict]:
    """Evidence nodes in the order their relation was given them."""
    return sorted(rows, key=lambda row: int(row["id"].rsplit(":", 1)[1]))


def by_relation(rows) -> dict[str, list[dict]]:
    """Evidence nodes grouped by the relation they support, each group in order."""
    grouped: dict[str, list[dict]] = {}
    for row in in_order(rows):
        grouped.setdefault(row["relation"], []).append(row)
    return grouped


def evidence_properties(evidence: list[Evidence]) -> dict:
    """The parallel evidence lists of a relation record and the summaries derived from them."""
    documents = [ev.document for ev in evidence]
    stated = sorted({year for ev in evidence for year in ev.years})
    return {
        "year": stated[0] if stated else None,
        "years": stated,
        "documents": list(dict.fromkeys(documents)),
        "evidence_documents": documents,
        "evidence_paths": [ev.path for ev in evidence],
        "evidence_sentences": [ev.sentence for ev in evidence],
        "evidence_starts": [ev.start for ev in evidence],
        "evidence_ends": [ev.end for ev in evidence],
        "evidence_years": [" ".join(str(year) for year in ev.years) for ev in evidence],
        "evidence_count": len(documents),
    }


def record_properties(rel_type: RelationshipType, stored: dict, evidence: list[dict]) -> dict:
    """A stored relation and its Evidence nodes as the properties of a relation record."""
    own = {name: stored.get(name) for name, _ in rel_type.properties}
    return {
        **{name: value for name, value in stored.items() if name in RECORD_PROPERTIES},
        **own,
        **evidence_properties(stored_evidence(evidence)),
    }


def _evidence_columns(properties: dict) -> list[list]:
    """A record's parallel evidence lists, ``evidence_years`` filled in for a record
    written before it existed."""
    columns = [list(properties.get(name) or []) for name in EVIDENCE_LISTS]
    columns[-1] = columns[-1] or [""] * len(columns[0])
    return columns


def stored_evidence(rows: list[dict]) -> list[Evidence]:
    """Evidence nodes, in order, as :class:`Evidence`."""
    return [
        Evidence(row["document"], row.get("path") or "", row.get("sentence") or "", row["start"], row["end"],
                 tuple(row.get("years") or ()))
        for row in in_order(rows)
    ]


def edge_attributes(rel_type: RelationshipType, stored: dict, evidence: list[dict]) -> dict:
    """Attributes of a relation's edge in :meth:`GraphStore.to_networkx`, from its stored
    properties and its Evidence nodes."""
    names = [name for name, _ in rel_type.properties] + list(SHARED_RELATION_PROPERTIES)
    return {
        "type": rel_type.name,
        "properties": {name: stored[name] for name in names if stored.get(name) is not None},
        "years": list(stored.get("years") or []),
        "evidence": [
            {"document": ev.document, "path": ev.path, "sentence": ev.sentence, "start": ev.start, "end": ev.end,
             "years": list(ev.years)}
            for ev in stored_evidence(evidence)
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


def stored_relation(
    rel_type: RelationshipType, source_id: str, target_id: str, stored: dict, evidence: list[dict]
) -> Relation:
    """The :class:`Relation` a relationship between two entities holds, with its evidence."""
    (source_label, source), (target_label, target) = split_entity_id(source_id), split_entity_id(target_id)
    return Relation(
        source, source_label, rel_type.name, target, target_label,
        edge_attributes(rel_type, stored, [])["properties"],
        stored_evidence(evidence),
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
