"""Wire stories, factboxes, analysis pieces, think-tank chapters and business-wire releases
(session 7, dev14): forces written with their local abbreviation in brackets, and the
shapes of news and analysis prose that earlier rules missed. Every sentence is written for
these tests; none is taken from a corpus or evaluation document."""
from __future__ import annotations

import pytest

from tests.loaders.sentences import facts


# --- a force followed by its local abbreviation in brackets ----------------------------------

@pytest.mark.parametrize("force, abbreviation", [
    ("Indonesian Air Force", "TNI AU"),
    ("Indonesian Navy", "TNI-AL"),
    ("Indonesian Army", "TNI AD"),
])
def test_a_service_abbreviation_is_the_service_not_the_armed_forces(force, abbreviation):
    found = facts(f"The {force} ({abbreviation}) still operates Mi-17 helicopters bought from Russia.")
    assert (force, "OPERATES", "Mi-17") in found
    assert (force, "ACQUIRED", "Mi-17") in found
    assert ("Indonesian National Armed Forces", "OPERATES", "Mi-17") not in found


def test_the_abbreviation_alone_names_the_service():
    assert ("Indonesian Navy", "OPERATES", "Scorpène-class submarine") in facts(
        "Jakarta (NNA) - TNI AL now operates two Scorpène-class submarines from Surabaya.")


def test_a_service_abbreviation_in_a_hedged_sentence_gives_nothing():
    assert not facts("The Indonesian Air Force (TNI AU) might buy Su-35 fighters from Russia.", "ACQUIRED", "OPERATES")


# --- "handed <recipient> <system>": the recipient before the theme -----------------------------

@pytest.mark.parametrize("sentence", [
    "Moscow handed Tehran its first Yak-130 trainers in September 2023.",
    "Last year Russia quietly handed Iran two Yak-130s.",
])
def test_handed_with_the_recipient_first_is_a_transfer_both_ways(sentence):
    found = facts(sentence, "SOLD", "ACQUIRED")
    assert {("Russia", "SOLD", "Yak-130"), ("Iran", "ACQUIRED", "Yak-130")} <= found


@pytest.mark.parametrize("sentence", [
    "Russia has not handed Iran any Yak-130 trainers.",
    "Russia may have handed Iran Yak-130 trainers, officials in Kyiv said.",
    "Russia will hand Iran Yak-130 trainers next year.",
    "The ministry handed the Yak-130 file to a parliamentary committee.",
    "Russia handed down a ruling on the Yak-130 crash.",
])
def test_handed_denied_hedged_planned_or_of_no_goods_gives_nothing(sentence):
    assert not facts(sentence, "SOLD", "ACQUIRED")


# --- the main clause after a relative clause on the system -------------------------------------

def test_a_passive_export_after_a_relative_clause_takes_its_antecedent():
    found = facts("The K239 Chunmoo, which Hanwha Aerospace builds near Daejeon, has been exported to Poland, "
                  "the United Arab Emirates and Saudi Arabia.", "ACQUIRED")
    assert {("Poland", "ACQUIRED", "K239 Chunmoo"), ("United Arab Emirates", "ACQUIRED", "K239 Chunmoo"),
            ("Saudi Arabia", "ACQUIRED", "K239 Chunmoo")} <= found


def test_in_service_after_a_relative_clause_takes_its_antecedent():
    found = facts("The CAESAR, which KNDS assembles in Bourges, is in service with the French Army.", "OPERATES")
    assert ("French Army", "OPERATES", "CAESAR") in found


@pytest.mark.parametrize("sentence", [
    "The K239 Chunmoo, which Hanwha Aerospace builds near Daejeon, has not been exported to Poland.",
    "The K239 Chunmoo, which Hanwha Aerospace builds near Daejeon, may be exported to Poland.",
    "The K239 Chunmoo, which Hanwha Aerospace builds near Daejeon, will be exported to Poland next year.",
])
def test_a_relative_clause_does_not_lift_the_negation_hedge_or_plan_of_the_main_clause(sentence):
    assert not facts(sentence, "ACQUIRED")


def test_a_relative_clause_does_not_lift_a_denied_service_entry():
    assert ("French Army", "OPERATES", "CAESAR") not in facts(
        "The CAESAR, which KNDS assembles in Bourges, is not in service with the French Army.")


