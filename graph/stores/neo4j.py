"""The Neo4j store: the graph on a Neo4j 5 server, through the official driver.

Same property layout as every store (:mod:`graph.stores.base`) and the same merging and
forgetting rules (:mod:`graph.stores._layout`), so a query or an export gives the same
answer here as on the embedded store. Each label and each relationship type with
evidence gets a uniqueness constraint on ``id`` the first time a store is opened for
writing; each document, and each batch of records (:meth:`Neo4jStore.load_records`), is
written in one transaction of batched ``UNWIND`` statements. Labels and relationship types
are written into Cypher only after they are checked against the schema; every value
travels as a parameter.

Open one against a server (``docker compose up -d`` starts one)::

    with Neo4jStore("bolt://localhost:7687", user="neo4j", password="tiegraph-dev") as store:
        store.stats()["types"]["SOLD"]
"""
from __future__ import annotations

import logging
import ssl
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from functools import partial
from time import sleep

import neo4j
from neo4j.exceptions import AuthError, ClientError, DriverError, Neo4jError, ServiceUnavailable

from graph.model import Entity, Extraction, Relation, entity_id, split_entity_id
from graph.schema import RelationshipType, Schema, load_schema
from graph.stores import _layout, _records
from graph.stores._cypher import READ_ONLY_QUERY, check_query, identifier
from graph.stores.base import (
    BATCH_SIZE,
    PAGE_SIZE,
    ForgetSummary,
    GraphStore,
    LoadSummary,
    QueryResult,
    QueryTimeout,
    ReadOnlyError,
    StoreError,
    WriteSummary,
)

SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")

# A transaction that fails for a passing reason is tried this many times in all, the
# first wait between tries being BACKOFF_SECONDS and each next one twice as long.
TRIES = 3
BACKOFF_SECONDS = 0.5

# The server's code for a write that a uniqueness constraint refused.
CONSTRAINT_BROKEN = "Neo.ClientError.Schema.ConstraintValidationFailed"

# The end of a query that found entities `n`: each with how often documents mention it.
WITH_MENTIONS = (
    "OPTIONAL MATCH (:Document)-[m:MENTIONS]->(n) "
    "RETURN properties(n) AS node, coalesce(sum(m.count), 0) AS mentions"
)

# The driver logs connection failures at ERROR; with no handler configured Python would
# print them to stderr next to the one-line StoreError the user already gets.
logging.getLogger("neo4j").addHandler(logging.NullHandler())


