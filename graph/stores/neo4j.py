"""The Neo4j store: the graph on a Neo4j 5 server, through the official driver.

Same property layout as every store (:mod:`graph.stores.base`) and the same merging and
forgetting rules (:mod:`graph.stores._layout`), so a query or an export gives the same
answer here as on the embedded store. Each label gets a uniqueness constraint on ``id``
the first time a store is opened for writing; each document is written in one
transaction of batched ``UNWIND ... MERGE`` statements. Labels and relationship types
are written into Cypher only after they are checked against the schema; every value
travels as a parameter.

Open one against a server (``docker compose up -d`` starts one)::

    with Neo4jStore("bolt://localhost:7687", user="neo4j", password="tiegraph-dev") as store:
        store.stats()["types"]["SOLD"]
"""
from __future__ import annotations

import logging
import re
import ssl
from collections import defaultdict
from contextlib import contextmanager
from datetime import UTC, datetime

import neo4j
import networkx as nx
from neo4j.exceptions import AuthError, ClientError, DriverError, Neo4jError, ServiceUnavailable

from graph.model import Entity, Extraction
from graph.schema import RelationshipType, Schema, load_schema
from graph.stores import _layout
from graph.stores._cypher import is_write_query, parameter_names, statement_count
from graph.stores.base import (
    ForgetSummary,
    GraphStore,
    QueryResult,
    ReadOnlyError,
    StoreError,
    WriteSummary,
)

