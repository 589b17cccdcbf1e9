"""Sentence segmentation: exact offsets, abbreviations, datelines, list and table units."""
from __future__ import annotations

from itertools import pairwise

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from graph.schema import load_schema
from loaders.extract import extract_text
from loaders.text import segment


def texts(text: str) -> list[str]:
    return [s.text for s in segment(text)]


def assert_offsets_slice(text: str) -> None:
    for sentence in segment(text):
        assert text[sentence.start:sentence.end] == sentence.text
        assert sentence.text == sentence.text.strip()
        assert sentence.text


# --- offsets --------------------------------------------------------------------------------

REPORT = """VLADIVOSTOK, Sept. 12 (Reuters) — Russian and Chinese warships sailed together. The U.S. Navy watched closely. Gen. Valery Gerasimov said on Jan. 5 that drills would go on.

Key facts
- China sent 3,200 troops.
- India did not take part.

Supplier | Recipient | System
Russia | China | Su-35

This paragraph was hard wrapped by an old mail client so
that one sentence continues on the next line and ends
here. A second sentence follows."""


def test_every_sentence_slices_exactly_from_the_text():
    sentences = segment(REPORT)
    assert len(sentences) == 10
    for sentence in sentences:
        assert REPORT[sentence.start:sentence.end] == sentence.text


def test_sentences_are_in_order_and_do_not_overlap():
    sentences = segment(REPORT)
    for before, after in pairwise(sentences):
        assert before.end <= after.start


def test_paragraph_indices_follow_blank_lines():
    assert [s.paragraph for s in segment(REPORT)] == [0, 0, 0, 1, 1, 1, 2, 2, 3, 3]


def test_offsets_survive_crlf_tabs_and_odd_spacing():
    text = "  Russia sold jets.\t China bought them.  \n\n\n   \tIndia watched.  "
    assert texts(text) == ["Russia sold jets.", "China bought them.", "India watched."]
    assert_offsets_slice(text)


def test_empty_and_blank_text_have_no_sentences():
    assert segment("") == []
    assert segment(" \n\n\t ") == []


# --- sentence boundaries ----------------------------------------------------------------------

@pytest.mark.parametrize(
    "text, expected",
    [
        ("The U.S. and the U.K. met on Jan. 5. Dr. Li spoke.", ["The U.S. and the U.K. met on Jan. 5.", "Dr. Li spoke."]),
        ("Gen. Shoigu attended. Lt. Col. Petrov did not.", ["Gen. Shoigu attended.", "Lt. Col. Petrov did not."]),
        ("Talks began on Feb. 24 and ended in Dec. 2022. Nothing followed.", ["Talks began on Feb. 24 and ended in Dec. 2022.", "Nothing followed."]),
        ("Resolution No. 5 was vetoed. The vote failed.", ["Resolution No. 5 was vetoed.", "The vote failed."]),
        ("J. Smith wrote the report. It was long.", ["J. Smith wrote the report.", "It was long."]),
        ("Was it sold? Yes! Twice.", ["Was it sold?", "Yes!", "Twice."]),
        ('He said "It is done." Then he left.', ['He said "It is done."', "Then he left."]),
        ("Russia delivered 24 Su-35s. 2019 saw more.", ["Russia delivered 24 Su-35s.", "2019 saw more."]),
        ("The S-400 costs approx. 500 million. Turkey paid.", ["The S-400 costs approx. 500 million.", "Turkey paid."]),
        ("Version 3.5 of the plan and the 1.5 billion deal stand.", ["Version 3.5 of the plan and the 1.5 billion deal stand."]),
    ],
)
def test_sentence_boundaries(text, expected):
    assert texts(text) == expected
    assert_offsets_slice(text)


# --- datelines ------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        "MOSCOW — Russia and China held talks.",
        "MOSCOW (AP) — Russia and China held talks.",
        "BEIJING, March 3, 2024 (Xinhua) -- Russia and China held talks.",
        "NEW DELHI, Jan. 5 — Russia and China held talks.",
        "ST. PETERSBURG, Russia — Russia and China held talks.",
    ],
)
def test_datelines_are_stripped(text):
    sentences = segment(text)
    assert [s.text for s in sentences] == ["Russia and China held talks."]
    assert text[sentences[0].start:sentences[0].end] == "Russia and China held talks."


def test_a_dash_in_running_text_is_not_a_dateline():
    assert texts("Russia — and China — held talks.") == ["Russia — and China — held talks."]


def test_an_acronym_subject_before_a_dash_is_not_a_dateline():
    text = "The first point is settled.\n\nNATO — the Western alliance — condemned Russia in 2022."
    assert texts(text)[-1] == "NATO — the Western alliance — condemned Russia in 2022."


# --- units ----------------------------------------------------------------------------------

def test_bullets_are_units_without_their_markers():
    text = "Members:\n- China\n* Russia\n• Kazakhstan\n2. India\n3) Iran"
    assert texts(text) == ["Members:", "China", "Russia", "Kazakhstan", "India", "Iran"]
    assert_offsets_slice(text)


def test_a_bullet_with_several_sentences_is_split_but_stays_apart_from_the_next():
    text = "- Russia sold the S-400. China paid.\n- India bought the Su-30MKI."
    assert texts(text) == ["Russia sold the S-400.", "China paid.", "India bought the Su-30MKI."]


