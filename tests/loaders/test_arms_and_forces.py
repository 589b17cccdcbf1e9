"""Arms transfers, production, operators, sanctions, clashes and force ownership, in the
phrasings other writers use. Every sentence here is written for these tests; none is
taken from a corpus or evaluation document."""
from __future__ import annotations

import pytest

from loaders.extract import extract_text
from tests.loaders.sentences import facts


def sellers(text: str) -> dict[tuple, str | None]:
    """(buyer, system) → seller of each ACQUIRED relation found in ``text``."""
    return {(r.source, r.target): r.properties.get("from") for r in extract_text(text).relations if r.type == "ACQUIRED"}


# --- purchases ------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Hanoi signed for six Kilo-class submarines in 2009.",
    "Vietnam signed up for six Kilo-class submarines in 2009.",
    "In 2009 Vietnam contracted for six Kilo-class submarines.",
])
def test_signing_for_a_system_is_buying_it(text):
    assert ("Vietnam", "ACQUIRED", "Kilo-class submarine") in facts(text)


def test_a_contract_with_a_state_to_buy_from_its_company_names_both_sellers():
    text = "Greece signed a contract with France to buy 18 Rafale jets from Dassault Aviation in 2021."
    found = facts(text, "SOLD", "ACQUIRED")
    assert ("Greece", "ACQUIRED", "Rafale") in found
    assert {("France", "SOLD", "Rafale"), ("Dassault Aviation", "SOLD", "Rafale")} <= found
    assert ("France", "ACQUIRED", "Rafale") not in found


@pytest.mark.parametrize("text, seller", [
    ("Ankara bought Russia's S-400 in 2017.", "Russia"),
    ("Cairo signed for a large package of Russian equipment, including MiG-29M fighters.", "Russia"),
    ("In 2015 Baghdad purchased a batch of Chinese arms, including CH-4 drones.", "China"),
])
def test_the_seller_may_be_named_on_the_goods(text, seller):
    bought = sellers(text)
    assert len(bought) == 1 and next(iter(bought.values())) == seller


def test_a_nationality_on_the_system_alone_names_no_seller():
    assert sellers("Iran received two Russian Yak-130 trainers in 2023.") == {("Iran", "Yak-130"): None}


def test_a_deal_to_buy_with_no_buyer_named_still_names_the_seller():
    found = facts("A deal to buy twelve used Mirage 2000 fighters from Qatar ran into money trouble.", "SOLD", "ACQUIRED")
    assert found == {("Qatar", "SOLD", "Mirage 2000")}


def test_a_purchase_as_a_noun_is_not_a_new_buyer():
    found = facts("Ankara bought the S-400 in 2017, a purchase that angered Washington.", "ACQUIRED")
    assert found == {("Turkey", "ACQUIRED", "S-400")}


def test_a_licence_obtained_is_not_the_weapon():
    found = facts("The Indian Army fields T-90S tanks assembled under a licence obtained from Russia.", "ACQUIRED", "SOLD")
    assert found == set()


def test_it_is_the_subject_of_the_sentence_not_the_last_state_named():
    text = "Finland also bought American equipment: it ordered F-35 fighters from the United States in 2021."
    assert sellers(text).get(("Finland", "F-35")) == "United States"
    assert ("United States", "ACQUIRED", "F-35") not in facts(text)


def test_a_fronted_source_is_not_the_buyer():
    text = "Algeria took delivery of CH-4 drones from China. From Germany it acquired two frigates and MEKO A-200 frigates."
    assert not {f for f in facts(text, "ACQUIRED") if f[0] == "Germany"}


# --- sales ----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Six MiG-29 fighters were donated by Russia to Serbia in 2017.",
    "Russia gifted six MiG-29 fighters to Serbia in 2017.",
    "The donation of six MiG-29 fighters by Russia to Serbia was completed in 2017.",
])
def test_a_donation_is_a_delivery(text):
    found = facts(text, "SOLD", "ACQUIRED")
    assert ("Russia", "SOLD", "MiG-29") in found


def test_a_company_whose_product_has_been_sold_is_its_seller():
    assert ("Baykar", "SOLD", "Bayraktar TB2") in facts("Baykar's Bayraktar TB2 has been sold to more than thirty countries.")


