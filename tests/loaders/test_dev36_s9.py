"""Arms-trade documents in genres the rules had not met (dev36): an enthusiast's fleet page whose
tables sit under "In service" / "Retired" headings, notes on losses inside a table row,
hard-wrapped committee notes, an earnings call, export-control reports. Every text here is
written for these tests; none is taken from a corpus or evaluation document."""
from __future__ import annotations

import pytest

from loaders.extract import default_extractor
from loaders.readers import read_bytes
from tests.loaders.sentences import facts


def file_facts(text: str, name: str, *types: str) -> set[tuple]:
    """(source, type, target) found in ``text`` read as the file ``name`` (its suffix picks the reader)."""
    document = read_bytes(text.encode("utf-8"), f"notes/{name}")
    found = default_extractor().extract_document(document).relations
    return {(r.source, r.type, r.target) for r in found if not types or r.type in types}


# --- gazetteer: systems and a short state name the gazetteer lacked ------------------------------

def test_a_patrol_boat_class_and_a_radar_are_weapon_systems():
    found = facts("Manila took delivery of four Shaldag Mk V boats from Israel and of J/FPS-3ME radars from Japan in 2023.")
    assert ("Israel", "SOLD", "Shaldag Mk V") in found
    assert ("Japan", "SOLD", "J/FPS-3ME") in found


def test_the_emirates_is_the_united_arab_emirates():
    found = facts("The Emirates bought eighty F-16 Block 60 fighters from the United States in 2000.", "ACQUIRED")
    assert {f[0] for f in found} == {"United Arab Emirates"}


def test_the_emirates_airline_is_no_state():
    assert not facts("Emirates flew the delegation to Paris, where it bought nothing.", "ACQUIRED")


# --- a fleet table under an "In service" heading ---------------------------------------------------

FLEET = """# Ghana Air Force fleet

My count of what the Ghana Air Force has.

## {heading}

| Type | Role | Supplier | First delivered | Number |
|---|---|---|---|---|
| K-8 | jet trainer | China | 2012 | 4 |
| Mi-17 | transport helicopter | Russia | 2016 | 5 |
"""


def test_rows_under_an_in_service_heading_are_fielded():
    found = file_facts(FLEET.format(heading="In service"), "fleet.md")
    assert ("Ghana Air Force", "OPERATES", "K-8") in found
    assert ("Ghana Air Force", "OPERATES", "Mi-17") in found
    assert ("China", "SOLD", "K-8") in found


@pytest.mark.parametrize("heading", ["Retired", "On order", "Formerly in service", "Types evaluated"])
def test_rows_under_other_headings_are_not_fielded(heading):
    assert not file_facts(FLEET.format(heading=heading), "fleet.md", "OPERATES")


def test_current_fleet_heading_is_in_service():
    assert ("Ghana Air Force", "OPERATES", "K-8") in file_facts(FLEET.format(heading="Current fleet"), "fleet.md")


# --- a note on a loss does not hedge the delivery in its row ------------------------------------------

LOSS_ROW = """# Ghana Air Force fleet

| Type | Supplier | First delivered | Number | Notes |
|---|---|---|---|---|
| K-8 | China | 2012 | 4 | {note} |
"""


@pytest.mark.parametrize("note", ["one lost 2019? unconfirmed", "two crashed (reported)", "one written off, never confirmed"])
def test_a_hedged_loss_note_keeps_the_delivery(note):
    found = file_facts(LOSS_ROW.format(note=note), "fleet.md")
    assert ("China", "SOLD", "K-8") in found


@pytest.mark.parametrize("note", ["delivery unconfirmed", "rumoured, no contract", "order cancelled"])
def test_a_hedged_delivery_note_still_drops_the_row(note):
    assert not file_facts(LOSS_ROW.format(note=note), "fleet.md", "SOLD", "ACQUIRED")


# --- "... and Angola and Mali are also operators": operators with no "of" after them ---------------

