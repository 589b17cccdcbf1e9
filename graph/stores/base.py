"""The interface every store implements, and the property layout they share.

A store keeps entities as nodes labelled by their schema label, documents as
``Document`` nodes, relations as typed relationships that hold small summaries of their
evidence, and each evidence sentence as an ``Evidence`` node of its own, created once
and never rewritten, so a document costs what it adds however many documents state the
same fact. The same Cypher reads a relation's sentences on the embedded store and on
Neo4j::

    MATCH (s:State)-[r:SOLD]->(w:WeaponSystem)
    MATCH (e:Evidence {relation: r.id})
    RETURN s.name, w.name, r.`to`, e.path, e.sentence ORDER BY e.path, e.start

Relationship properties (besides the type's own ones from seeds/schema.yaml):

========================  =========  ==================================================
``id``                    STRING     :attr:`graph.model.Relation.id`
``year``                  INT64      earliest year the evidence gives (null if none)
``years``                 INT64[]    every year the evidence gives, sorted
``planned``               BOOLEAN    a stated plan, not a fact
``confidence``            DOUBLE     highest extraction confidence seen
``evidence_count``        INT64      number of evidence sentences
``document_count``        INT64      number of distinct supporting documents
``evidence_next``         INT64      the number the relation's next sentence will take
========================  =========  ==================================================

``Evidence`` node properties: ``id`` (``<relation id>:<n>``, n counting from 0 below the
relation's ``evidence_next``; a forgotten document's sentences leave gaps, so a reader
may look each one up by its primary key), ``relation`` (the relation's id), ``type``,
``source`` and ``target`` (the relation's type and its ends' entity ids), ``document``
(the document's id), ``path``, ``sentence``, ``start`` and ``end`` (INT64 character
offsets into the document's text), ``years`` (INT64[], the years the sentence gives).

Entity node properties: ``id``, ``name``, ``aliases`` (STRING[]), ``discovered``
(BOOLEAN), ``confidence`` (DOUBLE), and analytics written back by ``tiegraph analyze``:
``degree``, ``betweenness`` (DOUBLE), ``community`` (INT64).
Document node properties: ``id`` (sha256), ``name`` (= title), ``path``, ``title``,
``format``, ``loaded_at`` (ISO-8601 UTC), ``size`` (INT64 bytes), ``sha256``.
``MENTIONS`` relationships carry ``count`` (INT64).
"""
from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator
from dataclasses import astuple, dataclass, field

import networkx as nx

from graph.model import Entity, Extraction, Relation


# Rows per transaction when loading records: big enough that a round trip costs little
# next to the writing, small enough that a transaction stays well inside server memory.
BATCH_SIZE = 5000
# Entities or relations read at once when a store streams the whole graph
# (:meth:`GraphStore.entity_pages`): what an export holds in memory at a time.
PAGE_SIZE = 10_000


class StoreError(RuntimeError):
    """A store could not be opened, written or queried; the message is one line for the user."""


class ReadOnlyError(StoreError):
    """A write was attempted through a read-only query."""


class ExtractionRefused(StoreError):
    """One document's extraction breaks the schema, so the store refuses it; the store
    itself is fine and takes other documents."""


class QueryTimeout(StoreError):
    """A query ran longer than the caller allowed and was stopped."""

    def __init__(self, seconds: float):
        super().__init__(f"query stopped after {seconds:g} s (--timeout)")


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


@dataclass
class LoadSummary:
    """What loading records (:meth:`GraphStore.load_records`) changed; records the
    store already held count as merged, not added."""

    records: int = 0
    documents_added: int = 0
    entities_added: int = 0
    relations_added: int = 0
    evidence_added: int = 0

    def __add__(self, other: LoadSummary) -> LoadSummary:
        return LoadSummary(*(mine + theirs for mine, theirs in zip(astuple(self), astuple(other))))