READ_ONLY_QUERY = "query is read-only; pass --write to change the graph"
SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")
_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")

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
        try:
            if read_only:
                self._read(lambda tx: tx.run("RETURN 1").consume())
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
        return self._write(self._write_extraction, extraction, _now())

    def forget(self, document: str) -> ForgetSummary:
        self._require_writable()
        return self._write(self._forget, document)

    def query(self, cypher: str, parameters: dict | None = None, *, write: bool = False) -> QueryResult:
        parameters = parameters or {}
        if statement_count(cypher) > 1:
            raise StoreError("query holds several statements; run them one at a time")
        changes = is_write_query(cypher)
        if changes and not write:
            raise ReadOnlyError(READ_ONLY_QUERY)
        if changes:
            self._require_writable()
        missing = sorted(parameter_names(cypher) - set(parameters))
        if missing:
            raise StoreError(f"query uses ${missing[0]} but no value was given for it")
        # The server enforces READ mode too, which catches writes the check above cannot
        # see (a procedure whose name does not say it writes).
        access = neo4j.WRITE_ACCESS if write and not self.read_only else neo4j.READ_ACCESS
        with self._errors(), self._session(access) as session:
            result = session.run(cypher, parameters)
            columns = list(result.keys())
            rows = [[plain(value) for value in record.values()] for record in result]
        return QueryResult(columns, rows)

    def stats(self) -> dict[str, dict[str, int]]:
        return self._read(self._stats)

    def find_entity(self, name: str) -> Entity | None:
        """The entity called ``name``; an exact name beats an alias, then schema label order."""
        return self._read(self._find_entity, name)

    def to_networkx(self) -> nx.MultiDiGraph:
        return self._read(self._graph)

    def close(self) -> None:
        self._driver.close()

    # -- writing ----------------------------------------------------------------------

    def _write_extraction(self, tx, extraction: Extraction, loaded_at: str) -> WriteSummary:
        summary = WriteSummary()
        document = extraction.document
        if _has_document(tx, document.id):
            return summary
        tx.run("CREATE (d:Document) SET d = $properties",
               properties=_layout.document_properties(document, loaded_at))
        summary.document_added = True
        by_label = defaultdict(list)
        for entity in _layout.entities_to_write(extraction):
            by_label[entity.label].append(entity)
        for label, entities in by_label.items():
            summary.entities_added += _upsert_entities(tx, self._checked(label), entities, document.id)
        summary.relations_added, summary.evidence_added = self._upsert_relations(tx, extraction)
        return summary

    def _upsert_relations(self, tx, extraction: Extraction) -> tuple[int, int]:
        """Merge every relation into the stored one with its id, in the extraction's order;
        (relations created, evidence sentences added)."""
        groups = defaultdict(list)
        for relation in extraction.relations:
            groups[(relation.type, relation.source_label, relation.target_label)].append(relation)
        created = evidence_added = 0
        for (type_name, source_label, target_label), relations in groups.items():
            rel_type = self.schema.relationship(self._checked(type_name))
            source, target = f"s:{self._checked(source_label)}", f"t:{self._checked(target_label)}"
            endpoints = {r.id: {"id": r.id, "source": r.source_id, "target": r.target_id} for r in relations}
            stored = {
                record["id"]: record["properties"]
                for record in tx.run(
                    f"UNWIND $rows AS row MATCH ({source} {{id: row.source}})"
                    f"-[r:{type_name} {{id: row.id}}]->({target} {{id: row.target}}) "
                    "RETURN row.id AS id, properties(r) AS properties",
                    rows=list(endpoints.values()),
                )
            }
            merged: dict[str, dict] = {}
            for relation in relations:
                known = merged.get(relation.id) or stored.get(relation.id)
                merged[relation.id], added = _layout.relation_properties(relation, rel_type, known)
                evidence_added += added
            created += len(merged.keys() - stored.keys())
            rows = [{**row, "properties": merged[relation_id]} for relation_id, row in endpoints.items()]
            tx.run(
                f"UNWIND $rows AS row "
                f"MATCH ({source} {{id: row.source}}), ({target} {{id: row.target}}) "
                f"MERGE (s)-[r:{type_name} {{id: row.id}}]->(t) SET r += row.properties",
                rows=rows,
            )
        return created, evidence_added

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
        for rel_type in self._evidence_types():
            kept, emptied = [], []
            for record in tx.run(
                f"MATCH (s)-[r:{self._checked(rel_type.name)}]->(t) WHERE $document IN r.documents "
                "RETURN elementId(r) AS element, s.id AS source, t.id AS target, properties(r) AS properties "
                "ORDER BY source, target, r.id",
                document=document_id,
            ):
                properties, removed = _layout.forget_evidence(record["properties"], document_id)
                summary.evidence_removed += removed
                if properties["evidence_count"]:
                    kept.append({"element": record["element"], "properties": properties})
                else:
                    emptied.append(record["element"])
                    summary.details.append(
                        f"removed {rel_type.name} {record['source']} -> {record['target']}"
                    )
            tx.run(
                "UNWIND $rows AS row MATCH ()-[r]->() WHERE elementId(r) = row.element "
                "SET r += row.properties",
                rows=kept,
            )
            tx.run("UNWIND $elements AS element MATCH ()-[r]->() WHERE elementId(r) = element DELETE r",
                   elements=emptied)
            summary.relations_removed += len(emptied)
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
        matches = []
        for rank, label in enumerate(self.schema.entity_labels):
            for record in tx.run(
                f"MATCH (n:{self._checked(label)}) WITH n, toLower($name) AS wanted "
                "WHERE toLower(n.name) = wanted OR any(alias IN n.aliases WHERE toLower(alias) = wanted) "
                "OPTIONAL MATCH (:Document)-[m:MENTIONS]->(n) "
                "RETURN properties(n) AS node, toLower(n.name) = wanted AS exact, "
                "coalesce(sum(m.count), 0) AS mentions",
                name=name,
            ):
                matches.append((not record["exact"], rank, label, record["node"], record["mentions"]))
        if not matches:
            return None
        _, _, label, node, mentions = min(matches, key=lambda match: match[:2])
        return _layout.stored_entity(label, node, mentions)

    def _graph(self, tx) -> nx.MultiDiGraph:
        graph = nx.MultiDiGraph()
        for label in self.schema.entity_labels:
            for record in tx.run(f"MATCH (n:{self._checked(label)}) RETURN properties(n) AS node"):
                graph.add_node(record["node"]["id"], **_layout.node_attributes(label, record["node"]))
        for rel_type in self._evidence_types():
            for record in tx.run(
                f"MATCH (s)-[r:{self._checked(rel_type.name)}]->(t) "
                "RETURN s.id AS source, t.id AS target, properties(r) AS relation"
            ):
                stored = record["relation"]
                attributes = _layout.edge_attributes(rel_type, stored)
                graph.add_edge(record["source"], record["target"], key=stored["id"], **attributes)
        return graph

    # -- plumbing ---------------------------------------------------------------------

    def _ensure_constraints(self) -> None:
        """Create the uniqueness constraints on ``id`` that the database does not have yet."""
        names = {f"tiegraph_{label}_id": self._checked(label) for label in self.schema.labels}
        with self._errors(), self._session() as session:
            existing = {record["name"] for record in session.run("SHOW CONSTRAINTS YIELD name")}
            for name, label in names.items():
                if name not in existing:
                    session.run(
                        f"CREATE CONSTRAINT {name} IF NOT EXISTS FOR (n:{label}) REQUIRE n.id IS UNIQUE"
                    ).consume()

    def _evidence_types(self) -> list[RelationshipType]:
        return [rel_type for rel_type in self.schema.relationships.values() if rel_type.provenance]

    def _checked(self, name: str) -> str:
        """A label or relationship type of the schema, safe to write into Cypher."""
        if name not in self.schema.labels and name not in self.schema.relationships:
            raise StoreError(f"{name!r} is neither a label nor a relationship type of the schema")
        if not _IDENTIFIER.fullmatch(name):
            raise StoreError(f"schema name {name!r} cannot be used as a Neo4j label or type")
        return name

    def _require_writable(self) -> None:
        if self.read_only:
            raise ReadOnlyError(f"{self.uri}: store is open read-only")

    def _session(self, access: str = neo4j.WRITE_ACCESS) -> neo4j.Session:
        return self._driver.session(database=self.database, default_access_mode=access)

    def _read(self, work, *args):
        with self._errors(), self._session() as session:
            return session.execute_read(work, *args)

    def _write(self, work, *args):
        with self._errors(), self._session() as session:
            return session.execute_write(work, *args)

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
            raise StoreError(f"cannot reach Neo4j at {self.uri}: {_connection_failure(exc)}") from exc
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


