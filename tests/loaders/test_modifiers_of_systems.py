"""Words that describe a system inside the clause that names its operator or buyer:
a maker's adjective ("the Russian-built S-400") and a participle that tells where the
system came from ("jets delivered by Russia"). Every sentence is written for these tests."""
from __future__ import annotations

import pytest

from tests.loaders.sentences import facts


# --- a maker's compound adjective does not end the operator's clause ---------------------

@pytest.mark.parametrize("text, operated, maker", [
    ("Algeria fields Russian-built Su-30MKA fighters alongside older MiG-29s.", ("Algeria", "OPERATES", "Su-30MKA"), ("Russia", "PRODUCED", "Su-30MKA")),
    ("The Vietnamese navy sails Russian-made Kilo-class submarines out of Cam Ranh.", ("Vietnam People's Navy", "OPERATES", "Kilo-class submarine"), ("Russia", "PRODUCED", "Kilo-class submarine")),
    ("Serbia has fielded the Chinese-made HQ-22 since the spring.", ("Serbia", "OPERATES", "HQ-22"), ("China", "PRODUCED", "HQ-22")),
    ("The Pakistan Air Force still flies its US-built F-16 fleet from Mushaf.", ("Pakistan Air Force", "OPERATES", "F-16"), ("United States", "PRODUCED", "F-16")),
])
def test_the_system_after_a_makers_adjective_is_operated(text, operated, maker):
    found = facts(text)
    assert operated in found
    assert maker in found


def test_each_system_of_a_list_keeps_its_own_maker():
    found = facts("Egypt now flies French-built Rafale jets and Russian-built MiG-29M fighters.")
    assert {("Egypt", "OPERATES", "Rafale"), ("Egypt", "OPERATES", "MiG-29M")} <= found
    assert ("France", "PRODUCED", "MiG-29M") not in found


@pytest.mark.parametrize("text", [
    "Egypt does not fly the Russian-built Su-35.",
    "Egypt may one day fly the Russian-built Su-35.",
    "Reports that Egypt flies the Russian-built Su-35 have never been confirmed.",
])
def test_a_denied_or_hedged_operator_of_a_described_system_is_not_one(text):
    assert not facts(text, "OPERATES", "ACQUIRED")


# --- a passive participle after the operated systems names who delivered them -------------

@pytest.mark.parametrize("text, bought, sold", [
    ("Vietnam fields Kilo-class submarines supplied by Russia since 2014.", ("Vietnam", "ACQUIRED", "Kilo-class submarine"), ("Russia", "SOLD", "Kilo-class submarine")),
    ("The Egyptian Air Force flies Rafale jets delivered by France between 2015 and 2017.", ("Egyptian Air Force", "ACQUIRED", "Rafale"), ("France", "SOLD", "Rafale")),
    ("Algeria operates two MEKO A-200 frigates, both of which were delivered by Germany.", ("Algeria", "ACQUIRED", "MEKO A-200"), ("Germany", "SOLD", "MEKO A-200")),
    ("The Myanmar Air Force now fly JF-17 fighters and K-8 trainers donated by China.", ("Myanmar Air Force", "ACQUIRED", "K-8"), ("China", "SOLD", "K-8")),
])
def test_the_operator_of_systems_delivered_by_a_seller_acquired_them(text, bought, sold):
    found = facts(text)
    assert bought in found
    assert sold in found


@pytest.mark.parametrize("text", [
    "Vietnam does not field Kilo-class submarines supplied by Russia.",
    "Vietnam might one day field Kilo-class submarines supplied by Russia.",
    "Claims that Vietnam fields Kilo-class submarines supplied by China have never been confirmed.",
])
def test_a_denied_or_hedged_operator_gets_no_delivery(text):
    assert not facts(text, "ACQUIRED", "OPERATES")


def test_a_delivery_in_another_clause_is_not_the_operators():
    found = facts("India operates the Su-30MKI, but the MiG-29 was supplied by Russia.")
    assert ("India", "ACQUIRED", "MiG-29") not in found


# --- a participle set off by commas names the seller when no buyer is named ----------------

@pytest.mark.parametrize("text, sold", [
    ("The six Kilo-class submarines, bought from Russia between 2014 and 2017, now sail from Cam Ranh.", ("Russia", "SOLD", "Kilo-class submarine")),
    ("Its Rafale jets, purchased from France in 2016, flew over the parade.", ("France", "SOLD", "Rafale")),
    ("Twelve HQ-22 launchers, acquired from China last spring, guard the capital.", ("China", "SOLD", "HQ-22")),
])
def test_systems_bought_from_a_seller_were_sold_by_it(text, sold):
    assert sold in facts(text)


@pytest.mark.parametrize("text", [
    "The Su-35 jets, bought from Russia, would give the air force real reach.",
    "The Su-35 jets, never bought from Russia, remain a rumour on social media.",
    "Its engineers studied a Su-33 prototype obtained from Ukraine.",
])
def test_an_imagined_denied_or_unplaced_purchase_names_no_seller(text):
    assert not facts(text, "SOLD", "ACQUIRED")


# --- where a system was built names the state that produced it ----------------------------

@pytest.mark.parametrize("text, made", [
    ("Egypt received four Gowind-class corvettes, one of them built in France and three at Alexandria.", ("France", "PRODUCED", "Gowind-class corvette")),
    ("The JF-17, designed and built in Pakistan with Chinese help, flies with several air forces.", ("Pakistan", "PRODUCED", "JF-17")),
    ("Nigeria ordered two Type 056 corvettes made in China.", ("China", "PRODUCED", "Type 056 corvette")),
])
def test_a_system_built_in_a_state_was_produced_there(text, made):
    assert made in facts(text)


@pytest.mark.parametrize("text", [
    "The Su-35 was never built in China.",
    "A new class of submarine is to be built in Australia later in the decade.",
    "Some analysts claim that the J-15 might be built in Ukraine one day.",
])
def test_a_denied_or_planned_place_of_building_is_no_production(text):
    assert not facts(text, "PRODUCED")
