"""Fixtures shared by the test suite: stores of every backend and small hand-built extractions.

The canonical dataset is two documents about the S-400:

* ``wire`` says Russia sold the S-400 to China (2018), that Russia and China signed a
  treaty of friendship (2001), and that China took delivery of the S-400 from Russia.
* ``analysis`` states the same sale to China again (2018 and 2020), and a second sale,
  to India (2021), that only it supports.
"""
from __future__ import annotations

import os

import pytest

from graph.model import Document, Entity, Evidence, Extraction, Relation
from graph.stores import open_store
from graph.stores.embedded import EmbeddedStore

try:
    from tests.neo4j.harness import neo4j_uri  # noqa: F401
except ImportError:
    if os.environ.get("TIEGRAPH_REQUIRE_NEO4J") == "1":
        raise
    NEO4J_HARNESS = False
else:
    NEO4J_HARNESS = True


@pytest.fixture(params=["embedded", pytest.param("neo4j", marks=pytest.mark.neo4j)])
def open_backend(request, tmp_path):
    """A function that opens a store of one backend on the same (initially empty) graph:
    ``open_backend(read_only=False)``. Every store it opened is closed after the test."""
    opened = []

    def opener(read_only: bool = False):
        if request.param == "embedded":
            store = EmbeddedStore(tmp_path / "graph.lbug", read_only=read_only)
        else:
            store = open_store(neo4j_uri=request.getfixturevalue("neo4j_uri"), read_only=read_only)
        opened.append(store)
        return store

    if request.param == "neo4j":
        if not NEO4J_HARNESS:
            pytest.skip("Neo4j harness not available")
        opener().query("MATCH (n) DETACH DELETE n", write=True)
    yield opener
    for store in opened:
        store.close()


@pytest.fixture
def store(open_backend):
    """An empty writable store, once per backend."""
    return open_backend()


def make_document(path: str, title: str, *sentences: str) -> Document:
    text = " ".join(sentences)
    return Document(Document.content_id(text.encode("utf-8")), path, title, text, path.rsplit(".", 1)[-1])


def evidence(document: Document, sentence: str, *years: int) -> Evidence:
    """Evidence for a sentence of ``document``, with its real character offsets."""
    start = document.text.index(sentence)
    return Evidence(document.id, document.path, sentence, start, start + len(sentence), years)


@pytest.fixture
def wire() -> Extraction:
    sold = "Russia sold the S-400 to China in 2018."
    treaty = "Moscow and Beijing signed a treaty of friendship in 2001."
    acquired = "China took delivery of the S-400 from Russia."
    document = make_document("news/wire-s400.txt", "Russia delivers S-400 to China", sold, treaty, acquired)
    return Extraction(
        document,
        entities=[
            Entity("Russia", "State", aliases=("Moscow",), mentions=3),
            Entity("China", "State", aliases=("Beijing",), mentions=3),
            Entity("S-400", "WeaponSystem", discovered=True, mentions=2),
        ],
        relations=[
            Relation("Russia", "State", "SOLD", "S-400", "WeaponSystem", {"to": "China"},
                     [evidence(document, sold, 2018)]),
            Relation("Russia", "State", "PARTNERS_WITH", "China", "State", {},
                     [evidence(document, treaty, 2001)]),
            Relation("China", "State", "ACQUIRED", "S-400", "WeaponSystem", {"from": "Russia"},
                     [evidence(document, acquired)]),
        ],
    )


@pytest.fixture
def analysis() -> Extraction:
    china = "Deliveries of the S-400 from Russia to China began in 2018 and ended in 2020."
    india = "Russia later sold the S-400 to India in 2021."
    supplier = "The Russian Federation remains the main supplier."
    document = make_document("reports/analysis-s400.md", "The S-400 abroad", china, india, supplier)
    return Extraction(
        document,
        entities=[
            Entity("Russia", "State", aliases=("Russian Federation",), mentions=3),
            Entity("China", "State", mentions=1),
            Entity("India", "State", mentions=1),
            Entity("S-400", "WeaponSystem", mentions=2),
        ],
        relations=[
            Relation("Russia", "State", "SOLD", "S-400", "WeaponSystem", {"to": "China"},
                     [evidence(document, china, 2018, 2020)]),
            Relation("Russia", "State", "SOLD", "S-400", "WeaponSystem", {"to": "India"},
                     [evidence(document, india, 2021)]),
        ],
    )


@pytest.fixture
def veto() -> Extraction:
    """A veto whose sentence gives no year; the extractor states it as a property."""
    vetoed = "Russia and China vetoed the draft resolution on Syria."
    document = make_document("un/veto-syria.txt", "Veto on Syria", vetoed)
    return Extraction(
        document,
        entities=[Entity("Russia", "State", mentions=1), Entity("China", "State", mentions=1),
                  Entity("Syria", "State", mentions=1)],
        relations=[
            Relation(vetoer, "State", "VETOED", "Syria", "State", {"forum": "UN Security Council", "year": 2017},
                     [evidence(document, vetoed)])
            for vetoer in ("Russia", "China")
        ],
    )


@pytest.fixture
def plan() -> Extraction:
    """China's purchase of the S-400 from Russia, stated only as a plan."""
    planned = "China plans to acquire the S-400 from Russia."
    document = make_document("news/plans.txt", "Plans", planned)
    return Extraction(
        document,
        entities=[Entity("China", "State", mentions=1), Entity("S-400", "WeaponSystem", mentions=1)],
        relations=[Relation("China", "State", "ACQUIRED", "S-400", "WeaponSystem",
                            {"from": "Russia", "planned": True}, [evidence(document, planned)])],
    )
