"""The scale benchmarks: tiegraph on corpora of 2, 20 and 200 MB and graphs of 100,000
and 1,000,000 relationships, as one command.

For each corpus size (written by :mod:`benchmarks.corpus`, seeded, one document at a
time) it measures:

* ``extract``: extraction in this process, MB/s of wall-clock and of CPU time;
* ``ingest``: ``python -m graph.cli ingest`` end to end into a fresh embedded store,
  once per ``--jobs`` value, with the process's CPU time and peak memory (the largest
  resident set of the command and its worker processes, from ``wait4``);
* ``reingest``: the same command again on the first store, every document unchanged;
* ``neo4j``: the same ingest into an emptied Neo4j database, when a server is given;
* ``html``, ``csv``: ``export html`` and ``export csv`` (neo4j-admin import files) of
  the first store, with an extrapolation of the CSV export to 1,000,000 documents.

For each graph size (``--graphs``) it builds a synthetic embedded store with
:func:`benchmarks.test_trace_benchmark.build` (hubs as in the real corpus; bulk-loaded
with COPY FROM), copies it into Neo4j with ``load_records`` when a server is given, and
times on each store: the saved 2-hop ``neighbourhood`` query from entities drawn
uniformly (p50, p90, p99) and from the biggest hubs apart, a trace between sampled
pairs (p50, p95), and the top 10 entities by degree (the saved ``most-connected``
query).

    python -m benchmarks.suite --sizes 2,20,200 --graphs 100000,1000000 --json scale.json

A markdown table goes to stdout (progress to stderr). ``--neo4j start`` starts the test
server (tests/neo4j/server.sh) and stops it afterwards; ``--neo4j URI`` uses a running
one, which is emptied: never point it at a graph you want to keep. Without ``--neo4j``,
``TIEGRAPH_TEST_NEO4J_URI`` is used when set.
"""
from __future__ import annotations

import argparse
import json
import math
import os
import platform
import random
import re
import shlex
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

from benchmarks.corpus import write_corpus
from graph.stores.base import QueryTimeout

ROOT = Path(__file__).resolve().parent.parent
STEPS = ("extract", "ingest", "reingest", "neo4j", "html", "csv", "import", "queries")
# The classpath of the in-process Neo4j test server, which holds Neo4j's import tool.
NEO4J_CLASSPATH = ROOT / "tests" / "neo4j" / "target" / "classpath.txt"
# The targets, where it sets one.
TARGETS = {
    "extract": 2.0,  # MB/s on one core
    "ingest": 1.0,  # MB/s end to end
    "neighbourhood_p50": 0.050,  # seconds, at 1,000,000 relationships
    "trace": 1.0,  # seconds, at 1,000,000 relationships
}
DOCUMENTS_EXTRAPOLATED = 1_000_000
# The cap the neighbourhood timings give the saved query: a screenful, as a user would ask.
NEIGHBOURS = 100


@dataclass
class Run:
    """One command's cost: wall-clock and CPU seconds, peak resident memory in MB."""

    seconds: float
    cpu_seconds: float
    peak_mb: float
    output: str


