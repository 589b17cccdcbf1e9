"""A whole graph in a JSON-lines file: ``tiegraph dump`` writes one, ``tiegraph restore`` loads it.

Each line is one record of :meth:`graph.stores.base.GraphStore.records` (its ``record``
key says whether it is a document, entity, relation or mention), so a dump of the
embedded store restores into Neo4j and the other way round. Restoring checks the whole
file before writing anything: a malformed line is an error naming the file and line.

>>> import json, tempfile, pathlib
>>> from graph.stores import open_store
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> with open_store(folder / "graph.lbug") as store:
...     dump(store, folder / "graph.jsonl")
0
>>> _ = (folder / "bad.jsonl").write_text('{"record": "entity", "label": "Planet"}\\n')
>>> read_dump(folder / "bad.jsonl")  # doctest: +ELLIPSIS
Traceback (most recent call last):
graph.dump.DumpError: .../bad.jsonl:1: entity: unknown label 'Planet'
"""
from __future__ import annotations

import json
import os
from pathlib import Path

from graph.schema import Schema, load_schema
from graph.stores._records import NODE_KINDS, RecordError, check_record
from graph.stores.base import BATCH_SIZE, GraphStore, LoadSummary, StoreError


class DumpError(StoreError):
    """A dump file that cannot be restored; the message names the file and line."""


def dump(store: GraphStore, path: str | Path) -> int:
    """Write every record of ``store`` to ``path``, one JSON object a line; how many.

    The file appears complete or not at all: it is written under another name first.
    """
    path = Path(path)
    partial = path.with_name(path.name + ".partial")
    count = 0
    try:
        with partial.open("w", encoding="utf-8") as out:
            for record in store.records():
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
                count += 1
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)
    return count


def read_dump(path: str | Path, schema: Schema | None = None) -> list[dict]:
    """The records of a dump file, each checked against ``schema`` (default: the
    project's), and every relation and mention checked to name documents and entities
    the file holds. Blank lines are skipped."""
    schema = schema or load_schema()
    records, lines = [], []
    with Path(path).open("rb") as lines_in:
        for number, line in enumerate(lines_in, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line.decode("utf-8"))
                check_record(record, schema)
            except (ValueError, RecordError) as exc:
                raise DumpError(f"{path}:{number}: {_reason(exc)}") from None
            records.append(record)
            lines.append(number)
    _check_ends(records, lines, path)
    return records


def restore(store: GraphStore, path: str | Path, *, batch_size: int = BATCH_SIZE) -> LoadSummary:
    """Load a dump file into ``store``, merging it into what the store holds; nothing is
    written unless the whole file is good. Its lines may come in any order."""
    records = read_dump(path, store.schema)
    records.sort(key=lambda record: record["record"] not in NODE_KINDS)  # nodes first, as load_records wants
    return store.load_records(records, batch_size=batch_size)


def _check_ends(records: list[dict], lines: list[int], path: str | Path) -> None:
    held = {("Document", record["properties"]["id"]) for record in records if record["record"] == "document"}
    held |= {(record["label"], record["properties"]["id"]) for record in records if record["record"] == "entity"}
    for record, number in zip(records, lines):
        if record["record"] == "relation":
            ends = [(record["source_label"], record["source_id"]), (record["target_label"], record["target_id"])]
        elif record["record"] == "mention":
            ends = [("Document", record["document_id"]), (record["entity_label"], record["entity_id"])]
        else:
            continue
        for label, node_id in ends:
            if (label, node_id) not in held:
                kind = "document" if label == "Document" else f"{label} entity"
                raise DumpError(f"{path}:{number}: names {kind} {node_id!r}, which the file does not hold")


def _reason(exc: Exception) -> str:
    if isinstance(exc, json.JSONDecodeError):
        return f"not a JSON record ({exc.msg} at column {exc.colno})"
    if isinstance(exc, UnicodeDecodeError):
        return "not UTF-8 text"
    return str(exc).splitlines()[0]
