"""Faults the lead found in session 13 by running `extract` on notes of his own (a country brief,
a ministers' readout). Each case is a new sentence, with twins where a twin says something else."""
from __future__ import annotations

from tests.loaders.sentences import facts


# --- a kind of system the sentence names itself is not the system named before it -----------------

def test_boats_a_yard_built_are_not_the_missile_named_before_them():
    for text in (
        "Manila took its first BrahMos batteries in 2024. The patrol boats were built by Goa Shipyard.",
        "Manila took its first BrahMos batteries in 2024. Twelve fast boats were built by Goa Shipyard.",
        "Hanoi thanked New Delhi for the BrahMos talks and for twelve patrol boats built by Larsen & Toubro.",
        "Cairo flies the Rafale. The frigates were built by Fincantieri.",
    ):
        assert facts(text, "PRODUCED") == set(), text


def test_a_description_of_the_same_kind_still_takes_the_system_named_before_it():
    text = "Manila took its first BrahMos batteries in 2024. The missiles were built by BrahMos Aerospace."
    assert ("BrahMos Aerospace", "PRODUCED", "BrahMos") in facts(text, "PRODUCED")
    text = "Algeria ordered two MEKO A-200 frigates in 2012. The frigates were built by TKMS in Kiel."
    assert ("ThyssenKrupp Marine Systems", "PRODUCED", "MEKO A-200") in facts(text, "PRODUCED")