def main(argv: list[str] | None = None) -> dict:
    options = _parser().parse_args(argv)
    if options.merge:
        return _merged(options.merge)
    # Stopped with kill, still stop the Neo4j server started here (LadybugDB takes Ctrl-C
    # for interrupting its own queries).
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    steps = set(options.steps.split(","))
    if steps - set(STEPS):
        sys.exit(f"suite: unknown steps {', '.join(sorted(steps - set(STEPS)))} (known: {', '.join(STEPS)})")
    workdir = Path(options.workdir or tempfile.mkdtemp(prefix="tiegraph-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    neo4j_uri, stop_server = _neo4j(options.neo4j) if steps & {"neo4j", "queries"} else (None, None)
    results = {"machine": machine(), "sizes": [], "graphs": []}
    try:
        for megabytes in _numbers(options.sizes, float) if steps - {"queries"} else ():
            results["sizes"].append(measure_corpus(workdir, megabytes, options, steps, neo4j_uri))
            _save(results, options.json)
        if "queries" in steps:
            for relationships in _numbers(options.graphs, int):
                results["graphs"].append(measure_graph(workdir, relationships, options, neo4j_uri))
                _save(results, options.json)
    finally:
        if stop_server:
            stop_server()
        if not options.workdir:
            shutil.rmtree(workdir, ignore_errors=True)
    results["machine"]["load_average_after"] = os.getloadavg()
    _report(results)
    _save(results, options.json)
    return results


def _save(results: dict, file: str | None) -> None:
    """Write what is measured so far, so that a long run stopped halfway keeps it."""
    if file:
        Path(file).write_text(json.dumps(results, indent=2), encoding="utf-8")


def _merged(files: list[str]) -> dict:
    """The results of several runs as one (the machine as the first run saw it)."""
    runs = [json.loads(Path(file).read_text(encoding="utf-8")) for file in files]
    results = {"machine": runs[0]["machine"], "sizes": [size for run in runs for size in run["sizes"]],
               "graphs": [graph for run in runs for graph in run["graphs"]]}
    results["sizes"].sort(key=lambda size: size["megabytes"])
    _report(results)
    return results


def _report(results: dict) -> None:
    """Add the extrapolation to 1,000,000 documents to ``results`` and print them all."""
    results["extrapolated_1m_documents"] = extrapolated(results["sizes"])
    print("\n".join(markdown(results)))


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="2,20", help="corpus sizes in MB, comma-separated (default 2,20)")
    parser.add_argument("--graphs", default="100000,1000000", help="relationship counts for the query timings")
    parser.add_argument("--jobs", default="1,2", help="--jobs values for ingest; reingest uses the first store")
    parser.add_argument("--steps", default=",".join(STEPS), help=f"which measurements (default all: {','.join(STEPS)})")
    parser.add_argument("--neo4j", help="Neo4j URI to empty and use, or 'start' for the test server")
    parser.add_argument("--workdir", help="keep corpora, stores and exports here (reused corpora); default a temporary folder")
    parser.add_argument("--seed", type=int, default=7, help="corpus and sampling seed")
    parser.add_argument("--samples", type=int, default=50, help="entities (and pairs) sampled for each query timing")
    parser.add_argument("--timeout", type=float, default=4 * 3600, help="seconds any one command may take")
    parser.add_argument("--query-timeout", type=float, default=60, help="seconds a neighbourhood query may take")
    parser.add_argument("--json", help="also write the results as JSON to this file")
    parser.add_argument("--merge", nargs="+", metavar="JSON", help="print the tables of earlier runs' --json files together, and nothing else")
    return parser


def _numbers(text: str, kind):
    return [kind(item) for item in text.split(",") if item.strip()]


def _log(message: str) -> None:
    print(f"[{datetime.now(UTC).strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


# --- machine ---------------------------------------------------------------------------


def machine() -> dict:
    """What the figures were measured on."""
    cpu = next((line.split(":", 1)[1].strip() for line in _lines("/proc/cpuinfo") if line.startswith("model name")), "")
    memory = next((int(line.split()[1]) for line in _lines("/proc/meminfo") if line.startswith("MemTotal")), 0)
    import ladybug

    return {
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "cpus": os.cpu_count(), "cpu_model": cpu, "memory_gib": round(memory / 1024 / 1024, 1),
        "python": platform.python_version(), "ladybug": getattr(ladybug, "__version__", "?"),
        "load_average_before": os.getloadavg(),
    }


def _lines(path: str) -> list[str]:
    try:
        return Path(path).read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return []


# --- running commands ------------------------------------------------------------------


def run(arguments: list[str], timeout: float) -> Run:
    """Run ``python -m graph.cli ARGUMENTS`` from this checkout; its cost as :func:`_run_command`."""
    path = os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))
    return _run_command([sys.executable, "-m", "graph.cli", *arguments], timeout, {"PYTHONPATH": path})


