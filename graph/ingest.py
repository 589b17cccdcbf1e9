"""Loading documents into a store: find the files, skip the unchanged, extract, write.

>>> import tempfile, pathlib
>>> from graph.stores import open_store
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "wire.txt").write_text("Russia sold the S-400 to China in 2018.")
>>> with open_store(folder / "graph.lbug") as store:
...     first = ingest(store, [folder / "wire.txt"])
...     again = ingest(store, [folder / "wire.txt"])
>>> first.documents_added, first.relations_added, again.documents_skipped
(1, 2, 1)
"""
from __future__ import annotations

import glob
import os
from collections import deque
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Callable, Iterable, Iterator

from graph.model import Document, Extraction
from graph.stores.base import ExtractionRefused, GraphStore, StoreError, WriteSummary
from loaders.extract import Extractor, default_extractor
from loaders.readers import DocumentError, format_of, read_bytes, read_file, unicode_path
from loaders.registers import read_register


@dataclass
class Failure:
    path: str
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


@dataclass
class IngestReport:
    """What an ingest run did, document by document, summed up."""

    documents_added: int = 0
    documents_skipped: int = 0
    entities_added: int = 0
    relations_added: int = 0
    evidence_added: int = 0
    failures: list[Failure] = field(default_factory=list)

    def summary(self) -> str:
        return (
            f"{self.documents_added} documents added, {self.documents_skipped} unchanged, "
            f"{len(self.failures)} failed; {self.entities_added} entities, {self.relations_added} relations "
            f"and {self.evidence_added} evidence sentences added"
        )


def collect(paths: Iterable[str | Path]) -> Iterator[tuple[str, str | None]]:
    """Expand files, folders (recursively) and glob patterns into ``(path, problem)`` pairs.

    Files inside folders are kept only when tiegraph reads their format; a file named
    explicitly with an unknown format is reported. Symbolic-link loops are not followed.
    """
    seen: set[str] = set()
    for given in paths:
        given = str(given)
        matches = sorted(glob.glob(given, recursive=True)) if glob.has_magic(given) else [given]
        if not matches:
            yield given, "no file matches this pattern"
        for match in matches:
            path = Path(match)
            if path.is_dir():
                for found in _walk(path):
                    if found not in seen:
                        seen.add(found)
                        yield found, None
            elif match not in seen:
                seen.add(match)
                if not path.exists():
                    yield match, "no such file" if not path.is_symlink() else "broken symbolic link"
                else:
                    yield match, None if format_of(match) else "unsupported file type (expected txt, md, html, pdf, csv or json)"


def _walk(folder: Path) -> Iterator[str]:
    visited: set[tuple[int, int]] = set()
    for root, dirs, files in os.walk(folder, followlinks=True):
        stat = os.stat(root)
        if (stat.st_dev, stat.st_ino) in visited:  # a symlink loop brought us back
            dirs.clear()
            continue
        visited.add((stat.st_dev, stat.st_ino))
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and format_of(name):
                yield os.path.join(root, name)


def extract_raw(raw: bytes, path: str, extractor: Extractor) -> Extraction:
    """Extract one document's facts from its bytes, by format."""
    path = unicode_path(path)
    if format_of(path) in ("csv", "json"):
        return read_register(raw, path, extractor.gazetteer, extractor.schema)
    document: Document = read_bytes(raw, path)
    return extractor.extract_document(document)


def extract_paths(
    paths: Iterable[str | Path], extractor: Extractor | None = None, *, strict: bool = False
) -> Iterator[tuple[str, Extraction | None, str | None]]:
    """Yield ``(path, extraction, problem)`` for every document under ``paths``; nothing is stored.

    ``strict`` lets an unexpected error from one document propagate instead of being
    its ``problem``.
    """
    extractor = extractor or default_extractor()
    for path, problem in collect(paths):
        if problem:
            yield path, None, problem
            continue
        try:
            result = _extract_or_fail(read_file(path), path, extractor, strict)
        except DocumentError as exc:
            result = str(exc)
        yield (path, None, result) if isinstance(result, str) else (path, result, None)