def test_states_said_to_be_operators_field_the_system_named_before():
    found = facts("Peru flies the KT-1, and Indonesia, Senegal, and Turkey are also operators.", "OPERATES")
    assert {("Indonesia", "OPERATES", "KT-1"), ("Senegal", "OPERATES", "KT-1"), ("Turkey", "OPERATES", "KT-1")} <= found


def test_a_state_inside_the_clause_before_is_no_operator():
    found = facts("Kenya flies ten Z-9 helicopters, which were assembled in China, and Zambia is also a user.", "OPERATES")
    assert ("Zambia", "OPERATES", "Z-9") in found
    assert ("China", "OPERATES", "Z-9") not in found


@pytest.mark.parametrize("twin", [
    "Peru flies the KT-1, and Senegal is not an operator.",
    "Peru flies the KT-1, and Senegal may soon be an operator.",
    "Peru flies the KT-1; claims that Senegal is an operator are false.",
    "Peru flies the KT-1, and Senegal hopes to be an operator by 2030.",
])
def test_operators_denied_hedged_or_planned_give_nothing(twin):
    assert ("Senegal", "OPERATES", "KT-1") not in facts(twin, "OPERATES")


@pytest.mark.xfail(strict=True, reason="the system of 'is also an operator' is looked for only in the same sentence")
def test_operators_of_the_system_of_the_sentence_before():
    assert ("Senegal", "OPERATES", "KT-1") in facts("Peru flies the KT-1. Senegal is also an operator.", "OPERATES")


# --- a state's contract for, and a lease of, a system -------------------------------------------------

def test_a_states_contract_for_a_system_is_its_purchase():
    assert ("Chile", "ACQUIRED", "Leopard 2") in facts("Chile's contract for 120 Leopard 2 tanks is now in its third year.", "ACQUIRED")


def test_a_lease_of_a_system_from_a_state_is_a_transfer():
    found = facts("Croatia renewed its lease of six Rafales from France in 2024.", "ACQUIRED", "SOLD")
    assert {("Croatia", "ACQUIRED", "Rafale"), ("France", "SOLD", "Rafale")} <= found


@pytest.mark.parametrize("twin", [
    "Chile's contract for 120 Leopard 2 tanks has not yet been signed.",
    "Chile's contract for 120 Leopard 2 tanks is still yet to be signed.",
    "Chile's contract for 120 Leopard 2 tanks may be signed next year.",
    "Chile's contract for 120 Leopard 2 tanks was cancelled in 2023.",
])
def test_contracts_unsigned_hedged_or_cancelled_give_nothing(twin):
    assert not facts(twin, "ACQUIRED")


def test_a_sellers_contract_with_its_buyer_is_no_purchase_by_the_seller():
    assert ("Germany", "ACQUIRED", "Leopard 2") not in facts("Germany's contract for 120 Leopard 2 tanks with Chile was worth 300 million euros.", "ACQUIRED")


# --- "a NATO-standard version we developed": an unresolved "we" is the subject ----------------------

def test_an_unresolved_we_leaves_the_name_before_it_no_maker():
    found = facts("Chile has ordered eight KT-1 trainers, an Andean-standard version we developed with ENAER.", "PRODUCED")
    assert not {f for f in found if f[0] == "Chile"}
    found = facts("Greece bought six Rafales, a NATO-standard variant we designed in 2019.", "PRODUCED")
    assert ("North Atlantic Treaty Organization", "PRODUCED", "Rafale") not in found


def test_a_named_maker_before_its_verb_still_makes():
    assert ("Dassault Aviation", "PRODUCED", "Rafale") in facts("Greece bought six Rafales, a variant Dassault Aviation designed in 2019.", "PRODUCED")


def test_we_delivered_to_a_named_buyer_keeps_the_buyer():
    assert ("Portugal", "ACQUIRED", "C-390") in facts("This quarter we delivered the fifth C-390 to Portugal.", "ACQUIRED")