def test_a_participle_after_a_named_system_with_its_head_noun_only_describes_it():
    text = "Russia sold Iran the S-300PMU-2 air defence system, delivered in 2016."
    found = facts(text, "SOLD")
    assert found == {("Russia", "SOLD", "S-300PMU-2")}


def test_a_nationality_before_a_generic_noun_is_not_the_seller_of_a_participle():
    text = "Iran took delivery of Yak-130 trainers, the first new Russian combat aircraft delivered to Iran in decades."
    assert ("Russia", "SOLD", "Yak-130") not in facts(text)


def test_a_theme_is_not_read_across_an_unnamed_noun_phrase():
    text = "Chinese Y-20 transports landed in Belgrade carrying a missile system Serbia bought from China."
    assert ("Serbia", "ACQUIRED", "Y-20") not in facts(text)


# --- production -----------------------------------------------------------------------

@pytest.mark.parametrize("text, producer", [
    ("Russia transferred the technology to produce the Su-30MKI in India.", None),
    ("The Soviet Union undertook to supply the blueprints needed to build the MiG-21 in India.", None),
    ("In 1996 Russia sold China a licence to assemble Su-27 fighters at Shenyang.", "China"),
    ("Moscow granted Beijing the rights to build the Su-27.", "China"),
])
def test_whoever_hands_over_the_means_to_build_is_not_the_builder(text, producer):
    built = {source for source, _, _ in facts(text, "PRODUCED")}
    assert built == ({producer} if producer else set())


@pytest.mark.parametrize("text", [
    "The JF-17 is built by Pakistan Aeronautical Complex with Chengdu Aircraft Corporation.",
    "The JF-17 was developed by Chengdu Aircraft Corporation with Pakistan Aeronautical Complex.",
])
def test_a_partner_after_by_also_builds(text):
    assert {"Pakistan Aeronautical Complex", "Chengdu Aircraft Corporation"} <= {s for s, _, _ in facts(text, "PRODUCED")}


# --- operators ------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "In 2016 Egypt equipped its new ships with Ka-52 helicopters.",
    "Egypt has re-equipped its navy with Ka-52 helicopters.",
])
def test_equipping_with_a_system_is_operating_it(text):
    assert ("Egypt", "OPERATES", "Ka-52") in facts(text, "OPERATES")


def test_a_possessive_use_of_a_system_is_operating_it():
    assert ("Pakistan", "OPERATES", "J-10C") in facts("Pakistan's use of the J-10C in 2025 attracted attention.")


def test_an_operator_fields_a_system_named_after_a_carrier_it_sends():
    text = "India's carrier INS Vikramaditya, flying MiG-29K fighters, sailed with the US fleet."
    assert ("India", "OPERATES", "MiG-29K") in facts(text, "OPERATES")


def test_brought_along_is_fielded():
    assert ("China", "OPERATES", "Type 99 tank") in facts("China brought its own Type 99 tanks to the range.", "OPERATES")


# --- clashes --------------------------------------------------------------------------

@pytest.mark.parametrize("text, pair", [
    ("India and Pakistan went to war in 1965, and it was the Soviet Union that brokered the peace.", ("India", "Pakistan")),
    ("The drones proved themselves in Russia's war of aggression against Ukraine.", ("Russia", "Ukraine")),
    ("Azerbaijan, Turkey's closest ally in the region, used drones to great effect in the 2020 war with Armenia.", ("Armenia", "Azerbaijan")),
    ("Russian forces have used them against Ukrainian cities since 2022.", ("Russia", "Ukraine")),
])
def test_wars_are_clashes_between_their_two_sides(text, pair):
    assert facts(text, "CLASHED_WITH") == {(pair[0], "CLASHED_WITH", pair[1])}


def test_a_supporter_of_a_war_is_not_a_side_of_it():
    found = facts("Iran's military support to Russia's war of aggression against Ukraine drew sanctions.", "CLASHED_WITH")
    assert found == {("Russia", "CLASHED_WITH", "Ukraine")}


