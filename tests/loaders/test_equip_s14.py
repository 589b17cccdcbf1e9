"""Transfers, operators and makers as six new authors wrote them (session 14: dev68 to dev73 read
for the equipment family). Each test pins a general cause seen there (a designation before a
kind of aircraft, a firm speaking as "we", the rivals a buyer passed over, ...), on sentences
written for these tests; none is taken from a corpus or evaluation document. Every positive
has negated, hedged or planned twins that must give nothing."""
from __future__ import annotations

import pytest

from loaders.extract import default_extractor
from loaders.readers import read_bytes
from tests.loaders.sentences import facts

TRADE = ("SOLD", "ACQUIRED", "OPERATES", "PRODUCED", "TRANSFERRED_TECHNOLOGY_TO")


def page_facts(title: str, text: str, *types: str) -> set[tuple]:
    """What extraction finds in a web page whose paragraphs are ``text``'s, under its own title."""
    body = "".join(f"<p>{paragraph}</p>\n" for paragraph in text.split("\n\n") if paragraph.strip())
    page = f"<!DOCTYPE html><html><head><title>{title}</title></head><body><main>{body}</main></body></html>"
    document = read_bytes(page.encode("utf-8"), "page.html")
    return {(r.source, r.type, r.target) for r in default_extractor().extract_document(document).relations if not types or r.type in types}


# --- a designation of capitals, a hyphen and a number before a military kind of aircraft -------------

@pytest.mark.parametrize("text, seller, buyer, system", [
    ("In 2019 Japan handed four TC-90 training aircraft to the Philippine Navy.", "Japan", "Philippine Navy", "TC-90"),
    ("Seoul delivered eight KT-1 trainers to Senegal, the first batch of an order signed in 2021.", "South Korea", "Senegal", "KT-1"),
    ("Brazil supplied six EMB-314 light attack aircraft to Nigeria in 2024.", "Brazil", "Nigeria", "EMB-314"),
])
def test_unknown_designation_before_a_kind_of_aircraft_is_a_system(text, seller, buyer, system):
    found = facts(text, "SOLD", "ACQUIRED")
    assert (seller, "SOLD", system) in found
    assert (buyer, "ACQUIRED", system) in found


@pytest.mark.parametrize("text", [
    "Japan has not handed any TC-90 training aircraft to the Philippine Navy.",
    "Japan may hand four TC-90 training aircraft to the Philippine Navy next year.",
    "Japan plans to deliver four TC-90 patrol aircraft to the Philippine Navy.",
    "Seoul is reportedly considering whether to offer KT-1 trainers to Senegal.",
])
def test_unknown_designation_in_a_deal_not_made_gives_nothing(text):
    assert not facts(text, "SOLD", "ACQUIRED")


def test_an_airliner_code_before_bare_aircraft_is_no_system():
    assert not facts("Kenya Airways flies six B-737 aircraft and leased two more from Ireland.", "SOLD", "ACQUIRED", "OPERATES")


# --- a firm speaking as "we": its meeting record, its own report's page, its officer interviewed ----------

AGM = """Kawasaki Heavy Industries - Minutes of the Annual General Meeting

Questions from shareholders

Q: What about exports?
CHAIR: New Zealand took four P-1 patrol aircraft from us in 2023, and we delivered two C-2 transports to the United Arab Emirates in 2024.
"""
AGM_NOT_DONE = """Kawasaki Heavy Industries - Minutes of the Annual General Meeting

Questions from shareholders

Q: What about exports?
CHAIR: New Zealand has not taken any P-1 patrol aircraft from us, and we may deliver two C-2 transports to the United Arab Emirates one day.
"""
REPORT_PAGE_TEXT = """Exports in 2024

We delivered four more Rafale fighters to Greece in 2024. Serbia signed for twelve Rafale fighters in August.
"""
REPORT_PAGE_TEXT_HEDGED = """Exports in 2024

We hope to deliver more Rafale fighters to Greece. We did not deliver any Rafale fighters to Serbia in 2024.
"""
EXEC_INTERVIEW = """Interview | Defence Industry Weekly

Hanwha Aerospace has become Europe's favourite artillery supplier. We met Kim Do-yun, the company's head of exports, in Changwon.

DIW: Where did it start?
Kim: With Turkey in the 2000s. Then Poland ordered K9 howitzers from us in 2022, after a competition against the CAESAR from France.
"""
EXEC_INTERVIEW_DENIED = """Interview | Defence Industry Weekly

Hanwha Aerospace has become Europe's favourite artillery supplier. We met Kim Do-yun, the company's head of exports, in Changwon.

DIW: Where did it start?
Kim: Poland has never ordered K9 howitzers from us, and Romania might order some from us next year.
"""


