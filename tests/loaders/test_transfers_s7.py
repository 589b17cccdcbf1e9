"""Arms transfers and the industry as company reports, inventories, type histories and
budget papers state them (session 7, dev10): a fleet table under a heading that names a force
with its abbreviation, fleets still on order, one nationality's aircraft doing a deed of their
own, crews sent to a state for an exercise, and systems the gazetteer had lacked. Every
sentence and table is written for these tests; none is taken from a corpus or evaluation
document."""
from __future__ import annotations

import pytest

from loaders.extract import extract_path
from tests.loaders.sentences import facts


@pytest.fixture
def table_facts(tmp_path):
    """(source, type, target) of the relations found in a Markdown document, of ``types`` if given."""
    def read(text: str, *types: str) -> set[tuple]:
        path = tmp_path / "inventory.md"
        path.write_text(text, encoding="utf-8")
        return {(r.source, r.type, r.target) for r in extract_path(path).relations if not types or r.type in types}
    return read


def inventory(heading: str, *rows: str) -> str:
    return "\n".join([
        f"# {heading}", "", "Figures are ships on strength in March.", "",
        "| Type | Supplier | Role | In service | Notes |", "|---|---|---|---|---|", *rows, "",
    ])


# --- a fleet table under a heading that names a force and, in brackets, its armed forces ----

@pytest.mark.parametrize("heading", [
    "Indonesian Navy (TNI-AL) — ships on strength",
    "Philippine Air Force (Armed Forces of the Philippines) — aircraft on strength",
])
def test_a_force_and_the_armed_forces_it_belongs_to_are_one_owner(heading, table_facts):
    owner = heading.split(" (")[0]
    text = inventory(heading, "| Scorpène-class submarine | France | Patrol | 2 | Delivered 2024 |")
    found = table_facts(text, "ACQUIRED", "SOLD", "OPERATES")
    assert {(owner, "ACQUIRED", "Scorpène-class submarine"), ("France", "SOLD", "Scorpène-class submarine"),
            (owner, "OPERATES", "Scorpène-class submarine")} <= found


def test_forces_of_two_states_in_one_heading_name_no_owner(table_facts):
    text = inventory("Indonesian Navy and Royal Malaysian Navy compared", "| Scorpène-class submarine | France | Patrol | 2 | |")
    assert not table_facts(text, "ACQUIRED", "OPERATES")


@pytest.mark.parametrize("count", ["0", "nil", "—"])
def test_a_row_with_none_in_service_is_an_order_not_a_fleet(count, table_facts):
    text = inventory("Indonesian Navy (TNI-AL) — ships on strength",
                     f"| Scorpène-class submarine | France | Patrol | {count} | Two ordered 2024; first due 2029 |")
    found = table_facts(text, "ACQUIRED", "OPERATES")
    assert ("Indonesian Navy", "ACQUIRED", "Scorpène-class submarine") in found
    assert ("Indonesian Navy", "OPERATES", "Scorpène-class submarine") not in found


def test_a_cancelled_row_still_gives_nothing(table_facts):
    text = inventory("Indonesian Navy (TNI-AL) — ships on strength",
                     "| Scorpène-class submarine | France | Patrol | 0 | Contract cancelled 2025 |")
    assert not table_facts(text, "ACQUIRED", "SOLD", "OPERATES")


# --- one nationality's aircraft doing a deed of their own ---------------------------------

@pytest.mark.parametrize("text, fact", [
    ("Greek Mirage 2000s intercepted two Turkish F-16s over the Aegean in 2022.", ("Greece", "OPERATES", "Mirage 2000")),
    ("In February 2015 Egyptian Rafales struck targets near Derna.", ("Egypt", "OPERATES", "Rafale")),
    ("A Pakistani F-16 shot down an Indian MiG-21 during the 2019 skirmish.", ("Pakistan", "OPERATES", "F-16")),
    ("Moroccan F-16s also flew sorties over Yemen in 2015.", ("Morocco", "OPERATES", "F-16")),
])
def test_one_nationalitys_aircraft_doing_a_deed_are_that_states(text, fact):
    assert fact in facts(text, "OPERATES")


