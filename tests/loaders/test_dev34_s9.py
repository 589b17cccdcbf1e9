"""Patrols and naval and air activity as other authors write them in defence staff releases,
spotters' blogs, coast guard logs, incursion tallies, OSINT newsletters, naval annuals and
news scripts: one state's own flights in a text about joint patrols, craft whose kind holds
the word "patrol", ships that sail somewhere to drill and then return elsewhere, patrols
refused, and the crafts and ships a force or state is seen fielding.

Every phrasing here was written for these tests; none is taken from the seeds.
"""
from __future__ import annotations

import pytest

from tests.loaders.sentences import facts


def pairs(text: str, rel_type: str) -> set[tuple[str, str]]:
    return {(source, target) for source, _, target in facts(text, rel_type)}


# --- one state's own flight in a text about joint patrols ---------------------------------------

JOINT_FIRST = "Russia and China flew a joint air patrol over the East China Sea in May. "


@pytest.mark.parametrize(
    "text",
    [
        JOINT_FIRST + "In July, Indian P-8I aircraft flew through the Miyako Strait into the Philippine Sea on three days.",
        JOINT_FIRST + "Two Japanese P-1 aircraft later flew over the Sea of Japan.",
        "Joint patrols by the two air forces were not reported this quarter. Chinese Y-9 aircraft flew over the Bashi Channel twice.",
    ],
)
def test_one_states_own_flight_in_a_text_about_patrols_is_no_patrol(text):
    patrolled = pairs(text, "PATROLLED")
    assert not {place for _, place in patrolled} & {"Philippine Sea", "Miyako Strait", "Sea of Japan", "Bashi Channel"}


def test_a_leg_flown_by_one_side_of_a_patrol_told_before_is_still_the_patrol():
    text = JOINT_FIRST + "The Russian bombers then flew on over the Sea of Japan."
    assert ("Russia", "Sea of Japan") in pairs(text, "PATROLLED")


def test_a_single_nationalitys_flight_together_with_another_is_joint():
    text = JOINT_FIRST + "Later Russian and Chinese bombers flew over the Sea of Japan together."
    assert {("Russia", "Sea of Japan"), ("China", "Sea of Japan")} <= pairs(text, "PATROLLED")


# --- a craft whose kind holds the word "patrol" ---------------------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        "On 3 June two Russian Il-38 maritime patrol aircraft flew along the coast over the Barents Sea.",
        "A Chinese patrol boat sailed into the Gulf of Tonkin on Tuesday.",
    ],
)
def test_a_patrol_craft_flying_alone_is_no_patrol(text):
    assert pairs(text, "PATROLLED") == set()


def test_a_patrol_craft_still_flies_for_its_state():
    text = "On 3 June two Russian Il-38 maritime patrol aircraft flew along the coast over the Barents Sea."
    assert ("Russia", "Il-38") in pairs(text, "OPERATES")


def test_patrol_craft_on_a_joint_patrol_still_patrol():
    text = "Indian and French maritime patrol aircraft flew a joint patrol over the Arabian Sea."
    assert {("India", "Arabian Sea"), ("France", "Arabian Sea")} <= pairs(text, "PATROLLED")


# --- sailing somewhere to drill, then returning elsewhere ----------------------------------------

def test_a_journey_made_to_drill_is_a_drill_where_it_was_not_a_patrol():
    text = ("In the Baltic Sea, a German and a Polish corvette sailed on Monday for "
            "mine-hunting drills before returning to the North Sea.")
    assert pairs(text, "PATROLLED") == set()
    drilled = pairs(text, "DRILLED_IN")
    assert ("Germany", "Baltic Sea") in drilled and ("Poland", "Baltic Sea") in drilled
    assert not {place for _, place in drilled} & {"North Sea"}


@pytest.mark.xfail(strict=True, reason="the partner after 'sailed with' is taken as the whole crew; the subject's ships are dropped")
def test_ships_sailing_with_another_navy_to_drill_all_drill():
    text = ("In the Baltic Sea, a German and a Polish corvette sailed with the Danish frigate on Monday for "
            "mine-hunting drills.")
    assert {("Germany", "Baltic Sea"), ("Poland", "Baltic Sea"), ("Denmark", "Baltic Sea")} <= pairs(text, "DRILLED_IN")


