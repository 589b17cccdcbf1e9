"""Denials, leaks and speculation as analysts, ministries and parliaments write them (dev27's
styles): a risk note's scenario table whose rows are possibilities, allegations rejected in
a ministry's rebuttal, sanctions "imposed on" a state "by" others, a carrier that flew a
cargo in, a partnership declared "with" a slogan, a fact after a colon that a modal opening
does not reach, and weapons "launched" or "fired" by their operator. Each positive has
negated, hedged or planned twins that give nothing; the gaps left are strict xfails. Every
sentence is new, none is taken from a seeds document."""
from __future__ import annotations

import pytest

from tests.loaders.sentences import facts

SOLD, ACQUIRED, OPERATES = "SOLD", "ACQUIRED", "OPERATES"


# --- a scenario table lays out possibilities ----------------------------------------------------

SCENARIO_TABLE = """Outlook

| Scenario | What would happen | Likelihood |
|---|---|---|
| Resupply | Belarus delivers Su-30SM fighters to Mali | Low |
| Rival offer | Turkey sells Bayraktar TB2 drones to Mali | High |
"""

PROBABILITY_TABLE = """| Outcome | Probability |
|---|---|
| India buys the Su-57 from Russia | 20% |
"""

DELIVERY_TABLE = """| Supplier | Recipient | System | Year |
|---|---|---|---|
| Turkey | Mali | Bayraktar TB2 | 2022 |
"""


def test_rows_of_a_scenario_or_probability_table_give_nothing():
    assert not facts(SCENARIO_TABLE, SOLD, ACQUIRED)
    assert not facts(PROBABILITY_TABLE, SOLD, ACQUIRED)


def test_a_delivery_table_still_gives_its_rows():
    found = facts(DELIVERY_TABLE, SOLD, ACQUIRED)
    assert ("Turkey", SOLD, "Bayraktar TB2") in found and ("Mali", ACQUIRED, "Bayraktar TB2") in found


# --- a charge named before what it charges -----------------------------------------------------

def test_what_an_allegation_or_accusation_charges_gives_nothing():
    assert not facts("The ministry rejects the allegations, aired again by several capitals, that Belarus has sold Su-25 jets to Sudan.", SOLD, ACQUIRED)
    assert not facts("Ankara dismissed accusations that it had delivered Bayraktar TB2 drones to Ethiopia.", SOLD, ACQUIRED)
    assert not facts("There were charges that Serbia had shipped Grad rockets to Armenia.", SOLD, ACQUIRED)


def test_a_fact_told_beside_a_rejected_allegation_still_stands():
    found = facts("While rejecting the accusations, the ministry confirmed that Belarus sold Su-25 jets to Sudan in 2008.", SOLD, ACQUIRED)
    assert ("Belarus", SOLD, "Su-25") in found
    assert ("Belarus", SOLD, "Su-25") in facts("Belarus sold Su-25 jets to Sudan in 2008, the ministry said.", SOLD)


# --- sanctions "imposed on" the target "by" the sanctioners --------------------------------------

def test_sanctions_imposed_on_a_target_by_named_sanctioners():
    found = facts("Minsk condemned the sanctions imposed on Belarus by Canada and Japan in March 2022.", "SANCTIONED")
    assert ("Canada", "SANCTIONED", "Belarus") in found and ("Japan", "SANCTIONED", "Belarus") in found
    assert ("Australia", "SANCTIONED", "Myanmar") in facts("Sanctions were imposed on Myanmar by Australia in 2023.", "SANCTIONED")


def test_sanctions_on_a_target_by_others_hedged_or_denied_give_nothing():
    assert not facts("Sanctions might be imposed on Belarus by Canada.", "SANCTIONED")
    assert not facts("Sanctions could be imposed by Canada on Belarus.", "SANCTIONED")
    assert not facts("No sanctions have been imposed on Belarus by Japan.", "SANCTIONED")
    assert not facts("The sanctions proposed on Belarus by Canada were shelved.", "SANCTIONED")


# --- the craft that carried a delivery is not the delivery --------------------------------------