class Neo4jStore(GraphStore):
    """A graph kept in a Neo4j database.

    ``uri`` is a ``bolt://``, ``neo4j://`` or ``neo4j+s://`` address; ``user`` and
    ``password`` are needed unless the server runs without auth (a password alone is
    for the user ``neo4j``); ``database`` picks a database other than the server's
    default. Open it ``read_only`` to refuse every change; otherwise the first open
    creates the ``id`` constraints. Connection problems surface here, as one-line
    :class:`StoreError` messages.
    """

    dialect = "neo4j"

    def __init__(
        self,
        uri: str,
        *,
        user: str | None = None,
        password: str | None = None,
        database: str | None = None,
        read_only: bool = False,
        schema: Schema | None = None,
    ):
        self.uri = uri
        self.user = user or ("neo4j" if password else None)
        self.database = database
        self.read_only = read_only
        self.schema = schema or load_schema()
        if uri.split("://", 1)[0].lower() not in SCHEMES:
            raise StoreError(
                f"cannot use {uri!r} as a Neo4j address: give a bolt://, neo4j:// or neo4j+s:// URI"
            )
        auth = neo4j.basic_auth(self.user, password or "") if self.user else None
        with self._errors():
            self._driver = neo4j.GraphDatabase.driver(uri, auth=auth)
        # Every session of the store shares its bookmarks, so that on a cluster a read sees
        # the store's own writes even when a secondary that has not applied them yet serves it.
        self._bookmarks = neo4j.GraphDatabase.bookmark_manager()
        try:
            if read_only:
                # Auto-commit, not a managed transaction: the driver would retry a server
                # it cannot reach for 30 seconds before giving up.
                with self._errors(), self._session(neo4j.READ_ACCESS) as session:
                    session.run("RETURN 1").consume()
                    self._refuse_old_layout(session)
            else:
                self._ensure_constraints()
        except StoreError:
            self._driver.close()
            raise

    # -- GraphStore -----------------------------------------------------------------

    def has_document(self, document_id: str) -> bool:
        return self._read(_has_document, document_id)

    def write(self, extraction: Extraction) -> WriteSummary:
        self._require_writable()
        _layout.check_extraction(extraction, self.schema)
        # The time is taken here, not in the transaction function, which the driver may retry.
        return self._write(self._write_extraction, extraction, _layout.utc_now())

    def forget(self, document: str) -> ForgetSummary:
        self._require_writable()
        return self._write(self._forget, document)

    def query(
        self, cypher: str, parameters: dict | None = None, *, write: bool = False,
        limit: int | None = None, timeout: float | None = None,
    ) -> QueryResult:
        parameters = parameters or {}
        if check_query(cypher, parameters, write=write):
            self._require_writable()
        # The server enforces READ mode too, which catches writes the check above cannot
        # see (a procedure whose name does not say it writes).
        access = neo4j.WRITE_ACCESS if write and not self.read_only else neo4j.READ_ACCESS
        rows, truncated = [], False
        try:
            with self._errors(), self._session(access) as session:
                # Records stream in; those past the limit are discarded on the server.
                result = session.run(neo4j.Query(cypher, timeout=timeout), parameters)
                columns = list(result.keys())
                for record in result:
                    if limit is not None and len(rows) == limit:
                        truncated = True
                        break
                    rows.append([plain(value) for value in record.values()])
        except StoreError as exc:
            if timeout and "TimedOut" in (getattr(exc.__cause__, "code", None) or ""):
                raise QueryTimeout(timeout) from exc
            raise
        return QueryResult(columns, rows, truncated)

    def stats(self) -> dict[str, dict[str, int]]:
        return self._read(self._stats)

    def find_entity(self, name: str) -> Entity | None:
        """The entity called ``name`` (see :meth:`GraphStore.find_entity`): an exact stored
        name through the id constraints' indexes, else a scan of names and aliases."""
        return self._read(self._find_entity, name)

    def relations(self, entity_id: str) -> list[Relation]:
        return self._read(self._relations, entity_id)

    def paths(self, source_id, target_id, *, max_hops=4, types=None, via=None, since=None, limit=10):
        walkable = _layout.walkable_types(self.schema, types, via, max_hops)
        if source_id == target_id:  # allShortestPaths refuses a path from a node to itself
            return []
        conditions = []
        if since is not None:
            conditions.append("all(r IN relationships(p) WHERE any(year IN r.years WHERE year >= $since))")
        if via:
            conditions.append("all(n IN nodes(p)[1..-1] WHERE any(label IN labels(n) WHERE label IN $via))")
        cypher = (
            f"MATCH (a:{self._entity_label(source_id)} {{id: $source}}), (b:{self._entity_label(target_id)} {{id: $target}}) "
            f"MATCH p = allShortestPaths((a)-[:{'|'.join(walkable)}*..{int(max_hops)}]-(b))"
            f"{' WHERE ' + ' AND '.join(conditions) if conditions else ''} "
            "RETURN [r IN relationships(p) | {type: type(r), source: startNode(r).id, target: endNode(r).id, "
            f"properties: properties(r)}}] AS walked LIMIT {_layout.PATHS_READ}"
        )

        def kept_paths(tx):
            found = [
                record["walked"]
                for record in tx.run(cypher, source=source_id, target=target_id, since=since, via=list(via or ()))
            ]
            # Evidence is read for the paths kept only.
            kept = sorted(found, key=lambda path: _layout.path_order(
                [(r["source"], r["type"], r["target"], r["properties"]["id"]) for r in path], source_id))[:limit]
            return [self._stored_relations(tx, path) for path in kept]

        return self._read(kept_paths)

    def set_entity_properties(self, values: dict[str, dict]) -> int:
        self._require_writable()
        assignments = ", ".join(f"n.{name} = row.{name}" for name in _layout.ANALYTICS_PROPERTIES)
        rows = _layout.analytics_rows(values, self.schema)
        return self._write(lambda tx: sum(
            tx.run(
                f"UNWIND $rows AS row MATCH (n:{self._checked(label)} {{id: row.id}}) "
                f"SET {assignments} RETURN count(n) AS changed",
                rows=Rows(batch),
            ).single()["changed"]
            for label, batch in rows.items()
        ))

    def entity_pages(self, label: str, size: int = PAGE_SIZE):
        cypher = (
            f"MATCH (n:{self._checked(label)}) WHERE n.id > $after "
            "RETURN n.id AS id, properties(n) AS stored ORDER BY n.id LIMIT $size"
        )
        for page in self._id_pages(cypher, size):
            yield [(record["id"], _layout.node_attributes(label, record["stored"])) for record in page]

    def relation_pages(self, type_name: str, size: int = PAGE_SIZE):
        rel_type = self.schema.relationship(type_name)
        cypher = (
            f"MATCH (s)-[r:{self._checked(type_name)}]->(t) WHERE r.id > $after "
            "RETURN r.id AS id, s.id AS source, t.id AS target, properties(r) AS stored ORDER BY r.id LIMIT $size"
        )
        for page in self._id_pages(cypher, size):
            evidence = self._read(_evidence_of, [record["stored"] for record in page])
            yield [
                (record["source"], record["target"], record["id"],
                 _layout.edge_attributes(rel_type, record["stored"], evidence.get(record["id"], [])))
                for record in page
            ]

    def _id_pages(self, cypher: str, size: int):
        """The records of ``cypher`` (which returns ``id`` and pages with ``$after`` and
        ``$size``), a page at a time, each from where the last ended: the uniqueness
        constraint's index on ``id`` finds and orders a page without reading the rest."""
        after = ""
        while True:
            page = self._read(_page, cypher, after, size)
            if page:
                yield page
            if len(page) < size:
                return
            after = page[-1]["id"]

    def records(self):
        return _records.graph_records(self)

    def load_records(self, records, *, batch_size: int = BATCH_SIZE) -> LoadSummary:
        """Write ``records`` in batches, one transaction each, in order.

        Each batch is checked, grouped and, where possible, merged here while the one
        before it is being written on a second thread, so the client's work overlaps
        the server's; a batch is handed over only once the one before it committed, so
        nothing is written after a batch that failed. Relations of a type that held no
        relationship when the load began are merged without reading the store first
        (see :meth:`_write_batch`).
        """
        self._require_writable()
        unread_types = {name for name, count in self._read(self._stats)["types"].items() if count == 0}
        summary = LoadSummary()
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="tiegraph-neo4j-load") as writer:
            writing = None
            for group, rows in _records.batches(records, self.schema, batch_size):
                merged = self._merged_ahead(group, rows, unread_types)
                if writing is not None:
                    summary += writing.result()
                writing = writer.submit(self._write_batch, group, rows, merged, unread_types)
            if writing is not None:
                summary += writing.result()
        return summary

    def close(self) -> None:
        self._driver.close()

    # -- writing ----------------------------------------------------------------------

    def _write_extraction(self, tx, extraction: Extraction, loaded_at: str) -> WriteSummary:
        summary = WriteSummary()
        document = extraction.document
        if _has_document(tx, document.id):
            return summary
        _add_documents(tx, [_layout.document_properties(document, loaded_at)])
        summary.document_added = True
        by_label = defaultdict(list)
        for entity in _layout.entities_to_write(extraction):
            by_label[entity.label].append(entity)
        for label, entities in by_label.items():
            rows = [_layout.entity_properties(entity) for entity in entities]
            summary.entities_added += _upsert_entities(tx, self._checked(label), rows)
            _merge_mentions(tx, label, _layout.mention_rows(document.id, entities))
        groups = defaultdict(list)
        for relation in extraction.relations:
            groups[(relation.type, relation.source_label, relation.target_label)].append(relation)
        for (type_name, source_label, target_label), relations in groups.items():
            rel_type = self.schema.relationship(self._checked(type_name))
            # The document is new, so none of its sentences can be stored yet.
            created, evidence_added = _upsert_relations(
                tx, rel_type, self._checked(source_label), self._checked(target_label),
                _layout.relation_rows(rel_type, relations), new_documents=True,
            )
            summary.relations_added += created
            summary.evidence_added += evidence_added
        return summary

    def _merged_ahead(self, group: tuple, rows: list, unread_types: set[str]) -> tuple | None:
        """A batch of relations of a type in ``unread_types`` merged among themselves
        (what :func:`_layout.merge_relations` gives against an empty store); None for
        any other batch, whose merging needs the stored relations."""
        if group[0] != "relation" or group[1] not in unread_types:
            return None
        return _layout.merge_relations(self.schema.relationship(group[1]), rows, {}, {})

    def _write_batch(self, group: tuple, rows: list, merged: tuple | None, unread_types: set[str]) -> LoadSummary:
        """Write one batch of :func:`_records.batches` in its own transaction.

        ``merged`` (from :meth:`_merged_ahead`) rests on the guess that none of the
        batch's relations is stored yet. The type's id constraint checks the guess:
        when a relation with one of the ids is there after all (the records name it
        twice, or another writer stored it meanwhile), the CREATE fails, nothing of the
        batch is kept, and the type's batches from then on are merged with what the
        store holds, this one first.
        """
        if merged is not None and group[1] in unread_types:
            try:
                return self._write(self._load_batch, group, rows, merged)
            except StoreError as error:
                if getattr(error.__cause__, "code", None) != CONSTRAINT_BROKEN:
                    raise
                unread_types.discard(group[1])
        return self._write(self._load_batch, group, rows, None)

    def _load_batch(self, tx, group: tuple, rows: list, merged: tuple | None) -> LoadSummary:
        writes = _records.BatchWrites(
            partial(_add_documents, tx), partial(_upsert_entities, tx), partial(_upsert_relations, tx, merged_ahead=merged),
            partial(_merge_mentions, tx), partial(_existing_ids, tx),
        )
        return _records.load_batch(group, rows, self.schema, writes)

    # -- forgetting -------------------------------------------------------------------

    def _forget(self, tx, document: str) -> ForgetSummary:
        summary = ForgetSummary()
        found = tx.run(
            "MATCH (d:Document) WHERE d.id = $document OR d.path = $document OR d.title = $document "
            "RETURN d.id AS id, d.path AS path ORDER BY d.path, d.id",
            document=document,
        ).data()
        for row in found:
            self._forget_document(tx, row["id"], summary)
            summary.details.append(f"forgot document {row['path']} ({row['id'][:12]})")
        if found:
            summary.entities_removed = self._delete_orphans(tx, summary)
        return summary

    def _forget_document(self, tx, document_id: str, summary: ForgetSummary) -> None:
        gone = [
            record["e"] for record in tx.run(
                "MATCH (e:Evidence {document: $document}) RETURN properties(e) AS e", document=document_id
            )
        ]
        for relation_id, sentences in sorted(_layout.by_relation(gone).items()):
            first = sentences[0]
            type_name = self._checked(first["type"])
            found = tx.run(
                f"MATCH ()-[r:{type_name} {{id: $id}}]->() RETURN properties(r) AS r", id=relation_id
            ).single()
            if found is None:
                continue
            held = _evidence_of(tx, [found["r"]]).get(relation_id, [])
            kept = [row for row in held if row["document"] != document_id]
            summary.evidence_removed += len(held) - len(kept)
            if kept:
                tx.run(f"MATCH ()-[r:{type_name} {{id: $id}}]->() SET r += $properties",
                       id=relation_id, properties=_layout.forget_evidence(found["r"], kept))
                continue
            tx.run(f"MATCH ()-[r:{type_name} {{id: $id}}]->() DELETE r", id=relation_id)
            summary.relations_removed += 1
            summary.details.append(f"removed {type_name} {first['source']} -> {first['target']}")
        tx.run("MATCH (e:Evidence {document: $document}) DELETE e", document=document_id)
        tx.run("MATCH (d:Document {id: $id}) DETACH DELETE d", id=document_id)
        summary.documents_removed += 1

    def _delete_orphans(self, tx, summary: ForgetSummary) -> int:
        """Delete entities left with no relationship at all; how many went."""
        removed = 0
        for label in self.schema.entity_labels:
            for record in tx.run(
                f"MATCH (n:{self._checked(label)}) WHERE NOT EXISTS {{ (n)--() }} "
                "WITH n, n.id AS id ORDER BY id DELETE n RETURN id"
            ):
                summary.details.append(f"removed entity {record['id']}")
                removed += 1
        return removed

    # -- reading ----------------------------------------------------------------------

    def _stats(self, tx) -> dict[str, dict[str, int]]:
        labels = {
            label: tx.run(f"MATCH (n:{self._checked(label)}) RETURN count(n) AS n").single()["n"]
            for label in self.schema.labels
        }
        types = {
            name: tx.run(f"MATCH ()-[r:{self._checked(name)}]->() RETURN count(r) AS n").single()["n"]
            for name in self.schema.relationships
        }
        return {"labels": labels, "types": types}

    def _find_entity(self, tx, name: str) -> Entity | None:
        return self._entity_named_exactly(tx, name) or self._entity_answering_to(tx, name)

    def _entity_named_exactly(self, tx, name: str) -> Entity | None:
        """The entity whose id is ``Label:name``, the first label in schema order that has one."""
        # Neo4j plans the labels' disjunction as one seek per label in its id constraint's
        # index, where the case-insensitive match reads every entity.
        labels = self.schema.entity_labels
        ids = [entity_id(label, name) for label in labels]
        found = list(tx.run(
            f"MATCH (n:{'|'.join(map(self._checked, labels))}) WHERE n.id IN $ids {WITH_MENTIONS}", ids=ids,
        ))
        if not found:
            return None
        first = min(found, key=lambda record: ids.index(record["node"]["id"]))
        label, _ = split_entity_id(first["node"]["id"])
        return _layout.stored_entity(label, first["node"], first["mentions"])

    def _entity_answering_to(self, tx, name: str) -> Entity | None:
        """The entity whose name or alias is ``name`` ignoring case: a name beats an alias,
        then schema label order."""
        matches = []
        for rank, label in enumerate(self.schema.entity_labels):
            for record in tx.run(
                f"MATCH (n:{self._checked(label)}) WITH n, toLower($name) AS wanted "
                "WHERE toLower(n.name) = wanted OR any(alias IN n.aliases WHERE toLower(alias) = wanted) "
                f"{WITH_MENTIONS}, toLower(n.name) = wanted AS exact",
                name=name,
            ):
                matches.append((not record["exact"], rank, label, record["node"], record["mentions"]))
        if not matches:
            return None
        _, _, label, node, mentions = min(matches, key=lambda match: match[:2])
        return _layout.stored_entity(label, node, mentions)

    def _relations(self, tx, entity_id: str) -> list[Relation]:
        found = {  # by relation id: a relation from the entity to itself is met twice
            record["relation"]["properties"]["id"]: record["relation"]
            for record in tx.run(
                f"MATCH (n:{self._entity_label(entity_id)} {{id: $id}})-[r]-() WHERE type(r) IN $types "
                "RETURN {type: type(r), source: startNode(r).id, target: endNode(r).id, "
                "properties: properties(r)} AS relation",
                id=entity_id, types=[rel_type.name for rel_type in self._evidence_types()],
            )
        }
        return self._stored_relations(tx, list(found.values()))

    def _stored_relations(self, tx, relations: list[dict]) -> list[Relation]:
        """Relations read as ``{type, source, target, properties}``, with their evidence."""
        evidence = _evidence_of(tx, [relation["properties"] for relation in relations])
        return [
            _layout.stored_relation(
                self.schema.relationship(self._checked(relation["type"])), relation["source"], relation["target"],
                relation["properties"], evidence.get(relation["properties"]["id"], []),
            )
            for relation in relations
        ]

    # -- plumbing ---------------------------------------------------------------------

    def _ensure_constraints(self) -> None:
        """Create the uniqueness constraints on ``id`` that the database does not have yet:
        on every label, and on every relationship type with evidence, so that a relation
        is found by its id through an index and can never be created twice."""
        patterns = {f"tiegraph_{label}_id": f"(n:{self._checked(label)})" for label in self.schema.labels}
        patterns[f"tiegraph_{_layout.EVIDENCE_LABEL}_id"] = f"(n:{_layout.EVIDENCE_LABEL})"
        patterns |= {
            f"tiegraph_{rel_type.name}_id": f"()-[n:{self._checked(rel_type.name)}]-()" for rel_type in self._evidence_types()
        }
        with self._errors(), self._session() as session:
            self._refuse_old_layout(session)
            existing = {record["name"] for record in session.run("SHOW CONSTRAINTS YIELD name")}
            for name, pattern in patterns.items():
                if name not in existing:
                    session.run(f"CREATE CONSTRAINT {name} IF NOT EXISTS FOR {pattern} REQUIRE n.id IS UNIQUE").consume()
            # Forgetting a document finds its sentences by the first, a query that joins
            # relations to their sentences (`MATCH (e:Evidence {relation: r.id})`) by the second.
            for name in ("document", "relation"):
                session.run(
                    f"CREATE INDEX tiegraph_{_layout.EVIDENCE_LABEL}_{name} IF NOT EXISTS "
                    f"FOR (e:{_layout.EVIDENCE_LABEL}) ON (e.{name})"
                ).consume()

    def _refuse_old_layout(self, session) -> None:
        """Refuse a database whose relationships hold the evidence lists of the layout
        before Evidence nodes. A property name is known to the database from its first
        use on, so only a database that ever had one is searched."""
        keys = {record["propertyKey"] for record in session.run("CALL db.propertyKeys()")}
        if "evidence_sentences" not in keys:
            return
        old = session.run("MATCH ()-[r]->() WHERE r.evidence_sentences IS NOT NULL RETURN r LIMIT 1").single()
        if old is not None:
            raise StoreError(_layout.OLD_LAYOUT.format(store=self.uri))

    def _evidence_types(self) -> list[RelationshipType]:
        return [rel_type for rel_type in self.schema.relationships.values() if rel_type.provenance]

    def _entity_label(self, entity_id: str) -> str:
        """The label of an entity id, checked to be one of the schema's."""
        label, _ = split_entity_id(entity_id)
        if label not in self.schema.entity_labels:
            raise StoreError(f"{entity_id!r} is not an entity id (Label:Name)")
        return self._checked(label)

    def _checked(self, name: str) -> str:
        """A label or relationship type of the schema, safe to write into Cypher."""
        if name not in self.schema.labels and name not in self.schema.relationships:
            raise StoreError(f"{name!r} is neither a label nor a relationship type of the schema")
        return identifier(name)

    def _require_writable(self) -> None:
        if self.read_only:
            raise ReadOnlyError(f"{self.uri}: store is open read-only")

    def _session(self, access: str = neo4j.WRITE_ACCESS) -> neo4j.Session:
        return self._driver.session(
            database=self.database, default_access_mode=access, bookmark_manager=self._bookmarks
        )

    def _read(self, work, *args):
        return self._transaction(neo4j.READ_ACCESS, work, *args)

    def _write(self, work, *args):
        return self._transaction(neo4j.WRITE_ACCESS, work, *args)

    def _transaction(self, access: str, work, *args):
        """``work(tx, *args)`` in one transaction, committed only when all of it succeeds,
        and run again from the start after a failure that passes (a dropped connection, a
        server restarting or changing leader, a deadlock): TRIES times in all, waiting
        BACKOFF_SECONDS, then twice that. A failed try leaves nothing behind."""
        for attempt in range(1, TRIES + 1):
            try:
                with self._errors(), self._session(access) as session, session.begin_transaction() as tx:
                    result = work(tx, *args)
                    tx.commit()
                    return result
            except StoreError as error:
                cause = error.__cause__
                passes = isinstance(cause, (DriverError, Neo4jError)) and cause.is_retryable()
                if not passes or attempt == TRIES:
                    if attempt > 1:
                        raise StoreError(f"{error} (gave up after {attempt} tries)") from cause
                    raise
            sleep(BACKOFF_SECONDS * 2 ** (attempt - 1))

    @contextmanager
    def _errors(self):
        """Turn the driver's exceptions into one-line :class:`StoreError` messages."""
        try:
            yield
        except StoreError:
            raise
        except Neo4jError as exc:
            raise self._server_error(exc) from exc
        except ServiceUnavailable as exc:
            raise StoreError(f"cannot reach Neo4j at {self.uri}: {_connection_failure(exc, self.uri)}") from exc
        except (DriverError, ValueError) as exc:
            raise StoreError(f"Neo4j at {self.uri}: {_first_line(str(exc))}") from exc

    def _server_error(self, exc: Neo4jError) -> StoreError:
        if isinstance(exc, AuthError):
            if self.user is None:
                return StoreError(
                    f"Neo4j at {self.uri} needs a user and password (NEO4J_USERNAME, NEO4J_PASSWORD)"
                )
            return StoreError(f"Neo4j refused the credentials for user {self.user}")
        code = exc.code or ""
        if code == "Neo.ClientError.Database.DatabaseNotFound":
            return StoreError(f"Neo4j has no database named {self.database}")
        if code == "Neo.ClientError.Statement.AccessMode":
            if self.read_only:
                return ReadOnlyError(f"{self.uri}: store is open read-only")
            return ReadOnlyError(READ_ONLY_QUERY)
        if isinstance(exc, ClientError):
            return StoreError(_first_line(exc.message or str(exc)))
        return StoreError(f"Neo4j at {self.uri}: {_first_line(exc.message or str(exc))}")


