"""Loading a graph into Neo4j: relationships per second, batched against one write per relation.

Generates a synthetic graph as records (the stream ``tiegraph copy`` and ``restore``
load, :mod:`graph.stores._records`) with the property layout of every store: documents,
entities under every label, relations of every type between the labels the schema
allows, each with one to three evidence sentences (1.35 on average, as in the sample
corpus, of about 150 characters), and the documents' MENTIONS. Then,
on an emptied database each time:

* batched: ``Neo4jStore.load_records`` (UNWIND batches, one transaction each), nodes
  first, then relations, then mentions; the relation phase gives relations/s;
* one write per relation: the same nodes, then a naive loop of single ``MERGE``
  statements, each its own transaction, over the first ``--naive`` relations.

    python benchmarks/neo4j_load.py --relations 100000 --naive 5000 --rounds 3

With ``--rounds N`` the batched load runs N times in a row on the same server: the first
round on a fresh server is cold (its JIT compiler still at work on the load's code
paths), the later ones warm.

Each line gives the rate by the clock, and the CPU seconds this process (every thread)
and the server's process spent, the server's read from /proc when it is a test server
started from this checkout and split by kind of thread (the Bolt workers that run the
statements and commit, garbage collection, the JIT compiler, the rest): on a shared
machine the clock measures the other work too, CPU seconds much less so.

The server is ``TIEGRAPH_TEST_NEO4J_URI`` when set, else a test server started with
tests/neo4j/server.sh (and stopped at the end). The benchmark empties the database it
runs on: never point it at a graph you want to keep.
"""
from __future__ import annotations

import argparse
import gc
import hashlib
import os
import platform
import random
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import NamedTuple

import neo4j

from graph.model import Evidence, Relation
from graph.schema import load_schema
from graph.stores import _layout
from graph.stores.base import BATCH_SIZE
from graph.stores.neo4j import Neo4jStore

SERVER = Path(__file__).resolve().parent.parent / "tests" / "neo4j" / "server.sh"
SEED = 20240601
# Share of the relations each type gets (roughly the sample corpus's mix).
SHARES = {
    "SOLD": 0.08, "ACQUIRED": 0.08, "PRODUCED": 0.05, "OPERATES": 0.12,
    "TRANSFERRED_TECHNOLOGY_TO": 0.02, "PARTICIPATED_IN": 0.2, "HOSTED": 0.04, "HELD_IN": 0.05,
    "PATROLLED": 0.05, "DRILLED_IN": 0.03, "VETOED": 0.02, "MEMBER_OF": 0.07, "ARMED_FORCE_OF": 0.02,
    "PARTNERS_WITH": 0.06, "OPPOSES": 0.05, "SANCTIONED": 0.03, "CLASHED_WITH": 0.01, "LEADS": 0.02,
}
WORDS = ("the", "delivered", "regiment", "exercise", "ministry", "contract", "naval", "joint", "said",
         "systems", "announced", "patrol", "defence", "agreement", "officials", "signed", "in", "of")


