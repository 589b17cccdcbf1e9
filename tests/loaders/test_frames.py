"""The trigger pre-filter must never hide a trigger the full lexicon would find."""
from pathlib import Path

import pytest

from loaders.frames import FRAMES, KEYWORDS, candidate_frames
from loaders.readers import read_document
from loaders.text import segment

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
DOCUMENTS = sorted(p for folder in ("corpus", "eval/dev") for p in (SEEDS / folder).iterdir() if p.suffix in (".txt", ".md", ".html"))


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.name)
def test_prefilter_keeps_every_trigger(path):
    for sentence in segment(read_document(path).text):
        kept = {id(frame) for frame in candidate_frames(sentence.text)}
        lost = [f"{f.type}/{f.form}: {m.group(0)!r}" for f in FRAMES if id(f) not in kept for m in [f.pattern.search(sentence.text)] if m]
        assert not lost, f"{sentence.text!r} lost {lost}"


def test_prefilter_skips_frames_without_their_words():
    assert candidate_frames("The weather in Vladivostok was mild.") == []


@pytest.mark.parametrize("text", [
    "Russia SOLD the S-400 to China and India was supplied by France.",
    "Moscow \u017fold jets; the \u212ailo-class boats were deployed.",  # folded otherwise by the sentence scan
    "İran joined the SCO in 2023.",
])
def test_keywords_from_the_sentence_scan_are_those_of_the_lower_cased_text(text):
    expected = sorted(set().union(*(found for _, found in KEYWORDS.iter(text.lower()))))
    assert [FRAMES.index(frame) for frame in candidate_frames(text)] == expected
