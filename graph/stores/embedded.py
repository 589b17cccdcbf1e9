"""The embedded store: one LadybugDB file on the analyst's machine, no server.

Node and relationship tables are generated from seeds/schema.yaml on first open (and
extended when the schema grows); the property layout is the one in
:mod:`graph.stores.base`. Every value travels as a parameter; the labels and types
written into Cypher are schema names, checked to be identifiers when the tables are
made and checked against the schema (``_layout.check_extraction``) before a write.

>>> import tempfile, pathlib
>>> path = pathlib.Path(tempfile.mkdtemp()) / "demo.lbug"
>>> with EmbeddedStore(path) as store:
...     store.stats()["types"]["SOLD"]
0
"""
from __future__ import annotations

import hashlib
import os
import re
from contextlib import contextmanager
from datetime import date, time
from decimal import Decimal
from functools import cache
from pathlib import Path
from time import monotonic, sleep

import ladybug

from graph.model import Entity, Extraction, Relation, entity_id, split_entity_id
from graph.schema import RelationshipType, Schema, load_schema
from graph.stores import _layout, _records
from graph.stores._cypher import check_query, identifier
from graph.stores.base import (
    BATCH_SIZE,
    PAGE_SIZE,
    ExtractionRefused,
    ForgetSummary,
    GraphStore,
    LoadSummary,
    QueryResult,
    QueryTimeout,
    ReadOnlyError,
    StoreError,
    WriteSummary,
)

_LOCK_HOLDER = re.compile(r"held by PID (\d+)")
# How often a process waiting for another's lock tries again, and how long a reader
# waits out another process's checkpoint before giving up (a checkpoint takes moments).
# A checkpoint shows in LadybugDB's errors as a pending recovery, or as a write-ahead log
# found corrupt or shrinking while it is read.
_POLL_SECONDS = 0.2
_CHECKPOINT_SECONDS = 30.0
_CHECKPOINTING = re.compile(r"checkpoint recovery is pending|WAL file is corrupted|\.wal\b")
# How long a checkpoint may stay pending before a reader takes its writer for dead.
_SETTLE_SECONDS = 2.0
# The end of a query that found entities `n`: each with how often documents mention it.
_WITH_MENTIONS = "OPTIONAL MATCH (:Document)-[m:MENTIONS]->(n) RETURN n, coalesce(sum(m.count), 0)"
# LadybugDB's buffer pool, which holds the pages a process reads and writes, may grow to
# 80% of the machine's memory by default, and a long ingest would let it: a writer's pool
# is capped (TIEGRAPH_BUFFER_POOL_MB overrides the cap; 0 leaves it to LadybugDB). 512 MB
# is enough for a transaction of documents (256 MB was not, measured before new rows
# went into the log as one change each).
BUFFER_POOL_VARIABLE = "TIEGRAPH_BUFFER_POOL_MB"
WRITER_BUFFER_POOL_MB = 1024
# LadybugDB checkpoints (folds the write-ahead log into the store file) at the first
# commit after the log outgrows this many MB, and when the store closes. A checkpoint
# costs about as much however little the log holds (2 to 3 CPU s into a 20 MB store),
# and the log grows 8 to 9 MB per MB of text, so 16 MB checkpoints about every second
# transaction. A larger threshold saves checkpoints but keeps more committed data in
# memory until the next one (an ingest of 20 MB peaked at 915 MB with 16, 961 with 32,
# 998 with 64), so the writer keeps LadybugDB's 16; TIEGRAPH_CHECKPOINT_MB overrides it.
# A smaller threshold gives memory back sooner: with 4 MB (a checkpoint every transaction,
# about 15% more CPU) the writer used about 150 MB less at 10 to 20 MB of text, still
# rising with the store; the pool was not full then (BENCHMARKS.md, session 12).
# A commit is durable whatever the threshold: the log is synced at every commit and
# replayed when the store is next opened.
CHECKPOINT_VARIABLE = "TIEGRAPH_CHECKPOINT_MB"
WRITER_CHECKPOINT_MB = 16


