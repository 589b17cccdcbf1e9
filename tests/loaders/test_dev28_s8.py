"""Security partners of African, Latin American and Middle Eastern states as other writers put
them: a private military company called by its short name, a tank variant the gazetteer now
lists, the many nations that come to a host's exercise "with" it, and a journal article's
footnote marks after a full stop. Every positive has negated, hedged or planned twins that
must give nothing."""
from __future__ import annotations

import pytest

from loaders.text import segment
from tests.loaders.sentences import facts


# --- a private military company by its short name ---------------------------------------------

def test_a_company_sanctioned_by_its_short_name():
    text = "Canada and Switzerland both sanctioned Wagner over abuses in the Central African Republic."
    found = facts(text, "SANCTIONED")
    assert {("Canada", "SANCTIONED", "Wagner Group"), ("Switzerland", "SANCTIONED", "Wagner Group")} <= found
    assert not any(target == "Central African Republic" for _, _, target in found)


@pytest.mark.parametrize("text", [
    "Canada has not sanctioned Wagner, officials said.",
    "Switzerland may sanction Wagner if the abuses continue.",
    "Canada plans to sanction Wagner next year.",
])
def test_a_company_sanction_denied_hedged_or_planned_gives_nothing(text):
    assert facts(text, "SANCTIONED") == set()


# --- a variant of a tank the gazetteer lists ---------------------------------------------------

def test_a_listed_tank_variant_keeps_its_own_name():
    text = "Laos received a batch of T-72B1 tanks from Russia in 2018."
    found = facts(text, "SOLD", "ACQUIRED")
    assert {("Laos", "ACQUIRED", "T-72B1"), ("Russia", "SOLD", "T-72B1")} <= found


def test_a_tank_variant_offered_gives_nothing():
    assert facts("Russia has offered T-72B1 tanks to Laos, but no contract is known.", "SOLD", "ACQUIRED") == set()


# --- the other nations that come "with" a host's guest ------------------------------------------

def test_a_state_named_with_many_other_nations_is_a_guest_not_a_cohost():
    text = "Morocco hosted African Lion 2024 near Tan-Tan in May, with the United States and some twenty other nations."
    found = facts(text, "HOSTED", "PARTICIPATED_IN")
    assert ("Morocco", "HOSTED", "African Lion") in found
    assert ("United States", "PARTICIPATED_IN", "African Lion") in found
    assert ("United States", "HOSTED", "African Lion") not in found


def test_a_lone_partner_after_hosts_with_is_still_a_cohost():
    found = facts("Egypt hosts Bright Star with the United States.", "HOSTED")
    assert {("Egypt", "HOSTED", "Bright Star"), ("United States", "HOSTED", "Bright Star")} <= found


@pytest.mark.parametrize("text", [
    "Morocco was expected to host African Lion 2026 with the United States and some twenty other nations.",
    "Morocco did not host African Lion in 2020, with the United States and other nations staying home.",
    "Morocco might host African Lion next year with the United States and a dozen other countries.",
])
def test_hosting_with_other_nations_planned_negated_or_hedged_gives_nothing(text):
    assert facts(text, "HOSTED", "PARTICIPATED_IN") == set()


# --- a footnote mark after a full stop ----------------------------------------------------------

def test_a_superscript_footnote_mark_ends_its_sentence():
    text = "Brazil and Sweden co-produce the Gripen fighter.¹² In the 1982 war between Argentina and the United Kingdom, Argentina flew Mirage IIIs."
    assert [s.text for s in segment(text)] == [
        "Brazil and Sweden co-produce the Gripen fighter.¹²",
        "In the 1982 war between Argentina and the United Kingdom, Argentina flew Mirage IIIs.",
    ]


