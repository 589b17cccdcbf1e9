"""Several processes on one store: a second writer is told who holds the embedded store or
waits for it with --wait; readers see whole documents only, while a write goes on."""
from __future__ import annotations

import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from graph.cli import cli
from graph.ingest import ingest
from graph.stores.embedded import EmbeddedStore
from graph.stores.neo4j import Neo4jStore
from tests.generated import REPOSITORY, documents, tiegraph, write_corpus
from tests.graph.test_embedded import HOLD_STORE

SALE = "Russia sold the S-400 to China in 2018."


@pytest.fixture
def holder(tmp_path):
    """Another process holding the embedded store at tmp_path/graph.lbug open for writing
    until ``holder.stdin`` is closed, when it exits."""
    process = subprocess.Popen([sys.executable, "-c", HOLD_STORE, str(tmp_path / "graph.lbug")], cwd=REPOSITORY,
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert process.stdout.readline().strip() == "ready"
    yield process
    if not process.stdin.closed:
        process.stdin.close()
    process.wait(timeout=60)


@pytest.fixture
def wire(tmp_path) -> Path:
    path = tmp_path / "wire.txt"
    path.write_text(SALE, encoding="utf-8")
    return path


def ingest_wire(tmp_path, wire, *options):
    return CliRunner().invoke(cli, ["--store", str(tmp_path / "graph.lbug"), *options, "ingest", str(wire)])


def test_a_second_writer_is_told_in_one_line_which_process_holds_the_store(tmp_path, wire, holder):
    result = ingest_wire(tmp_path, wire)
    assert result.exit_code == 1
    error = [line for line in result.stderr.splitlines() if line.strip()]
    assert error == [
        f"Error: {tmp_path / 'graph.lbug'}: store is in use by another process (PID {holder.pid}); "
        "close it and try again, or wait for it with --wait SECONDS"
    ]


def test_wait_takes_the_store_once_the_holder_lets_go(tmp_path, wire, holder):
    threading.Timer(1.5, holder.stdin.close).start()
    started = time.monotonic()
    result = ingest_wire(tmp_path, wire, "--wait", "60")
    assert result.exit_code == 0, result.output
    assert time.monotonic() - started >= 1.0
    assert result.stdout.startswith("1 documents added")


def test_wait_gives_up_after_its_seconds_naming_the_holder(tmp_path, wire, holder):
    started = time.monotonic()
    result = ingest_wire(tmp_path, wire, "--wait", "1")
    assert time.monotonic() - started >= 1.0
    assert result.exit_code == 1
    assert f"(PID {holder.pid}); still held after waiting 1 s" in result.stderr


def test_a_reader_is_not_held_up_by_a_writer(tmp_path, wire, holder):
    """Readers take no lock: a query answers while another process holds the store for writing."""
    result = CliRunner().invoke(cli, ["--store", str(tmp_path / "graph.lbug"), "stats", "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert "label,State,0" in result.stdout


# --- what readers see while a write goes on ---------------------------------------------------

DOCUMENTS = 40


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    return write_corpus(tmp_path_factory.mktemp("concurrent") / "digests", DOCUMENTS, seed=5)


@pytest.fixture(scope="module")
def whole(tmp_path_factory, corpus) -> dict:
    """Each document as it is once fully loaded (documents load in the same order every time)."""
    with EmbeddedStore(tmp_path_factory.mktemp("whole") / "graph.lbug") as store:
        ingest(store, [corpus])
        return documents(store)


def mentions(store) -> dict[str, list]:
    """Each document's mentions, read in one statement: a document and its mentions are
    written in one transaction, so a statement sees both or neither."""
    held: dict[str, list] = {}
    for document_id, entity_id, count in store.query(
        "MATCH (d:Document) OPTIONAL MATCH (d)-[m:MENTIONS]->(n) RETURN d.id, n.id, m.count"
    ).rows:
        held.setdefault(document_id, [])
        if entity_id is not None:
            held[document_id].append((entity_id, count))
    return {document_id: sorted(found) for document_id, found in held.items()}


def check_readers(open_reader, writing, expected: dict, read) -> list[int]:
    """Open a reader again and again while ``writing()``; ``read(reader)`` must give for
    every document it holds what ``expected`` says. Returns each reader's document count."""
    counts = []
    while writing():
        with open_reader() as reader:
            held = read(reader)
        for document, brought in held.items():
            assert brought == expected[document], "a reader saw a document partly loaded"
        counts.append(len(held))
        time.sleep(0.02)  # leave the writer room to write
    return counts


def test_embedded_readers_during_an_ingest_see_whole_documents_in_order(tmp_path, corpus, whole):
    path = tmp_path / "graph.lbug"
    writer = tiegraph("--store", path, "ingest", corpus)
    assert writer.stderr.readline().startswith("Loading")  # the store exists and loading has begun

    # An embedded reader reads the store as it was when it opened, so all of it must agree.
    counts = check_readers(lambda: EmbeddedStore(path, read_only=True), lambda: writer.poll() is None, whole, documents)

    assert writer.wait() == 0
    assert counts == sorted(counts)  # a later reader never sees fewer documents
    assert any(0 < count < DOCUMENTS for count in counts)  # some reader did read in the middle of the write
    with EmbeddedStore(path, read_only=True) as reader:
        assert documents(reader) == whole


@pytest.mark.neo4j
def test_neo4j_readers_during_an_ingest_see_whole_documents_in_order(neo4j_uri, corpus, whole):
    with Neo4jStore(neo4j_uri) as store:
        store.query("MATCH (n) DETACH DELETE n", write=True)
    done = threading.Event()

    def load():
        try:
            with Neo4jStore(neo4j_uri) as store:
                ingest(store, [corpus])
        finally:
            done.set()

    thread = threading.Thread(target=load)
    thread.start()
    # Neo4j reads what is committed when each statement reads it, not a snapshot, so the
    # check is on what one statement reads: a document with its mentions.
    expected = {document: brought[0] for document, brought in whole.items()}
    counts = check_readers(lambda: Neo4jStore(neo4j_uri, read_only=True), lambda: not done.is_set(), expected, mentions)
    thread.join()

    assert counts == sorted(counts)
    assert any(0 < count < DOCUMENTS for count in counts)
    with Neo4jStore(neo4j_uri, read_only=True) as reader:
        assert documents(reader) == whole