# --- "X, a member of ORG, has repeatedly protested to Y": the subject before the apposition ----

@pytest.mark.parametrize("verb", ["has repeatedly protested to", "has also criticised", "has again condemned"])
def test_the_subject_before_a_member_apposition_opposes(verb):
    found = facts(f"Malaysia, a founding member of ASEAN, {verb} Beijing over the survey ship.", "OPPOSES")
    assert ("Malaysia", "OPPOSES", "China") in found
    assert ("Association of Southeast Asian Nations", "OPPOSES", "China") not in found


@pytest.mark.parametrize("verb", ["has never protested to", "may protest to", "is expected to protest to"])
def test_a_member_apposition_before_a_denied_or_planned_protest_gives_nothing(verb):
    assert not facts(f"Malaysia, a founding member of ASEAN, {verb} Beijing over the survey ship.", "OPPOSES")


# --- sanctions on a state's firms and go-betweens are not sanctions on the state ---------------

@pytest.mark.parametrize("target", [
    "Belarusian component suppliers", "Iran's missile makers", "North Korean shipping intermediaries",
    "Russian procurement networks", "China's drone manufacturers",
])
def test_sanctions_on_a_states_firms_do_not_sanction_the_state(target):
    assert not facts(f"Canada has sanctioned {target}.", "SANCTIONED")


def test_sanctions_on_the_state_beside_its_firms_still_count():
    found = facts("Canada has sanctioned Belarus and Russian component suppliers.", "SANCTIONED")
    assert found == {("Canada", "SANCTIONED", "Belarus")}


def test_a_panel_that_tracked_sanctions_imposed_none():
    found = facts("In 2024 Russia vetoed the renewal of the panel of experts that tracked sanctions on North Korea.")
    assert ("Russia", "SANCTIONED", "North Korea") not in found
    assert ("Russia", "VETOED", "Sanctions monitoring") in found


# --- guests named after "co-host ... with": "with Japan sending a contingent" ------------------

@pytest.mark.parametrize("guests", ["with Japan and Singapore sending contingents", "with Japan and Singapore contributing ships"])
def test_states_sending_contingents_after_co_hosts_are_guests(guests):
    found = facts(f"Thailand co-hosted Cobra Gold 2025 with the United States, {guests}.", "HOSTED", "PARTICIPATED_IN")
    assert {("Thailand", "HOSTED", "Cobra Gold"), ("United States", "HOSTED", "Cobra Gold")} <= found
    assert ("Japan", "HOSTED", "Cobra Gold") not in found
    assert ("Japan", "PARTICIPATED_IN", "Cobra Gold") in found


def test_a_co_host_named_after_with_still_hosts():
    assert ("United States", "HOSTED", "Cobra Gold") in facts("Thailand co-hosted Cobra Gold 2025 with the United States.")


def test_guests_of_a_planned_edition_give_nothing():
    assert not facts("Thailand will co-host Cobra Gold 2027 with the United States, with Japan sending a contingent.",
                     "HOSTED", "PARTICIPATED_IN")


# --- "helped": know-how only where building or design follows ----------------------------------

@pytest.mark.parametrize("sentence", [
    "Washington has sanctioned a dozen Chinese firms it says helped Russia's war effort.",
    "Turkey helped Azerbaijan in the 2020 war.",
    "Sweden helped Finland prepare its NATO application.",
])
def test_help_with_no_building_or_design_is_no_technology_transfer(sentence):
    assert not facts(sentence, "TRANSFERRED_TECHNOLOGY_TO")


@pytest.mark.parametrize("sentence", [
    "South Korea helped Indonesia with the development of the KF-21 Boramae.",
    "Ukraine helped China build the engines of its first carrier.",
])
def test_help_with_building_or_design_is_a_technology_transfer(sentence):
    found = facts(sentence, "TRANSFERRED_TECHNOLOGY_TO")
    assert found and all(t == "TRANSFERRED_TECHNOLOGY_TO" for _, t, _ in found)


def test_help_that_is_only_offered_gives_nothing():
    assert not facts("South Korea may help Indonesia with the development of the KF-21 Boramae.", "TRANSFERRED_TECHNOLOGY_TO")


