"""The session-wide Neo4j servers the store tests run against.

``neo4j_uri`` is a Bolt URI without auth. It comes from ``TIEGRAPH_TEST_NEO4J_URI`` when
set (CI starts the server itself); otherwise the fixture starts the in-process server in
this folder with ``server.sh`` and stops it when the session ends. ``neo4j_tls`` is a
second server, always started here, whose Bolt connector takes only TLS, with a
self-signed certificate made for the session by ``openssl``. Without Java and Maven (or
openssl, for ``neo4j_tls``) the tests that need them are skipped, unless
``TIEGRAPH_REQUIRE_NEO4J=1`` turns the skip into a failure so CI cannot pass without
having run them. A server that fails to start where Java and Maven exist is always a
failure.
"""
from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path
from typing import NamedTuple

import pytest

SERVER = Path(__file__).resolve().parent / "server.sh"
URI_PREFIX = "NEO4J_URI="


def _skip_unless_required(reason: str):
    if os.environ.get("TIEGRAPH_REQUIRE_NEO4J") == "1":
        pytest.fail(reason, pytrace=False)
    pytest.skip(reason)


class TlsServer(NamedTuple):
    """A test server that takes only TLS: ``address`` is ``localhost:PORT``, which its
    certificate names (as does 127.0.0.1); ``certificate`` is that certificate's PEM file."""

    address: str
    certificate: Path


def _server(*command: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(SERVER), *command], capture_output=True, text=True, timeout=600, check=False, env=env
    )


def _require_java(reason: str) -> None:
    if not (shutil.which("java") and shutil.which("mvn")):
        _skip_unless_required(reason)


def _start(env: dict | None = None) -> str:
    """Start a test server; its URI."""
    started = _server("start", env=env)
    lines = [line for line in started.stdout.splitlines() if line.startswith(URI_PREFIX)]
    if started.returncode != 0 or not lines:
        # Java and Maven are here, so a server that will not start is a failure, not a skip.
        reason = (started.stderr.strip() or started.stdout.strip() or "no output").splitlines()[-1]
        pytest.fail(f"cannot start the Neo4j test server: {reason}", pytrace=False)
    return lines[-1][len(URI_PREFIX):]


@pytest.fixture(scope="session")
def neo4j_uri():
    uri = os.environ.get("TIEGRAPH_TEST_NEO4J_URI")
    if uri:
        yield uri
        return
    _require_java("Neo4j tests need Java 17 and Maven (or TIEGRAPH_TEST_NEO4J_URI)")
    uri = _start()
    yield uri
    _server("stop", uri)


@pytest.fixture(scope="session")
def neo4j_tls(tmp_path_factory):
    _require_java("the Neo4j TLS tests start a server of their own: they need Java 17 and Maven")
    if not shutil.which("openssl"):
        _skip_unless_required("the Neo4j TLS tests need openssl to make a certificate")
    folder = tmp_path_factory.mktemp("tls")
    made = subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=localhost",
         "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1",
         "-keyout", str(folder / "private.key"), "-out", str(folder / "public.crt")],
        capture_output=True, text=True, timeout=120, check=False,
    )
    if made.returncode != 0:
        pytest.fail(f"openssl could not make a certificate: {made.stderr.strip()[-300:]}", pytrace=False)
    uri = _start({**os.environ, "NEO4J_TLS_DIR": str(folder)})
    yield TlsServer(f"localhost:{uri.rsplit(':', 1)[1]}", folder / "public.crt")
    _server("stop", uri)
