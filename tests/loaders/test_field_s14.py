"""Exercises, patrols, places and clashes as new authors write them (issue #3, session 14).

Each mechanism is tested on new sentences in several styles, with negated, hedged and planned
twins that must give nothing."""
from __future__ import annotations

import pytest

from tests.loaders.sentences import facts


# --- an exercise glossed by whose exercise it is: "X, the exercise of A, B and C" ------------------

def test_parties_a_gloss_names_after_a_hosts_verb_take_part():
    text = "Kenya hosted Justified Accord 2025, the yearly exercise of the Kenya Defence Forces and US troops, near Lamu."
    assert facts(text, "PARTICIPATED_IN") >= {
        ("Kenya Defence Forces", "PARTICIPATED_IN", "Justified Accord"),
        ("United States", "PARTICIPATED_IN", "Justified Accord"),
    }
    text = "Mosi-2023, the first naval exercise of China, Russia and South Africa, was hosted by South Africa."
    assert facts(text, "PARTICIPATED_IN") == {
        ("China", "PARTICIPATED_IN", "Mosi-2023"), ("Russia", "PARTICIPATED_IN", "Mosi-2023"),
        ("South Africa", "PARTICIPATED_IN", "Mosi-2023"),
    }


def test_a_gloss_after_an_edition_number_or_a_copula_names_the_parties_too():
    text = "Brazil is hosting IBSAMAR IX, the exercise of the Indian Navy, the Brazilian Navy and the South African Navy."
    assert facts(text, "PARTICIPATED_IN") == {
        ("Indian Navy", "PARTICIPATED_IN", "IBSAMAR"), ("Brazilian Navy", "PARTICIPATED_IN", "IBSAMAR"),
        ("South African Navy", "PARTICIPATED_IN", "IBSAMAR"),
    }
    text = "Cobra Gold 2024 was the exercise of Thailand and the United States, as every year since 1982."
    assert facts(text, "PARTICIPATED_IN") >= {
        ("Thailand", "PARTICIPATED_IN", "Cobra Gold"), ("United States", "PARTICIPATED_IN", "Cobra Gold"),
    }


def test_a_gloss_in_a_hedged_negated_or_planned_sentence_gives_no_participant():
    for text in (
        "Kenya might host Justified Accord 2026, the yearly exercise of the Kenya Defence Forces and US troops.",
        "Justified Accord 2026, the yearly exercise of the Kenya Defence Forces and US troops, was called off.",
        "Kenya plans to host Justified Accord 2026, the yearly exercise of the Kenya Defence Forces and US troops.",
        "Justified Accord 2026, the yearly exercise of the Kenya Defence Forces and US troops, will be held at Lamu.",
        "Reports that Sea Breeze-2021, the exercise of Ukraine and the United States, drew Georgia were unconfirmed.",
    ):
        assert facts(text, "PARTICIPATED_IN") == set(), text


def test_a_body_a_gloss_names_is_no_participant():
    text = "Peace Mission-2018, the counter-terrorism exercise of the Shanghai Cooperation Organisation, opened at Chebarkul."
    assert not {f for f in facts(text, "PARTICIPATED_IN") if f[0] == "Shanghai Cooperation Organisation"}


# --- a bare war that "broke out between" two states names both sides ----------------------------

def test_a_war_that_broke_out_between_two_states_is_a_clash_of_both():
    text = "In the autumn of 1998 war broke out again between Eritrea and Ethiopia over the border town of Badme."
    assert facts(text, "CLASHED_WITH") == {("Eritrea", "CLASHED_WITH", "Ethiopia")}
    text = "War erupted between Uganda and Tanzania in late 1978, and Kampala fell within months."
    assert facts(text, "CLASHED_WITH") == {("Tanzania", "CLASHED_WITH", "Uganda")}


def test_a_war_feared_denied_or_supposed_between_two_states_is_no_clash():
    for text in (
        "If war broke out between Chile and Argentina, the Beagle islands would be the first prize.",
        "Diplomats feared in 1978 that war could break out between Chile and Argentina.",
        "War never broke out between Chile and Argentina, thanks to papal mediation.",
        "There is no evidence that war broke out between Kenya and Uganda in 1976.",
        "Analysts say war might erupt between Kenya and Somalia over the maritime boundary.",
    ):
        assert facts(text, "CLASHED_WITH") == set(), text


# --- where a share of the exercise is under way: "Its sea phase is being held in ..." ---------------

def test_a_phase_being_held_or_the_exercises_activity_places_the_exercise():
    text = "Kakadu 2024 opened in Darwin on 9 September. Its sea phase is being held in the Timor Sea this week."
    assert ("Kakadu", "HELD_IN", "Timor Sea") in facts(text, "HELD_IN")
    text = ("Pitch Black 2024 was hosted by Australia from 12 July. Activity took place across the Top End "
            "and, for the first time, over Papua New Guinea.")
    assert ("Pitch Black", "HELD_IN", "Papua New Guinea") in facts(text, "HELD_IN")


def test_a_phase_not_held_or_only_planned_somewhere_places_nothing():
    for text in (
        "Kakadu 2024 opened in Darwin. Its sea phase is not being held in the Timor Sea this year.",
        "Kakadu 2026 opens in Darwin next year. Its sea phase might be held in the Timor Sea.",
        "Kakadu 2026 opens in Darwin next year. Its sea phase will be held in the Timor Sea.",
    ):
        assert not {f for f in facts(text, "HELD_IN") if f[2] == "Timor Sea"}, text


# --- "participants" who speak at a meeting are no exercise's participants ---------------------------

def test_participants_who_ask_or_suggest_at_a_meeting_name_no_participant():
    for text in (
        "Zapad-2021 was the panel's subject. Participants asked whether Serbia might join the next edition.",
        "Zapad-2021 was the panel's subject. One participant suggested that Serbia and Belarus would sign a pact.",
        "Zapad-2021 was the panel's subject. A participant from the Baltic states noted that Serbia was absent.",
    ):
        assert facts(text, "PARTICIPATED_IN") == set(), text


def test_participants_listed_for_an_exercise_still_take_part():
    text = "Cobra Gold 2024 opened in Thailand on 27 February. Participants included Indonesia, Japan and Singapore."
    assert facts(text, "PARTICIPATED_IN") >= {
        ("Indonesia", "PARTICIPATED_IN", "Cobra Gold"), ("Japan", "PARTICIPATED_IN", "Cobra Gold"),
        ("Singapore", "PARTICIPATED_IN", "Cobra Gold"),
    }
