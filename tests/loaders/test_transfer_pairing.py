"""Who sold what to whom when one sentence names several transfers, orders said in other
words, plans that are not yet purchases, makers named in new ways, and sanctions talked of
but not imposed. Every sentence is written for these tests."""
from __future__ import annotations

import pytest

from tests.loaders.sentences import facts


# --- each system with its own seller -------------------------------------------------------

@pytest.mark.parametrize("text, right, wrong", [
    ("Peru took delivery of T-72 tanks from Russia and of Leopard 2 tanks from Germany.",
     {("Russia", "SOLD", "T-72"), ("Germany", "SOLD", "Leopard 2")},
     {("Germany", "SOLD", "T-72"), ("Russia", "SOLD", "Leopard 2")}),
    ("Last decade Nigeria received JF-17s from China and T-72 tanks from Russia.",
     {("China", "SOLD", "JF-17"), ("Russia", "SOLD", "T-72"), ("Nigeria", "ACQUIRED", "JF-17")},
     {("Russia", "SOLD", "JF-17"), ("China", "SOLD", "T-72")}),
    ("Vietnam now flies Su-22 and Su-30 jets purchased from Russia, and T-90 tanks from Moscow as well.",
     {("Russia", "SOLD", "Su-22"), ("Russia", "SOLD", "Su-30"), ("Vietnam", "ACQUIRED", "Su-22")},
     set()),
    ("Greece bought Rafale fighters from France and F-16 fighters from the United States.",
     {("France", "SOLD", "Rafale"), ("United States", "SOLD", "F-16")},
     {("United States", "SOLD", "Rafale"), ("France", "SOLD", "F-16")}),
])
def test_each_system_goes_with_the_seller_named_after_it(text, right, wrong):
    found = facts(text, "SOLD", "ACQUIRED")
    assert right <= found
    assert not wrong & found


@pytest.mark.parametrize("text, right, wrong", [
    ("Delegates reviewed Morocco's arms imports: Rafale jets from France, AH-64 Apache helicopters and F-16s from the United States.",
     {("Morocco", "ACQUIRED", "Rafale"), ("France", "SOLD", "Rafale"), ("United States", "SOLD", "AH-64"), ("United States", "SOLD", "F-16")},
     {("France", "SOLD", "F-16"), ("United States", "SOLD", "Rafale")}),
    ("The panel summed up Iraq's suppliers: T-90 tanks from Russia, K-8 trainers from China.",
     {("Iraq", "ACQUIRED", "T-90"), ("Russia", "SOLD", "T-90")},
     {("China", "SOLD", "T-90")}),
])
def test_a_buyers_list_of_systems_and_sources_pairs_them(text, right, wrong):
    found = facts(text, "SOLD", "ACQUIRED")
    assert right <= found
    assert not wrong & found


@pytest.mark.parametrize("text", [
    "Delegates could not agree on Morocco's arms imports: perhaps Rafale jets from France.",
    "There is no evidence of Iraq's suppliers: T-90 tanks from Russia were never seen.",
])
def test_a_hedged_buyers_list_gives_nothing(text):
    assert not facts(text, "SOLD", "ACQUIRED")


# --- orders in other words -----------------------------------------------------------------

@pytest.mark.parametrize("text, fact", [
    ("Gripen orders were placed by Thailand in 2011 and by Hungary in 2001.", ("Thailand", "ACQUIRED", "JAS 39 Gripen")),
    ("KAAN orders have been placed by Indonesia (48 aircraft).", ("Indonesia", "ACQUIRED", "KAAN")),
    ("In 2019 Serbia got Pantsir-S1 systems from Russia.", ("Serbia", "ACQUIRED", "Pantsir-S1")),
    ("Nigeria is the launch customer for the JF-17 outside Asia.", ("Nigeria", "ACQUIRED", "JF-17")),
])
def test_orders_said_in_other_words_are_acquisitions(text, fact):
    assert fact in facts(text, "ACQUIRED")


@pytest.mark.parametrize("text", [
    "Gripen orders were never placed by Thailand.",
    "KAAN orders may be placed by Indonesia next year.",
    "Serbia has not got any Pantsir-S1 systems from Russia.",
])
def test_orders_in_other_words_negated_or_hedged_give_nothing(text):
    assert not facts(text, "ACQUIRED", "SOLD")