class EmbeddedStore(GraphStore):
    """A graph kept in a LadybugDB file at ``path``.

    Any number of processes may open a store ``read_only``; only one at a time may
    open it for writing, and another that tries waits up to ``wait`` seconds for it to
    close before giving up with a message naming the process that holds it. A reader
    sees every document committed before it opened, never part of one, and nothing
    committed after.

    >>> import tempfile, pathlib
    >>> from graph.model import Document, Entity, Evidence, Extraction, Relation
    >>> text = "Russia sold the S-400 to China in 2018."
    >>> wire = Document("ab12", "wire.txt", "S-400 deliveries", text, "txt")
    >>> sale = Relation("Russia", "State", "SOLD", "S-400", "WeaponSystem", {"to": "China"},
    ...                 [Evidence("ab12", "wire.txt", text, 0, len(text), (2018,))])
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "demo.lbug"
    >>> with EmbeddedStore(path) as store:
    ...     store.write(Extraction(wire, [Entity("Russia", "State", mentions=1)], [sale]))
    ...     store.query("MATCH (s:State)-[r:SOLD]->(w) RETURN s.name, r.`to`, r.years").rows
    WriteSummary(document_added=True, entities_added=2, relations_added=1, evidence_added=1)
    [['Russia', 'China', [2018]]]
    """

    dialect = "embedded"

    def __init__(self, path: str | Path, *, read_only: bool = False, schema: Schema | None = None, wait: float = 0):
        self.path = Path(path)
        self.read_only = read_only
        self.schema = schema or load_schema()
        self._database, self._connection = _open_database(self.path, read_only, wait)
        try:
            self._ensure_tables()
        except StoreError:
            self.close()
            raise

    # -- GraphStore -----------------------------------------------------------------

    def has_document(self, document_id: str) -> bool:
        rows = self._rows("MATCH (d:Document {id: $id}) RETURN count(d)", {"id": document_id})
        return rows[0][0] > 0

    def held_documents(self, document_ids) -> set[str]:
        return self._existing_ids("Document", list(dict.fromkeys(document_ids)))

    def write(self, extraction: Extraction) -> WriteSummary:
        (result,) = self.write_many([extraction])
        if isinstance(result, ExtractionRefused):
            raise result
        return result

    def write_many(self, extractions: list[Extraction]) -> list[WriteSummary | ExtractionRefused]:
        """Write the extractions the schema allows in one transaction (see
        :meth:`GraphStore.write_many`); a document already loaded, or met earlier in
        ``extractions``, changes nothing."""
        self._require_writable()
        results: dict[int, WriteSummary | ExtractionRefused] = {}
        for index, extraction in enumerate(extractions):
            try:
                _layout.check_extraction(extraction, self.schema)
            except ExtractionRefused as refused:
                results[index] = refused
        held = self.held_documents(e.document.id for i, e in enumerate(extractions) if i not in results)
        new: dict[str, int] = {}  # document id -> index of its first extraction
        for index, extraction in enumerate(extractions):
            if index not in results:
                document_id = extraction.document.id
                if document_id in held or document_id in new:
                    results[index] = WriteSummary()
                else:
                    new[document_id] = index
        if new:
            with self._transaction():
                results.update(zip(new.values(), self._write_new([extractions[index] for index in new.values()])))
        return [results[index] for index in range(len(extractions))]

    def records(self):
        return _records.graph_records(self)

    def load_records(self, records, *, batch_size: int = BATCH_SIZE) -> LoadSummary:
        self._require_writable()
        summary = LoadSummary()
        writes = _records.BatchWrites(
            self._add_documents, self._upsert_entities, self._upsert_relations, self._merge_mentions,
            self._existing_ids,
        )
        for group, rows in _records.batches(records, self.schema, batch_size):
            with self._transaction():
                summary += _records.load_batch(group, rows, self.schema, writes)
        return summary

    def forget(self, document: str) -> ForgetSummary:
        self._require_writable()
        summary = ForgetSummary()
        found = self._rows(
            "MATCH (d:Document) WHERE d.id = $document OR d.path = $document OR d.title = $document "
            "RETURN d.id, d.path ORDER BY d.path, d.id",
            {"document": document},
        )
        if not found:
            return summary
        with self._transaction():
            for document_id, path in found:
                self._forget_document(document_id, summary)
                summary.details.append(f"forgot document {path} ({document_id[:12]})")
            summary.entities_removed = self._delete_orphans(summary)
        return summary

    def query(
        self, cypher: str, parameters: dict | None = None, *, write: bool = False,
        limit: int | None = None, timeout: float | None = None,
    ) -> QueryResult:
        parameters = parameters or {}
        if check_query(cypher, parameters, write=write):
            self._require_writable()
        self._connection.set_query_timeout(round(timeout * 1000) if timeout else 0)
        try:
            columns, rows = self._execute(cypher, parameters, None if limit is None else limit + 1)
        except StoreError as exc:
            if timeout and str(exc) == "Interrupted.":
                raise QueryTimeout(timeout) from exc
            raise
        finally:
            self._connection.set_query_timeout(0)
        truncated = limit is not None and len(rows) > limit
        return QueryResult(columns, [[plain(value) for value in row] for row in rows[:limit]], truncated)

    def stats(self) -> dict[str, dict[str, int]]:
        labels = {
            label: self._rows(f"MATCH (n:{label}) RETURN count(n)")[0][0] for label in self.schema.labels
        }
        types = {
            name: self._rows(f"MATCH ()-[r:{name}]->() RETURN count(r)")[0][0]
            for name in self.schema.relationships
        }
        return {"labels": labels, "types": types}

    def find_entity(self, name: str) -> Entity | None:
        """The entity called ``name`` (see :meth:`GraphStore.find_entity`): an exact stored
        name through the label tables' primary keys, else a scan of names and aliases.

        >>> import tempfile, pathlib
        >>> with EmbeddedStore(pathlib.Path(tempfile.mkdtemp()) / "demo.lbug") as store:
        ...     store.find_entity("Moscow") is None
        True
        """
        return self._entity_named_exactly(name) or self._entity_answering_to(name)

    def _entity_named_exactly(self, name: str) -> Entity | None:
        """The entity whose id is ``Label:name``, the first label in schema order that has one."""
        # A match on one table's primary key reads its index, where the case-insensitive
        # match reads every entity table (about 50 ms at 1,000,000 relationships).
        for label in self.schema.entity_labels:
            found = self._rows(f"MATCH (n:{label} {{id: $id}}) {_WITH_MENTIONS}", {"id": entity_id(label, name)})
            if found:
                node, mentions = found[0]
                return _layout.stored_entity(label, node, mentions)
        return None

    def _entity_answering_to(self, name: str) -> Entity | None:
        """The entity whose name or alias is ``name`` ignoring case: a name beats an alias,
        then schema label order."""
        matches = []
        for rank, label in enumerate(self.schema.entity_labels):
            matches += [
                (not exact, rank, label, node, mentions)
                for node, mentions, exact in self._rows(
                    f"MATCH (n:{label}) WITH n, lower($name) AS wanted "
                    "WHERE lower(n.name) = wanted "
                    "OR list_contains(list_transform(n.aliases, alias -> lower(alias)), wanted) "
                    f"{_WITH_MENTIONS}, lower(n.name) = wanted",
                    {"name": name},
                )
            ]
        if not matches:
            return None
        *_, label, node, mentions = min(matches, key=lambda match: match[:2])
        return _layout.stored_entity(label, node, mentions)

    def relations(self, entity_id: str) -> list[Relation]:
        node = f"(n:{self._entity_label(entity_id)} {{id: $id}})"
        types = "|".join(rel_type.name for rel_type in self._evidence_types())
        found = {}  # by relation id: a relation from the entity to itself is met twice
        for outgoing, pattern in ((True, f"{node}-[r:{types}]->(m)"), (False, f"(m)-[r:{types}]->{node}")):
            for other, stored in self._rows(f"MATCH {pattern} RETURN m.id, r", {"id": entity_id}):
                found[stored["id"]] = ((entity_id, other) if outgoing else (other, entity_id), stored)
        evidence = self._evidence_of([stored for _, stored in found.values()])
        return [
            _layout.stored_relation(self.schema.relationship(stored["_type"]), *ends, stored, evidence.get(key, []))
            for key, (ends, stored) in found.items()
        ]

    def paths(self, source_id, target_id, *, max_hops=4, types=None, via=None, since=None, limit=10):
        walkable = _layout.walkable_types(self.schema, types, via, max_hops)
        if source_id == target_id:  # a path needs two ends
            return []
        # LadybugDB searches breadth-first from the start of the pattern: from the less
        # connected end it visits far fewer entities (a hub like Russia has thousands of
        # relations). Paths found from the target are turned round afterwards.
        start, end = sorted((source_id, target_id), key=self._relation_count)
        parameters = {"start_id": start, "end_id": end}
        conditions = []
        if via:
            # LadybugDB puts the predicate on `n` to every node reached, the end too.
            conditions.append("(n.id = $end_id OR label(n) IN $via)")
            parameters["via"] = list(via)
        if since is not None:
            conditions.append("list_max(r.years) >= $since")
            parameters["since"] = since
        where = f"WHERE {' AND '.join(conditions)} | " if conditions else ""
        # Paths are read with their relations' ids only (reading every property of a
        # thousand paths costs more than the search); the ones kept are read in full.
        _, rows = self._execute(
            f"MATCH p = (a:{self._entity_label(start)} {{id: $start_id}})"
            f"-[:{'|'.join(walkable)}* ALL SHORTEST 1..{int(max_hops)} (r, n | {where}{{r.id}}, {{n.id}})]-"
            f"(b:{self._entity_label(end)} {{id: $end_id}}) RETURN nodes(p), rels(p) LIMIT {_layout.PATHS_READ}",
            parameters,
        )
        found = [_hops(nodes, rels) for nodes, rels in rows]
        kept = sorted(
            (path if start == source_id else path[::-1] for path in found),
            key=lambda path: _layout.path_order(path, source_id),
        )[:limit]
        relations = {hop: self._relation(*hop) for path in kept for hop in path}
        return [[relations[hop] for hop in path] for path in kept]

    def set_entity_properties(self, values: dict[str, dict]) -> int:
        self._require_writable()
        changed = 0
        assignments = _assignments("n", "row", _layout.ENTITY_PROPERTIES, _layout.ANALYTICS_PROPERTIES)
        with self._transaction():
            for label, rows in _layout.analytics_rows(values, self.schema).items():
                changed += self._rows(
                    f"UNWIND $rows AS row MATCH (n:{label} {{id: row.id}}) SET {assignments} RETURN count(n)",
                    {"rows": rows},
                )[0][0]
        return changed

    def entity_pages(self, label: str, size: int = PAGE_SIZE):
        if label not in self.schema.entity_labels:
            raise StoreError(f"{label!r} is not an entity label of the schema")
        columns = {name: f"n.`{name}`" for name in _layout.ENTITY_PROPERTIES}
        for page in self._offset_pages(f"(n:{identifier(label)})", "n", columns, size):
            yield [(stored["id"], _layout.node_attributes(label, stored)) for stored in page]

    def relation_pages(self, type_name: str, size: int = PAGE_SIZE):
        rel_type = self.schema.relationship(type_name)
        columns = {"_source": "s.id", "_target": "t.id"}
        columns |= {name: f"r.`{name}`" for name in _layout.relation_property_types(rel_type)}
        # Each pair of end labels is a table of its own, with its own offsets.
        for source_label in rel_type.sources:
            for target_label in rel_type.targets:
                pattern = f"(s:{identifier(source_label)})-[r:{identifier(type_name)}]->(t:{identifier(target_label)})"
                for page in self._offset_pages(pattern, "r", columns, size):
                    evidence = self._evidence_of(page)
                    yield [
                        (stored.pop("_source"), stored.pop("_target"), stored["id"],
                         _layout.edge_attributes(rel_type, stored, evidence.get(stored["id"], [])))
                        for stored in page
                    ]

    def _evidence_of(self, relations: list[dict]) -> dict[str, list[dict]]:
        """The Evidence nodes of stored relations, by relation id, in order: each looked
        up by its primary key."""
        ids = [key for stored in relations for key in _layout.evidence_ids(stored)]
        return _layout.by_relation(node for (node,) in self._rows(_layout.EVIDENCE_BY_IDS, {"ids": ids})) if ids else {}

    def _offset_pages(self, pattern: str, variable: str, columns: dict[str, str], size: int):
        """The rows of ``MATCH pattern RETURN columns`` as dicts, a page for each ``size``
        internal offsets of ``variable``, whose table the pattern must name.

        A range of offsets is a cheap filter on a scan; a page by ``ORDER BY ... SKIP``
        or by the last id seen would sort the whole table for every page.
        """
        (last,), = self._rows(f"MATCH {pattern} RETURN max(offset(id({variable})))")
        returned = ", ".join(f"{expression} AS `{name}`" for name, expression in columns.items())
        for start in range(0, -1 if last is None else last + 1, size):
            rows = self._rows(
                f"MATCH {pattern} WHERE offset(id({variable})) >= $start AND offset(id({variable})) < $stop "
                f"RETURN {returned}",
                {"start": start, "stop": start + size},
            )
            if rows:
                yield [dict(zip(columns, row)) for row in rows]

    def close(self) -> None:
        self._connection.close()
        self._database.close()

    # -- writing ----------------------------------------------------------------------
    #
    # LadybugDB finds a node by its primary key only where a MATCH names one node; a
    # MERGE, or a pattern of several nodes or a relationship, scans whole tables, so
    # statements are written to look nodes up one MATCH at a time and relationships
    # from a list of their sources.

    def _write_new(self, extractions: list[Extraction]) -> list[WriteSummary]:
        """Write documents the store does not hold, with their entities, mentions and
        relations, a statement per label and per relationship type for all of them; what
        each document changed, as if they had been written one after another."""
        summaries = [WriteSummary(document_added=True) for _ in extractions]
        self._create_nodes("Document", [_layout.document_properties(e.document) for e in extractions])
        entities = [(index, entity) for index, e in enumerate(extractions) for entity in _layout.entities_to_write(e)]
        for (label,), members in _grouped(entities, "label"):
            created = self._merge_entities(label, [_layout.entity_properties(entity) for _, entity in members])
            for index, entity in members:
                if entity.id in created:
                    summaries[index].entities_added += 1
                    created.discard(entity.id)
            self._create_mentions(label, [
                row for index, entity in members
                for row in _layout.mention_rows(extractions[index].document.id, [entity])
            ])
        relations = [(index, relation) for index, e in enumerate(extractions) for relation in e.relations]
        evidence: list[dict] = []
        for (type_name, source_label, target_label), members in _grouped(relations, "type", "source_label", "target_label"):
            rel_type = self.schema.relationship(type_name)
            rows = [(index, row) for index, relation in members for row in _layout.relation_rows(rel_type, [relation])]
            stored = self._stored_relations(rel_type, source_label, target_label, [row for _, row in rows])
            # Merged document by document, so that each is told what it added. The
            # documents are new to the store, so none of their sentences can be in it.
            known, merged = dict(stored), {}
            for index, document_rows in _by_document(rows):
                added, new_evidence, evidence_added = _layout.merge_relations(rel_type, document_rows, known)
                summaries[index].relations_added += len(added.keys() - known.keys())
                summaries[index].evidence_added += evidence_added
                known.update((relation_id, properties) for relation_id, (_, _, properties) in added.items())
                merged.update(added)
                evidence += new_evidence
            self._save_merged_relations(rel_type, source_label, target_label, merged, stored)
        # One statement for the sentences of every type.
        self._create_nodes(_layout.EVIDENCE_LABEL, evidence)
        return summaries

    def _add_documents(self, rows: list[dict]) -> int:
        """Write the documents the store does not hold yet (a document never changes:
        its id is the hash of its bytes); how many were new."""
        known = self._existing_ids("Document", [row["id"] for row in rows])
        new = list({row["id"]: row for row in rows if row["id"] not in known}.values())
        self._create_nodes("Document", new)
        return len(new)

    def _upsert_entities(self, label: str, rows: list[dict]) -> int:
        """Merge entity properties of one label into the stored ones; how many entities are new."""
        return len(self._merge_entities(label, rows))

    def _merge_entities(self, label: str, rows: list[dict]) -> set[str]:
        """Merge entity properties of one label into the stored ones; the ids of the entities created."""
        stored = self._stored(
            f"UNWIND $ids AS id MATCH (n:{label} {{id: id}}) RETURN id, n", {"ids": [row["id"] for row in rows]}
        )
        merged = _layout.merge_entities(rows, stored)
        self._create_nodes(label, [properties for entity_id, properties in merged.items() if entity_id not in stored])
        self._set_nodes(label, [
            properties for entity_id, properties in merged.items()
            if entity_id in stored and _changed(properties, stored[entity_id])
        ])
        return merged.keys() - stored.keys()

    def _create_mentions(self, label: str, rows: list[dict]) -> None:
        """Create the ``{document, entity, count}`` MENTIONS of documents just created."""
        self._link(
            f"UNWIND $rows AS row MATCH (d:Document {{id: row.document}}) MATCH (n:{label} {{id: row.entity}}) "
            "CREATE (d)-[m:MENTIONS {count: row.count}]->(n) RETURN count(*)",
            rows,
        )

    def _merge_mentions(self, label: str, rows: list[dict]) -> None:
        """Set the count of each ``{document, entity, count}`` MENTIONS, creating it if needed."""
        self._link(
            f"UNWIND $rows AS row MATCH (d:Document {{id: row.document}}) MATCH (n:{label} {{id: row.entity}}) "
            "MERGE (d)-[m:MENTIONS]->(n) SET m.count = row.count RETURN count(*)",
            rows,
        )

    def _existing_ids(self, label: str, ids: list[str]) -> set[str]:
        return {found for (found,) in self._rows(f"UNWIND $ids AS id MATCH (n:{label} {{id: id}}) RETURN id", {"ids": ids})}

    def _create_nodes(self, label: str, rows: list[dict]) -> None:
        if rows:
            names = tuple(rows[0])
            self._run(_nodes_cypher(label, names, exists=False), _columns(rows, names))

    def _set_nodes(self, label: str, rows: list[dict]) -> None:
        if rows:
            self._run(_nodes_cypher(label, tuple(rows[0]), exists=True), {"rows": rows})

    def _upsert_relations(
        self, rel_type: RelationshipType, source_label: str, target_label: str, rows: list[tuple]
    ) -> tuple[int, int]:
        """Merge ``(source id, target id, properties)`` relations of one type between two
        labels into the stored ones, in order; (relations created, evidence sentences added)."""
        stored = self._stored_relations(rel_type, source_label, target_label, rows)
        # Records may repeat sentences the store holds: those of the relations they name are read.
        held = self._evidence_of(list(stored.values()))
        merged, evidence, evidence_added = _layout.merge_relations(rel_type, rows, stored, held)
        self._save_merged_relations(rel_type, source_label, target_label, merged, stored)
        self._create_nodes(_layout.EVIDENCE_LABEL, evidence)
        return len(merged.keys() - stored.keys()), evidence_added

    def _stored_relations(
        self, rel_type: RelationshipType, source_label: str, target_label: str, rows: list[tuple]
    ) -> dict[str, dict]:
        """The stored properties, by relation id, of those ``(source id, target id,
        properties)`` relations the store holds."""
        names = list(_layout.relation_property_types(rel_type))
        _, found = self._execute(
            f"MATCH (s:{source_label})-[r:{rel_type.name}]->(:{target_label}) "
            f"WHERE s.id IN $sources AND r.id IN $ids RETURN {', '.join(f'r.`{name}`' for name in names)}",
            {"sources": list({source for source, _, _ in rows}), "ids": list({p["id"] for _, _, p in rows})},
        )
        stored = {}
        for values in found:
            properties = {name: value for name, value in zip(names, values) if value is not None}
            stored[properties["id"]] = properties
        return stored

    def _stored(self, cypher: str, parameters: dict) -> dict[str, dict]:
        """The properties, by id, of the nodes a statement returns as ``id, node`` rows.
        The layout holds no value :func:`plain` would change, so they are taken as
        LadybugDB gives them."""
        _, rows = self._execute(cypher, parameters)
        return {
            key: {name: value for name, value in found.items() if not name.startswith("_") and value is not None}
            for key, found in rows
        }

    def _save_merged_relations(
        self, rel_type: RelationshipType, source_label: str, target_label: str,
        merged: dict[str, tuple], stored: dict[str, dict],
    ) -> None:
        """Write merged relations by id: create those not ``stored``, and set on the others
        only the properties that changed (each property set is a change of its own in the
        write-ahead log)."""
        created, changed_rows, changed = [], [], set()
        for relation_id, (source, target, properties) in merged.items():
            known = stored.get(relation_id)
            if known is None:
                created.append((source, target, properties))
            elif _changed(properties, known):
                changed_rows.append((source, target, properties))
                changed.update(name for name, value in properties.items() if known.get(name) != value)
        for mode, batch in (("create", created), ("set", changed_rows)):
            written = self._save_relations(rel_type, source_label, target_label, batch, mode, tuple(sorted(changed)))
            if written < len(batch):
                raise _records.MissingEndpoints()

    def _save_relations(
        self, rel_type: RelationshipType, source_label: str, target_label: str, batch: list[tuple], mode: str,
        changed: tuple[str, ...] = (),
    ) -> int:
        """Write each ``(source id, target id, properties)`` relation in ``batch`` as
        ``mode`` says (see :func:`_relations_cypher`; a set writes only the ``changed``
        properties); how many it found the ends of."""
        if not batch:
            return 0
        names = _layout.relation_property_types(rel_type)
        if mode == "set":
            names = ("id", *changed)
        else:
            changed = ()
        if mode == "create":
            parameters = _columns([properties for _, _, properties in batch], names)
            parameters["pairs"] = [
                {"source": source, "target": target, "i": number} for number, (source, target, _) in enumerate(batch, 1)
            ]
        else:
            parameters = {
                "rows": [{"properties": {name: properties.get(name) for name in names}} for _, _, properties in batch],
                "sources": list({source for source, _, _ in batch}), "ids": [p["id"] for _, _, p in batch],
            }
        ((written,),) = self._rows(_relations_cypher(rel_type, source_label, target_label, mode, changed), parameters)
        return written

    def _link(self, cypher: str, rows: list[dict]) -> None:
        """Run a statement that links each row's two nodes and counts the links; refuse a
        row that names a node the store lacks."""
        if not rows:
            return
        ((written,),) = self._rows(cypher, {"rows": rows})
        if written < len(rows):
            raise _records.MissingEndpoints()

    # -- forgetting -------------------------------------------------------------------

    def _forget_document(self, document_id: str, summary: ForgetSummary) -> None:
        # Evidence has no index but its primary key: the document's sentences are found
        # by a scan, their relations then by their ends and ids.
        gone = self._rows("MATCH (e:Evidence) WHERE e.document = $document RETURN e", {"document": document_id})
        for relation_id, sentences in sorted(_layout.by_relation(node for (node,) in gone).items()):
            first = sentences[0]
            rel_type = self.schema.relationship(first["type"])
            source_label, target_label = self._entity_label(first["source"]), self._entity_label(first["target"])
            found = self._rows(
                f"MATCH (:{source_label} {{id: $source}})-[r:{identifier(rel_type.name)}]->(:{target_label} {{id: $target}}) "
                "WHERE r.id = $id RETURN r",
                {"source": first["source"], "target": first["target"], "id": relation_id},
            )
            if not found:
                continue
            stored = found[0][0]
            held = self._evidence_of([stored]).get(relation_id, [])
            kept = [row for row in held if row["document"] != document_id]
            summary.evidence_removed += len(held) - len(kept)
            if kept:
                properties = _layout.forget_evidence(stored, kept)
                self._save_relations(rel_type, source_label, target_label, [(first["source"], first["target"], properties)],
                                     "set", ("document_count", "evidence_count", "year", "years"))
                continue
            self._run(f"MATCH ()-[r:{rel_type.name} {{id: $id}}]->() DELETE r", {"id": relation_id})
            summary.relations_removed += 1
            summary.details.append(f"removed {rel_type.name} {first['source']} -> {first['target']}")
        self._run("MATCH (e:Evidence) WHERE e.document = $document DELETE e", {"document": document_id})
        self._run("MATCH (d:Document {id: $id}) DETACH DELETE d", {"id": document_id})
        summary.documents_removed += 1

    def _delete_orphans(self, summary: ForgetSummary) -> int:
        """Delete entities left with no relationship at all; how many went."""
        removed = 0
        for label in self.schema.entity_labels:
            for (entity_id,) in self._rows(
                f"MATCH (n:{label}) WHERE NOT EXISTS {{ MATCH (n)-[]-() }} DELETE n RETURN n.id"
            ):
                summary.details.append(f"removed entity {entity_id}")
                removed += 1
        return removed

    # -- plumbing ---------------------------------------------------------------------

    def _evidence_types(self) -> list[RelationshipType]:
        return [rel_type for rel_type in self.schema.relationships.values() if rel_type.provenance]

    def _entity_label(self, entity_id: str) -> str:
        """The label of an entity id, checked to be one of the schema's."""
        label, _ = split_entity_id(entity_id)
        if label not in self.schema.entity_labels:
            raise StoreError(f"{entity_id!r} is not an entity id (Label:Name)")
        return label

    def _relation_count(self, entity_id: str) -> int:
        label = self._entity_label(entity_id)
        return self._rows(f"MATCH (n:{label} {{id: $id}})-[r]-() RETURN count(r)", {"id": entity_id})[0][0]

    def _relation(self, source_id: str, type_: str, target_id: str, relation_id: str) -> Relation:
        stored = self._rows(
            f"MATCH (:{self._entity_label(source_id)} {{id: $source}})-[r:{type_}]->"
            f"(:{self._entity_label(target_id)} {{id: $target}}) WHERE r.id = $id RETURN r",
            {"source": source_id, "target": target_id, "id": relation_id},
        )[0][0]
        evidence = self._evidence_of([stored]).get(relation_id, [])
        return _layout.stored_relation(self.schema.relationship(type_), source_id, target_id, stored, evidence)

    def _require_writable(self) -> None:
        if self.read_only:
            raise ReadOnlyError(f"{self.path}: store is open read-only")

    @contextmanager
    def _transaction(self):
        self._run("BEGIN TRANSACTION")
        try:
            yield
        except BaseException:
            self._rollback()
            raise
        self._run("COMMIT")

    def _rollback(self) -> None:
        try:
            self._run("ROLLBACK")
        except StoreError as exc:
            # LadybugDB rolls back by itself when a statement fails to bind or run,
            # leaving no transaction to roll back.
            if "No active transaction" not in str(exc):
                raise

    def _rows(self, cypher: str, parameters: dict | None = None) -> list[list]:
        return self._run(cypher, parameters).rows

    def _run(self, cypher: str, parameters: dict | None = None) -> QueryResult:
        columns, rows = self._execute(cypher, parameters)
        return QueryResult(columns, [[plain(value) for value in row] for row in rows])

    def _execute(
        self, cypher: str, parameters: dict | None = None, limit: int | None = None
    ) -> tuple[list[str], list[list]]:
        """Column names and rows (the first ``limit`` of them) as LadybugDB gives them,
        internal ids included."""
        try:
            result = self._connection.execute(cypher, parameters or {})
        except RuntimeError as exc:
            raise _store_error(exc, self.path) from exc
        try:
            columns = result.get_column_names()
            rows = []
            while result.has_next() and (limit is None or len(rows) < limit):
                rows.append(result.get_next())
        except RuntimeError as exc:
            raise _store_error(exc, self.path) from exc
        finally:
            result.close()
        return columns, rows

    def _holds_evidence_lists(self, table: str) -> bool:
        """Whether a relationship table has the evidence lists of the layout before Evidence nodes."""
        return "evidence_sentences" in {name for (name,) in self._rows(f"CALL table_info('{identifier(table)}') RETURN name")}

    def _ensure_tables(self) -> None:
        """Create or extend the tables for the schema unless the store already has them."""
        statements = list(_schema_statements(self.schema))
        version = "tiegraph schema " + hashlib.sha1("\n".join(statements).encode()).hexdigest()[:16]
        comments = dict(self._rows("CALL show_tables() RETURN name, comment"))
        if comments.get("Document") == version:
            return
        if any(self._holds_evidence_lists(name) for name in comments if name in self.schema.relationships):
            raise StoreError(_layout.OLD_LAYOUT.format(store=self.path))
        if self.read_only and not comments:
            raise StoreError(f"{self.path}: no store here yet; load documents into it first")
        if self.read_only:
            raise StoreError(
                f"{self.path}: store was made for another schema; open it for writing once to upgrade it"
            )
        # One transaction, so that a process killed half way leaves no half-made tables.
        with self._transaction():
            for statement in statements:
                self._run(statement)
            self._run(f"COMMENT ON TABLE Document IS '{version}'")


