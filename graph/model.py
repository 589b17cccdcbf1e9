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


def split_entity_id(entity_id: str) -> tuple[str, str]:
    """The label and the name an entity id is made of (labels hold no colon; names may).

    >>> split_entity_id("Exercise:Northern/Interaction-2023")
    ('Exercise', 'Northern/Interaction-2023')
    """
    label, _, name = entity_id.partition(":")
    return label, name


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

    @property
    def best_evidence(self) -> Evidence | None:
        """The sentence to quote for the relation: the most recent one (the latest year it
        gives), the first stated among equals; an undated sentence only when none is dated.

        >>> old = Evidence("d1", "a.txt", "Russia sold the S-400 to China in 2014.", 0, 39, (2014,))
        >>> new = Evidence("d2", "b.txt", "Deliveries ended in 2020.", 0, 25, (2018, 2020))
        >>> Relation("Russia", "State", "SOLD", "S-400", "WeaponSystem", {}, [old, new]).best_evidence.path
        'b.txt'
        """
        if not self.evidence:
            return None
        _, best = max(enumerate(self.evidence), key=lambda item: (max(item[1].years, default=-1), -item[0]))
        return best


@dataclass(frozen=True)
class Hop:
    """A relation walked from one of its ends: ``forward`` when from its source to its
    target, as a trace walks a path or an entity's profile lists what touches it.

    >>> sale = Relation("Russia", "State", "SOLD", "S-400", "WeaponSystem", {"to": "China"})
    >>> hop = Hop(sale, forward=False)
    >>> hop.start, hop.end, hop.arrow
    ('S-400', 'Russia', '<-')
    """

    relation: Relation
    forward: bool

    @property
    def start(self) -> str:
        return self.relation.source if self.forward else self.relation.target

    @property
    def end(self) -> str:
        return self.relation.target if self.forward else self.relation.source

    @property
    def end_id(self) -> str:
        return self.relation.target_id if self.forward else self.relation.source_id

    @property
    def arrow(self) -> str:
        return "->" if self.forward else "<-"


def walk(relations: list[Relation], start_id: str) -> list[Hop]:
    """The hops of a path that walks ``relations`` in order from the entity ``start_id``.

    >>> sold = Relation("Russia", "State", "SOLD", "S-400", "WeaponSystem", {"to": "India"})
    >>> bought = Relation("India", "State", "ACQUIRED", "S-400", "WeaponSystem", {"from": "Russia"})
    >>> [(hop.start, hop.arrow, hop.end) for hop in walk([sold, bought], "State:Russia")]
    [('Russia', '->', 'S-400'), ('S-400', '<-', 'India')]
    """
    hops = []
    here = start_id
    for relation in relations:
        hops.append(Hop(relation, forward=relation.source_id == here))
        here = hops[-1].end_id
    return hops


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