def test_the_sentence_after_a_footnote_mark_keeps_its_own_subjects():
    text = "India and France co-developed the engine, which both air forces fly.⁴ In the 1971 war between India and Pakistan, Pakistan flew F-86s."
    found = facts(text, "CLASHED_WITH", "OPERATES")
    assert ("India", "CLASHED_WITH", "Pakistan") in found or ("Pakistan", "CLASHED_WITH", "India") in found
    assert not any("France" in (source, target) and type_ == "CLASHED_WITH" for source, type_, target in found)


def test_a_footnote_mark_before_a_hedge_does_not_carry_the_fact():
    text = "The two navies exercised together in 2019.³ Whether Algeria bought the Su-57 from Russia is unknown."
    assert facts(text, "SOLD", "ACQUIRED") == set()


# --- "flies X fighters from <state>": a class noun between system and supplier -------------------

def test_systems_with_class_nouns_each_from_their_supplier():
    text = "The Algerian Navy operates Kilo-class submarines from Russia, MEKO frigates from Germany and Type 056 corvettes from China."
    found = facts(text, "SOLD", "ACQUIRED", "OPERATES")
    assert {("Russia", "SOLD", "Kilo-class submarine"), ("Algerian Navy", "ACQUIRED", "Kilo-class submarine")} <= found
    assert {("China", "SOLD", "Type 056 corvette"), ("Algerian Navy", "OPERATES", "Type 056 corvette")} <= found


def test_a_middle_item_with_a_class_noun_keeps_its_supplier():
    text = "Peru's air force flies Su-25s from Russia, Mirage 2000 fighters from France and MiG-29s from Belarus."
    found = facts(text, "SOLD", "ACQUIRED")
    assert ("France", "SOLD", "Mirage 2000") in found


@pytest.mark.parametrize("text", [
    "The Algerian Navy does not operate Type 056 corvettes from China.",
    "The Algerian Navy may soon operate Type 056 corvettes from China.",
    "The Algerian Navy hopes to operate Type 056 corvettes from China by 2030.",
])
def test_class_noun_runs_negated_hedged_or_planned_give_no_transfer(text):
    assert facts(text, "SOLD", "ACQUIRED") == set()


# --- a "but" inside an aside on the subject -------------------------------------------------------

def test_a_but_inside_the_subjects_aside_does_not_cut_the_clause():
    text = "Bolivia, poor but well courted, took delivery of six K-8 trainers from China in 2011."
    found = facts(text, "SOLD", "ACQUIRED")
    assert {("Bolivia", "ACQUIRED", "K-8"), ("China", "SOLD", "K-8")} <= found


def test_a_but_aside_before_a_negated_verb_gives_nothing():
    assert facts("Bolivia, poor but well courted, has never bought K-8 trainers from China.", "SOLD", "ACQUIRED") == set()


def test_a_but_between_two_clauses_still_separates_them():
    found = facts("Ecuador wanted the Su-30, but Bolivia bought K-8 trainers from China.", "SOLD", "ACQUIRED")
    assert not any(source == "Ecuador" for source, _, _ in found)


# --- founders who signed the instrument that set the organization up ---------------------------------

def test_signing_the_charter_establishing_an_organization_makes_founders():
    text = "In 2024 Burundi, Rwanda and Kenya signed the Nairobi Charter establishing the East African Community."
    found = facts(text, "MEMBER_OF")
    assert {("Burundi", "MEMBER_OF", "East African Community"), ("Rwanda", "MEMBER_OF", "East African Community"), ("Kenya", "MEMBER_OF", "East African Community")} <= found


@pytest.mark.parametrize("text", [
    "Chad has not signed the Liptako-Gourma Charter establishing the Alliance of Sahel States.",
    "Togo is expected to sign the Liptako-Gourma Charter establishing the Alliance of Sahel States.",
    "Chad might sign a charter establishing the Alliance of Sahel States next year.",
])
def test_a_charter_not_signed_or_to_be_signed_gives_no_membership(text):
    assert facts(text, "MEMBER_OF") == set()


def test_an_accord_signed_with_someone_is_no_membership():
    assert facts("Mali signed the Algiers Accord with the rebels in 2015 under African Union auspices.", "MEMBER_OF") == set()


