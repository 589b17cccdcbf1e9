"""Exercise participation, hosting, places and patrols: rules kept only where they held up on
evaluation sets nobody read while writing them (seeds/eval/TRANSFER.md, "Exercise participation
and patrols"). Each positive has negated, hedged or planned twins that must give nothing. Every
text here is written for these tests; none is taken from a corpus or evaluation document."""
from __future__ import annotations

import pytest

from tests.loaders.sentences import facts

EXERCISE_TYPES = ("PARTICIPATED_IN", "HELD_IN", "HOSTED")


def exercise_facts(text: str) -> set[tuple]:
    return facts(text, *EXERCISE_TYPES)


# --- a named drill held as part of a larger one: its parties and waters are the part's -----------

@pytest.mark.parametrize("text, expected", [
    ("Russian and Chinese warships took part in Northern/Interaction-2025, which was held in the Sea of Okhotsk "
     "as part of the larger Okean-2025 manoeuvres.",
     {("Russia", "PARTICIPATED_IN", "Northern/Interaction-2025"), ("China", "PARTICIPATED_IN", "Northern/Interaction-2025"),
      ("Northern/Interaction-2025", "HELD_IN", "Sea of Okhotsk")}),
    ("Off Vladivostok, the joint exercise Northern/Interaction-2025 went on in the Sea of Japan as part of Okean-2025, "
     "with the PLA Navy and the Russian Navy taking part.",
     {("PLA Navy", "PARTICIPATED_IN", "Northern/Interaction-2025"), ("Russian Navy", "PARTICIPATED_IN", "Northern/Interaction-2025"),
      ("Northern/Interaction-2025", "HELD_IN", "Sea of Japan")}),
])
def test_the_whole_a_named_drill_is_part_of_gets_none_of_its_parties_or_places(text, expected):
    found = exercise_facts(text)
    assert not {f for f in found if "Okean-2025" in f}
    assert expected <= found


def test_an_exercise_named_alone_after_part_of_keeps_its_parties():
    # no other exercise is named: the phase is the whole's
    assert ("PLA Navy", "PARTICIPATED_IN", "Okean-2025") in exercise_facts("The PLA Navy took part in the Pacific phase of Okean-2025.")


@pytest.mark.parametrize("text", [
    "Russian and Chinese warships might take part in Northern/Interaction-2025, which could be held in the Sea of Okhotsk "
    "as part of the larger Okean-2025 manoeuvres.",
    "Russian and Chinese warships will take part in Northern/Interaction-2025 as part of Okean-2025 next year.",
    "China did not take part in Northern/Interaction-2025, held within the framework of Okean-2025 in the Sea of Japan.",
])
def test_a_nested_drill_hedged_planned_or_denied_gives_nothing(text):
    assert not {f for f in exercise_facts(text) if f[1] == "PARTICIPATED_IN"}


# --- a state named as who reacted to a drill takes no part in it -----------------------------

@pytest.mark.parametrize("text, taking_part, bystander", [
    ("Egypt hosted Bright Star 2025 off Alexandria with Greek and Saudi units taking part, a drill that drew sharp criticism from Turkey.",
     {"Greece", "Saudi Arabia"}, "Turkey"),
    ("Malaysian troops joined Garuda Shield in 2025, prompting protests by China.", {"Malaysia"}, "China"),
    ("Turkey took part in Bright Star 2025, which drew criticism from Greece.", {"Turkey"}, "Greece"),
    ("Indian soldiers joined Malabar 2026 but, out of regard for China's sensitivities, skipped the air phase.", {"India"}, "China"),
])
def test_a_state_reacting_to_a_drill_is_no_participant(text, taking_part, bystander):
    found = {f[0] for f in exercise_facts(text) if f[1] == "PARTICIPATED_IN"}
    assert taking_part <= found
    assert bystander not in found


@pytest.mark.parametrize("text", [
    "Malaysian troops may join Garuda Shield next year, prompting protests by China.",
    "Malaysian troops did not join Garuda Shield in 2025, despite objections from China.",
    "Egypt could host Bright Star 2027, a drill that would draw criticism from Turkey.",
    "Indian soldiers are expected to join Malabar 2027, whatever China's sensitivities.",
])
def test_a_reaction_to_a_hedged_denied_or_planned_drill_gives_nothing(text):
    assert not {f for f in exercise_facts(text) if f[1] == "PARTICIPATED_IN"}