# --- "signed a contract with France's Naval Group for ...": a possessive state before the firm --

def test_a_contract_with_a_states_firm_for_a_system_is_a_purchase_from_the_firm():
    found = facts("Brazil signed a contract with Sweden's Saab for 36 Gripen E fighters in 2014.", "SOLD", "ACQUIRED")
    assert {("Brazil", "ACQUIRED", "Gripen E"), ("Saab", "SOLD", "Gripen E")} <= found


@pytest.mark.parametrize("sentence", [
    "Brazil has not signed a contract with Sweden's Saab for more Gripen E fighters.",
    "Brazil may sign a contract with Sweden's Saab for more Gripen E fighters.",
    "Brazil is expected to sign a contract with Sweden's Saab for more Gripen E fighters.",
])
def test_a_contract_with_a_states_firm_denied_or_planned_gives_nothing(sentence):
    assert not facts(sentence, "SOLD", "ACQUIRED")


def test_a_shipyards_short_name_is_the_shipyard():
    assert ("Hudong-Zhonghua Shipbuilding", "PRODUCED", "Type 054A/P frigate") in facts(
        "The four Type 054A/P frigates were built at Hudong-Zhonghua, near the mouth of the Yangtze.")


# --- warships that sailed "for" a named exercise took part in it --------------------------------

@pytest.mark.parametrize("sentence", [
    "Three Chinese warships sailed into the Mediterranean for the naval phase of Joint Sea-2015 with the Russian navy.",
    "Two Indian frigates steamed to Vladivostok for Indra-2021.",
])
def test_ships_that_sailed_for_an_exercise_took_part(sentence):
    found = facts(sentence, "PARTICIPATED_IN")
    exercise = "Joint Sea-2015" if "Joint Sea" in sentence else "Indra-2021"
    state = "China" if "Chinese" in sentence else "India"
    assert (state, "PARTICIPATED_IN", exercise) in found


@pytest.mark.parametrize("sentence", [
    "Two Indian frigates will sail to Vladivostok for Indra-2021.",
    "Indian frigates did not sail to Vladivostok for Indra-2021.",
    "Two Indian frigates sailed to Vladivostok for talks with Russia.",
])
def test_ships_to_sail_for_an_exercise_or_for_talks_give_no_participation(sentence):
    assert not facts(sentence, "PARTICIPATED_IN")


# --- a pair's own description of its ties, in a relative clause --------------------------------

def test_a_pair_before_a_relative_clause_on_their_partnership_are_partners():
    assert ("Azerbaijan", "PARTNERS_WITH", "Turkey") in facts(
        "Ankara and Baku, which describe their ties as an alliance of \"one nation, two states\", held drills.")


@pytest.mark.parametrize("clause", ["which are not allies", "which may one day form an alliance", "which deny any alliance"])
def test_a_pair_before_a_denied_or_hoped_partnership_is_none(clause):
    assert not facts(f"Ankara and Baku, {clause}, held talks in Shusha.", "PARTNERS_WITH")


# --- "to unease in Stockholm": where a drill was felt is not where it was held ------------------

@pytest.mark.parametrize("reaction", ["to unease in Sweden", "causing alarm in Poland and Lithuania", "amid growing concern in Finland"])
def test_a_reaction_abroad_is_no_place_of_the_exercise(reaction):
    found = facts(f"Russia and Belarus held Zapad-2021 in Belarus, {reaction}.", "HELD_IN")
    assert found == {("Zapad-2021", "HELD_IN", "Belarus")}


def test_a_second_place_of_the_exercise_is_still_a_place():
    found = facts("Russia and Belarus held Zapad-2021 in Belarus and in Russia.", "HELD_IN")
    assert {("Zapad-2021", "HELD_IN", "Belarus"), ("Zapad-2021", "HELD_IN", "Russia")} <= found


# --- "the two governments" after a sentence that names a third state's officials ----------------

def test_the_two_governments_are_the_trading_pair_not_a_states_officials():
    found = facts("Iran has shipped Fath-360 missiles to Russia since 2024, and Ukrainian officials have shown fragments "
                  "to reporters. In January 2025 the two governments signed a treaty on comprehensive strategic partnership.",
                  "PARTNERS_WITH")
    assert found == {("Iran", "PARTNERS_WITH", "Russia")}