def test_a_bare_count_ordered_is_of_the_system_just_named():
    found = facts("The Rafale sells well abroad: Serbia ordered 12 in 2024 and Indonesia ordered 42 in 2022.", "ACQUIRED")
    assert {("Serbia", "ACQUIRED", "Rafale"), ("Indonesia", "ACQUIRED", "Rafale")} <= found


# --- plans and things still to be built ------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Under the pathway, Canada is to buy up to twelve submarines from Germany.",
    "Thailand is to acquire the S26T from China once engines are found.",
    "The Philippines are to receive more BrahMos batteries from India next year.",
])
def test_a_purchase_still_to_come_is_no_fact(text):
    assert not facts(text, "SOLD", "ACQUIRED")


@pytest.mark.parametrize("text", [
    "Serbia ordered Rafale jets in 2024, to be built by Dassault Aviation at Merignac.",
    "Twelve more Su-30MKI are to be produced by Hindustan Aeronautics Limited.",
])
def test_a_system_still_to_be_built_has_no_maker_yet(text):
    assert not facts(text, "PRODUCED")


def test_a_system_that_continues_to_be_built_has_its_maker():
    assert ("Hindustan Aeronautics Limited", "PRODUCED", "Su-30MKI") in facts(
        "The Su-30MKI continues to be built by Hindustan Aeronautics Limited at Nashik.", "PRODUCED")


# --- makers in new words ----------------------------------------------------------------------

@pytest.mark.parametrize("text, makers, system", [
    ("Turkey co-produces the TB2 airframe with Ukraine under a 2021 deal.", {"Turkey", "Ukraine"}, "Bayraktar TB2"),
    ("South Korea's KF-21 fighter is co-developed with Indonesia and built at Sacheon.", {"South Korea", "Indonesia"}, "KF-21 Boramae"),
    ("Saab's Gripen remains a favourite of smaller air forces.", {"Saab"}, "JAS 39 Gripen"),
    ("Peru flies MiG-29 and Su-25 jets, all Russian-built.", {"Russia"}, "Su-25"),
])
def test_makers_named_in_new_ways(text, makers, system):
    found = facts(text, "PRODUCED")
    assert {(maker, "PRODUCED", system) for maker in makers} <= found


@pytest.mark.parametrize("text", [
    "Turkey may co-produce the TB2 with Ukraine one day.",
    "NATO's F-35 fleet grows every year.",
    "Peru flies MiG-29 jets, none of them Russian-built.",
])
def test_makers_in_new_ways_hedged_or_not_makers_give_nothing(text):
    found = facts(text, "PRODUCED")
    assert not {f for f in found if f[0] in ("Turkey", "Ukraine", "North Atlantic Treaty Organization", "Russia")}


# --- sanctions talked of, and whose sanctions ------------------------------------------------

@pytest.mark.parametrize("text", [
    "The Kilo deal collapsed after American sanctions threats, and Thailand bought nothing.",
    "Jakarta cited EU sanctions warnings, and Malaysia shelved its order.",
])
def test_a_threat_of_sanctions_is_no_sanction(text):
    assert not facts(text, "SANCTIONED")


def test_a_second_predicate_keeps_the_sentences_subject_as_the_sanctioner():
    found = facts("Canada has sanctioned Belarus and Russia since 2022 and maintains sanctions on Iran.", "SANCTIONED")
    assert ("Canada", "SANCTIONED", "Iran") in found
    assert not {("Belarus", "SANCTIONED", "Iran"), ("Russia", "SANCTIONED", "Iran")} & found


# --- sellers and buyers named around the sentence ------------------------------------------

def test_a_paragraph_that_calls_a_state_an_exporter_gives_the_seller_of_what_was_exported():
    text = ("South Korea has become a notable arms exporter. Its K9 Thunder howitzer, produced by Hanwha Aerospace, "
            "has been shipped to several states, including Egypt and Norway.")
    found = facts(text, "SOLD", "ACQUIRED")
    assert {("Egypt", "ACQUIRED", "K9 Thunder"), ("South Korea", "SOLD", "K9 Thunder")} <= found


