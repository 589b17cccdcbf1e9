"""How fast ``tiegraph trace`` answers on an embedded store of 1,000,000 relationships.

Not part of the test suite: run it with ``python -m pytest benchmarks -m bench -s``.
The synthetic graph is bulk-loaded with LadybugDB's COPY FROM from CSV files written to
a temporary folder (about a minute), with the property layout of every store
(:mod:`graph.stores.base`): about 172,000 entities under every label, relationships of
every type with evidence between the labels the schema allows, each with one evidence
sentence (an Evidence node) and year.

Degrees are heavy-tailed, as in a real entity graph: each end of a relationship is
drawn from its label by Zipf's law (the entity of rank k is picked in proportion to
1/k), so a few entities are hubs, as Russia and China are, and most have one or two
relations or none (named in a document, related to nothing). At 1,000,000
relationships and 172,000 entities the degrees come out close to those of the 2 MB and
20 MB benchmark corpora once ingested (in brackets): 41% of entities with no relation
(38%), 66% with at most one (57%), 78% with at most two (81%), a median of 1 (1), a
90th percentile of 6 (4) and a 99th of 122 (93 and 145). The top 1% hold 70% of the
relationship ends (25% and 59%, growing with the corpus): the biggest hub, with 95,000
relationships, is far bigger than those corpora's, whose states are renamed at random
in every document, and closer to Russia's place in a real archive.
"""
from __future__ import annotations

import csv
import random
import statistics
import subprocess
import sys
import time

import pytest

from graph.model import entity_id
from graph.schema import load_schema
from graph.stores.embedded import EmbeddedStore
from graph.trace import trace

RELATIONSHIPS = 1_000_000
ENTITIES = {
    "State": 4_000, "Organization": 4_000, "ArmedForce": 10_000, "WeaponSystem": 80_000,
    "Exercise": 60_000, "Region": 10_000, "Topic": 1_000, "Initiative": 3_000,
}
# Share of the relationships each type gets, and the labels its ends are drawn from.
SHARES = {
    "SOLD": 0.03, "ACQUIRED": 0.03, "PRODUCED": 0.05, "OPERATES": 0.16,
    "TRANSFERRED_TECHNOLOGY_TO": 0.02, "PARTICIPATED_IN": 0.22, "HOSTED": 0.03, "HELD_IN": 0.03,
    "PATROLLED": 0.05, "DRILLED_IN": 0.03, "VETOED": 0.01, "MEMBER_OF": 0.07, "ARMED_FORCE_OF": 0.005,
    "PARTNERS_WITH": 0.08, "OPPOSES": 0.06, "SANCTIONED": 0.04, "CLASHED_WITH": 0.01, "LEADS": 0.025,
}
LIMIT_SECONDS = 1.0
SEED = 20240601


def _name(label: str, number: int) -> str:
    return f"{label} {number}"


def _pick(rng: random.Random, count: int) -> int:
    """A node number by Zipf's law: number k - 1 with probability in proportion to 1/k,
    (``count`` to the power of a uniform number is log-uniform), so 0 is the hub."""
    return min(int(count ** rng.random()) - 1, count - 1)


def _write_csv(path, rows) -> None:
    with open(path, "w", newline="", encoding="utf-8") as out:
        csv.writer(out).writerows(rows)


def _list(items) -> str:
    return "[" + ",".join(str(item) for item in items) + "]"


def build(path, folder, relationships: int = RELATIONSHIPS) -> None:
    """A synthetic store at ``path``, bulk-loaded from CSV files written into ``folder``:
    ``relationships`` relationships, and entities in proportion (ENTITIES at 1,000,000)."""
    schema = load_schema()
    rng = random.Random(SEED)
    entities = entity_counts(relationships)
    with EmbeddedStore(path) as store:
        for label, count in entities.items():
            file = folder / f"{label}.csv"
            _write_csv(file, (
                [entity_id(label, _name(label, n)), _name(label, n), _list([f"{label[:3]}{n}"]), "false", "1.0", "", "", ""]
                for n in range(count)
            ))
            store.query(f"COPY {label} FROM '{file}'", write=True)
        counts = {name: int(relationships * share) for name, share in SHARES.items()}
        counts["PARTICIPATED_IN"] += relationships - sum(counts.values())
        evidence_file = folder / "Evidence.csv"
        with open(evidence_file, "w", newline="", encoding="utf-8") as evidence:
            sentences = csv.writer(evidence)
            for name, count in counts.items():
                rel_type = schema.relationship(name)
                source_label, target_label = rel_type.sources[0], rel_type.targets[0]
                columns = store.query(f"CALL table_info('{name}') RETURN name, type").rows
                file = folder / f"{name}.csv"
                _write_csv(file, (
                    _relationship(rng, entities, name, number, [column for column, _ in columns], source_label,
                                  target_label, sentences)
                    for number in range(count)
                ))
                store.query(f"COPY {name} FROM {_copy_source(file, columns)} (from='{source_label}', to='{target_label}')",
                            write=True)
        store.query(f"COPY Evidence FROM '{evidence_file}'", write=True)
        assert sum(store.stats()["types"].values()) == relationships


