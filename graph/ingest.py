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
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Callable, Iterable, Iterator

from graph.model import Document, Extraction
from graph.stores.base import ExtractionRefused, GraphStore, StoreError
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


def ingest(
    store: GraphStore,
    paths: Iterable[str | Path],
    *,
    extractor: Extractor | None = None,
    on_document: Callable[[str], None] | None = None,
    jobs: int = 1,
    strict: bool = False,
) -> IngestReport:
    """Load every document under ``paths`` into ``store``, one transaction per document.

    A document whose content hash the store already holds is skipped without being
    parsed. A bad file is recorded in the report and the others still load. With
    ``jobs`` above 1, extraction runs in that many worker processes while this process
    alone writes, a batch of documents at a time so memory stays bounded. An unexpected
    error while reading one document is that document's failure too, unless ``strict``.
    """
    report = IngestReport()
    pending = _unloaded(store, paths, report, on_document)
    if jobs <= 1:
        extractor = extractor or default_extractor()
        for raw, path in pending:
            _write(store, path, _extract_or_fail(raw, path, extractor, strict), report)
        return report
    import multiprocessing

    with multiprocessing.get_context("spawn").Pool(jobs) as pool:
        for batch in _batches(pending, jobs * 4):
            for (raw, path), result in zip(batch, pool.map(partial(_extract_in_worker, strict=strict), batch)):
                _write(store, path, result, report)
    return report


def _unloaded(store: GraphStore, paths, report: IngestReport, on_document) -> Iterator[tuple[bytes, str]]:
    """The ``(raw bytes, path)`` of each document the store does not hold yet."""
    for path, problem in collect(paths):
        if on_document:
            on_document(path)
        if problem:
            report.failures.append(Failure(path, problem))
            continue
        try:
            raw = read_file(path)
        except DocumentError as exc:
            report.failures.append(Failure(path, str(exc)))
            continue
        if store.has_document(Document.content_id(raw)):
            report.documents_skipped += 1
            continue
        yield raw, path


def _batches(items: Iterator, size: int) -> Iterator[list]:
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def _extract_or_fail(raw: bytes, path: str, extractor: Extractor, strict: bool = False) -> Extraction | str:
    """The extraction, or the one-line reason the document cannot be read."""
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


def _extract_in_worker(item: tuple[bytes, str], strict: bool = False) -> Extraction | str:
    raw, path = item
    return _extract_or_fail(raw, path, default_extractor(), strict)


def _write(store: GraphStore, path: str, result: Extraction | str, report: IngestReport) -> None:
    if isinstance(result, str):
        report.failures.append(Failure(path, result))
        return
    try:
        written = store.write(result)
    except ExtractionRefused as exc:
        report.failures.append(Failure(path, str(exc).removeprefix(f"{result.document.path}: ")))
        return
    except StoreError as exc:
        # The store is out of reach or broken: the run stops here, and the document,
        # written in one transaction, is not in the store at all.
        raise StoreError(f"{path}: not loaded: {exc}") from exc
    report.documents_added += int(written.document_added)
    report.entities_added += written.entities_added
    report.relations_added += written.relations_added
    report.evidence_added += written.evidence_added