class GraphStore(ABC):
    """A place to keep the graph. Use as a context manager or call :meth:`close`."""

    #: The Cypher dialect the store speaks: ``"embedded"`` (LadybugDB) or ``"neo4j"``.
    #: Saved queries (:mod:`graph.library`) pick their variant for a store by it.
    dialect: str

    @abstractmethod
    def has_document(self, document_id: str) -> bool:
        """True when a document with this content hash is already loaded."""

    @abstractmethod
    def write(self, extraction: Extraction) -> WriteSummary:
        """Upsert one document's entities and relations in one transaction.

        Idempotent: writing the same extraction twice changes nothing. Evidence from a
        new document is appended to an existing relation with the same key.
        """

    def held_documents(self, document_ids: Iterable[str]) -> set[str]:
        """The ids among ``document_ids`` of documents already loaded; a store that can
        looks them all up at once."""
        return {document_id for document_id in document_ids if self.has_document(document_id)}

    def write_many(self, extractions: list[Extraction]) -> list[WriteSummary | ExtractionRefused]:
        """Write several extractions as :meth:`write` would, one after another: for each,
        what it changed, or the :class:`ExtractionRefused` that kept it out while the others
        were written. A store that can writes them in one transaction, so a reader or a
        failure meets all of them or none; by default each has its own."""
        results: list[WriteSummary | ExtractionRefused] = []
        for extraction in extractions:
            try:
                results.append(self.write(extraction))
            except ExtractionRefused as refused:
                results.append(refused)
        return results

    @abstractmethod
    def forget(self, document: str) -> ForgetSummary:
        """Remove a document (by id, path or title) and every relation only it supported."""

    @abstractmethod
    def query(
        self, cypher: str, parameters: dict | None = None, *, write: bool = False,
        limit: int | None = None, timeout: float | None = None,
    ) -> QueryResult:
        """Run Cypher with parameters; refuse writes with :class:`ReadOnlyError` unless ``write``.

        Parameters travel to the database as values, never spliced into the statement.
        At most ``limit`` rows come back (all when None), with ``truncated`` set when there
        were more; a query still running after ``timeout`` seconds is stopped with a
        :class:`StoreError`.
        """

    @abstractmethod
    def stats(self) -> dict[str, dict[str, int]]:
        """``{"labels": {label: count}, "types": {type: count}}`` with every schema name present."""

    @abstractmethod
    def find_entity(self, name: str) -> Entity | None:
        """The entity called ``name``, or None.

        An entity whose stored name is exactly ``name`` wins, found by its id
        (``Label:name``) in the id index; only when there is none is ``name`` matched
        against every name and alias ignoring case, a name beating an alias. Among
        equals the schema's label order decides: "Georgia" is the State, not the Region.
        """

    def entity(self, name: str) -> Entity:
        """Like :meth:`find_entity`, but a name no entity answers to is an error naming it."""
        found = self.find_entity(name)
        if found is None:
            raise StoreError(f"no entity named {name!r} in the store")
        return found

    @abstractmethod
    def relations(self, entity_id: str) -> list[Relation]:
        """Every relation with evidence that starts or ends at the entity, with its evidence."""

    @abstractmethod
    def paths(
        self,
        source_id: str,
        target_id: str,
        *,
        max_hops: int = 4,
        types: list[str] | None = None,
        via: list[str] | None = None,
        since: int | None = None,
        limit: int = 10,
    ) -> list[list[Relation]]:
        """The shortest paths between two entities, each the relations it walks in order.

        A path may walk a relation either way and never walks one twice; it takes only
        relations of ``types`` (default: every type with evidence, so never a document),
        passes only through entities labelled one of ``via`` (the two ends excepted, so
        a relation between them passes through none and always qualifies), and with ``since`` only through relations with evidence from that year on.
        Paths longer than ``max_hops`` are not looked for. Of the shortest paths (the
        first thousand found), the first ``limit`` are returned in a stable order: by the
        names of the entities they pass through, then the types and ids of their
        relations. None when no path is short enough, an entity is not in the store, or
        the two ids are the same.
        """

    @abstractmethod
    def set_entity_properties(self, values: dict[str, dict]) -> int:
        """Write analytics (``degree``, ``betweenness``, ``community``) onto entities:
        ``{entity id: {property: value}}``, a property left out being cleared. Returns
        how many entities were found and changed."""

    def to_networkx(self) -> nx.MultiDiGraph:
        """The whole graph of entities and relations (no documents, no MENTIONS).

        Node keys are entity ids; node attributes ``name``, ``label``, ``aliases``,
        ``discovered``. Edge keys are relation ids; edge attributes ``type``,
        ``properties`` (dict of the type's own properties, ``year``, ``planned``),
        ``years`` (list) and ``evidence`` (list of dicts with ``document``, ``path``,
        ``sentence``, ``start``, ``end``, ``years``). Read a page at a time, but held whole: a
        graph too large for memory streams through :meth:`entity_pages` and
        :meth:`relation_pages` instead.
        """
        graph = nx.MultiDiGraph()
        for label in self.schema.entity_labels:
            for page in self.entity_pages(label):
                graph.add_nodes_from(page)
        for rel_type in self.schema.relationships.values():
            if rel_type.provenance:
                for page in self.relation_pages(rel_type.name):
                    graph.add_edges_from(page)
        return graph

    @abstractmethod
    def entity_pages(self, label: str, size: int = PAGE_SIZE) -> Iterator[list[tuple[str, dict]]]:
        """Every entity with ``label`` as ``(id, attributes)``, the nodes of
        :meth:`to_networkx`, in pages of at most ``size``; the order is the store's own.

        Example: count the weapon systems without holding them all::

            sum(len(page) for page in store.entity_pages("WeaponSystem"))
        """

    @abstractmethod
    def relation_pages(self, type_name: str, size: int = PAGE_SIZE) -> Iterator[list[tuple[str, str, str, dict]]]:
        """Every relation of a type with evidence as ``(source id, target id, relation id,
        attributes)``, the edges of :meth:`to_networkx`, in pages of at most ``size``."""

    @abstractmethod
    def records(self) -> Iterator[dict]:
        """The whole graph as plain records: documents, entities, relations with all
        their evidence, and mentions with their counts (the record layout is in
        :mod:`graph.stores._records`). Another store's :meth:`load_records` takes them.

        Example: copy a local store to a Neo4j server::

            with open_store("graph.lbug", read_only=True) as local, open_store(neo4j_uri=uri) as shared:
                shared.load_records(local.records())
        """

    @abstractmethod
    def load_records(self, records: Iterable[dict], *, batch_size: int = BATCH_SIZE) -> LoadSummary:
        """Write records (from :meth:`records` or a dump), ``batch_size`` rows per
        transaction, merging them into what the store holds as :meth:`write` merges
        extractions: loading the same records twice changes nothing, evidence for a
        relation the store holds is added to it. A record that does not fit the schema
        is a :class:`StoreError` naming it; batches written before it stay written.
        """

    @abstractmethod
    def close(self) -> None: ...

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