def synthetic_records(relations: int, seed: int = SEED) -> dict[str, list[dict]]:
    """A graph of ``relations`` relations as records, by kind: one entity per ten
    relations and one document per hundred, each document mentioning twenty entities."""
    rng = random.Random(seed)
    schema = load_schema()
    per_label = max(relations // 10 // len(schema.entity_labels), 10)
    names = {label: [f"{label} {number:05d}" for number in range(per_label)] for label in schema.entity_labels}
    documents = [_document(number, rng) for number in range(max(relations // 100, 1))]
    records = {
        "document": [{"record": "document", "properties": document} for document in documents],
        "entity": [
            {"record": "entity", "label": label, "properties": {
                "id": f"{label}:{name}", "name": name, "aliases": [name.upper()], "discovered": False, "confidence": 1.0,
            }}
            for label, labelled in names.items() for name in labelled
        ],
        "relation": [],
        "mention": [],
    }
    types, weights = list(SHARES), list(SHARES.values())
    seen: set[str] = set()
    while len(records["relation"]) < relations:
        rel_type = schema.relationship(rng.choices(types, weights)[0])
        source_label, target_label = rng.choice(rel_type.sources), rng.choice(rel_type.targets)
        properties = {key: rng.choice(names["State"]) for key in rel_type.key}
        evidence = [_evidence(rng.choice(documents), rng) for _ in range(rng.choices((1, 2, 3), (70, 25, 5))[0])]
        relation = Relation(rng.choice(names[source_label]), source_label, rel_type.name, rng.choice(names[target_label]),
                            target_label, properties, evidence, confidence=rng.uniform(0.5, 1.0))
        if relation.id in seen:
            continue
        seen.add(relation.id)
        records["relation"].append({
            "record": "relation", "type": rel_type.name,
            "source_id": relation.source_id, "source_label": source_label,
            "target_id": relation.target_id, "target_label": target_label,
            "properties": _layout.relation_properties(relation, rel_type),
        })
    for document in documents:
        for label, name in {(label, rng.choice(names[label])) for label in rng.choices(list(names), k=20)}:
            records["mention"].append({
                "record": "mention", "document_id": document["id"], "entity_id": f"{label}:{name}",
                "entity_label": label, "properties": {"count": rng.randint(1, 9)},
            })
    return records


def _document(number: int, rng: random.Random) -> dict:
    digest = hashlib.sha256(f"synthetic document {number}".encode()).hexdigest()
    return {
        "id": digest, "name": f"Report {number}", "path": f"synthetic/report-{number:05d}.txt",
        "title": f"Report {number}", "format": "txt", "loaded_at": "2024-06-01T12:00:00+00:00",
        "size": rng.randint(2_000, 40_000), "sha256": digest,
    }


def _evidence(document: dict, rng: random.Random) -> Evidence:
    sentence = " ".join(rng.choice(WORDS) for _ in range(22)).capitalize() + "."
    start = rng.randint(0, 30_000)
    return Evidence(document["id"], document["path"], sentence, start, start + len(sentence), (rng.randint(1990, 2024),))


def empty(driver: neo4j.Driver) -> None:
    with driver.session() as session:
        session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume()


class Timing(NamedTuple):
    """How long a piece of work took: wall-clock seconds, CPU seconds spent by this
    process (every thread) and by the server's process (None when it is not on this
    machine) by kind of thread (:func:`server_threads`), and the machine's load average
    over the last minute when it ended."""

    wall: float
    client_cpu: float
    server_cpu: dict[str, float] | None
    load: float


def timed(work, server_pid: int | None) -> Timing:
    started, client, server = time.perf_counter(), time.process_time(), server_threads(server_pid)
    work()
    spent = server_threads(server_pid)
    return Timing(time.perf_counter() - started, time.process_time() - client,
                  None if spent is None or server is None else {kind: spent[kind] - server[kind] for kind in spent},
                  os.getloadavg()[0])


# The server's threads by what they do, from the names the JVM and Neo4j give them:
# Bolt workers run the statements and commit, the rest is the JVM's own upkeep.
THREAD_KINDS = (("queries", ("neo4j.Bolt",)), ("GC", ("GC", "G1")), ("JIT", ("Compiler",)))


def server_threads(pid: int | None) -> dict[str, float] | None:
    """CPU seconds (user and system) the process ``pid`` has used so far, split by kind
    of thread (:data:`THREAD_KINDS`; ``other`` is the rest of the process's total,
    threads that ended included), from /proc; None when it cannot be read."""
    try:
        total = _cpu_seconds(Path(f"/proc/{pid}/stat"))
        threads = list(Path(f"/proc/{pid}/task").iterdir())
    except (OSError, TypeError):
        return None
    spent = dict.fromkeys([kind for kind, _ in THREAD_KINDS], 0.0)
    for thread in threads:
        try:
            name = (thread / "comm").read_text().strip()
            seconds = _cpu_seconds(thread / "stat")
        except OSError:
            continue  # the thread ended meanwhile; its seconds count as other
        kind = next((kind for kind, marks in THREAD_KINDS if any(mark in name for mark in marks)), None)
        if kind:
            spent[kind] += seconds
    spent["other"] = total - sum(spent.values())
    return spent


def _cpu_seconds(stat: Path) -> float:
    """User and system CPU seconds from a /proc ``stat`` file (of a process or a thread)."""
    fields = stat.read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def server_pid(uri: str) -> int | None:
    """The PID of the test server listening at ``uri``, if server.sh started it from this checkout."""
    for instance in (SERVER.parent / "target" / "instances").glob("*/"):
        try:
            if (instance / "uri").read_text().strip() == uri:
                return int((instance / "pid").read_text())
        except (OSError, ValueError):
            continue
    return None


def batched(uri: str, driver: neo4j.Driver, records: dict[str, list[dict]], batch_size: int, pid: int | None) -> dict[str, Timing]:
    """How long ``load_records`` takes for each kind of record, on an empty database."""
    empty(driver)
    with Neo4jStore(uri) as store:
        # Warm-up on a tiny graph: Neo4j plans each statement once per server, which would
        # otherwise be timed as loading.
        warm = synthetic_records(200, seed=SEED + 1)
        store.load_records([record for kind in warm.values() for record in kind], batch_size=batch_size)
        empty(driver)
        return {
            kind: timed(lambda rows=rows: store.load_records(rows, batch_size=batch_size), pid)
            for kind, rows in (("nodes", records["document"] + records["entity"]),
                               ("relation", records["relation"]), ("mention", records["mention"]))
        }


def one_write_per_relation(uri: str, driver: neo4j.Driver, records: dict[str, list[dict]], count: int, pid: int | None) -> Timing:
    """How long a loop of single MERGE statements, one transaction each, takes for ``count`` relations."""
    empty(driver)
    with Neo4jStore(uri) as store:
        store.load_records(records["document"] + records["entity"])
    relations = records["relation"][:count]
    with driver.session() as session:
        def each_alone():
            for record in relations:
                session.run(
                    f"MATCH (s:{record['source_label']} {{id: $source}}) MATCH (t:{record['target_label']} {{id: $target}}) "
                    f"MERGE (s)-[r:{record['type']} {{id: $id}}]->(t) SET r += $properties",
                    source=record["source_id"], target=record["target_id"], id=record["properties"]["id"],
                    properties=record["properties"],
                ).consume()

        timing = timed(each_alone, pid)
    # The loop writes the records' evidence lists onto the relationships as they come, the
    # layout before Evidence nodes, which Neo4jStore refuses to open: the tests would fail
    # on the server the benchmark ran on.
    empty(driver)
    return timing


def machine(driver: neo4j.Driver) -> str:
    with open("/proc/meminfo", encoding="ascii") as meminfo:
        kilobytes = int(next(line for line in meminfo if line.startswith("MemTotal")).split()[1])
    with driver.session() as session:
        version = session.run("CALL dbms.components() YIELD name, versions, edition "
                              "RETURN name + ' ' + versions[0] + ' ' + edition AS server").single()["server"]
    return (f"{os.cpu_count()} CPUs (nproc), {kilobytes / 1024 / 1024:.1f} GiB memory, {platform.machine()}; "
            f"{version} (in-process test server); Python {platform.python_version()}, "
            f"neo4j driver {neo4j.__version__}; {datetime.now(UTC).strftime('%Y-%m-%d %H:%M UTC')}")


def start_server() -> str:
    started = subprocess.run([str(SERVER), "start"], capture_output=True, text=True, check=False)
    lines = [line for line in started.stdout.splitlines() if line.startswith("NEO4J_URI=")]
    if started.returncode != 0 or not lines:
        sys.exit(f"neo4j_load.py: cannot start the test server: {started.stderr.strip() or started.stdout.strip()}")
    return lines[-1].split("=", 1)[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--relations", type=int, default=100_000, help="relations in the synthetic graph")
    parser.add_argument("--naive", type=int, default=5_000, help="relations written one at a time")
    parser.add_argument("--batch-size", type=int, default=BATCH_SIZE)
    parser.add_argument("--rounds", type=int, default=1,
                        help="batched loads in a row on the same server (the first is cold, the later ones warm)")
    options = parser.parse_args()
    if options.rounds < 1:
        parser.error("--rounds must be at least 1")

    uri = os.environ.get("TIEGRAPH_TEST_NEO4J_URI")
    started_here = uri is None
    uri = uri or start_server()
    try:
        records = synthetic_records(options.relations)
        # The generated graph stays in memory throughout; left to the garbage collector it
        # would be traversed again and again during the timings, which a real copy (a
        # stream) does not pay for.
        gc.freeze()
        with neo4j.GraphDatabase.driver(uri) as driver:
            print(machine(driver))
            print(f"graph: {len(records['document'])} documents, {len(records['entity'])} entities, "
                  f"{len(records['relation'])} relations, {len(records['mention'])} mentions; "
                  f"batch size {options.batch_size}")
            pid = server_pid(uri)
            for number in range(1, options.rounds + 1):
                report_round(f"round {number}: " if options.rounds > 1 else "", records,
                             batched(uri, driver, records, options.batch_size, pid))
            report("one write per relation", options.naive, "relationships",
                   one_write_per_relation(uri, driver, records, options.naive, pid))
    finally:
        if started_here:
            subprocess.run([str(SERVER), "stop", uri], check=False)


def report_round(prefix: str, records: dict[str, list[dict]], seconds: dict[str, Timing]) -> None:
    """The lines of one batched load: each kind of record, then the whole graph."""
    relations, mentions = len(records["relation"]), len(records["mention"])
    whole = Timing(
        sum(timing.wall for timing in seconds.values()), sum(timing.client_cpu for timing in seconds.values()),
        None if any(timing.server_cpu is None for timing in seconds.values())
        else {kind: sum(timing.server_cpu[kind] for timing in seconds.values()) for kind in seconds["relation"].server_cpu},
        max(timing.load for timing in seconds.values()),
    )
    report(f"{prefix}batched nodes", len(records["document"]) + len(records["entity"]), "nodes", seconds["nodes"])
    report(f"{prefix}batched relations", relations, "relationships", seconds["relation"])
    report(f"{prefix}batched mentions", mentions, "relationships", seconds["mention"])
    report(f"{prefix}batched whole graph", relations + mentions, "relationships (and the nodes)", whole)


def report(what: str, count: int, unit: str, timing: Timing) -> None:
    """One line: the rate by the clock, then the CPU seconds each side spent, the
    server's split by kind of thread."""
    server = "n/a"
    if timing.server_cpu is not None:
        split = ", ".join(f"{kind} {seconds:.2f}" for kind, seconds in timing.server_cpu.items())
        server = f"{sum(timing.server_cpu.values()):6.2f} s ({split})"
    micros = f"µs each: client {1e6 * timing.client_cpu / count:.0f}"
    if timing.server_cpu is not None:
        micros += f", server {1e6 * sum(timing.server_cpu.values()) / count:.0f}"
    print(f"{what + ':':24}{count:>7} {unit} in {timing.wall:6.2f} s = {count / timing.wall:>8,.0f} /s;"
          f" CPU: client {timing.client_cpu:6.2f} s, server {server}; {micros}; load {timing.load:.1f}",
          flush=True)

if __name__ == "__main__":
    main()
