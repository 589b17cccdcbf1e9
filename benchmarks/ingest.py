"""Ingest throughput into the embedded store, serial and with worker processes.

Writes a synthetic corpus (see benchmarks/extraction.py) to a temporary folder, ingests
it into a fresh embedded store with ``--jobs 1`` and ``--jobs N``, then re-ingests it
unchanged (content hashes only), and prints MB/s for each run: by the clock, and by the
CPU time this process and its workers used (on a machine other work shares, the clock
mostly measures the others).

    python benchmarks/ingest.py --megabytes 1 --jobs 2
"""
from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from extraction import synthetic_documents  # noqa: E402

from graph.ingest import ingest  # noqa: E402
from graph.stores.embedded import EmbeddedStore  # noqa: E402


def timed_ingest(store_path: Path, folder: Path, jobs: int) -> tuple[float, float, object]:
    """Seconds by the clock and of CPU (this process and its finished workers), and the report."""
    with EmbeddedStore(store_path) as store:
        started, cpu = time.perf_counter(), cpu_seconds()
        report = ingest(store, [folder], jobs=jobs)
        return time.perf_counter() - started, cpu_seconds() - cpu, report


def cpu_seconds() -> float:
    return time.process_time() + sum(
        getattr(resource.getrusage(resource.RUSAGE_CHILDREN), field) for field in ("ru_utime", "ru_stime")
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=float, default=1.0)
    parser.add_argument("--jobs", type=int, default=2)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch) / "corpus"
        folder.mkdir()
        documents = synthetic_documents(options.megabytes)
        for document in documents:
            (folder / document.path).write_text(document.text, encoding="utf-8")
        size = sum(p.stat().st_size for p in folder.iterdir()) / 1e6
        for jobs in (1, options.jobs):
            seconds, cpu, report = timed_ingest(Path(scratch) / f"jobs{jobs}.lbug", folder, jobs)
            print(
                f"ingest --jobs {jobs}: {len(documents)} documents, {size:.2f} MB in {seconds:.1f} s = "
                f"{size / seconds:.3f} MB/s; CPU {cpu:.1f} s = {size / cpu:.3f} MB/s ({report.relations_added} relations)"
            )
        seconds, cpu, report = timed_ingest(Path(scratch) / f"jobs{options.jobs}.lbug", folder, 1)
        print(
            f"unchanged re-ingest: {report.documents_skipped} documents skipped in {seconds:.3f} s = "
            f"{size / seconds:.1f} MB/s; CPU {cpu:.3f} s = {size / cpu:.1f} MB/s"
        )


if __name__ == "__main__":
    main()
