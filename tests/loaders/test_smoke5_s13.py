"""Faults found by a fifth round of smoke tests (session 13): a lead's own country brief, and
short notes in styles earlier rounds did not use (lecture notes, an essay with citations, a
grant proposal, a ministry press release, a ship's visit report, a tender summary, an "ask the
expert" column, a podcast transcript, a fact-check, a diplomatic readout, a magazine sidebar,
an encyclopedia stub, an internal memo). Each case is a new sentence, with twins that must give
nothing."""
from __future__ import annotations

import pytest

from loaders.extract import default_extractor, extract_text
from tests.loaders.sentences import facts


# --- a list entry does not borrow a system another entry named -------------------------------------

def test_an_entry_naming_no_known_system_does_not_borrow_the_last_entrys():
    for entry in (
        "- Turkey: unarmed drones (flown by the Royal Moroccan Air Force since 2021).",
        "- Turkey: drones, operated by the Nigerian Air Force since 2021.",
        "* Israel: loitering munitions; operated by the army since 2019.",
    ):
        text = "Suppliers at a glance\n\n- Russia: twelve Mi-17 helicopters, delivered in 2014.\n" + entry
        assert ("Mi-17" not in {target for _, kind, target in facts(text, "OPERATES")}), entry


def test_a_table_row_does_not_borrow_the_row_above():
    text = ("| Supplier | Item |\n|---|---|\n| Russia | twelve Mi-17 helicopters, delivered in 2014 |\n"
            "| Turkey | drones, operated by the Nigerian Air Force since 2021 |\n")
    assert not any(target == "Mi-17" for _, _, target in facts(text, "OPERATES"))


def test_an_entry_still_reads_its_own_system_and_its_own_earlier_sentence():
    text = "Suppliers\n\n- Russia: twelve Mi-17 helicopters arrived in 2014. They are flown by the Nigerian Air Force."
    assert ("Nigerian Air Force", "OPERATES", "Mi-17") in facts(text, "OPERATES")
    text = "- France: Rafale jets.\n- Turkey: Bayraktar TB2 drones, flown by the Nigerian Air Force since 2021."
    assert facts(text, "OPERATES") == {("Nigerian Air Force", "OPERATES", "Bayraktar TB2")}


def test_a_system_heading_over_its_entries_is_still_borrowed():
    text = "Mi-17 helicopters\n\n- delivered by Russia in 2014\n- operated by the Nigerian Air Force since 2015"
    assert ("Nigerian Air Force", "OPERATES", "Mi-17") in facts(text, "OPERATES")


def test_a_hedged_count_in_brackets_leaves_the_fact():
    text = "- China: Wing Loong II drones (flown by the Algerian Air Force since 2018; numbers unconfirmed)."
    assert facts(text, "OPERATES") == {("Algerian Air Force", "OPERATES", "Wing Loong II")}
    hedged = "- China: Wing Loong II drones (reportedly flown by the Algerian Air Force since 2018)."
    assert facts(hedged, "OPERATES") == set()


# --- a title-case name before a kind of weapon names a system ----------------------------------------

def names(text: str) -> dict[str, str]:
    """The weapon systems found in ``text``: what was written → the name it was read as."""
    return {m.text: m.name for m in default_extractor().finder.find(text) if m.label == "WeaponSystem"}


def test_a_bare_family_name_is_its_usual_member():
    assert facts("Kazakhstan took delivery of Wing Loong drones from China in 2016.", "ACQUIRED") == {("Kazakhstan", "ACQUIRED", "Wing Loong I")}
    assert names("Ethiopia flew its Wing Loong II fleet.") == {"Wing Loong II": "Wing Loong II"}


def test_an_unknown_name_before_a_weapon_kind_is_discovered():
    assert names("In 2021 Zambia bought Dita howitzers.") == {"Dita": "Dita"}
    assert names("the Philippine Navy signed for two Hwarang frigates") == {"Hwarang": "Hwarang-class frigate"}
    assert facts("The Kenyan army has flown Karakal drones since 2022.", "OPERATES") == {("Kenya", "OPERATES", "Karakal")}
    assert facts("The Kenyan army may soon fly Karakal drones.", "OPERATES") == set()