def _run_command(command: list[str], timeout: float, environment: dict[str, str]) -> Run:
    """Run ``command``; its cost from ``wait4`` (CPU time and peak memory of the command
    and the worker processes it waited for)."""
    environment = {**os.environ, **environment}
    with tempfile.TemporaryFile() as output:
        started = time.perf_counter()
        process = subprocess.Popen(command, cwd=ROOT, env=environment, stdout=output, stderr=subprocess.STDOUT)
        status, usage = _wait(process, timeout)
        seconds = time.perf_counter() - started
        output.seek(0)
        text = output.read().decode("utf-8", errors="replace")
    # Exit status 1 is a document that could not be read, reported and skipped.
    if not os.WIFEXITED(status) or os.WEXITSTATUS(status) > 1:
        raise RuntimeError(f"{' '.join(command[2:6])} ... failed: {text.strip().splitlines()[-1:]}")
    return Run(seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, text)


def _wait(process: subprocess.Popen, timeout: float):
    deadline = time.monotonic() + timeout
    while True:
        pid, status, usage = os.wait4(process.pid, os.WNOHANG)
        if pid:
            process.returncode = os.waitstatus_to_exitcode(status)
            return status, usage
        if time.monotonic() > deadline:
            process.kill()
            os.wait4(process.pid, 0)
            raise RuntimeError(f"timed out after {timeout:.0f} s: {' '.join(process.args[2:6])} ...")
        time.sleep(0.05)


# --- corpus sizes ----------------------------------------------------------------------


def measure_corpus(workdir: Path, megabytes: float, options, steps: set[str], neo4j_uri: str | None) -> dict:
    corpus = corpus_folder(workdir, megabytes, options.seed)
    summary = json.loads((corpus / ".complete").read_text(encoding="utf-8"))
    size = summary["bytes"] / 1e6
    result = {"megabytes": size, "documents": summary["documents"]}
    _log(f"{size:.1f} MB corpus: {summary['documents']} documents in {corpus}")
    if "extract" in steps:
        result["extract"] = measure_extraction(corpus)
        _log(f"extraction: {result['extract']['mb_per_s']:.2f} MB/s")
    stores = []
    if "ingest" in steps:
        result["ingest"] = {}
        for jobs in _numbers(options.jobs, int):
            store = _fresh(workdir / f"store-{megabytes:g}MB-jobs{jobs}.lbug")
            cost = run(["--store", str(store), "ingest", str(corpus), "--jobs", str(jobs)], options.timeout)
            result["ingest"][str(jobs)] = _rate(cost, size) | _ingest_counts(cost.output)
            stores.append(store)
            _log(f"ingest --jobs {jobs}: {result['ingest'][str(jobs)]['mb_per_s']:.3f} MB/s, "
                 f"peak {cost.peak_mb:.0f} MB")
    if stores and "reingest" in steps:
        cost = run(["--store", str(stores[0]), "ingest", str(corpus)], options.timeout)
        result["reingest"] = _rate(cost, size) | _ingest_counts(cost.output)
        _log(f"unchanged re-ingest: {result['reingest']['mb_per_s']:.1f} MB/s")
    if stores:
        result["store"] = _store_counts(stores[0], options.timeout)
    if neo4j_uri and "neo4j" in steps:
        _empty_neo4j(neo4j_uri)
        cost = run(["--neo4j", neo4j_uri, "ingest", str(corpus)], options.timeout)
        result["neo4j_ingest"] = _rate(cost, size) | _ingest_counts(cost.output)
        _log(f"Neo4j ingest: {result['neo4j_ingest']['mb_per_s']:.3f} MB/s")
    if stores and "html" in steps:
        page = workdir / f"map-{megabytes:g}MB.html"
        cost = run(["--store", str(stores[0]), "export", "html", str(page)], options.timeout)
        result["html"] = asdict(cost) | {"file_mb": page.stat().st_size / 1e6, "output": cost.output.strip()[-200:]}
        _log(f"export html: {cost.seconds:.1f} s")
    if stores and "csv" in steps:
        folder = _fresh(workdir / f"csv-{megabytes:g}MB")
        cost = run(["--store", str(stores[0]), "export", "csv", str(folder)], options.timeout)
        result["csv"] = _csv_export(cost, folder, summary["documents"])
        _log(f"export csv: {cost.seconds:.1f} s")
        if "import" in steps and _import_tool():
            result["import"] = neo4j_admin_import(workdir / "neo4j-home", result["csv"]["import_command"],
                                                  summary["documents"], options.timeout)
            _log(f"neo4j-admin database import full: {result['import']['seconds']:.1f} s")
    return result


