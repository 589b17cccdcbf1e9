"""What a new author's set (dev59: acquisitions, production and technology transfer told in an
export-credit agency's note, an arms expo's show daily, a manufacturer's annual report, an
investigative long read, a flight-data blog, a surplus-disposal notice and a parliamentary
offset audit) showed the rules missing. Every sentence here is written for these tests; none is
taken from a corpus or evaluation document."""
from __future__ import annotations

import pytest

from loaders.extract import extract_text
from tests.loaders.sentences import facts


# --- systems and makers the gazetteer lacked --------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Chile bought two Karel Doorman-class frigates from the Netherlands in 2006.",
     {("Chile", "ACQUIRED", "Karel Doorman-class frigate"), ("Netherlands", "SOLD", "Karel Doorman-class frigate")}),
    ("Denel built forty AW109 helicopters under licence from Italy.",
     {("Denel", "PRODUCED", "A109"), ("Italy", "TRANSFERRED_TECHNOLOGY_TO", "South Africa")}),
    ("The HS 748 was built by Hindustan Aeronautics for the Indian Air Force.",
     {("Hindustan Aeronautics Limited", "PRODUCED", "Avro 748")}),
    ("PT PAL builds the landing platform docks at its Surabaya yard, and it assembled two Nagapasa-class submarines.",
     {("PT PAL", "PRODUCED", "Nagapasa-class submarine")}),
])
def test_systems_and_makers_added_to_the_gazetteer_are_found(text, expected):
    assert expected <= facts(text)


# --- a stand number at a fair is no weapon -----------------------------------------------------------

@pytest.mark.parametrize("text, code", [
    ("Visitors crowded Stand B-214, where Saab showed a Gripen E cockpit.", "B-214"),
    ("The firm's chalet is next to Booth C-12 in Hall A-7.", "C-12"),
    ("The firm's chalet is next to Booth C-12 in Hall A-7.", "A-7"),
])
def test_a_stand_or_booth_number_is_not_a_weapon_system(text, code):
    assert code not in {entity.name for entity in extract_text(text).entities}


def test_the_same_code_named_as_a_system_is_still_found():
    assert "B-214" in {entity.name for entity in extract_text("The air force flew its B-214 bombers to Guam.").entities}


# --- an order stands when the goods are still due ---------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Greece ordered six more Rafales from France in 2021, and the first aircraft are due in Tanagra next spring.",
     {("Greece", "ACQUIRED", "Rafale"), ("France", "SOLD", "Rafale")}),
    ("Estonia bought K9 howitzers from South Korea in 2018, and the last batch is due this year.",
     {("Estonia", "ACQUIRED", "K9 Thunder"), ("South Korea", "SOLD", "K9 Thunder")}),
    ("Croatia signed for twelve Rafales in 2021, and deliveries are scheduled to finish in 2025.",
     {("Croatia", "ACQUIRED", "Rafale")}),
])
def test_an_order_whose_goods_are_still_due_is_an_order(text, expected):
    assert expected <= facts(text, "ACQUIRED", "SOLD")


@pytest.mark.parametrize("text", [
    "Greece will order six more Rafales from France, and the first aircraft are due in 2028.",
    "Greece is expected to buy six more Rafales from France, and the first aircraft are due in 2028.",
    "Greece has not ordered more Rafales from France, and no aircraft are due.",
    "France delivers the Rafales to Greece in 2028, and the first aircraft are due in Tanagra next spring.",
])
def test_a_planned_or_denied_order_with_goods_due_gives_nothing(text):
    assert not facts(text, "ACQUIRED", "SOLD")


# --- a deal table's preliminary steps are no orders ---------------------------------------------------

DEALS_TABLE = """| Buyer | Supplier | Item | Agreement | Status |
|---|---|---|---|---|
| Royal Thai Navy | Fincantieri | Thaon di Revel-class patrol vessel | contract, 2023 | delivered 2025 |
| Royal Thai Army | Hanwha Aerospace | K9 howitzers | memorandum of understanding | price not agreed |
| Royal Thai Air Force | Saab | Gripen E | framework agreement | not a firm order |
| Vietnam | Korea Aerospace Industries | FA-50 | MoU signed at the show | open |
| Philippines | Korea Aerospace Industries | FA-50 | letter of intent | contract not yet signed |
"""