def test_a_place_returned_to_is_not_where_the_drill_was():
    text = "The Indian Navy held gunnery drills in the Arabian Sea on Friday and then headed back to the Bay of Bengal."
    drilled = pairs(text, "DRILLED_IN")
    assert ("Indian Navy", "Arabian Sea") in drilled
    assert ("Indian Navy", "Bay of Bengal") not in drilled


def test_a_planned_drill_before_returning_gives_nothing():
    text = "A German and a Polish corvette are expected to sail for mine-hunting drills in the Baltic Sea before returning to Kiel."
    assert pairs(text, "DRILLED_IN") == set()


# --- a patrol refused ----------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        "Jakarta trains with Canberra while refusing any joint patrol with Beijing in the South China Sea.",
        "Manila refuses joint patrols with Moscow in the Sulu Sea.",
    ],
)
def test_a_refused_patrol_gives_nothing(text):
    assert pairs(text, "PATROLLED") == set()


def test_a_patrol_not_refused_still_counts():
    text = "Indonesia and Malaysia held a joint patrol in the Sulu Sea in March."
    assert {("Indonesia", "Sulu Sea"), ("Malaysia", "Sulu Sea")} <= pairs(text, "PATROLLED")


# --- crafts seen on a watch of their own ------------------------------------------------------------

@pytest.mark.parametrize(
    "text, pair",
    [
        ("Two Danish F-16 fighters on alert at Skrydstrup identified the bombers over the Baltic Sea.", ("Denmark", "F-16")),
        ("A Japanese P-1 aircraft shadowed the flotilla for two days.", ("Japan", "P-1")),
        ("Three Indian Su-30MKI fighters tracked the drones along the border.", ("India", "Su-30MKI")),
    ],
)
def test_one_nationalitys_crafts_on_a_watch_are_its_own(text, pair):
    assert pair in pairs(text, "OPERATES")


@pytest.mark.parametrize(
    "text",
    [
        "Two Danish F-16 fighters on alert at Skrydstrup may have identified the bombers over the Baltic Sea.",
        "Danish F-16 fighters did not identify the bombers over the Baltic Sea.",
    ],
)
def test_crafts_whose_watch_is_hedged_or_denied_give_nothing(text):
    assert ("Denmark", "F-16") not in pairs(text, "OPERATES")


# --- a state's ship named by its hull -----------------------------------------------------------------

def test_a_states_ship_of_a_class_named_by_its_hull_is_the_states():
    text = "India's Talwar-class frigate Tabar arrived in Jeddah on Sunday."
    assert ("India", "Talwar-class frigate") in pairs(text, "OPERATES")


def test_a_states_ship_class_without_a_hull_is_no_ship_it_sails():
    text = "India's Talwar-class frigate programme was discussed in Moscow."
    assert ("India", "Talwar-class frigate") not in pairs(text, "OPERATES")


# --- a force's ships listed after a colon ----------------------------------------------------------

def test_ships_listed_after_a_force_and_a_colon_are_the_forces():
    text = ("The squadron came from the Russian Pacific Fleet: the Udaloy-class destroyer Admiral Panteleyev "
            "and the Steregushchiy-class corvette Sovershenny.")
    operated = pairs(text, "OPERATES")
    assert {("Russian Pacific Fleet", "Udaloy-class destroyer"), ("Russian Pacific Fleet", "Steregushchiy-class corvette")} <= operated


def test_a_colon_list_of_planned_ships_gives_nothing():
    text = "The Russian Pacific Fleet may send more ships next year: perhaps the Udaloy-class destroyer Admiral Panteleyev."
    assert ("Russian Pacific Fleet", "Udaloy-class destroyer") not in pairs(text, "OPERATES")


# --- the other side's craft met ------------------------------------------------------------------

@pytest.mark.parametrize(
    "text, pair",
    [
        ("A Russian Su-35 released flares in the path of a Norwegian P-8 Poseidon over the Barents Sea.", ("Norway", "P-8 Poseidon")),
        ("Two Japanese F-15J fighters intercepted a Chinese Y-9 over the East China Sea.", ("China", "Y-9")),
    ],
)
def test_the_craft_met_is_its_own_states(text, pair):
    assert pair in pairs(text, "OPERATES")