def corpus_folder(workdir: Path, megabytes: float, seed: int) -> Path:
    """The corpus of this size and seed, written unless a finished one is there already."""
    folder = workdir / f"corpus-{megabytes:g}MB-seed{seed}"
    if not (folder / ".complete").exists():
        _fresh(folder)
        _log(f"writing a {megabytes:g} MB corpus")
        summary = write_corpus(folder, megabytes, seed)
        (folder / ".complete").write_text(json.dumps(asdict(summary)), encoding="utf-8")
    return folder


def _fresh(path: Path) -> Path:
    """``path``, with whatever was there removed (a store is a file and its .wal)."""
    for old in (path, path.with_name(path.name + ".wal")):
        if old.is_dir():
            shutil.rmtree(old)
        elif old.exists():
            old.unlink()
    return path


def measure_extraction(corpus: Path) -> dict:
    """Extract every document of ``corpus`` in this process, as ingest does, storing nothing."""
    from graph.ingest import extract_raw
    from loaders.extract import default_extractor

    extractor = default_extractor()
    extractor.extract_text("Russia sold the S-400 to China.")  # builds the automata outside the timing
    size = relations = 0
    wall, cpu = time.perf_counter(), time.process_time()
    for path in sorted(corpus.rglob("*.txt")):
        raw = path.read_bytes()
        size += len(raw)
        relations += len(extract_raw(raw, str(path), extractor).relations)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    return {"seconds": wall, "cpu_seconds": cpu, "mb_per_s": size / 1e6 / wall, "mb_per_cpu_s": size / 1e6 / cpu,
            "relations": relations}


def _rate(cost: Run, megabytes: float) -> dict:
    return {"seconds": cost.seconds, "cpu_seconds": cost.cpu_seconds, "peak_mb": cost.peak_mb,
            "mb_per_s": megabytes / cost.seconds}


def _ingest_counts(output: str) -> dict:
    """The counts from ingest's summary line ("3 documents added, 0 unchanged, 0 failed; ...")."""
    line = next((line for line in reversed(output.splitlines()) if "documents added" in line), "")
    numbers = [int(number) for number in re.findall(r"\d+", line)]
    keys = ("documents_added", "documents_unchanged", "documents_failed", "entities_added", "relations_added",
            "evidence_added")
    if len(numbers) != len(keys):
        raise RuntimeError(f"ingest printed no summary: {output.strip().splitlines()[-1:]}")
    return dict(zip(keys, numbers))


def _store_counts(store: Path, timeout: float) -> dict:
    rows = json.loads(run(["--store", str(store), "stats", "--format", "json"], timeout).output)
    return {"entities": sum(row["count"] for row in rows if row["kind"] == "label" and row["name"] != "Document"),
            "relations": sum(row["count"] for row in rows if row["kind"] == "type" and row["name"] != "MENTIONS")}


def _csv_export(cost: Run, folder: Path, documents: int) -> dict:
    """The export's cost, the size of its files and the import command it printed."""
    files = [path for path in folder.rglob("*") if path.is_file()]
    return asdict(cost) | {
        "files_mb": sum(path.stat().st_size for path in files) / 1e6,
        "documents_per_s": documents / cost.seconds,
        "import_command": next((line.strip() for line in cost.output.splitlines() if "neo4j-admin" in line), ""),
    }


def _import_tool() -> bool:
    """Whether Neo4j's import tool is at hand, resolving the test server's Maven
    dependencies (Java and Maven needed) the first time."""
    if not NEO4J_CLASSPATH.exists():
        from benchmarks.neo4j_load import SERVER

        subprocess.run([str(SERVER), "deps"], capture_output=True, check=False)
    if not NEO4J_CLASSPATH.exists():
        _log("neo4j-admin import not measured: tests/neo4j/server.sh deps found no Neo4j classpath")
    return NEO4J_CLASSPATH.exists()


