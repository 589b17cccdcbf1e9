"""Cold War arms-transfer texts in genres the rules had not met (dev40): a collector's
catalogue whose table gives each type's maker and a prose service history, an encyclopedia
section dated only by its heading, companies under their Cold War names. Every text here is
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


# --- a catalogue table: a maker column and a service-history column, no buyer column ----------------

CATALOGUE = """# Airframes at the Weald Aviation Society

| Lot | Type | Maker | Service history | State |
|---|---|---|---|---|
| 1 | Su-25 | Sukhoi, Soviet Union | {history} | Airworthy |
"""


def test_a_maker_column_gives_who_built_the_type():
    found = file_facts(CATALOGUE.format(history="Kept in a hangar since 2001"), "catalogue.md", "PRODUCED")
    assert found == {("Sukhoi", "PRODUCED", "Su-25"), ("Soviet Union", "PRODUCED", "Su-25")}


def test_a_history_cell_is_read_with_the_type_as_its_subject():
    history = "Delivered new to Bulgaria in 1986; flown by the Bulgarian Air Force until 2019"
    found = file_facts(CATALOGUE.format(history=history), "catalogue.md")
    assert ("Bulgaria", "ACQUIRED", "Su-25") in found
    assert ("Bulgarian Air Force", "OPERATES", "Su-25") in found


def test_a_history_cell_naming_both_sides_gives_the_sale():
    found = file_facts(CATALOGUE.format(history="Supplied by the Soviet Union to Bulgaria in 1986"), "catalogue.md")
    assert ("Soviet Union", "SOLD", "Su-25") in found
    assert ("Bulgaria", "ACQUIRED", "Su-25") in found


@pytest.mark.parametrize("history", [
    "Said to have served in Bulgaria; no record confirms it",
    "Offered to Bulgaria in 1990 but never delivered",
    "Bulgaria planned to buy it in 1991",
    "Bulgaria denies ever having owned it",
])
def test_a_hedged_or_undelivered_history_gives_no_transfer(history):
    assert not file_facts(CATALOGUE.format(history=history), "catalogue.md", "ACQUIRED", "SOLD", "OPERATES")


def test_a_hedged_sentence_leaves_the_stated_one_in_the_same_cell():
    history = "Exported to Bulgaria in 1986. Rumoured to have been lent to Angola later"
    found = file_facts(CATALOGUE.format(history=history), "catalogue.md", "ACQUIRED")
    assert found == {("Bulgaria", "ACQUIRED", "Su-25")}


# --- a capital dated by its section's heading ---------------------------------------------------------

SECTION = """# Ground forces of Ecuador

## {heading}

Quito bought its first tanks from France.

The army received T-62 tanks from Moscow at about the same time.
"""


def test_a_capital_in_a_paragraph_under_a_cold_war_heading_is_the_soviet_union():
    found = file_facts(SECTION.format(heading="The Soviet years (1975-1985)"), "history.md", "SOLD")
    assert ("Soviet Union", "SOLD", "T-62") in found
    assert ("Russia", "SOLD", "T-62") not in found


def test_a_capital_under_a_heading_after_1991_is_russia():
    found = file_facts(SECTION.format(heading="Rearmament (1995-2005)"), "history.md", "SOLD")
    assert ("Russia", "SOLD", "T-62") in found


def test_a_period_heading_names_no_fleet_owner():
    text = """# Ecuadorian Air Force

## Soviet years (1975-1985)