def test_a_name_the_gazetteer_gives_after_a_designation_is_that_system():
    assert names("In 2021 Ukraine bought Bohdana howitzers.") == {"Bohdana": "2S22 Bohdana"}
    assert names("Washington blocked the sale of Cobra helicopters.") == {}  # the AH-1 Cobra or the Otokar Cobra: not said
    assert names("Moscow launched Shahed drones at Kyiv.") == {}  # a Shahed-129, -136 or -149: not said, and no new system either


def test_a_name_of_a_listed_class_is_that_class():
    assert names("Egypt ordered Gowind corvettes in 2014.") == {"Gowind": "Gowind-class corvette"}


def test_no_system_is_discovered_in_groups_makers_services_sides_or_openings():
    for text in (
        "Houthi drones struck the terminal.", "They intercepted Houthi drones.", "Iranian drones were seen over the gulf.",
        "Pilots flew Sukhoi fighter jets.", "The Navy frigates sailed at dawn.", "Armed drones hit the convoy.",
        "Cruise missiles rained down.", "- Attack helicopters: none", "Egypt Buys Chinese Drones", "Prime Minister Okafor drones",
        "Analysts cite Korean air defence systems.", "They studied the Orka submarine programme.", "a Western missile",
        "In March tanks rolled in.", "two Scorpene Evolved submarines",
    ):
        assert not [name for name in names(text).values() if name not in ("Scorpène-class submarine",)], text


# --- a letter of intent or a memorandum is a step towards a deal, not one ----------------------------

def test_a_letter_of_intent_for_a_supply_gives_no_transfer():
    for sentence in (
        "Officials confirmed that Senegal signed a letter of intent with France for the supply of Rafale fighters.",
        "In 2019 Manila signed an MoU to buy BrahMos missiles from India.",
        "Chile and Sweden signed a memorandum of understanding on the purchase of JAS 39 Gripen jets.",
        "Peru has a LoI with South Korea covering the delivery of FA-50 trainers.",
    ):
        assert facts(sentence, "SOLD", "ACQUIRED") == set(), sentence


def test_a_contract_or_a_deal_signed_under_a_memorandum_is_still_one():
    assert facts("In 2022 Manila signed a contract to buy BrahMos missiles from India.", "ACQUIRED") == {("Philippines", "ACQUIRED", "BrahMos")}
    assert facts("Under a 2015 memorandum of understanding, Russia delivered Su-35 jets to China in 2016.", "SOLD") == {("Russia", "SOLD", "Su-35")}


# --- a kind of deed opposed is no deed the paragraph told of -----------------------------------------

def test_opposing_a_kind_of_deployment_opposes_no_state_named_before():
    for sentence in (
        "Jakarta opposes the deployment of any foreign military bases in the region.",
        "Jakarta criticised the deployment of foreign troops on the peninsula.",
        "Jakarta has long condemned the sale of such weapons.",
    ):
        text = "Indonesia and Malaysia held talks with Singapore on Tuesday. " + sentence
        assert facts(text, "OPPOSES") == set(), sentence


def test_condemning_the_event_just_told_still_opposes_its_parties():
    text = "Russia and China held a joint air patrol over the Sea of Japan. Tokyo condemned the patrol."
    assert facts(text, "OPPOSES") == {("Japan", "OPPOSES", "Russia"), ("Japan", "OPPOSES", "China")}


# --- "it" after a subject and its companion is the subject; a coordinated "hosted" has its own object ---