def test_table_rows_are_single_units_flagged_as_rows():
    text = "Supplier | Recipient | Year\nRussia | China | 2018. Extra\nRussia | India | 2021"
    sentences = segment(text)
    assert [s.text for s in sentences] == ["Supplier | Recipient | Year", "Russia | China | 2018. Extra", "Russia | India | 2021"]
    assert all(s.table_row for s in sentences)
    assert not any(s.heading for s in sentences)


def test_hard_wrapped_lines_are_joined_into_one_sentence():
    text = (
        "Russia and China signed the treaty of friendship in Moscow in\n"
        "July 2001, and both sides renewed it twenty years later in\n"
        "a short ceremony. Few noticed."
    )
    sentences = segment(text)
    assert len(sentences) == 2
    assert sentences[0].text.startswith("Russia and China") and sentences[0].text.endswith("ceremony.")
    assert "\n" in sentences[0].text  # the sentence is the exact slice, line breaks included
    assert sentences[1].text == "Few noticed."


def test_short_unpunctuated_lines_are_headings():
    sentences = segment("Arms transfers\nRussia sold the S-400 to China in 2018 after talks that lasted years.")
    assert sentences[0].text == "Arms transfers" and sentences[0].heading
    assert not sentences[1].heading


# --- properties -----------------------------------------------------------------------------

@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text())
def test_segment_never_crashes_and_offsets_always_slice(text):
    assert_offsets_slice(text)


STRUCTURED = st.lists(
    st.sampled_from(["Russia", "MOSCOW", "U.S.", "Gen.", "No.", "A.", "—", " -- ", "(AP)", "|", "- ", "* ", "1. ",
                     ".", "!", "?", "\n", "\n\n", "\r\n", " ", "\t", "\"", "”", "’", "2018", ",", "Jan. 5", "x"]),
    max_size=60,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(STRUCTURED)
def test_offsets_slice_on_text_full_of_boundary_cases(text):
    assert_offsets_slice(text)


VOCABULARY = [
    # entities, aliases, capitals, demonyms, discovered designations
    "Russia", "China", "India", "Moscow", "Beijing", "Chinese", "Russian", "the PLA", "PLA Navy", "the S-400",
    "Su-35s", "Su-30MKK", "Su-79", "Type 076 destroyer", "Kilo-class submarines", "Vostok-2018", "Ocean-2031 exercise",
    "the Sea of Japan", "the Baltic Sea", "the SCO", "NATO", "the two countries", "the bloc", "the system", "US", "us",
    # triggers and cues
    "sold", "bought", "delivered", "acquired", "received", "took delivery of", "supplied", "to", "from", "in", "with",
    "took part in", "joined", "hosted", "held", "vetoed", "patrolled", "drilled in", "signed a treaty of friendship",
    "operates", "built", "sanctioned", "opposed", "clashed with", "not", "might", "reports that", "will", "declined to",
    "never been confirmed", "plans to", "2018", "2001", "and", "both",
    # punctuation and layout
    ".", ". ", ", ", ";", ":", " — ", "\n", "\n\n", "- ", "| ", " | ", "(", ")", "\"", "’s", "U.S.", "Gen.",
]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(VOCABULARY), min_size=1, max_size=40).map(" ".join))
def test_every_evidence_offset_slices_its_sentence_from_the_document(text):
    extraction = extract_text(text)
    document = extraction.document.text
    assert document == text
    schema = load_schema()
    for relation in extraction.relations:
        assert schema.allows(relation.type, relation.source_label, relation.target_label)
        assert relation.source_id != relation.target_id
        assert relation.evidence
        for evidence in relation.evidence:
            assert document[evidence.start:evidence.end] == evidence.sentence
            assert evidence.document == extraction.document.id


@pytest.mark.parametrize(
    "text, title",
    [
        ("Joint Sea-2021 in the Sea of Japan: day-by-day notes from our desk\nRolling coverage, newest at the bottom.", True),
        ("Notes on the northern manoeuvres of the two fleets this summer\nWritten up after the briefing.", True),
        ("The drills opened on Monday with a parade in the port city of Vladivostok,\nwhere ships from both navies had gathered.", False),
    ],
)
def test_a_documents_unpunctuated_first_line_is_its_title(text, title):
    first = segment(text)[0]
    assert (first.heading, first.text == text.split("\n")[0]) == (title, title)


def test_a_numbered_section_title_stands_apart_from_its_prose():
    text = (
        "4. International Maritime Security Construct (2019- )\n"
        "The construct was set up in 2019. Its headquarters is in Bahrain.\n\n"
        "7. Arms sales resume. In 1992 China took delivery of the first of 24\n"
        "Su-27SK fighters from Russia."
    )
    sentences = [s.text for s in segment(text)]
    assert sentences[0] == "International Maritime Security Construct (2019- )"
    assert "24\nSu-27SK fighters from Russia." in sentences[-1]  # a hard-wrapped numbered note stays whole


@pytest.mark.parametrize("first_line, rest", [
    ("2. The warship is assessed to be the Admiral Vinogradov, an Udaloy-class destroyer of the Russian", "Pacific Fleet, on passage."),
    ("12. The witness stated that the Orlan-10 drones seized in 2023 were produced by the Special", "Technology Centre in St Petersburg."),
])
def test_a_wrapped_numbered_paragraph_whose_line_ends_in_a_capital_is_not_a_title(first_line, rest):
    sentences = [s.text for s in segment(f"{first_line}\n{rest}")]
    assert len(sentences) == 1 and sentences[0].endswith(rest)