def plain(value):
    """A LadybugDB result value as plain Python: nodes become dicts of their properties
    with ``_label``, relationships dicts with ``_type``, paths dicts of ``nodes`` and
    ``relationships``. Properties a node or relationship does not have are left out;
    dates and other values JSON lacks become strings.

    >>> plain({"_ID": {"offset": 0, "table": 0}, "_LABEL": "State", "name": "Russia", "degree": None})
    {'name': 'Russia', '_label': 'State'}
    """
    if isinstance(value, list):
        return [plain(item) for item in value]
    if not isinstance(value, dict):
        return _scalar(value)
    if "_NODES" in value and "_RELS" in value:
        return {"nodes": plain(value["_NODES"]), "relationships": plain(value["_RELS"])}
    properties = {
        key: plain(item) for key, item in value.items() if not key.startswith("_") and item is not None
    }
    if "_SRC" in value and "_DST" in value:
        return {**properties, "_type": value["_LABEL"]}
    if "_ID" in value and "_LABEL" in value:
        return {**properties, "_label": value["_LABEL"]}
    return {key: plain(item) for key, item in value.items()}


def _hops(nodes: list[dict], rels: list[dict]) -> list[tuple[str, str, str, str]]:
    """A path as LadybugDB returns it, as ``(source id, type, target id, relation id)``
    for each relation it walks."""
    ids = {_internal_id(node["_ID"]): node["id"] for node in nodes}
    return [(ids[_internal_id(rel["_SRC"])], rel["_LABEL"], ids[_internal_id(rel["_DST"])], rel["id"]) for rel in rels]