@pytest.mark.parametrize("text", [
    "Egyptian Rafales never struck targets near Derna.",
    "Egyptian Rafales may have struck targets near Derna.",
    "Egyptian Rafales will fly over the parade next year.",
    "Claims that Egyptian Rafales struck targets near Derna were denied by Cairo.",
])
def test_a_deed_denied_hedged_or_planned_gives_no_operator(text):
    assert ("Egypt", "OPERATES", "Rafale") not in facts(text, "OPERATES")


def test_a_nationality_named_for_the_maker_is_not_a_deed():
    assert not facts("French Rafales are offered to Colombia.", "OPERATES")


# --- crews sent to a state for an exercise ------------------------------------------------

@pytest.mark.parametrize("text, participant, exercise, host_state", [
    ("Pakistani JF-17s deployed to Turkey for Anatolian Eagle 2025.", "Pakistan", "Anatolian Eagle", "Turkey"),
    ("Singapore sent six F-16s to Australia for Pitch Black 2022, its largest detachment yet.", "Singapore", "Pitch Black", "Australia"),
    ("The Indian Navy dispatched two frigates to Oman to take part in Naseem Al Bahr.", "Indian Navy", "Naseem Al Bahr", "Oman"),
])
def test_the_state_crews_are_sent_to_for_an_exercise_is_where_it_was_held(text, participant, exercise, host_state):
    found = facts(text, "PARTICIPATED_IN", "HELD_IN")
    assert (participant, "PARTICIPATED_IN", exercise) in found
    assert (exercise, "HELD_IN", host_state) in found
    assert (host_state, "PARTICIPATED_IN", exercise) not in found


@pytest.mark.parametrize("text", [
    "Singapore did not send F-16s to Australia for Pitch Black 2022.",
    "Singapore will send F-16s to Australia for Pitch Black 2026.",
])
def test_crews_not_sent_or_yet_to_be_sent_give_no_exercise(text):
    assert not facts(text, "PARTICIPATED_IN")


# --- systems the gazetteer had lacked -----------------------------------------------------

@pytest.mark.parametrize("text, fact", [
    ("Denmark bought Draken interceptors from Saab in 1968.", ("Denmark", "ACQUIRED", "Saab 35 Draken")),
    ("The Swedish Air Force flew the Saab 35 Draken for almost forty years.", ("Swedish Air Force", "OPERATES", "Saab 35 Draken")),
    ("Thales delivered GM200 radars to Armenia in 2023.", ("Armenia", "ACQUIRED", "GM200")),
    ("Spain ordered Pilatus PC-21 trainers for its air academy in 2020.", ("Spain", "ACQUIRED", "PC-21")),
])
def test_systems_added_to_the_gazetteer_are_found(text, fact):
    assert fact in facts(text)


def test_a_draken_offered_is_not_a_draken_bought():
    assert not facts("Saab offered the Draken to Switzerland in the 1970s, but no order followed.", "ACQUIRED", "SOLD")


# --- technology-transfer deals written with hyphens, and a yard standing for its state ----

@pytest.mark.parametrize("text, giver, receiver", [
    ("Brazil assembles the Gripen E under a technology-transfer agreement with Sweden.", "Sweden", "Brazil"),
    ("Poland builds the K2 tanks locally under a transfer-of-technology deal with South Korea.", "South Korea", "Poland"),
    ("Two of the submarines were built at Mazagon Dock under a technology-transfer contract with France.", "France", "India"),
    ("Hindustan Aeronautics produces the engines under a technology transfer agreement with Russia.", "Russia", "India"),
])
def test_a_technology_transfer_deal_with_a_state_goes_to_the_builder(text, giver, receiver):
    assert (giver, "TRANSFERRED_TECHNOLOGY_TO", receiver) in facts(text, "TRANSFERRED_TECHNOLOGY_TO")


