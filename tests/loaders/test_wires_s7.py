"""Wire stories, factboxes, analysis pieces, think-tank chapters and business-wire releases
(session 7, dev14): forces written with their local abbreviation in brackets, and the
shapes of news and analysis prose that earlier rules missed. Every sentence is written for
these tests; none is taken from a corpus or evaluation document."""
from __future__ import annotations

import pytest

from tests.loaders.sentences import facts


# --- a force followed by its local abbreviation in brackets ----------------------------------

@pytest.mark.parametrize("force, abbreviation", [
    ("Indonesian Air Force", "TNI AU"),
    ("Indonesian Navy", "TNI-AL"),
    ("Indonesian Army", "TNI AD"),
])
def test_a_service_abbreviation_is_the_service_not_the_armed_forces(force, abbreviation):
    found = facts(f"The {force} ({abbreviation}) still operates Mi-17 helicopters bought from Russia.")
    assert (force, "OPERATES", "Mi-17") in found
    assert (force, "ACQUIRED", "Mi-17") in found
    assert ("Indonesian National Armed Forces", "OPERATES", "Mi-17") not in found


def test_the_abbreviation_alone_names_the_service():
    assert ("Indonesian Navy", "OPERATES", "Scorpène-class submarine") in facts(
        "Jakarta (NNA) - TNI AL now operates two Scorpène-class submarines from Surabaya.")


def test_a_service_abbreviation_in_a_hedged_sentence_gives_nothing():
    assert not facts("The Indonesian Air Force (TNI AU) might buy Su-35 fighters from Russia.", "ACQUIRED", "OPERATES")