def _internal_id(value: dict) -> tuple[int, int]:
    return value["table"], value["offset"]


def _scalar(value):
    """Values JSON cannot hold as they are: decimals become numbers; dates and timestamps
    ISO 8601 strings, as the Neo4j store gives them; intervals and UUIDs strings."""
    if value is None or isinstance(value, (str, int, float)):
        return value
    if isinstance(value, (date, time)):
        return value.isoformat()
    if isinstance(value, Decimal):
        # sum() of integers comes back as a 128-bit integer, which Python sees as Decimal.
        return int(value) if value == value.to_integral_value() else float(value)
    return str(value)


def _open_database(path: Path, read_only: bool, wait: float = 0):
    """The database and a connection, waiting up to ``wait`` seconds for another
    process's write lock, and up to _CHECKPOINT_SECONDS for its checkpoint to end."""
    started = monotonic()
    while True:
        try:
            return _connect(path, read_only)
        except RuntimeError as exc:
            error = exc
        # While a writer checkpoints, readers find the write-ahead log half replaced.
        checkpointing = bool(_CHECKPOINTING.search(str(error)))
        if "recovery is pending" in str(error) and monotonic() - started >= _SETTLE_SECONDS:
            # Still pending: the writer was killed in its checkpoint. Opening the store for
            # writing finishes it, unless a live writer holds the lock after all.
            try:
                database, connection = _connect(path, False)
            except RuntimeError as locked:
                if "Could not set lock" not in str(locked):
                    raise _open_error(error, path) from locked
            else:
                connection.close()
                database.close()
                continue
        patience = max(wait, _CHECKPOINT_SECONDS if checkpointing else 0)
        if not (checkpointing or "Could not set lock" in str(error)) or monotonic() - started >= patience:
            raise _open_error(error, path, wait) from error
        sleep(_POLL_SECONDS)


