"""Who a state opposes when it criticises an event rather than a state: "Beijing condemned the
patrol" opposes the states the paragraph said took part in it."""
from __future__ import annotations

from tests.loaders.sentences import facts


def test_condemning_a_patrol_opposes_the_states_that_sailed_it():
    text = (
        "Last week frigates from Vietnam and India sailed together through disputed waters. "
        "Beijing condemned the patrol as a provocation."
    )
    found = facts(text, "OPPOSES")
    assert ("China", "OPPOSES", "Vietnam") in found
    assert ("China", "OPPOSES", "India") in found


def test_criticising_the_drills_reaches_back_past_an_intervening_sentence():
    text = (
        "In March the Japan Maritime Self-Defense Force and the Royal Australian Navy staged anti-submarine drills off Okinawa. "
        "Both navies used helicopters. "
        "China sharply criticised the drills."
    )
    found = facts(text, "OPPOSES")
    assert ("China", "OPPOSES", "Japan") in found
    assert ("China", "OPPOSES", "Australia") in found


def test_protesting_against_a_deal_opposes_both_parties():
    text = "Indonesia signed an air-defence deal with South Korea in June. North Korea protested against the deal."
    found = facts(text, "OPPOSES")
    assert ("North Korea", "OPPOSES", "Indonesia") in found
    assert ("North Korea", "OPPOSES", "South Korea") in found


def test_the_critic_does_not_oppose_itself():
    text = "Russia and Iran held naval manoeuvres in the Gulf of Oman. Iran later criticised the manoeuvres' coverage."
    assert not {f for f in facts(text, "OPPOSES") if f[0] == f[2]}


def test_a_negated_or_hedged_criticism_gives_nothing():
    for critic in ("Beijing did not condemn the patrol.", "Beijing may criticise the patrol.", "Beijing has never objected to the patrol."):
        text = f"Frigates from Vietnam and India sailed together through disputed waters. {critic}"
        assert facts(text, "OPPOSES") == set(), critic


def test_an_event_from_another_paragraph_gives_nothing():
    text = "Frigates from Vietnam and India sailed together through disputed waters.\n\nBeijing condemned the patrol."
    assert facts(text, "OPPOSES") == set()


def test_the_place_and_the_occasion_of_the_event_are_not_parties_to_it():
    text = (
        "Days after Georgia's election, Russia and Belarus held live-fire drills near Lithuania. "
        "Poland condemned the drills."
    )
    found = facts(text, "OPPOSES")
    assert found == {("Poland", "OPPOSES", "Russia"), ("Poland", "OPPOSES", "Belarus")}