def plain(value):
    """A Neo4j result value as plain Python: nodes become dicts of their properties with
    ``_label``, relationships dicts with ``_type``, paths dicts of ``nodes`` and
    ``relationships``; temporal values become ISO-8601 strings.

    >>> plain([1, {"years": [2018]}, "S-400"])
    [1, {'years': [2018]}, 'S-400']
    """
    if isinstance(value, neo4j.graph.Node):
        return {**{key: plain(item) for key, item in value.items()}, "_label": _label_of(value)}
    if isinstance(value, neo4j.graph.Relationship):
        return {**{key: plain(item) for key, item in value.items()}, "_type": value.type}
    if isinstance(value, neo4j.graph.Path):
        return {
            "nodes": [plain(node) for node in value.nodes],
            "relationships": [plain(relationship) for relationship in value.relationships],
        }
    if isinstance(value, list):
        return [plain(item) for item in value]
    if isinstance(value, dict):
        return {key: plain(item) for key, item in value.items()}
    if hasattr(value, "iso_format"):
        return value.iso_format()
    return value


def _label_of(node) -> str:
    labels = sorted(node.labels)
    return labels[0] if labels else ""


class Rows(list):
    """The list a batched statement unwinds, shown by its length.

    The driver formats every query parameter for a debug log line before it knows
    whether anything logs at that level; for a batch of 5,000 relations with their
    evidence the full repr costs the client about as much as packing the batch.

    >>> Rows([{"id": "a"}, {"id": "b"}])
    <2 rows>
    """

    def __repr__(self) -> str:
        return f"<{len(self)} rows>"


