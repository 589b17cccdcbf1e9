"""Security Council vetoes and memberships as several authors of the development sets write
them, where what stayed missed was the same across sets: a draft's content "called for" read
as a wish, a veto "was cast by" its state, the troops a draft spoke of taken for its subject,
the states that "joined" a vetoer "in vetoing", and the last time a thing happened told in a
"since 1989, when ..." clause after a negation. Every text here is written for these tests;
none is taken from a corpus or evaluation document."""
from __future__ import annotations

import pytest

from tests.loaders.sentences import facts

COUNCIL = "United Nations Security Council"


def vetoes(text: str) -> set[tuple]:
    return facts(text, "VETOED")


# --- what a draft calls for is its content --------------------------------------------------

@pytest.mark.parametrize("text", [
    "A draft that called for a ceasefire was vetoed by Russia.",
    "The Maltese text, calling for a ceasefire, was vetoed by Russia in June.",
    "A resolution which also calls for a humanitarian truce was vetoed last night by Russia.",
])
def test_a_draft_that_calls_for_a_topic_vetoed_by_a_state(text):
    assert vetoes(text) == {("Russia", "VETOED", "Ceasefire")}


@pytest.mark.parametrize("text", [
    "A draft that called for a ceasefire was not vetoed by Russia.",
    "A draft that called for a ceasefire might be vetoed by Russia.",
    "A draft that called for a ceasefire would have been vetoed by Russia.",
    "Diplomats expect that a draft calling for a ceasefire will be vetoed by Russia.",
])
def test_a_draft_that_calls_for_a_topic_negated_hedged_or_planned(text):
    assert vetoes(text) == set()


def test_a_state_that_calls_for_a_veto_casts_none():
    assert vetoes("Syria called for a draft on a ceasefire to be vetoed by Russia.") == set()


# --- the veto's own passive ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "A veto was cast by Russia on a draft about Syria.",
    "In 1946 the very first veto was cast by the Soviet Union, on a text about Syria.",
    "Two vetoes were cast by the Soviet Union that winter on drafts concerning Syria.",
])
def test_a_veto_cast_by_a_state(text):
    vetoers = {source for source, _, target in vetoes(text) if target == "Syria"}
    assert vetoers and vetoers <= {"Russia", "Soviet Union"}


@pytest.mark.parametrize("text", [
    "The first veto was never cast by the Soviet Union on a draft about Syria.",
    "A veto could have been cast by Russia on a draft about Syria.",
    "A veto may yet be cast by Russia on the draft about Syria.",
])
def test_a_veto_cast_by_a_state_negated_or_hedged(text):
    assert vetoes(text) == set()


# --- whose troops are no subject of the draft -----------------------------------------------

@pytest.mark.parametrize("text", [
    "The Soviet Union vetoed a draft on the withdrawal of British troops from Syria.",
    "In 1946 Moscow vetoed a text asking for the pull-out of French and British forces from Syria.",
])
def test_the_owners_of_troops_are_no_subject_when_a_place_follows(text):
    assert vetoes(text) == {("Soviet Union", "VETOED", "Syria")}


def test_the_owners_of_troops_negated():
    assert vetoes("The Soviet Union did not veto a draft on the withdrawal of British troops from Syria.") == set()


# --- joined another in vetoing --------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Britain and France joined the United States in vetoing a draft that deplored the invasion of Panama.",
    "In 1989 Britain and France joined the United States in vetoing a text on Panama.",
])
def test_the_states_that_join_a_vetoer_in_vetoing(text):
    assert vetoes(text) == {(state, "VETOED", "Panama") for state in ("United Kingdom", "France", "United States")}


@pytest.mark.parametrize("text", [
    "Britain refused to join the United States in vetoing a draft on Panama.",
    "Britain and France had hoped to join the United States in vetoing a draft on Panama.",
    "Britain and France would have joined the United States in vetoing a draft on Panama.",
])
def test_joining_a_vetoer_refused_hoped_or_counterfactual(text):
    assert ("United Kingdom", "VETOED", "Panama") not in vetoes(text)


# --- the last time, after a negation ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Britain has not cast a veto since 1989, when it joined the United States in vetoing a draft on Panama.",
    "Neither London nor Paris has used the veto since December 1989, when both joined Washington in vetoing a draft on Panama.",
])
def test_the_last_veto_told_after_since(text):
    assert ("United Kingdom", "VETOED", "Panama") in vetoes(text)


@pytest.mark.parametrize("text", [
    "Britain has not cast a veto since 1989, when it might have vetoed a draft on Panama.",
    "Britain has not cast a veto since 1989; it did not veto the draft on Panama either.",
])
def test_the_since_clause_hedged_or_negated(text):
    assert ("United Kingdom", "VETOED", "Panama") not in vetoes(text)


# --- ", where" on a named place is told as fact ----------------------------------------------------

@pytest.mark.parametrize("text", [
    "Enlargement would not have changed the Council's record on Yemen, where Russia vetoed text after text.",
    "We should not imagine that a larger Council would have acted on Yemen, where Russia vetoed every draft.",
])
def test_a_veto_in_a_where_clause_after_a_hedged_main_clause(text):
    assert ("Russia", "VETOED", "Yemen") in vetoes(text)


