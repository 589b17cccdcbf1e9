"""Where two of session 9's rule branches met: a rule of one changing what another reads.

Every phrasing here was written for these tests; none is taken from the seeds.
"""
from __future__ import annotations

import pytest

from tests.loaders.sentences import facts

GROUP = ("The two navies held their first joint naval patrol in 2019. Three ships of the Russian Baltic Fleet and two of the Chinese navy "
         "formed one group off Kaliningrad in June. ")


def test_the_flotilla_of_two_navies_is_no_single_states_own_journey():
    """One state's own flight is no patrol leg, but "the flotilla" stands for the crew told
    before, here a Russian fleet and the Chinese navy together."""
    found = facts(GROUP + "During the following week the flotilla crossed the Norwegian Sea.", "PATROLLED")
    assert found == {("Baltic Fleet", "PATROLLED", "Norwegian Sea"), ("PLA Navy", "PATROLLED", "Norwegian Sea")}


@pytest.mark.parametrize("went", ["did not cross", "might cross", "is due to cross"])
def test_the_flotilla_that_did_not_or_may_cross_gives_nothing(went):
    assert facts(GROUP + f"During the following week the flotilla {went} the Norwegian Sea.", "PATROLLED") == set()


def test_returning_to_waters_as_a_leg_of_the_route_is_patrolled():
    text = ("Russian and Chinese warships held a joint patrol in October: the group went north through the La Perouse Strait "
            "and returned to the Sea of Japan by the Tsushima Strait.")
    assert ("Russia", "PATROLLED", "Sea of Japan") in facts(text, "PATROLLED")


def test_waters_reached_before_returning_home_are_still_not_where_they_drilled():
    text = "A Dutch and a Danish frigate sailed to the Skagerrak for anti-air drills before returning to the Baltic Sea."
    assert not any(target == "Baltic Sea" for _, _, target in facts(text, "DRILLED_IN"))


@pytest.mark.parametrize("base", ["RAAF Base Amberley", "RAAF Base Tindal near Katherine"])
def test_initials_that_begin_a_base_name_tie_no_force(base):
    assert facts(f"Two Growler jets landed at {base} on Thursday after the exercise.", "ARMED_FORCE_OF") == set()


def test_initials_of_the_force_itself_still_tie_it():
    assert ("Royal Australian Air Force", "ARMED_FORCE_OF", "Australia") in facts(
        "An RAAF tanker refuelled the jets over the Coral Sea.", "ARMED_FORCE_OF")
