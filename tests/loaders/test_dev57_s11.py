"""Security Council vetoes told the way a live thread, a column, a radio script or an op-ed
tells them: a draft described in one sentence and killed in the next ("Blocked by Russia;
China abstained."), a present-tense drafter ("Mexico and Norway table a text"), a state's own
text on a topic ("Ghana's ceasefire text") that is the drafter's, not the subject. Every text
here is written for these tests; none is taken from a corpus or evaluation document."""
from __future__ import annotations

import pytest

from loaders.extract import default_extractor
from loaders.readers import read_bytes
from tests.loaders.sentences import facts


def vetoes(text: str) -> set[tuple]:
    return facts(text, "VETOED")


# --- a draft told in one sentence, vetoed in a telegraphic next one -----------------------------

OPENING = "Our running log of Council vetoes, newest first.\n\n"


def test_a_passive_block_after_the_draft_sentence_is_a_veto_of_that_draft():
    text = OPENING + ("3 June. Renewal of the panel of experts on Mali sanctions goes to the vote. "
                      "Blocked by China; Kenya abstained; 14 in favour.")
    assert vetoes(text) == {("China", "VETOED", "Sanctions monitoring")}


def test_a_block_denied_after_the_draft_sentence_gives_nothing():
    text = OPENING + ("3 June. Renewal of the panel of experts on Mali sanctions goes to the vote. "
                      "Not blocked by China, whatever you read; Kenya abstained.")
    assert vetoes(text) == set()


def test_a_block_expected_after_the_draft_sentence_gives_nothing():
    text = OPENING + ("3 June. Renewal of the panel of experts on Mali sanctions goes to the vote next week. "
                      "It may well be blocked by China.")
    assert vetoes(text) == set()


def test_a_permanent_members_no_after_the_draft_sentence_is_a_veto():
    text = OPENING + ("9 May. A Swiss-Maltese draft on keeping nuclear weapons out of space. "
                      "Twelve in favour, two abstaining, and Russia voting no.")
    assert vetoes(text) == {("Russia", "VETOED", "Nuclear weapons in outer space")}


def test_an_elected_members_no_after_the_draft_sentence_is_no_veto():
    text = OPENING + ("9 May. A Swiss-Maltese draft on keeping nuclear weapons out of space. "
                      "Twelve in favour, two abstaining, and Algeria voting no.")
    assert vetoes(text) == set()


def test_a_negative_vote_with_no_draft_told_gives_nothing():
    text = OPENING + "9 May. Ministers met in Geneva on outer space. Russia voting no on everything, as ever."
    assert vetoes(text) == set()


# --- a drafter in the present tense is no subject of the veto --------------------------------

def test_present_tense_drafters_leave_the_drafts_subject_for_a_bare_veto():
    text = OPENING + ("14 Oct. Mexico and Norway table a text deploring the air strikes on Yemen. "
                      "Russia votes against and that settles it: vetoed.")
    assert vetoes(text) == {("Russia", "VETOED", "Yemen")}


def test_present_tense_drafters_and_a_veto_threatened_give_nothing():
    text = OPENING + ("14 Oct. Mexico and Norway table a text deploring the air strikes on Yemen. "
                      "Russia says it might veto it.")
    assert vetoes(text) == set()


def test_a_hyphenated_topic_before_draft_is_the_topic_a_later_it_stands_for():
    text = OPENING + ("Back in 2019: the climate-security draft that Sweden had worked on for a year. "
                      "China vetoed it. Kuwait voted no too, but as an elected member.")
    assert vetoes(text) == {("China", "VETOED", "Climate security")}


# --- a state's own text on a topic is the state's draft, not its topic ----------------------------

def test_texts_named_by_their_drafters_are_vetoes_of_their_topics():
    text = ("Security Council, last winter. Washington shot down two texts in a month: Norway's "
            "humanitarian-pause draft and Ghana's ceasefire text. France abstained each time.")
    assert vetoes(text) == {("United States", "VETOED", "Humanitarian pause"), ("United States", "VETOED", "Ceasefire")}


def test_a_states_own_record_is_still_what_the_draft_concerned():
    # the possessive before a topic with no draft noun after it owns the topic: the draft concerns the state
    text = "In 2007 China and Russia vetoed a Security Council draft on Myanmar's human rights record."
    assert vetoes(text) == {("China", "VETOED", "Myanmar"), ("Russia", "VETOED", "Myanmar")}


# --- vetoes worded as a refusal, as enough, or as drafts critical of a state ------------------------

def test_turning_down_a_draft_is_a_veto_of_its_subject():
    text = "In the Security Council in 2009, France and Britain turned down a draft on the blockade of Cuba."
    assert vetoes(text) == {("France", "VETOED", "Cuba"), ("United Kingdom", "VETOED", "Cuba")}


