"""Faults found by smoke tests on short notes nobody tuned the rules for (session 12): a regional
brief, a newsletter, a chat message, a timeline and the like, written fresh and run through
``extract``. Each case is a new sentence in its own wording, with twins that must give nothing."""
from __future__ import annotations

import pytest

from tests.loaders.sentences import facts


# --- what a critic condemns: a strike or a measure falls on a state the critic does not oppose ----

def test_the_state_a_condemned_strike_fell_on_is_not_opposed():
    assert facts("Jordan's foreign ministry condemned the missile strike on Lebanon last week.", "OPPOSES") == set()
    assert facts("In 2019 Qatar denounced the airstrike on Yemen as reckless.", "OPPOSES") == set()


def test_the_state_a_measure_targets_is_not_opposed_by_its_critics():
    assert facts("Hungary opposed the new sanctions on Iran.", "OPPOSES") == set()
    assert facts("Brazil has criticised the arms embargo against Venezuela.", "OPPOSES") == set()
    assert facts("Pakistan objected to the tariffs imposed on China.", "OPPOSES") == set()


def test_the_striker_named_as_owner_of_the_strike_is_still_opposed():
    found = facts("Egypt condemned Israel's strike on Lebanon.", "OPPOSES")
    assert found == {("Egypt", "OPPOSES", "Israel")}


def test_a_state_condemned_outright_is_still_opposed():
    assert facts("Turkey condemned Syria over the shelling of the border town.", "OPPOSES") == {("Turkey", "OPPOSES", "Syria")}
    assert facts("Lithuania strongly criticised Belarus in 2021.", "OPPOSES") == {("Lithuania", "OPPOSES", "Belarus")}


def test_a_negated_or_hedged_condemnation_of_a_state_gives_nothing():
    for sentence in (
        "Turkey did not condemn Syria over the shelling.",
        "Turkey may yet criticise Syria over the shelling.",
        "Turkey plans to condemn Syria at the next session.",
    ):
        assert facts(sentence, "OPPOSES") == set(), sentence


# --- a maker's adjective on systems that another state fields -------------------------------------

def test_batteries_guarding_another_states_capital_are_not_the_makers():
    assert facts("Russian S-300 batteries now guard Tehran.", "OPERATES") == set()
    assert facts("Chinese HQ-9 units protect the skies over Islamabad.", "OPERATES") == set()


def test_batteries_guarding_the_makers_own_ground_are_its_own():
    assert ("Russia", "OPERATES", "S-400") in facts("Russian S-400 batteries guard Moscow.", "OPERATES")
    assert ("China", "OPERATES", "H-6K") in facts("Chinese H-6K flights near Okinawa doubled.", "OPERATES")


def test_an_owner_before_the_nationality_adjective_makes_it_the_makers():
    found = facts("Egypt moved its Russian S-300 batteries closer to the coast.", "OPERATES")
    assert ("Russia", "OPERATES", "S-300") not in found
    assert facts("Last year Algeria's Chinese HQ-9 units were put on alert.", "OPERATES") <= {("Algeria", "OPERATES", "HQ-9")}


# --- a seller named only as the other party of a deal -------------------------------------------

def test_the_owner_of_a_deal_sells_to_the_party_whose_relative_receives():
    found = facts("Seoul's 2022 contract with Poland, which took delivery of its first K2 tanks that December, set a record.", "SOLD", "ACQUIRED")
    assert ("South Korea", "SOLD", "K2 Black Panther") in found
    assert ("Poland", "ACQUIRED", "K2 Black Panther") in found


def test_a_fronted_deal_with_a_state_names_the_seller():
    found = facts("Under a 2019 agreement with France, Greece received its first Rafale jets in 2021.", "SOLD", "ACQUIRED")
    assert found == {("France", "SOLD", "Rafale"), ("Greece", "ACQUIRED", "Rafale")}


def test_a_deal_whose_goods_are_still_to_come_or_hedged_gives_nothing():
    for sentence in (
        "Under a 2019 agreement with France, Greece will receive its first Rafale jets in 2027.",
        "Seoul's contract with Poland, which may take delivery of more K2 tanks, set a record.",
        "Under a 2019 agreement with France, Greece has not yet received any Rafale jets.",
    ):
        assert facts(sentence, "SOLD", "ACQUIRED") == set(), sentence


def test_the_deal_owner_is_no_seller_of_goods_bought_elsewhere():
    found = facts("Ankara's accord with Rabat, which bought Heron TP drones from Israel, drew little notice.", "SOLD", "ACQUIRED")
    assert found == {("Israel", "SOLD", "Heron TP"), ("Morocco", "ACQUIRED", "Heron TP")}


# --- a signed contract is an order, even when only the delivery still to come names the goods ------

def test_a_contract_signed_orders_the_goods_its_future_delivery_names():
    found = facts("Ghana inked a contract with Turkey in March 2024; the yard will deliver four Hisar-class patrol vessels by 2027.", "SOLD", "ACQUIRED")
    assert ("Ghana", "ACQUIRED", "Hisar-class offshore patrol vessel") in found
    assert ("Turkey", "SOLD", "Hisar-class offshore patrol vessel") in found


def test_a_contract_signed_with_the_goods_due_under_which():
    found = facts("Peru concluded an agreement with South Korea under which Hyundai is to build two Ulsan-class frigates.", "ACQUIRED")
    assert ("Peru", "ACQUIRED", "Ulsan-class frigate") in found


def test_a_contract_not_signed_or_only_planned_orders_nothing():
    for sentence in (
        "Ghana has not signed a contract with Turkey; the yard will deliver four Hisar-class patrol vessels by 2027.",
        "Ghana might sign a contract with Turkey in 2025, and the yard will deliver four Hisar-class patrol vessels by 2028.",
        "Ghana plans to sign a contract with Turkey; the yard would then deliver four Hisar-class patrol vessels.",
        "If Ghana signed a contract with Turkey, the yard will deliver four Hisar-class patrol vessels by 2027.",
    ):
        assert facts(sentence, "SOLD", "ACQUIRED") == set(), sentence
