"""The session-wide Neo4j server the store tests run against.

``neo4j_uri`` is a Bolt URI without auth. It comes from ``TIEGRAPH_TEST_NEO4J_URI`` when
set (CI starts the server itself); otherwise the fixture starts the in-process server in
this folder with ``server.sh`` and stops it when the session ends. Without Java and Maven
the Neo4j tests are skipped, unless ``TIEGRAPH_REQUIRE_NEO4J=1`` turns the skip into a
failure so CI cannot pass without having run them. A server that fails to start where
Java and Maven exist is always a failure.
"""
from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

SERVER = Path(__file__).resolve().parent / "server.sh"
URI_PREFIX = "NEO4J_URI="


def _skip_unless_required(reason: str):
    if os.environ.get("TIEGRAPH_REQUIRE_NEO4J") == "1":
        pytest.fail(reason, pytrace=False)
    pytest.skip(reason)


def _server(*command: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(SERVER), *command], capture_output=True, text=True, timeout=600, check=False
    )


@pytest.fixture(scope="session")
def neo4j_uri():
    uri = os.environ.get("TIEGRAPH_TEST_NEO4J_URI")
    if uri:
        yield uri
        return
    if not (shutil.which("java") and shutil.which("mvn")):
        _skip_unless_required("Neo4j tests need Java 17 and Maven (or TIEGRAPH_TEST_NEO4J_URI)")
    started = _server("start")
    lines = [line for line in started.stdout.splitlines() if line.startswith(URI_PREFIX)]
    if started.returncode != 0 or not lines:
        # Java and Maven are here, so a server that will not start is a failure, not a skip.
        reason = (started.stderr.strip() or started.stdout.strip() or "no output").splitlines()[-1]
        pytest.fail(f"cannot start the Neo4j test server: {reason}", pytrace=False)
    uri = lines[-1][len(URI_PREFIX):]
    yield uri
    _server("stop", uri)