def test_a_law_used_against_a_buyer_is_no_clash():
    assert facts("The law had been used against a buyer of Russian arms.", "CLASHED_WITH") == set()


@pytest.mark.parametrize("text, fact", [
    ("Supplies arrived aboard Indian Air Force C-17 transports in May.", ("Indian Air Force", "OPERATES", "C-17")),
    ("The PLA Navy's Type 055 destroyers led the column.", ("PLA Navy", "OPERATES", "Type 055 destroyer")),
    ("Four H-6K bombers of the PLA Air Force took off at dawn.", ("PLA Air Force", "OPERATES", "H-6K")),
    ("Radar tracks showed lone Russian Il-20 flights over the Baltic Sea.", ("Russia", "OPERATES", "Il-20")),
    ("China's aircraft carrier Liaoning left Qingdao on Monday.", ("China", "OPERATES", "Liaoning")),
    ("The convoy was led by the Russian Pacific Fleet flagship, the Slava-class cruiser Varyag.", ("Russian Pacific Fleet", "OPERATES", "Slava-class cruiser")),
])
def test_how_a_system_is_named_tells_who_fields_it(text, fact):
    assert fact in facts(text, "OPERATES")


def test_an_operator_named_inside_a_report_is_not_asserted():
    assert facts("Reports that Indian Air Force C-17 transports landed in Manila are unconfirmed.", "OPERATES") == set()


def test_the_subject_flies_the_systems_of_its_force():
    found = facts("The Russian side flies Tu-95MS bombers of the Russian Aerospace Forces.", "OPERATES")
    assert {("Russia", "OPERATES", "Tu-95MS"), ("Russian Aerospace Forces", "OPERATES", "Tu-95MS")} <= found


def test_a_contribution_is_fielded():
    assert ("Russia", "OPERATES", "Udaloy-class destroyer") in facts("The Russian contribution was two Udaloy-class destroyers.", "OPERATES")


def test_them_is_the_system_named_before_the_verb():
    text = "India ordered MiG-29K fighters from Russia in 2004; the Indian Navy flies them from INS Vikramaditya."
    assert ("Indian Navy", "OPERATES", "MiG-29K") in facts(text, "OPERATES")


# --- tables ---------------------------------------------------------------------------

TABLE = """Russian tank exports

| Customer | System | Manufacturer | Delivered | Status |
|---|---|---|---|---|
| Algeria | T-90S | Uralvagonzavod | 2008 | In service |
| Iraq | T-90S | Uralvagonzavod | 2018 | Delivered; not yet operational |
| Turkey | — | — | — | Not a customer |
"""


def test_a_table_under_an_exports_heading_names_the_seller_and_its_maker_column_the_producer():
    found = facts(TABLE)
    assert {("Russia", "SOLD", "T-90S"), ("Algeria", "ACQUIRED", "T-90S"), ("Iraq", "ACQUIRED", "T-90S")} <= found
    assert ("Uralvagonzavod", "PRODUCED", "T-90S") in found
    assert {f for f in found if f[1] == "OPERATES"} == {("Algeria", "OPERATES", "T-90S")}
    assert not {f for f in found if f[0] == "Turkey"}


# --- sanctions ------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The row led Washington to cancel the deal with Turkey and, in 2020, to impose sanctions on Rosoboronexport.",
    "Washington blacklisted Russian arms exporters early: in 2006 it imposed sanctions on Rosoboronexport.",
    "The penalties that the United States imposed on Rosoboronexport in 2006 were lifted later.",
])
def test_who_sanctions_in_control_pronoun_and_relative_clauses(text):
    assert facts(text, "SANCTIONED") == {("United States", "SANCTIONED", "Rosoboronexport")}


def test_a_state_sanctioned_after_another_verb_on_it_is_sanctioned_by_the_subject():
    text = "In 2019 the United States removed Turkey from the F-35 programme and in 2020 sanctioned Turkey."
    assert facts(text, "SANCTIONED") == {("United States", "SANCTIONED", "Turkey")}


def test_tariffs_imposed_on_a_state_are_not_sanctions():
    assert facts("The United States imposed on China tariffs of 25 per cent.", "SANCTIONED") == set()


