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


# --- an entrant counted, a seat with its first year --------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # a club history, a quiz answer, an obituary
    ("The Quad began with three navies; India came in as the fourth member of the Quad in 2007.", members(QUAD, "India")),
    ("ANSWER: Denmark came in as the ninth member of NATO.", members(NATO, "Denmark")),
    ("Montenegro comes in as the 29th member of NATO in this telling.", members(NATO, "Montenegro")),
    ("As a young diplomat he watched Kazakhstan, which sat in the Shanghai Five from 1996, grow into a regional broker.",
     members("Shanghai Five", "Kazakhstan")),
    ("Kyrgyzstan and Tajikistan sat together in the Shanghai Five from 1996 to 2001.", members("Shanghai Five", "Kyrgyzstan", "Tajikistan")),
])
def test_counted_entrants_and_dated_seats_are_members(text, expected):
    assert facts(text, "MEMBER_OF") == expected


@pytest.mark.parametrize("text", [
    "Mauritius would have come in as the fourth member of NATO had the vote gone its way.",
    "Mauritius never came in as the fourth member of the Quad.",
    "Kazakhstan sat in the Shanghai Five as an observer from 1996.",
    "Kazakhstan might have sat in the Shanghai Five from 1996.",
    "Kazakhstan sat in the hall in Astana from 1996.",
    "The delegates of Mongolia sat in the SCO summit hall from 2004 as guests.",
])
def test_hypothetical_observer_or_room_seats_are_no_members(text):
    assert facts(text, "MEMBER_OF") == set()


# --- a veto told as the one negative vote of a permanent member -----------------------------

def vetoes(vetoer: str, *subjects: str) -> set[tuple]:
    return {(vetoer, "VETOED", subject) for subject in subjects}


@pytest.mark.parametrize("text, expected", [
    # a wire's one-liner, a textbook's review question answer
    ("Russia cast the only negative vote among the permanent members on the draft on Syria.", vetoes("Russia", "Syria")),
    ("In the end China cast the lone negative vote against the resolution on Myanmar.", vetoes("China", "Myanmar")),
])
def test_the_only_negative_vote_of_a_permanent_member_is_a_veto(text, expected):
    assert facts(text, "VETOED") == expected


@pytest.mark.parametrize("text", [
    # an elected member's no, a draft short of nine votes, a vote threatened or denied
    "Bolivia cast the only negative vote on the draft about Syria.",
    "Russia cast the only negative vote among the permanent members on the draft on Syria, but the text still lacked nine votes.",
    "Russia voted against the draft on Syria, which lacked the nine votes it needed anyway.",
    "Russia might cast the only negative vote on the draft on Syria next week.",
    "Russia did not cast the only negative vote on the draft on Syria; it abstained.",
])
def test_an_elected_members_no_or_a_short_draft_is_no_veto(text):
    assert facts(text, "VETOED") == set()


@pytest.mark.xfail(strict=True, reason="a veto told only by its outcome ('voted against it, and it was not adopted') with the "
                   "draft's subject in the sentence before: the subject is not carried to a vote with no veto word")
def test_a_no_vote_that_sank_the_draft_is_a_veto():
    text = "The text on Myanmar came to a vote in 2007. China voted against it, and it was not adopted."
    assert ("China", "VETOED", "Myanmar") in facts(text, "VETOED")


# --- a state counted among a body's states ------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("The republic's diplomats like to recall that Kazakhstan was one of the five states of the Shanghai Five.",
     members("Shanghai Five", "Kazakhstan")),
    ("Laos is one of the ten countries of ASEAN and chaired it in 2024.", members("Association of Southeast Asian Nations", "Laos")),
])
def test_one_of_a_bodys_states_is_a_member(text, expected):
    assert facts(text, "MEMBER_OF") == expected


@pytest.mark.parametrize("text", [
    "Kazakhstan is one of the five states of Central Asia.",
    "Kazakhstan was never one of the five states of the Shanghai Five.",
    "Mongolia is one of the observer states of the SCO.",
    "Turkmenistan could become one of the countries of the SCO some day.",
])
def test_a_region_an_observer_tier_or_a_hope_is_no_membership(text):
    assert facts(text, "MEMBER_OF") == set()


# --- left for later ------------------------------------------------------------------------------

@pytest.mark.xfail(strict=True, reason="a counted slice of the list before ('the first five', 'the other five founders') "
                   "is no reference the extractor resolves")
def test_the_first_n_of_a_list_are_its_members():
    text = ("Six states founded the club: China, Russia, Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan. "
            "The first five had already met as the Shanghai Five.")
    assert members("Shanghai Five", "China", "Russia", "Kazakhstan", "Kyrgyzstan", "Tajikistan") <= facts(text, "MEMBER_OF")