def _has_document(tx, document_id: str) -> bool:
    found = tx.run("MATCH (d:Document {id: $id}) RETURN count(d) > 0 AS found", id=document_id)
    return found.single()["found"]


def _add_documents(tx, rows: list[dict]) -> int:
    """Write the documents the database does not hold yet (a document never changes:
    its id is the hash of its bytes); how many were new."""
    known = _existing_ids(tx, "Document", [row["id"] for row in rows])
    new = list({row["id"]: row for row in rows if row["id"] not in known}.values())
    tx.run("UNWIND $rows AS row CREATE (d:Document) SET d = row", rows=Rows(new))
    return len(new)


def _upsert_entities(tx, label: str, rows: list[dict]) -> int:
    """Merge entity properties of one label into the stored ones; how many entities are new."""
    label = identifier(label)
    stored = {
        record["id"]: record["properties"]
        for record in tx.run(
            f"UNWIND $ids AS id MATCH (n:{label} {{id: id}}) RETURN id, properties(n) AS properties",
            ids=Rows(row["id"] for row in rows),
        )
    }
    merged = _layout.merge_entities(rows, stored)
    tx.run(f"UNWIND $rows AS row MERGE (n:{label} {{id: row.id}}) SET n += row", rows=Rows(merged.values()))
    return len(merged.keys() - stored.keys())


