"""Faults found by a second round of smoke tests (session 12) on short notes in styles the first
round did not use (a panel summary, an attaché's diary, a tweet thread, an infobox, a radio
bulletin, a judgment, a shipping newsletter, a Q&A for journalists, a student essay), and the
open faults of the first round. Each case is a new sentence, with twins that must give nothing."""
from __future__ import annotations

import pytest

from loaders.extract import extract_text
from tests.loaders.sentences import facts


def years(text: str, kind: str) -> dict[tuple, object]:
    """The ``year`` of each relation of ``kind`` found in ``text``."""
    return {(r.source, r.target): r.properties.get("year") for r in extract_text(text).relations if r.type == kind}


# --- a year told only in a contrasting clause dates that clause, not the main one --------------------

def test_a_contrasting_clauses_year_is_not_the_main_clauses():
    found = years("Our seminar paper observes that Armenia and Belarus are members of the CSTO, while Georgia quit the CIS in 2009.", "MEMBER_OF")
    assert found and set(found.values()) == {None}


def test_each_clause_keeps_its_own_year():
    found = years("Kyrgyzstan joined the Collective Security Treaty Organization in 1994, whereas Uzbekistan quit it in 2012.", "MEMBER_OF")
    assert found == {("Kyrgyzstan", "Collective Security Treaty Organization"): 1994}
    found = years("In 2015 Moscow delivered Su-30s to Hanoi, but Jakarta bought Rafales.", "SOLD")
    assert found == {("Russia", "Su-30"): 2015}  # a fronted year dates the whole sentence


def test_a_contrasting_clause_denied_or_hedged_gives_its_own_nothing():
    for sentence in (
        "Armenia and Belarus are members of the CSTO, whereas Georgia did not join it in 2009.",
        "Armenia and Belarus are members of the CSTO, while Georgia may join it in 2030.",
    ):
        assert facts(sentence, "MEMBER_OF") == {("Armenia", "MEMBER_OF", "Collective Security Treaty Organization"), ("Belarus", "MEMBER_OF", "Collective Security Treaty Organization")}, sentence
        assert set(years(sentence, "MEMBER_OF").values()) == {None}, sentence


# --- an applicant later admitted is a member; only the application is not ---------------------------

def test_applied_and_later_joined_is_a_member():
    assert facts("Cambodia applied to ASEAN in 1996 and finally joined in 1999.", "MEMBER_OF") == {("Cambodia", "MEMBER_OF", "Association of Southeast Asian Nations")}
    assert facts("Egypt bid for BRICS in 2023 and became a full member a year later.", "MEMBER_OF") == {("Egypt", "MEMBER_OF", "BRICS")}


def test_an_applicant_said_to_join_in_the_next_sentence_is_a_member():
    text = "Belarus applied to the Shanghai Cooperation Organisation in 2022. It was admitted in July 2024."
    assert facts(text, "MEMBER_OF") == {("Belarus", "MEMBER_OF", "Shanghai Cooperation Organisation")}


def test_an_application_not_followed_by_admission_gives_nothing():
    for sentence in (
        "Cambodia applied to ASEAN in 1996 and hopes to join by 1999.",
        "Cambodia applied to ASEAN in 1996 and was turned down.",
        "Cambodia applied to ASEAN in 1996 and never joined.",
        "Cambodia applied to ASEAN in 1996 and became an observer in 1997.",
        "Cambodia applied to ASEAN in 1996. It will join in 1999.",
        "Cambodia applied to ASEAN in 1996. It has not joined.",
        "Cambodia applied to ASEAN in 1996. It might join in 1999.",
    ):
        assert facts(sentence, "MEMBER_OF") == set(), sentence


def test_an_applicant_admitted_in_the_passive_is_a_member():
    text = "At the Astana summit the SCO took stock. Belarus had applied in 2022 and was admitted this summer."
    assert facts(text, "MEMBER_OF") == {("Belarus", "MEMBER_OF", "Shanghai Cooperation Organisation")}


def test_an_applicant_admitted_only_to_a_lower_tier_is_no_member():
    for sentence in (
        "Belarus applied to the SCO in 2022 and was admitted as an observer.",
        "Belarus applied to the SCO in 2022 and was admitted as a dialogue partner in 2023.",
        "Belarus applied to the SCO in 2022 and was reportedly admitted in 2024.",
    ):
        assert facts(sentence, "MEMBER_OF") == set(), sentence


# --- a deal nobody vouches for, told after it ---------------------------------------------------

def test_a_deal_neither_side_has_confirmed_gives_nothing():
    for sentence in (
        "Myanmar ordered six Yak-130 trainers from Russia, shipyard gossip says, though neither government has confirmed the deal.",
        "Mali took delivery of Su-24 bombers from Russia in 2024, but no one has officially confirmed it.",
        "Serbia bought CH-92A drones from China; neither side has publicly acknowledged the sale.",
    ):
        assert facts(sentence, "SOLD", "ACQUIRED") == set(), sentence


def test_a_deal_both_sides_confirmed_still_counts():
    found = facts("Mali took delivery of Su-24 bombers from Russia in 2024, and both governments have confirmed it.", "SOLD", "ACQUIRED")
    assert found == {("Mali", "ACQUIRED", "Su-24"), ("Russia", "SOLD", "Su-24")}


# --- ships sent to a sea for drills drill there ------------------------------------------------------