def test_existing_sanctions_named_with_their_author_survive_a_refusal_to_join_them():
    text = "Belgrade has refused to join EU sanctions against Russia."
    assert facts(text, "SANCTIONED") == {("European Union", "SANCTIONED", "Russia")}


@pytest.mark.parametrize("text", [
    "No US sanctions have been imposed on Egypt.",
    "Officials discussed possible EU sanctions against Belarus.",
    "The United States might impose sanctions on India.",
    "There is no evidence that the EU sanctioned Serbia.",
])
def test_negated_or_hedged_sanctions_give_nothing(text):
    assert facts(text, "SANCTIONED") == set()


# --- what a hedge reaches ---------------------------------------------------------------

def test_a_hedge_does_not_reach_a_relative_clause_on_a_named_system():
    text = "Officials said the new radar would complement the Pantsir-S1 systems that Serbia received from Russia in 2020."
    assert sellers(text) == {("Serbia", "Pantsir-S1"): "Russia"}


def test_a_hedge_reaches_its_own_verb():
    assert sellers("Serbia would receive Pantsir-S1 systems from Russia.") == {}


@pytest.mark.parametrize("text", [
    "In 1962 India agreed to buy the MiG-21 from the Soviet Union.",
    "The government, having failed to obtain fighters from Britain, agreed to buy the MiG-21 from the Soviet Union.",
])
def test_an_agreement_to_buy_is_a_purchase(text):
    assert ("Soviet Union", "SOLD", "MiG-21") in facts(text, "SOLD")


@pytest.mark.parametrize("text", [
    "India agreed to join the exercise next year.",
    "India has failed to obtain the Su-57 from Russia.",
    "India might agree to buy the Su-57 from Russia.",
])
def test_agreements_to_other_things_and_failures_stay_blocked(text):
    assert facts(text, "ACQUIRED", "SOLD", "PARTICIPATED_IN") == set()


# --- whose force ----------------------------------------------------------------------

@pytest.mark.parametrize("text, force, state", [
    ("Russia's Pacific Fleet and Northern Fleet sailed together.", "Northern Fleet", "Russia"),
    ("The navy of Iran has two new corvettes.", "Islamic Republic of Iran Navy", "Iran"),
    ("In 2024 Russia re-created the Leningrad Military District.", "Leningrad Military District", "Russia"),
])
def test_a_force_tied_to_its_state(text, force, state):
    assert (force, "ARMED_FORCE_OF", state) in facts(text, "ARMED_FORCE_OF")


@pytest.mark.parametrize("text", [
    "Dong Jun, China's defence minister, is a former commander of the PLA Navy.",
    "Observers from China watched the PLA Navy drill.",
])
def test_a_state_merely_named_near_a_force_does_not_own_it_there(text):
    assert facts(text, "ARMED_FORCE_OF") == set()


# --- modifiers and references ---------------------------------------------------------

def test_an_era_adjective_is_not_a_buyer():
    text = "Moscow wrote off Soviet-era debt and Hanoi signed for six Kilo-class submarines."
    assert facts(text, "ACQUIRED") == {("Vietnam", "ACQUIRED", "Kilo-class submarine")}


def test_a_compound_adjective_is_not_a_production_verb():
    assert facts("Serbia's FK-3 is the export version of the Chinese-built HQ-22.", "PRODUCED") == {("China", "PRODUCED", "HQ-22")}


def test_an_appositive_possessor_is_not_the_subject():
    text = "Azerbaijan, Turkey's closest ally in the region, fielded Bayraktar TB2 drones in 2020."
    assert facts(text, "OPERATES") == {("Azerbaijan", "OPERATES", "Bayraktar TB2")}


def test_a_ship_named_after_its_class_word_is_not_the_last_ship_mentioned():
    text = "The US sent an Arleigh Burke-class destroyer. Japan sent the destroyer JS Onami with its crew."
    assert ("Japan", "OPERATES", "Arleigh Burke-class destroyer") not in facts(text, "OPERATES")


