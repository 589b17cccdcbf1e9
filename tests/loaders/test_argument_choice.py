"""Spurious relations from a wrong argument: an organization that only owns what a state
joined, a participant or place named in an aside, the wrong side of a deal. Each wrong
reading must give nothing (or the right argument); a control of the same construction
still gives its relation."""
from __future__ import annotations

import pytest

from tests.loaders.sentences import facts


# --- an organization's outer tier is not the organization ---------------------------------

def test_joining_an_organizations_partnership_programme_is_no_membership():
    text = "Armenia joined NATO's Partnership for Peace in 1994 and has kept the link ever since."
    assert facts(text, "MEMBER_OF") == set()


def test_joining_a_partnership_programme_named_without_a_possessive_is_no_membership():
    text = "Mongolia joined the NATO partnership programme a decade ago."
    assert facts(text, "MEMBER_OF") == set()


def test_joining_the_organization_itself_beside_its_programme_still_counts():
    text = "Kazakhstan joined the OSCE in 1992 and later signed up to NATO's Partnership for Peace."
    assert facts(text, "MEMBER_OF") == {("Kazakhstan", "MEMBER_OF", "Organization for Security and Co-operation in Europe")}


def test_joining_the_organization_still_gives_membership():
    text = "Montenegro joined NATO in 2017 after a decade of preparation."
    assert facts(text, "MEMBER_OF") == {("Montenegro", "MEMBER_OF", "North Atlantic Treaty Organization")}


def test_planned_entry_into_a_partnership_programme_gives_nothing_either():
    text = "Officials said Bosnia may join NATO's partnership programme next year."
    assert facts(text, "MEMBER_OF") == set()


# --- a time aside says what happened around the exercise, not who held it or where ---------

def test_states_named_in_a_time_aside_neither_take_part_nor_host_nor_locate():
    text = (
        "Three weeks after a tribunal ruled against Vietnam's claims in a case brought by Malaysia, "
        "Sea Breeze-2021 was held in the Black Sea."
    )
    assert facts(text, "PARTICIPATED_IN", "HOSTED", "HELD_IN") == {("Sea Breeze-2021", "HELD_IN", "Black Sea")}


def test_a_time_aside_after_the_main_clause_adds_no_place():
    text = "Joint Sea-2019 was held in the Yellow Sea, weeks after a quarrel over Japan's claims."
    assert facts(text, "HELD_IN") == {("Joint Sea-2019", "HELD_IN", "Yellow Sea")}


def test_the_main_clause_after_a_time_aside_keeps_its_host():
    text = "Weeks before Australia's election, Indonesia staged Komodo-2023 in the Java Sea."
    found = facts(text, "HOSTED", "PARTICIPATED_IN")
    assert ("Indonesia", "HOSTED", "Komodo-2023") in found
    assert not {f for f in found if f[0] == "Australia"}


def test_a_time_clause_about_the_exercise_itself_keeps_the_participant():
    text = "India took part in Malabar-2019 after the exercise moved to the Bay of Bengal."
    assert ("India", "PARTICIPATED_IN", "Malabar-2019") in facts(text, "PARTICIPATED_IN")


def test_a_planned_exercise_after_a_time_aside_gives_no_participation():
    text = "Two weeks after the election, Indonesia is expected to join Komodo-2025."
    assert facts(text, "PARTICIPATED_IN") == set()


# --- a place name that only modifies a noun is no venue ------------------------------------

def test_a_sea_named_as_the_subject_of_a_dispute_is_not_where_the_exercise_was_held():
    text = "China took part in RIMPAC-2016 and was then disinvited over the South China Sea island-building."
    found = facts(text, "HELD_IN", "PARTICIPATED_IN")
    assert found == {("China", "PARTICIPATED_IN", "RIMPAC-2016")}


def test_a_sea_named_as_the_venue_is_still_where_the_exercise_was_held():
    text = "RIMPAC-2016 was held around Hawaii and in the South China Sea."
    assert ("RIMPAC-2016", "HELD_IN", "South China Sea") in facts(text, "HELD_IN")


# --- who is opposed: not the subject of a clause joined on, not a label the critic gives ----

def test_the_subject_of_a_clause_joined_on_after_a_comma_is_not_opposed():
    text = "Iran's defence ministry has denounced AUKUS, and French President Emmanuel Macron has called the pact a betrayal."
    assert facts(text, "OPPOSES") == {("Iran", "OPPOSES", "AUKUS")}


