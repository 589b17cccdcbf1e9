"""Membership rules found on the opened sets of session 19 (dev80 to dev84): a tier below membership
told between the admitting verb and the body, and council seats told by their terms of years. Every
sentence here is written for these tests; none is taken from an evaluation document."""
from __future__ import annotations

import pytest

from tests.loaders.sentences import facts

COUNCIL = "The UN Security Council met on the crisis in March. "
UNSC = "United Nations Security Council"


# --- a tier below membership told before the body ---------------------------------------------------
@pytest.mark.parametrize("text", [
    "Qatar and Bahrain were admitted as dialogue partners of the Shanghai Cooperation Organisation in 2022.",
    "Mongolia was admitted as an observer of the SCO in 2004, Afghanistan in 2012.",
    "Laos joined as an observer state of ASEAN before its accession.",
    "Cambodia was accepted as a candidate of the Shanghai Cooperation Organisation in 2015.",
])
def test_tier_before_the_body_is_no_membership(text):
    assert facts(text, "MEMBER_OF") == set()


@pytest.mark.parametrize("text, members", [
    ("Qatar and Bahrain were admitted as full members of the Shanghai Cooperation Organisation in 2022.", {"Qatar", "Bahrain"}),
    ("Laos joined ASEAN in 1997, after years as an observer.", {"Laos"}),
])
def test_membership_beside_a_tier_word_stays(text, members):
    assert {source for source, _, _ in facts(text, "MEMBER_OF")} == members


# --- council seats told by their terms -----------------------------------------------------------
@pytest.mark.parametrize("text, members", [
    (COUNCIL + "Ghana (elected for 2022-2023) asked for a pause in the fighting.", {"Ghana"}),
    (COUNCIL + "Ecuador has never held a permanent seat; it was elected for 2023-24.", {"Ecuador"}),
    (COUNCIL + "Malta, elected for a two-year term, abstained on the text.", {"Malta"}),
    (COUNCIL + "Its elected members from Africa included Gabon (2022-2023), Ghana (2022-2023) and Mozambique (2023-2024).",
     {"Gabon", "Ghana", "Mozambique"}),
])
def test_council_seat_told_by_its_term(text, members):
    assert facts(text, "MEMBER_OF") == {(m, "MEMBER_OF", UNSC) for m in members}


@pytest.mark.parametrize("text", [
    COUNCIL + "Mexico was not elected for 2019-2020.",
    COUNCIL + "Gabon (elected in 2021 as chair of the regional body) spoke last.",
    "Ghana (elected for 2022-2023) asked for a pause in the fighting.",  # no council in view
])
def test_no_seat_without_an_elected_term_on_a_council_in_view(text):
    assert facts(text, "MEMBER_OF") == set()


# --- a relative clause on a noun set in apposition to the body ---------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Norway belongs to NATO, an alliance that Moscow has long condemned.", ("Russia", "OPPOSES", "North Atlantic Treaty Organization")),
    ("Officials praised the Quad, a grouping that Beijing has repeatedly criticised.", ("China", "OPPOSES", "Quadrilateral Security Dialogue")),
    ("Pakistan signed up to the BRI, a scheme that China launched in 2013.", ("China", "LEADS", "Belt and Road Initiative")),
    # the relative without its pronoun
    ("Pakistan signed up to the BRI, a scheme China launched in 2013.", ("China", "LEADS", "Belt and Road Initiative")),
    ("Norway belongs to NATO, an alliance Moscow has long condemned.", ("Russia", "OPPOSES", "North Atlantic Treaty Organization")),
])
def test_relative_on_an_apposed_noun(text, expected):
    assert expected in facts(text, "OPPOSES", "LEADS")


@pytest.mark.parametrize("text", [
    "Officials praised the Quad, a grouping that Beijing has never criticised.",
    "Officials praised the Quad, a grouping that India joined in 2007.",
    "Officials praised the Quad, a grouping whose critics include Beijing.",
    "Norway belongs to NATO, an alliance Moscow says it respects.",
])
def test_no_opposition_from_an_apposed_relative_that_says_none(text):
    assert facts(text, "OPPOSES", "LEADS") == set()


# --- a bracketed aside between "founded" and its founders ---------------------------------------------
def test_founders_after_a_bracketed_aside():
    text = "The SCO was founded in 2001 (as a successor to the Shanghai Five) by China, Russia and Kazakhstan."
    assert {source for source, _, _ in facts(text, "MEMBER_OF")} == {"China", "Russia", "Kazakhstan"}


def test_no_founder_inside_a_denying_aside():
    text = "The SCO was founded in 2001 (not, as is often said, by Mongolia) in Shanghai."
    assert facts(text, "MEMBER_OF") == set()
