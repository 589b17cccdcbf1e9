"""A document and paragraph context frame for the missing argument (issue #3): a counted group
("all four states") opening a paragraph resolved to the states the document enumerated
as the subjects of its sentences, and a numbered section heading read as a heading, so that the body
or exercise it names frames the sentences under it. Every passage here is written for these tests;
none is taken from a corpus or evaluation document."""
from __future__ import annotations

import pytest

from tests.loaders.sentences import facts


# --- "all four states" opening a paragraph: the states the document found acting ---------------

GULF_BUYERS = (
    "Qatar bought Rafale fighters from France in 2015. Saudi Arabia acquired Typhoon jets from the United Kingdom.\n\n"
    "Kuwait signed for Typhoons with Italy. Oman took F-16s from the United States.\n\n"
)


@pytest.mark.parametrize("closing", [
    "All four states are members of the Gulf Cooperation Council.",
    "All the four states belong to the Gulf Cooperation Council.",
])
def test_a_counted_group_opening_a_paragraph_is_the_states_that_acted(closing):
    members = facts(GULF_BUYERS + closing, "MEMBER_OF")
    assert members == {(state, "MEMBER_OF", "Gulf Cooperation Council") for state in ("Qatar", "Saudi Arabia", "Kuwait", "Oman")}


@pytest.mark.parametrize("closing", [
    "All four states are not members of the Gulf Cooperation Council.",
    "All four states may one day join the Gulf Cooperation Council.",
    "All four states plan to join the Gulf Cooperation Council.",
    "Whether all four states will join the Gulf Cooperation Council is unclear.",
])
def test_a_counted_group_in_a_negated_hedged_or_planned_sentence_yields_nothing(closing):
    assert facts(GULF_BUYERS + closing, "MEMBER_OF") == set()


def test_a_counted_group_is_no_seller_named_beside_the_buyers():
    text = (
        "Hanoi ordered Kilo-class submarines from Russia in 2009.\n\nThe Philippines bought BrahMos missiles from India in 2022.\n\n"
        "Malaysia has flown the Su-30MKM since 2007.\n\nIndonesia signed for Rafale fighters with France.\n\n"
        "All four states are members of the Association of Southeast Asian Nations."
    )
    members = {source for source, _, _ in facts(text, "MEMBER_OF")}
    assert "Russia" not in members and "India" not in members and "France" not in members
    assert {"Philippines", "Malaysia", "Indonesia"} <= members


# --- a numbered section heading ("3.1 Gulf Cooperation Council") frames its section -------------

READER = (
    "Regional bodies: a reader for new analysts\n\n"
    "3.1 Gulf Cooperation Council\n\n"
    "{body}\n\n"
    "3.2 Arab League\n\n"
    "Egypt joined in 1945.\n"
)


@pytest.mark.parametrize("body, members", [
    ("Founded in 1981 by Saudi Arabia, Kuwait and Oman.", {"Saudi Arabia", "Kuwait", "Oman"}),
    ("Two newer members, Iraq and Yemen, joined in 2022.", {"Iraq", "Yemen"}),
    ("Qatar and Bahrain were admitted as its first new members.", {"Qatar", "Bahrain"}),
])
def test_a_numbered_section_heading_names_the_body_its_section_is_about(body, members):
    found = facts(READER.format(body=body), "MEMBER_OF")
    assert {(state, "MEMBER_OF", "Gulf Cooperation Council") for state in members} <= found
    assert ("Egypt", "MEMBER_OF", "Arab League") in found
    assert not any(target == "Arab League" and source in members for source, _, target in found)


@pytest.mark.parametrize("body", [
    "Iraq and Yemen have not joined.",
    "Iraq and Yemen might join in 2030.",
    "Iraq and Yemen plan to join by 2030.",
    "Reports that Iraq and Yemen joined in 2022 were never confirmed.",
])
def test_a_numbered_section_heading_lends_its_body_to_no_negated_hedged_or_planned_entry(body):
    found = facts(READER.format(body=body), "MEMBER_OF")
    assert not any(source in ("Iraq", "Yemen") for source, _, _ in found)


def test_a_two_level_section_heading_in_an_exercise_report_names_the_exercise():
    text = (
        "Annual report on international engagement\n\n"
        "4.2 Exercise Pitch Black\n\n"
        "Indonesia and Thailand took part for the first time.\n"
    )
    assert facts(text, "PARTICIPATED_IN") == {("Indonesia", "PARTICIPATED_IN", "Pitch Black"), ("Thailand", "PARTICIPATED_IN", "Pitch Black")}


@pytest.mark.xfail(strict=True, reason="a subject is kept only before a verb the opening-subject reading knows (past tense, 'is', 'has'); 'flies' is not one")
def test_a_counted_group_counts_a_subject_of_a_present_tense_verb():
    text = GULF_BUYERS.replace("Oman took F-16s from", "Oman flies F-16s bought from") + "All four states are members of the Gulf Cooperation Council."
    assert facts(text, "MEMBER_OF") == {(state, "MEMBER_OF", "Gulf Cooperation Council") for state in ("Qatar", "Saudi Arabia", "Kuwait", "Oman")}


@pytest.mark.xfail(strict=True, reason="a bare count ('all four') opening a paragraph still takes only states the paragraph itself names: the same subject-state fallback had no effect on any FIT or CHECK set and was dropped")
@pytest.mark.parametrize("closing", [
    "All four are members of the Gulf Cooperation Council.",
    "All four joined the Gulf Cooperation Council in 1981.",
])
def test_a_bare_count_opening_a_paragraph_is_the_states_that_acted(closing):
    assert facts(GULF_BUYERS + closing, "MEMBER_OF") == {
        (state, "MEMBER_OF", "Gulf Cooperation Council") for state in ("Qatar", "Saudi Arabia", "Kuwait", "Oman")
    }


@pytest.mark.parametrize("closing", [
    "All four are not members of the Gulf Cooperation Council.",
    "All four might join the Gulf Cooperation Council.",
    "All four intend to join the Gulf Cooperation Council.",
])
def test_a_bare_count_in_a_negated_hedged_or_planned_sentence_yields_nothing(closing):
    assert facts(GULF_BUYERS + closing, "MEMBER_OF") == set()


def test_a_bare_count_stays_unresolved_where_fewer_states_acted():
    text = "Qatar bought Rafale fighters from France in 2015.\n\nAll four are members of the Gulf Cooperation Council."
    assert facts(text, "MEMBER_OF") == set()