def _connect(path: Path, read_only: bool):
    # A process killed while appending to the write-ahead log leaves a torn last
    # record; replay stops before it, keeping every transaction committed before.
    database = ladybug.Database(
        str(path), read_only=read_only, throw_on_wal_replay_failure=False,
        buffer_pool_size=_buffer_pool_megabytes(read_only) << 20,
        checkpoint_threshold=_megabytes(CHECKPOINT_VARIABLE, WRITER_CHECKPOINT_MB) << 20,
    )
    try:
        return database, ladybug.Connection(database)
    except RuntimeError:
        database.close()
        raise


def _buffer_pool_megabytes(read_only: bool) -> int:
    """The buffer pool a store is opened with, in MB; 0 for LadybugDB's default. Readers
    keep the default unless told: a query over a large store may need more."""
    return _megabytes(BUFFER_POOL_VARIABLE, 0 if read_only else WRITER_BUFFER_POOL_MB)


def _megabytes(variable: str, default: int) -> int:
    """The whole number of megabytes the environment ``variable`` gives, else ``default``."""
    given = os.environ.get(variable, "").strip()
    if not given:
        return default
    try:
        return max(int(given), 0)
    except ValueError:
        raise StoreError(f"{variable}={given!r}: expected a whole number of megabytes") from None