def test_turning_down_an_invitation_is_no_veto():
    text = "In 2009 France turned down an invitation from Cuba to observe its elections."
    assert vetoes(text) == set()


def test_a_draft_turned_down_hypothetically_gives_nothing():
    text = "In the Security Council, France and Britain might have turned down a draft on the blockade of Cuba."
    assert vetoes(text) == set()


def test_drafts_critical_of_a_state_concern_that_state():
    # (not the ceasefire a later clause names: the words before Nicaragua say what the drafts concerned)
    text = ("The United States has vetoed more than twenty Council drafts critical of Nicaragua since the 1980s, "
            "and in 1986 it brushed aside Mexico's call for an immediate ceasefire.")
    assert vetoes(text) == {("United States", "VETOED", "Nicaragua")}


def test_drafts_critical_of_a_state_never_vetoed_give_nothing():
    text = "The United States has never vetoed a Security Council draft critical of Nicaragua."
    assert vetoes(text) == set()


COLUMN = "FROM THE ARCHIVE: WHEN ONE NO SUFFICED\n\nA look back at the Security Council, decade by decade.\n\n"


def test_a_permanent_members_no_that_was_enough_vetoes_the_text_told_before():
    text = COLUMN + ("4 March 1984\nEleven members supported a text deploring the shelling of Lebanon. "
                     "France voted against, which was enough; Malta abstained.")
    assert vetoes(text) == {("France", "VETOED", "Lebanon")}


def test_a_no_that_would_have_been_enough_gives_nothing():
    text = COLUMN + ("4 March 1984\nEleven members supported a text deploring the shelling of Lebanon. "
                     "Had France voted against, that would have been enough; it abstained.")
    assert vetoes(text) == set()


# --- "their bombers" after two states are the states' crews -------------------------------------

def test_their_bombers_after_a_pair_patrol_for_the_two_states():
    text = ("India and France renewed their defence pact in 2023. In May 2024 their fighters flew a first "
            "joint air patrol over the Arabian Sea.")
    assert facts(text, "PATROLLED") == {("India", "PATROLLED", "Arabian Sea"), ("France", "PATROLLED", "Arabian Sea")}


def test_their_bombers_that_have_never_patrolled_give_nothing():
    text = ("India and France renewed their defence pact in 2023. Their fighters have never flown a joint "
            "air patrol over the Arabian Sea.")
    assert facts(text, "PATROLLED") == set()


def test_their_bombers_planning_a_patrol_give_nothing():
    text = ("India and France renewed their defence pact in 2023. Their fighters may fly a joint air patrol "
            "over the Arabian Sea next year.")
    assert facts(text, "PATROLLED") == set()


# --- a council in view from vetoes and permanent members, and seats told as terms ------------------

THREAD = ("Thread: each time a permanent member has said no this year.\n\n"
          "2 March. Mexico and Norway table a text on the shelling of Yemen. France vetoed it.\n\n")


def test_vetoes_and_permanent_members_put_the_council_in_view_for_a_seat():
    assert facts(THREAD + "Norway sits on the Council for 2025-26.", "MEMBER_OF") == {
        ("Norway", "MEMBER_OF", "United Nations Security Council")}


def test_a_seat_hoped_for_gives_nothing():
    assert facts(THREAD + "Norway hopes to sit on the Council for 2025-26.", "MEMBER_OF") == set()


COUNCIL = "The Security Council met on the Yemen draft on Friday. "


def test_a_term_served_in_apposition_is_the_appositive_heads_seat():
    text = COUNCIL + "France voted against; Chile, then serving a two-year term as an elected member, voted with it."
    assert facts(text, "MEMBER_OF") == {("Chile", "MEMBER_OF", "United Nations Security Council")}


def test_a_year_of_a_term_in_apposition_is_the_appositive_heads_seat():
    text = COUNCIL + "Russia vetoed the draft; Kenya, then in its second year as an elected member, abstained."
    assert facts(text, "MEMBER_OF") == {("Kenya", "MEMBER_OF", "United Nations Security Council")}


def test_what_belongs_to_a_government_is_no_membership():
    text = COUNCIL + ("The Yemeni envoy said the text interfered in Yemen's internal affairs and that any decision "
                      "on a truce belonged to the government in Aden.")
    assert facts(text, "MEMBER_OF") == set()


def test_a_state_that_belongs_to_a_led_body_is_its_member():
    assert facts("Armenia still belongs to the Russian-led CSTO, for now.", "MEMBER_OF") == {
        ("Armenia", "MEMBER_OF", "Collective Security Treaty Organization")}


