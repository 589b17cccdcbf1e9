"""Loading files into a store: batches of documents, and what happens when a batch fails."""
from __future__ import annotations

from graph.ingest import ingest
from graph.stores import StoreError
from graph.stores.embedded import EmbeddedStore
from tests.generated import contents, write_corpus


def test_a_batch_the_store_cannot_write_at_once_is_written_a_document_at_a_time(tmp_path, monkeypatch):
    corpus = write_corpus(tmp_path / "digests", 6)
    with EmbeddedStore(tmp_path / "batched.lbug") as batched:
        expected = ingest(batched, [corpus])
        loaded = contents(batched)
    attempts = []
    with EmbeddedStore(tmp_path / "fallback.lbug") as store:

        write_many = store.write_many

        def only_one(extractions):
            attempts.append(len(extractions))
            if len(extractions) > 1:
                raise StoreError("the batch cannot be written")
            return write_many(extractions)

        monkeypatch.setattr(store, "write_many", only_one)
        report = ingest(store, [corpus])
        assert attempts[0] > 1 and report == expected
        assert contents(store) == loaded


def test_the_same_bytes_twice_in_one_run_load_once(tmp_path):
    folder = tmp_path / "inbox"
    folder.mkdir()
    for name in ("wire.txt", "copy.txt"):
        (folder / name).write_text("Russia sold the S-400 to China in 2018.", encoding="utf-8")
    with EmbeddedStore(tmp_path / "graph.lbug") as store:
        report = ingest(store, [folder])
    assert (report.documents_added, report.documents_skipped, report.failures) == (1, 1, [])


def test_a_repeat_of_a_document_the_run_no_longer_remembers_is_found_in_the_store(tmp_path, monkeypatch):
    # The run remembers only its last few content hashes; an older one is committed by
    # then, so the store's look-up still finds the repeat.
    import graph.ingest as ingest_module

    for name, value in (("RECENT_DOCUMENTS", 2), ("LOOKUP_FILES", 1), ("FIRST_BATCH_DOCUMENTS", 1), ("BATCH_DOCUMENTS", 1)):
        monkeypatch.setattr(ingest_module, name, value)
    folder = tmp_path / "inbox"
    folder.mkdir()
    texts = ["Russia sold the S-400 to China in 2018.", "India bought the Su-30 from Russia.",
             "China joined the Vostok-2018 exercise.", "Japan protested the joint patrol over the Sea of Japan."]
    for number, text in enumerate(texts):
        (folder / f"{number}.txt").write_text(text, encoding="utf-8")
    (folder / "9-copy.txt").write_text(texts[0], encoding="utf-8")
    with EmbeddedStore(tmp_path / "graph.lbug") as store:
        report = ingest(store, [folder])
    assert (report.documents_added, report.documents_skipped, report.failures) == (4, 1, [])
