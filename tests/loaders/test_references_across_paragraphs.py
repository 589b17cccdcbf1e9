"""References that reach back past the paragraph they open. Every sentence here is written
for these tests; none is taken from a corpus or evaluation document."""
from __future__ import annotations

import pytest

from loaders.extract import extract_text
from tests.loaders.sentences import facts


@pytest.mark.parametrize("text", [
    "India and Russia signed a defence pact in 2000.\n\nThe two countries held the exercise Indra-2021 near Volgograd.",
    "Relations between India and Russia deepened after 2000.\n\nBoth countries took part in Indra-2021 that August.",
    "India and Russia renewed their defence pact.\n\nIn 2021 the two nations staged Indra-2021 together.",
])
def test_a_pair_opening_a_paragraph_is_the_pair_named_before(text):
    assert facts(text, "PARTICIPATED_IN") == {("India", "PARTICIPATED_IN", "Indra-2021"), ("Russia", "PARTICIPATED_IN", "Indra-2021")}


@pytest.mark.parametrize("text", [
    "India and Russia signed a defence pact in 2000.\n\nThe two countries did not hold Indra-2021 that year.",
    "India and Russia signed a defence pact in 2000.\n\nThe two countries may hold Indra-2021 next year.",
    "India and Russia signed a defence pact in 2000.\n\nThe two countries would hold Indra-2021 if the talks succeeded.",
])
def test_a_pair_opening_a_negated_or_hedged_paragraph_yields_nothing(text):
    assert facts(text, "PARTICIPATED_IN") == set()


def test_a_pair_within_a_paragraph_that_names_a_state_stays_in_that_paragraph():
    text = "Kazakhstan and Uzbekistan sent observers in 2012.\n\nIn 2013 China hosted troops from the two countries at Chebarkul."
    assert ("Kazakhstan", "PARTICIPATED_IN") not in {(s, t) for s, t, _ in facts(text)}


# --- "it" after an aside about the state's own force --------------------------------------

@pytest.mark.parametrize("text", [
    "Algeria ordered Su-30MKA fighters in 2006, and the Algerian Air Force has flown them since 2008. In 2019 it bought 14 Su-35 fighters from Russia.",
    "Algeria bought Su-30MKA fighters; the Algerian Air Force operates them from Oum El Bouaghi. It later purchased Su-35 fighters from Russia.",
    "Algeria signed for Su-30MKA fighters in 2006. The Algerian Air Force flies them. In 2019 it ordered Su-35 fighters from Russia.",
])
def test_it_after_a_states_own_force_is_the_state(text):
    bought = facts(text, "ACQUIRED")
    assert ("Algeria", "ACQUIRED", "Su-35") in bought
    assert ("Algerian Air Force", "ACQUIRED", "Su-35") not in bought


def test_it_after_a_force_alone_is_the_force():
    text = "The Algerian Air Force flies the Su-30MKA. In 2019 it ordered Su-35 fighters from Russia."
    assert ("Algeria", "ACQUIRED", "Su-35") not in facts(text, "ACQUIRED")


def test_it_after_another_states_force_is_not_the_state():
    text = "Algeria bought Su-30MKA fighters in 2006; the Egyptian Air Force flies Rafales. In 2019 it ordered Su-35 fighters from Russia."
    assert ("Algeria", "ACQUIRED", "Su-35") not in facts(text, "ACQUIRED")


@pytest.mark.parametrize("text", [
    "Algeria ordered Su-30MKA fighters in 2006, and the Algerian Air Force has flown them since 2008. It may buy Su-35 fighters from Russia.",
    "Algeria ordered Su-30MKA fighters in 2006, and the Algerian Air Force has flown them since 2008. It never bought Su-35 fighters.",
    "Algeria ordered Su-30MKA fighters in 2006, and the Algerian Air Force has flown them since 2008. It reportedly considered buying Su-35 fighters.",
])
def test_it_after_a_force_in_a_negated_or_hedged_sentence_yields_nothing(text):
    assert not {f for f in facts(text, "ACQUIRED") if f[2] == "Su-35"}


# --- the supplier a paragraph names once ------------------------------------------------

def sellers(text: str) -> dict[str, str | None]:
    """system → seller of each ACQUIRED relation found in ``text``."""
    return {r.target: r.properties.get("from") for r in extract_text(text).relations if r.type == "ACQUIRED"}


