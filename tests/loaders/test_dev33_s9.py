"""Security Council vetoes, votes and sanctions as a Council watcher, a wire factbox or a
ministry writes them: composition lines whose labels carry a qualifier ("Elected members, terms
ending 2026:"), seat holders set off by dashes, and "the Council" standing for the Security
Council a document has named. Every text here is written for these tests; none is taken from a
corpus or evaluation document."""
from __future__ import annotations

import pytest

from tests.loaders.sentences import facts

COUNCIL = "United Nations Security Council"
ABOUT = "This brief covers the month ahead in the UN Security Council.\n\n"


def members(text: str) -> set[str]:
    return {source for source, _, target in facts(text, "MEMBER_OF") if target == COUNCIL}


# --- composition lines ----------------------------------------------------------------------

def test_permanent_members_field_under_a_composition_heading():
    text = ABOUT + "**Who sits where**\n\n- Permanent members: China, France, Russia, the United Kingdom and the United States\n"
    assert members(text) == {"China", "France", "Russia", "United Kingdom", "United States"}


def test_elected_members_label_with_a_qualifying_phrase():
    text = ABOUT + "- Elected members, seats expiring in 2027: Bahrain, Colombia, Latvia\n"
    assert members(text) == {"Bahrain", "Colombia", "Latvia"}


def test_a_conditional_seat_line_gives_nothing():
    text = ABOUT + "- Elected members, if the June vote goes as expected: Bahrain, Colombia, Latvia\n"
    assert members(text) == set()


def test_a_candidates_line_gives_nothing():
    text = ABOUT + "- Candidates for 2027: Kyrgyzstan, the Philippines\n"
    assert members(text) == set()


# --- seat holders in a dash apposition -----------------------------------------------------------

def test_permanent_members_set_off_by_dashes():
    text = ABOUT + "The five permanent members — China, France, Russia, Britain and the United States — each wield a veto."
    assert members(text) == {"China", "France", "Russia", "United Kingdom", "United States"}


def test_elected_members_set_off_by_spaced_hyphens():
    text = ABOUT + "Three elected members - Guyana, Slovenia and Sierra Leone - asked for the meeting."
    assert members(text) == {"Guyana", "Slovenia", "Sierra Leone"}


def test_seat_holders_in_dashes_that_may_change_give_nothing():
    text = ABOUT + "Two elected members - Malta and Ecuador - might be replaced by others next year."
    assert members(text) == set()


def test_states_outside_the_dashes_are_not_seat_holders():
    text = ABOUT + "Two elected members — Japan and Mozambique — met the envoy of Bolivia."
    assert members(text) == {"Japan", "Mozambique"}


# --- "the Council" after the Security Council is named -----------------------------------------------

def test_the_council_imposing_sanctions_is_the_security_council():
    text = "The Security Council met again on Darfur. The Council first imposed sanctions on Sudan in 2004."
    assert facts(text, "SANCTIONED") == {(COUNCIL, "SANCTIONED", "Sudan")}


def test_this_council_in_a_statement_is_the_security_council():
    text = "Japan spoke in the Security Council today. This Council imposed sanctions on Eritrea in 2009, Japan recalled."
    assert facts(text, "SANCTIONED") == {(COUNCIL, "SANCTIONED", "Eritrea")}


def test_the_council_that_may_impose_sanctions_gives_nothing():
    text = "The Security Council met again on Darfur. The Council may impose sanctions on Sudan next year."
    assert facts(text, "SANCTIONED") == set()


def test_the_council_that_never_imposed_sanctions_gives_nothing():
    text = "The Security Council met again on Gaza. The Council has never imposed sanctions on Israel."
    assert facts(text, "SANCTIONED") == set()


def test_the_council_with_no_council_named_before_is_nobody():
    text = "The Council imposed sanctions on Belarus in 2021."
    assert facts(text, "SANCTIONED") == set()


def test_the_council_of_europe_is_not_the_security_council():
    text = "The Security Council met. The Council of Europe imposed sanctions on Belarus in 2021."
    assert (COUNCIL, "SANCTIONED", "Belarus") not in facts(text, "SANCTIONED")