@pytest.mark.parametrize("text", [
    "South Korea is not a notable arms exporter. Its K9 Thunder howitzer has been shipped to several states, including Egypt.",
    "South Korea hopes to become an exporter. The K9 Thunder might be shipped to states including Egypt.",
])
def test_no_seller_is_taken_from_a_denied_or_hoped_for_export_role(text):
    assert ("South Korea", "SOLD", "K9 Thunder") not in facts(text, "SOLD")


# --- makers named around the sentence -------------------------------------------------------

def test_a_bare_count_built_is_of_the_system_just_named():
    found = facts("Pakistan began series production of the JF-17 in 2008; Pakistan Aeronautical Complex built over 150.", "PRODUCED")
    assert ("Pakistan Aeronautical Complex", "PRODUCED", "JF-17") in found


def test_a_state_where_delivered_systems_are_assembled_makes_them():
    found = facts("Hanwha Aerospace shipped K9 howitzers to Australia, where they are locally assembled at Geelong.", "PRODUCED")
    assert ("Australia", "PRODUCED", "K9 Thunder") in found


def test_a_venture_through_which_partners_make_a_system_makes_it_too():
    found = facts("India and Russia build the BrahMos through BrahMos Aerospace in Hyderabad.", "PRODUCED")
    assert {("India", "PRODUCED", "BrahMos"), ("BrahMos Aerospace", "PRODUCED", "BrahMos")} <= found


@pytest.mark.parametrize("text, original", [
    ("On show: a Chinese-built copy of the MiG-21, flown by Pakistan until 2014.", "MiG-21"),
    ("The hall's centrepiece is an Indian-built version of the Su-30 fighter.", "Su-30"),
])
def test_a_built_copy_is_not_the_original(text, original):
    assert not {f for f in facts(text, "PRODUCED") if f[2] == original}


# --- operators named in new ways ------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("The carrier embarked F-35B jets of the Italian Navy and the United States Marine Corps.",
     {("Italian Navy", "OPERATES", "F-35"), ("United States Marine Corps", "OPERATES", "F-35")}),
    ("The Pakistan Air Force retired its final Mirage III jets last year.", {("Pakistan Air Force", "OPERATES", "Mirage III")}),
    ("The Houthis' patron, the IRGC Aerospace Force, operates a large missile force, including the Fateh-110.",
     {("IRGC Aerospace Force", "OPERATES", "Fateh-110")}),
    ("In May, Russian Tu-22M3 bombers and Chinese H-6K bombers carried out their eighth joint air patrol near Japan.",
     {("Russia", "OPERATES", "Tu-22M3"), ("China", "OPERATES", "H-6K")}),
])
def test_operators_named_in_new_ways(text, expected):
    assert expected <= facts(text, "OPERATES")


def test_a_force_opening_a_list_entry_fields_the_systems_listed():
    text = "Carrier groups at sea\n\n- Indian Navy: INS Vikrant (carrier), MiG-29K fighters\n- French Navy: Charles de Gaulle, Rafale M jets\n"
    found = facts(text, "OPERATES")
    assert {("Indian Navy", "OPERATES", "INS Vikrant"), ("Indian Navy", "OPERATES", "MiG-29K"), ("French Navy", "OPERATES", "Rafale M")} <= found


@pytest.mark.parametrize("text", [
    "Carrier groups\n\n- Indian Navy: possibly MiG-29K fighters, if repaired\n",
    "The Pakistan Air Force may retire its last Mirage III jets next year.",
    "The Pakistan Air Force retired in 2020 after a long career as a fighter pilot.",
])
def test_operators_in_new_ways_hedged_give_nothing(text):
    assert not facts(text, "OPERATES")


def test_a_system_after_a_participle_clause_is_a_further_object():
    found = facts("Algeria flies Su-30MKA jets, assembled with Russian help, and Ka-52 helicopters.")
    assert ("Algeria", "OPERATES", "Ka-52") in found
    assert not {f for f in found if f[0] == "Russia" and f[2] == "Ka-52"}