def test_a_craft_met_only_in_a_claim_gives_nothing():
    text = "Moscow claimed that its Su-35 had been harassed, but it denied it ever intercepted a Norwegian P-8 Poseidon."
    assert ("Norway", "P-8 Poseidon") not in pairs(text, "OPERATES")


# --- the route of a patrol told in the next sentence ---------------------------------------------

PATROL_FIRST = "On 12 May Russian Tu-95MS and Chinese H-6K bombers flew their tenth joint air patrol. "


def test_the_route_of_the_patrol_just_told_is_where_its_crews_patrolled():
    text = PATROL_FIRST + "The route took them over the Sea of Okhotsk and out into the Philippine Sea."
    assert {("Russia", "Sea of Okhotsk"), ("China", "Sea of Okhotsk"), ("Russia", "Philippine Sea"), ("China", "Philippine Sea")} <= pairs(text, "PATROLLED")


@pytest.mark.parametrize(
    "second",
    [
        "The route probably took them over the Sea of Okhotsk.",
        "Some bloggers claimed the route took them over the Sea of Okhotsk.",
        "The route did not take them over the Sea of Okhotsk.",
    ],
)
def test_a_hedged_or_denied_route_gives_no_patrolled_place(second):
    assert "Sea of Okhotsk" not in {place for _, place in pairs(PATROL_FIRST + second, "PATROLLED")}


def test_a_journey_with_no_patrol_told_gives_no_patrol():
    text = "The fishing fleet left Hakodate in May. The season took them over the Sea of Okhotsk."
    assert pairs(text, "PATROLLED") == set()


# --- a force named by the initials of a name that carries its state --------------------------------

@pytest.mark.parametrize(
    "text, pair",
    [
        ("An RAAF C-17 landed at Honiara on Friday.", ("Royal Australian Air Force", "Australia")),
        ("The JMSDF escorted the convoy through the Tsushima Strait.", ("Japan Maritime Self-Defense Force", "Japan")),
    ],
)
def test_initials_of_a_name_carrying_the_state_tie_the_force(text, pair):
    assert pair in pairs(text, "ARMED_FORCE_OF")


@pytest.mark.parametrize(
    "text",
    [
        "The RAF sent two Typhoons to Romania.",
        "PLAN destroyers sailed past Okinawa.",
        "The squadron flies nine ex-RAAF C-130H transports.",
    ],
)
def test_initials_of_a_name_without_the_state_tie_nothing(text):
    assert pairs(text, "ARMED_FORCE_OF") == set()


# --- a named hull a force keeps on a task -----------------------------------------------------------

@pytest.mark.parametrize(
    "text, pair",
    [
        ("The Indian Navy has stationed the Kolkata-class destroyer INS Chennai off Aden.", ("Indian Navy", "Kolkata-class destroyer")),
        ("The Royal Australian Navy kept the Anzac-class frigate HMAS Stuart with the task group.", ("Royal Australian Navy", "Anzac-class frigate")),
    ],
)
def test_a_named_hull_a_force_keeps_on_a_task_is_its_own(text, pair):
    assert pair in pairs(text, "OPERATES")


@pytest.mark.parametrize(
    "text",
    [
        "The Indian Navy has not stationed the Kolkata-class destroyer INS Chennai off Aden.",
        "The Indian Navy may station the Kolkata-class destroyer INS Chennai off Aden.",
    ],
)
def test_a_hull_not_kept_or_only_planned_gives_nothing(text):
    assert ("Indian Navy", "Kolkata-class destroyer") not in pairs(text, "OPERATES")


# --- islands a journey starts from ----------------------------------------------------------------

def test_islands_a_patrol_flight_starts_from_are_its_base_not_its_waters():
    text = ("India and France flew a joint patrol over the Indian Ocean in March. "
            "The aircraft flew from the Andaman and Nicobar Islands into the Andaman Sea.")
    patrolled = pairs(text, "PATROLLED")
    assert ("India", "Andaman Sea") in patrolled
    assert not {place for _, place in patrolled} & {"Andaman and Nicobar Islands"}