def test_a_state_said_to_be_the_export_customer_bought_the_system_in_its_relative_clause():
    found = facts("Azerbaijan, which flies the JF-17 Block III, is the only known export customer.", "ACQUIRED")
    assert ("Azerbaijan", "ACQUIRED", "JF-17 Block III") in found


@pytest.mark.parametrize("twin", [
    "Iraq, which evaluated the JF-17 Block III in 2023, is not a customer.",
    "Iraq, which evaluated the JF-17 Block III in 2023, may yet become a customer.",
    "Iraq, which evaluated the JF-17 Block III in 2023, is a possible customer.",
])
def test_customers_denied_or_hoped_for_give_nothing(twin):
    assert not facts(twin, "ACQUIRED")


# --- hard-wrapped notes whose continuation lines are indented --------------------------------------

WRAPPED = """ITEM 4. Utility helicopters
   Staff note: The 2019 purchase of Mi-17 helicopters from Russia was
   {verb} in 2021 and the Department has bought nothing since.
"""


@pytest.mark.parametrize("verb", ["cancelled", "scrapped", "frozen"])
def test_a_deal_undone_after_an_indented_line_break_gives_nothing(verb):
    assert not facts(WRAPPED.format(verb=verb), "SOLD", "ACQUIRED")


def test_a_deal_over_an_indented_line_break_is_still_read():
    found = facts("ITEM 2. Helicopters\n   Staff note: Kenya bought six Z-9 helicopters from China in\n   2019, and they were\n   built in China.", "SOLD", "PRODUCED")
    assert {("China", "SOLD", "Z-9"), ("China", "PRODUCED", "Z-9")} <= found


# --- "accepted ... from": a buyer's acceptance of delivered goods -----------------------------------

def test_goods_accepted_from_a_seller_are_bought_from_it():
    found = facts("Estonia accepted the first 12 K9 howitzers from South Korea in 2020.", "SOLD", "ACQUIRED")
    assert {("Estonia", "ACQUIRED", "K9 Thunder"), ("South Korea", "SOLD", "K9 Thunder")} <= found


@pytest.mark.parametrize("twin", [
    "Estonia accepted an offer of K9 howitzers from South Korea.",
    "Estonia has not accepted any K9 howitzers from South Korea.",
    "Estonia may have accepted the first K9 howitzers from South Korea.",
    "Estonia will accept the first K9 howitzers from South Korea next year.",
])
def test_offers_and_acceptances_denied_hedged_or_planned_give_nothing(twin):
    assert not facts(twin, "SOLD", "ACQUIRED")


# --- an earnings call: "we" is the firm its title opens with -------------------------------------------

CALL = """Hanwha Aerospace Co., Ltd. — Second Quarter 2025 Earnings Call

OPERATOR: Welcome, everyone.

CEO: Thank you. {line}
"""


def test_we_in_an_earnings_call_is_the_firm_of_its_title():
    found = facts(CALL.format(line="In the quarter we delivered 24 K9 howitzers to Estonia."), "SOLD")
    assert ("Hanwha Aerospace", "SOLD", "K9 Thunder") in found


@pytest.mark.parametrize("line", [
    "We hope to deliver 24 K9 howitzers to Estonia next year.",
    "We have not delivered any K9 howitzers to Estonia.",
    "We signed an agreement to build the K9 in Estonia if we are selected.",
])
def test_the_firms_hopes_denials_and_conditions_give_nothing(line):
    assert not {f for f in facts(CALL.format(line=line)) if f[0] == "Hanwha Aerospace"}


def test_we_in_a_call_whose_title_names_no_firm_is_nobody():
    found = facts("Second Quarter 2025 Earnings Call\n\nCEO: In the quarter we delivered 24 K9 howitzers to Estonia.", "SOLD")
    assert not found
