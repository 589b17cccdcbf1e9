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

from graph.model import Document, Entity, Evidence, Extraction, Relation, entity_id
from graph.schema import RelationshipType, Schema
from graph.stores.base import StoreError

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
# Properties a relation may carry besides its type's own ones.
SHARED_RELATION_PROPERTIES = ("year", "planned")


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
            raise StoreError(f"{where}: entity {entity.name!r} has unknown label {entity.label!r}")
    for relation in extraction.relations:
        _check_relation(relation, schema, where)


def _check_relation(relation: Relation, schema: Schema, where: str) -> None:
    described = f"{relation.type} {relation.source} -> {relation.target}"
    rel_type = schema.relationships.get(relation.type)
    if rel_type is None or not rel_type.provenance:
        raise StoreError(f"{where}: {described}: {relation.type!r} is not a relationship type with evidence")
    if not schema.allows(relation.type, relation.source_label, relation.target_label):
        raise StoreError(
            f"{where}: {described}: the schema does not allow "
            f"{relation.source_label} -> {relation.target_label}"
        )
    allowed = {name for name, _ in rel_type.properties} | set(SHARED_RELATION_PROPERTIES)
    unknown = sorted(set(relation.properties) - allowed)
    if unknown:
        raise StoreError(f"{where}: {described}: undeclared properties {', '.join(unknown)}")
    if not relation.evidence:
        raise StoreError(f"{where}: {described}: no evidence sentence")


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
    """Node properties for ``entity`` merged with what the store holds for it.

    Aliases are the union; a gazetteer entity (``discovered`` false) stays one even
    when another document only discovered it; confidence is the highest seen.
    """
    stored = stored or {}
    aliases = list(stored.get("aliases") or [])
    aliases += [alias for alias in entity.aliases if alias not in aliases]
    discovered = entity.discovered if not stored else bool(stored.get("discovered")) and entity.discovered
    return {
        "id": entity.id,
        "name": entity.name,
        "aliases": aliases,
        "discovered": discovered,
        "confidence": max(stored.get("confidence") or 0.0, entity.confidence),
    }


def document_properties(document: Document, loaded_at: str | None = None) -> dict:
    """Node properties of a Document; ``loaded_at`` (default: now, UTC) is used when
    the document has none."""
    loaded_at = loaded_at or datetime.now(UTC).isoformat(timespec="seconds")
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
    sentences were new (the same document, start and end count once)."""
    stored = stored or {}
    evidence = stored_evidence(stored)
    known = {_evidence_key(ev) for ev in evidence}
    for ev in _dated_evidence(relation):
        if _evidence_key(ev) not in known:
            known.add(_evidence_key(ev))
            evidence.append(ev)
    own = {
        name: stored[name] if stored.get(name) is not None else relation.properties.get(name)
        for name, _ in rel_type.properties
    }
    planned = bool(relation.properties.get("planned", False))
    properties = {
        "id": relation.id,
        **own,
        # A stated fact outweighs a stated plan: the relation stays planned only while
        # every document calls it one.
        "planned": planned and bool(stored.get("planned", True)),
        "confidence": max(stored.get("confidence") or 0.0, relation.confidence),
        **evidence_properties(evidence),
    }
    return properties, len(evidence) - stored_evidence_count(stored)


def forget_evidence(stored: dict, document_id: str) -> tuple[dict, int]:
    """The stored relation without the evidence of one document, and how many sentences went."""
    evidence = stored_evidence(stored)
    kept = [ev for ev in evidence if ev.document != document_id]
    return {**stored, **evidence_properties(kept)}, len(evidence) - len(kept)


def evidence_properties(evidence: list[Evidence]) -> dict:
    """The parallel evidence lists and the summaries derived from them."""
    years = sorted({year for ev in evidence for year in ev.years})
    return {
        "year": years[0] if years else None,
        "years": years,
        "documents": list(dict.fromkeys(ev.document for ev in evidence)),
        "evidence_documents": [ev.document for ev in evidence],
        "evidence_paths": [ev.path for ev in evidence],
        "evidence_sentences": [ev.sentence for ev in evidence],
        "evidence_starts": [ev.start for ev in evidence],
        "evidence_ends": [ev.end for ev in evidence],
        "evidence_years": [" ".join(str(year) for year in ev.years) for ev in evidence],
        "evidence_count": len(evidence),
    }


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


def _dated_evidence(relation: Relation):
    """The relation's evidence; a sentence that gives no year takes the relation's
    stated ``year`` property, so the year survives as evidence does."""
    stated = relation.properties.get("year")
    for ev in relation.evidence:
        yield ev if ev.years or stated is None else replace(ev, years=(int(stated),))


def _evidence_key(ev: Evidence) -> tuple:
    return (ev.document, ev.start, ev.end)