def _open_error(exc: RuntimeError, path: Path, wait: float = 0) -> StoreError:
    message = str(exc)
    if "Could not set lock" in message:
        pid = _LOCK_HOLDER.search(message)
        holder = f" (PID {pid.group(1)})" if pid else ""
        advice = f"still held after waiting {wait:g} s" if wait else "close it and try again, or wait for it with --wait SECONDS"
        return StoreError(f"{path}: store is in use by another process{holder}; {advice}")
    if "checkpoint recovery is pending" in message:
        return StoreError(f"{path}: store was left half checkpointed; open it once for writing (tiegraph ingest) to finish")
    if "empty database under READ ONLY" in message:
        return StoreError(f"{path}: no store here yet; load documents into it first")
    if "not a valid" in message:
        return StoreError(f"{path}: not a tiegraph store (not a LadybugDB file)")
    return _store_error(exc, path)


def _store_error(exc: RuntimeError, path: Path) -> StoreError:
    message = str(exc).strip().splitlines()[0]
    if "read-only database" in message:
        return ReadOnlyError(f"{path}: store is open read-only")
    return StoreError(message)


def _schema_statements(schema: Schema):
    """DDL that creates the schema's tables, or adds what an older store lacks."""
    for label in [*schema.labels, _layout.EVIDENCE_LABEL]:
        yield from _table_statements("NODE", identifier(label), _node_properties(label), "PRIMARY KEY (id)")
    for rel_type in schema.relationships.values():
        pairs = [f"FROM {identifier(s)} TO {identifier(t)}" for s in rel_type.sources for t in rel_type.targets]
        properties = _layout.relation_property_types(rel_type)
        yield from _table_statements("REL", identifier(rel_type.name), properties, *pairs, leading=True)
        yield from (f"ALTER TABLE {rel_type.name} ADD IF NOT EXISTS {pair}" for pair in pairs)