def test_we_of_a_firms_meeting_record_is_the_firm():
    found = facts(AGM, *TRADE)
    assert {("Kawasaki Heavy Industries", "SOLD", "P-1"), ("Kawasaki Heavy Industries", "SOLD", "C-2")} <= found
    assert {("New Zealand", "ACQUIRED", "P-1"), ("United Arab Emirates", "ACQUIRED", "C-2")} <= found


def test_we_of_a_firms_meeting_record_denied_or_planned_gives_no_sale():
    assert not {f for f in facts(AGM_NOT_DONE, *TRADE) if f[1] in ("SOLD", "ACQUIRED")}


def test_we_on_a_firms_own_report_page_is_the_firm():
    found = page_facts("Exports | Annual Report 2024 | Dassault Aviation", REPORT_PAGE_TEXT, *TRADE)
    assert ("Dassault Aviation", "SOLD", "Rafale") in found
    assert ("Greece", "ACQUIRED", "Rafale") in found


def test_we_on_a_news_page_is_nobody():
    found = page_facts("Exports | Annual Report 2024 | Defense News", REPORT_PAGE_TEXT, *TRADE)
    assert not {f for f in found if f[1] == "SOLD"}


def test_we_on_a_firms_own_report_page_hedged_or_denied_gives_nothing():
    found = page_facts("Exports | Annual Report 2024 | Dassault Aviation", REPORT_PAGE_TEXT_HEDGED, *TRADE)
    assert not {f for f in found if f[0] in ("Dassault Aviation", "Greece") or f[2] == "Serbia"}
    assert ("Dassault Aviation", "SOLD", "Rafale") not in found


def test_we_of_a_firms_officer_interviewed_is_the_firm():
    found = facts(EXEC_INTERVIEW, "SOLD", "ACQUIRED")
    assert ("Hanwha Aerospace", "SOLD", "K9 Thunder") in found
    assert ("Poland", "ACQUIRED", "K9 Thunder") in found
    # the rival the buyer passed over, and its maker, are no part of the deal
    assert not {f for f in found if f[2] == "CAESAR" or f[0] == "France"}


def test_we_of_a_firms_officer_denied_or_planned_gives_nothing():
    assert not facts(EXEC_INTERVIEW_DENIED, "SOLD", "ACQUIRED")


# --- the rivals a buyer passed over ----------------------------------------------------------------

@pytest.mark.parametrize("text, buyer, seller, system, rival", [
    ("Indonesia ordered Rafale fighters from France in 2022, after a long contest with the F-15EX.", "Indonesia", "France", "Rafale", "F-15"),
    ("Poland bought K2 tanks from South Korea, beating out the Leopard 2 from Germany.", "Poland", "South Korea", "K2 Black Panther", "Leopard 2"),
    ("Egypt took the Rafale from France rather than the F-35 from the United States.", "Egypt", "France", "Rafale", "F-35"),
])
def test_rivals_passed_over_are_not_bought(text, buyer, seller, system, rival):
    found = facts(text, "SOLD", "ACQUIRED")
    assert (buyer, "ACQUIRED", system) in found
    assert (seller, "SOLD", system) in found
    assert not {f for f in found if f[2] == rival or f[0] in ("Germany", "United States") and f[1] == "SOLD"}


# --- a share of a count, a quantity with no number, an order of a kind: the system just named -------------

@pytest.mark.parametrize("text, buyer, system, kind", [
    ("Airbus assembles the A400M at Seville. Malaysia took delivery of the first of four aircraft in 2015.", "Malaysia", "A400M Atlas", "ACQUIRED"),
    ("Russia sold the Su-30 to Uganda in 2011, and Uganda still flies a handful.", "Uganda", "Su-30", "OPERATES"),
    ("China supplied the Wing Loong II to Nigeria, which today operates a small number.", "Nigeria", "Wing Loong II", "OPERATES"),
])
def test_a_quantity_without_its_noun_is_of_the_system_just_named(text, buyer, system, kind):
    assert (buyer, kind, system) in facts(text, kind)


@pytest.mark.parametrize("text, kind", [
    ("Airbus assembles the A400M at Seville. Malaysia may take delivery of the first of four aircraft in 2026.", "ACQUIRED"),
    ("Russia sold the Su-30 to Uganda in 2011, and Uganda no longer flies a handful.", "OPERATES"),
    ("China offered the Wing Loong II to Nigeria, which might operate a small number one day.", "OPERATES"),
])
def test_a_quantity_without_its_noun_not_had_gives_nothing(text, kind):
    assert not {f for f in facts(text, kind) if f[0] in ("Malaysia", "Uganda", "Nigeria")}


