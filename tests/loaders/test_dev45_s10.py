"""What a new author's set (dev45) on patrols and air and naval activity showed the rules
missing: a patrol's route told in a clause or sentence after it, a relative on the crafts of
the forces named before it, verbs that only speak of a patrol, and an intransitive "operated"
that says where crafts went. Every sentence here is written for these tests; none is taken
from a corpus or evaluation document."""
from __future__ import annotations

import pytest

from tests.loaders.sentences import facts


# --- a patrol's route told after it: "The route ran over ..." ------------------------------------

@pytest.mark.parametrize("text", [
    "Russian and Chinese bombers flew a joint air patrol on Tuesday. The route ran over the Sea of Japan and the East China Sea.",
    "Chinese and Russian warships began a joint naval patrol in May. Their route went through the Sea of Japan and then across the East China Sea.",
])
def test_a_route_told_after_the_patrol_gives_its_seas(text):
    found = facts(text, "PATROLLED")
    assert {("Russia", "PATROLLED", "Sea of Japan"), ("China", "PATROLLED", "East China Sea")} <= found


@pytest.mark.parametrize("text", [
    "Russian and Chinese bombers may fly a joint air patrol next month. The route would run over the Sea of Japan.",
    "The ferry route ran through the Tsugaru Strait.",
    "Russian and Chinese bombers flew a joint air patrol on Tuesday. The planned route did not run over the Sea of Japan.",
])
def test_a_route_planned_denied_or_of_no_patrol_gives_nothing(text):
    assert not facts(text, "PATROLLED")


@pytest.mark.xfail(strict=True, reason="the speaker who labels the sortie ('The Russian defence ministry described the sortie "
                   "as a joint air patrol') is taken as its crew, so the route that follows goes to Russia alone")
def test_a_route_after_a_speaker_labels_the_sortie_goes_to_the_whole_crew():
    text = ("Two Russian Tu-95MS and two Chinese H-6K bombers flew together near Alaska. The Russian defence ministry "
            "described the sortie as a joint air patrol; the route, it said, ran over the Bering Sea.")
    assert ("China", "PATROLLED", "Bering Sea") in facts(text, "PATROLLED")


# --- "..., whose aircraft patrolled ...": the owners of the crafts ------------------------------

@pytest.mark.parametrize("text, owners", [
    ("Cover came from the Royal Australian Air Force and the French Navy, whose aircraft patrolled the Coral Sea for a week.",
     {"Royal Australian Air Force", "French Navy"}),
    ("Cover came from Canada and Denmark, whose ships jointly patrolled the Labrador Sea last summer.", {"Canada", "Denmark"}),
])
def test_a_relative_on_the_crafts_gives_the_patrol_to_their_owners(text, owners):
    found = facts(text, "PATROLLED")
    assert {source for source, _, _ in found} == owners


@pytest.mark.parametrize("text", [
    "Cover came from Canada and Denmark, whose ships might patrol the Labrador Sea next summer.",
    "Cover came from Canada and Denmark, whose ships have never patrolled the Labrador Sea together.",
])
def test_a_relative_on_crafts_hedged_or_negated_gives_nothing(text):
    assert not facts(text, "PATROLLED")


# --- words about a patrol are not the patrol ------------------------------------------------------

@pytest.mark.parametrize("text", [
    'Moscow has spoken of joint bomber patrols over the Barents Sea "in future"; none has been flown.',
    "Officials in Beijing hinted at joint naval patrols in the Bering Sea with Russia.",
])
def test_a_patrol_only_spoken_of_gives_nothing(text):
    assert not facts(text, "PATROLLED")


def test_a_patrol_flown_is_still_a_patrol():
    assert ("Russia", "PATROLLED", "Barents Sea") in facts("Russian and Chinese bombers flew a joint patrol over the Barents Sea in 2025.", "PATROLLED")


# --- "had operated that close to ...": where crafts went, not what they field -----------------------

def test_operated_with_a_place_after_it_fields_no_system_of_the_other_crew():
    text = ("Two Russian Tu-95MS and two Chinese H-6K bombers flew together over the Bering Sea, "
            "the first time the pair had operated that close to Alaska.")
    found = facts(text, "OPERATES")
    assert ("Russia", "OPERATES", "Tu-95MS") in found and ("China", "OPERATES", "H-6K") in found
    assert ("China", "OPERATES", "Tu-95MS") not in found and ("Russia", "OPERATES", "H-6K") not in found


def test_operates_with_a_system_named_after_it_still_counts():
    assert ("Egypt", "OPERATES", "Rafale") in facts("Egypt operates the Rafale near the Libyan border.", "OPERATES")


def test_crafts_that_operated_over_a_sea_are_still_fielded_by_their_state():
    text = "Two Japanese P-1 patrol aircraft operated over the Sea of Okhotsk before turning back, Tokyo said."
    assert ("Japan", "OPERATES", "P-1") in facts(text, "OPERATES")


# --- a table of patrol assets: "| Member | Asset | Patrol area |" -----------------------------------