def _has_document(tx, document_id: str) -> bool:
    found = tx.run("MATCH (d:Document {id: $id}) RETURN count(d) > 0 AS found", id=document_id)
    return found.single()["found"]


def _upsert_entities(tx, label: str, entities: list[Entity], document_id: str) -> int:
    """Merge entities of one label and the document's MENTIONS of them; how many are new."""
    stored = {
        record["id"]: record["properties"]
        for record in tx.run(
            f"UNWIND $ids AS id MATCH (n:{label} {{id: id}}) RETURN id, properties(n) AS properties",
            ids=[entity.id for entity in entities],
        )
    }
    tx.run(
        f"UNWIND $rows AS row MERGE (n:{label} {{id: row.id}}) SET n += row",
        rows=[_layout.entity_properties(entity, stored.get(entity.id)) for entity in entities],
    )
    tx.run(
        f"MATCH (d:Document {{id: $document}}) UNWIND $rows AS row "
        f"MATCH (n:{label} {{id: row.id}}) MERGE (d)-[m:MENTIONS]->(n) SET m.count = row.count",
        document=document_id,
        rows=[{"id": entity.id, "count": entity.mentions} for entity in entities if entity.mentions],
    )
    return len(entities) - len(stored)


def _connection_failure(exc: BaseException) -> str:
    """Why a connection failed, from the innermost cause: the driver wraps the socket's
    error in one or two ServiceUnavailable layers (and an exception group when routing)."""
    cause = exc
    while True:
        if isinstance(cause, BaseExceptionGroup):
            cause = cause.exceptions[0]
        elif cause.__cause__ or cause.__context__:
            cause = cause.__cause__ or cause.__context__
        else:
            break
    if isinstance(cause, ssl.SSLError):
        return f"TLS handshake failed ({cause.reason or cause.strerror})"
    if isinstance(cause, OSError) and cause.strerror:
        return cause.strerror
    return _first_line(str(cause))


def _first_line(message: str) -> str:
    lines = message.strip().splitlines()
    return lines[0] if lines else "unknown error"


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