def neo4j_admin_import(home: Path, printed: str, documents: int, timeout: float) -> dict:
    """Run the import command ``export csv`` printed with Neo4j's own import tool (from
    the test server's classpath) into a new database under ``home``: its cost and what
    the tool reports it imported."""
    words = shlex.split(printed)
    if words[:4] != ["neo4j-admin", "database", "import", "full"]:
        raise RuntimeError(f"export csv printed no neo4j-admin command: {printed!r}")
    database, files = words[4], words[5:]
    (home / "conf").mkdir(parents=True, exist_ok=True)
    command = ["java", "-cp", NEO4J_CLASSPATH.read_text(encoding="utf-8").strip(), "org.neo4j.cli.AdminTool",
               "database", "import", "full", "--overwrite-destination=true", f"--report-file={home / 'import.report'}",
               database, *files]
    cost = _run_command(command, timeout, {"NEO4J_HOME": str(home), "NEO4J_CONF": str(home / "conf")})
    imported = re.search(r"Imported:\s+(\d+) nodes\s+(\d+) relationships", cost.output)
    if not imported:
        raise RuntimeError(f"neo4j-admin import failed: {cost.output.strip().splitlines()[-1:]}")
    return asdict(cost) | {"output": "", "nodes": int(imported[1]), "relationships": int(imported[2]),
                           "documents_per_s": documents / cost.seconds}


def extrapolated(sizes: list[dict]) -> dict:
    """Minutes ``export csv`` and the import would take for 1,000,000 documents: a line
    through the smallest and the largest corpus measured (so that the fixed cost of
    starting Python or Java is not multiplied), or in proportion when there is only one."""
    estimates = {}
    for step in ("csv", "import"):
        measured = sorted((size["documents"], size[step]["seconds"]) for size in sizes if step in size)
        if not measured:
            continue
        (few, fast), (many, slow) = measured[0], measured[-1]
        per_document = (slow - fast) / (many - few) if many > few else slow / many
        fixed = fast - per_document * few if many > few else 0.0
        estimates[step] = {"minutes": (fixed + per_document * DOCUMENTS_EXTRAPOLATED) / 60,
                           "seconds_per_1000_documents": per_document * 1000, "fixed_seconds": fixed,
                           "from_documents": [few, many]}
    return estimates


# --- Neo4j ----------------------------------------------------------------------------


def _neo4j(given: str | None):
    """The URI to use and a function that stops a server started here (or None)."""
    from benchmarks import neo4j_load

    if given == "start":
        uri = neo4j_load.start_server()
        return uri, lambda: subprocess.run([str(neo4j_load.SERVER), "stop", uri], check=False)
    return given or os.environ.get("TIEGRAPH_TEST_NEO4J_URI"), None


def _empty_neo4j(uri: str) -> None:
    import neo4j

    from benchmarks.neo4j_load import empty

    with neo4j.GraphDatabase.driver(uri) as driver:
        empty(driver)


# --- graph sizes ----------------------------------------------------------------------


def measure_graph(workdir: Path, relationships: int, options, neo4j_uri: str | None) -> dict:
    from benchmarks.test_trace_benchmark import build
    from graph.stores.embedded import EmbeddedStore

    path = _fresh(workdir / f"graph-{relationships}.lbug")
    folder = _fresh(workdir / f"graph-{relationships}-csv")
    folder.mkdir()
    _log(f"building a graph of {relationships:,} relationships")
    started = time.perf_counter()
    build(path, folder, relationships)
    result = {"relationships": relationships, "build_seconds": time.perf_counter() - started}
    shutil.rmtree(folder)
    with EmbeddedStore(path, read_only=True) as store:
        result["embedded"] = time_queries(store, relationships, options.samples, options.seed, options.query_timeout)
        _log(f"embedded, {relationships:,}: 2-hop p50 {result['embedded']['neighbourhood']['p50'] * 1000:.0f} ms")
        if neo4j_uri:
            result["neo4j"] = _neo4j_queries(store, neo4j_uri, relationships, options)
    return result