@pytest.mark.parametrize("text", [
    "Brazil wants to assemble the Gripen E under a technology-transfer agreement with Sweden that is still being negotiated.",
    "The submarines are to be built at Mazagon Dock under a technology-transfer contract with France.",
    "Hindustan Aeronautics produces the engines without any technology-transfer agreement with Russia.",
])
def test_a_technology_transfer_deal_planned_or_denied_gives_nothing(text):
    assert not facts(text, "TRANSFERRED_TECHNOLOGY_TO")


# --- sub-model letters written onto a listed "<name> <number>" ----------------------------

@pytest.mark.parametrize("text, fact", [
    ("Peru bought twelve Mirage 2000Ps in 1984.", ("Peru", "ACQUIRED", "Mirage 2000")),
    ("Egyptian Mirage 2000EMs flew over the Sinai in 2013.", ("Egypt", "OPERATES", "Mirage 2000")),
    ("The Indian Air Force flies the Mirage 2000I from Gwalior.", ("Indian Air Force", "OPERATES", "Mirage 2000")),
])
def test_sub_model_letters_on_a_listed_name_are_that_system(text, fact):
    assert fact in facts(text)


def test_a_listed_sub_model_keeps_its_own_name():
    found = facts("Hungary ordered Leopard 2A7 tanks from Germany in 2018.", "ACQUIRED")
    assert ("Hungary", "ACQUIRED", "Leopard 2A7") in found and ("Hungary", "ACQUIRED", "Leopard 2") not in found


def test_a_capitalised_word_after_the_number_is_no_sub_model():
    assert not facts("Of the Mirage 2000 In Greek service, none has been sold.", "SOLD", "ACQUIRED")


# --- a relative clause on a coordinated group ---------------------------------------------

@pytest.mark.parametrize("text, operators", [
    ("Greece and Cyprus, which both operate the Exocet, buy French missiles.", {"Greece", "Cyprus"}),
    ("Finland and Switzerland, which fly the F/A-18, chose the F-35 as its successor.", {"Finland", "Switzerland"}),
    ("Russia sold Su-30s to India and Algeria, which flies them from Oum Bouaghi.", {"Algeria"}),
    ("Egypt and Qatar, which has flown the Rafale since 2019, signed the declaration.", {"Qatar"}),
])
def test_a_relative_clause_in_the_plural_is_said_of_the_whole_group(text, operators):
    found = {source for source, _, _ in facts(text, "OPERATES")}
    assert found == operators


@pytest.mark.parametrize("text", [
    "Greece and Cyprus, which may one day operate the Exocet, buy French missiles.",
    "Greece and Cyprus, which do not operate the Exocet, buy French missiles.",
])
def test_a_relative_clause_hedged_or_negated_gives_no_operator(text):
    assert not facts(text, "OPERATES")


# --- an operators box: a block's opening line gives a dated label its role -------------------

def box(*lines: str) -> str:
    return "\n".join(["TYPE NOTES: THE SEPECAT JAGUAR", "", "The Jaguar first flew in 1968.", "", *lines, ""])


def test_current_under_an_operators_block_lists_operators(table_facts):
    found = table_facts(box("OPERATORS IN BRIEF (2024)", "Current: India", "Former: France, Oman, Nigeria"), "OPERATES")
    assert ("India", "OPERATES", "SEPECAT Jaguar") in found
    assert not {("France", "OPERATES", "SEPECAT Jaguar"), ("Oman", "OPERATES", "SEPECAT Jaguar")} & found


@pytest.mark.parametrize("opening", ["POSSIBLE OPERATORS IN BRIEF", "PROSPECTIVE USERS", "ORDERS AT A GLANCE"])
def test_current_under_a_block_of_prospects_or_of_no_role_gives_nothing(opening, table_facts):
    assert not table_facts(box(opening, "Current: India"), "OPERATES")


# --- second-hand systems named after their former owner ---------------------------------

