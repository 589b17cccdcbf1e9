"""False positives that remained across every development set, grouped by cause, and the
nearby statements that must still give their relations. Every sentence here is written for
these tests in styles unlike the sets; none is taken from a corpus or evaluation document."""
from __future__ import annotations

import pytest

from tests.loaders.sentences import facts

TRANSFER = ("SOLD", "ACQUIRED")


# --- a seller's promise: "agreed to sell / supply / deliver" hands nothing over --------------------

@pytest.mark.parametrize("text", [
    "Stockholm agreed to sell Gripen fighters to Thailand after a long competition.",
    "12 Mar 2021 - Italy agrees to supply Egypt with two FREMM frigates and, later, more.",
    "Under the memorandum, Germany has agreed to deliver four IRIS-T batteries to Egypt.",
    "In his column he notes that Paris agreed last year to export the Rafale to Serbia.",
])
def test_a_seller_agreeing_to_hand_over_is_no_transfer(text):
    assert not facts(text, *TRANSFER)


@pytest.mark.parametrize("text, expected", [
    ("Stockholm sold Gripen fighters to Thailand after a long competition.", ("Sweden", "SOLD", "JAS 39 Gripen")),
    ("Italy supplied Egypt with two FREMM frigates in 2020.", ("Italy", "SOLD", "FREMM frigate")),
    # the promise and then its keeping in one sentence: the sale took place
    ("Germany agreed in 2018 to sell the IRIS-T to Egypt, and the first battery was delivered in 2022.", ("Germany", "SOLD", "IRIS-T")),
    # a buyer's agreement to buy is the deal itself, as before
    ("Egypt agreed to buy 24 Rafale fighters from France in 2015.", ("Egypt", "ACQUIRED", "Rafale")),
])
def test_a_sale_told_as_done_still_gives_the_transfer(text, expected):
    assert expected in facts(text, *TRANSFER)


# --- a purchase only talked about ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "For three years Hanoi has been talking about buying Indian BrahMos missiles, with nothing signed.",
    "Officials in Jakarta talked of acquiring the Rafale long before any contract existed.",
])
def test_a_purchase_talked_about_is_no_acquisition(text):
    assert not facts(text, *TRANSFER)


def test_a_purchase_made_after_the_talk_still_counts():
    found = facts("After years of talks, Vietnam bought BrahMos missiles from India in 2024.", *TRANSFER)
    assert ("Vietnam", "ACQUIRED", "BrahMos") in found


# --- an order the same sentence says never came --------------------------------------------------

@pytest.mark.parametrize("text", [
    "Poland ordered the F-35 in 2020, but no Polish F-35 has yet been delivered.",
    "Ankara ordered the F-35 and its firms made parts for it; no Turkish F-35 was ever delivered.",
])
def test_an_order_whose_goods_never_came_is_no_acquisition(text):
    assert not facts(text, "ACQUIRED")


@pytest.mark.parametrize("text, expected", [
    ("Poland ordered the F-35 in 2020, and the first Polish F-35 was delivered in 2024.", ("Poland", "ACQUIRED", "F-35")),
    ("Peru ordered Su-25s from Belarus in 1998, but no more than eighteen were flying by 2000.", ("Peru", "ACQUIRED", "Su-25")),
])
def test_an_order_with_its_goods_delivered_still_counts(text, expected):
    assert expected in facts(text, "ACQUIRED")


# --- a system after ", and" that opens a clause of its own is not the one bought -------------------

@pytest.mark.parametrize("text, bought, other", [
    ("Brazil ordered 36 Gripen fighters from Sweden in 2014, and Brazilian F-5s flew alongside Chilean jets that year.", "JAS 39 Gripen", "F-5"),
    ("Peru ordered Su-25s from Belarus in 1998, and Peruvian MiG-29s flew over Lima the next year.", "Su-25", "MiG-29"),
])
def test_a_fleet_doing_something_of_its_own_after_and_is_not_bought(text, bought, other):
    found = facts(text, *TRANSFER)
    buyer = "Brazil" if "Brazil" in text else "Peru"
    assert (buyer, "ACQUIRED", bought) in found
    assert (buyer, "ACQUIRED", other) not in found
    assert not {fact for fact in found if fact[1] == "SOLD" and fact[2] == other}


def test_systems_coordinated_after_and_are_still_all_bought():
    found = facts("Peru ordered Su-25s from Belarus in 1998, and MiG-29s as well.", "ACQUIRED")
    assert ("Peru", "ACQUIRED", "Su-25") in found


# --- rejecting a report is a denial of the news, not a stand against a state ---------------------

@pytest.mark.parametrize("text", [
    "Hanoi rejects report of Chinese bid for a naval base",
    "Manila on Tuesday dismissed media reports of a Russian request for port access.",
    "Astana denied rumours of a Chinese plan to station troops there.",
])
def test_rejecting_a_report_opposes_no_one(text):
    assert not facts(text, "OPPOSES")


@pytest.mark.parametrize("text, expected", [
    ("Vietnam rejected China's claims in the South China Sea.", ("Vietnam", "OPPOSES", "China")),
    ("Tokyo rejects Beijing's demands over the islands.", ("Japan", "OPPOSES", "China")),
])
def test_rejecting_a_states_claims_or_demands_still_opposes_it(text, expected):
    assert expected in facts(text, "OPPOSES")