def test_a_deal_table_row_with_a_contract_gives_the_transfer():
    found = facts(DEALS_TABLE, "ACQUIRED", "SOLD")
    assert ("Royal Thai Navy", "ACQUIRED", "Thaon di Revel-class patrol vessel") in found


def test_deal_table_rows_of_memoranda_intents_and_unfirm_orders_give_nothing():
    found = {f[2] for f in facts(DEALS_TABLE, "ACQUIRED", "SOLD")}
    assert not found & {"K9 Thunder", "Gripen E", "FA-50"}


# --- "with France transferring the design": no partner in the making -------------------------------

@pytest.mark.parametrize("text, maker, other", [
    ("Two Scorpène boats are being built by PT PAL in Surabaya, with France transferring the know-how.",
     "PT PAL", "France"),
    ("Hanwha Ocean built the Nagapasa-class submarines with Indonesia sending engineers to Okpo.",
     "Hanwha Ocean", "Indonesia"),
])
def test_the_subject_of_an_absolute_clause_after_with_is_no_maker(text, maker, other):
    makers = {f[0] for f in facts(text, "PRODUCED")}
    assert maker in makers and other not in makers


@pytest.mark.parametrize("text, partner", [
    ("Baykar co-produces the TB2 with Ukraine.", "Ukraine"),
    ("The K2 Black Panther is built by Hyundai Rotem with Polska Grupa Zbrojeniowa.", "Polska Grupa Zbrojeniowa"),
])
def test_a_partner_after_with_is_still_a_maker(text, partner):
    assert partner in {f[0] for f in facts(text, "PRODUCED")}


# --- "nothing to support the story that ...": a claim the writer could not back ---------------------

@pytest.mark.parametrize("text", [
    "I have found nothing to support the story that Niger operates Chinese Wing Loong II drones.",
    "There is no basis for the report that Chad bought Akinci drones from Turkey.",
    "The ministry found nothing to corroborate claims that Mali received Su-30 fighters from Russia.",
])
def test_a_claim_nothing_supports_gives_nothing(text):
    assert not facts(text, "OPERATES", "ACQUIRED", "SOLD")


def test_a_fact_beside_an_unsupported_claim_stands():
    text = "Niger operates Bayraktar TB2 drones, and there is nothing to support claims of a second batch."
    assert ("Niger", "OPERATES", "Bayraktar TB2") in facts(text, "OPERATES")


# --- ", not Akincis": an entry set against the one before it ----------------------------------------

@pytest.mark.parametrize("text, kept, dropped", [
    ("Morocco bought thirteen Akinci drones from Turkey in 2023, not TB3s, the company said.", "Akinci", "Bayraktar TB3"),
    ("Kazakhstan ordered the Anka from Turkish Aerospace Industries, not the Akinci.", "Anka", "Akinci"),
])
def test_a_system_set_against_the_one_bought_is_not_bought(text, kept, dropped):
    bought = {f[2] for f in facts(text, "ACQUIRED")}
    assert kept in bought and dropped not in bought


def test_an_entry_added_with_not_least_is_kept():
    text = "Several Gulf states bought the Rafale, not least Qatar, which ordered it from France in 2015."
    assert ("Qatar", "ACQUIRED", "Rafale") in facts(text, "ACQUIRED")


# --- "From Turkey, Mali bought ...": a fronted seller --------------------------------------------------

@pytest.mark.parametrize("text, seller, buyer, system", [
    ("From Turkey, Niger bought six Bayraktar TB2 drones in 2022.", "Turkey", "Niger", "Bayraktar TB2"),
    ("In 2021, from Russia, Mali received four Mi-171Sh helicopters.", "Russia", "Mali", "Mi-171Sh"),
])
def test_a_fronted_seller_sold_what_the_buyer_bought(text, seller, buyer, system):
    found = facts(text, "ACQUIRED", "SOLD")
    assert {(buyer, "ACQUIRED", system), (seller, "SOLD", system)} <= found