def test_the_regime_named_by_its_capital_is_the_state_sanctioned():
    text = "In 1968 the Security Council widened its mandatory sanctions on the Salisbury regime."
    assert facts(text, "SANCTIONED") == {("United Nations Security Council", "SANCTIONED", "Southern Rhodesia")}


def test_sanctions_on_the_regime_only_urged_give_nothing():
    text = "In 1965 Britain urged the Security Council to consider sanctions on the Salisbury regime."
    assert facts(text, "SANCTIONED") == set()


# --- a tally's bare "against" --------------------------------------------------------------------

YEMEN = "The Security Council voted on a draft on Yemen. "


def test_a_permanent_member_against_in_a_tally_vetoes_the_draft():
    assert vetoes(YEMEN + "Twelve in favour, Britain abstaining, and the United States against.") == {
        ("United States", "VETOED", "Yemen")}


def test_an_elected_member_against_in_a_tally_vetoes_nothing():
    assert vetoes(YEMEN + "Twelve in favour, Britain abstaining, and Kenya against.") == set()


def test_a_reported_no_in_a_tally_gives_nothing():
    assert vetoes(YEMEN + "Twelve in favour, Britain abstaining, and the United States reportedly against.") == set()


def test_against_with_no_votes_counted_is_no_veto():
    assert vetoes(YEMEN + "Public opinion in the United States was firmly against.") == set()


def test_a_hand_raised_alone_against_the_text_is_a_veto():
    text = ("At the Security Council on Friday fourteen members raised their hands for a draft on Haiti. "
            "France's ambassador raised her hand alone against the text, and it fell.")
    assert vetoes(text) == {("France", "VETOED", "Haiti")}


def test_a_hand_that_might_be_raised_against_gives_nothing():
    text = ("At the Security Council on Friday fourteen members raised their hands for a draft on Haiti. "
            "France's ambassador might yet raise her hand against the text.")
    assert vetoes(text) == set()


# --- a second veto in a clause of its own, its subject a pronoun ---------------------------------

def test_a_pronoun_clause_after_a_veto_keeps_its_own_vetoer_and_subject():
    text = ("Britain has vetoed several Security Council drafts critical of Argentina over the years, and in June "
            "1982 it struck down Panama's call for a ceasefire.")
    assert vetoes(text) == {("United Kingdom", "VETOED", "Argentina"), ("United Kingdom", "VETOED", "Ceasefire")}


def test_a_pronoun_clause_that_denies_the_second_veto_gives_only_the_first():
    text = ("Britain has vetoed several Security Council drafts critical of Argentina over the years, but in June "
            "1982 it did not strike down Panama's call for a ceasefire.")
    assert vetoes(text) == {("United Kingdom", "VETOED", "Argentina")}


# --- left as they are ----------------------------------------------------------------------------

@pytest.mark.xfail(strict=True, reason="a veto told as a participle after a noun for it ('Its first came in 1970, cast together "
                                       "with Britain, on a draft about ...'): no veto word beside 'cast', and the vetoer is 'its' "
                                       "owner from the turn before")
def test_a_first_veto_cast_together_with_another_state():
    text = ("The United States had a comfortable majority then and needed no veto. Its first came only in 1970, "
            "cast together with Britain, on a draft about Rhodesia.")
    assert vetoes(text) == {("United States", "VETOED", "Southern Rhodesia"), ("United Kingdom", "VETOED", "Southern Rhodesia")}


@pytest.mark.xfail(strict=True, reason="a live blog's 'Key events' list line ('Kenya votes in favour') becomes the heading a bare "
                                       "'vetoed the draft' takes its subject from, ahead of the veto the document already told of")
def test_a_key_events_voter_is_not_the_subject_of_a_later_bare_veto():
    text = ('<!DOCTYPE html><html lang="en"><head><title>Live: Security Council votes on Haiti draft</title></head><body><article>'
            '<h1>Security Council votes on Haiti draft, as it happened</h1><section class="key-events"><h2>Key events</h2><ul>'
            '<li>France vetoes Haiti draft</li><li>Kenya votes in favour</li></ul></section>'
            '<div class="post"><p>Morning from New York, where the Council votes shortly on a draft put forward by Ecuador.</p></div>'
            '<div class="post"><p><strong>Result:</strong> 14 in favour, 1 against. France has vetoed the draft.</p></div>'
            '</article></body></html>')
    found = {(r.source, r.type, r.target) for r in default_extractor().extract_document(
        read_bytes(text.encode("utf-8"), "docs/live.html")).relations if r.type == "VETOED"}
    assert ("France", "VETOED", "Kenya") not in found
