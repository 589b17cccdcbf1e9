"""A deed told for an exercise the sentence brings in anew ("for a joint air exercise") is not
taken part in the exercise an earlier paragraph named. Found by a smoke test on a note nobody
wrote rules for; every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from loaders.extract import extract_text
from tests.loaders.sentences import facts

EARLIER = "The Egyptian Navy sailed alongside the Hellenic Navy in Medusa-2031 off Crete.\n\n"


@pytest.mark.parametrize("later", [
    "In a separate development, the Indian Air Force sent Su-30MKI fighters to Egypt for a joint air exercise.",
    "Oman dispatched two corvettes to Karachi for an anti-submarine drill with the Pakistan Navy.",
    "Separately, Jordan sent a special forces company to Bahrain to take part in a counter-terrorism exercise.",
    "Kenya deployed a patrol boat to Mombasa during a search-and-rescue drill last week.",
])
def test_a_deed_for_an_exercise_brought_in_anew_is_not_the_earlier_one(later):
    found = facts(EARLIER + later, "PARTICIPATED_IN")
    assert found == {("Egyptian Navy", "PARTICIPATED_IN", "Medusa-2031"), ("Hellenic Navy", "PARTICIPATED_IN", "Medusa-2031")}


@pytest.mark.parametrize("later, newcomer", [
    ("Cyprus also sent a frigate to the exercise.", "Cyprus"),
    ("The French Navy sent a frigate as well.", "French Navy"),
    ("Cyprus sent a frigate, which stayed for the whole exercise.", "Cyprus"),
])
def test_a_deed_for_the_exercise_in_view_still_joins_it(later, newcomer):
    # the same paragraph, no new exercise brought in: the one in view is meant
    found = facts(EARLIER.strip() + " " + later, "PARTICIPATED_IN")
    assert (newcomer, "PARTICIPATED_IN", "Medusa-2031") in found


@pytest.mark.parametrize("later", [
    "Cyprus did not send a frigate to the exercise.",
    "Cyprus may send a frigate to the exercise next year.",
    "Cyprus was reported to have sent a frigate, but officials in Nicosia denied it.",
])
def test_negated_hedged_and_denied_deeds_give_nothing(later):
    found = facts(EARLIER.strip() + " " + later, "PARTICIPATED_IN")
    assert not any(source == "Cyprus" for source, _, _ in found)


# --- an exercise's name set off by commas after the exercise word ------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("India and Egypt held their first joint air exercise, Desert Warrior, in 2031.",
     {("India", "PARTICIPATED_IN", "Desert Warrior"), ("Egypt", "PARTICIPATED_IN", "Desert Warrior")}),
    ("Ghana and Togo staged a coastal drill, Gulf Guardian, off Lomé in March.",
     {("Ghana", "PARTICIPATED_IN", "Gulf Guardian"), ("Togo", "PARTICIPATED_IN", "Gulf Guardian")}),
])
def test_a_name_set_off_after_the_exercise_word_is_an_exercise(text, expected):
    assert expected <= facts(text, "PARTICIPATED_IN")


@pytest.mark.parametrize("text", [
    "India and Egypt did not hold their planned joint air exercise, Desert Warrior, in 2031.",
    "India and Egypt may hold a joint air exercise, Desert Warrior, next year.",
    "Reports that India and Egypt held a joint air exercise, Desert Warrior, were denied by both ministries.",
])
def test_negated_planned_and_denied_exercises_give_nothing(text):
    assert not facts(text, "PARTICIPATED_IN")


@pytest.mark.parametrize("text", [
    "After the exercise, Defence Minister Ansah spoke to reporters.",   # a title before a person, no comma after
    "During the drills, Monday and Tuesday were the busiest days.",      # calendar words
    "After the exercise, North Korea fired two missiles.",               # a known state
    "Since the drills, Prime Minister Okafor, who chairs the council, has said little.",  # a title before a name
])
def test_words_after_an_exercise_word_that_are_no_name(text):
    assert not [e.name for e in extract_text(text).entities if e.label == "Exercise"]


# --- a maker's adjective on goods bought or sold is no operator ---------------------------------------

@pytest.mark.parametrize("text, maker, system", [
    ("Serbia might buy more Chinese FK-3 batteries.", "China", "HQ-22"),
    ("Serbia bought Chinese FK-3 batteries in 2022.", "China", "HQ-22"),
    ("Turkey received Russian S-400 batteries in 2019, despite American warnings.", "Russia", "S-400"),
    ("Ankara ordered two more Russian S-400 regiments last spring.", "Russia", "S-400"),
])
def test_goods_named_by_their_makers_adjective_are_not_operated_by_the_maker(text, maker, system):
    assert (maker, "OPERATES", system) not in facts(text, "OPERATES")


@pytest.mark.parametrize("text, operator, system", [
    ("Chinese H-6K flights near Taiwan rose sharply in 2031.", "China", "H-6K"),
    ("Japan tracked Chinese H-6K flights off Okinawa on Tuesday.", "China", "H-6K"),
    ("Russian S-400 batteries in Kaliningrad were put on alert.", "Russia", "S-400"),
])
def test_crews_named_by_their_states_adjective_still_operate(text, operator, system):
    assert (operator, "OPERATES", system) in facts(text, "OPERATES")


# --- a body named as the subject's standing does not act with it ----------------------------------

@pytest.mark.parametrize("text, state, target, body", [
    ("Greece, a NATO member, condemned Turkey's drilling off Crete.", "Greece", "Turkey", "North Atlantic Treaty Organization"),
    ("Hungary, an EU member state, criticised Ukraine over its language law.", "Hungary", "Ukraine", "European Union"),
    ("Kazakhstan, a founding SCO member, sanctioned no one, but Tajikistan, a CSTO ally, protested to Kyrgyzstan.",
     "Tajikistan", "Kyrgyzstan", "Collective Security Treaty Organization"),
])
def test_the_body_in_an_apposition_is_not_a_second_actor(text, state, target, body):
    found = facts(text, "OPPOSES")
    assert (state, "OPPOSES", target) in found
    assert not any(source == body for source, _, _ in found)


@pytest.mark.parametrize("text", [
    "NATO and Greece condemned Russia's missile test.",
    "Greece and NATO, its alliance, both condemned Russia's missile test.",
])
def test_a_body_that_is_itself_a_subject_still_acts(text):
    assert ("North Atlantic Treaty Organization", "OPPOSES", "Russia") in facts(text, "OPPOSES")


def test_a_negated_opposition_with_an_apposed_body_gives_nothing():
    assert not facts("Greece, a NATO member, did not condemn Russia's missile test.", "OPPOSES")