| Period | Supplier | Main types delivered |
|---|---|---|
| 1977-1980 | France | Mirage F1 |
"""
    found = file_facts(text, "history.md", "ACQUIRED")
    assert ("Soviet Union", "ACQUIRED", "Mirage F1") not in found


# --- Cold War names of firms and types ---------------------------------------------------------------

def test_a_firm_under_its_former_name_is_the_firm():
    assert ("Israel Aerospace Industries", "PRODUCED", "Kfir") in facts("Israel Aircraft Industries built the Kfir in the 1970s.")


def test_a_variant_named_after_its_parent_is_the_parent():
    assert ("Iraq", "ACQUIRED", "Mirage F1") in facts("Iraq took delivery of its first Mirage F1EQ fighters from France in 1981.")


def test_a_licence_assembler_builds_the_type():
    found = facts("Valmet assembled the Hawk trainers at Kuorevesi under a British licence.", "PRODUCED")
    assert ("Valmet", "PRODUCED", "BAE Hawk") in found


def test_a_rumoured_copy_gives_no_production():
    assert not facts("Some say Israel Aircraft Industries may have built a copy of the Nesher for a foreign buyer.", "PRODUCED")


# --- a dated document's "since": its present is its own date ------------------------------------------

ESTIMATE = """CONFIDENTIAL
ASSESSMENT: ARMS FOR THE SAHEL
{date}