def test_aboard_a_transport_is_not_what_was_handed_over():
    text = "The missiles were flown to Manila aboard Indian Air Force C-17 transports and handed over to the Philippine Navy."
    assert not {f for f in facts(text, "ACQUIRED") if f[2] == "C-17"}


# --- clauses and coordination -----------------------------------------------------------

def test_a_second_clause_subject_is_not_a_second_buyer():
    text = "Iran has supplied Shahed-136 drones to Russia, and North Korea has supplied KN-23 missiles to Russia."
    found = facts(text, "SOLD", "ACQUIRED")
    assert ("North Korea", "ACQUIRED", "Shahed-136") not in found and ("Iran", "SOLD", "KN-23") not in found
    assert {("Iran", "SOLD", "Shahed-136"), ("Russia", "ACQUIRED", "Shahed-136")} <= found


def test_coordinated_sources_share_their_preposition():
    text = "Having failed to get fighters from Britain or the United States, India agreed to buy the MiG-21 from the Soviet Union."
    buyers = {source for source, _, _ in facts(text, "ACQUIRED")}
    assert buyers == {"India"}


def test_a_state_signed_with_is_the_seller_not_the_buyer_of_the_next_delivery():
    text = "China signed for the S-400 with Moscow in 2014 and took delivery of its first regiment in 2018."
    found = facts(text, "ACQUIRED", "SOLD")
    assert ("China", "ACQUIRED", "S-400") in found and ("Russia", "SOLD", "S-400") in found
    assert ("Russia", "ACQUIRED", "S-400") not in found


@pytest.mark.parametrize("text", [
    "Russia put the S-400 into service in 2007.",
    "The Indian Navy brought the P-8I into service in 2013.",
])
def test_putting_into_service_is_operating(text):
    assert {t for _, _, t in facts(text, "OPERATES")} & {"S-400", "P-8 Poseidon"}


@pytest.mark.parametrize("text", [
    "Pakistan co-produces the JF-17 at Kamra.",
    "Since 2015 Indonesia has been co-developing the KF-X fighter and the JF-17 with South Korea.",
])
def test_co_production_is_production(text):
    assert any(t == "JF-17" for _, _, t in facts(text, "PRODUCED"))


def test_what_a_state_was_building_is_not_the_system_compared_with_it():
    assert facts("The AL-41F1S was better than anything China was building at the time.", "PRODUCED") == set()


@pytest.mark.parametrize("text, pair", [
    ("Azerbaijan stayed away; its conflict with Armenia flared again in September.", ("Armenia", "Azerbaijan")),
    ("Russia vetoed a US draft on its invasion of Ukraine.", ("Russia", "Ukraine")),
    ("In March 1969 Chinese troops ambushed a Soviet patrol on the river.", ("China", "Soviet Union")),
])
def test_clashes_named_through_a_possessive_pronoun_or_an_ambush(text, pair):
    assert (pair[0], "CLASHED_WITH", pair[1]) in facts(text, "CLASHED_WITH")


@pytest.mark.parametrize("text", [
    "The drills rehearsed scenarios involving a conflict with China.",
    "Planners in Tokyo worry about a possible war with North Korea.",
])
def test_a_conflict_in_general_is_no_clash(text):
    assert facts(text, "CLASHED_WITH") == set()


def test_a_border_war_that_was_fought_is_a_clash():
    assert facts("In 1962 China and India fought a short border war.", "CLASHED_WITH") == {("China", "CLASHED_WITH", "India")}


# --- statements that give nothing -------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Egypt is said to have ordered Su-35 fighters from Russia.",
    "Vietnam is reportedly close to buying BrahMos missiles from India.",
    "If Turkey buys more S-400s, Washington will impose further sanctions.",
    "Algeria has not bought the Su-57, officials said.",
    "No evidence has emerged that Iran received Su-35 fighters from Russia.",
    "Russia denied that it had supplied S-300 batteries to Syria.",
    "Indonesia abandoned its order for Su-35 fighters in 2021.",
    "The sale of Su-35s to Egypt never went ahead.",
    "Pakistan may field the J-35 by 2027.",
    "Claims that Myanmar operates CH-4 drones remain unverified.",
    "Washington threatened sanctions on India over the S-400.",
    "The EU is considering sanctions against Belarus.",
    "Armenia and Azerbaijan could go to war again.",
    "Iran would like to acquire J-10C fighters from China.",
    "A rumoured delivery of Su-35s to Iran has not been confirmed.",
    "Turkey wants to buy 40 F-16 fighters from the United States.",
    "Russia is believed to have deployed the S-400 in Belarus.",
    "Washington has so far refrained from sanctioning India.",
])
def test_negated_hedged_planned_and_abandoned_statements_give_nothing(text):
    assert facts(text, "SOLD", "ACQUIRED", "OPERATES", "PRODUCED", "SANCTIONED", "CLASHED_WITH") == set()


