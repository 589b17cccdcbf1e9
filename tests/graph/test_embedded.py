"""What only the embedded LadybugDB store does: files, locks, tables and result values."""
from __future__ import annotations

import pickle
import signal
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from graph.schema import SEEDS, load_schema, parse_schema
from graph.stores import StoreError
from graph.stores.embedded import EmbeddedStore

REPOSITORY = Path(__file__).resolve().parents[2]
HOLD_STORE = (
    "import sys\n"
    "from graph.stores.embedded import EmbeddedStore\n"
    "store = EmbeddedStore(sys.argv[1])\n"
    "print('ready', flush=True)\n"
    "sys.stdin.read()\n"
)


@pytest.fixture
def path(tmp_path) -> Path:
    return tmp_path / "graph.lbug"


def one_line(error: pytest.ExceptionInfo) -> str:
    message = str(error.value)
    assert "\n" not in message
    return message


def rows(store: EmbeddedStore, cypher: str) -> list[list]:
    return store.query(cypher).rows


def test_a_store_locked_by_another_process_is_a_one_line_error(path):
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_STORE, str(path)],
        cwd=REPOSITORY, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "ready"
        with pytest.raises(StoreError) as raised:
            EmbeddedStore(path)
    finally:
        holder.stdin.close()
        holder.wait(timeout=60)

    message = one_line(raised)
    assert str(path) in message
    assert f"in use by another process (PID {holder.pid})" in message


def test_opening_a_missing_store_read_only_is_a_one_line_error(path):
    with pytest.raises(StoreError) as raised:
        EmbeddedStore(path, read_only=True)
    assert one_line(raised).startswith(f"{path}: no store here yet")


def test_opening_a_file_that_is_no_store_is_a_one_line_error(path):
    path.write_text("Russia sold the S-400 to China.")
    with pytest.raises(StoreError) as raised:
        EmbeddedStore(path)
    assert one_line(raised) == f"{path}: not a tiegraph store (not a LadybugDB file)"


def test_tables_follow_the_schema_with_every_endpoint_pair(path):
    schema = load_schema()
    with EmbeddedStore(path) as store:
        tables = dict(rows(store, "CALL show_tables() RETURN name, type"))
        sold = rows(store, "CALL show_connection('SOLD') RETURN *")

    assert {name for name, kind in tables.items() if kind == "NODE"} == {*schema.labels, "Evidence"}
    assert {name for name, kind in tables.items() if kind == "REL"} == set(schema.relationships)
    assert sorted(pair[:2] for pair in sold) == [["Organization", "WeaponSystem"], ["State", "WeaponSystem"]]


def test_reopening_keeps_the_graph(path, wire):
    with EmbeddedStore(path) as store:
        store.write(wire)
        stats = store.stats()
    with EmbeddedStore(path) as store:
        assert store.stats() == stats
    with EmbeddedStore(path, read_only=True) as store:
        assert store.stats() == stats


# Writes ``wire`` (pickled at argv[2]) in a transaction of its own and dies without
# closing the store, so nothing folds the write-ahead log into the store file.
WRITE_AND_DIE = (
    "import os, pickle, signal, sys\n"
    "from pathlib import Path\n"
    "from graph.stores.embedded import EmbeddedStore\n"
    "store = EmbeddedStore(sys.argv[1])\n"
    "store.write(pickle.loads(Path(sys.argv[2]).read_bytes()))\n"
    "os.kill(os.getpid(), signal.SIGKILL)\n"
)


def test_a_writer_killed_before_any_checkpoint_keeps_what_it_committed(path, wire, tmp_path, monkeypatch):
    """A commit is durable in the write-ahead log alone, however large the checkpoint
    threshold: the log is synced at every commit and replayed at the next opening."""
    monkeypatch.setenv("TIEGRAPH_CHECKPOINT_MB", "100000")
    with EmbeddedStore(path) as store:
        store.write(wire)
        stats = store.stats()
    (tmp_path / "wire.pickle").write_bytes(pickle.dumps(wire))
    path.unlink()
    killed = subprocess.run([sys.executable, "-c", WRITE_AND_DIE, str(path), str(tmp_path / "wire.pickle")], cwd=REPOSITORY)
    assert killed.returncode == -signal.SIGKILL
    assert Path(f"{path}.wal").stat().st_size > 0
    with EmbeddedStore(path, read_only=True) as store:
        assert store.stats() == stats
        assert rows(store, "MATCH (s:State)-[r:SOLD]->(w) RETURN s.name, r.`to`, w.name") == [["Russia", "China", "S-400"]]


def test_a_grown_schema_extends_an_existing_store(path, wire):
    with EmbeddedStore(path) as store:
        store.write(wire)
    raw = yaml.safe_load((SEEDS / "schema.yaml").read_text(encoding="utf-8"))
    raw["relationships"]["SUPPLIED_PARTS_FOR"] = {"from": ["State"], "to": ["WeaponSystem"]}
    grown = parse_schema(raw)

    with pytest.raises(StoreError, match="another schema"):
        EmbeddedStore(path, read_only=True, schema=grown)
    with EmbeddedStore(path, schema=grown) as store:
        stats = store.stats()

    assert stats["types"]["SUPPLIED_PARTS_FOR"] == 0
    assert stats["types"]["SOLD"] == 1


def test_paths_come_back_as_nodes_and_relationships(path, wire):
    with EmbeddedStore(path) as store:
        store.write(wire)
        ((route,),) = rows(store, "MATCH p = (:State)-[:SOLD]->(:WeaponSystem) RETURN p")

    assert [node["name"] for node in route["nodes"]] == ["Russia", "S-400"]
    assert [node["_label"] for node in route["nodes"]] == ["State", "WeaponSystem"]
    assert [(rel["_type"], rel["to"]) for rel in route["relationships"]] == [("SOLD", "China")]


def test_several_statements_in_one_query_are_refused(path):
    with EmbeddedStore(path) as store, pytest.raises(StoreError, match="one at a time"):
        store.query("MATCH (s:State) RETURN s; MATCH (w:WeaponSystem) RETURN w")


def test_a_database_failure_mid_write_rolls_everything_back(path, wire, monkeypatch):
    save_relations = EmbeddedStore._save_relations
    saved = []

    def fail_on_second_batch(store, *args, **options):
        saved.append(args)
        if len(saved) == 2:
            store._run("RETURN 1 / 0")
        return save_relations(store, *args, **options)

    monkeypatch.setattr(EmbeddedStore, "_save_relations", fail_on_second_batch)
    with EmbeddedStore(path) as store:
        with pytest.raises(StoreError, match="Divide by zero"):
            store.write(wire)
        assert not store.has_document(wire.document.id)
        assert store.to_networkx().number_of_nodes() == 0
        monkeypatch.undo()
        assert store.write(wire).relations_added == 3