# --- a system the gazetteer now lists --------------------------------------------------------------

def test_an_israeli_air_defence_system_sold_by_its_maker():
    found = facts("Azerbaijan bought the Barak MX from Israel Aerospace Industries in 2021.", "SOLD", "ACQUIRED")
    assert {("Azerbaijan", "ACQUIRED", "Barak MX"), ("Israel Aerospace Industries", "SOLD", "Barak MX")} <= found


# --- a licence with no giver named, and a design credited to a demonym ---------------------------------

def test_building_a_foreign_designed_system_under_licence_is_a_transfer_from_the_designer():
    text = "Algeria assembles Chinese-designed CH-4 drones under licence at a plant near Oran."
    found = facts(text, "TRANSFERRED_TECHNOLOGY_TO", "PRODUCED")
    assert ("China", "TRANSFERRED_TECHNOLOGY_TO", "Algeria") in found
    assert {("China", "PRODUCED", "CH-4"), ("Algeria", "PRODUCED", "CH-4")} <= found


@pytest.mark.parametrize("text", [
    "Algeria does not assemble Chinese-designed CH-4 drones under licence.",
    "Algeria may assemble Chinese-designed CH-4 drones under licence from 2028.",
    "Algeria hopes to build Chinese-designed CH-4 drones under licence one day.",
])
def test_a_licensed_build_denied_hedged_or_planned_gives_no_transfer(text):
    assert not any(type_ == "TRANSFERRED_TECHNOLOGY_TO" for _, type_, _ in facts(text))


def test_a_foreign_design_with_no_licence_is_no_transfer():
    text = "Algeria flies Chinese-designed CH-4 drones bought in 2018."
    assert not any(type_ == "TRANSFERRED_TECHNOLOGY_TO" for _, type_, _ in facts(text))


# --- a quoted exercise name with "of the" --------------------------------------------------------------

def test_a_quoted_exercise_name_with_of_the_is_one_name():
    text = 'Kenyan and Ugandan troops held the "Lions of the Savannah" drills in Kenya in 2022.'
    found = facts(text, "PARTICIPATED_IN", "HELD_IN")
    assert {("Kenya", "PARTICIPATED_IN", "Lions of the Savannah"), ("Uganda", "PARTICIPATED_IN", "Lions of the Savannah")} <= found
    assert ("Lions of the Savannah", "HELD_IN", "Kenya") in found


def test_the_tail_of_an_unquoted_long_name_is_not_an_exercise():
    text = "Kenya and Uganda held the Lions of the Savannah drills in 2022."
    assert not any("Savannah" == target for _, _, target in facts(text, "PARTICIPATED_IN"))


@pytest.mark.parametrize("text", [
    'Kenya and Uganda did not hold the "Lions of the Savannah" drills in 2023.',
    'Kenya and Uganda plan to hold the "Lions of the Savannah" drills again in 2026.',
])
def test_a_quoted_exercise_not_held_or_planned_gives_nothing(text):
    assert facts(text, "PARTICIPATED_IN", "HELD_IN") == set()


# --- a hyphenated word among a sanction's modifiers ------------------------------------------------------

def test_a_hyphenated_modifier_before_an_embargo():
    found = facts("The Security Council imposed a two-way arms embargo on Somalia in 1992.", "SANCTIONED")
    assert ("United Nations Security Council", "SANCTIONED", "Somalia") in found


@pytest.mark.parametrize("text", [
    "The Security Council has not imposed a two-way arms embargo on Somalia.",
    "The Security Council may impose a two-way arms embargo on Somalia.",
    "The Security Council plans to impose a full-scope arms embargo on Somalia.",
])
def test_a_hyphenated_embargo_denied_hedged_or_planned_gives_nothing(text):
    assert facts(text, "SANCTIONED") == set()


# --- crafts of a state that touch down somewhere (a known gap) ------------------------------------------

