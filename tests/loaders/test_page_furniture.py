"""Running headers, footers and page numbers of text taken from PDFs: a sentence that a page
break cuts is read whole, and what the furniture names is not read as content. Every text
here is written for these tests; none is taken from a corpus or evaluation document."""
from __future__ import annotations

import pytest

from loaders.extract import extract_text
from loaders.text import without_page_furniture

HEADER = "INSTITUTE FOR DEFENCE ANALYSIS                          Occasional Paper 3"
FOOTERS = [
    "Arms transfers to the Caspian region                     Page {n} of 9",
    "- {n} -",
    "{n}",
    "________________________________________\nPage {n}",
]


def paged(first: str, second: str, footer: str) -> str:
    return (
        f"{HEADER}\n\nIntroductory remarks follow here.\n\n{first}\n\n"
        f"{footer.format(n=2)}\n\n{HEADER}\n\n{second}\n\nMore text here.\n\n{footer.format(n=3)}\n\n{HEADER}\n\nThe end."
    )


@pytest.mark.parametrize("footer", FOOTERS)
def test_a_sentence_cut_by_a_page_break_is_read_whole(footer):
    text = paged("In 2019 the Azerbaijani army received Su-25 jets and", "T-90 tanks from Russia, as the ministry confirmed.", footer)
    relations = extract_text(text).relations
    assert ("Azerbaijan", "ACQUIRED", "T-90") in {(r.source, r.type, r.target) for r in relations}
    for relation in relations:
        for evidence in relation.evidence:
            assert text[evidence.start:evidence.end] == evidence.sentence


@pytest.mark.parametrize("footer", FOOTERS)
def test_the_furniture_is_blanked_with_offsets_kept(footer):
    text = paged("Russia sold the S-400 to", "Turkey in 2019.", footer)
    reading = without_page_furniture(text)
    assert len(reading) == len(text)
    assert "Occasional Paper" in reading[:80]  # the first page's header opens the document
    assert reading.count("Occasional Paper") == 1
    assert "Page 2" not in reading


def test_what_a_running_footer_names_is_not_content():
    footer = "Naval cooperation in the Caspian Sea                     Page {n} of 9"
    text = paged("Iran hosted the exercise", "in 2021.", footer)
    assert "Caspian Sea" not in without_page_furniture(text)


def test_repeated_lines_without_page_marks_are_kept():
    text = "Members\n- China\n- Russia\n\nObservers\n- China\n- Russia\n"
    assert without_page_furniture(text) == text


def test_a_page_break_after_a_full_sentence_keeps_the_paragraph_break():
    text = paged("Russia sold the S-400 to Turkey.", "India bought the Su-30MKI.", "Page {n} of 9")
    reading = without_page_furniture(text)
    sold = reading.index("Turkey.")
    assert "\n\n" in reading[sold:reading.index("India bought")]


def test_rules_between_sections_without_page_numbers_are_kept():
    text = "Question\n--------------------\nDid Russia sell the S-400 to India?\n\n--------------------\nQuestion\n--------------------\nDid China join the SCO?\n"
    assert without_page_furniture(text) == text


def test_a_number_under_its_label_is_no_page_number():
    text = "Fact sheet\n\nStrength\n120\n\nRussia sold the S-400 to\nTurkey in 2019.\n"
    assert without_page_furniture(text) == text