# Documents written per transaction, at most, and the text they may hold together: a
# statement per label and relationship type then serves many documents, and a relation
# many of them support has its evidence lists rewritten once (LadybugDB appends to a list
# by writing it anew), while readers and a rerun after a crash still see the load move
# on in steps of a megabyte of text at most. The first transaction
# holds fewer, and each next one twice as many, so the first documents show to readers
# at once.
FIRST_BATCH_DOCUMENTS = 4
BATCH_DOCUMENTS = 256
BATCH_CHARACTERS = 1_000_000
# Files whose content hashes are looked up in the store at once, and the bytes they may
# hold together while they wait to be extracted.
LOOKUP_FILES = 64
LOOKUP_BYTES = 16_000_000
# Content hashes of the run's last documents, remembered so that a file repeating one
# not yet committed counts as unchanged. A document is in flight from its look-up until
# its transaction commits: at most LOOKUP_FILES + 8 per worker + BATCH_DOCUMENTS
# documents later; an older one is found in the store by the look-up. Remembering only
# these keeps memory flat in corpus size (every hash of the run: about 15 MB per
# 100,000 documents).
RECENT_DOCUMENTS = 16_384


def ingest(
    store: GraphStore,
    paths: Iterable[str | Path],
    *,
    extractor: Extractor | None = None,
    on_document: Callable[[str], None] | None = None,
    jobs: int = 1,
    strict: bool = False,
) -> IngestReport:
    """Load every document under ``paths`` into ``store``, a few whole documents per transaction.

    A document whose content hash the store already holds, or that an earlier file of
    the run repeats, is skipped without being parsed. A bad file is recorded in the
    report and the others still load. With ``jobs`` above 1, extraction runs in that
    many worker processes while this process alone writes, a batch of documents at a
    time so memory stays bounded. An unexpected error while reading one document is that
    document's failure too, unless ``strict``.
    """
    report = IngestReport()
    extracted = _extracted(_unloaded(store, paths, report, on_document), extractor, jobs, strict)
    for batch in _batches(extracted, BATCH_DOCUMENTS, BATCH_CHARACTERS, _characters, first=FIRST_BATCH_DOCUMENTS):
        _write_batch(store, batch, report)
    return report


def _unloaded(store: GraphStore, paths, report: IngestReport, on_document) -> Iterator[tuple[str, bytes | str]]:
    """``(path, raw bytes)`` for each document the store does not hold yet, and
    ``(path, reason)`` for each path that cannot be read, in the order of ``paths``."""
    recent: set[str] = set()
    order: deque[str] = deque()
    for files in _batches(_read(paths, on_document), LOOKUP_FILES, LOOKUP_BYTES, _size):
        ids = {path: Document.content_id(raw) for path, raw in files if isinstance(raw, bytes)}
        held = store.held_documents(ids.values())
        for path, raw in files:
            document_id = ids.get(path)
            if document_id in held or document_id in recent:
                report.documents_skipped += 1
                continue
            if document_id:
                recent.add(document_id)
                order.append(document_id)
                if len(order) > RECENT_DOCUMENTS:
                    recent.discard(order.popleft())
            yield path, raw


def _read(paths, on_document) -> Iterator[tuple[str, bytes | str]]:
    """``(path, raw bytes)`` or ``(path, reason it cannot be read)`` for each path."""
    for path, problem in collect(paths):
        if on_document:
            on_document(path)
        if problem:
            yield path, problem
            continue
        try:
            yield path, read_file(path)
        except DocumentError as exc:
            yield path, str(exc)


def _extracted(
    pending: Iterator[tuple[str, bytes | str]], extractor: Extractor | None, jobs: int, strict: bool
) -> Iterator[tuple[str, Extraction | str]]:
    """``(path, extraction or the reason there is none)`` for each pending document, in order.

    With ``jobs`` above 1, worker processes extract the next few documents while the
    caller writes the ones before.
    """
    if jobs <= 1:
        extractor = extractor or default_extractor()
        for path, raw in pending:
            yield path, _extract_or_fail(raw, path, extractor, strict)
        return
    import multiprocessing

    with multiprocessing.get_context("spawn").Pool(jobs) as pool:
        extracting = None
        for batch in _batches(pending, jobs * 4, LOOKUP_BYTES, _size):
            started = batch, pool.map_async(partial(_extract_in_worker, strict=strict), batch)
            if extracting:
                yield from _finished(*extracting)
            extracting = started
        if extracting:
            yield from _finished(*extracting)