@pytest.mark.parametrize("text, buyers", [
    ("Leonardo builds the M-346. Greece and Austria placed a joint order for twelve in 2024.", ("Greece", "Austria")),
    ("Leonardo builds the M-346. In 2024 Greece placed its first order for ten.", ("Greece",)),
    ("Greece and Austria placed a joint order for twelve M-346 trainers with Leonardo.", ("Greece", "Austria")),
])
def test_an_order_of_a_kind_is_placed_by_its_buyers(text, buyers):
    assert {(b, "ACQUIRED", "M-346") for b in buyers} <= facts(text, "ACQUIRED")


@pytest.mark.parametrize("text", [
    "Leonardo builds the M-346. Greece and Austria have not placed a joint order for twelve.",
    "Leonardo builds the M-346. Greece and Austria may place a joint order for twelve next year.",
    "Greece and Austria signed a contract for M-346 trainers with each other.",
])
def test_an_order_of_a_kind_not_placed_gives_nothing(text):
    assert not {f for f in facts(text, "ACQUIRED") if f[0] in ("Greece", "Austria")}


def test_the_maker_built_kind_opening_a_paragraph_is_the_one_before_s_system():
    text = "Leonardo builds the M-346 at Venegono.\n\nSince then the Italian-built trainer has found buyers. Poland ordered eight in 2014."
    assert ("Poland", "ACQUIRED", "M-346") in facts(text, "ACQUIRED")
    other = "Leonardo builds the M-346 at Venegono.\n\nSince then the Spanish-built trainer has found buyers. Poland ordered eight in 2014."
    assert ("Poland", "ACQUIRED", "M-346") not in facts(other, "ACQUIRED")
    # within a paragraph that names its own system, a maker's word is no reference to another's
    # ("the American-made fighters" there may be any of them)
    inside = "Argentina bought 24 F-16 fighters from Denmark in 2024, after the United States allowed the re-export of the American-made fighters."
    assert ("United States", "SOLD", "F-16") not in facts(inside, "SOLD")


# --- a time word inside "in service with"; a system used in clashes or battles ---------------------------

@pytest.mark.parametrize("text, operators, system", [
    ("The Rafale, which Dassault designed for the French Navy and Air Force, is in service today with Egypt, Qatar and India.", ("Egypt", "Qatar", "India"), "Rafale"),
    ("The K9 is still in service now with Finland and Norway.", ("Finland", "Norway"), "K9 Thunder"),
])
def test_a_time_word_inside_in_service_with(text, operators, system):
    assert {(o, "OPERATES", system) for o in operators} <= facts(text, "OPERATES")


@pytest.mark.parametrize("text", [
    "The Rafale is not in service today with Indonesia.",
    "The Rafale may be in service now with Indonesia by 2030.",
    "The K9 could be in service today with Vietnam if the talks succeed.",
])
def test_in_service_with_denied_or_hoped_for_gives_nothing(text):
    assert not facts(text, "OPERATES")


@pytest.mark.parametrize("text, user, system", [
    ("Ethiopia received Wing Loong I drones from China in 2021 and used them in the battles around Debre Sina.", "Ethiopia", "Wing Loong I"),
    ("Armenia bought Su-30SM fighters from Russia and used them during the clashes of September 2022.", "Armenia", "Su-30SM"),
])
def test_a_system_used_in_clashes_or_battles_is_operated(text, user, system):
    assert (user, "OPERATES", system) in facts(text, "OPERATES")


@pytest.mark.parametrize("text", [
    "Armenia has not used Su-30SM fighters in the clashes of September 2022.",
    "Claims that Armenia used Su-30SM fighters in the clashes were never confirmed.",
    "Armenia may use Su-30SM fighters in future clashes.",
])
def test_a_system_not_used_in_clashes_gives_nothing(text):
    assert not facts(text, "OPERATES")


# --- after ", and", a system with a finite verb of its own heads a new clause -------------------------------

