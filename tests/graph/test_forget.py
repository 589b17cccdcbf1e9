"""Forgetting a document takes away exactly what it brought: the relations only it
supported, its evidence on the others, its mentions and the entities only it named."""
from __future__ import annotations

import pytest

from graph.ingest import ingest
from graph.stores.embedded import EmbeddedStore
from tests.generated import contents, write_corpus


def without_own_properties(held: tuple) -> tuple:
    """``contents`` with each relation's own properties reduced to its year. The others
    (``delivery_year``, ``forum``, ...) keep the first value any document stated, even
    once that document is forgotten: the store does not record which document said it."""
    stats, nodes, edges, documents = held
    edges = {
        key: (source, target, {**attributes, "properties": {"year": attributes["properties"].get("year")}})
        for key, (source, target, attributes) in edges.items()
    }
    return stats, nodes, edges, documents


@pytest.fixture(scope="module")
def digests(tmp_path_factory):
    return sorted(write_corpus(tmp_path_factory.mktemp("forget") / "digests", 12, seed=4).iterdir())


@pytest.mark.parametrize("forgotten", [0, 5, 11])
def test_forgetting_a_document_leaves_what_never_loading_it_leaves(open_backend, tmp_path, digests, forgotten):
    store = open_backend()
    ingest(store, digests)
    summary = store.forget(str(digests[forgotten]))
    assert summary.documents_removed == 1 and summary.evidence_removed > 0

    with EmbeddedStore(tmp_path / "never.lbug") as never:
        ingest(never, [path for index, path in enumerate(digests) if index != forgotten])
        expected = without_own_properties(contents(never))
    assert without_own_properties(contents(store)) == expected
