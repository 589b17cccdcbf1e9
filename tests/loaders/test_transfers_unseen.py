"""Transfers, production and operators as writers outside the project phrase them:
hard-wrapped names, verbs of putting into service, joint development, copies, and
corrections that withdraw an earlier claim. Every sentence is written for these tests."""
from __future__ import annotations

import pytest

from tests.loaders.sentences import facts


# --- names broken across a wrapped line ------------------------------------------------

@pytest.mark.parametrize("text, fact", [
    ("After a long delay in the delivery schedule last spring, the Indonesian\nAir Force flew its first Rafale sortie.", ("Indonesian Air Force", "OPERATES", "Rafale")),
    ("On a quiet Tuesday morning in October two corvettes of the Russian Pacific\nFleet arrived at Cam Ranh.", ("Russian Pacific Fleet", "ARMED_FORCE_OF", "Russia")),
    ("Like the earlier batch delivered to Cairo, the new Rafale jets were built by Dassault\nAviation in Merignac.", ("Dassault Aviation", "PRODUCED", "Rafale")),
])
def test_a_name_wrapped_onto_the_next_line_is_still_one_name(text, fact):
    assert fact in facts("Notes from the desk\n\n" + text)  # a first line alone is the title


def test_a_blank_line_still_parts_two_names():
    found = facts("Exercises with the Pacific\n\nFleet drew crowds. Turkey bought the S-400.")
    assert ("Turkey", "ACQUIRED", "S-400") in found
    assert not any("Pacific Fleet" in (source, target) for source, _, target in found)


# --- putting a system into service -------------------------------------------------------

@pytest.mark.parametrize("text, fact", [
    ("The Indian Navy commissions its third Kalvari-class submarine this week.", ("Indian Navy", "OPERATES", "Kalvari-class submarine")),
    ("Each year Egypt commissions more Gowind-class corvettes at Alexandria.", ("Egypt", "OPERATES", "Gowind-class corvette")),
    ("The PLA Navy kept commissioning Type 054A frigates through 2019.", ("PLA Navy", "OPERATES", "Type 054A frigate")),
    ("Norway scrambled F-35 fighters to meet the bombers.", ("Norway", "OPERATES", "F-35")),
    ("Taiwan scrambles F-16 jets whenever PLA aircraft cross the median line.", ("Taiwan", "OPERATES", "F-16")),
])
def test_commissioning_and_scrambling_are_operating(text, fact):
    assert fact in facts(text)


@pytest.mark.parametrize("text", [
    "The Indian Navy has not commissioned a Kalvari-class submarine this year.",
    "Taiwan could scramble F-16 jets if the bombers return.",
    "Reports that Norway scrambled F-35 fighters were never confirmed.",
])
def test_commissioning_and_scrambling_negated_or_hedged_give_nothing(text):
    assert not facts(text, "OPERATES")


# --- development and production as nouns -------------------------------------------------

@pytest.mark.parametrize("text, makers, system", [
    ("China and Pakistan began joint development of the JF-17 in 1999.", {"China", "Pakistan"}, "JF-17"),
    ("In 1998 India and Russia launched the co-development of the BrahMos missile.", {"India", "Russia"}, "BrahMos"),
    ("Serial production of the Su-57 was started by Russia in 2019.", {"Russia"}, "Su-57"),
    ("Turkey completed development of the Bayraktar TB2 before 2014.", {"Turkey"}, "Bayraktar TB2"),
    ("South Korea's Hyundai Rotem began production of the K2 Black Panther in 2013.", {"Hyundai Rotem"}, "K2 Black Panther"),
])
def test_development_or_production_of_a_system_names_its_makers(text, makers, system):
    found = facts(text, "PRODUCED")
    assert {(maker, "PRODUCED", system) for maker in makers} <= found


@pytest.mark.parametrize("text", [
    "India and Russia discussed the joint development of a hypersonic BrahMos-II, but no agreement followed.",
    "Turkey has not begun production of the Su-57.",
    "Iran may seek joint production of the Su-35 with Russia.",
])
def test_development_talked_of_or_denied_gives_nothing(text):
    assert not facts(text, "PRODUCED")


