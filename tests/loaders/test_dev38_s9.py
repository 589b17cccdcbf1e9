"""Security Council vetoes and seats as a press office, a vote tracker, an encyclopedia, an
op-ed, a data appendix, a newsletter and a diplomat's memoir write them: the peoples who cast a
veto ("the Russians and the Chinese vetoed the draft"), a speaker's verdict on another state's
veto, and the many ways a text says a state sits on the Council. Every text here is written for
these tests; none is taken from a corpus or evaluation document."""
from __future__ import annotations

import pytest

from tests.loaders.sentences import facts

COUNCIL = "United Nations Security Council"
DRAFT = "A British draft on Burundi was put to the vote in the Security Council on Friday. "


def vetoes(text: str) -> set[tuple]:
    return facts(text, "VETOED")


def members(text: str) -> set[str]:
    return {source for source, _, target in facts(text, "MEMBER_OF") if target == COUNCIL}


# --- the peoples who cast a veto ----------------------------------------------------------------

def test_two_peoples_with_their_articles_veto_a_draft():
    assert vetoes(DRAFT + "The Russians and the Chinese vetoed the draft.") == {
        ("Russia", "VETOED", "Burundi"), ("China", "VETOED", "Burundi")}


def test_three_peoples_in_a_list_veto_a_text():
    assert vetoes(DRAFT + "The French, the British and the Americans vetoed it.") == {
        ("France", "VETOED", "Burundi"), ("United Kingdom", "VETOED", "Burundi"), ("United States", "VETOED", "Burundi")}


def test_peoples_who_did_not_veto_give_nothing():
    assert vetoes(DRAFT + "The Russians and the Chinese did not veto it.") == set()


def test_peoples_who_might_veto_give_nothing():
    assert vetoes(DRAFT + "The Russians and the Chinese might veto it next time.") == set()


# --- a verdict on another state's veto ----------------------------------------------------------------

def test_a_state_that_condemns_a_veto_is_not_its_subject():
    text = "Brazil, one of the co-drafters, condemned the American veto in the chamber."
    assert vetoes(text) == set()
    assert facts(text, "OPPOSES") == {("Brazil", "OPPOSES", "United States")}


def test_a_state_that_deplores_a_possessed_veto_is_not_its_subject():
    text = "The Council voted on Haiti on Monday. Kenya's envoy said Nairobi deplores Russia's veto."
    assert ("Russia", "VETOED", "Kenya") not in vetoes(text)


def test_the_subject_after_the_judged_veto_noun_still_counts():
    text = "Kenya condemned the Russian veto of the draft on Haiti."
    assert vetoes(text) == {("Russia", "VETOED", "Haiti")}
