"""The genre-invariance battery (tests/loaders/genre_shapes_s17.py): the same facts written as
prose, subtitles, flashcards, a capitals-only bulletin, chat lines, Markdown bullets, an e-mail,
a web page and hard-wrapped pages give the same relations, and boilerplate and hedged near-misses
give none."""
from __future__ import annotations

import random

import pytest

from loaders.text import segment, sentence_cased, without_chat_continuations, without_cue_timings, without_quote_marks
from tests.loaders.genre_shapes_s17 import CONTROLS, GENRES, KINDS, Item, battery, family_relations, report

ITEMS = battery()
# recall each genre must reach; hard-wrapped pages and subtitles keep one gap each (see the xfails below)
FLOOR = dict.fromkeys(GENRES, 1.0) | {"hard_wrapped": 0.95, "subtitles": 0.95}


@pytest.fixture(scope="module")
def scores():
    return report(ITEMS)


@pytest.mark.parametrize("genre", list(GENRES))
def test_genre_gives_the_facts_relations(genre, scores):
    recall, false = scores[genre]
    assert recall >= FLOOR[genre] and false == 0, (genre, recall, false)


@pytest.mark.parametrize("genre", list(CONTROLS))
def test_controls_give_nothing(genre):
    for item in (item for item in ITEMS if item.genre == genre):
        assert family_relations(item) == set(), item.text


@pytest.mark.parametrize("seed", range(6))
def test_a_sentence_across_subtitle_cues_reads_as_one(seed):
    """Each fact's sentence spoken over three cues, every word break a cue boundary in turn."""
    rng = random.Random(seed)
    fact = rng.choice(KINDS)(rng)
    words = fact.prose.split(" ")
    cues = [" ".join(words[:2]), " ".join(words[2:-2]), " ".join(words[-2:])]
    text = "".join(f"{n}\n00:00:0{n},000 --> 00:00:0{n + 1},000\n{cue}\n\n" for n, cue in enumerate(cues, 1))
    assert family_relations(Item("subtitles", "clip.srt", text, fact.relations)) == fact.relations


def test_cue_timings_are_blanked_in_place():
    text = "WEBVTT\n\n00:01.000 --> 00:03.000\nRussia sold\n\n00:03.500 --> 00:05.000\nthe S-400.\n"
    reading = without_cue_timings(text)
    assert len(reading) == len(text) and reading.split() == ["Russia", "sold", "the", "S-400."]
    assert without_cue_timings("The ratio went 2 --> 3 in 2019.") == "The ratio went 2 --> 3 in 2019."


def test_flashcard_line_is_a_question_and_its_answer():
    sentences = [s.text for s in segment("Which state vetoed the draft on Syria?\tRussia\nWhich system does Iran operate?\tSu-35\n")]
    assert sentences == ["Which state vetoed the draft on Syria?", "Russia", "Which system does Iran operate?", "Su-35"]


def test_forwarded_lines_are_sentences_of_their_own():
    text = "See below.\n> India joined the SCO in 2017.\n> In 2019, Russia vetoed a draft on Syria.\n"
    assert len(segment(without_quote_marks(text))) == 3


def test_headings_and_list_entries_still_stand_alone():
    text = "Operators\nRussia\nChina\n\nRussia sold S-400 to China in 2018\nIndia bought Su-30 from Russia in 2000\n"
    assert [s.text for s in segment(text)] == ["Operators", "Russia", "China", "Russia sold S-400 to China in 2018", "India bought Su-30 from Russia in 2000"]


@pytest.mark.xfail(strict=True, reason="a two-line paragraph broken before a capitalised word reads as a heading over a line")
def test_two_line_paragraph_broken_before_a_name():
    text = "Header line of the page\n\nIn 2014, Russia vetoed a Security\nCouncil draft resolution on Myanmar.\n"
    assert family_relations(Item("hard_wrapped", "page.txt", text, frozenset())) == {("VETOED", "Russia", "Myanmar")}


@pytest.mark.xfail(strict=True, reason="a cue that opens on a name after 'and' leaves its blanked timing, over 35 spaces, between the two; the cues' look-back windows end short of the first")
def test_coordinated_states_across_a_styled_cue():
    text = "1\n00:00:01,000 --> 00:00:03,000\n<i>In 2023, China and</i>\n\n2\n00:00:03,500 --> 00:00:05,000\n<i>Russia held a joint air patrol over the Sea of Japan.</i>\n"
    assert family_relations(Item("subtitles", "clip.srt", text, frozenset())) >= {("PATROLLED", "China", "Sea of Japan")}


def test_capitals_read_in_sentence_case_but_titles_stay():
    text = "JOINT STATEMENT ON THE NEW PARTNERSHIP\n\nTHE SU-30 IS IN SERVICE WITH PAKISTAN. IT\nFLIES FROM THREE BASES.\n"
    cased = sentence_cased(text, [(44, 49), (69, 77)])
    assert cased.startswith("JOINT STATEMENT ON THE NEW PARTNERSHIP\n\nThe SU-30 is in service with PAKISTAN. It\nflies from")


def test_only_a_chat_message_in_pieces_loses_its_speaker():
    text = "[14:02] <ann> Russia sold the\n[14:02] <ann> S-400 to India.\n[14:03] <bo> India\n[14:03] <cy> joined BRICS.\n"
    assert without_chat_continuations(text).split("\n") == [
        "[14:02] <ann> Russia sold the", "              S-400 to India.", "[14:03] <bo> India", "[14:03] <cy> joined BRICS.", ""]