def _table_statements(kind: str, name: str, properties: dict, *extra: str, leading: bool = False):
    columns = [f"`{column}` {type_}" for column, type_ in properties.items()]
    parts = [*extra, *columns] if leading else [*columns, *extra]
    yield f"CREATE {kind} TABLE IF NOT EXISTS {name}({', '.join(parts)})"
    yield from (f"ALTER TABLE {name} ADD IF NOT EXISTS {column}" for column in columns)


def _grouped(members: list[tuple[int, object]], *attributes: str) -> list[tuple]:
    """``(document index, item)`` pairs grouped by the values of the items' ``attributes``,
    groups and members in first-seen order."""
    groups: dict[tuple, list] = {}
    for member in members:
        groups.setdefault(tuple(getattr(member[1], attribute) for attribute in attributes), []).append(member)
    return list(groups.items())


def _assignments(variable: str, source: str, types: dict[str, str], names) -> str:
    """``SET`` items copying ``names`` from ``source`` (an UNWIND row) onto ``variable``.

    The CASTs give LadybugDB the column types a batch cannot tell it: a property that
    is null or an empty list in every row would otherwise bind as STRING.
    """
    return ", ".join(f"{variable}.`{name}` = CAST({source}.`{name}` AS {types[name]})" for name in names)


def _property_map(index: str, types: dict[str, str], names) -> str:
    """The properties ``names`` of the row numbered ``index`` (from 1) of the parameters
    :func:`_columns` makes, as a map a CREATE pattern takes. The whole column is cast, as
    :func:`_assignments` casts a value: a column of nulls alone would otherwise bind as a
    list LadybugDB cannot index. Properties given in the pattern are written with the new
    node or relationship; each one SET after it would be a change of its own in the
    write-ahead log, which made it grow about 14 MB per MB of text."""
    return ", ".join(f"`{name}`: CAST($c_{name} AS {types[name]}[])[{index}]" for name in names)