@pytest.mark.parametrize("text", [
    "From Turkey, Niger might buy six Bayraktar TB2 drones.",
    "From Turkey, Niger has not bought any Bayraktar TB2 drones.",
    "From Turkey, Niger plans to buy six Bayraktar TB2 drones next year.",
])
def test_a_fronted_seller_of_a_hedged_or_denied_purchase_gives_nothing(text):
    assert not facts(text, "ACQUIRED", "SOLD")


def test_a_fronted_period_is_no_seller():
    assert not facts("From 2019 to 2022, Niger bought Bayraktar TB2 drones.", "SOLD")


# --- "licensed the C295's manufacturing to India": the licensor makes nothing ------------------------

@pytest.mark.parametrize("text, licensor, licensee", [
    ("Sweden has licensed the Gripen's manufacturing to Brazil.", "Sweden", "Brazil"),
    ("Italy licensed the AW109's assembly to South Africa in 1999.", "Italy", "South Africa"),
])
def test_a_licensor_of_the_making_transfers_technology_but_makes_nothing(text, licensor, licensee):
    found = facts(text)
    assert (licensor, "TRANSFERRED_TECHNOLOGY_TO", licensee) in found
    assert not {f for f in found if f[1] == "PRODUCED" and f[0] == licensor}


def test_a_maker_under_licence_still_makes():
    assert ("Brazil", "PRODUCED", "Gripen E") in facts("Brazil manufactures the Gripen E under licence from Sweden.", "PRODUCED")


# --- a state's own critics of its own firm's deal oppose no one ---------------------------------------

def test_criticism_of_a_deal_by_the_firms_own_state_is_no_opposition():
    text = "Hindustan Aeronautics built the Dornier 228 under licence, a deal that Indian auditors criticised for its cost."
    assert not facts(text, "OPPOSES")


def test_a_state_criticising_a_foreign_firm_still_opposes_it():
    assert ("United States", "OPPOSES", "Rosoboronexport") in facts("The United States has repeatedly criticised Rosoboronexport.", "OPPOSES")


# --- "..., and American officials ...": a new clause's people are no second seller ---------------------

@pytest.mark.parametrize("text, seller, other", [
    ("Qatar bought the Rafale from France, and American officials were dismayed.", "France", "United States"),
    ("Serbia bought the HQ-22 from China and Russian commentators were surprised.", "China", "Russia"),
])
def test_people_of_a_state_in_a_joined_clause_sell_nothing(text, seller, other):
    sellers = {f[0] for f in facts(text, "SOLD")}
    assert seller in sellers and other not in sellers


def test_a_second_seller_in_the_list_still_sells():
    text = "Serbia bought MiG-29s from Russia and Belarus in 2019."
    assert {("Russia", "SOLD", "MiG-29"), ("Belarus", "SOLD", "MiG-29")} <= facts(text, "SOLD")


# --- "Austria ordered nine aircraft": the counted kind just named -----------------------------------

@pytest.mark.parametrize("text, buyer, system", [
    ("Embraer builds the C-390 at Gavião Peixoto. Sweden ordered four aircraft in 2025.", "Sweden", "C-390"),
    ("The K9 Thunder is Hanwha's best seller. Vietnam bought twenty howitzers in 2025.", "Vietnam", "K9 Thunder"),
])
def test_a_counted_kind_after_a_purchase_is_the_system_of_that_kind_just_named(text, buyer, system):
    assert (buyer, "ACQUIRED", system) in facts(text, "ACQUIRED")


@pytest.mark.parametrize("text", [
    "The K9 Thunder is Hanwha's best seller. Vietnam bought twenty aircraft in 2025.",
    "Embraer builds the C-390 at Gavião Peixoto. Sweden may order four aircraft in 2026.",
    "Embraer builds the C-390 at Gavião Peixoto. Sweden has not ordered any aircraft.",
])
def test_a_counted_kind_of_another_kind_or_a_hedged_order_gives_nothing(text):
    assert not facts(text, "ACQUIRED")