# --- copies ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, copy, original", [
    ("In the 1960s China reverse-engineered the MiG-21 as the J-7.", "J-7", "MiG-21"),
    ("China copied the Su-27 as the J-11B without a licence.", "J-11B", "Su-27"),
    ("Beijing reverse-engineers the Su-33 as the J-15, Russian officials complain.", "J-15", "Su-33"),
])
def test_a_copy_is_produced_and_the_original_is_not(text, copy, original):
    found = facts(text, "PRODUCED")
    assert {target for _, _, target in found} == {copy}
    assert not any(target == original for _, _, target in found)


def test_licence_production_of_a_design_built_under_another_name_makes_only_the_copy():
    text = "Moscow helped Beijing start licence production of the MiG-19, which China built as the J-6 at Shenyang."
    found = facts(text, "PRODUCED")
    assert ("China", "PRODUCED", "J-6") in found
    assert ("China", "PRODUCED", "MiG-19") not in found


# --- corrections and hypothetical deals ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "An earlier version of this article said that Egypt had bought Su-35 fighters from Russia. It did not.",
    "A story on Monday stated that Algeria received the Su-57 in 2023. That was incorrect.",
    "Our 3 May report said Iran had taken delivery of Su-35 jets from Russia. This was wrong; none have arrived.",
    "We wrongly reported that India had ordered the S-500 from Russia.",
    "A graphic incorrectly showed Vietnam as an operator of the Su-35.",
    "We said that Turkey had co-developed the KAAN with South Korea.",
])
def test_a_claim_withdrawn_by_a_correction_gives_nothing(text):
    assert not facts(text, "SOLD", "ACQUIRED", "OPERATES", "PRODUCED")


@pytest.mark.parametrize("text, fact", [
    ("Russia delivered S-400 batteries to India in 2021. That was a turning point for Delhi.", ("India", "ACQUIRED", "S-400")),
    ("China bought Su-35 jets from Russia in 2015. It did so despite US warnings.", ("China", "ACQUIRED", "Su-35")),
    ("Egypt bought Rafale jets from France. Qatar did not; it chose the Typhoon.", ("Egypt", "ACQUIRED", "Rafale")),
])
def test_a_following_sentence_that_does_not_withdraw_the_claim_keeps_it(text, fact):
    assert fact in facts(text)


@pytest.mark.parametrize("text", [
    "Analysis: what a Su-57 export to Algeria would mean for the region",
    "An S-400 sale to Saudi Arabia could upset Washington.",
    "A J-10C purchase by Egypt might follow within a year.",
])
def test_an_indefinite_deal_under_a_modal_is_not_a_fact(text):
    assert not facts(text, "SOLD", "ACQUIRED")


# --- aircraft of several nationalities on one mission ------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("In May, Russian Tu-95MS and Chinese H-6K bombers carried out a joint patrol over the Sea of Japan.",
     {("Russia", "OPERATES", "Tu-95MS"), ("China", "OPERATES", "H-6K")}),
    ("Two Chinese H-6 bombers and two Russian Tu-22M3 bombers conducted a joint flight near Okinawa.",
     {("China", "OPERATES", "H-6"), ("Russia", "OPERATES", "Tu-22M3")}),
    ("Indian Su-30MKI and French Rafale jets performed a combined sortie over Jodhpur.",
     {("India", "OPERATES", "Su-30MKI"), ("France", "OPERATES", "Rafale")}),
])
def test_each_nationality_on_a_joint_mission_operates_its_own_aircraft(text, expected):
    found = facts(text, "OPERATES")
    assert expected <= found
    assert not {(state, "OPERATES", system) for state, _, _ in expected for _, _, system in expected} - expected & found


def test_a_joint_flight_that_did_not_happen_gives_no_operator():
    assert not facts("Russian Tu-95MS and Chinese H-6K bombers did not carry out a joint patrol this year.", "OPERATES")