# --- participles and nouns that name no new buyer or seller ---------------------------------

@pytest.mark.parametrize("text, wrong", [
    ("France, which shipped the last of 24 Rafale jets ordered in 2021, now courts Serbia.", ("France", "ACQUIRED", "Rafale")),
    ("Algeria bought Project 636 boats from Russia, delivered 2010-2018.", ("Algeria", "SOLD", "Project 636 Varshavyanka")),
    ("In 2002 Hindustan Aeronautics Limited began to build the Su-30MKI, with kits supplied by Russia.", ("Russia", "SOLD", "Su-30MKI")),
    ("Vietnam bought six Kilos from Russia and leased two Su-30 jets.", ("Vietnam", "SOLD", "Su-30")),
    ("Pakistan flies the JF-17, which China helped design, and Turkey sold Pakistan four corvettes.", ("China", "SOLD", "JF-17")),
])
def test_a_participle_or_another_noun_names_no_new_buyer_or_seller(text, wrong):
    assert wrong not in facts(text)


def test_what_is_built_as_a_copy_is_the_copy():
    found = facts("Moscow helped Beijing build the MiG-21 under licence as the J-7 in the 1960s.", "PRODUCED")
    assert ("China", "PRODUCED", "J-7") in found
    assert ("China", "PRODUCED", "MiG-21") not in found


def test_a_sale_with_a_year_after_a_comma_keeps_its_seller():
    found = facts("Egypt ordered Rafale jets from France, delivered from 2015.", "SOLD", "ACQUIRED")
    assert {("Egypt", "ACQUIRED", "Rafale"), ("France", "SOLD", "Rafale")} <= found


def test_the_ship_is_the_system_just_named():
    text = "INS Vikrant joined the fleet in 2022 after long sea trials. Brazil later bought the ship's sister design from Italy."
    assert ("Brazil", "ACQUIRED", "INS Vikrant") not in facts(text)  # "the ship's sister design" is another thing
    found = facts("The carrier Liaoning began life as the Soviet Varyag. China bought the ship from Ukraine in 1998.", "ACQUIRED")
    assert ("China", "ACQUIRED", "Liaoning") in found


def test_the_ships_of_a_fleet_are_not_the_system_just_named():
    found = facts("Chinese H-6K bombers flew over the sea. The ships of the PLA Navy patrolled nearby.", "OPERATES")
    assert ("PLA Navy", "OPERATES", "H-6K") not in found


@pytest.mark.parametrize("text, fact", [
    ("The Egyptian Navy flies the Ka-52 from its Mistral ships; 46 were ordered from Russia in 2015.", ("Russia", "SOLD", "Ka-52")),
    ("Algeria fields the Su-30MKA, and 14 more were delivered by Russia in 2021.", ("Russia", "SOLD", "Su-30MKA")),
])
def test_a_counted_subject_of_a_passive_is_the_system_just_named(text, fact):
    assert fact in facts(text, "SOLD")


def test_a_counted_subject_under_a_hedge_gives_nothing():
    assert not facts("The Egyptian Navy flies the Ka-52; 46 may have been ordered from Russia.", "SOLD", "ACQUIRED")


def test_a_system_built_for_another_state_is_sold_to_it():
    found = facts("Between 2016 and 2019 Germany built four MEKO A-200 frigates for Egypt at Kiel.", "SOLD", "ACQUIRED")
    assert {("Germany", "SOLD", "MEKO A-200"), ("Egypt", "ACQUIRED", "MEKO A-200")} <= found


@pytest.mark.parametrize("text", [
    "Germany may build four MEKO A-200 frigates for Egypt.",
    "Germany built four MEKO A-200 frigates for its own navy, and Egypt later showed interest.",
])
def test_a_system_built_for_no_named_buyer_or_under_a_hedge_is_no_sale(text):
    assert not facts(text, "SOLD", "ACQUIRED")


def test_a_system_developed_jointly_with_a_partner_has_both_makers():
    found = facts("The KAAN is a fighter that Turkey has been developing jointly with the United Kingdom since 2017.", "PRODUCED")
    assert {("Turkey", "PRODUCED", "KAAN"), ("United Kingdom", "PRODUCED", "KAAN")} <= found


