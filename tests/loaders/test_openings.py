"""Searching through openings must find exactly what ``re`` finds."""
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from loaders import cues
from loaders.frames import TRIGGER_OPENINGS
from loaders.openings import IndexedPattern, OpeningIndex, openings
from loaders.readers import read_document
from loaders.text import segment

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
DOCUMENTS = sorted(p for folder in ("corpus", "eval/dev") for p in (SEEDS / folder).iterdir() if p.suffix in (".txt", ".md", ".html"))
CUES = [cues.LOCAL, cues.SCOPING, cues.RETRACTING, cues.NEUTRAL]


def spans(matches):
    return [(m.start(), m.end(), m.group(0)) for m in matches]


def same_as_re(index: OpeningIndex, text: str) -> None:
    starts = index.starts(text)
    for number, pattern in enumerate(index.patterns):
        assert spans(index.finditer(number, text, starts)) == spans(pattern.finditer(text)), (pattern.pattern[:60], text)


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.name)
def test_lexicon_and_cues_match_as_with_re(path):
    cue_index = OpeningIndex([cue.regex for cue in CUES])
    for sentence in segment(read_document(path).text):
        same_as_re(TRIGGER_OPENINGS, sentence.text)
        same_as_re(cue_index, sentence.text)


# Words of the lexicon and the cues, cut and joined at random, in random case: text where
# openings stand inside words, at word ends and next to punctuation.
PIECES = ["sold", "was", "been", "by", "to", "Russia", "partners", "no", "not only", "member", "s", "-", "'", ":", ",", ";",
          " ", "  ", ".", '"', "in", "licen", "ce", "joined", "the", "SCO", "led", "drills", "patrol", "ied", "ing", "\n"]


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(PIECES), max_size=40), st.randoms(use_true_random=False))
def test_random_text_matches_as_with_re(pieces, rng):
    text = "".join(piece.upper() if rng.random() < 0.2 else piece for piece in pieces)
    same_as_re(TRIGGER_OPENINGS, text)
    for cue in CUES:
        assert spans(cue.finditer(text)) == spans(cue.regex.finditer(text))
        assert cue.sub("", text) == cue.regex.sub("", text)


def test_text_beyond_ascii_is_searched_by_re():
    # For re the Kelvin sign is a capital "k": lower-cased openings would miss it.
    kelvin = IndexedPattern(re.compile(r"\bkilo\b", re.IGNORECASE))
    assert kelvin.search("\u212ailo").group(0) == "\u212ailo"


def test_a_pattern_that_may_start_anywhere_has_no_opening():
    assert openings(re.compile(r"\w+ly sold")) == {""}
    index = OpeningIndex([re.compile(r"\w+ly sold")])
    assert spans(index.finditer(0, "It quickly sold.")) == [(3, 15, "quickly sold")]



def test_a_pattern_letter_beyond_ascii_may_match_an_ascii_one():
    # For re the long s "ſ" in a pattern matches "s" in a text.
    assert IndexedPattern(re.compile("\u017fold", re.IGNORECASE)).search("Russia sold").group(0) == "sold"