@pytest.mark.parametrize("text", [
    "The jet is powered by the RD-93, a Klimov engine that Russia sells to China.",
    "Beijing paid for the RD-93 engines that Russia sells to China.",
])
def test_the_antecedent_of_an_object_relative_is_the_theme(text):
    assert ("Russia", "SOLD", "RD-93") in facts(text, "SOLD")


def test_a_contrast_starts_a_new_assertion():
    text = "There is no evidence that China copied the Su-35, although China still imported AL-31F engines from Russia."
    found = facts(text, "ACQUIRED", "PRODUCED")
    assert ("China", "ACQUIRED", "AL-31F") in found and ("China", "PRODUCED", "Su-35") not in found


@pytest.mark.parametrize("text, fact", [
    ("Egypt's fleet of Rafale jets grew to 54 in 2021.", ("Egypt", "OPERATES", "Rafale")),
    ("The United States added Rosoboronexport to the Entity List in 2022.", ("United States", "SANCTIONED", "Rosoboronexport")),
    ("China is the main supplier of arms to Pakistan, including the JF-17.", ("China", "SOLD", "JF-17")),
    ("Vietnam signed a contract for four Gepard-class frigates with Russia in 2006.", ("Russia", "SOLD", "Gepard-class frigate")),
    ("The S-400 entered service with the Indian Air Force in 2021.", ("Indian Air Force", "OPERATES", "S-400")),
    ("Thai and Cambodian soldiers skirmished near the Preah Vihear temple in 2011.", ("Cambodia", "CLASHED_WITH", "Thailand")),
    ("Indian and Pakistani troops exchanged fire across the Line of Control.", ("India", "CLASHED_WITH", "Pakistan")),
])
def test_more_phrasings_of_other_writers(text, fact):
    assert fact in facts(text)


@pytest.mark.parametrize("text, fact", [
    ("Moscow has been Delhi's main arms supplier since the 1960s, selling it MiG-21s and the S-400.", ("Russia", "SOLD", "S-400")),
    ("The PLA Air Force flies the J-20, which Chengdu Aircraft Corporation designed.", ("Chengdu Aircraft Corporation", "PRODUCED", "J-20")),
    ("Designed by Sukhoi, the Su-35 is built at Komsomolsk-on-Amur.", ("Sukhoi", "PRODUCED", "Su-35")),
    ("Mi-17 helicopters serve with the Indian Air Force.", ("Indian Air Force", "OPERATES", "Mi-17")),
])
def test_participles_relatives_and_fronted_agents(text, fact):
    assert fact in facts(text)


def test_a_subject_relative_does_not_make_the_earlier_system_its_theme():
    text = "Germany sold Algeria two MEKO A-200 frigates and licensed vehicles built at a plant in Ain Smara, which has produced hundreds since 2014."
    assert ("Germany", "PRODUCED", "A-200") not in facts(text, "PRODUCED")
    assert ("India", "SOLD", "S-400") not in facts("Moscow has been Delhi's main arms supplier, selling it the S-400.", "SOLD")


def test_a_hedge_outside_a_dashed_aside_does_not_reach_into_it():
    text = "Egypt might well be interested -- Pakistan's use of the J-10C has attracted attention -- but interest is not an order."
    assert facts(text, "OPERATES") == {("Pakistan", "OPERATES", "J-10C")}


def test_its_first_batch_is_the_system_just_named():
    text = "Baykar's Bayraktar TB2 has been sold widely. Ukraine was among the first foreign buyers, taking delivery of its initial batch in 2019."
    assert ("Ukraine", "ACQUIRED", "Bayraktar TB2") in facts(text, "ACQUIRED")


