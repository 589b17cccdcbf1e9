"""Where the graph is kept: the embedded LadybugDB file by default, or a Neo4j server.

Every store implements :class:`GraphStore`; callers pick one with :func:`open_store`
and never need to know which they got.

>>> import tempfile, pathlib
>>> with open_store(pathlib.Path(tempfile.mkdtemp()) / "demo.lbug") as store:
...     store.stats()["labels"]["State"]
0
"""
from __future__ import annotations

import os
from pathlib import Path

from graph.stores.base import GraphStore, LoadSummary, QueryResult, ReadOnlyError, StoreError
from graph.stores.embedded import EmbeddedStore

__all__ = [
    "GraphStore", "LoadSummary", "QueryResult", "ReadOnlyError", "StoreError", "is_neo4j_uri", "open_location",
    "open_store",
]

DEFAULT_STORE = "./tiegraph.lbug"


def open_store(
    store_path: str | Path | None = None,
    *,
    neo4j_uri: str | None = None,
    database: str | None = None,
    read_only: bool = False,
    wait: float = 0,
) -> GraphStore:
    """Open the store the user chose.

    A Neo4j URI given here wins; then a store path given here; then the environment
    (``TIEGRAPH_NEO4J_URI`` with ``NEO4J_USERNAME``/``NEO4J_PASSWORD``, else
    ``TIEGRAPH_STORE``); then ``./tiegraph.lbug``. An embedded store another process
    is writing is waited for up to ``wait`` seconds (a Neo4j server takes many writers).

    >>> import tempfile, pathlib
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "graph.lbug"
    >>> with open_store(path, read_only=False) as store:
    ...     type(store).__name__, store.has_document("ab12")
    ('EmbeddedStore', False)
    """
    uri = neo4j_uri or (None if store_path else os.environ.get("TIEGRAPH_NEO4J_URI"))
    if uri:
        # Imported here so that the embedded store works without the Neo4j driver.
        from graph.stores.neo4j import Neo4jStore

        return Neo4jStore(
            uri,
            user=os.environ.get("NEO4J_USERNAME"),
            password=os.environ.get("NEO4J_PASSWORD"),
            database=database,
            read_only=read_only,
        )
    path = store_path or os.environ.get("TIEGRAPH_STORE") or DEFAULT_STORE
    if database:
        # Better than writing to the local file when a Neo4j URI was forgotten.
        raise StoreError(f"{path}: an embedded store has no databases; name a database only with a Neo4j URI")
    return EmbeddedStore(path, read_only=read_only, wait=wait)


def is_neo4j_uri(location: str | Path) -> bool:
    """True when ``location`` is a URI (``bolt://``, ``neo4j+s://`` ...) rather than a path.

    >>> is_neo4j_uri("neo4j+s://abcd1234.databases.neo4j.io"), is_neo4j_uri("graphs/local.lbug")
    (True, False)
    """
    return "://" in str(location)


def open_location(location: str | Path, *, database: str | None = None, read_only: bool = False) -> GraphStore:
    """Open the store at ``location``: a Neo4j URI (credentials from ``NEO4J_USERNAME`` /
    ``NEO4J_PASSWORD``, ``database`` picks one on a multi-database server) or the path
    of an embedded store. The environment's choice of store does not apply.

    >>> import tempfile, pathlib
    >>> with open_location(pathlib.Path(tempfile.mkdtemp()) / "copy.lbug") as store:
    ...     type(store).__name__
    'EmbeddedStore'
    """
    if is_neo4j_uri(location):
        return open_store(neo4j_uri=str(location), database=database, read_only=read_only)
    return open_store(location, database=database, read_only=read_only)