def test_a_joined_clause_with_its_own_critic_keeps_both_oppositions():
    text = "Tokyo condemned Russia, and Seoul criticised North Korea."
    assert facts(text, "OPPOSES") == {("Japan", "OPPOSES", "Russia"), ("South Korea", "OPPOSES", "North Korea")}


def test_an_oxford_comma_list_of_the_opposed_is_kept_whole():
    text = "Japan condemned China, Iran, and North Korea for their missile tests."
    assert facts(text, "OPPOSES") == {("Japan", "OPPOSES", t) for t in ("China", "Iran", "North Korea")}


def test_an_organization_in_the_label_a_critic_gives_is_not_opposed():
    text = 'Beijing criticised the Squad as an "Asian NATO" aimed at containment.'
    assert not {f for f in facts(text, "OPPOSES") if f[2] == "North Atlantic Treaty Organization"}


def test_the_organization_denounced_before_the_label_is_still_opposed():
    text = "Moscow denounced AUKUS as an Asian NATO in the making."
    assert facts(text, "OPPOSES") == {("Russia", "OPPOSES", "AUKUS")}


def test_organizations_given_as_examples_after_such_as_are_opposed():
    text = "China firmly opposes closed blocs such as the so-called Quad and AUKUS."
    found = facts(text, "OPPOSES")
    assert ("China", "OPPOSES", "Quadrilateral Security Dialogue") in found and ("China", "OPPOSES", "AUKUS") in found


def test_a_hedged_criticism_with_a_label_still_gives_nothing():
    text = "Moscow may criticise AUKUS as an Asian NATO if the pact expands."
    assert facts(text, "OPPOSES") == set()


# --- "the exercise <Name>" names an exercise of its own, not the one named before ---------

def test_the_exercise_followed_by_its_own_name_is_not_the_earlier_exercise():
    text = "Greece took part in Sea Breeze-2021. Egypt hosted the exercise Nile Falcon with Cyprus taking part."
    found = facts(text, "HOSTED", "PARTICIPATED_IN")
    assert ("Egypt", "HOSTED", "Sea Breeze-2021") not in found and ("Cyprus", "PARTICIPATED_IN", "Sea Breeze-2021") not in found
    assert ("Egypt", "HOSTED", "Nile Falcon") in found and ("Cyprus", "PARTICIPATED_IN", "Nile Falcon") in found


def test_the_exercise_without_a_name_still_refers_back():
    text = "Greece took part in Sea Breeze-2021. Ukraine hosted the exercise with Moldova taking part."
    found = facts(text, "HOSTED", "PARTICIPATED_IN")
    assert ("Ukraine", "HOSTED", "Sea Breeze-2021") in found and ("Moldova", "PARTICIPATED_IN", "Sea Breeze-2021") in found


def test_a_named_exercise_that_was_only_proposed_gives_nothing():
    text = "Greece took part in Sea Breeze-2021. Egypt has proposed to host the exercise Nile Falcon next year."
    assert not {f for f in facts(text, "HOSTED", "PARTICIPATED_IN") if f[0] == "Egypt"}


@pytest.mark.xfail(strict=True, reason="a second clause joined by a bare 'and' with its own host still shares the first clause's exercise")
def test_an_exercise_of_the_first_clause_is_not_the_host_clauses():
    text = "The Hellenic Navy took part in Sea Breeze-2021 and Egypt hosted the exercise Nile Falcon in 2022 with Cyprus taking part."
    found = facts(text, "HOSTED", "PARTICIPATED_IN")
    assert ("Egypt", "HOSTED", "Sea Breeze-2021") not in found and ("Cyprus", "PARTICIPATED_IN", "Sea Breeze-2021") not in found


# --- known gaps --------------------------------------------------------------------------

def test_the_supplier_is_not_a_party_to_the_war_the_receiver_wages():
    # "has since fired": the adverb between auxiliary and verb no longer cuts the subject off
    text = "Belarus shipped shells to Russia, and Russia has since fired them against Ukraine."
    assert facts(text, "CLASHED_WITH") == {("Russia", "CLASHED_WITH", "Ukraine")}


@pytest.mark.xfail(strict=True, reason="a deployment under a new section heading still falls back to the document's main exercise")
def test_a_deployment_under_a_new_heading_is_not_participation_in_the_earlier_exercise():
    text = (
        "Cambodia and China held Golden Dragon in 2024.\n\n"
        "Site 3 -- Korat, Thailand (LOW confidence)\n\n"
        "Thailand flies the Gripen and has deployed two squadrons near its eastern border."
    )
    assert not {f for f in facts(text, "PARTICIPATED_IN") if f[0] == "Thailand"}
