"""What a new author's set (dev62: states of Africa, Latin America, South-East Asia and the Gulf
in a Hansard debate, a Sahel quarterly, a Lagos feature, a translated ministry note, a navy
journal, a Gulf business page and a university release) showed the rules missing in transfers:
an order "placed with" a firm or a state, the seller after "with", its system named in the clause
or just before it. Every sentence here is written for these tests; none is taken from a corpus or
evaluation document."""
from __future__ import annotations

import pytest

from tests.loaders.sentences import facts


# --- "placed an order with <seller>" -----------------------------------------------------------

@pytest.mark.parametrize("text, buyer, seller, system", [
    ("Chile placed an order with Saab for six Gripen fighters in 2023.", "Chile", "Saab", "JAS 39 Gripen"),
    ("In March Kenya placed its first order with China for four Z-9 helicopters.", "Kenya", "China", "Z-9"),
    ("Egypt bought the Rafale first. Qatar placed a €6bn order with Dassault Aviation in 2015.", "Qatar", "Dassault Aviation", "Rafale"),
])
def test_order_placed_with_a_seller(text, buyer, seller, system):
    found = facts(text, "SOLD", "ACQUIRED")
    assert (buyer, "ACQUIRED", system) in found
    assert (seller, "SOLD", system) in found


@pytest.mark.parametrize("text", [
    "Kenya has not placed an order with China for Z-9 helicopters.",
    "Kenya may place an order with China for Z-9 helicopters next year.",
    "Kenya plans to place an order with China for Z-9 helicopters.",
    "Egypt bought the Rafale first. Qatar might place an order with Dassault Aviation in 2026.",
])
def test_order_with_a_seller_not_placed_gives_nothing(text):
    found = facts(text, "SOLD", "ACQUIRED")
    assert not {f for f in found if f[0] in ("Kenya", "China", "Qatar", "Dassault Aviation")}


# --- a system heading a relative clause after ", and" opens the next clause ----------------------

@pytest.mark.parametrize("text, seller, sold, kept, other", [
    ("Russia delivered Mi-17 helicopters to Nigeria in 2017, and the Wing Loong II drones the NAF received in 2021 now fly over the Sahel.",
     "Russia", "Mi-17", "Mi-17", "Wing Loong II"),
    ("France sold Rafale jets to Egypt in 2015, and the Mirage 2000 fighters the Indian Air Force bought in the 1980s still fly.",
     "France", "Rafale", "Rafale", "Mirage 2000"),
    ("Turkey delivered T129 helicopters to Nigeria; the Bayraktar TB2 drones that Mali ordered followed a year later.",
     "Turkey", "T129 ATAK", "T129 ATAK", "Bayraktar TB2"),
])
def test_a_system_heading_the_next_clause_is_not_sold_in_the_first(text, seller, sold, kept, other):
    found = facts(text, "SOLD")
    assert (seller, "SOLD", kept) in found
    assert (seller, "SOLD", other) not in found


def test_systems_coordinated_in_one_clause_are_all_sold():
    found = facts("Turkey delivered T129 helicopters and Bayraktar TB2 drones to Nigeria.", "SOLD")
    assert {("Turkey", "SOLD", "T129 ATAK"), ("Turkey", "SOLD", "Bayraktar TB2")} <= found


# --- "NAF": the Nigerian Air Force's usual abbreviation (gazetteer alias) ---------------------------

def test_naf_is_the_nigerian_air_force():
    assert ("Nigerian Air Force", "ACQUIRED", "JF-17") in facts("The NAF bought three JF-17 fighters from Pakistan in 2021.", "ACQUIRED")
    assert not facts("The NAF has not bought JF-17 fighters from Pakistan.", "ACQUIRED")
    assert not facts("The NAF may buy JF-17 fighters from Pakistan.", "ACQUIRED")


# --- "holds orders from <buyers>": the seller's order book ------------------------------------------

@pytest.mark.parametrize("text, seller, system, buyers", [
    ("Embraer builds the C-390 and holds firm orders from Sweden and the Czech Republic.", "Embraer", "C-390", ("Sweden", "Czech Republic")),
    ("Having sold the K9 to Poland, Hanwha Aerospace now holds new orders from Australia and Egypt.", "Hanwha Aerospace", "K9 Thunder", ("Australia", "Egypt")),
])
def test_orders_held_from_buyers(text, seller, system, buyers):
    found = facts(text, "SOLD", "ACQUIRED")
    assert (seller, "SOLD", system) in found
    assert {(b, "ACQUIRED", system) for b in buyers} <= found


@pytest.mark.parametrize("text", [
    "Embraer builds the C-390 and hopes to win orders from Sweden.",
    "Embraer builds the C-390 but holds no orders from Sweden.",
    "Embraer builds the C-390 and could hold orders from Sweden by 2027.",
])
def test_orders_not_held_give_nothing(text):
    assert not {f for f in facts(text, "SOLD", "ACQUIRED") if "Sweden" in f}


# --- "came (to <receiver>) second-hand from <seller>" -----------------------------------------------

@pytest.mark.parametrize("text, seller, system, buyer", [
    ("The Kilo-class submarines came to Vietnam from Russia between 2013 and 2017.", "Russia", "Kilo-class submarine", "Vietnam"),
    ("Chile's Leopard 2 tanks came second-hand from Germany in 2007.", "Germany", "Leopard 2", "Chile"),
    ("In 1996 the MiG-29 fighters came to the Peruvian Air Force second-hand from Belarus.", "Belarus", "MiG-29", "Peruvian Air Force"),
])
def test_systems_that_came_second_hand_from_a_seller(text, seller, system, buyer):
    found = facts(text, "SOLD", "ACQUIRED")
    assert (seller, "SOLD", system) in found
    if buyer:
        assert (buyer, "ACQUIRED", system) in found


@pytest.mark.parametrize("text", [
    "The Kilo-class submarines did not come to Vietnam from Russia.",
    "The MiG-29 fighters might come second-hand from Belarus.",
    "The MiG-29 fighters are expected to come second-hand from Belarus next year.",
])
def test_systems_that_did_not_come_give_nothing(text):
    assert not facts(text, "SOLD", "ACQUIRED")


@pytest.mark.xfail(strict=True, reason="a relative 'which came to us from' on the object of 'replace': the retired fleet is "
                   "dropped as given up, and 'us' resolves only in a speaker's document; not fixed this session")
def test_replaced_boats_that_came_second_hand():
    found = facts("The new boats replace two Vastergotland-class submarines, which came to us second-hand from Sweden.", "SOLD")
    assert any(f[0] == "Sweden" for f in found)


# --- "signed a contract with <buyer> in <year>, for <systems>": the comma before the goods -----------

def test_firm_contract_with_a_buyer_and_a_comma_before_the_goods():
    found = facts("Hanwha Aerospace signed a contract with Poland in 2022, for 212 K9 howitzers.", "SOLD", "ACQUIRED")
    assert {("Hanwha Aerospace", "SOLD", "K9 Thunder"), ("Poland", "ACQUIRED", "K9 Thunder")} <= found


@pytest.mark.parametrize("text", [
    "Hanwha Aerospace has not signed a contract with Poland in 2022, for K9 howitzers.",
    "Hanwha Aerospace may sign a contract with Poland in 2026, for K9 howitzers.",
])
def test_firm_contract_not_signed_gives_nothing(text):
    assert not facts(text, "SOLD", "ACQUIRED")