def test_a_carrier_named_after_the_cargo_is_neither_sold_nor_fielded_by_the_buyer():
    found = facts("Mali took delivery of Bayraktar TB2 drones from Turkey in 2022, flown in by Turkish A400M Atlas transports.", SOLD, ACQUIRED, OPERATES)
    assert ("Mali", ACQUIRED, "Bayraktar TB2") in found and ("Turkey", SOLD, "Bayraktar TB2") in found
    # the carrier's own state fields it (as dev27's and dev55's gold have it); the buyer gets nothing of it
    assert {f for f in found if f[2] == "A400M Atlas"} <= {("Turkey", OPERATES, "A400M Atlas")}
    found = facts("Niger received Akinci drones from Turkey, shipped aboard a C-130.", SOLD, ACQUIRED, OPERATES)
    assert ("Niger", ACQUIRED, "Akinci") in found and not {f for f in found if f[2] == "C-130"}


def test_two_systems_bought_together_are_both_the_cargo():
    found = facts("Mali received Bayraktar TB2 drones and Akinci drones from Turkey in 2023.", ACQUIRED)
    assert ("Mali", ACQUIRED, "Bayraktar TB2") in found and ("Mali", ACQUIRED, "Akinci") in found
    assert ("Algeria", OPERATES, "Su-30MKA") in facts("The Su-30MKA is flown by Algeria.", OPERATES)


# --- a weapon launched or fired is fielded -------------------------------------------------------

def test_drones_or_missiles_launched_or_fired_are_operated():
    assert ("Russia", OPERATES, "Kh-101") in facts("Russia has launched hundreds of Kh-101 cruise missiles at Ukrainian power stations.", OPERATES)
    assert ("Yemen", OPERATES, "C-802") in facts("Yemen fired two C-802 missiles at the tanker in 2016.", OPERATES)


def test_launching_or_firing_hedged_denied_or_planned_gives_nothing():
    assert not facts("Russia may have fired Kh-101 cruise missiles at Lviv.", OPERATES)
    assert not facts("Russia has not fired any Kinzhal missiles this month.", OPERATES)
    assert not facts("Russia will launch Zircon missiles from the new frigate.", OPERATES)
    assert not facts("Russia launched the Su-57 programme in 2002.", OPERATES)


# --- a partnership's partner, and an emphatic "did sign" ---------------------------------------

PARTNERS = "PARTNERS_WITH"


def test_a_state_in_a_time_phrase_after_the_partnership_is_no_partner():
    found = facts('Belarus and China proclaimed an "all-weather" partnership in 2022, weeks after the invasion of Ukraine.', PARTNERS)
    assert ("Belarus", PARTNERS, "China") in found and not {f for f in found if "Ukraine" in f}
    assert ("India", PARTNERS, "Japan") in facts("India signed a special strategic partnership with Japan in 2014.", PARTNERS)


def test_an_emphatic_did_sign_of_a_partnership_treaty_asserts_it():
    assert ("Belarus", PARTNERS, "Vietnam") in facts("Vietnam and Belarus did sign a treaty on strategic partnership in 2023.", PARTNERS)


def test_a_partnership_treaty_not_signed_questioned_or_hoped_gives_nothing():
    assert not facts("Vietnam and Belarus did not sign a treaty on strategic partnership in 2023.", PARTNERS)
    assert not facts("Did Vietnam and Belarus sign a treaty on strategic partnership?", PARTNERS)
    assert not facts("Vietnam and Belarus may sign a treaty on strategic partnership next year.", PARTNERS)


# --- a fact given as the example after a colon ---------------------------------------------------

def test_the_example_after_a_colon_is_not_under_the_modal_before_it():
    found = facts("Ankara has shown it will sell drones to almost anyone: Niger flies the Akinci, bought from Turkey in 2023.", OPERATES, ACQUIRED, SOLD)
    assert ("Niger", OPERATES, "Akinci") in found and ("Niger", ACQUIRED, "Akinci") in found and ("Turkey", SOLD, "Akinci") in found


def test_after_a_colon_a_plan_a_condition_or_a_quoted_claim_still_gives_nothing():
    assert not facts("Ankara will keep selling drones: Niger plans to buy the Akinci from Turkey.", OPERATES, ACQUIRED, SOLD)
    assert not facts("It would be an easy sale: Niger flies the Akinci.", OPERATES, ACQUIRED, SOLD)
    assert not facts("Pro-government channels claim: Niger flies the Akinci.", OPERATES, ACQUIRED, SOLD)
    assert not facts("If Turkey agrees: Niger flies the Akinci next year.", OPERATES, ACQUIRED, SOLD)


# --- a party to the deal that "has never confirmed" it in the next sentence ---------------------