@pytest.mark.parametrize("text, former_owner, system", [
    ("Chile bought eight former Royal Netherlands Air Force F-16 fighters in 2005.", "Royal Netherlands Air and Space Force", "F-16"),
    ("Bangladesh took over two ex-Indian Navy Sea Harrier jets.", "Indian Navy", "Sea Harrier"),
    ("Sri Lanka received a former U.S. Coast Guard Hamilton-class cutter in 2018.", "United States Coast Guard", "Hamilton-class cutter"),
])
def test_a_former_owner_named_before_the_system_does_not_operate_it(text, former_owner, system):
    assert (former_owner, "OPERATES", system) not in facts(text, "OPERATES")


def test_an_owner_named_before_the_system_still_operates_it():
    assert ("Royal Netherlands Air and Space Force", "OPERATES", "F-16") in facts("Royal Netherlands Air Force F-16 fighters flew over Volkel in 2020.")


# --- an export variant written with a lower-case letter -----------------------------------

@pytest.mark.parametrize("text, fact", [
    ("Indonesia has flown the T-50i since 2014.", ("Indonesia", "OPERATES", "T-50")),
    ("In 2021 Indonesia ordered six more T-50i trainers.", ("Indonesia", "ACQUIRED", "T-50")),
])
def test_a_lower_case_export_letter_is_the_listed_system(text, fact):
    assert fact in facts(text)


def test_a_plural_is_no_export_letter():
    assert ("Indonesia", "OPERATES", "T-50") in facts("Indonesia operates T-50s.", "OPERATES")


# --- a maker that signs a contract with a state sells to it -------------------------------

@pytest.mark.parametrize("text, maker, buyer, system", [
    ("In 2021 Hanwha Aerospace signed a contract with Australia for 30 K9 howitzers.", "Hanwha Aerospace", "Australia", "K9 Thunder"),
    ("Last March Embraer inked a deal with the Portuguese Air Force for five C-390 transports.", "Embraer", "Portuguese Air Force", "C-390"),
])
def test_a_maker_signing_a_contract_with_a_state_sells_to_it(text, maker, buyer, system):
    found = facts(text, "SOLD", "ACQUIRED")
    assert {(maker, "SOLD", system), (buyer, "ACQUIRED", system)} <= found


@pytest.mark.parametrize("text", [
    "Hanwha Aerospace may sign a contract with Australia for 30 K9 howitzers next year.",
    "Hanwha Aerospace has not signed a contract with Australia for K9 howitzers.",
    "Hanwha Aerospace is expected to sign a contract with Australia for 30 K9 howitzers.",
])
def test_a_contract_planned_or_denied_gives_no_sale(text):
    assert not facts(text, "SOLD", "ACQUIRED")


# --- leases and first batches -------------------------------------------------------------

@pytest.mark.parametrize("text, buyer, seller, system", [
    ("In 2004 Austria leased a dozen F-5 fighters from Switzerland.", "Austria", "Switzerland", "F-5"),
    ("Hungary leased fourteen Gripen fighters from Sweden for ten years.", "Hungary", "Sweden", "JAS 39 Gripen"),
])
def test_a_lease_from_a_state_is_a_transfer_from_it(text, buyer, seller, system):
    assert {(buyer, "ACQUIRED", system), (seller, "SOLD", system)} <= facts(text, "SOLD", "ACQUIRED")


@pytest.mark.parametrize("text", [
    "Austria may lease a dozen F-5 fighters from Switzerland.",
    "Austria did not lease any F-5 fighters from Switzerland.",
    "Austria never leased F-5 fighters from Switzerland, whatever the rumours said.",
])
def test_a_lease_planned_or_denied_gives_no_transfer(text):
    assert not facts(text, "SOLD", "ACQUIRED")


def test_a_lessor_leasing_to_a_state_still_sells():
    assert ("Sweden", "SOLD", "JAS 39 Gripen") in facts("Sweden leased fourteen Gripen fighters to the Czech Republic in 2005.", "SOLD")


@pytest.mark.parametrize("text, buyer, system", [
    ("The Royal Malaysian Air Force took the first batch of six FA-50 jets in 2026.", "Royal Malaysian Air Force", "FA-50"),
    ("In May the Hellenic Navy took its first delivery of FDI frigates.", "Hellenic Navy", "FDI frigate"),
])
def test_taking_the_first_batch_is_a_delivery(text, buyer, system):
    assert (buyer, "ACQUIRED", system) in facts(text, "ACQUIRED")