# --- a nation's share of a combined force, listed -------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Russian side: Udaloy-class destroyer Admiral Panteleyev, Steregushchiy-class corvette Sovershenny and a tanker.",
     {("Russia", "OPERATES", "Udaloy-class destroyer"), ("Russia", "OPERATES", "Steregushchiy-class corvette")}),
    ("The Iranian contingent included the Jamaran-class frigate Sahand and a supply ship.",
     {("Iran", "OPERATES", "Moudge-class frigate")}),
    ("The Chinese flotilla comprised a Type 055 destroyer and two Type 054A frigates.",
     {("China", "OPERATES", "Type 055 destroyer"), ("China", "OPERATES", "Type 054A frigate")}),
])
def test_a_nations_listed_share_of_a_combined_force_is_operated_by_it(text, expected):
    assert expected <= facts(text, "OPERATES")


@pytest.mark.parametrize("text", [
    "The Russian contingent did not include a Slava-class cruiser.",
    "Reports that the Chinese side included a Type 055 destroyer were never confirmed.",
])
def test_a_share_denied_or_unconfirmed_gives_no_operator(text):
    assert not facts(text, "OPERATES")


# --- "the frigates", "the tanks": the system of that kind, not just the last one named ------

@pytest.mark.parametrize("text, fact, wrong", [
    ("Egypt took delivery of FREMM frigates and Rafale jets in 2015. The frigates were built by Naval Group.",
     ("Naval Group", "PRODUCED", "FREMM frigate"), ("Naval Group", "PRODUCED", "Rafale")),
    ("Hungary ordered Leopard 2 tanks and Su-35 fighters. The tanks were built by Krauss-Maffei Wegmann.",
     ("Krauss-Maffei Wegmann", "PRODUCED", "Leopard 2"), ("Krauss-Maffei Wegmann", "PRODUCED", "Su-35")),
    ("Vietnam bought Kilo-class submarines and Su-30MK2 fighters from Russia. Vietnam now operates the submarines from Cam Ranh.",
     ("Vietnam", "OPERATES", "Kilo-class submarine"), ("Vietnam", "OPERATES", "Su-30MK2")),
])
def test_a_system_named_by_its_kind_is_the_latest_of_that_kind(text, fact, wrong):
    found = facts(text)
    assert fact in found
    assert wrong not in found


@pytest.mark.parametrize("text", [
    "No Chinese-built J-10C has reached Pakistan yet.",
    "Not a single Russian-made Su-35 was delivered to Iran that year.",
])
def test_a_made_in_compound_after_no_gives_no_maker(text):
    assert not facts(text, "PRODUCED")


# --- arrivals -----------------------------------------------------------------------------

@pytest.mark.parametrize("text, fact", [
    ("The first J-10C fighters arrived from China in March 2022.", ("China", "SOLD", "J-10C")),
    ("Six more S-400 batteries arrive from Russia this year, the ministry says.", ("Russia", "SOLD", "S-400")),
    ("In 1992 the first Su-27 fighters arrived from Russia at Wuhu air base.", ("Russia", "SOLD", "Su-27")),
])
def test_a_system_arriving_from_a_state_was_sold_by_it(text, fact):
    assert fact in facts(text, "SOLD")


@pytest.mark.parametrize("text", [
    "No Su-35 fighters have arrived from Russia so far.",
    "The Udaloy-class destroyer arrived from Russia for the naval review.",
    "Two Type 054A frigates arrived from China to take part in Sea Guardian-2024.",
    "The Su-35s were expected to arrive from Russia in 2023.",
])
def test_a_visit_or_an_arrival_not_made_is_no_sale(text):
    assert not facts(text, "SOLD", "ACQUIRED")


# --- "X flies the Y, which Z delivered": the operator is the buyer ---------------------------

@pytest.mark.parametrize("text, buyer, system, seller", [
    ("The Egyptian Air Force flies the Rafale, which France delivered from 2015.", "Egyptian Air Force", "Rafale", "France"),
    ("Algeria operates the Su-30MKA, which Russia supplied in several batches.", "Algeria", "Su-30MKA", "Russia"),
    ("Today the Indonesian Air Force fields Su-30MK2 fighters that Russia sold in 2012.", "Indonesian Air Force", "Su-30MK2", "Russia"),
])
def test_an_operator_of_a_system_its_seller_delivered_bought_it(text, buyer, system, seller):
    found = facts(text, "SOLD", "ACQUIRED")
    assert {(buyer, "ACQUIRED", system), (seller, "SOLD", system)} <= found


