"""Security partners of African, Latin American and Middle Eastern states as other writers put
them: a private military company called by its short name, a tank variant the gazetteer now
lists, the many nations that come to a host's exercise "with" it, and a journal article's
footnote marks after a full stop. Every positive has negated, hedged or planned twins that
must give nothing."""
from __future__ import annotations

import pytest

from loaders.text import segment
from tests.loaders.sentences import facts


# --- a private military company by its short name ---------------------------------------------

def test_a_company_sanctioned_by_its_short_name():
    text = "Canada and Switzerland both sanctioned Wagner over abuses in the Central African Republic."
    found = facts(text, "SANCTIONED")
    assert {("Canada", "SANCTIONED", "Wagner Group"), ("Switzerland", "SANCTIONED", "Wagner Group")} <= found
    assert not any(target == "Central African Republic" for _, _, target in found)


@pytest.mark.parametrize("text", [
    "Canada has not sanctioned Wagner, officials said.",
    "Switzerland may sanction Wagner if the abuses continue.",
    "Canada plans to sanction Wagner next year.",
])
def test_a_company_sanction_denied_hedged_or_planned_gives_nothing(text):
    assert facts(text, "SANCTIONED") == set()


# --- a variant of a tank the gazetteer lists ---------------------------------------------------

def test_a_listed_tank_variant_keeps_its_own_name():
    text = "Laos received a batch of T-72B1 tanks from Russia in 2018."
    found = facts(text, "SOLD", "ACQUIRED")
    assert {("Laos", "ACQUIRED", "T-72B1"), ("Russia", "SOLD", "T-72B1")} <= found


def test_a_tank_variant_offered_gives_nothing():
    assert facts("Russia has offered T-72B1 tanks to Laos, but no contract is known.", "SOLD", "ACQUIRED") == set()


# --- the other nations that come "with" a host's guest ------------------------------------------

def test_a_state_named_with_many_other_nations_is_a_guest_not_a_cohost():
    text = "Morocco hosted African Lion 2024 near Tan-Tan in May, with the United States and some twenty other nations."
    found = facts(text, "HOSTED", "PARTICIPATED_IN")
    assert ("Morocco", "HOSTED", "African Lion") in found
    assert ("United States", "PARTICIPATED_IN", "African Lion") in found
    assert ("United States", "HOSTED", "African Lion") not in found


def test_a_lone_partner_after_hosts_with_is_still_a_cohost():
    found = facts("Egypt hosts Bright Star with the United States.", "HOSTED")
    assert {("Egypt", "HOSTED", "Bright Star"), ("United States", "HOSTED", "Bright Star")} <= found


@pytest.mark.parametrize("text", [
    "Morocco was expected to host African Lion 2026 with the United States and some twenty other nations.",
    "Morocco did not host African Lion in 2020, with the United States and other nations staying home.",
    "Morocco might host African Lion next year with the United States and a dozen other countries.",
])
def test_hosting_with_other_nations_planned_negated_or_hedged_gives_nothing(text):
    assert facts(text, "HOSTED", "PARTICIPATED_IN") == set()


# --- a footnote mark after a full stop ----------------------------------------------------------

def test_a_superscript_footnote_mark_ends_its_sentence():
    text = "Brazil and Sweden co-produce the Gripen fighter.¹² In the 1982 war between Argentina and the United Kingdom, Argentina flew Mirage IIIs."
    assert [s.text for s in segment(text)] == [
        "Brazil and Sweden co-produce the Gripen fighter.¹²",
        "In the 1982 war between Argentina and the United Kingdom, Argentina flew Mirage IIIs.",
    ]


def test_the_sentence_after_a_footnote_mark_keeps_its_own_subjects():
    text = "India and France co-developed the engine, which both air forces fly.⁴ In the 1971 war between India and Pakistan, Pakistan flew F-86s."
    found = facts(text, "CLASHED_WITH", "OPERATES")
    assert ("India", "CLASHED_WITH", "Pakistan") in found or ("Pakistan", "CLASHED_WITH", "India") in found
    assert not any("France" in (source, target) and type_ == "CLASHED_WITH" for source, type_, target in found)


def test_a_footnote_mark_before_a_hedge_does_not_carry_the_fact():
    text = "The two navies exercised together in 2019.³ Whether Algeria bought the Su-57 from Russia is unknown."
    assert facts(text, "SOLD", "ACQUIRED") == set()
