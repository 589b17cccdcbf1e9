"""The data model as data: labels and relationship types read from seeds/schema.yaml.

>>> schema = load_schema()
>>> schema.relationship("SOLD").sources
('State', 'Organization')
>>> schema.allows("SOLD", "State", "WeaponSystem")
True
>>> schema.allows("SOLD", "WeaponSystem", "State")
False
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from graph.model import KEY_PROPERTIES

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
PROPERTY_TYPES = {"STRING", "INT64", "DOUBLE", "BOOLEAN"}


class SchemaError(ValueError):
    """The schema or gazetteer file is malformed or refers to something undeclared."""


@dataclass(frozen=True)
class RelationshipType:
    name: str
    sources: tuple[str, ...]
    targets: tuple[str, ...]
    meaning: str
    symmetric: bool = False
    properties: tuple[tuple[str, str], ...] = ()  # (name, type) pairs
    key: tuple[str, ...] = ()
    provenance: bool = True  # carries evidence (every type but MENTIONS)


@dataclass(frozen=True)
class Schema:
    labels: tuple[str, ...]
    relationships: dict[str, RelationshipType]

    @property
    def entity_labels(self) -> tuple[str, ...]:
        """Labels of entities, i.e. every label but Document."""
        return tuple(label for label in self.labels if label != "Document")

    def relationship(self, name: str) -> RelationshipType:
        try:
            return self.relationships[name]
        except KeyError:
            raise SchemaError(f"unknown relationship type {name!r}") from None

    def allows(self, rel_type: str, source_label: str, target_label: str) -> bool:
        rel = self.relationships.get(rel_type)
        if rel is None:
            return False
        return source_label in rel.sources and target_label in rel.targets


def _require(mapping: dict, key: str, where: str):
    if key not in mapping:
        raise SchemaError(f"{where}: missing {key!r}")
    return mapping[key]


def parse_schema(raw: dict, where: str = "schema") -> Schema:
    """Build and cross-check a :class:`Schema` from its parsed YAML form."""
    if not isinstance(raw, dict):
        raise SchemaError(f"{where}: expected a mapping at the top level")
    labels = tuple(_require(raw, "labels", where))
    if not labels:
        raise SchemaError(f"{where}: no labels declared")
    relationships = {}
    for name, spec in (_require(raw, "relationships", where) or {}).items():
        here = f"{where}: relationship {name}"
        if not isinstance(spec, dict):
            raise SchemaError(f"{here}: expected a mapping")
        sources = tuple(_require(spec, "from", here))
        targets = tuple(_require(spec, "to", here))
        for label in sources + targets:
            if label not in labels:
                raise SchemaError(f"{here}: endpoint label {label!r} is not declared under labels")
        properties = tuple((spec.get("properties") or {}).items())
        for prop, kind in properties:
            if kind not in PROPERTY_TYPES:
                raise SchemaError(f"{here}: property {prop!r} has unknown type {kind!r}")
        key = tuple(spec.get("key") or ())
        for prop in key:
            if prop not in dict(properties):
                raise SchemaError(f"{here}: key property {prop!r} is not declared under properties")
            if prop not in KEY_PROPERTIES:
                raise SchemaError(f"{here}: key property {prop!r} is not one graph.model treats as identity")
        relationships[name] = RelationshipType(
            name=name,
            sources=sources,
            targets=targets,
            meaning=str(spec.get("meaning", "")),
            symmetric=bool(spec.get("symmetric", False)),
            properties=properties,
            key=key,
            provenance=bool(spec.get("provenance", True)),
        )
    return Schema(labels=labels, relationships=relationships)


@lru_cache(maxsize=None)
def load_schema(path: str | Path | None = None) -> Schema:
    """Load seeds/schema.yaml (or ``path``) once and validate it."""
    path = Path(path) if path else SEEDS / "schema.yaml"
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise SchemaError(f"{path}: cannot read schema: {exc}") from None
    return parse_schema(raw, str(path))