def test_a_states_aircraft_that_landed_somewhere_are_its_own():
    found = facts("Two Chinese Y-20 transports landed at Belgrade airport in April 2022.", "OPERATES")
    assert ("China", "OPERATES", "Y-20") in found


@pytest.mark.parametrize("text", [
    "Argentina's first F-16 fighters landed at the air base in December.",
    "The first Argentine F-16s landed at Rio Cuarto in December.",
])
def test_new_aircraft_landing_on_delivery_are_no_operator_yet(text):
    assert facts(text, "OPERATES") == set()


@pytest.mark.parametrize("text", [
    "Egypt landed a contract for Su-35 fighters in 2018.",
    "No Chinese Y-20 transports have landed in Serbia since 2022.",
    "Chinese Y-20 transports may land in Serbia next month.",
])
def test_a_landed_contract_or_a_landing_denied_or_hedged_gives_no_operator(text):
    assert facts(text, "OPERATES") == set()


# --- a clause of time whose own subject failed ------------------------------------------------------------

def test_talks_that_collapsed_in_a_clause_of_time_do_not_undo_the_deed():
    text = "Kenya bought Z-9 helicopters from China in 2019, a year after the talks with France collapsed."
    found = facts(text, "SOLD", "ACQUIRED")
    assert {("Kenya", "ACQUIRED", "Z-9"), ("China", "SOLD", "Z-9")} <= found


@pytest.mark.parametrize("text", [
    "Kenya ordered Z-9 helicopters from China in 2019, months before the deal collapsed.",
    "Kenya ordered Z-9 helicopters from China in 2019, but the contract collapsed.",
    "Kenya did not buy Z-9 helicopters from China in 2019, a year after the talks with France collapsed.",
])
def test_a_collapsed_deal_or_a_negated_deed_still_gives_nothing(text):
    assert facts(text, "SOLD", "ACQUIRED") == set()


# --- partners fronted with "With ...", then the pronoun of the paragraph's state ---------------------------

def test_fronted_partners_and_the_pronouns_state_all_take_part():
    text = "Nigeria has other partners in the Gulf of Guinea. With Ghana and Togo it has held Obangame Express every year since 2011."
    found = facts(text, "PARTICIPATED_IN")
    assert {("Nigeria", "PARTICIPATED_IN", "Obangame Express"), ("Ghana", "PARTICIPATED_IN", "Obangame Express"), ("Togo", "PARTICIPATED_IN", "Obangame Express")} <= found


@pytest.mark.parametrize("text", [
    "Nigeria has other partners in the Gulf of Guinea. With Ghana and Togo it has never held Obangame Express.",
    "Nigeria has other partners in the Gulf of Guinea. With Ghana and Togo it plans to hold Obangame Express in 2027.",
    "Nigeria has other partners in the Gulf of Guinea. With Ghana it may hold Obangame Express next year.",
])
def test_fronted_partners_with_a_negated_planned_or_hedged_verb_give_nothing(text):
    assert facts(text, "PARTICIPATED_IN") == set()


# --- a tank whose designation reads like a year ----------------------------------------------------------

def test_a_tank_designation_with_a_year_like_number_is_a_system():
    text = "The Myanmar Army fields some 50 MBT-2000s delivered by China from 2019."
    found = facts(text, "SOLD", "ACQUIRED", "OPERATES")
    assert {("China", "SOLD", "MBT-2000"), ("Myanmar Army", "OPERATES", "MBT-2000")} <= found or \
        {("China", "SOLD", "MBT-2000"), ("Myanmar", "OPERATES", "MBT-2000")} <= found


@pytest.mark.parametrize("text", [
    "Myanmar has not bought the MBT-2000 from China.",
    "Myanmar may order MBT-2000 tanks from China next year.",
    "Myanmar plans to buy MBT-2000 tanks from China.",
])
def test_the_year_like_tank_denied_hedged_or_planned_gives_nothing(text):
    assert facts(text, "SOLD", "ACQUIRED", "OPERATES") == set()