def _neo4j_queries(embedded, uri: str, relationships: int, options) -> dict:
    from graph.stores.neo4j import Neo4jStore

    _empty_neo4j(uri)
    with Neo4jStore(uri) as store:
        started = time.perf_counter()
        store.load_records(embedded.records())
        loaded = time.perf_counter() - started
        timings = time_queries(store, relationships, options.samples, options.seed, options.query_timeout)
    _log(f"Neo4j, {relationships:,}: 2-hop p50 {timings['neighbourhood']['p50'] * 1000:.0f} ms")
    return {"load_seconds": loaded, "relationships_per_s": relationships / loaded, **timings}


def time_queries(store, relationships: int, samples: int, seed: int, timeout: float = 60.0) -> dict:
    """Latencies on a graph built by ``build``: the saved 2-hop ``neighbourhood`` query
    (p50, p90, p99) from entities drawn uniformly among all of them, and from each hub
    apart; a trace between sampled pairs (p50, p95); the top 10 by degree (median of
    three). A neighbourhood query still running after ``timeout`` seconds is stopped and
    counts as infinitely slow."""
    from graph.library import saved_query
    from graph.trace import trace

    entities = sampled_entities(relationships, 2 * samples, seed)
    store.query("MATCH (n:State) RETURN count(n)")  # the first query pays for opening the store
    typical = [_neighbourhood(store, label, name, timeout) for label, _, name in entities[:samples]]
    hubs = {name: _neighbourhood(store, name.split()[0], name, timeout) for name in HUBS}
    pairs = list(zip(entities[:samples], entities[samples:]))
    traces = [_timed(lambda a=a, b=b: trace(store, a[2], b[2])) for a, b in pairs]
    most_connected = saved_query("most-connected")
    top = [_timed(lambda: most_connected.run(store, {"limit": 10})) for _ in range(3)]
    reached = [count for *_, count in typical if count is not None]
    neighbourhood = _percentiles([seconds for seconds, *_ in typical]) | {
        "cpu": _percentiles([cpu for _, cpu, _ in typical]),
        "entities_reached_p50": statistics.median(reached) if reached else None,
        "timed_out": len(typical) - len(reached),
        "hubs": {name: {"seconds": seconds, "cpu_seconds": cpu, "entities_reached": count}
                 for name, (seconds, cpu, count) in hubs.items()},
    }
    return {"neighbourhood": neighbourhood, "trace": _percentiles(traces), "top_degree_seconds": statistics.median(top)}


# The biggest hub of the labels with the most relationships: rank 0 is the most picked.
# A name's first word is its label.
HUBS = ("State 0", "Exercise 0", "WeaponSystem 0")


def _neighbourhood(store, label: str, name: str, timeout: float) -> tuple[float, float, int | None]:
    """Seconds and CPU seconds of this process the saved ``neighbourhood`` query takes
    for 2 hops around the entity ``label`` called ``name`` (started from its id, as the
    library binds it, so no alias is looked up), and the entities it returns (None when
    stopped after ``timeout`` seconds, the times then infinite). The CPU time is the query's own on the embedded store, which
    runs in this process, and stays steady on a busy machine; on Neo4j it is the client's."""
    from graph.library import saved_query
    from graph.model import entity_id

    cypher = saved_query("neighbourhood").cypher_for(store.dialect)
    values = {"entity_id": entity_id(label, name), "hops": 2, "limit": NEIGHBOURS}
    started, cpu = time.perf_counter(), time.process_time()
    try:
        rows = store.query(cypher, values, timeout=timeout).rows
    except QueryTimeout:
        return math.inf, math.inf, None
    return time.perf_counter() - started, time.process_time() - cpu, len(rows)


def sampled_entities(relationships: int, count: int, seed: int) -> list[tuple[str, str, str]]:
    """``(label, id, name)`` of ``count`` different entities of a ``build`` graph, each
    drawn uniformly among all its entities: a typical entity, with few relations or none,
    and seldom a hub."""
    from benchmarks.test_trace_benchmark import _name, entity_counts
    from graph.model import entity_id

    rng = random.Random(seed)
    counts = entity_counts(relationships)
    chosen: dict[str, tuple[str, str, str]] = {}
    while len(chosen) < min(count, sum(counts.values())):
        number = rng.randrange(sum(counts.values()))
        for label, size in counts.items():
            if number < size:
                break
            number -= size
        name = _name(label, number)
        chosen.setdefault(entity_id(label, name), (label, entity_id(label, name), name))
    return list(chosen.values())