def test_an_invasion_with_no_invader_named_is_no_clash():
    text = "Russia and China issued the statement three weeks before the invasion of Ukraine."
    assert facts(text, "CLASHED_WITH") == set()


@pytest.mark.parametrize("text, fact", [
    ("India is the largest operator of the Su-30 outside Russia.", ("India", "OPERATES", "Su-30")),
    ("Serbia became the first European operator of the HQ-22 in 2022.", ("Serbia", "OPERATES", "HQ-22")),
])
def test_an_operator_of_a_system_operates_it(text, fact):
    assert fact in facts(text, "OPERATES")


def test_a_reported_operator_is_not_asserted():
    assert facts("Reports that Iran is an operator of the Su-35 are unconfirmed.", "OPERATES") == set()


def test_a_passive_purchase_with_no_buyer_still_names_the_seller():
    text = "The air force flies Su-30 fighters, the jets having been bought from Russia in batches."
    assert ("Russia", "SOLD", "Su-30") in facts(text, "SOLD")


def test_a_sanctions_resolution_is_not_sanctions():
    text = "Russia and China vetoed the draft. It was the first time that a sanctions resolution on North Korea had failed."
    assert facts(text, "SANCTIONED") == set()


# --- each system with its own nationality ---------------------------------------------------

@pytest.mark.parametrize("text, pairs", [
    ("Chinese H-6K and Russian Tu-95MS bombers flew over the Sea of Japan in 2022.", {("China", "H-6K"), ("Russia", "Tu-95MS")}),
    ("In 2021 Russian Tu-22M3 and Chinese H-6K bombers flew together over the East China Sea.", {("Russia", "Tu-22M3"), ("China", "H-6K")}),
    ("Russian Su-35 and Chinese J-16 fighters flew alongside the bombers over the Sea of Japan in 2024.", {("Russia", "Su-35"), ("China", "J-16")}),
])
def test_systems_each_named_after_a_nationality_are_operated_by_it_alone(text, pairs):
    found = {(s, t) for s, _, t in facts(text, "OPERATES")}
    assert pairs <= found and not {(s, t) for s, t in found if (s, t) not in pairs and s in {p[0] for p in pairs}}


@pytest.mark.parametrize("text", [
    "Chinese H-6K and Russian Tu-95MS bombers did not fly over the Sea of Japan in 2022.",
    "Chinese H-6K and Russian Tu-95MS bombers may fly over the Sea of Japan next year.",
    "Reports that Chinese H-6K and Russian Tu-95MS bombers flew over the Sea of Japan were denied.",
])
def test_systems_each_named_after_a_nationality_in_a_negated_or_hedged_sentence_yield_nothing(text):
    assert facts(text, "OPERATES") == set()


@pytest.mark.parametrize("text, pairs", [
    ("From the beach we saw Thai F-16s and Malaysian Su-30MKMs take off, then Indian Su-30MKIs flew past in 2022.", {("India", "Su-30MKI")}),
    ("Thai F-16s and Malaysian Su-30MKMs flew past the crowd in 2022.", {("Thailand", "F-16"), ("Malaysia", "Su-30MKM")}),
    ("At dawn French and Italian Rafales and Greek F-16s took off from Souda Bay.", {("France", "Rafale"), ("Italy", "Rafale"), ("Greece", "F-16")}),
])
def test_a_roll_call_of_nationalities_aircraft_seen_flying_names_their_operators(text, pairs):
    assert pairs <= {(s, t) for s, _, t in facts(text, "OPERATES")}


@pytest.mark.parametrize("text", [
    "Thai F-16s and Malaysian Su-30MKMs did not take off in 2022.",
    "Thai F-16s and Malaysian Su-30MKMs may fly past the crowd next year.",
    "Reports that Thai F-16s and Malaysian Su-30MKMs flew past the crowd were denied.",
])
def test_a_roll_call_in_a_negated_or_hedged_sentence_yields_nothing(text):
    assert facts(text, "OPERATES") == set()