ASSETS = """Surveillance operation, surface assets

| Member | Asset | Patrol area | Days at sea |
|---|---|---|---|
| Samoa | Guardian-class patrol boat | South Pacific | 7 |
| Vanuatu | Guardian-class patrol boat | Coral Sea | 5 |
| Tuvalu | (alongside, repairs) | — | 0 |
| Tonga | Guardian-class patrol boat | Coral Sea (planned) | 0 |
"""


def test_a_patrol_area_column_gives_each_member_its_area_and_its_craft():
    found = facts(ASSETS, "PATROLLED", "OPERATES")
    assert {("Samoa", "PATROLLED", "South Pacific"), ("Vanuatu", "PATROLLED", "Coral Sea"),
            ("Samoa", "OPERATES", "Guardian-class patrol boat")} <= found


def test_rows_with_no_area_or_a_planned_one_give_nothing():
    found = facts(ASSETS, "PATROLLED", "OPERATES")
    assert not {source for source, _, _ in found} & {"Tuvalu", "Tonga"}


# --- crafts met on the way are the other side's ------------------------------------------------------

def test_the_crafts_that_shadowed_a_patrol_are_not_the_patrollers():
    text = "Six Russian and Chinese warships sailed through the Bering Sea on a joint patrol, shadowed by two US destroyers and a P-8."
    found = facts(text, "OPERATES")
    assert ("Russia", "OPERATES", "P-8 Poseidon") not in found and ("China", "OPERATES", "P-8 Poseidon") not in found
    assert ("Russia", "PATROLLED", "Bering Sea") in facts(text, "PATROLLED")


# --- "close to" islands: beside them, not in them -------------------------------------------------------

def test_a_joint_patrol_close_to_islands_does_not_patrol_them():
    text = ("Russian and Chinese warships sailed close to the Kuril Islands on a joint naval patrol. "
            "The patrol had begun in the Sea of Japan.")
    found = facts(text, "PATROLLED")
    assert ("Russia", "PATROLLED", "Kuril Islands") not in found
    assert ("China", "PATROLLED", "Sea of Japan") in found


# --- one nationality's crafts on a deed of their own -----------------------------------------------

@pytest.mark.parametrize("text, fact", [
    ("Denmark's F-35As at Skrydstrup identified two Su-30s over the Baltic Sea on Monday.", ("Denmark", "OPERATES", "F-35")),
    ("A Chinese KJ-500 flying alone strayed into the zone twice last week.", ("China", "OPERATES", "KJ-500")),
    ("A lone Russian Il-20 flying through the Tsushima Strait was logged by Seoul on Friday.", ("Russia", "OPERATES", "Il-20")),
])
def test_one_nationalitys_crafts_on_a_deed_of_their_own_are_fielded(text, fact):
    assert fact in facts(text, "OPERATES")


@pytest.mark.parametrize("text", [
    "Denmark's F-35As have never identified a Su-30 over the Baltic Sea.",
    "Denmark's F-35As would identify any intruder over the Baltic Sea.",
    "A Chinese KJ-500 flying alone may have strayed into the zone, one report claims without evidence.",
])
def test_those_deeds_denied_or_hedged_give_nothing(text):
    assert not facts(text, "OPERATES")


def test_a_states_single_prototype_that_flew_is_no_fleet_fielded():
    assert not facts("Japan's F-3 flew in 2031 and is built by Mitsubishi Heavy Industries.", "OPERATES")


# --- a state that staged an exercise "with" its own forces still hosts it --------------------------------

def test_staged_with_forces_of_its_own_is_still_hosting():
    assert ("India", "HOSTED", "TROPEX") in facts("India staged TROPEX in January with some sixty ships of its own.", "HOSTED")


@pytest.mark.parametrize("text", [
    "Beijing staged Joint Sea-2016 jointly with Moscow.",
    "Beijing staged Joint Sea-2016 with its Russian partner.",
    "China staged Joint Sea-2016 with Russia.",
    "India may stage TROPEX in January with some sixty ships of its own.",
])
def test_staged_with_a_partner_or_only_planned_has_no_single_host(text):
    assert not facts(text, "HOSTED")


# --- "condemned the use of ... by <state>": the user of what is condemned ----------------------------------

def test_condemning_the_use_of_something_by_a_state_opposes_that_state():
    assert ("Vietnam", "OPPOSES", "China") in facts("Vietnam condemned the use of lasers by China near the Paracel Islands.", "OPPOSES")


@pytest.mark.parametrize("text", [
    "Vietnam did not condemn the use of lasers by China near the Paracel Islands.",
    "Vietnam may condemn the use of lasers by China near the Paracel Islands.",
])
def test_that_condemnation_denied_or_hedged_gives_nothing(text):
    assert not facts(text, "OPPOSES")


@pytest.mark.xfail(strict=True, reason="the user named by a force's nationality word ('by Chinese coast guard ships') is a force, "
                   "and OPPOSES takes states and organizations as targets; the force is not mapped to its state here")
def test_condemning_the_use_of_something_by_a_states_force_opposes_that_state():
    assert ("Vietnam", "OPPOSES", "China") in facts("Vietnam condemned the use of lasers by Chinese coast guard ships.", "OPPOSES")
