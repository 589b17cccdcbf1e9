"""Theme-subject and company frames (issue #3, seeds/eval/ERRORS.md rank 4): a patrol told by the
company a navy keeps, goods told as the subject of a handing verb, operation told without an
"operate" verb. Rules here were kept only where they held up on evaluation sets nobody read while
writing them (seeds/eval/TRANSFER.md, "Theme-subject and company frames"). Each positive has
negated, hedged or planned twins that must give nothing. Every text here is written for these
tests; none is taken from a corpus or evaluation document."""
from __future__ import annotations

import pytest

from tests.loaders.sentences import facts


# --- company on a patrol told by another name: "sailed with A and B in R" ------------------------

@pytest.mark.parametrize("text, expected", [
    ("During a maritime cooperative activity last spring, the Philippine Navy sailed with the Royal Australian Navy "
     "and the Japan Maritime Self-Defense Force in the South China Sea.",
     {("Philippine Navy", "PATROLLED", "South China Sea"), ("Royal Australian Navy", "PATROLLED", "South China Sea"),
      ("Japan Maritime Self-Defense Force", "PATROLLED", "South China Sea")}),
    ("Joint sail, 3 May: the Indian Navy sailed with the French Navy in the Arabian Sea for two days.",
     {("Indian Navy", "PATROLLED", "Arabian Sea"), ("French Navy", "PATROLLED", "Arabian Sea")}),
    ("In the fourth CORPAT of the year the Royal Thai Navy steamed with the Indian Navy through the Andaman Sea.",
     {("Royal Thai Navy", "PATROLLED", "Andaman Sea"), ("Indian Navy", "PATROLLED", "Andaman Sea")}),
])
def test_crews_sailing_together_on_a_patrol_by_another_name_patrolled_its_waters(text, expected):
    assert expected <= facts(text, "PATROLLED")


@pytest.mark.parametrize("text", [
    # no patrol of any name: ships sailing in company, nothing more
    "The Indian Navy sailed with the French Navy in the Arabian Sea before a port call in Muscat.",
    # negated, hedged, planned
    "Despite the maritime cooperative activity, the Philippine Navy never sailed with the Royal Australian Navy in the South China Sea.",
    "Reports that the Philippine Navy sailed with the Royal Australian Navy in the South China Sea during a maritime cooperative activity were denied.",
    "In a future maritime cooperative activity, the Philippine Navy may sail with the Royal Australian Navy in the South China Sea.",
    "A joint sail in which the Indian Navy will sail with the French Navy in the Arabian Sea is planned for next year.",
])
def test_company_without_a_patrol_or_not_stated_as_done_gives_no_patrol(text):
    assert not facts(text, "PATROLLED")


@pytest.mark.xfail(strict=True, reason="the patrol noun's own reading takes the partner after 'with' even when the verb of sailing is negated")
def test_a_negated_sail_on_a_named_patrol_gives_no_partner():
    assert not facts("During the maritime cooperative activity, the Philippine Navy did not sail with the Royal Australian Navy "
                     "in the South China Sea.", "PATROLLED")


# --- operation told by a fleet's age or what is left of it: "the air force's ageing X" --------------

@pytest.mark.parametrize("text, expected", [
    ("Sri Lanka's ageing Kfir jets flew their last sortie in 2024.", ("Sri Lanka", "OPERATES", "Kfir")),
    ("According to the magazine, the Royal Thai Air Force’s remaining F-5s still fly from Udon Thani.",
     ("Royal Thai Air Force", "OPERATES", "F-5")),
    ("Budget cuts: the Indian Air Force's aging MiG-21 squadrons must soldier on until 2026.",
     ("Indian Air Force", "OPERATES", "MiG-21")),
])
def test_an_owners_ageing_or_remaining_fleet_is_operated_by_it(text, expected):
    assert expected in facts(text, "OPERATES")


@pytest.mark.parametrize("text", [
    # not a system after the word: a hope, a stock
    "Ukraine's remaining hope is the F-16.",
    "Russia's remaining stocks of Kh-101 missiles are small, the report says.",
    # gone, hedged, planned
    "Peru no longer has any MiG-29s.",
    "If Kenya buys new jets, Kenya's remaining F-5s could be sold.",
])
def test_no_fleet_of_the_owners_gives_no_operator(text):
    assert not facts(text, "OPERATES")


@pytest.mark.xfail(strict=True, reason="a count between the possessive and the adjective is not read")
def test_a_counted_remaining_fleet_is_operated_by_its_owner():
    assert ("Algeria", "OPERATES", "Kilo-class submarine") in facts(
        "Algeria's four remaining Kilo-class submarines are based at Mers el-Kebir.", "OPERATES")


# --- operation told by what kit got before now does: "the drones X received now patrol ..." ----------

@pytest.mark.parametrize("text, expected", [
    ("The S-400 batteries India received in 2021 now guard the northern border.", ("India", "OPERATES", "S-400")),
    ("Those Bayraktar TB2 drones Mali took delivery of two years ago still patrol the Niger bend.",
     ("Mali", "OPERATES", "Bayraktar TB2")),
    ("The Type 056 corvettes that Bangladesh got from China now patrol the Bay of Bengal.",
     ("Bangladesh", "OPERATES", "Type 056 corvette")),
])
def test_kit_a_state_got_that_now_patrols_or_guards_is_operated_by_it(text, expected):
    assert expected in facts(text, "OPERATES")


@pytest.mark.parametrize("text", [
    # crews, not kit, patrol: a patrol, not an operator of a system
    "Ships of the Indian Navy still patrol the Andaman Sea.",
    # the maker's kit on another's ground: no one said to have got it
    "Chinese HQ-9 batteries still guard the skies over Islamabad.",
    # hedged, planned, reported and doubted
    "The S-400 batteries India ordered may one day guard the northern border.",
    "The S-400 batteries India ordered will guard the northern border from 2027.",
    "The Bayraktar TB2 drones Ethiopia is said to have bought still patrol the Tigray skies, reports claim.",
])
def test_kit_not_stated_as_now_patrolling_gives_no_operator(text):
    assert not facts(text, "OPERATES")


@pytest.mark.xfail(strict=True, reason="the receiver after a reduced participle's 'by' is not taken as the one who fields the kit")
def test_kit_bought_by_a_force_that_now_patrols_is_operated_by_it():
    assert ("Nigerian Air Force", "OPERATES", "Wing Loong II") in facts(
        "Today the Wing Loong II drones bought by the Nigerian Air Force in 2020 now patrol the north-east.", "OPERATES")
