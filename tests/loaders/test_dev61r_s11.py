"""What a new author's set (dev61: a sanctions-compliance bulletin, a grant proposal, a video
interview with a retired general, a museum timeline, a peer reviewer's report, a war-risk
insurance circular and a model-aircraft club newsletter) showed the rules missing, in forms any
author would also write: a transcript's cast list ("Speakers: HOST = ...; GEN = ..., former
Indian Army corps commander") that says whom each turn label speaks for, turns opening with a
time code, and a turn whose own words name no one. Every sentence here is written for these
tests; none is taken from a corpus or evaluation document."""
from __future__ import annotations

import pytest

from tests.loaders.sentences import facts

# --- the cast list of a transcript: whom "we" stands for under each turn label ---------------------

CAST_EQUALS = (
    "SECURITY MATTERS -- EPISODE 9 -- TRANSCRIPT\n"
    "Speakers: MOD = Clara Voss; ADM = Vice Admiral (retd) K. Tanaka, former Japan Maritime\n"
    "Self-Defense Force fleet commander.\n\n"
    "[00:00:05] MOD: Admiral, welcome to the programme.\n\n"
    "[00:00:09] ADM: Thank you. {turn}\n\n"
    "[00:00:40] MOD: And the destroyers?\n"
)
CAST_BRACKETS = (
    "Recorded at the Riga security forum. Speakers: CHAIR (Ilse Berg), GUEST (Marta Ozola, a retired\n"
    "Latvian diplomat).\n\n"
    "CHAIR: Let us begin with the alliance.\n\n"
    "GUEST: {turn}\n"
)


@pytest.mark.parametrize("frame, turn, expected", [
    (CAST_EQUALS, "We bought the F-35 from the United States in 2012.", {("Japan", "ACQUIRED", "F-35")}),
    (CAST_EQUALS, "Today we are in the Quad, and proudly so.", {("Japan", "MEMBER_OF", "Quadrilateral Security Dialogue")}),
    (CAST_BRACKETS, "We joined NATO in 2004, after a long wait.", {("Latvia", "MEMBER_OF", "North Atlantic Treaty Organization")}),
])
def test_a_cast_list_says_which_state_a_labelled_speaker_speaks_for(frame, turn, expected):
    found = facts(frame.format(turn=turn), "ACQUIRED", "MEMBER_OF")
    assert expected <= found


@pytest.mark.parametrize("frame, turn", [
    (CAST_EQUALS, "We never bought the F-35 from the United States."),
    (CAST_EQUALS, "We might buy the F-35 from the United States one day."),
    (CAST_EQUALS, "We plan to join the Quad's new working group next year, if asked."),
    (CAST_BRACKETS, "We may join NATO's new centre, but nothing is decided."),
])
def test_a_cast_speakers_denied_hedged_and_planned_words_give_nothing(frame, turn):
    assert not facts(frame.format(turn=turn), "ACQUIRED", "SOLD", "MEMBER_OF")


def test_a_host_whose_cast_entry_names_no_state_speaks_for_nobody():
    text = (
        "Speakers: HOST = Paula Grant; GEN = Major General (retd) T. Okafor, former Nigerian Army officer.\n\n"
        "HOST: We bought our first drones from Turkey, my producers tell me.\n"
    )
    assert not facts(text, "ACQUIRED", "SOLD")


def test_a_labelled_turn_whose_first_sentence_names_no_one_still_changes_speaker():
    text = (
        "Speakers: HOST = Paula Grant; GEN = Major General (retd) T. Okafor, former Nigerian Army officer.\n\n"
        "[00:03:10] HOST: And the aircraft from Pakistan?\n\n"
        "[00:03:14] GEN: Yes, that was a good buy. We ordered the JF-17 from Pakistan in 2021.\n"
    )
    assert ("Nigeria", "ACQUIRED", "JF-17") in facts(text, "ACQUIRED")


# --- "The 2020 edition was held in ...": that year's edition of the series just named -------------

@pytest.mark.parametrize("text, expected", [
    ("Malabar grew out of a bilateral drill in 1992. The 2020 edition was held in the Bay of Bengal and the Arabian Sea.",
     {("Malabar", "HELD_IN", "Bay of Bengal"), ("Malabar", "HELD_IN", "Arabian Sea")}),
    ("Vostok is Russia's largest exercise series. Its 2018 iteration took place in the Sea of Japan.",
     {("Vostok", "HELD_IN", "Sea of Japan")}),
])
def test_a_year_edition_is_of_the_series_just_named(text, expected):
    assert expected <= facts(text, "HELD_IN")


@pytest.mark.parametrize("text", [
    "Malabar grew out of a bilateral drill in 1992. The 2020 edition was not held in the Bay of Bengal.",
    "Malabar grew out of a bilateral drill in 1992. The 2027 edition will be held in the Bay of Bengal.",
    "Malabar grew out of a bilateral drill in 1992. The 2020 edition may have been held in the Bay of Bengal.",
    "Malabar grew out of a bilateral drill in 1992. The 2020 edition was reportedly held in the Bay of Bengal, though this has never been confirmed.",
])
def test_a_year_edition_denied_planned_or_unconfirmed_gives_no_place(text):
    assert not facts(text, "HELD_IN")



# --- "X and Y sail together in <exercise>": forces as subject, in a timeline's present ------------

@pytest.mark.parametrize("text, expected", [
    ("2019: The Russian Navy and the PLA Navy sail together in Joint Sea-2019 off Qingdao.",
     {("Russian Navy", "PARTICIPATED_IN", "Joint Sea-2019"), ("PLA Navy", "PARTICIPATED_IN", "Joint Sea-2019")}),
    ("That autumn the Indian Navy and the Japan Maritime Self-Defense Force steamed together in Malabar.",
     {("Indian Navy", "PARTICIPATED_IN", "Malabar"), ("Japan Maritime Self-Defense Force", "PARTICIPATED_IN", "Malabar")}),
])
def test_forces_sailing_or_flying_together_in_an_exercise_take_part(text, expected):
    found = facts(text, "PARTICIPATED_IN")
    assert {s for s, _, _ in found} >= {s for s, _, _ in expected}


@pytest.mark.parametrize("text", [
    "The Russian Navy and the PLA Navy do not sail together in Joint Sea this year.",
    "The Indian Navy and the US Navy may sail together in Malabar next year.",
    "The Russian Navy and the PLA Navy are due to sail together in Joint Sea in 2027.",
    "The Indian Navy and the US Navy sail together in the Arabian Sea.",
])
def test_forces_sailing_together_denied_planned_or_in_a_sea_take_no_part(text):
    assert not facts(text, "PARTICIPATED_IN")