def test_it_after_taking_part_with_a_companion_is_the_subject_alone():
    text = "The Sri Lanka Navy trained in Cope Thunder with the United States last year. It also joined Sea Guardian-2024, which Pakistan hosted."
    assert ("United States", "PARTICIPATED_IN", "Sea Guardian-2024") not in facts(text, "PARTICIPATED_IN")
    assert ("Sri Lanka Navy", "PARTICIPATED_IN", "Sea Guardian-2024") in facts(text, "PARTICIPATED_IN")


def test_they_after_a_pair_is_still_both():
    text = "The Sri Lanka Navy and the Indian Navy trained in SLINEX-2023. They also joined Sea Guardian-2024."
    assert {("Sri Lanka Navy", "PARTICIPATED_IN", "Sea Guardian-2024"), ("Indian Navy", "PARTICIPATED_IN", "Sea Guardian-2024")} <= facts(text, "PARTICIPATED_IN")


def test_a_coordinated_hosting_verb_hosts_its_own_object_where_it_was_held():
    text = "In 2022 Kenya took part in Cutlass Express with the United States and hosted the Ushirikiano drills off Mombasa in the Indian Ocean."
    found = facts(text)
    assert ("United States", "HOSTED", "Cutlass Express") not in found and ("Kenya", "HOSTED", "Cutlass Express") not in found
    assert ("Cutlass Express", "HELD_IN", "Indian Ocean") not in found
    assert ("Kenya", "HOSTED", "Ushirikiano") in found


def test_hosting_with_a_partner_is_still_cohosting():
    assert facts("Jordan hosted Eager Lion with the United States in 2022.", "HOSTED") == {("Jordan", "HOSTED", "Eager Lion"), ("United States", "HOSTED", "Eager Lion")}


# --- "the air force" of a state is its force today, not a former one the gazetteer lists alone ------

def test_the_bare_air_force_of_iran_is_the_islamic_republics():
    text = "Iran took delivery of Yak-130 trainers from Russia in 2023. The air force flies them from Isfahan."
    assert facts(text, "OPERATES") == {("Islamic Republic of Iran Air Force", "OPERATES", "Yak-130")}
    assert facts("Iran took delivery of Yak-130 trainers in 2023. The air force may fly them from Isfahan.", "OPERATES") == set()


# --- a deal signed with a seller for a supply: the signer gets the goods -----------------------------

def test_the_party_signing_with_the_seller_for_the_supply_is_the_buyer():
    text = "Kenya signed a contract with Turkey for the supply of Otokar Cobra vehicles."
    assert facts(text, "ACQUIRED") == {("Kenya", "ACQUIRED", "Otokar Cobra")}
    assert facts(text, "SOLD") == {("Turkey", "SOLD", "Otokar Cobra")}
    for twin in ("Kenya may sign a contract with Turkey for the supply of Otokar Cobra vehicles.",
                 "Kenya has not signed a contract with Turkey for the supply of Otokar Cobra vehicles.",
                 "Kenya signed a letter of intent with Turkey for the supply of Otokar Cobra vehicles."):
        assert facts(twin, "ACQUIRED", "SOLD") == set(), twin


# --- designations with a sub-type's number or a four-digit yard number ---------------------------

def test_a_type_with_a_subtype_number_and_a_four_digit_yard_design_are_discovered():
    assert names("Dhaka received Type 053H2 frigates from China.") == {"Type 053H2 frigate": "Type 053H2 frigate"}
    assert facts("The Philippine Navy operates a HDF3000 frigate built in South Korea.", "OPERATES") == {("Philippine Navy", "OPERATES", "HDF3000 frigate")}


# --- goods bought second-hand name their former owner as the seller ---------------------------------

def test_ex_and_former_owners_are_the_sellers_of_second_hand_goods():
    assert facts("In 2024 Buenos Aires bought ex-Danish F-16 jets.", "SOLD") == {("Denmark", "SOLD", "F-16")}
    assert facts("Bucharest received second-hand Portuguese F-16 jets from 2016.", "SOLD") == {("Portugal", "SOLD", "F-16")}
    for twin in ("Buenos Aires may buy ex-Danish F-16 jets.", "Buenos Aires did not buy ex-Danish F-16 jets."):
        assert facts(twin, "SOLD", "ACQUIRED") == set(), twin
    assert facts("In 2024 Buenos Aires bought Danish-made F-16 jets.", "SOLD") == set()