def test_the_two_countries_after_both_states_officials_met_are_that_pair():
    assert ("China", "PARTNERS_WITH", "Russia") in facts(
        "Russian and Chinese officials met in Beijing. The two countries then signed a partnership treaty.")


def test_the_two_governments_that_may_sign_are_no_partners():
    assert not facts("Iran has shipped Fath-360 missiles to Russia, and Ukrainian officials have shown fragments. "
                     "The two governments may sign a partnership treaty next year.", "PARTNERS_WITH")


# --- "flies about 260 of the twin-engine jets": a count of the craft just named -----------------

@pytest.mark.parametrize("count", ["about 40 of the twin-engine jets", "most of the fighters", "two squadrons of the jets"])
def test_a_count_of_the_craft_just_named_is_that_system(count):
    found = facts(f"Egypt took delivery of Rafale fighters from France in 2015. Today the Egyptian Air Force flies {count}.", "OPERATES")
    assert ("Egyptian Air Force", "OPERATES", "Rafale") in found


@pytest.mark.parametrize("count", ["may fly about 40 of the twin-engine jets by 2030", "does not fly any of the jets yet"])
def test_a_count_of_the_craft_planned_or_denied_gives_nothing(count):
    found = facts(f"Egypt ordered Rafale fighters from France in 2021. The Egyptian Air Force {count}.", "OPERATES")
    assert ("Egyptian Air Force", "OPERATES", "Rafale") not in found


# --- ", and the Indian Army's main battle tank, ...": a new clause, not the verb's object -------

def test_a_force_possessive_after_comma_and_opens_a_new_clause():
    found = facts("The Algerian Air Force flies Su-30MKA fighters, and the Algerian Army's main battle tank, the T-90S, "
                  "came from Russia as well.", "OPERATES")
    assert ("Algerian Air Force", "OPERATES", "Su-30MKA") in found
    assert ("Algerian Air Force", "OPERATES", "T-90S") not in found


def test_a_plain_second_object_after_comma_and_is_still_the_verbs():
    found = facts("The Algerian Air Force flies Su-30MKA fighters, and the Yak-130 trainer.", "OPERATES")
    assert {("Algerian Air Force", "OPERATES", "Su-30MKA"), ("Algerian Air Force", "OPERATES", "Yak-130")} <= found


# --- "the army's main battle tank, the T-90S, came from Russia": the owner of an apposed system --

@pytest.mark.parametrize("verb", ["came from", "was bought from"])
def test_the_owner_of_a_noun_whose_apposition_is_the_system_is_the_buyer(verb):
    found = facts(f"The Algerian Army's main battle tank, the T-90S, {verb} Russia.", "SOLD", "ACQUIRED")
    assert {("Russia", "SOLD", "T-90S"), ("Algerian Land Forces", "ACQUIRED", "T-90S")} <= found


@pytest.mark.parametrize("verb", ["did not come from", "may yet be bought from"])
def test_an_apposed_system_denied_or_hoped_for_gives_nothing(verb):
    assert not facts(f"The Algerian Army's main battle tank, the T-90S, {verb} Russia.", "SOLD", "ACQUIRED")


# --- "fought" after a paragraph on an exercise: combat, unless fought alongside ----------------

def test_states_that_fought_each_other_after_an_exercise_paragraph_did_not_take_part():
    found = facts("Their navies have trained together in the Sea Guardian series since 2020. "
                  "Eritrean and Ethiopian troops fought along the border in 1999.")
    assert not {f for f in found if f[1] in ("PARTICIPATED_IN", "HELD_IN")}
    assert ("Eritrea", "CLASHED_WITH", "Ethiopia") in found


def test_troops_that_fought_alongside_in_the_exercise_paragraph_took_part():
    found = facts("Zapad-2021 opened in Belarus. Kazakh and Armenian troops fought alongside Russian units.", "PARTICIPATED_IN")
    assert {("Kazakhstan", "PARTICIPATED_IN", "Zapad-2021"), ("Armenia", "PARTICIPATED_IN", "Zapad-2021")} <= found


# --- "-hosted" as an adjective, and other drills in a clause joined by "while" ------------------