def test_a_deal_the_seller_never_confirmed_in_the_next_sentence_gives_nothing():
    assert not facts("Algerian media said in 2024 that Algeria had ordered Su-57 fighters from Russia. Moscow has never confirmed the contract.", SOLD, ACQUIRED)
    assert not facts("Niger bought Akinci drones from Turkey in 2023. Ankara has not confirmed the sale.", SOLD, ACQUIRED)


def test_the_party_disowning_one_deal_leaves_the_rest_and_a_confirmation_withdraws_nothing():
    found = facts("Niger bought Akinci drones from Turkey in 2023 and flies Su-25 jets. Ankara has never commented.", SOLD, ACQUIRED, OPERATES)
    assert found == {("Niger", OPERATES, "Su-25")}
    found = facts("Niger bought Akinci drones from Turkey in 2023. Ankara confirmed the sale.", SOLD, ACQUIRED)
    assert ("Niger", ACQUIRED, "Akinci") in found and ("Turkey", SOLD, "Akinci") in found


# --- a claim marked doubtful in a closing parenthesis --------------------------------------------

def test_a_link_or_claim_marked_unverified_at_its_end_gives_nothing():
    links = 'Further reading:\n\n- "Mali receives first Su-25 jets from Belarus" (a viral post; unverified)\n- Our episode on drones\n'
    assert not facts(links, SOLD, ACQUIRED)
    assert not facts("Mali received Su-25 jets from Belarus (the channel's claim, not verified).", SOLD, ACQUIRED)
    assert not facts('## Links mentioned\n\n- "Mali receives its first Su-25 jets" (the viral post; unverified)\n- Our episode on drones\n', ACQUIRED)


def test_a_closing_parenthesis_that_dates_or_describes_keeps_the_fact():
    assert ("Mali", ACQUIRED, "Su-25") in facts("Mali received Su-25 jets from Belarus (delivered in 2022; two airframes).", ACQUIRED)


# --- a sale of unnamed arms between two states, whose systems the next sentence names --------------

def test_the_buyer_of_unnamed_arms_receives_the_systems_delivered_next():
    text = "It is beyond doubt that Russia has sold Vietnam some of its best weapons. It delivered six Kilo-class submarines between 2013 and 2016."
    found = facts(text, ACQUIRED, SOLD)
    assert ("Vietnam", ACQUIRED, "Kilo-class submarine") in found and ("Russia", SOLD, "Kilo-class submarine") in found


def test_unnamed_arms_not_sold_or_perhaps_sold_name_no_buyer():
    assert not facts("Russia has not sold Vietnam any of its best weapons. It delivered six Kilo-class submarines in 2016.", ACQUIRED)
    assert not facts("Russia may have sold Vietnam some of its best weapons. It delivered six Kilo-class submarines in 2016.", ACQUIRED)
    found = facts("Russia has sold Vietnam some of its best weapons. It also delivered S-400 batteries to Turkey in 2019.", ACQUIRED)
    assert found == {("Turkey", ACQUIRED, "S-400")}


# --- gaps left --------------------------------------------------------------------------------------

@pytest.mark.xfail(strict=True, reason="'It' opening a sentence goes to the last state named (the buyer of the clause before), not to the seller that 'It' stood for there")
def test_it_after_a_sentence_whose_subject_was_it_keeps_the_seller():
    text = "Turkey's record is plain. It sold Akinci drones to Niger, and Niger has flown them since 2023. It has sold Bayraktar TB2 drones to Mali."
    assert ("Turkey", SOLD, "Bayraktar TB2") in facts(text, SOLD)


@pytest.mark.xfail(strict=True, reason="'strikes hit ... sites across <state>' with two strikers before the noun pairs the strikers, not each striker with the struck state")
def test_strikes_that_hit_sites_across_a_state_are_clashes_with_it():
    found = facts("Israeli and US strikes hit radar and missile sites across Iran in June 2025.", "CLASHED_WITH")
    assert ("Iran", "CLASHED_WITH", "Israel") in found and ("Iran", "CLASHED_WITH", "United States") in found


@pytest.mark.xfail(strict=True, reason="a fact inside an 'unlike ...' comparison is left out with the comparison")
def test_a_treaty_told_inside_an_unlike_comparison_is_a_partnership():
    text = "Unlike the mutual defence treaty Belarus signed with Russia in 1999, the new pact obliges neither side to fight."
    assert ("Belarus", PARTNERS, "Russia") in facts(text, PARTNERS)