@pytest.mark.parametrize("text", [
    "Algeria operates the Su-30MKA, which Russia did not supply.",
    "Algeria operates the Su-30MKA, which Russia designed.",
    "Algeria criticised the Rafale, which France sold to Egypt in 2015.",
])
def test_no_purchase_is_read_into_the_operator_otherwise(text):
    found = facts(text, "ACQUIRED")
    assert not any(source == "Algeria" for source, _, _ in found)


@pytest.mark.parametrize("text, seller, buyer, system", [
    ("France provided Egypt with two ships of the Mistral class in 2016.", "France", "Egypt", "Mistral-class amphibious assault ship"),
    ("Moscow supplied Hanoi with six boats of the Kilo class.", "Russia", "Vietnam", "Kilo-class submarine"),
])
def test_counted_ships_of_a_class_are_the_goods_not_a_verb(text, seller, buyer, system):
    found = facts(text, "SOLD", "ACQUIRED")
    assert {(seller, "SOLD", system), (buyer, "ACQUIRED", system)} <= found
    assert (buyer, "SOLD", system) not in found


@pytest.mark.parametrize("text", [
    "Japanese releases identified among the Chinese ships the Type 052D destroyer Jiaozuo.",
    "Analysts counted among the Russian ships the Slava-class cruiser Varyag.",
])
def test_ships_after_a_nationality_are_vessels_not_a_sale(text):
    assert not facts(text, "SOLD", "ACQUIRED")


def test_a_state_that_ships_a_system_still_sells_it():
    assert ("Russia", "SOLD", "S-400") in facts("Russia ships S-400 components to India by sea.")


@pytest.mark.parametrize("text, seller, buyer, system, renamed", [
    ("China supplied the first Shenyang F-6 fighters, its licence-built MiG-19, to Pakistan in 1966.", "China", "Pakistan", "J-6", "MiG-19"),
    ("In 1993 Beijing exported F-7 jets, its licence-built MiG-21, to Bangladesh.", "China", "Bangladesh", "J-7", "MiG-21"),
])
def test_an_appositive_renaming_the_goods_neither_hides_the_buyer_nor_adds_a_system(text, seller, buyer, system, renamed):
    found = facts(text, "SOLD", "ACQUIRED")
    assert {(seller, "SOLD", system), (buyer, "ACQUIRED", system)} <= found
    assert not any(target == renamed for _, _, target in found)


# --- "the navy", "the Army", "the Marines": a service named by its kind alone --------------

@pytest.mark.parametrize("text, fact", [
    ("The Royal Australian Navy received Tomahawk missiles in 2024. The missiles will arm Hobart-class destroyers, which the navy already operates from Sydney.",
     ("Royal Australian Navy", "OPERATES", "Hobart-class destroyer")),
    ("Australia spent heavily on rockets. The Army took delivery of its first HIMARS launchers in 2023.",
     ("Australian Army", "ACQUIRED", "HIMARS")),
    ("United States: United States Army; United States Marine Corps. The Marines deploy HIMARS to the beach phase.",
     ("United States Marine Corps", "OPERATES", "HIMARS")),
])
def test_a_service_named_by_its_kind_is_the_one_in_play(text, fact):
    assert fact in facts(text)


def test_a_service_of_a_named_state_is_left_to_that_reading():
    found = facts("Egypt bought Rafale jets. The navy of India flies the Rafale M.", "OPERATES")
    assert not any(source.startswith("Egypt") for source, _, _ in found)


# --- wrapped numbered paragraphs, observers sent, "our three services" -----------------------

def test_a_fact_in_a_wrapped_numbered_paragraph_is_read_whole():
    text = ("Findings\n\n15. The expert further testified that the Lancet loitering munition is produced by ZALA\n"
            "Aero Group, a Kalashnikov subsidiary.")
    assert ("ZALA Aero Group", "PRODUCED", "ZALA Lancet") in facts(text)