# --- interceptors that "met" a joint patrol are not its crew ----------------------------------------

def test_fighters_that_met_the_patrol_do_not_patrol():
    text = ("Two Russian Tu-95MS and two Chinese H-6K bombers flew a joint patrol over the Sea of Japan "
            "and were met by Japanese F-15s before turning back.")
    found = facts(text, "PATROLLED")
    assert {("Russia", "PATROLLED", "Sea of Japan"), ("China", "PATROLLED", "Sea of Japan")} <= found
    assert ("Japan", "PATROLLED", "Sea of Japan") not in found


def test_a_joint_patrol_by_two_named_navies_still_has_both_crews():
    found = facts("A joint patrol by the Russian Navy and the PLA Navy crossed the Sea of Japan in 2021.", "PATROLLED")
    assert {("Russian Navy", "PATROLLED", "Sea of Japan"), ("PLA Navy", "PATROLLED", "Sea of Japan")} <= found


# --- "a NATO ally" after a preposition is some other member, not the subject ----------------------

@pytest.mark.parametrize("text", [
    "It was the first time Washington had imposed such penalties on a NATO ally.",
    "Canberra's dealings with an ASEAN member have rarely been this warm.",
])
def test_an_unnamed_member_as_an_object_makes_the_subject_no_member(text):
    assert not facts(text, "MEMBER_OF")


@pytest.mark.parametrize("text, expected", [
    ("Turkey, a NATO ally, bought the S-400 in 2017.", ("Turkey", "MEMBER_OF", "North Atlantic Treaty Organization")),
    ("Poland is an EU member.", ("Poland", "MEMBER_OF", "European Union")),
])
def test_a_subject_said_to_be_an_ally_or_member_still_is_one(text, expected):
    assert expected in facts(text, "MEMBER_OF")


# --- ", with X sending contingents" hung on a clause in the future --------------------------------

@pytest.mark.parametrize("text", [
    "The frigate sails a week before Talisman Sabre 2025, the drills that Australia and the United States co-host "
    "and which this year will involve 30,000 troops, with Japan and Canada sending contingents.",
    "Next month's Cope Thunder, which will draw some 2,000 airmen, with Japan sending F-15s and India observing.",
    "Russia will host Vostok-2026, with China sending troops.",
])
def test_guests_of_an_edition_to_come_do_not_take_part(text):
    assert not facts(text, "PARTICIPATED_IN")


@pytest.mark.parametrize("text, guest, exercise", [
    ("Russia hosted Vostok-2018 in September, with China sending 3,200 troops.", "China", "Vostok-2018"),
    ("Indonesia hosted Komodo 2023 with 36 navies, with India and Japan sending ships.", "Japan", "Komodo"),
])
def test_guests_of_an_edition_held_still_take_part(text, guest, exercise):
    assert (guest, "PARTICIPATED_IN", exercise) in facts(text, "PARTICIPATED_IN")


# --- ", with the first delivered in 2025" dates the deal just told, it names no new side ------------

def test_an_absolute_participle_on_the_goods_adds_no_seller_or_buyer():
    text = ("Officials noted that Australia bought 200 Tomahawk missiles from the United States in 2023, "
            "with the first delivered in 2025, and that the Royal Australian Navy now operates the missile.")
    found = facts(text, *TRANSFER)
    assert found == {("Australia", "ACQUIRED", "Tomahawk"), ("United States", "SOLD", "Tomahawk")}


def test_a_delivery_with_its_own_seller_in_the_absolute_still_counts():
    found = facts("China received the first Su-35s in 2016, with Russia delivering the rest by 2018.", *TRANSFER)
    assert {("China", "ACQUIRED", "Su-35"), ("Russia", "SOLD", "Su-35")} <= found


# --- causes seen but left open ------------------------------------------------------------------

def test_the_host_in_a_calendar_line_is_no_participant():
    assert not facts("Pitch Black 2024: host Australia; about 20 nations, 140 aircraft", "PARTICIPATED_IN")


@pytest.mark.xfail(strict=True, reason="the object of a first predicate ('stands with Azerbaijan') is taken as the subject of the second ('and criticised ...')")
def test_a_second_predicate_keeps_the_first_ones_subject():
    found = facts("The President said Turkey stands with Azerbaijan and criticised the European Parliament over Karabakh.", "OPPOSES")
    assert ("Azerbaijan", "OPPOSES", "European Parliament") not in found


@pytest.mark.xfail(strict=True, reason="the fleet in a relative clause on the buyer ('which is retiring its M113 fleet') is taken as goods of the next predicate")
def test_a_fleet_retired_in_a_relative_clause_is_not_sold():
    text = "Austria sold Pandur vehicles to Portugal, which is retiring its M113 fleet, and shipped spares to Czechia."
    assert not {fact for fact in facts(text, *TRANSFER) if fact[2] == "M113"}


def test_the_wider_series_a_phase_belongs_to_gets_no_participants():
    text = ("Joint Sea-2021, staged by China as part of the wider Zapad/Interaction-2021 series, was held in the Sea of Japan, "
            "with the Russian Navy and the PLA Navy taking part.")
    assert ("PLA Navy", "PARTICIPATED_IN", "Zapad/Interaction-2021") not in facts(text, "PARTICIPATED_IN")
