"""Memberships, vetoes and purchases still missed across the development sets (issue #3),
grouped by cause: each cause with positives in styles no set has used and the twins that
must give nothing. Every sentence is written for these tests."""
from __future__ import annotations

import pytest

from tests.loaders.sentences import facts

QUAD = "Quadrilateral Security Dialogue"
CSTO = "Collective Security Treaty Organization"
NATO = "North Atlantic Treaty Organization"


def members(org: str, *states: str) -> set[tuple]:
    return {(state, "MEMBER_OF", org) for state in states}


# --- fellow members named after "with" ------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # a minister's speech, an almanac's terse line, a podcast host's aside
    ("As a member of the Quad, with India, Japan and the United States, Australia keeps its own counsel.",
     members(QUAD, "Australia", "India", "Japan", "United States")),
    ("Tajikistan has belonged to the CSTO, with Russia and Kyrgyzstan, since 2002.", members(CSTO, "Tajikistan", "Russia", "Kyrgyzstan")),
    ("Remember that Kyrgyzstan is in the CSTO with Armenia, so the two were bound to meet in Yerevan.",
     members(CSTO, "Kyrgyzstan", "Armenia")),
    # a feature writer: the fellows between the verb and the body
    ("These days Japan sits with Australia, India and the United States in the Quad, a club it once doubted.",
     members(QUAD, "Japan", "Australia", "India", "United States")),
    ("For forty years Norway has sat with Denmark in NATO.", members(NATO, "Norway", "Denmark")),
])
def test_fellow_members_named_after_with_are_members(text, expected):
    assert facts(text, "MEMBER_OF") == expected


@pytest.mark.parametrize("text, expected", [
    # what the names are to the body, told after them
    ("Turkey is a member of NATO, with Russia as its chief worry.", members(NATO, "Turkey")),
    ("Kazakhstan is in the CSTO with Serbia as an observer.", set()),
    # a clause after the list: its state is none of the fellows
    ("As a member of the Quad, with India and Japan, we ignore Beijing's protests.", members(QUAD, "India", "Japan")),
    # negated, hedged, planned
    ("Belarus is not in the CSTO with Azerbaijan.", set()),
    ("Japan might one day sit with South Korea in the Quad.", set()),
    ("Japan does not sit with Vietnam in the Quad.", set()),
    # a meeting, no body
    ("Japan sits with Vietnam in talks in Hanoi.", set()),
])
def test_with_names_no_fellow_member_it_does_not_make(text, expected):
    assert facts(text, "MEMBER_OF") == expected