def _columns(rows: list[dict], names) -> dict[str, list]:
    """``rows`` as one parameter per property (``c_`` and its name), a list of values
    in row order. LadybugDB takes a list of plain values four to six times faster than
    the same values as a list of structs (about 30 µs a struct of ten fields), which was
    most of the cost of creating Evidence nodes and relationships."""
    return {f"c_{name}": [row.get(name) for row in rows] for name in names}


def _changed(merged: dict, stored: dict) -> bool:
    """Whether merged node properties differ from the stored ones (which lack nulls)."""
    return any(stored.get(name) != value for name, value in merged.items())


def _by_document(rows: list[tuple[int, object]]) -> list[tuple[int, list]]:
    """``(document index, row)`` pairs, in order, as each document's rows."""
    documents: dict[int, list] = {}
    for index, row in rows:
        documents.setdefault(index, []).append(row)
    return list(documents.items())


def _node_properties(label: str) -> dict[str, str]:
    """The properties of a node table, with their types."""
    if label == "Document":
        return _layout.DOCUMENT_PROPERTIES
    return _layout.EVIDENCE_PROPERTIES if label == _layout.EVIDENCE_LABEL else _layout.ENTITY_PROPERTIES


@cache
def _nodes_cypher(label: str, names: tuple[str, ...], exists: bool) -> str:
    """Cypher that sets the properties ``names`` of a batch of nodes, found by id if they
    ``exists``, else created."""
    types = _node_properties(label)
    if not exists:
        return f"UNWIND range(1, size($c_id)) AS i CREATE (n:{label} {{{_property_map('i', types, names)}}})"
    assignments = _assignments("n", "row", types, [name for name in names if name != "id"])
    return f"UNWIND $rows AS row MATCH (n:{label} {{id: row.id}}) SET {assignments}"


@cache
def _relations_cypher(
    rel_type: RelationshipType, source_label: str, target_label: str, mode: str, changed: tuple[str, ...] = ()
) -> str:
    """Cypher that writes a batch of relations: ``create`` them, their ends from ``$pairs``
    and their properties from the columns of :func:`_columns`, or ``set`` the ``changed``
    properties of stored ones, found from their sources (``$sources``) and ids (``$ids``)."""
    types = _layout.relation_property_types(rel_type)
    if mode == "create":
        return (
            f"UNWIND $pairs AS row MATCH (s:{source_label} {{id: row.source}}) MATCH (t:{target_label} {{id: row.target}}) "
            f"CREATE (s)-[r:{rel_type.name} {{{_property_map('row.i', types, types)}}}]->(t) RETURN count(*)"
        )
    return (
        f"MATCH (s:{source_label})-[r:{rel_type.name}]->(:{target_label}) WHERE s.id IN $sources AND r.id IN $ids "
        f"WITH r UNWIND $rows AS row WITH r, row WHERE r.id = row.properties.id "
        f"SET {_assignments('r', 'row.properties', types, changed)} RETURN count(*)"
    )
