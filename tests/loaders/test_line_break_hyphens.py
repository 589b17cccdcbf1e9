"""Words hyphenated across line breaks in text taken from PDFs: read as the whole word,
while evidence still slices the document exactly. Every text here is written for these
tests; none is taken from a corpus or evaluation document."""
from __future__ import annotations

import pytest

from loaders.extract import extract_text
from loaders.text import rejoin_hyphenated
from tests.loaders.sentences import facts


@pytest.mark.parametrize("text, word", [
    ("The Indian Navy partici-\npated in Malabar-2023.", "participated"),
    ("India and Japan con-\nducted a joint patrol.", "conducted"),
    ("Russia de-\nlivered the jets.", "delivered"),
])
def test_a_lower_case_word_split_at_a_line_end_is_joined(text, word):
    joined = rejoin_hyphenated(text)
    assert len(joined) == len(text)
    assert word in joined


@pytest.mark.parametrize("text, kept", [
    ("China bought the Su-\n35 from Russia.", "Su-35"),
    ("The Steregushchiy-\nclass corvettes sailed.", "Steregushchiy-class"),
    ("It is a long-\nrange missile.", "long-range"),
    ("The MiG-\n29 flew.", "MiG-29"),
])
def test_designations_names_and_compounds_keep_their_hyphen(text, kept):
    joined = rejoin_hyphenated(text)
    assert len(joined) == len(text)
    assert kept in joined


def test_text_without_a_broken_word_is_unchanged():
    text = "Russia sold the S-400 - in 2018 -\nto Turkey."
    assert rejoin_hyphenated(text) == text


@pytest.mark.parametrize("text, expected", [
    ("In 2023 the Indian Navy partici-\npated in Malabar-2023 off Sydney.", ("Indian Navy", "PARTICIPATED_IN", "Malabar-2023")),
    ("In 2019 Turkey re-\nceived the S-400 from Russia.", ("Turkey", "ACQUIRED", "S-400")),
    ("In 2019 Turkey bought the S-\n400 from Russia.", ("Turkey", "ACQUIRED", "S-400")),
])
def test_a_fact_across_a_broken_word_is_read_and_its_evidence_slices_the_text(text, expected):
    extraction = extract_text(text)
    assert expected in {(r.source, r.type, r.target) for r in extraction.relations}
    for relation in extraction.relations:
        for evidence in relation.evidence:
            assert text[evidence.start:evidence.end] == evidence.sentence


def test_a_broken_negation_still_blocks():
    assert facts("Turkey has not re-\nceived the S-400 from Russia.", "ACQUIRED") == set()


@pytest.mark.parametrize("text", [
    "Cooperation at sea grew over the year. In 2023 Japan and the Philippines held a maritime\ncooperative activity in the South China Sea.",
    "Cooperation at sea grew over the year. In 2023 Japan and the Philippines held a joint\nsail in the South China Sea.",
])
def test_a_trigger_of_several_words_wrapped_across_lines_is_read(text):
    extraction = extract_text(text)
    assert ("Japan", "PATROLLED", "South China Sea") in {(r.source, r.type, r.target) for r in extraction.relations}
    assert all(text[e.start:e.end] == e.sentence for r in extraction.relations for e in r.evidence)