def test_a_hosted_adjective_names_the_host_of_the_exercise_after_it():
    found = facts("Thailand sent a frigate to the US-hosted RIMPAC-2014.", "HOSTED", "PARTICIPATED_IN")
    assert found == {("United States", "HOSTED", "RIMPAC-2014"), ("Thailand", "PARTICIPATED_IN", "RIMPAC-2014")}


def test_drills_named_by_their_host_in_a_later_clause_are_not_the_first_clauses_exercise():
    found = facts("The Indonesian Navy has trained with the US Navy in Garuda Shield every year since 2009, while the "
                  "Indonesian Army still sends troops to Chinese-hosted drills.", "HOSTED", "PARTICIPATED_IN")
    assert ("Indonesian Navy", "PARTICIPATED_IN", "Garuda Shield") in found
    assert ("Indonesian Army", "PARTICIPATED_IN", "Garuda Shield") not in found
    assert not {f for f in found if f[1] == "HOSTED"}
    assert ("China", "PARTICIPATED_IN", "Garuda Shield") not in found


def test_a_hosted_adjective_in_a_denied_sentence_gives_nothing():
    assert not facts("Thailand did not send a frigate to the US-hosted RIMPAC-2014.", "HOSTED", "PARTICIPATED_IN")


# --- a name repeated as a bracketed acronym inside a list -------------------------------------

def test_a_bracketed_acronym_after_a_name_keeps_the_list_together():
    found = facts("Garuda Shield 2023, which the Indonesian National Armed Forces (TNI) and the United States co-hosted, "
                  "ended on Friday.", "HOSTED")
    assert {("Indonesia", "HOSTED", "Garuda Shield"), ("United States", "HOSTED", "Garuda Shield")} <= found


def test_a_bracketed_acronym_in_a_list_that_will_host_gives_nothing():
    assert not facts("The Indonesian National Armed Forces (TNI) and the United States will co-host Garuda Shield 2027.", "HOSTED")


# --- a licence from a firm, and a firm after a fronted place -----------------------------------

def test_a_licence_from_a_firm_is_know_how_from_its_home_state():
    found = facts("Larsen & Toubro assembles the K9 Thunder under a licence from Hanwha Aerospace.")
    assert {("Larsen & Toubro", "PRODUCED", "K9 Thunder"), ("South Korea", "TRANSFERRED_TECHNOLOGY_TO", "India")} <= found


def test_a_firm_after_a_fronted_place_is_the_subject():
    assert ("Larsen & Toubro", "PRODUCED", "K9 Thunder") in facts("In India Larsen & Toubro builds the K9 Thunder at Hazira.")


@pytest.mark.parametrize("sentence", [
    "Larsen & Toubro may assemble the K9 Thunder under a licence from Hanwha Aerospace.",
    "Larsen & Toubro has not assembled the K9 Thunder under a licence from Hanwha Aerospace.",
    "Larsen & Toubro hopes to assemble the K9 Thunder under a licence from Hanwha Aerospace.",
])
def test_a_licence_from_a_firm_hoped_or_denied_gives_nothing(sentence):
    assert not facts(sentence, "TRANSFERRED_TECHNOLOGY_TO", "PRODUCED")


def test_a_firm_in_a_later_clause_is_not_the_licensor_of_an_earlier_one():
    found = facts("Turkey built its T-155 Firtina with Korean technology, and in India Larsen & Toubro builds the K9 Thunder.",
                  "TRANSFERRED_TECHNOLOGY_TO")
    assert ("India", "TRANSFERRED_TECHNOLOGY_TO", "Turkey") not in found


# --- "Russian officials accused China of ...": an active accusation, not a participle -----------

def test_officials_who_accuse_a_state_speak_for_their_state():
    assert ("India", "OPPOSES", "Pakistan") in facts("Indian officials accused Pakistan of sheltering the attackers.", "OPPOSES")


@pytest.mark.parametrize("sentence", [
    "Two Pakistani firms accused of shipping drone parts to Iran were fined.",
    "Two Pakistani firms accused by New Delhi of shipping drone parts denied it.",
    "Indian officials have never accused Pakistan of sheltering the attackers.",
    "Indian officials may accuse Pakistan of sheltering the attackers.",
])
def test_accused_firms_and_denied_or_hoped_accusations_give_nothing(sentence):
    assert not facts(sentence, "OPPOSES")
