"""Rules found on the opened sets of session 19 (dev80 to dev84): a force in a notice written in capitals
tied to the state its name carries, and a ship class named with a word for any vessel ("boat", "sub",
"vessel"). Every sentence here is written for these tests; none is taken from an evaluation document."""
from __future__ import annotations

import pytest

from tests.loaders.sentences import facts


# --- a force named in capitals --------------------------------------------------------------------
@pytest.mark.parametrize("text, force, state", [
    ("GULF OF OMAN. INDIAN NAVY UNITS CONDUCTING GUNNERY EXERCISES 40 NM EAST OF MUSCAT.", "Indian Navy", "India"),
    ("RED SEA. EGYPTIAN NAVY SHIPS ON PATROL NEAR SAFAGA UNTIL FURTHER NOTICE.", "Egyptian Navy", "Egypt"),
    ("Indian Navy units exercised east of Muscat.", "Indian Navy", "India"),
])
def test_force_in_capitals_is_its_states(text, force, state):
    assert (force, "ARMED_FORCE_OF", state) in facts(text, "ARMED_FORCE_OF")


def test_force_in_capitals_without_its_state_stays_unowned():
    # "IRGC NAVY" carries no state's name or demonym: no tie is said
    assert facts("PERSIAN GULF. IRGC NAVY DRILLS SOUTH OF LARAK ISLAND FROM 3 TO 5 APR.", "ARMED_FORCE_OF") == set()


# --- a ship class named with a word for any vessel ------------------------------------------------
@pytest.mark.parametrize("text, system", [
    ("Chile bought two Cape-class boats from Australia in 2019.", "Cape-class patrol boat"),
    ("Peru bought a Lupo-class ship from Italy in 2004.", "Lupo-class frigate"),
    ("Egypt bought four Romeo-class subs from China in 1982.", "Romeo-class submarine"),
    ("Egypt bought four Zander-class subs from China in 1982.", "Zander-class submarine"),
    ("The navy wanted submarines. In 1971 the United States leased a Guppy-class boat to Turkey.", "Guppy-class submarine"),
    ("The navy wanted submarines. In 1971 the United States leased an American Zander-class boat to Turkey.", "Zander-class submarine"),
])
def test_class_named_with_a_vessel_word(text, system):
    assert any(target == system for _, kind, target in facts(text, "SOLD") if kind == "SOLD")


@pytest.mark.parametrize("text", [
    "The port sold a world-class ship to Peru in 2004.",              # a graded compound, no class
    "Greece bought a Marten-class vessel from Germany in 1992.",      # an unknown class of no said kind
    "Greece bought a Marten-class boat from Germany in 1992.",        # "boat" with no submarine near
])
def test_vessel_word_names_no_system_it_cannot_tell(text):
    assert facts(text, "SOLD") == set()