@pytest.mark.parametrize("text", [
    "French arms purchases shaped the Indian Air Force of the 1980s. In 1982 New Delhi ordered Mirage 2000 fighters.",
    "India's arms imports from France grew in the 1980s. In 1982 India signed for Mirage 2000 fighters.",
    "Weapons purchases from France followed the war. Two years later India bought Mirage 2000 fighters.",
])
def test_a_paragraph_about_arms_bought_from_a_state_names_the_seller(text):
    assert sellers(text) == {"Mirage 2000": "France"}
    assert ("France", "SOLD", "Mirage 2000") in facts(text, "SOLD")


def test_a_seller_named_in_the_sentence_wins_over_the_paragraphs():
    text = "French arms purchases shaped the 1980s. In 1987 India bought T-72 tanks from the Soviet Union."
    assert sellers(text) == {"T-72": "Soviet Union"}


def test_the_supplier_does_not_reach_the_next_paragraph():
    text = "French arms purchases shaped the 1980s.\n\nIn 1982 India ordered Mirage 2000 fighters."
    assert sellers(text) == {"Mirage 2000": None}


@pytest.mark.parametrize("text", [
    "French arms purchases shaped the 1980s. India may order more Mirage 2000 fighters.",
    "French arms purchases shaped the 1980s. India did not order more Mirage 2000 fighters.",
    "French arms purchases shaped the 1980s. India was said to be considering buying Mirage 2000 fighters.",
])
def test_a_supplier_paragraph_with_a_negated_or_hedged_order_yields_nothing(text):
    assert facts(text, "ACQUIRED", "SOLD") == set()


# --- a group made up of what each state sent ----------------------------------------------

@pytest.mark.parametrize("text", [
    "The joint patrol began in 2022. Moscow sent three corvettes; Beijing sent two destroyers. The combined group sailed through the Sea of Okhotsk.",
    "The joint patrol began in 2022. Russia contributed three corvettes and China dispatched two destroyers. The flotilla then patrolled the Sea of Okhotsk.",
    "The third joint patrol set out in 2023. Russia sent a frigate and China also sent a destroyer. The ships steamed into the Sea of Okhotsk.",
])
def test_a_group_formed_of_what_each_state_sent_patrols_as_those_states(text):
    assert facts(text, "PATROLLED") == {("Russia", "PATROLLED", "Sea of Okhotsk"), ("China", "PATROLLED", "Sea of Okhotsk")}


def test_the_senders_do_not_reach_the_next_paragraph():
    text = "Russia sent three corvettes; China sent two destroyers.\n\nThe joint patrol of Japan and the United States crossed the Sea of Okhotsk."
    assert not {s for s, _, _ in facts(text, "PATROLLED")} & {"Russia", "China"}


@pytest.mark.parametrize("text", [
    "The joint patrol began in 2022. Russia sent three corvettes; China sent two destroyers. The flotilla may patrol the Sea of Okhotsk next year.",
    "The joint patrol began in 2022. Russia sent three corvettes; China sent two destroyers. The flotilla did not enter the Sea of Okhotsk.",
    "The joint patrol began in 2022. Russia may have sent three corvettes. The ships were expected to patrol the Sea of Okhotsk.",
])
def test_senders_with_a_negated_or_hedged_patrol_yield_nothing(text):
    assert facts(text, "PATROLLED") == set()


# --- a list that a sentence ending in a colon opens -------------------------------------------

def participants(text: str) -> set[str]:
    return {s for s, t, _ in facts(text, "PARTICIPATED_IN")}


@pytest.mark.parametrize("text", [
    "Cutlass Express 2024 opened in Djibouti.\n\nTroops from 14 nations are taking part, including forces from:\n\n- Kenya and Tanzania\n- the United Kingdom\n- France, Italy and Spain\n",
    "Cutlass Express 2024 opened in Djibouti. The following navies took part in Cutlass Express 2024:\n* Kenya and Tanzania\n* the United Kingdom\n* France, Italy and Spain\n",
    "Cutlass Express 2024 opened in Djibouti.\n\nParticipating in the exercise were:\n\n1. Kenya and Tanzania\n2. the United Kingdom\n3. France, Italy and Spain\n",
])
def test_each_entry_of_a_list_completes_the_sentence_that_opens_it(text):
    assert {"Kenya", "Tanzania", "United Kingdom", "France", "Italy", "Spain"} <= participants(text)


@pytest.mark.parametrize("text", [
    "Cutlass Express 2024 opened in Djibouti.\n\nThese navies did not take part in Cutlass Express 2024:\n\n- Kenya and Tanzania\n- France and Italy\n",
    "Cutlass Express 2024 opened in Djibouti.\n\nThese navies may take part in Cutlass Express 2024 next year:\n\n- Kenya and Tanzania\n- France and Italy\n",
    "Cutlass Express 2024 opened in Djibouti.\n\nNavies invited but not expected to take part in Cutlass Express 2024:\n\n- Kenya and Tanzania\n- France and Italy\n",
])
def test_entries_of_a_list_a_negated_or_hedged_sentence_opens_yield_nothing(text):
    assert not participants(text) & {"Kenya", "Tanzania", "France", "Italy"}


