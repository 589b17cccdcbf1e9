"""Members and participants listed in a sentence after a count or a colon, or behind
"among them", "alongside"; and what such a list leaves out."""
from __future__ import annotations

from tests.loaders.sentences import facts


def test_an_organisation_that_has_n_partners_lists_its_members_after_the_colon():
    found = facts("AUKUS, set up in 2021, has three partners: Australia, the United Kingdom and the United States.", "MEMBER_OF")
    assert {(s, "MEMBER_OF", "AUKUS") for s in ("Australia", "United Kingdom", "United States")} <= found
    found = facts("The Collective Security Treaty Organization has six member states: Russia, Belarus, Armenia, Kazakhstan, Kyrgyzstan and Tajikistan.", "MEMBER_OF")
    assert ("Armenia", "MEMBER_OF", "Collective Security Treaty Organization") in found


def test_dialogue_partners_after_a_colon_are_not_members():
    found = facts("The Shanghai Cooperation Organisation has fourteen dialogue partners: Turkey, Egypt and Qatar among them.", "MEMBER_OF")
    assert not found


def test_elected_members_among_them_are_council_members():
    text = (
        "The Security Council voted on the draft on Friday. Brazil voted in favour, as did the other elected members, "
        "among\nthem Malta, Japan and Ghana."
    )
    found = facts(text, "MEMBER_OF")
    assert {(s, "MEMBER_OF", "United Nations Security Council") for s in ("Malta", "Japan", "Ghana")} <= found


def test_candidates_among_them_are_not_members():
    text = "The Security Council will change in January; the candidates for elected seats, among them Latvia and Panama, campaign now."
    assert not {f for f in facts(text, "MEMBER_OF") if f[0] in ("Latvia", "Panama")}


def test_the_newest_members_named_after_among_them():
    found = facts("BRICS admitted several states in 2024, among them Egypt and Ethiopia.", "MEMBER_OF")
    assert {("Egypt", "MEMBER_OF", "BRICS"), ("Ethiopia", "MEMBER_OF", "BRICS")} <= found