def _timed(work) -> float:
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


def _percentiles(timings: list[float]) -> dict:
    ordered = sorted(timings)

    def percentile(share: float) -> float:
        return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]

    return {"p50": statistics.median(ordered), "p90": percentile(0.90), "p95": percentile(0.95),
            "p99": percentile(0.99), "max": ordered[-1], "samples": len(ordered)}


# --- report ---------------------------------------------------------------------------


def markdown(results: dict) -> list[str]:
    """The results as markdown tables: one column per corpus size, then per graph size."""
    info = results["machine"]
    lines = [
        f"Measured {info['date']} on {info['cpus']} CPUs ({info['cpu_model']}), {info['memory_gib']} GiB, "
        f"Python {info['python']}, LadybugDB {info['ladybug']}; load average "
        f"{_load(info['load_average_before'])} before, {_load(info.get('load_average_after'))} after.",
        "",
    ]
    sizes = results["sizes"]
    if sizes:
        lines += _table(["corpus", *(f"{s['megabytes']:.3g} MB ({s['documents']:,} docs)" for s in sizes), "target"],
                        _corpus_rows(sizes))
    estimates = results.get("extrapolated_1m_documents") or {}
    for step, title in (("csv", "export csv"), ("import", "neo4j-admin database import full")):
        if step in estimates:
            estimate = estimates[step]
            few, many = estimate["from_documents"]
            basis = (f"fixed {estimate['fixed_seconds']:.1f} s, from the runs on {few:,} and {many:,} documents"
                     if few < many else f"in proportion to one run on {many:,} documents, its start-up included")
            lines += ["", f"{title} for 1,000,000 documents: about {estimate['minutes']:.0f} min "
                          f"({estimate['seconds_per_1000_documents']:.2f} s per 1,000 documents; {basis})"]
    if results["graphs"]:
        lines += ["", *_table(["queries", *(f"{g['relationships']:,} relationships" for g in results["graphs"]), "target"],
                              _graph_rows(results["graphs"]))]
    return lines


def _load(values) -> str:
    return "/".join(f"{value:.1f}" for value in values) if values else "?"


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    return ["| " + " | ".join(header) + " |", "|" + "---|" * len(header), *("| " + " | ".join(row) + " |" for row in rows)]


def _corpus_rows(sizes: list[dict]) -> list[list[str]]:
    def row(title: str, cell, target: str = "") -> list[str] | None:
        cells = [cell(size) for size in sizes]
        return [title, *(value if value is not None else "—" for value in cells), target] if any(cells) else None

    def get(size, *keys):
        for key in keys:
            size = size.get(key) if isinstance(size, dict) else None
        return size

    def ingest(jobs: str, key: str, form: str):
        return lambda s: form.format(get(s, "ingest", jobs, key)) if get(s, "ingest", jobs, key) is not None else None

    def rate(step: str, key: str, form: str):
        return lambda s: form.format(get(s, step, key)) if get(s, step, key) is not None else None

    job_values = sorted({jobs for size in sizes for jobs in size.get("ingest", {})}, key=int)
    rows = [
        row("extraction, MB/s (one process)", rate("extract", "mb_per_s", "{:.2f}"), f"{TARGETS['extract']} per core"),
        row("extraction, MB per CPU second", rate("extract", "mb_per_cpu_s", "{:.2f}"), f"{TARGETS['extract']}"),
    ]
    for jobs in job_values:
        rows += [
            row(f"ingest --jobs {jobs}, MB/s", ingest(jobs, "mb_per_s", "{:.3f}"), f"{TARGETS['ingest']}"),
            row(f"ingest --jobs {jobs}, CPU s (all processes)", ingest(jobs, "cpu_seconds", "{:.0f}")),
            row(f"ingest --jobs {jobs}, peak memory MB", ingest(jobs, "peak_mb", "{:.0f}"), "flat in size"),
        ]
    rows += [
        row("relations in the store", lambda s: f"{get(s, 'store', 'relations'):,}" if get(s, "store") else None),
        row("unchanged re-ingest, MB/s", rate("reingest", "mb_per_s", "{:.2f}")),
        row("unchanged re-ingest, peak memory MB", rate("reingest", "peak_mb", "{:.0f}"), "flat in size"),
        row("Neo4j ingest, MB/s", rate("neo4j_ingest", "mb_per_s", "{:.3f}"), f"{TARGETS['ingest']}"),
        row("export html, s", rate("html", "seconds", "{:.1f}")),
        row("export html, peak memory MB", rate("html", "peak_mb", "{:.0f}")),
        row("export csv, s", rate("csv", "seconds", "{:.1f}")),
        row("export csv, documents/s", rate("csv", "documents_per_s", "{:.0f}")),
        row("export csv, peak memory MB", rate("csv", "peak_mb", "{:.0f}")),
        row("neo4j-admin import, s", rate("import", "seconds", "{:.1f}")),
        row("neo4j-admin import, relationships", lambda s: f"{get(s, 'import', 'relationships'):,}" if get(s, "import") else None),

    ]
    return [r for r in rows if r]