# --- a firm right before the verb, not a state further back, gives the know-how ---------------------

def test_a_firm_closer_to_the_verb_than_a_state_is_the_giver():
    text = "Brazil builds aircraft too: Embraer designed the KC-390, and Saab transferred technology to Brazil for the F-39 Gripen."
    assert facts(text, "TRANSFERRED_TECHNOLOGY_TO") == {("Sweden", "TRANSFERRED_TECHNOLOGY_TO", "Brazil")}
    assert facts("In 2001 Russia, through Rosoboronexport, transferred technology to India.", "TRANSFERRED_TECHNOLOGY_TO") == {("Russia", "TRANSFERRED_TECHNOLOGY_TO", "India")}
    twin = "Brazil builds aircraft too: Embraer designed the KC-390, and Saab may transfer technology to Brazil for the F-39 Gripen."
    assert facts(twin, "TRANSFERRED_TECHNOLOGY_TO") == set()


# --- "signing for" after the verb of a rival's evaluation is the order -------------------------------

def test_signing_for_in_a_gerund_is_an_order():
    text = "Buenos Aires looked at the JF-17 before finally signing for F-16 jets from Denmark in 2024."
    assert facts(text, "ACQUIRED") == {("Argentina", "ACQUIRED", "F-16")}
    for twin in ("Buenos Aires is considering signing for F-16 jets from Denmark.", "Buenos Aires looked at the JF-17 instead of signing for F-16 jets from Denmark."):
        assert facts(twin, "ACQUIRED") == set(), twin


def test_a_bare_family_name_before_family_or_an_unlisted_member_is_not_its_usual_member():
    assert names("The Wing Loong family is built in Chengdu.") == {}
    # an unlisted member is discovered as written, not read as the usual member
    assert names("Will Riyadh buy the Wing Loong X next?") == {"Wing Loong X": "Wing Loong X"}
    assert names("Riyadh flies the Wing Loong II, not the Wing Loong I.") == {"Wing Loong II": "Wing Loong II", "Wing Loong I": "Wing Loong I"}


# --- the agent of a giving participle after the goods is who gave them to the receiver ----------------

def test_goods_received_and_donated_by_a_state_name_both_sides():
    text = "In 2017 Belgrade received six MiG-29 jets donated by Moscow."
    assert facts(text, "ACQUIRED") == {("Serbia", "ACQUIRED", "MiG-29")}
    assert {(r.source, r.properties.get("to")) for r in extract_text(text).relations if r.type == "SOLD"} == {("Russia", "Serbia")}
    assert {(r.source, r.properties.get("from")) for r in extract_text(text).relations if r.type == "ACQUIRED"} == {("Serbia", "Russia")}
    assert facts("In 2017 Belgrade received six MiG-29 jets built by Russia.", "SOLD") == set()
    assert facts("Belgrade may receive six MiG-29 jets donated by Moscow.", "SOLD", "ACQUIRED") == set()


@pytest.mark.xfail(strict=True, reason="a gapped second delivery after a participle's agent ('... donated by Russia in 2017 and four more from Belarus') is not read")
def test_a_gapped_second_delivery_after_a_donation():
    text = "Serbia received six MiG-29s donated by Russia in 2017 and four more from Belarus in 2019."
    assert ("Belarus", "SOLD", "MiG-29") in facts(text, "SOLD")


# --- an air force renamed an aerospace force is still a service of its state ------------------------

def test_an_aerospace_force_of_a_known_state_is_discovered():
    assert facts("The Kfir jets remain in service with the Colombian Aerospace Force.", "ARMED_FORCE_OF") == {("Colombian Aerospace Force", "ARMED_FORCE_OF", "Colombia")}
    assert facts("The Kfir jets remain in service with the Colombian Aerospace Force.", "OPERATES") == {("Colombian Aerospace Force", "OPERATES", "Kfir")}
    assert facts("The Kfir jets may stay in service with the Colombian Aerospace Force.", "OPERATES") == set()


