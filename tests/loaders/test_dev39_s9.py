"""Wire copy, analysis and reports on who took part in what, in genres the rules had met only in
part (dev39): a pronoun subject with an auxiliary and an adverb before its verb, nations counted
but not named, a speaker who reports who sent ships, a joined clause's list "among the N nations
that took part", an exercise's owner named with its kind ("Fiji's annual naval exercise ..."), a
patrol by another name that a force "took part" in, an exercise that "ended in" a sea, and a
newsletter's correction of its last issue. Every text here is written for these tests; none is
taken from a corpus or evaluation document."""
from __future__ import annotations

import pytest

from tests.loaders.sentences import facts


# --- "It has also bought": the state, after an aside about its own air force ------------------------

@pytest.mark.parametrize("opening", ["It has also bought", "It has since ordered", "They have already bought"])
def test_pronoun_with_auxiliary_and_adverb_is_the_state(opening):
    found = facts(
        "Morocco bought its first F-5s from the United States in the 1970s, and its air force still flies a few of them. "
        f"{opening} twenty-four F-16 fighters from the United States.",
        "ACQUIRED",
    )
    assert ("Morocco", "ACQUIRED", "F-16") in found
    assert not any(f[0] == "Royal Moroccan Air Force" and f[2] == "F-16" for f in found)


@pytest.mark.parametrize("opening", ["It has not bought", "It may also buy", "It has also been offered"])
def test_pronoun_with_negation_or_hedge_gives_no_purchase(opening):
    found = facts(
        "Morocco bought its first F-5s from the United States in the 1970s, and its air force still flies a few of them. "
        f"{opening} Rafale fighters from France.",
        "ACQUIRED", "SOLD",
    )
    assert not any(f[2] == "Rafale" for f in found)


# --- "personnel from 20 nations": a count names no participant -------------------------------------

@pytest.mark.parametrize("count", ["from 20 nations", "from more than thirty countries", "from a dozen partner navies"])
def test_counted_nations_are_no_participant(count):
    found = facts(
        "The Philippines hosted Cope Thunder 2024 at Clark in April. "
        f"It was the biggest edition yet, with some 90 aircraft and 3,000 personnel {count}.",
        "PARTICIPATED_IN",
    )
    assert not found


def test_named_nations_after_from_still_take_part():
    found = facts("The Philippines hosted Cope Thunder 2024 at Clark in April. It drew crews from Belgium and Norway.", "PARTICIPATED_IN")
    assert {f[0] for f in found} == {"Belgium", "Norway"}


# --- the speaker of "said 38 countries had sent ships" ----------------------------------------------

@pytest.mark.parametrize("sentence", [
    "The Royal Thai Navy, which organised the drills, said 25 countries had sent ships.",
    "The Royal Thai Navy said on Friday that 25 countries took part.",
])
def test_a_speaker_reporting_who_sent_ships_is_no_participant(sentence):
    found = facts(f"Cobra Gold 2025 opened in Chonburi on Tuesday. {sentence}", "PARTICIPATED_IN")
    assert not found


def test_a_speaker_reporting_a_named_sender_gives_that_sender():
    found = facts("Cobra Gold 2025 opened in Chonburi on Tuesday. Bangkok said Malaysia had sent two frigates to the exercise.", "PARTICIPATED_IN")
    assert {f[0] for f in found} == {"Malaysia"}


def test_a_speaker_who_sent_ships_itself_still_takes_part():
    found = facts("Cobra Gold 2025 opened in Chonburi on Tuesday. The Royal Thai Navy said on Friday it had sent four frigates to the exercise.", "PARTICIPATED_IN")
    assert ("Royal Thai Navy", "PARTICIPATED_IN", "Cobra Gold") in found


# --- "X led it, and A and B were among the 17 nations that took part" --------------------------------

