"""The backend-neutral representation of extracted facts.

Loaders produce :class:`Extraction` objects; stores write them; stores hand back
networkx graphs (see :func:`graph.stores.base.GraphStore.to_networkx`) that the
exporters draw. Nothing here knows about a particular store.

>>> russia = Entity("Russia", "State")
>>> russia.id
'State:Russia'
>>> ev = Evidence("ab12", "report.txt", "Russia sold the S-400 to China in 2018.", 0, 39, (2018,))
>>> sale = Relation("Russia", "State", "SOLD", "S-400", "WeaponSystem", {"to": "China"}, [ev])
>>> sale.key
('State:Russia', 'SOLD', 'WeaponSystem:S-400', (('to', 'China'),))
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

# Relationship properties that take part in a relation's identity (seeds/schema.yaml
# declares them per type as `key`; graph.schema checks the two agree).
KEY_PROPERTIES = ("to", "from")


def entity_id(label: str, name: str) -> str:
    """The stable identifier of an entity: its label and canonical name.

    >>> entity_id("WeaponSystem", "Su-35")
    'WeaponSystem:Su-35'
    """
    return f"{label}:{name}"


@dataclass(frozen=True)
class Evidence:
    """One sentence of one document that supports a relation.

    ``start``/``end`` are character offsets into the document's extracted text, so
    ``document_text[start:end] == sentence``.
    """

    document: str  # the document's id (sha256 of its bytes)
    path: str  # where the document was read from, as the user gave it
    sentence: str
    start: int
    end: int
    years: tuple[int, ...] = ()

    def to_dict(self) -> dict:
        return {
            "document": self.path,
            "document_id": self.document,
            "sentence": self.sentence,
            "start": self.start,
            "end": self.end,
            "years": list(self.years),
        }


@dataclass
class Entity:
    """A node: one real-world thing under its canonical name and exactly one label."""

    name: str
    label: str
    aliases: tuple[str, ...] = ()
    discovered: bool = False  # recognised by a pattern, not found in the gazetteer
    confidence: float = 1.0
    mentions: int = 0

    @property
    def id(self) -> str:
        return entity_id(self.label, self.name)


@dataclass
class Relation:
    """A typed, directed edge between two entities, with the evidence that supports it.

    ``properties`` holds the type's own properties (``to`` on SOLD, ``forum`` on
    VETOED, ``year``, ``planned`` ...). Those named as ``key`` in the schema take part
    in the relation's identity together with its endpoints and type.
    """

    source: str
    source_label: str
    type: str
    target: str
    target_label: str
    properties: dict = field(default_factory=dict)
    evidence: list[Evidence] = field(default_factory=list)
    confidence: float = 1.0

    @property
    def source_id(self) -> str:
        return entity_id(self.source_label, self.source)

    @property
    def target_id(self) -> str:
        return entity_id(self.target_label, self.target)

    @property
    def key(self) -> tuple:
        keyed = tuple(
            (k, self.properties[k]) for k in KEY_PROPERTIES if self.properties.get(k) is not None
        )
        return (self.source_id, self.type, self.target_id, keyed)

    @property
    def id(self) -> str:
        """A short stable identifier derived from :attr:`key`, shared by every store."""
        return hashlib.sha1(repr(self.key).encode("utf-8")).hexdigest()[:16]

    @property
    def years(self) -> list[int]:
        return sorted({y for ev in self.evidence for y in ev.years})


@dataclass
class Document:
    """One loaded source and its extracted main text."""

    id: str  # sha256 of the raw bytes
    path: str
    title: str
    text: str
    format: str
    loaded_at: str = ""

    @staticmethod
    def content_id(raw: bytes) -> str:
        return hashlib.sha256(raw).hexdigest()


@dataclass
class Extraction:
    """Everything one document yields: the document, the entities it mentions and the relations."""

    document: Document
    entities: list[Entity] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
