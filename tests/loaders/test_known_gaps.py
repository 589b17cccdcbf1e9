"""Known general gaps: a state's veto of a sale or bill at home, a state subject before a relative clause that
buys from another state, a base or depot built after a purchase, and exercise editions numbered in Roman numerals."""
from __future__ import annotations

import pytest

from tests.loaders.sentences import facts


@pytest.mark.parametrize("text", [
    "The Turkish president vetoed the sale of Eurofighters to Saudi Arabia last spring.",
    "Germany vetoed the tank deal with Qatar after a long cabinet debate.",
    "France vetoed Greece's purchase of the second-hand frigates.",
    "The US president vetoed the bill that would have blocked arms exports to Saudi Arabia.",
])
def test_a_veto_of_a_sale_or_a_bill_is_no_council_veto(text):
    assert not facts(text, "VETOED")


@pytest.mark.parametrize("text, vetoer, subject", [
    ("Russia vetoed the draft resolution on the sale of weapons to Syria.", "Russia", "Syria"),
    ("In the Security Council, China vetoed the text on arms transfers to Myanmar.", "China", "Myanmar"),
])
def test_a_draft_or_the_council_in_view_keeps_the_veto(text, vetoer, subject):
    found = facts(text, "VETOED")
    assert (vetoer, "VETOED", subject) in found
    assert (subject, "VETOED", vetoer) not in found


@pytest.mark.parametrize("text, buyer, seller, system", [
    ("Pakistan, which ordered VT-4 tanks from China, has inducted the first regiment.", "Pakistan", "China", "VT-4"),
    ("Algeria, which imported Su-30MKA fighters from Russia, now flies them over the Sahara.", "Algeria", "Russia", "Su-30MKA"),
    ("Egypt, which has bought Rafale jets from France, is also looking at other fighters.", "Egypt", "France", "Rafale"),
])
def test_a_state_before_a_buying_relative_is_the_buyer(text, buyer, seller, system):
    found = facts(text, "SOLD", "ACQUIRED")
    assert (buyer, "ACQUIRED", system) in found
    assert (seller, "SOLD", system) in found
    assert (buyer, "SOLD", system) not in found
    assert (seller, "ACQUIRED", system) not in found


def test_a_state_before_a_selling_relative_is_the_seller():
    found = facts("Pakistan, which supplied JF-17 fighters to Nigeria, is marketing them elsewhere in Africa.", "SOLD", "ACQUIRED")
    assert ("Pakistan", "SOLD", "JF-17") in found
    assert ("Nigeria", "ACQUIRED", "JF-17") in found
    assert ("Nigeria", "SOLD", "JF-17") not in found


@pytest.mark.parametrize("text, buyer, system", [
    ("Pakistan, which ordered VT-4 tanks from China, is expected to field them soon.", "Pakistan", "VT-4"),
    ("Egypt, which bought Rafale jets from France, is said to be eyeing a second type.", "Egypt", "Rafale"),
])
def test_a_hedge_in_the_main_clause_leaves_the_relative_clause_a_fact(text, buyer, system):
    assert (buyer, "ACQUIRED", system) in facts(text, "ACQUIRED")


@pytest.mark.parametrize("text", [
    "Pakistan, which ordered VT-4 tanks from China, denies it.",
    "Pakistan, which reportedly ordered VT-4 tanks from China, is expected to field them soon.",
])
def test_a_hedged_or_denied_relative_clause_stays_no_transfer(text):
    assert not facts(text, "SOLD", "ACQUIRED")


def test_a_planned_order_in_the_relative_is_no_transfer():
    assert not facts("Pakistan, which had planned to order VT-4 tanks from China, dropped the idea.", "SOLD", "ACQUIRED")


@pytest.mark.parametrize("text, name", [
    ("Turkish and Azerbaijani troops held the Atatürk-XII exercise near Baku.", "Atatürk-XII"),
    ("Kazakhstan and Kyrgyzstan took part in exercise Nomad Shield-IV near Almaty.", "Nomad Shield-IV"),
    ("Oman and Jordan joined Desert Lynx-IX, a joint drill in the south.", "Desert Lynx-IX"),
])
def test_an_edition_numbered_in_roman_numerals_is_an_exercise(text, name):
    found = facts(text, "PARTICIPATED_IN")
    assert {target for _, _, target in found} == {name}
    assert all(source != name for source, _, _ in found)


@pytest.mark.parametrize("text", [
    "Turkey and Azerbaijan did not hold the Atatürk-XII exercise this year.",
    "Armenia may join the Atatürk-XII exercise next year.",
])
def test_a_denied_or_hoped_for_roman_numbered_edition_gives_nothing(text):
    assert not facts(text, "PARTICIPATED_IN")


def test_a_missile_numbered_in_roman_numerals_is_no_exercise():
    found = facts("Pakistan test-fired the Ghauri-II missile during an exercise.")
    assert not any("Ghauri" in target for _, _, target in found)


@pytest.mark.parametrize("text, system", [
    ("Vietnam, which received Kilo-class submarines from Russia, is building a base.", "Kilo-class submarine"),
    ("Peru, which bought T-72 tanks from Poland, is building a new maintenance depot.", "T-72"),
    ("Vietnam received Kilo-class submarines from Russia and has since built two hangars for them.", "Kilo-class submarine"),
])
def test_a_base_built_after_a_purchase_is_no_production_of_the_system(text, system):
    found = facts(text, "PRODUCED", "ACQUIRED")
    assert not {f for f in found if f[1] == "PRODUCED"}
    assert any(f[1] == "ACQUIRED" and f[2] == system for f in found)


def test_a_system_built_after_a_purchase_is_still_produced():
    found = facts("China, which bought Su-27 fighters from Russia, later built the J-11.", "PRODUCED")
    assert found == {("China", "PRODUCED", "J-11")}
