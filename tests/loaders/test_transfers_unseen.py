"""Transfers, production and operators as writers outside the project phrase them:
hard-wrapped names, verbs of putting into service, joint development, copies, and
corrections that withdraw an earlier claim. Every sentence is written for these tests."""
from __future__ import annotations

import pytest

from tests.loaders.sentences import facts


# --- names broken across a wrapped line ------------------------------------------------

@pytest.mark.parametrize("text, fact", [
    ("After a long delay in the delivery schedule last spring, the Indonesian\nAir Force flew its first Rafale sortie.", ("Indonesian Air Force", "OPERATES", "Rafale")),
    ("On a quiet Tuesday morning in October two corvettes of the Russian Pacific\nFleet arrived at Cam Ranh.", ("Russian Pacific Fleet", "ARMED_FORCE_OF", "Russia")),
    ("Like the earlier batch delivered to Cairo, the new Rafale jets were built by Dassault\nAviation in Merignac.", ("Dassault Aviation", "PRODUCED", "Rafale")),
])
def test_a_name_wrapped_onto_the_next_line_is_still_one_name(text, fact):
    assert fact in facts("Notes from the desk\n\n" + text)  # a first line alone is the title


def test_a_blank_line_still_parts_two_names():
    found = facts("Exercises with the Pacific\n\nFleet drew crowds. Turkey bought the S-400.")
    assert ("Turkey", "ACQUIRED", "S-400") in found
    assert not any("Pacific Fleet" in (source, target) for source, _, target in found)