def entity_counts(relationships: int) -> dict[str, int]:
    """Entities by label for a graph of ``relationships``: ENTITIES scaled, at least 10 each."""
    return {label: max(count * relationships // RELATIONSHIPS, 10) for label, count in ENTITIES.items()}


def _copy_source(file, columns: list[list[str]]) -> str:
    """What COPY reads a relationship file from: the file itself, or, when the type has a
    property named `to` or `from` (which COPY cannot bind next to its own from/to
    options), a LOAD of the file under other column names."""
    if not {"to", "from"} & {column for column, _ in columns}:
        return f"'{file}'"
    headers = ", ".join(["source STRING", "target STRING", *(f"property_{column} {type_}" for column, type_ in columns)])
    return f"(LOAD WITH HEADERS ({headers}) FROM '{file}' RETURN *)"


def _relationship(rng: random.Random, entities: dict[str, int], name: str, number: int, columns: list[str],
                  source_label: str, target_label: str, sentences):
    """A relationship's row of ``columns``; its evidence sentence goes to the CSV writer ``sentences``."""
    source = _pick(rng, entities[source_label])
    target = _pick(rng, entities[target_label])
    year = rng.randint(1950, 2024)
    document = f"doc{number % 5000}"
    sentence = f"{_name(source_label, source)} {name.lower().replace('_', ' ')} {_name(target_label, target)} in {year}."
    values = {
        "id": f"{name}-{number}", "year": year, "years": _list([year]), "planned": "false", "confidence": "1.0",
        "evidence_count": 1, "document_count": 1, "evidence_next": 1,
        "to": _name("State", _pick(rng, entities["State"])), "from": _name("State", _pick(rng, entities["State"])),
    }
    ends = [entity_id(source_label, _name(source_label, source)), entity_id(target_label, _name(target_label, target))]
    sentences.writerow([f"{name}-{number}:0", f"{name}-{number}", name, *ends, document, f"synthetic/{document}.txt",
                        sentence, 0, len(sentence), _list([year])])
    return ends + [values.get(column, "") for column in columns]


@pytest.fixture(scope="module")
def synthetic_store(tmp_path_factory):
    folder = tmp_path_factory.mktemp("synthetic")
    started = time.perf_counter()
    build(folder / "synthetic.lbug", folder)
    print(f"\nbuilt {RELATIONSHIPS:,} relationships in {time.perf_counter() - started:.0f} s")
    with EmbeddedStore(folder / "synthetic.lbug", read_only=True) as store:
        yield store


@pytest.fixture(scope="module")
def synthetic_path(synthetic_store):
    return synthetic_store.path


# Pairs of entities to trace, by name or alias: two hubs, a rarely named state (by its
# alias) and a weapon system, two rare entities far apart, a hub and a rare entity, and
# the filters: relationship types with labels to pass through, and a first year. The
# rare ones have a relation or two in the graph of 1,000,000 (many of their rank none).
TRACES = [
    ("State 0", "State 1", {}),
    ("Sta1500", "WeaponSystem 39001", {}),
    ("Initiative 1400", "Region 4500", {"max_hops": 6}),
    ("WeaponSystem 39001", "Region 4000", {"max_hops": 6}),
    ("State 12", "State 1900", {"types": ["PARTICIPATED_IN", "HOSTED"], "via": ["Exercise", "State"]}),
    ("State 7", "Organization 1800", {"since": 2015}),
]


@pytest.mark.bench
@pytest.mark.parametrize("source, target, options", TRACES, ids=[f"{s} to {t}" for s, t, _ in TRACES])
def test_trace_answers_in_under_a_second(synthetic_store, source, target, options):
    timings = []
    for _ in range(3):
        started = time.perf_counter()
        found = trace(synthetic_store, source, target, **options)
        timings.append(time.perf_counter() - started)
    hops = len(found.paths[0]) if found.paths else None
    print(f"\ntrace {source} -> {target} {options}: {len(found.paths)} paths of {hops} hops; "
          f"median {statistics.median(timings):.3f} s, worst {max(timings):.3f} s")
    assert found.paths
    assert max(timings) < LIMIT_SECONDS


@pytest.mark.bench
def test_the_trace_command_end_to_end(synthetic_path):
    """The whole command as a user runs it: Python starting, tiegraph importing, the store
    opening, then the trace. Reported, not held to the one-second bound, which is the
    trace's."""
    command = [sys.executable, "-m", "graph.cli", "--store", str(synthetic_path), "trace", "Sta1500", "WeaponSystem 39001"]
    timings = []
    for _ in range(3):
        started = time.perf_counter()
        finished = subprocess.run(command, capture_output=True, text=True, check=False)
        timings.append(time.perf_counter() - started)
        assert finished.returncode == 0, finished.stderr
    print(f"\ntiegraph trace Sta1500 'WeaponSystem 39001': median {statistics.median(timings):.3f} s, "
          f"worst {max(timings):.3f} s")

