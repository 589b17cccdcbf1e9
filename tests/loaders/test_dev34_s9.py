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