def _finished(batch: list[tuple[str, bytes | str]], results) -> Iterator[tuple[str, Extraction | str]]:
    return zip((path for path, _ in batch), results.get())


def _batches(
    items: Iterator, count: int, total: int, size_of: Callable[[object], int], *, first: int | None = None
) -> Iterator[list]:
    """``items`` in lists of at most ``count`` whose sizes add up to at most ``total``
    (an item bigger than that alone); with ``first``, the first list holds at most that
    many, and each next one twice as many as the one before, up to ``count``.

    >>> [len(batch) for batch in _batches(iter(range(20)), 8, 100, lambda item: 1, first=2)]
    [2, 4, 8, 6]
    """
    batch, size, limit = [], 0, first or count
    for item in items:
        if batch and size + size_of(item) > total:
            yield batch
            batch, size, limit = [], 0, min(2 * limit, count)
        batch.append(item)
        size += size_of(item)
        if len(batch) == limit:
            yield batch
            batch, size, limit = [], 0, min(2 * limit, count)
    if batch:
        yield batch


def _size(item: tuple[str, bytes | str]) -> int:
    return len(item[1])


def _characters(item: tuple[str, Extraction | str]) -> int:
    return len(item[1].document.text) if isinstance(item[1], Extraction) else 0


def _extract_or_fail(raw: bytes | str, path: str, extractor: Extractor, strict: bool = False) -> Extraction | str:
    """The extraction, or the one-line reason the document cannot be read (``raw`` may
    be that reason already)."""
    if isinstance(raw, str):
        return raw
    try:
        return extract_raw(raw, path, extractor)
    except DocumentError as exc:
        return str(exc)
    except Exception as exc:
        if strict:
            raise
        # A bug met on one strange document must not cost the user the others.
        detail = f"{type(exc).__name__}: {str(exc).strip().splitlines()[0]}" if str(exc).strip() else type(exc).__name__
        return f"could not be read ({detail}); --debug shows where"


def _extract_in_worker(item: tuple[str, bytes | str], strict: bool = False) -> Extraction | str:
    path, raw = item
    return _extract_or_fail(raw, path, default_extractor(), strict)


def _write_batch(store: GraphStore, batch: list[tuple[str, Extraction | str]], report: IngestReport) -> None:
    """Write a batch of documents in one transaction; if that fails, write them one by
    one, so that only the document at fault fails."""
    extracted = [(path, result) for path, result in batch if isinstance(result, Extraction)]
    try:
        written = dict(zip((path for path, _ in extracted), store.write_many([e for _, e in extracted])))
    except StoreError:
        written = {}
    for path, result in batch:
        if isinstance(result, str):
            report.failures.append(Failure(path, result))
        elif path in written:
            _record(report, path, result, written[path])
        else:
            _write(store, path, result, report)


def _write(store: GraphStore, path: str, extraction: Extraction, report: IngestReport) -> None:
    try:
        written = store.write(extraction)
    except ExtractionRefused as exc:
        written = exc
    except StoreError as exc:
        # The store is out of reach or broken: the run stops here, and the document,
        # written in one transaction, is not in the store at all.
        raise StoreError(f"{path}: not loaded: {exc}") from exc
    _record(report, path, extraction, written)


def _record(report: IngestReport, path: str, extraction: Extraction, written: WriteSummary | ExtractionRefused) -> None:
    if isinstance(written, ExtractionRefused):
        report.failures.append(Failure(path, str(written).removeprefix(f"{extraction.document.path}: ")))
        return
    report.documents_added += int(written.document_added)
    report.entities_added += written.entities_added
    report.relations_added += written.relations_added
    report.evidence_added += written.evidence_added