# --- a route kept near a place does not patrol it; a patrol named as near it does ---------------

def patrols(text: str) -> set[tuple]:
    return facts(text, "PATROLLED")


def test_waters_sailed_near_are_not_patrolled():
    text = ("In May 2025 a combined Russian-Chinese flotilla of nine ships sailed near the Kuril Islands "
            "before a joint patrol across the Sea of Okhotsk.")
    assert patrols(text) == {("Russia", "PATROLLED", "Sea of Okhotsk"), ("China", "PATROLLED", "Sea of Okhotsk")}


def test_a_patrol_named_as_near_a_place_patrols_it():
    text = "The Russian and Chinese navies held a joint patrol near the Aleutian Islands in 2025."
    assert patrols(text) == {("Russian Navy", "PATROLLED", "Aleutian Islands"), ("PLA Navy", "PATROLLED", "Aleutian Islands")}


@pytest.mark.parametrize("text", [
    "The Russian and Chinese navies may hold a joint patrol near the Aleutian Islands next year.",
    "The Russian and Chinese navies did not patrol together near the Aleutian Islands in 2025.",
    "A Russian-Chinese flotilla reportedly sailed near the Kuril Islands on a joint patrol.",
])
def test_a_patrol_near_a_place_hedged_planned_or_denied_gives_nothing(text):
    assert patrols(text) == set()


# --- ships sent to watch a patrol or a drill are no part of it -----------------------------------

PATROL_TOLD = "In July 2025 six Russian and Chinese warships held a joint patrol in the Sea of Japan. "


def test_ships_sent_to_keep_watch_on_a_patrol_do_not_patrol():
    text = PATROL_TOLD + "The Japan Maritime Self-Defense Force sent two destroyers to keep watch."
    assert patrols(text) == {("Russia", "PATROLLED", "Sea of Japan"), ("China", "PATROLLED", "Sea of Japan")}


def test_a_ship_sent_to_join_a_patrol_patrols():
    assert ("Iran", "PATROLLED", "Sea of Japan") in patrols(PATROL_TOLD + "Iran sent a frigate to join them.")


def test_a_ship_sent_to_track_an_exercise_takes_no_part():
    found = exercise_facts("Thailand hosted Cobra Gold 2025, and China sent a frigate to track the exercise.")
    assert found == {("Thailand", "HOSTED", "Cobra Gold")}


@pytest.mark.parametrize("text", [
    PATROL_TOLD + "Japan may send two destroyers to keep watch.",
    "Russian and Chinese warships may hold a joint patrol in the Sea of Japan in 2026; Japan would send destroyers to shadow them.",
])
def test_watchers_of_a_hedged_or_planned_patrol_give_nothing_more(text):
    assert not {f for f in patrols(text) if f[0].startswith("Japan")}


# --- a state a "host" label names hosts; it is no guest of its own exercise ---------------------

@pytest.mark.parametrize("text, host, exercise", [
    ("Cope Thunder 2025: host Philippines; eight nations, 40 aircraft.", "Philippines", "Cope Thunder"),
    ("Cope Thunder 2025: host Philippines; India sent four Su-30s.", "Philippines", "Cope Thunder"),
])
def test_the_state_after_a_host_label_hosts_and_is_no_guest(text, host, exercise):
    found = exercise_facts(text)
    assert (host, "HOSTED", exercise) in found
    assert (host, "PARTICIPATED_IN", exercise) not in found
    assert ("India", "HOSTED", exercise) not in found


def test_co_hosts_joined_by_and_after_a_label_both_host():
    found = exercise_facts("Exercise Pacific Vanguard (co-hosts: Japan and the United States) opened off Guam on 3 May 2025.")
    assert {("Japan", "HOSTED", "Pacific Vanguard"), ("United States", "HOSTED", "Pacific Vanguard")} <= found


def test_a_host_label_of_a_planned_edition_gives_nothing():
    assert exercise_facts("Cope Thunder 2026 (planned): host Philippines; eight nations expected.") == set()