def test_a_list_no_colon_opens_is_read_entry_by_entry():
    text = "Cutlass Express 2024 opened in Djibouti.\n\nObserver navies\n\n- Kenya and Tanzania\n- France and Italy\n"
    assert not participants(text) & {"Kenya", "Tanzania", "France", "Italy"}


# --- the council's seats, counted ---------------------------------------------------------

def council_members(text: str) -> set[str]:
    return {s for s, _, o in facts(text, "MEMBER_OF") if o == "United Nations Security Council"}


@pytest.mark.parametrize("text", [
    "The UN Security Council has fifteen seats. Five are permanent: China, France, Russia, the United Kingdom and the United States.",
    "The Security Council has 15 members. The remaining ten are elected by the General Assembly; in 2019 they included Kuwait, Peru and Poland.",
    "The Security Council sits in New York. Ten of them are elected, and in 2019 Kuwait, Peru and Poland held seats.",
])
def test_a_sentence_counting_the_councils_seats_lists_its_members(text):
    found = council_members(text)
    assert found and found <= {"China", "France", "Russia", "United Kingdom", "United States", "Kuwait", "Peru", "Poland"}


@pytest.mark.parametrize("text", [
    "The Security Council has 15 members. Ten are elected; Kuwait and Peru hope to win seats next year.",
    "The Security Council has 15 members. Ten are elected, and Kuwait and Peru are candidates for 2025.",
    "The Security Council has 15 members. Ten are elected, but Kuwait and Peru were never among them.",
])
def test_a_seat_count_with_candidates_or_hopes_yields_no_members(text):
    assert council_members(text) == set()


def test_a_seat_count_without_a_council_in_the_text_yields_nothing():
    assert facts("The board has 15 members. Five are permanent: China, France and Russia.", "MEMBER_OF") == set()


# --- "it" after a sentence whose nationalities are only adjectives ------------------------

@pytest.mark.parametrize("text", [
    "Bolivia's army relies on Chinese and Russian kit. It bought K-8 jets from China in 2011.",
    "Bolivia's air arm is built on Chinese equipment. In 2011 it purchased K-8 jets from China.",
    "Bolivia depends on Chinese and Russian suppliers. It ordered K-8 jets from China in 2011.",
])
def test_it_is_the_state_the_previous_sentence_named_not_a_nationality(text):
    bought = facts(text, "ACQUIRED")
    assert ("Bolivia", "ACQUIRED", "K-8") in bought and ("China", "ACQUIRED", "K-8") not in bought


@pytest.mark.parametrize("text", [
    "Bolivia's army relies on Chinese and Russian kit. It may buy K-8 jets from China.",
    "Bolivia's army relies on Chinese and Russian kit. It never bought K-8 jets from China.",
    "Bolivia's army relies on Chinese and Russian kit. It was rumoured to be buying K-8 jets from China.",
])
def test_it_after_nationalities_in_a_negated_or_hedged_sentence_yields_nothing(text):
    assert facts(text, "ACQUIRED", "SOLD") == set()


# --- forming an organization with others ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "In 2001 Kazakhstan formed the Shanghai Cooperation Organisation with Tajikistan and Kyrgyzstan.",
    "Kazakhstan, Tajikistan and Kyrgyzstan formed the Shanghai Cooperation Organisation in 2001.",
    "In 2001 Kazakhstan co-founded the Shanghai Cooperation Organisation with Tajikistan and Kyrgyzstan.",
])
def test_forming_an_organization_with_others_makes_all_of_them_members(text):
    found = {s for s, _, o in facts(text, "MEMBER_OF") if o == "Shanghai Cooperation Organisation"}
    assert {"Kazakhstan", "Tajikistan", "Kyrgyzstan"} <= found


@pytest.mark.parametrize("text", [
    "Kazakhstan may form the Shanghai Cooperation Organisation with Tajikistan and Kyrgyzstan.",
    "Kazakhstan did not form the Shanghai Cooperation Organisation with Tajikistan and Kyrgyzstan.",
    "Kazakhstan hoped to form the Shanghai Cooperation Organisation with Tajikistan and Kyrgyzstan.",
])
def test_forming_an_organization_negated_or_hedged_yields_nothing(text):
    assert facts(text, "MEMBER_OF") == set()
