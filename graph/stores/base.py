"""The interface every store implements, and the property layout they share.

A store keeps entities as nodes labelled by their schema label, documents as
``Document`` nodes, and relations as typed relationships whose evidence is held in
parallel list properties (one entry per supporting sentence), so the same Cypher
reads evidence on the embedded store and on Neo4j::

    MATCH (s:State)-[r:SOLD]->(w:WeaponSystem)
    RETURN s.name, w.name, r.`to`, r.years, r.evidence_sentences[1]   // 1-based on LadybugDB

Relationship properties (besides the type's own ones from seeds/schema.yaml):

========================  =========  ==================================================
``id``                    STRING     :attr:`graph.model.Relation.id`
``year``                  INT64      earliest year the evidence gives (null if none)
``years``                 INT64[]    every year the evidence gives, sorted
``planned``               BOOLEAN    a stated plan, not a fact
``confidence``            DOUBLE     highest extraction confidence seen
``documents``             STRING[]   distinct ids of supporting documents
``evidence_documents``    STRING[]   per evidence sentence: document id
``evidence_paths``        STRING[]   per evidence sentence: document path or URL
``evidence_sentences``    STRING[]   per evidence sentence: the sentence
``evidence_starts``       INT64[]    per evidence sentence: start offset in the text
``evidence_ends``         INT64[]    per evidence sentence: end offset
``evidence_years``        STRING[]   per evidence sentence: its years, space-separated
``evidence_count``        INT64      number of evidence sentences
========================  =========  ==================================================

Entity node properties: ``id``, ``name``, ``aliases`` (STRING[]), ``discovered``
(BOOLEAN), ``confidence`` (DOUBLE), and analytics written back by ``tiegraph analyze``:
``degree``, ``betweenness`` (DOUBLE), ``community`` (INT64).
Document node properties: ``id`` (sha256), ``name`` (= title), ``path``, ``title``,
``format``, ``loaded_at`` (ISO-8601 UTC), ``size`` (INT64 bytes), ``sha256``.
``MENTIONS`` relationships carry ``count`` (INT64).
"""
from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass, field

import networkx as nx

from graph.model import Entity, Extraction


class StoreError(RuntimeError):
    """A store could not be opened, written or queried; the message is one line for the user."""


class ReadOnlyError(StoreError):
    """A write was attempted through a read-only query."""


@dataclass
class QueryResult:
    columns: list[str]
    rows: list[list]
    truncated: bool = False  # rows were capped by the caller's limit


@dataclass
class WriteSummary:
    """What writing one extraction changed."""

    document_added: bool = False
    entities_added: int = 0
    relations_added: int = 0
    evidence_added: int = 0


@dataclass
class ForgetSummary:
    documents_removed: int = 0
    relations_removed: int = 0
    evidence_removed: int = 0
    entities_removed: int = 0
    details: list[str] = field(default_factory=list)


class GraphStore(ABC):
    """A place to keep the graph. Use as a context manager or call :meth:`close`."""

    @abstractmethod
    def has_document(self, document_id: str) -> bool:
        """True when a document with this content hash is already loaded."""

    @abstractmethod
    def write(self, extraction: Extraction) -> WriteSummary:
        """Upsert one document's entities and relations in one transaction.

        Idempotent: writing the same extraction twice changes nothing. Evidence from a
        new document is appended to an existing relation with the same key.
        """

    @abstractmethod
    def forget(self, document: str) -> ForgetSummary:
        """Remove a document (by id, path or title) and every relation only it supported."""

    @abstractmethod
    def query(self, cypher: str, parameters: dict | None = None, *, write: bool = False) -> QueryResult:
        """Run Cypher with parameters; refuse writes with :class:`ReadOnlyError` unless ``write``."""

    @abstractmethod
    def stats(self) -> dict[str, dict[str, int]]:
        """``{"labels": {label: count}, "types": {type: count}}`` with every schema name present."""

    @abstractmethod
    def find_entity(self, name: str) -> Entity | None:
        """The entity whose name or alias is ``name`` (case-insensitive), or None."""

    @abstractmethod
    def to_networkx(self) -> nx.MultiDiGraph:
        """The whole graph of entities and relations (no documents, no MENTIONS).

        Node keys are entity ids; node attributes ``name``, ``label``, ``aliases``,
        ``discovered``. Edge keys are relation ids; edge attributes ``type``,
        ``properties`` (dict of the type's own properties, ``year``, ``planned``),
        ``years`` (list) and ``evidence`` (list of dicts with ``document``, ``path``,
        ``sentence``, ``start``, ``end``).
        """

    @abstractmethod
    def close(self) -> None: ...

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