def _merge_mentions(tx, label: str, rows: list[dict]) -> None:
    """Set the count of each ``{document, entity, count}`` MENTIONS, creating it if needed."""
    written = tx.run(
        f"UNWIND $rows AS row MATCH (d:Document {{id: row.document}}) MATCH (n:{identifier(label)} {{id: row.entity}}) "
        "MERGE (d)-[m:MENTIONS]->(n) SET m.count = row.count RETURN count(m) AS written",
        rows=Rows(rows),
    ).single()["written"]
    if written < len(rows):
        raise _records.MissingEndpoints()


def _upsert_relations(
    tx, rel_type: RelationshipType, source_label: str, target_label: str, rows: list[tuple],
    merged_ahead: tuple | None = None, new_documents: bool = False,
) -> tuple[int, int]:
    """Merge ``(source id, target id, properties)`` relations of one type between two
    labels into the stored ones, in order; (relations created, evidence sentences added).

    Relations are found by id through the type's uniqueness constraint, which also makes
    plain CREATE safe for the new ones: it is several times cheaper than MERGE. Given
    ``merged_ahead``, what :func:`_layout.merge_relations` made of ``rows`` against no
    stored relation, nothing is read and every relation is created. Rows from
    ``new_documents`` hold no sentence the store has, so the stored ones are not read.
    """
    type_name = identifier(rel_type.name)
    # The hint keeps the planner on the index: a plan made while the type had few
    # relationships scans them all, and is kept long after there are many.
    by_id = f"MATCH ()-[r:{type_name} {{id: id}}]->() USING INDEX r:{type_name}(id)"
    if merged_ahead is None:
        stored = {
            record["id"]: record["properties"]
            for record in tx.run(
                f"UNWIND $ids AS id {by_id} RETURN id, properties(r) AS properties",
                ids=Rows(dict.fromkeys(properties["id"] for _, _, properties in rows)),
            )
        }
        held = None if new_documents else _evidence_of(tx, list(stored.values()))
        merged, evidence, evidence_added = _layout.merge_relations(rel_type, rows, stored, held)
    else:
        stored, (merged, evidence, evidence_added) = {}, merged_ahead
    known = [properties for relation_id, (_, _, properties) in merged.items() if relation_id in stored]
    # Created in order of their ends, each node's relationships come one after another:
    # its record and relationship chain are locked and rewritten once in a run, not once
    # per relationship here and there (about an eighth less server time).
    new = sorted(
        (
            {"source": source, "target": target, "properties": properties}
            for relation_id, (source, target, properties) in merged.items() if relation_id not in stored
        ),
        key=lambda row: (row["source"], row["target"]),
    )
    if known:
        tx.run(f"UNWIND $rows AS row WITH row, row.id AS id {by_id} SET r += row", rows=Rows(known))
    if new:
        # The properties are named in the pattern: after `SET r = row.properties` the planner,
        # not knowing the map's keys, puts an Eager before the SET (the whole batch matched
        # and created, held, then set), which costs the server a little more CPU.
        properties = ", ".join(
            f"`{identifier(name)}`: row.properties.`{identifier(name)}`" for name in _layout.relation_property_types(rel_type)
        )
        created = tx.run(
            f"UNWIND $rows AS row MATCH (s:{identifier(source_label)} {{id: row.source}}) "
            f"MATCH (t:{identifier(target_label)} {{id: row.target}}) "
            f"CREATE (s)-[r:{type_name} {{{properties}}}]->(t) RETURN count(r) AS created",
            rows=Rows(new),
        ).single()["created"]
        if created < len(new):
            raise _records.MissingEndpoints()
    if evidence:
        tx.run(f"UNWIND $rows AS row CREATE (e:{_layout.EVIDENCE_LABEL}) SET e = row", rows=Rows(evidence))
    return len(new), evidence_added