# --- a list entry is dated by its own years, not the entry before it --------------------------------

def test_an_entry_does_not_take_the_previous_entrys_year():
    text = "Notes, week 41\n\n1. Sofia: delivery of the F-16 Block 70 slipped to 2025.\n2. Ankara still operates the S-400 it bought from Russia."
    assert {r.properties.get("year") for r in extract_text(text).relations if r.type == "OPERATES"} == {None}
    dated = "In 2019:\n\n- Sofia: no change.\n- Ankara took delivery of the S-400 from Russia."
    assert {r.properties.get("year") for r in extract_text(dated).relations if r.type == "ACQUIRED"} == {2019}


def test_a_later_hosting_clause_with_its_own_pronoun_subject_keeps_it():
    text = "Astana hosted Peace Mission-2010, with troops from China and Russia taking part alongside Kazakh units, and it hosts the Steppe Eagle exercise."
    hosts = {source for source, _, target in facts(text, "HOSTED") if target == "Steppe Eagle"}
    assert hosts == {"Kazakhstan"}


# --- "it turned instead to" a seller: the sentence's buyer bought from it ---------------------------

def test_a_state_that_turned_instead_to_a_seller_bought_from_it():
    text = "After 2014 Baku bought little from Moscow; it turned instead to Israel, and in 2016 Azerbaijan signed for Barak-8 missiles."
    assert facts(text, "ACQUIRED") == {("Azerbaijan", "ACQUIRED", "Barak-8")}
    assert {r.properties.get("from") for r in extract_text(text).relations if r.type == "ACQUIRED"} == {"Israel"}
    twin = "After 2014 Baku bought little from Moscow; it may turn to Israel, and in 2016 Azerbaijan signed for Barak-8 missiles."
    assert {r.properties.get("from") for r in extract_text(twin).relations if r.type == "ACQUIRED"} == {None}


# --- faults found and left open --------------------------------------------------------------------

@pytest.mark.xfail(strict=True, reason="patrols told in a relative clause on the patrol noun ('the joint patrols that A and B have conducted in X') are not read")
def test_patrols_told_in_a_relative_clause_on_the_noun():
    text = "The joint patrols that Jakarta and Kuala Lumpur have conducted in the Strait of Malacca since 2004 continue."
    assert ("Indonesia", "PATROLLED", "Strait of Malacca") in facts(text, "PATROLLED")


@pytest.mark.xfail(strict=True, reason="a slash pair of sub-models after a known system ('Kfir C10/C12 fleet') stops the reduced participle's seller")
def test_a_fleet_of_slash_sub_models_acquired_from_a_seller():
    text = "The Kfir C10/C12 fleet, acquired from Israel in 2008, remains in service with the Colombian Aerospace Force."
    assert ("Israel", "SOLD", "Kfir") in facts(text, "SOLD")


@pytest.mark.xfail(strict=True, reason="a pseudo-cleft with a fronted date ('What Iran did receive, in 2023, were X, which the air force flies') loses the relative's operator")
def test_a_pseudo_cleft_with_a_relative_on_the_goods():
    text = "What Tehran did receive, in 2023, were Yak-130 jet trainers, which the Islamic Republic of Iran Air Force now flies."
    assert ("Islamic Republic of Iran Air Force", "OPERATES", "Yak-130") in facts(text, "OPERATES")


@pytest.mark.xfail(strict=True, reason="'<State> Naval Command' (Tanzania's navy) is no service shape the finder discovers")
def test_a_naval_command_named_after_its_state():
    assert ("Tanzania Naval Command", "ARMED_FORCE_OF", "Tanzania") in facts("The Tanzania Naval Command operates two Type 062 patrol boats.", "ARMED_FORCE_OF")