def test_states_that_sent_observers_did_not_take_part():
    text = "Iran hosted Maritime Security Belt-2024. Azerbaijan, Kazakhstan, Oman, Pakistan and India sent observers to the exercise."
    assert not {source for source, kind, _ in facts(text) if kind == "PARTICIPATED_IN"} & {"Azerbaijan", "Kazakhstan", "Oman", "Pakistan", "India"}


def test_our_three_services_are_the_three_forces_just_named():
    text = ("1. The heads of the Japan Coast Guard, the Indian Coast Guard and the Royal Navy met in London today for their first meeting.\n\n"
            "2. Since last year our three services have conducted coordinated patrols in the Arabian Sea.")
    found = facts(text, "PATROLLED")
    assert {(force, "PATROLLED", "Arabian Sea") for force in ("Japan Coast Guard", "Indian Coast Guard", "Royal Navy")} <= found
    assert not {("Japan", "PATROLLED", "Arabian Sea"), ("India", "PATROLLED", "Arabian Sea")} & found


# --- a coordinated new predicate ends the goods ------------------------------------------------

@pytest.mark.parametrize("text, kept, dropped", [
    ("Turkey bought the S-400 from Russia and was then thrown out of the F-35 programme.", ("Turkey", "ACQUIRED", "S-400"), ("Turkey", "ACQUIRED", "F-35")),
    ("Egypt ordered the Su-35 in 2018 and later became a large operator of the Rafale.", ("Egypt", "ACQUIRED", "Su-35"), ("Egypt", "ACQUIRED", "Rafale")),
])
def test_goods_end_where_a_new_predicate_begins(text, kept, dropped):
    found = facts(text)
    assert kept in found and dropped not in found


# --- quizzes and FAQs: a terse answer to a "which ..." question --------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Q4. Which NATO member bought the S-400 from Russia in 2017?\nA4. Turkey.", {("Turkey", "ACQUIRED", "S-400"), ("Russia", "SOLD", "S-400")}),
    ("Q: Which two countries developed the BrahMos missile?\nA: India and Russia (jointly).", {("India", "PRODUCED", "BrahMos"), ("Russia", "PRODUCED", "BrahMos")}),
    ("Question 3: Who supplied Egypt with Rafale jets in 2015?\n\nAnswer: France.", {("France", "SOLD", "Rafale"), ("Egypt", "ACQUIRED", "Rafale")}),
])
def test_a_terse_answer_fills_the_questions_subject(text, expected):
    assert expected <= facts(text)


@pytest.mark.parametrize("text", [
    "Q5. Which country has taken delivery of the Su-57?\nA5. None so far.",
    "Q6. Did Iran buy the Su-35 from Russia?\nA6. Iran. No deliveries are confirmed.",
    "Q7. Which navy did Russia sell the Kilo-class submarine to first?\nA7. China.",
    "Which country might buy the J-10C next? Egypt, some say.",
])
def test_no_answer_or_a_question_not_about_its_subject_gives_no_transfer(text):
    assert not facts(text, "SOLD", "ACQUIRED", "PRODUCED")


@pytest.mark.parametrize("text", [
    "Colombia has announced its intention to buy the JAS 39 Gripen.",
    "Vietnam made no secret of its ambition to acquire the Su-57.",
    "Egypt's stated desire to purchase the J-10C has not produced a contract.",
])
def test_an_intention_to_buy_is_not_a_purchase(text):
    assert not facts(text, "SOLD", "ACQUIRED")


@pytest.mark.parametrize("text, fact, wrong", [
    ("Poland took delivery of its first K2 Black Panther tanks from South Korea, part of the largest Korean arms export ever.",
     ("Poland", "ACQUIRED", "K2 Black Panther"), ("Poland", "SOLD", "K2 Black Panther")),
    ("India received the S-400 from Russia in 2021, its biggest defence purchase in a decade.",
     ("India", "ACQUIRED", "S-400"), ("Russia", "ACQUIRED", "S-400")),
])
def test_an_arms_export_named_as_a_noun_has_no_subject(text, fact, wrong):
    found = facts(text)
    assert fact in found and wrong not in found
