"""Neo4j going away: a failure that passes is retried with backoff, one that does not ends
the run with a one-line error, and no document is ever left partly loaded.

The connection is cut for real: by a proxy between tiegraph and the test server that
drops every connection on demand (the server keeps its data, so the test can look at it
afterwards), and by stopping a server of the test's own in the middle of an ingest.
"""
from __future__ import annotations

import socket
import subprocess
import threading
import time
from pathlib import Path

import neo4j
import pytest
from neo4j.exceptions import ServiceUnavailable

from graph.ingest import ingest
from graph.stores.base import StoreError
from graph.stores.embedded import EmbeddedStore
from graph.stores.neo4j import BACKOFF_SECONDS, TRIES, Neo4jStore
from tests.generated import contents, documents, tiegraph, write_corpus
from tests.neo4j.harness import SERVER, URI_PREFIX

pytestmark = pytest.mark.neo4j


class Proxy:
    """A TCP proxy to the server at ``uri`` whose connections can be cut and let through again."""

    def __init__(self, uri: str):
        host, port = uri.split("://", 1)[1].rsplit(":", 1)
        self.target = (host, int(port))
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.uri = f"bolt://127.0.0.1:{self.listener.getsockname()[1]}"
        self.open = True
        self.sockets: list[socket.socket] = []
        self.lock = threading.Lock()
        threading.Thread(target=self._accept, daemon=True).start()

    def cut(self) -> None:
        """Drop every connection and refuse new ones until :meth:`restore`."""
        with self.lock:
            self.open = False
            for sock in self.sockets:
                try:
                    sock.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass
                sock.close()
            self.sockets.clear()

    def restore(self) -> None:
        with self.lock:
            self.open = True

    def close(self) -> None:
        self.cut()
        self.listener.close()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            with self.lock:
                if not self.open:
                    client.close()
                    continue
                server = socket.create_connection(self.target)
                self.sockets += [client, server]
            for sock in (client, server):  # Bolt's small messages must not wait for Nagle's algorithm
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            for source, sink in ((client, server), (server, client)):
                threading.Thread(target=self._pipe, args=(source, sink), daemon=True).start()

    @staticmethod
    def _pipe(source: socket.socket, sink: socket.socket) -> None:
        try:
            while data := source.recv(65536):
                sink.sendall(data)
        except OSError:
            pass
        finally:
            for sock in (source, sink):
                try:
                    sock.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass


@pytest.fixture
def server(neo4j_uri):
    with Neo4jStore(neo4j_uri) as store:
        store.query("MATCH (n) DETACH DELETE n", write=True)
    return neo4j_uri


@pytest.fixture
def proxy(server):
    proxy = Proxy(server)
    yield proxy
    proxy.close()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    return write_corpus(tmp_path_factory.mktemp("faults") / "digests", 20, seed=3)


@pytest.fixture(scope="module")
def whole(tmp_path_factory, corpus) -> tuple:
    with EmbeddedStore(tmp_path_factory.mktemp("whole") / "graph.lbug") as store:
        ingest(store, [corpus])
        return contents(store)


def assert_only_whole_documents(uri: str, whole: tuple) -> int:
    with Neo4jStore(uri, read_only=True) as store:
        held = documents(store)
    assert all(held[document] == whole[3][document] for document in held), "a document is partly loaded"
    return len(held)


# --- retries ------------------------------------------------------------------------------------

def failing_commits(monkeypatch, failures: int) -> list:
    """Make the next ``failures`` commits fail as a dropped connection would (the server
    then rolls the transaction back); returns the list of failed attempts."""
    commit = neo4j.Transaction.commit
    failed = []

    def flaky(transaction):
        if len(failed) < failures:
            failed.append(transaction)
            raise ServiceUnavailable("connection dropped (injected)")
        return commit(transaction)

    monkeypatch.setattr(neo4j.Transaction, "commit", flaky)
    return failed


def test_a_write_that_fails_for_a_passing_reason_is_tried_again(server, wire, monkeypatch):
    with Neo4jStore(server) as store:
        failed = failing_commits(monkeypatch, TRIES - 1)
        started = time.monotonic()
        written = store.write(wire)
        assert len(failed) == TRIES - 1
        assert time.monotonic() - started >= BACKOFF_SECONDS * (2 ** (TRIES - 1) - 1)  # it backed off between tries
        assert written.document_added and written.relations_added == 3
        assert store.stats()["labels"]["Document"] == 1


def test_a_write_that_keeps_failing_is_one_line_and_leaves_nothing(server, wire, monkeypatch):
    with Neo4jStore(server) as store:
        failing_commits(monkeypatch, TRIES)
        with pytest.raises(StoreError) as raised:
            store.write(wire)
        monkeypatch.undo()
        assert not store.has_document(wire.document.id)
        assert store.to_networkx().number_of_nodes() == 0
    message = str(raised.value)
    assert "\n" not in message and f"gave up after {TRIES} tries" in message and server in message


# --- a real loss of connection ---------------------------------------------------------------------

def test_a_connection_lost_for_a_moment_mid_ingest_is_retried_and_the_graph_is_whole(proxy, corpus, whole):
    def blip(path):
        if path.endswith("digest-007.txt"):
            proxy.cut()
            threading.Timer(BACKOFF_SECONDS / 2, proxy.restore).start()

    with Neo4jStore(proxy.uri) as store:
        report = ingest(store, [corpus], on_document=blip)
        assert report.documents_added == 20 and not report.failures
        assert contents(store) == whole


def test_a_connection_lost_for_good_mid_ingest_is_one_line_and_no_document_is_half_loaded(server, proxy, corpus, whole):
    # Files are read ahead of writing, so the cut waits until the server holds a few of
    # them: it then falls while the later ones are written.
    def cut_once_some_are_loaded():
        with Neo4jStore(server, read_only=True) as watcher:
            while watcher.stats()["labels"]["Document"] < 1:
                time.sleep(0.005)
        proxy.cut()

    threading.Thread(target=cut_once_some_are_loaded, daemon=True).start()
    with Neo4jStore(proxy.uri) as store:
        started = time.monotonic()
        with pytest.raises(StoreError) as raised:
            ingest(store, [corpus])
    assert time.monotonic() - started < 60
    message = str(raised.value)
    assert "\n" not in message and proxy.uri in message and f"gave up after {TRIES} tries" in message
    assert 0 < assert_only_whole_documents(server, whole) < 20


def _server(*command: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(SERVER), *command], capture_output=True, text=True, timeout=600, check=False)


def test_stopping_the_server_mid_ingest_ends_it_with_one_line(corpus):
    started = _server("start")
    [uri] = [line[len(URI_PREFIX):] for line in started.stdout.splitlines() if line.startswith(URI_PREFIX)]
    try:
        process = tiegraph("--neo4j", uri, "ingest", corpus)
        while process.poll() is None:
            with Neo4jStore(uri, read_only=True) as store:
                if store.stats()["labels"]["Document"] >= 1:
                    break
            time.sleep(0.05)
        _server("stop", uri)
        stdout, stderr = process.communicate(timeout=120)
    finally:
        _server("stop", uri)
    assert process.returncode == 1
    assert "Traceback" not in stdout + stderr
    errors = [line for line in stderr.splitlines() if line.strip() and not line.startswith("Loading")]
    assert len(errors) == 1 and uri in errors[0], stderr