@pytest.mark.parametrize("text", [
    "The Royal Malaysian Air Force will take the first batch of six FA-50 jets in 2026.",
    "The Royal Malaysian Air Force has not taken the first batch of FA-50 jets.",
])
def test_a_first_batch_to_come_or_not_taken_gives_nothing(text):
    assert not facts(text, "ACQUIRED")


# --- a war named by what it meant to one side ---------------------------------------------

@pytest.mark.parametrize("text, pair", [
    ("Demand grew after Georgia's defeat in the 2008 war with Russia.", ("Georgia", "Russia")),
    ("India's victory in the 1971 war with Pakistan reshaped South Asia.", ("India", "Pakistan")),
])
def test_a_sides_outcome_in_a_war_with_another_is_a_clash(text, pair):
    assert tuple(sorted(pair)) in {tuple(sorted((a, b))) for a, _, b in facts(text, "CLASHED_WITH")}


@pytest.mark.parametrize("text", [
    "Armenia's role in a possible war with Azerbaijan is debated.",
    "Georgia's defeat in a future war with Russia would be swift.",
])
def test_an_outcome_in_a_war_that_has_not_happened_is_no_clash(text):
    assert not facts(text, "CLASHED_WITH")


# --- a contract signed with a seller, its date or "government" between ---------------------

@pytest.mark.parametrize("text, buyer, seller, system", [
    ("Norway signed a contract with the United States government in March 2021 for five P-8A Poseidon aircraft.", "Norway", "United States", "P-8 Poseidon"),
    ("The deal that Greece signed with France in 2021 for 18 Rafale jets was the first of two.", "Greece", "France", "Rafale"),
    ("In 2022 Egypt signed with Germany for two more MEKO A-200 frigates.", "Egypt", "Germany", "MEKO A-200"),
])
def test_a_contract_signed_with_a_seller_for_a_system_is_a_purchase_from_it(text, buyer, seller, system):
    assert {(buyer, "ACQUIRED", system), (seller, "SOLD", system)} <= facts(text, "SOLD", "ACQUIRED")


@pytest.mark.parametrize("text", [
    "Norway may sign a contract with the United States government in 2027 for more P-8A Poseidon aircraft.",
    "Greece has not signed with France for any more Rafale jets.",
    "India signed with Russia a treaty of friendship in 1971, not an arms deal.",
])
def test_a_contract_not_signed_or_not_for_arms_gives_no_purchase(text):
    assert not facts(text, "SOLD", "ACQUIRED")


# --- sanctions in a relative clause on the sanctioned -------------------------------------

@pytest.mark.parametrize("text, pairs", [
    ("Shipments still went to Iran, on which the United States has imposed sanctions since 1979.", {("United States", "Iran")}),
    ("Trade with Russia and Belarus, against which Japan has applied sanctions since 2022, fell sharply.", {("Japan", "Russia"), ("Japan", "Belarus")}),
])
def test_the_antecedent_of_against_which_is_the_sanctioned(text, pairs):
    assert pairs <= {(a, b) for a, _, b in facts(text, "SANCTIONED")}


@pytest.mark.parametrize("text", [
    "Shipments still went to Iran, on which the United States may impose sanctions.",
    "Shipments still went to Iran, against which Japan has never imposed sanctions.",
])
def test_sanctions_in_the_relative_hedged_or_denied_give_nothing(text):
    assert not facts(text, "SANCTIONED")


def test_a_negated_main_clause_leaves_its_relative_clause_asserted():
    # (fixed in session 10: ", against which" opens a relative clause, a clause of its own for the negation)
    found = facts("No licences were granted for Russia, against which Norway has applied sanctions since 2014.", "SANCTIONED")
    assert ("Norway", "SANCTIONED", "Russia") in found


# --- export customers listed after "in service with" --------------------------------------

