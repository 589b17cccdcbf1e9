"""Patrols and exercise participation as different authors write them: the causes of misses
and false positives seen across several development sets at once (issue #3).

Every phrasing here was written for these tests; none is taken from the seeds.
"""
from __future__ import annotations

from tests.loaders.sentences import facts


def pairs(text: str, rel_type: str) -> set[tuple[str, str]]:
    return {(source, target) for source, _, target in facts(text, rel_type)}


# --- "staged" names the hosts of an exercise, not by that word its participants ----------------


def test_a_state_that_staged_an_edition_hosts_it():
    # whether a lone stager also takes part is read both ways by the seeds' authors: not asserted
    text = "Egypt staged the opening edition, Bright Star-2021, near Alexandria in the autumn of that year."
    assert pairs(text, "HOSTED") == {("Egypt", "Bright Star-2021")}


def test_two_states_that_staged_an_exercise_together_both_host_it():
    text = "Last month France and India staged Exercise Shakti on the plains of Rajasthan."
    assert pairs(text, "HOSTED") == {("France", "Shakti"), ("India", "Shakti")}


def test_a_command_that_staged_a_drill_hosts_it_for_its_state():
    text = "In early April Russia's Western Military District staged Zapad-2025, a week of manoeuvres."
    assert pairs(text, "HOSTED") == {("Russia", "Zapad-2025")}


def test_guests_of_a_staged_exercise_still_take_part():
    text = "Kazakhstan staged Steppe Eagle-2023 on its ranges; Turkey and Uzbekistan sent companies to it."
    assert pairs(text, "HOSTED") == {("Kazakhstan", "Steppe Eagle-2023")}
    assert {("Turkey", "Steppe Eagle-2023"), ("Uzbekistan", "Steppe Eagle-2023")} <= pairs(text, "PARTICIPATED_IN")


def test_hosts_named_by_a_staged_jointly_by_participle_are_no_participants_of_the_main_verb():
    text = "Tsentr-2023, staged jointly by Russia and Kazakhstan in the summer, was held across the Caspian Sea."
    assert pairs(text, "HOSTED") == {("Russia", "Tsentr-2023"), ("Kazakhstan", "Tsentr-2023")}
    assert pairs(text, "PARTICIPATED_IN") == set()


def test_an_exercise_staged_jointly_by_two_states_is_co_hosted():
    text = "Exercise Kakadu 2026 was staged jointly by Australia and New Zealand."
    assert pairs(text, "HOSTED") == {("Australia", "Kakadu"), ("New Zealand", "Kakadu")}
    assert pairs(text, "PARTICIPATED_IN") == set()


def test_an_exercise_hosted_by_one_state_with_another_taking_part():
    text = "Talisman Sabre 2023, hosted by Australia, was held in Queensland with Japan taking part."
    assert pairs(text, "HOSTED") == {("Australia", "Talisman Sabre")}
    assert pairs(text, "PARTICIPATED_IN") == {("Japan", "Talisman Sabre")}


def test_a_series_said_to_be_staged_somewhere_names_no_stager():
    text = "India hosted Malabar-2020, its naval exercise with Japan, in the Bay of Bengal, the first time the series had been staged there."
    assert pairs(text, "HOSTED") == {("India", "Malabar-2020")}


def test_a_denied_or_planned_staging_gives_nothing():
    assert facts("Egypt has not staged Bright Star-2021, the ministry said.", "HOSTED", "PARTICIPATED_IN") == set()
    assert facts("Egypt plans to stage Bright Star-2027 near Alexandria.", "HOSTED", "PARTICIPATED_IN") == set()
    assert facts("France and India may stage Exercise Shakti again next year.", "HOSTED", "PARTICIPATED_IN") == set()


def test_those_who_took_part_in_a_staged_exercise_still_take_part():
    text = "Bright Star-2021 was staged by Egypt. Greece and Saudi Arabia took part in Bright Star-2021."
    assert pairs(text, "PARTICIPATED_IN") == {("Greece", "Bright Star-2021"), ("Saudi Arabia", "Bright Star-2021")}


# --- where a named exercise was held is not the waters of the patrol told of beside it ---------


def test_a_patrol_fresh_from_an_exercise_does_not_patrol_the_exercise_waters():
    text = (
        "Straight from Joint Sea-2025 in the Yellow Sea, six Russian and Chinese destroyers steamed together "
        "through the Miyako Strait on what both ministries called a joint patrol."
    )
    assert pairs(text, "PATROLLED") == {("Russia", "Miyako Strait"), ("China", "Miyako Strait")}


def test_crews_back_from_an_exercise_patrol_where_they_went_next():
    text = (
        "Back from Vostok-2022 in the Sea of Okhotsk, the Russian Pacific Fleet and the PLA Navy "
        "sailed together across the Philippine Sea on a joint patrol."
    )
    assert pairs(text, "PATROLLED") == {("Russian Pacific Fleet", "Philippine Sea"), ("PLA Navy", "Philippine Sea")}


def test_a_patrol_after_an_exercise_still_patrols_its_own_waters():
    text = "Once Joint Sea-2025 was over, the Russian and Chinese navies held a joint patrol in the East China Sea."
    assert pairs(text, "PATROLLED") == {("Russian Navy", "East China Sea"), ("PLA Navy", "East China Sea")}


def test_a_planned_or_denied_patrol_after_an_exercise_gives_nothing():
    assert facts("After Joint Sea-2025 the two navies may hold a joint patrol in the East China Sea.", "PATROLLED") == set()
    assert facts("After Joint Sea-2025 the two navies did not hold a joint patrol in the East China Sea.", "PATROLLED") == set()