1. Since early 1975 Moscow has shipped T-62 tanks to Bamako.
"""


def test_since_a_year_in_a_document_dated_before_1991_is_the_soviet_union():
    found = file_facts(ESTIMATE.format(date="October 1976"), "assessment.txt", "SOLD")
    assert found == {("Soviet Union", "SOLD", "T-62")}


def test_since_a_year_in_an_undated_document_runs_to_the_present():
    found = file_facts(ESTIMATE.format(date="Prepared by the desk officer"), "assessment.txt", "SOLD")
    assert found == {("Russia", "SOLD", "T-62")}


# --- "did not ... until <year>": the deed took place in that year ------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Austria did not join the European Union until 1995.", ("Austria", "MEMBER_OF", "European Union")),
    ("Peru did not receive its MiG-29 fighters until 1997.", ("Peru", "ACQUIRED", "MiG-29")),
    ("The Su-30MKI was not delivered to India until 2002.", ("India", "ACQUIRED", "Su-30MKI")),
])
def test_a_past_negation_dated_by_until_states_the_deed(text, expected):
    assert expected in facts(text)


@pytest.mark.parametrize("text", [
    "Austria will not join NATO until 2035.",
    "Austria did not join NATO.",
    "Peru did not receive its MiG-29 fighters until the dispute was settled, if ever.",
    "Peru would not have received its MiG-29 fighters until 1999.",
])
def test_a_plan_a_plain_or_an_open_negation_gives_nothing(text):
    assert not facts(text, "MEMBER_OF", "ACQUIRED")


# --- an order in a relative clause on goods that never came -------------------------------------------

@pytest.mark.parametrize("text", [
    "Twenty Kfir fighters that Ecuador had ordered in 1981 were never delivered.",
    "The T-72 tanks which Iraq bought in 1990 never arrived.",
])
def test_an_order_of_goods_that_never_came_gives_nothing(text):
    assert not facts(text, "ACQUIRED", "SOLD")


def test_goods_that_arrived_keep_their_order():
    assert ("Ecuador", "ACQUIRED", "Kfir") in facts("The Kfir fighters that Ecuador had ordered in 1981 arrived in 1982.")


# --- operators: a force's service, gapped clauses ------------------------------------------------------

def test_aircraft_that_served_in_a_force_are_operated_by_it():
    assert ("Ecuadorian Air Force", "OPERATES", "Mirage F1") in facts("The Mirage F1 jets served in the Ecuadorian Air Force until 2011.")


def test_a_person_who_served_in_a_force_gives_no_operator():
    assert not facts("Her grandfather served in the Royal Navy during the Falklands War.", "OPERATES")


def test_a_hedged_service_gives_no_operator():
    assert not facts("The Mirage F1 jets are said to have served in the Ecuadorian Air Force.", "OPERATES")


def test_a_gapped_clause_without_a_comma_gives_each_state_its_system():
    found = facts("Ecuador flew the Kfir and Peru the Mirage 5 through the 1980s.", "OPERATES")
    assert found == {("Ecuador", "OPERATES", "Kfir"), ("Peru", "OPERATES", "Mirage 5")}


def test_two_systems_of_one_operator_stay_its_own():
    found = facts("Ecuador flew the Kfir and the Mirage F1 through the 1980s.", "OPERATES")
    assert found == {("Ecuador", "OPERATES", "Kfir"), ("Ecuador", "OPERATES", "Mirage F1")}


# --- "them" after a system that only names the papers or parts used -------------------------------------

def test_them_is_the_system_built_not_the_one_whose_drawings_were_used():
    found = facts("Israel Aircraft Industries built the Kfir from Mirage 5 blueprints, and Israel sold twelve of them to Ecuador.", "SOLD")
    assert found == {("Israel", "SOLD", "Kfir")}


def test_a_demonym_military_before_a_field_names_no_force():
    assert not facts("A history of Ecuadorian military aviation since 1920.", "ARMED_FORCE_OF")


# --- "flew both", "took over the missiles" -----------------------------------------------------------

TWO_TYPES = "Ecuador bought the Kfir in 1982 and the Mirage F1 in 1979. {second}"


def test_both_as_object_is_the_two_systems_just_named():
    found = facts(TWO_TYPES.format(second="The Ecuadorian Air Force flew both against Peru in 1995."), "OPERATES")
    assert found == {("Ecuadorian Air Force", "OPERATES", "Kfir"), ("Ecuadorian Air Force", "OPERATES", "Mirage F1")}


@pytest.mark.parametrize("second", [
    "The Ecuadorian Air Force did not fly both in 1995.",
    "The Ecuadorian Air Force might have flown both against Peru.",
])
def test_both_denied_or_hedged_gives_no_operator(second):
    assert not facts(TWO_TYPES.format(second=second), "OPERATES")


def test_both_after_one_system_is_not_guessed():
    assert not facts("Ecuador bought the Kfir in 1982. The Ecuadorian Air Force flew both against Peru.", "OPERATES")


def test_a_force_that_took_over_a_system_operates_it():
    found = facts("Cuban crews manned the S-125 batteries until 1990, when the Angolan Air Force took over the missiles.", "OPERATES")
    assert ("Angolan Air Force", "OPERATES", "S-125") in found


@pytest.mark.parametrize("text", [
    "The Angolan Air Force may take over the S-125 batteries next year.",
    "Angola took over the air base at Menongue in 1990.",
])
def test_a_planned_takeover_or_a_place_taken_over_gives_no_operator(text):
    assert not facts(text, "OPERATES")


# --- a list whose last member is a state's firm ----------------------------------------------------------

def test_a_firm_named_with_its_state_in_a_list_keeps_the_first_member():
    found = facts("Valmet and Sweden's Saab jointly built the Draken trainer line in 1974, and SOKO and Romania's IAR jointly developed the J-22 Orao.", "PRODUCED")
    assert {("SOKO", "PRODUCED", "J-22 Orao"), ("IAR", "PRODUCED", "J-22 Orao")} <= found
    assert ("Romania", "PRODUCED", "J-22 Orao") not in found


def test_a_planned_joint_development_gives_nothing():
    assert not facts("SOKO and Romania's IAR may jointly develop a successor to the J-22 Orao.", "PRODUCED")


# --- a service named alone in an article about another service of the same state -------------------

NAVAL_PAGE = "# Royal Malaysian Air Force\n\n## Early years\n\n{text}\n"


def test_the_navy_in_an_air_force_article_is_the_same_states_navy():
    text = NAVAL_PAGE.format(text="The navy took delivery of two Scorpène submarines from France in 2009.")
    found = file_facts(text, "history.md", "ACQUIRED")
    assert found == {("Royal Malaysian Navy", "ACQUIRED", "Scorpène-class submarine")}


@pytest.mark.parametrize("text", [
    "The navy hoped to receive two Scorpène submarines from France in 2009.",
    "The navy never received the Scorpène submarines it wanted from France.",
])
def test_the_navy_hoping_or_never_receiving_gives_nothing(text):
    assert not file_facts(NAVAL_PAGE.format(text=text), "history.md", "ACQUIRED", "SOLD")


# --- "gave" a counted system, "passed" a system to a recipient ------------------------------------

@pytest.mark.parametrize("text, seller, buyer, system", [
    ("In 1998 the Netherlands gave the Chilean Navy two Leopard 2 tanks.", "Netherlands", "Chilean Navy", "Leopard 2"),
    ("Canada gave Ukraine 39 M113 carriers in 2022, officials said.", "Canada", "Ukraine", "M113"),
    ("Libya passed Scud missiles to Iran during the war with Iraq.", "Libya", "Iran", "Scud"),
    ("Jordan quietly passed two F-16s to Pakistan in 2014.", "Jordan", "Pakistan", "F-16"),
])
def test_a_gift_or_a_handing_on_is_a_transfer(text, seller, buyer, system):
    found = facts(text, "SOLD", "ACQUIRED")
    assert {(seller, "SOLD", system), (buyer, "ACQUIRED", system)} <= found


@pytest.mark.parametrize("text", [
    "Canada gave two reasons for refusing Ukraine M113 carriers.",
    "Canada may have given Ukraine 39 M113 carriers, but Ottawa denies it.",
    "Canada planned to give Ukraine 39 M113 carriers next year.",
    "Libya never passed Scud missiles to Iran, its officials insisted.",
    "Libya is said to have passed Scud missiles to Iran.",
    "The bill passed to the Senate after the vote on F-16 sales.",
])
def test_a_hedged_planned_or_denied_gift_gives_nothing(text):
    assert not facts(text, "SOLD", "ACQUIRED")


# --- goods that "reached" a state; the state a buyer "turned to" ----------------------------------

@pytest.mark.parametrize("text, buyer, systems", [
    ("Soviet T-55 tanks reached Syria in 1973, and the BMP-1 followed a year later.", "Syria", {"T-55", "BMP-1"}),
    ("The first Rafale jets arrived in India in July 2020.", "India", {"Rafale"}),
])
def test_systems_that_reached_a_state_were_acquired_by_it(text, buyer, systems):
    assert facts(text, "ACQUIRED") == {(buyer, "ACQUIRED", system) for system in systems}


@pytest.mark.parametrize("text", [
    "Rafale jets never reached India that year.",
    "Rafale jets may have reached India by then.",
    "Rafale jets were expected to reach India in 2020.",
    "Talks with India reached a deadlock over the Rafale.",
    "How the Rafale jets reached India so quickly is still unexplained.",
    "T-55 tanks reached Syria in 1973, but the BMP-1 never followed.",
])
def test_an_arrival_denied_hedged_planned_or_of_no_system_gives_nothing(text):
    assert not {fact for fact in facts(text, "ACQUIRED") if fact[2] in ("Rafale", "BMP-1")}


def test_the_state_a_buyer_turned_to_sold_what_then_arrived():
    found = facts("After the embargo Peru turned to the Soviet Union. Su-22 fighter-bombers reached Peru in 1977.", "SOLD", "ACQUIRED")
    assert {("Soviet Union", "SOLD", "Su-22"), ("Peru", "ACQUIRED", "Su-22")} <= found


@pytest.mark.parametrize("text", [
    "Peru never turned to the Soviet Union. Su-22 fighter-bombers reached Peru in 1977.",
    "Peru may have turned to the Soviet Union. Su-22 fighter-bombers reached Peru in 1977.",
])
def test_a_denied_or_hedged_turn_names_no_seller(text):
    assert ("Soviet Union", "SOLD", "Su-22") not in facts(text, "SOLD")
