"""Writing into the embedded store alone: CPU seconds per MB of text, extraction left out.

Extracts every document of a corpus folder once (kept in ``--cache``, a pickle, so
that later runs time only the writing), then writes the extractions into a fresh
store in the transactions ``tiegraph ingest`` would use, and prints the CPU time of
the writing, the commits counted, and the writer's resident memory at the end.

    python -m benchmarks.writing /tmp/corpus-2 --cache /tmp/corpus-2.pickle
    python -m benchmarks.writing /tmp/corpus-2 --cache /tmp/corpus-2.pickle --profile write.prof
"""
from __future__ import annotations

import argparse
import cProfile
import pickle
import resource
import tempfile
import time
from pathlib import Path

from graph.ingest import BATCH_CHARACTERS, BATCH_DOCUMENTS, FIRST_BATCH_DOCUMENTS, _batches, _characters, extract_paths
from graph.model import Extraction
from graph.stores.embedded import EmbeddedStore


def extractions(corpus: Path, cache: Path | None) -> list[tuple[str, Extraction]]:
    """``(path, extraction)`` for every readable document of ``corpus``, from ``cache`` when it holds them."""
    if cache and cache.exists():
        return pickle.loads(cache.read_bytes())
    found = [(path, extraction) for path, extraction, _ in extract_paths([corpus]) if extraction]
    if cache:
        cache.write_bytes(pickle.dumps(found))
    return found


def write_all(store_path: Path, documents: list[tuple[str, Extraction]], progress: bool = False) -> dict:
    """Write ``documents`` in ingest's batches; CPU seconds, batches and relations added.
    With ``progress``, print the CPU time and resident memory after each transaction."""
    with EmbeddedStore(store_path) as store:
        started, cpu, batches, relations, written = time.perf_counter(), time.process_time(), 0, 0, 0
        for batch in _batches(iter(documents), BATCH_DOCUMENTS, BATCH_CHARACTERS, _characters, first=FIRST_BATCH_DOCUMENTS):
            before = time.process_time()
            relations += sum(summary.relations_added for summary in store.write_many([e for _, e in batch]))
            batches += 1
            written += sum(len(e.document.text.encode("utf-8")) for _, e in batch)
            if progress:
                print(
                    f"{written / 1e6:7.2f} MB: transaction of {len(batch)} CPU {time.process_time() - before:6.2f} s, "
                    f"total {time.process_time() - cpu:7.1f} s; resident {resident_megabytes():.0f} MB", flush=True,
                )
        written = {"seconds": time.perf_counter() - started, "cpu": time.process_time() - cpu}
        closing = time.process_time()
    written["close_cpu"] = time.process_time() - closing
    return {**written, "batches": batches, "relations": relations}


def resident_megabytes() -> float:
    with open("/proc/self/statm", encoding="ascii") as statm:
        return int(statm.read().split()[1]) * resource.getpagesize() / 2**20


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--cache", type=Path, help="pickle of the extractions, written the first time")
    parser.add_argument("--profile", help="write a cProfile of the writing to this file")
    parser.add_argument("--progress", action="store_true", help="print CPU time and memory after each transaction")
    options = parser.parse_args()
    documents = extractions(options.corpus, options.cache)
    megabytes = sum(len(e.document.text.encode("utf-8")) for _, e in documents) / 1e6
    with tempfile.TemporaryDirectory() as scratch:
        profiler = cProfile.Profile() if options.profile else None
        if profiler:
            profiler.enable()
        result = write_all(Path(scratch) / "store.lbug", documents, options.progress)
        if profiler:
            profiler.disable()
            profiler.dump_stats(options.profile)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    with open("/proc/loadavg", encoding="ascii") as load:
        loadavg = load.read().split()[0]
    print(
        f"{len(documents)} documents, {megabytes:.2f} MB, {result['relations']} relations, {result['batches']} transactions: "
        f"writing {result['seconds']:.1f} s, CPU {result['cpu']:.2f} s = {result['cpu'] / megabytes:.2f} CPU s/MB "
        f"(closing {result['close_cpu']:.2f} s); peak {peak:.0f} MB; load {loadavg}"
    )


if __name__ == "__main__":
    main()