def _graph_rows(graphs: list[dict]) -> list[list[str]]:
    neighbourhood_target = f"{TARGETS['neighbourhood_p50'] * 1000:.0f} at 1M"
    trace_target = f"{TARGETS['trace'] * 1000:,.0f} at 1M"
    rows = [["build (COPY FROM), s", *(f"{g['build_seconds']:.0f}" for g in graphs), ""]]
    for store in ("embedded", "neo4j"):
        if not any(store in g for g in graphs):
            continue

        def cell(g, *keys, scale=1000.0, form="{:.0f}"):
            value = g.get(store)
            for key in keys:
                value = value.get(key) if isinstance(value, dict) else None
            if value == math.inf:
                return "timed out"
            return form.format(value * scale) if value is not None else "—"

        if store == "neo4j":
            rows.append(["neo4j: load_records, relationships/s", *(cell(g, "relationships_per_s", scale=1) for g in graphs), "20,000"])
        rows += [
            [f"{store}: 2-hop neighbourhood p50, ms", *(cell(g, "neighbourhood", "p50") for g in graphs), neighbourhood_target],
            [f"{store}: 2-hop neighbourhood p90, ms", *(cell(g, "neighbourhood", "p90") for g in graphs), ""],
            [f"{store}: 2-hop neighbourhood p99, ms", *(cell(g, "neighbourhood", "p99") for g in graphs), ""],
            [f"{store}: 2-hop neighbourhood CPU p50 / p90 / p99, ms",
             *(" / ".join(cell(g, "neighbourhood", "cpu", key) for key in ("p50", "p90", "p99")) for g in graphs), ""],
            [f"{store}: 2-hop neighbourhood, entities returned (median, cap {NEIGHBOURS})",
             *(cell(g, "neighbourhood", "entities_reached_p50", scale=1) for g in graphs), ""],
            *([f"{store}: 2-hop neighbourhood of hub {hub}, ms (CPU ms)",
               *(f"{cell(g, 'neighbourhood', 'hubs', hub, 'seconds')} ({cell(g, 'neighbourhood', 'hubs', hub, 'cpu_seconds')})"
                 for g in graphs), ""] for hub in HUBS),
            [f"{store}: 2-hop neighbourhood, queries timed out",
             *(cell(g, "neighbourhood", "timed_out", scale=1) for g in graphs), ""],
            [f"{store}: trace p50, ms", *(cell(g, "trace", "p50") for g in graphs), trace_target],
            [f"{store}: trace p95, ms", *(cell(g, "trace", "p95") for g in graphs), ""],
            [f"{store}: top 10 by degree, ms", *(cell(g, "top_degree_seconds") for g in graphs), ""],
        ]
    return rows


if __name__ == "__main__":
    main()