def _evidence_of(tx, relations: list[dict]) -> dict[str, list[dict]]:
    """The Evidence nodes of stored relations (their properties), by relation id, in
    order: each found by its id through the Evidence constraint's index."""
    ids = [key for stored in relations for key in _layout.evidence_ids(stored)]
    if not ids:
        return {}
    return _layout.by_relation(dict(record["e"]) for record in tx.run(_layout.EVIDENCE_BY_IDS, ids=Rows(ids)))


def _existing_ids(tx, label: str, ids: list[str]) -> set[str]:
    found = tx.run(f"UNWIND $ids AS id MATCH (n:{identifier(label)} {{id: id}}) RETURN id", ids=Rows(ids))
    return {record["id"] for record in found}


def _connection_failure(exc: BaseException, uri: str) -> str:
    """Why a connection to ``uri`` failed, from the innermost cause (the driver wraps the
    socket's error in one or two ServiceUnavailable layers, and an exception group when
    routing), with the address to try when the failure points at TLS."""
    cause = exc
    while True:
        if isinstance(cause, BaseExceptionGroup):
            cause = cause.exceptions[0]
        elif cause.__cause__ or cause.__context__:
            cause = cause.__cause__ or cause.__context__
        else:
            break
    scheme = uri.split("://", 1)[0].lower()
    if isinstance(cause, ssl.SSLError):
        reason = cause.reason or cause.strerror
        if reason == "CERTIFICATE_VERIFY_FAILED" and scheme.endswith("+s"):
            # Most often a self-signed certificate (or one from a private authority, which
            # SSL_CERT_FILE can name); +ssc encrypts without checking the certificate.
            return f"TLS handshake failed ({reason}); for a self-signed certificate use {scheme}sc://"
        return f"TLS handshake failed ({reason})"
    if isinstance(cause, OSError) and cause.strerror:
        return cause.strerror
    message = _first_line(str(cause))
    if "+" not in scheme and "handshake" in message:
        # A server that takes only TLS (Aura, most clusters) hangs up on a plain Bolt handshake.
        return f"{message}; if the server takes only TLS, use {scheme}+s://"
    return message


def _first_line(message: str) -> str:
    lines = message.strip().splitlines()
    return lines[0] if lines else "unknown error"


def _page(tx, cypher: str, after: str, size: int) -> list[dict]:
    return [record.data() for record in tx.run(cypher, after=after, size=size)]