def test_a_counted_kind_named_later_in_the_sentence_is_not_the_earlier_system():
    text = "Pakistan flew the F-16. To answer Pakistan's F-16s, India ordered 36 aircraft in 2016, designated Rafale EH."
    assert ("India", "ACQUIRED", "F-16") not in facts(text, "ACQUIRED")


# --- "Portugal ordered five C-390s and Hungary two": a buyer by ellipsis ---------------------------------

@pytest.mark.parametrize("text, buyers", [
    ("Estonia ordered twelve K9 howitzers and Finland forty-eight.", {"Estonia", "Finland"}),
    ("Croatia took delivery of its first Rafale in 2023 and Greece of its first in 2021.", {"Croatia", "Greece"}),
    ("Nigeria bought twelve A-29 aircraft in 2018, the Philippines six in 2020 and Paraguay six in 2024.", {"Nigeria", "Philippines", "Paraguay"}),
])
def test_buyers_that_repeat_the_verb_by_ellipsis_bought_too(text, buyers):
    assert {f[0] for f in facts(text, "ACQUIRED")} == buyers


@pytest.mark.parametrize("text, buyer", [
    ("Estonia ordered twelve K9 howitzers, and Finland may order two.", "Estonia"),
    ("Estonia ordered twelve K9 howitzers and Finland two years later chose the Archer.", "Estonia"),
    ("Estonia ordered twelve K9 howitzers, and Finland ordered none.", "Estonia"),
])
def test_a_state_after_the_goods_with_its_own_verb_or_a_period_is_no_gapped_buyer(text, buyer):
    assert {f[0] for f in facts(text, "ACQUIRED")} == {buyer}


# --- "The last Gripens reached the South African Air Force": goods arriving at a force -------------

@pytest.mark.parametrize("text, force, system", [
    ("The first Rafales reached the Indian Air Force in July 2020.", "Indian Air Force", "Rafale"),
    ("The last K9 howitzers arrived in the Polish Land Forces in 2024.", "Polish Land Forces", "K9 Thunder"),
])
def test_goods_that_reached_a_force_were_acquired_by_it(text, force, system):
    assert (force, "ACQUIRED", system) in facts(text, "ACQUIRED")


@pytest.mark.parametrize("text", [
    "The first Rafales never reached the Indian Air Force.",
    "The first Rafales may have reached the Indian Air Force in 2020.",
    "How the first Rafales reached the Indian Air Force so fast remains unclear.",
])
def test_goods_denied_or_hedged_to_have_reached_a_force_give_nothing(text):
    assert not facts(text, "ACQUIRED")


# --- "France has criticised all three governments": the subject is not one of the three ------------

def test_a_counted_group_after_a_verb_leaves_out_the_clauses_subject():
    text = ("Mali, Burkina Faso and Niger left ECOWAS in January 2025. "
            "Senegal has criticised all three governments since then.")
    assert {f[2] for f in facts(text, "OPPOSES")} == {"Mali", "Burkina Faso", "Niger"}


def test_a_counted_group_as_the_subject_still_counts_the_last_named():
    text = "Mali, Burkina Faso and Niger left ECOWAS. All three governments have criticised France."
    assert {f[0] for f in facts(text, "OPPOSES")} == {"Mali", "Burkina Faso", "Niger"}


# --- '"Made in India", mostly': a quoted slogan states no maker ---------------------------------------

@pytest.mark.parametrize("text", [
    '"Made in Turkey": how the KAAN programme sells itself',
    'Officials call it “Built in Poland”, though the K2 hulls still come from Changwon.',
])
def test_a_short_quoted_slogan_names_no_maker(text):
    assert not facts(text, "PRODUCED")


def test_a_quoted_statement_naming_the_system_is_not_a_slogan():
    text = 'The ministry said that "India builds the Su-30MKI at Nashik" in its annual report.'
    assert ("India", "PRODUCED", "Su-30MKI") in facts(text, "PRODUCED")