def test_ships_sent_to_a_sea_for_drills_drill_there():
    assert facts("Last month the Northern Fleet dispatched three frigates to the Barents Sea for anti-submarine drills.", "DRILLED_IN") == {("Northern Fleet", "DRILLED_IN", "Barents Sea")}
    assert facts("Tokyo sent two destroyers into the East China Sea to conduct drills.", "DRILLED_IN") == {("Japan", "DRILLED_IN", "East China Sea")}


def test_ships_sent_for_something_else_or_only_planned_drill_nowhere():
    for sentence in (
        "Last month the Northern Fleet dispatched three frigates to the Barents Sea for repairs after drills.",
        "Next month the Northern Fleet will send three frigates to the Barents Sea for drills.",
        "The Northern Fleet did not send frigates to the Barents Sea for drills.",
        "The Northern Fleet may have sent frigates to the Barents Sea for drills.",
    ):
        assert facts(sentence, "DRILLED_IN") == set(), sentence


# --- a copy made of a system: the maker made the copy, not the original -----------------------------

def test_the_maker_of_a_copy_did_not_make_the_original():
    assert facts("In the 1990s Beijing produced an unlicensed copy of the Su-27, the J-11B.", "PRODUCED") == {("China", "PRODUCED", "J-11B")}
    assert facts("Tehran manufactures a reverse-engineered clone of the C-802 known locally as the Noor.", "PRODUCED") == set()


def test_a_version_of_a_system_is_that_system_and_copies_denied_give_nothing():
    assert facts("Almaz-Antey builds an export version of the S-400.", "PRODUCED") == {("Almaz-Antey", "PRODUCED", "S-400")}
    assert facts("Beijing never built a copy of the Su-35.", "PRODUCED") == set()


# --- a contract signed in the passive by one state: that state's order ------------------------------

def test_a_contract_signed_by_one_state_in_the_passive_is_its_order():
    assert facts("In March a contract for eight Rafale fighters was signed by Iraq.", "ACQUIRED") == {("Iraq", "ACQUIRED", "Rafale")}


def test_a_passive_contract_with_two_signers_or_not_signed_gives_nothing():
    for sentence in (
        "In March a contract for eight Rafale fighters was signed by Iraq and France.",
        "In March a contract for eight Rafale fighters was not signed by Iraq.",
        "A contract for eight Rafale fighters may be signed by Iraq next year.",
        "A contract for eight Rafale fighters was reportedly signed by Iraq.",
    ):
        assert facts(sentence, "ACQUIRED") == set(), sentence


# --- a licensor grants production to another state; it makes nothing itself -------------------------

def test_a_licensor_is_no_producer_of_what_it_licensed():
    found = facts("In 2001 Seoul licensed production of the K9 howitzer to Ankara.", "PRODUCED", "TRANSFERRED_TECHNOLOGY_TO")
    assert found == {("South Korea", "TRANSFERRED_TECHNOLOGY_TO", "Turkey")}


def test_licensed_production_held_by_a_state_is_still_its_production():
    assert facts("Turkey's licensed production of the K9 howitzer began in 2001.", "PRODUCED") == {("Turkey", "PRODUCED", "K9 Thunder")}
    assert facts("India started licensed production of the Su-30MKI in 2004.", "PRODUCED") == {("India", "PRODUCED", "Su-30MKI")}


def test_a_licence_only_planned_or_denied_gives_nothing():
    for sentence in (
        "Seoul may license production of the K9 howitzer to Ankara.",
        "Seoul never licensed production of the K9 howitzer to Ankara.",
    ):
        assert facts(sentence, "PRODUCED", "TRANSFERRED_TECHNOLOGY_TO") == set(), sentence


# --- faults found and not fixed (kept as strict xfails) -------------------------------------------

def test_an_order_signed_by_two_states_names_no_buyer():
    assert facts("In March an order for eight Rafale fighters was signed by Iraq and France.", "SOLD", "ACQUIRED") == set()


def test_an_order_denied_or_hedged_in_the_passive_gives_nothing():
    for sentence in ("In March an order for eight Rafale fighters was not signed by Iraq.", "An order for eight Rafale fighters was reportedly signed by Iraq."):
        assert facts(sentence, "ACQUIRED") == set(), sentence




@pytest.mark.xfail(strict=True, reason="a negation in the clause before a colon ('the tie is no alliance:') blocks the statement after it")
def test_a_negation_before_a_colon_does_not_deny_what_follows():
    text = "Hanoi bought Kilo-class submarines from Moscow in 2009. The tie is no alliance: the two states signed a strategic partnership in 2012."
    assert ("Russia", "PARTNERS_WITH", "Vietnam") in facts(text, "PARTNERS_WITH") or ("Vietnam", "PARTNERS_WITH", "Russia") in facts(text, "PARTNERS_WITH")


def test_an_exercise_instance_is_dated_by_its_own_name():
    found = extract_text("Joint Sea is a naval series begun in 2012. Joint Sea-2016 was held in the South China Sea.").relations
    assert {r.properties.get("year") for r in found if r.type == "HELD_IN"} == {2016}


def test_a_clash_told_in_a_when_clause_is_between_its_own_pair():
    text = "Russia and China are partners today. They fought a border war in 1969, when Soviet and Chinese units clashed on the Ussuri."
    assert ("Russia", "CLASHED_WITH", "Soviet Union") not in facts(text, "CLASHED_WITH") and ("Soviet Union", "CLASHED_WITH", "Russia") not in facts(text, "CLASHED_WITH")