@pytest.mark.parametrize("text, buyer, seller, bought, other", [
    ("Peru bought the Su-25 from Belarus in 1998, and the MiG-29s are mostly grounded.", "Peru", "Belarus", "Su-25", "MiG-29"),
    ("Crews still fly the Mirage 2000s that Taiwan bought from France, and the F-5s remain in reserve.", "Taiwan", "France", "Mirage 2000", "F-5"),
    ("Egypt received Rafales from France in 2015, and the Ka-52 helicopters have since been delivered too.", "Egypt", "France", "Rafale", "Ka-52"),
])
def test_a_system_opening_the_next_clause_is_not_bought_in_the_first(text, buyer, seller, bought, other):
    found = facts(text, "SOLD", "ACQUIRED")
    assert (buyer, "ACQUIRED", bought) in found
    assert (seller, "SOLD", bought) in found
    assert (seller, "SOLD", other) not in found


def test_systems_joined_without_a_verb_still_share_the_sale():
    found = facts("Peru bought the Su-25 from Belarus in 1998, and the MiG-29 from Russia.", "SOLD")
    assert {("Belarus", "SOLD", "Su-25"), ("Russia", "SOLD", "MiG-29")} <= found


# --- systems each with their own seller, then one with none --------------------------------------------

def test_each_system_keeps_its_own_seller_when_a_last_one_has_none():
    text = "Romania has bought K9 howitzers from Seoul, F-35 fighters from the United States, and Patriot batteries."
    found = facts(text, "SOLD", "ACQUIRED")
    assert {("South Korea", "SOLD", "K9 Thunder"), ("United States", "SOLD", "F-35")} <= found
    assert not {f for f in found if f[1] == "SOLD" and (f[0], f[2]) in (("United States", "K9 Thunder"), ("South Korea", "F-35"))}
    assert ("Romania", "ACQUIRED", "K9 Thunder") in found


@pytest.mark.parametrize("text", [
    "Romania has not bought K9 howitzers from Seoul, F-35 fighters from the United States, or Patriot batteries.",
    "Romania might buy K9 howitzers from Seoul, F-35 fighters from the United States, and Patriot batteries.",
    "Romania plans to buy K9 howitzers from Seoul, F-35 fighters from the United States, and Patriot batteries.",
])
def test_systems_each_with_a_seller_not_bought_give_nothing(text):
    assert not facts(text, "SOLD", "ACQUIRED")


# --- a state's own system: its owner buys it under a participle, and flies it ------------------------------

@pytest.mark.parametrize("text, owner, seller, system", [
    ("The documentary follows the crews who flew Eritrea's MiG-29s, bought from Moldova in 1999.", "Eritrea", "Moldova", "MiG-29"),
    ("Peru's Su-25s, purchased from Belarus in 1998, still fly from Talara.", "Peru", "Belarus", "Su-25"),
])
def test_a_possessed_system_under_a_purchase_participle_is_its_owners(text, owner, seller, system):
    found = facts(text, "SOLD", "ACQUIRED")
    assert (owner, "ACQUIRED", system) in found
    assert (seller, "SOLD", system) in found


def test_a_possessed_system_flown_by_nobody_named_is_its_owners():
    assert ("Eritrea", "OPERATES", "MiG-29") in facts("The film follows the men who flew Eritrea's MiG-29s.", "OPERATES")


@pytest.mark.parametrize("text", [
    "Peru's Su-25s, reportedly purchased from Belarus, still fly from Talara.",
    "Peru's Su-25s, which may have been bought from Belarus, still fly.",
    "Nobody has flown Eritrea's MiG-29s since 2010.",
    "Crews may fly Eritrea's MiG-29s again next year.",
])
def test_a_possessed_system_hedged_or_denied_gives_nothing(text):
    assert not {f for f in facts(text, "SOLD", "ACQUIRED", "OPERATES") if f[0] in ("Peru", "Belarus", "Eritrea")}


# --- a second predicate after "and" keeps the sentence's subject ---------------------------------------------

@pytest.mark.parametrize("text, seller, system", [
    ("Turkey shares a long border with Georgia and has sold it Bayraktar TB2 drones.", "Turkey", "Bayraktar TB2"),
    ("China trains officers from Bangladesh and in 2016 sold it two Ming-class submarines.", "China", "Type 035 submarine"),
])
def test_a_second_predicate_sells_for_the_sentence_subject(text, seller, system):
    found = facts(text, "SOLD")
    assert (seller, "SOLD", system) in found
    assert not {f for f in found if f[0] != seller}


@pytest.mark.parametrize("text", [
    "Turkey shares a long border with Georgia and has never sold it Bayraktar TB2 drones.",
    "Turkey shares a long border with Georgia and may sell it Bayraktar TB2 drones.",
])
def test_a_second_predicate_not_selling_gives_nothing(text):
    assert not facts(text, "SOLD", "ACQUIRED")


# --- "served <state>": a system in a state's or force's service ------------------------------------------