# --- designations: who designates, and whom -------------------------------------------------

def test_a_sections_heading_names_the_designator_of_an_agency_sentence():
    text = ("Measures in brief\n\nEntities designated by Canada\n\n"
            "The Department of Global Affairs designated Rosoboronexport in March.")
    assert ("Canada", "SANCTIONED", "Rosoboronexport") in facts(text, "SANCTIONED")


def test_a_heading_that_names_no_designator_lends_none():
    text = "Measures in brief\n\nNotes on Canada\n\nThe Department of Global Affairs designated Rosoboronexport in March."
    assert ("Canada", "SANCTIONED", "Rosoboronexport") not in facts(text, "SANCTIONED")


def test_those_added_to_a_list_are_the_targets_and_a_second_verb_keeps_the_subject():
    found = facts("Japan added Rosoboronexport and two Chinese trading firms to its list, and extended sanctions on Belarus.", "SANCTIONED")
    assert {("Japan", "SANCTIONED", "Rosoboronexport"), ("Japan", "SANCTIONED", "Belarus")} <= found
    assert not {f for f in found if f[0] == "Rosoboronexport" or f[2] == "China"}


def test_a_list_of_customers_is_no_sanctions_list():
    assert not facts("Dassault added Serbia to its list of Rafale customers in 2024.", "SANCTIONED")


def test_a_timelines_present_tense_transfer_is_a_sale_and_the_noun_is_not():
    found = facts("2009 - Russia transfers the first of four Su-30MK2 jets to Vietnam.", "SOLD")
    assert ("Russia", "SOLD", "Su-30MK2") in found
    assert not facts("Russian transfers to Vietnam grew after 2009, mostly Su-30MK2 jets.", "SOLD")


def test_a_family_plural_is_the_familys_systems_just_named():
    text = "Vietnam flies American T-6 trainers and Russian Su-22 and Su-30 jets, the Sukhois having been bought from Russia."
    found = facts(text, "SOLD")
    assert {("Russia", "SOLD", "Su-22"), ("Russia", "SOLD", "Su-30")} <= found
    assert ("Russia", "SOLD", "T-6 Texan II") not in found and not {f for f in found if f[2] == "T-6"}


@pytest.mark.parametrize("text", [
    "The S-400 batteries were purchased in 2019.",
    "Two Kilo-class submarines were ordered last year, the navy said.",
])
def test_a_purchase_in_the_passive_with_no_buyer_or_seller_gives_nothing(text):
    assert not facts(text, "SOLD", "ACQUIRED")


def test_a_paragraph_on_a_states_arms_exports_names_the_seller_of_an_unattributed_sale():
    text = "Chinese arms sales to Pakistan, 2010-2020: a survey.\nThe survey records the sale of 36 J-10C fighters to Pakistan in 2021."
    assert ("China", "SOLD", "J-10C") in facts(text, "SOLD")


def test_arms_bought_with_no_exporting_state_named_get_no_seller():
    text = "Arms sales in Asia, 2010-2020: a survey.\nThe survey records the sale of 36 J-10C fighters to Pakistan in 2021."
    assert not facts(text, "SOLD")


def test_the_country_a_maker_works_in_made_the_system_too():
    found = facts("Exhibit 4: Su-7 fighter-bomber. Designed by the Sukhoi bureau in the Soviet Union, it first flew in 1955.", "PRODUCED")
    assert {("Sukhoi", "PRODUCED", "Su-7"), ("Soviet Union", "PRODUCED", "Su-7")} <= found


def test_the_country_a_made_system_was_sold_to_is_no_maker():
    found = facts("The Su-30MKI was designed by Sukhoi for India and first flew in 1997.", "PRODUCED")
    assert ("India", "PRODUCED", "Su-30MKI") not in found


def test_a_built_copy_in_apposition_is_the_head_that_was_built():
    found = facts("In the far corner is the J-7, a Chinese-built copy of the MiG-21F-13.", "PRODUCED")
    assert ("China", "PRODUCED", "J-7") in found
    assert not {f for f in found if f[2].startswith("MiG-21")}