def test_joined_list_among_the_nations_that_took_part_leaves_out_the_leader():
    found = facts(
        "Sea Breeze 2021 ended in the Black Sea in July. The United States led the exercise, as it has for years, "
        "and Georgia, Romania and Turkey were among the 32 nations that took part.",
    )
    assert {f[0] for f in found if f[1] == "PARTICIPATED_IN"} == {"Georgia", "Romania", "Turkey"}
    assert ("United States", "HOSTED", "Sea Breeze") in found


def test_a_leader_said_to_take_part_too_is_kept():
    found = facts("The United States led Sea Breeze 2021 and took part with two destroyers.", "PARTICIPATED_IN")
    assert ("United States", "PARTICIPATED_IN", "Sea Breeze") in found


# --- "Indonesia's multilateral naval exercise Komodo": the owner, not a participant ------------------

@pytest.mark.parametrize("owned", ["India's annual naval exercise MILAN", "India's multilateral exercise MILAN", "India's MILAN"])
def test_the_owner_of_an_exercise_named_with_its_kind_is_not_a_participant(owned):
    found = facts(f"Ships from more than forty countries wrapped up {owned} 2024 on Friday.", "PARTICIPATED_IN")
    assert not any(f[0] == "India" for f in found)


def test_a_possessor_taking_part_is_still_a_participant():
    found = facts("India's participation in Malabar 2024 was its largest so far.", "PARTICIPATED_IN")
    assert ("India", "PARTICIPATED_IN", "Malabar") in found


# --- a patrol by another name, then a force that "took part" ---------------------------------------

MCA = (
    "Chile hosted UNITAS 2024 in September.\n\n"
    "In March Japan and the Philippines held a maritime cooperative activity in the South China Sea. "
    "A second activity followed in the same waters in June; {tail}"
)


def test_a_force_that_took_part_in_the_patrol_patrolled():
    found = facts(MCA.format(tail="a Japan Maritime Self-Defense Force destroyer took part."))
    assert ("Japan Maritime Self-Defense Force", "PATROLLED", "South China Sea") in found
    assert not any(f[1] == "PARTICIPATED_IN" and f[0] == "Japan Maritime Self-Defense Force" for f in found)


@pytest.mark.parametrize("tail", [
    "a Japan Maritime Self-Defense Force destroyer was due to take part but stayed in port.",
    "a Japan Maritime Self-Defense Force destroyer may take part next time.",
])
def test_a_force_that_did_not_take_part_patrolled_nothing(tail):
    found = facts(MCA.format(tail=tail))
    assert not any(f[0] == "Japan Maritime Self-Defense Force" and f[1] in ("PATROLLED", "PARTICIPATED_IN") for f in found)


# --- "ended in the Baltic Sea": where the exercise was held -------------------------------------------

def test_an_exercise_that_ended_in_a_sea_was_held_there():
    assert ("Cold Response", "HELD_IN", "Norwegian Sea") in facts("Cold Response 2022 ended in the Norwegian Sea on 1 April.", "HELD_IN")


@pytest.mark.parametrize("sentence", [
    "Cold Response 2022 was expected to end in the Norwegian Sea in April.",
    "Cold Response 2022 could have ended in the Norwegian Sea, planners said, had the weather allowed.",
])
def test_an_exercise_that_was_to_end_somewhere_gives_no_place(sentence):
    assert not facts(sentence, "HELD_IN")


# --- a newsletter correcting its last issue --------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Last week's issue said Spain hosted Noble Partner 2024.",
    "Our previous edition wrongly stated that Spain hosted Noble Partner 2024.",
    "Yesterday's bulletin said that Spain had hosted Noble Partner 2024.",
])
def test_a_correction_of_the_last_issue_gives_nothing(sentence):
    assert not facts(f"{sentence} It was hosted by Georgia.", "HOSTED") - {("Georgia", "HOSTED", "Noble Partner")}


def test_a_plain_statement_of_hosting_is_kept():
    assert ("Spain", "HOSTED", "Noble Partner") in facts("This week Spain hosted Noble Partner 2024.", "HOSTED")