@pytest.mark.parametrize("text, operator, system", [
    ("The French-built Mirage 5 served Peru from 1968 until 2001.", "Peru", "Mirage 5"),
    ("For three decades the Su-22 served the Vietnam People's Air Force, and a few still fly.", "Vietnam People's Air Force", "Su-22"),
])
def test_a_system_that_served_a_state_is_operated_by_it(text, operator, system):
    assert (operator, "OPERATES", system) in facts(text, "OPERATES")


@pytest.mark.parametrize("text", [
    "The Mirage 5 never served Peru.",
    "The Mirage 5 may serve Peru until 2030.",
    "The F-16 deal served Pakistan's interests.",
    "He served Peru as air attaché from 1981.",
])
def test_served_without_a_system_in_service_gives_nothing(text):
    assert not facts(text, "OPERATES")


# --- a list that sets out to tell fact from rumour: each entry says which it is ---------------------------

SORTED_LIST = """The panel went through the arms deliveries, separating what is confirmed from what is only rumoured:

- China delivered Wing Loong II drones to Niger in 2023.
- Serbia is said to have sold Nora howitzers to Chad, but no record has been found.
- Claims that Togo bought Bayraktar TB2 drones from Turkey remain unconfirmed.
"""
RUMOUR_LIST = """The panel went through the rumours about arms deliveries:

- China delivered Wing Loong II drones to Niger in 2023.
"""


def test_entries_of_a_list_sorting_fact_from_rumour_are_read_each_on_its_own():
    found = facts(SORTED_LIST, "SOLD", "ACQUIRED")
    assert {("China", "SOLD", "Wing Loong II"), ("Niger", "ACQUIRED", "Wing Loong II")} <= found
    assert not {f for f in found if f[0] in ("Serbia", "Chad", "Togo", "Turkey")}


def test_entries_of_a_list_of_rumours_stay_hedged():
    assert not facts(RUMOUR_LIST, "SOLD", "ACQUIRED")


# --- left as known gaps (dev68 to dev73 causes not fixed this session) --------------------------------------

@pytest.mark.xfail(strict=True, reason="the prose of a table's notes cell ('China sold the trainers to Ghana ...') is read "
                   "only for exercises; its sales are left to the columns (dev69: a charter firm's references, a spotter's log)")
def test_a_sale_told_in_a_tables_notes_cell():
    text = ("| Date | Client | Cargo | Route | Notes |\n|---|---|---|---|---|\n"
            "| Mar 2020 | Ghana Air Force | 4 x K-8 trainers in crates | Nanchang - Accra | China sold the trainers to Ghana under a 2019 contract; we flew the last batch. |")
    assert ("China", "SOLD", "K-8") in facts(text, "SOLD")


@pytest.mark.xfail(strict=True, reason="a group description of the systems just named ('both types were used') stands for "
                   "the last one only (dev68)")
def test_both_types_used_are_both_operated():
    text = "Ghana bought Z-9 helicopters from China and Mi-17 helicopters from Russia, and both types were used against poachers in 2020."
    assert {("Ghana", "OPERATES", "Z-9"), ("Ghana", "OPERATES", "Mi-17")} <= facts(text, "OPERATES")


@pytest.mark.xfail(strict=True, reason="a transfer of technology named as what a contract included is not read as one from "
                   "the seller's state to the buyer (dev73)")
def test_a_contract_including_a_transfer_of_technology():
    text = "Peru ordered 24 K2 tanks from South Korea in 2024, and the contract included a large transfer of technology."
    assert ("South Korea", "TRANSFERRED_TECHNOLOGY_TO", "Peru") in facts(text, "TRANSFERRED_TECHNOLOGY_TO")


# --- deliveries said to be late have not come ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Deliveries of the KF-21 to the Indonesian Air Force have slipped because the engines arrived late.",
    "Deliveries of Su-35 fighters to Iran have been repeatedly delayed.",
    "The delivery of two Type 054A frigates to Pakistan was postponed by a year.",
])
def test_deliveries_said_to_be_late_give_no_transfer(text):
    assert not facts(text, "SOLD", "ACQUIRED")


@pytest.mark.parametrize("text, buyer, system", [
    ("Deliveries of the K9 to Poland began in 2022 and were completed in 2023.", "Poland", "K9 Thunder"),
    ("The delivery of two Type 054A frigates to Pakistan was completed in 2023.", "Pakistan", "Type 054A frigate"),
])
def test_deliveries_made_are_still_transfers(text, buyer, system):
    assert (buyer, "ACQUIRED", system) in facts(text, "ACQUIRED")