@pytest.mark.parametrize("text", [
    "Enlargement would not have changed the Council's record on Yemen, where Russia might have vetoed text after text.",
    "Enlargement would not have changed the Council's record on Yemen, where Russia never vetoed a draft.",
    "Enlargement would not have changed the Council's record on Yemen, where Russia is expected to veto the next draft.",
])
def test_a_where_clause_with_its_own_hedge_or_negation(text):
    assert vetoes(text) == set()


# --- "the two countries" are not the drafter and the draft's subject ----------------------------

def test_a_pair_is_not_the_drafter_and_the_subject_of_the_sentence():
    text = ("Russia once vetoed a draft on Aleppo alone. In 2019 both vetoed a US draft calling for elections "
            "in Bolivia, and in 2022, when the two countries vetoed another text on Cuba, nobody was surprised.")
    assert not {source for source, _, _ in vetoes(text)} & {"United States", "Bolivia"}


# --- causes left open --------------------------------------------------------------------------

# --- an elected seat held, with the Council in view ---------------------------------------------

@pytest.mark.parametrize("text", [
    "The Security Council met on Friday. Guyana, which holds an elected seat until December, called the veto shameful.",
    "After the vote in the UN Security Council, Slovenia, holding a non-permanent seat this year, asked for a recess.\n\n"
    "Slovenia holds a non-permanent seat.",
    "The Security Council adjourned.\n\nMalta occupies an elected seat for 2023-24 and chaired the sanctions committee.",
])
def test_a_state_that_holds_an_elected_seat(text):
    assert {source for source, _, target in facts(text, "MEMBER_OF") if target == COUNCIL} & {"Guyana", "Slovenia", "Malta"}


@pytest.mark.parametrize("text", [
    "The Security Council met on Friday. Guyana, which hopes to hold an elected seat from January, spoke last.",
    "The Security Council met on Friday. Guyana has never held an elected seat.",
    "The Security Council met on Friday. Guyana may win an elected seat next June.",
    # a permanent seat may be one whose holder changed: which state held it is left to the writer
    "The Security Council met on Friday. The Republic of China held the permanent seat until 1971.",
    # no council in view: which body's seat is not said
    "Guyana holds an elected seat until December.",
])
def test_an_elected_seat_hoped_denied_permanent_or_with_no_council(text):
    assert {source for source, _, target in facts(text, "MEMBER_OF") if target == COUNCIL} == set()


@pytest.mark.xfail(strict=True, reason="a named bloc of elected members ('the A3') whose states are listed in the next sentence "
                   "('they are Algeria, ...') needs reference across sentences")
def test_elected_members_listed_in_the_next_sentence():
    text = "The A3 are the African elected members of the UN Security Council. This year they are Kenya, Ghana and Gabon."
    assert ("Kenya", "MEMBER_OF", COUNCIL) in facts(text, "MEMBER_OF")


@pytest.mark.xfail(strict=True, reason="'the three Western permanent members vetoed' needs the permanent members the document "
                   "named, not a name in the sentence")
def test_the_western_permanent_members_vetoed():
    text = ("France, the United Kingdom and the United States are three of the five permanent members. "
            "The three Western permanent members vetoed a draft on Grenada in 1983.")
    assert ("France", "VETOED", "Grenada") in vetoes(text)


# --- memberships: an ally counted, a standing in another body ---------------------------------------

@pytest.mark.parametrize("text", [
    "The alliance kept growing. Lithuania joined NATO in 2004, and North Macedonia became the 30th ally in March 2020.",
    "NATO enlarged again: Montenegro became the 29th ally in June 2017.",
    "NATO has grown in waves. Albania joined in 2009; Montenegro followed as the 29th in 2017.",
])
def test_an_ally_counted_by_its_ordinal(text):
    members = {source for source, _, target in facts(text, "MEMBER_OF") if target == "North Atlantic Treaty Organization"}
    assert {"North Macedonia", "Montenegro"} & members


@pytest.mark.parametrize("text", [
    "NATO has grown in waves. Montenegro may become the 33rd ally one day.",
    "NATO has grown in waves. Montenegro did not become the 29th ally in 2012.",
    "NATO has grown in waves. Montenegro hopes to follow as the 29th in 2017.",
])
def test_an_ally_counted_hedged_negated_or_planned(text):
    assert ("Montenegro", "MEMBER_OF", "North Atlantic Treaty Organization") not in facts(text, "MEMBER_OF")


@pytest.mark.parametrize("text", [
    "Greece, an observer at the Arab League and a NATO member, sent a frigate.",
    "At the summit Turkey was present as a dialogue partner and, at the same time, a NATO ally.",
    "Turkey, which sent its foreign minister, is a dialogue partner and a NATO ally at once.",
])
def test_a_standing_in_another_body_beside_a_membership(text):
    members = {source for source, _, target in facts(text, "MEMBER_OF") if target == "North Atlantic Treaty Organization"}
    assert members & {"Greece", "Turkey"}


@pytest.mark.parametrize("text", [
    "Turkey, a dialogue partner since 2012 and a NATO applicant, floated the idea.",
    "Georgia, an observer at the summit and a NATO aspirant, sent a delegation.",
    "Turkey, a NATO observer and a dialogue partner, floated the idea.",
])
def test_two_standings_neither_a_membership(text):
    assert {target for _, _, target in facts(text, "MEMBER_OF")} == set()