# --- "brought together all four": the last four states named -----------------------------------------

def test_all_four_brought_together_are_the_last_four_states():
    found = facts(
        "Watch whether Chile, Peru, Colombia and Ecuador keep sending ships. "
        "UNITAS 2024, hosted by Chile off Valparaiso in September, brought together all four.",
        "PARTICIPATED_IN",
    )
    assert {f[0] for f in found} == {"Chile", "Peru", "Colombia", "Ecuador"}


def test_all_four_after_three_states_is_something_else():
    found = facts("Chile, Peru and Colombia sent ships. UNITAS 2024, hosted by Chile in September, brought together all four.", "PARTICIPATED_IN")
    assert not found


def test_all_three_right_after_a_host_is_not_read_as_a_list_with_it():
    found = facts("Brazil, Chile and Peru joined the talks. UNITAS 2024, hosted by Chile, brought together all three.", "HOSTED")
    assert {f[0] for f in found} == {"Chile"}


# --- "the country's air force": the state just named's own service ----------------------------------

def test_the_countrys_air_force_is_the_states_service():
    found = facts("In Thailand, the country's air force has received four more Gripen C fighters from Sweden.")
    assert ("Royal Thai Air Force", "ACQUIRED", "JAS 39 Gripen") in found or ("Royal Thai Air Force", "ACQUIRED", "Gripen C") in found
    assert ("Royal Thai Air Force", "ARMED_FORCE_OF", "Thailand") in found


def test_the_countrys_air_force_hedged_receives_nothing():
    found = facts("In Thailand, the country's air force may receive four more Gripen fighters from Sweden.", "ACQUIRED", "SOLD")
    assert not found


# --- the Akash system by its usual descriptions --------------------------------------------------------

@pytest.mark.parametrize("name", ["the Akash air-defence system", "Akash air-defense systems", "the Akash system"])
def test_akash_by_its_descriptions(name):
    assert ("Brazil", "ACQUIRED", "Akash missile system") in facts(f"Brazil has bought {name} from India.", "ACQUIRED")


# --- a nationality's aircraft that "touched down" or "landed at" somewhere are fielded -----------------

@pytest.mark.parametrize("sentence", [
    "Pakistani JF-17 fighters touched down at a Saudi air base on Sunday for the drills.",
    "Two Pakistani JF-17 fighters landed at Taif on Sunday.",
])
def test_aircraft_that_touched_down_are_fielded_by_their_state(sentence):
    assert ("Pakistan", "OPERATES", "JF-17") in facts(sentence, "OPERATES")


@pytest.mark.parametrize("sentence", [
    "No Pakistani JF-17 fighters have touched down in Saudi Arabia, officials said.",
    "Pakistani JF-17 fighters may land at Taif next year.",
    "Pakistan landed a contract for JF-17 fighters in Azerbaijan.",
])
def test_aircraft_that_did_not_land_or_a_landed_contract_give_nothing(sentence):
    assert not facts(sentence, "OPERATES")


# --- "Their friendship treaty": the pair the sentence before named ----------------------------------

@pytest.mark.parametrize("tail", [
    "Their 1971 friendship treaty was renewed in 1991.",
    "Their 1971 friendship treaty, renewed in 1991, does not commit either side to war.",
])
def test_their_treaty_is_the_pair_just_named(tail):
    found = facts(f"New Delhi and Moscow both deny any alliance. {tail}", "PARTNERS_WITH")
    assert {frozenset((f[0], f[2])) for f in found} == {frozenset(("India", "Russia"))}


@pytest.mark.parametrize("text", [
    "India, Russia and Vietnam met in May. Their friendship treaty dates from 1971.",
    "India and Russia met in May. Their strategic partnership is expected to be signed next year.",
    "India and Russia met in May. The talks ran late. Their friendship treaty dates from 1971.",
])
def test_their_treaty_of_three_planned_or_far_back_gives_no_pair(text):
    assert not facts(text, "PARTNERS_WITH")