@pytest.mark.parametrize("text, customers, system", [
    ("The Akinci is in service with nine export customers, among them Kuwait and Morocco.", {"Kuwait", "Morocco"}, "Akinci"),
    ("The K9 is in service with the Republic of Korea Army and with seven export customers, including Norway and Egypt.", {"Norway", "Egypt"}, "K9 Thunder"),
])
def test_export_customers_listed_after_in_service_with_bought_and_field_it(text, customers, system):
    found = facts(text, "OPERATES", "ACQUIRED")
    assert {(c, relation, system) for c in customers for relation in ("OPERATES", "ACQUIRED")} <= found


@pytest.mark.parametrize("text", [
    "The Akinci is not in service with any export customers, including Kuwait.",
    "The Akinci may soon be in service with new export customers, among them Kuwait.",
])
def test_customers_denied_or_expected_give_nothing(text):
    assert not facts(text, "OPERATES", "ACQUIRED")


def test_an_operator_named_without_customers_is_not_a_buyer():
    found = facts("The Akinci is in service with the Turkish Air Force.", "OPERATES", "ACQUIRED")
    assert ("Turkish Air Force", "OPERATES", "Akinci") in found and not any(t == "ACQUIRED" for _, t, _ in found)


# --- crews that flew or sailed in a named exercise -----------------------------------------

@pytest.mark.parametrize("text, participants, exercise", [
    ("Pakistani JF-17s flew in Anatolian Eagle 2023.", {"Pakistan"}, "Anatolian Eagle"),
    ("Greek Mirage 2000s flew in Red Flag 2024 alongside Dutch and Italian aircraft.", {"Greece", "Netherlands", "Italy"}, "Red Flag"),
    ("Two Indian frigates sailed in Malabar 2020 with ships from Japan.", {"India"}, "Malabar-2020"),
])
def test_crews_that_flew_or_sailed_in_an_exercise_took_part(text, participants, exercise):
    found = {source for source, _, target in facts(text, "PARTICIPATED_IN") if target == exercise}
    assert participants <= found


@pytest.mark.parametrize("text", [
    "Pakistani JF-17s did not fly in Anatolian Eagle 2023.",
    "Pakistani JF-17s may fly in Anatolian Eagle next year.",
    "Indian Su-30s flew in from Jodhpur for the parade.",
])
def test_crews_not_flying_in_an_exercise_give_no_participant(text):
    assert not facts(text, "PARTICIPATED_IN")


def test_a_contract_signed_with_a_state_names_no_buyer_by_itself():
    found = facts("The contract signed with Malaysia in 2023 for 18 FA-50 jets became effective in 2024.", "SOLD")
    assert ("Malaysia", "SOLD", "FA-50") not in found


# --- a clause joined on with its own subject takes part alone ------------------------------

@pytest.mark.parametrize("text, participants, others", [
    ("Russia and China patrolled the Sea of Japan in 2023, and India took part in Malabar-2023.", {"India"}, {"Russia", "China"}),
    ("Egypt bought Rafales from France in 2015, and Greece took part in Medusa-2023.", {"Greece"}, {"Egypt", "France"}),
])
def test_a_joined_clause_with_its_own_subject_takes_part_alone(text, participants, others):
    found = {source for source, _, _ in facts(text, "PARTICIPATED_IN")}
    assert participants <= found and not others & found


def test_a_subject_shared_across_and_still_takes_part():
    found = {source for source, _, _ in facts("Russia and China patrolled the Sea of Japan in 2023 and took part in Vostok-2022.", "PARTICIPATED_IN")}
    assert {"Russia", "China"} <= found


# --- what this round leaves ----------------------------------------------------------------

@pytest.mark.xfail(strict=True, reason="'the Kargil war of 1999' names only one side; the other side is a demonym earlier in the sentence")
def test_a_named_war_with_one_side_given_as_a_demonym_is_a_clash():
    assert ("India", "CLASHED_WITH", "Pakistan") in facts("Indian Mirage 2000s bombed Pakistani bunkers on the ridges during the Kargil war of 1999.")
