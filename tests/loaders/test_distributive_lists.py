"""Distributive lists: each partner with its own place ("with X in A, and with Y in B"), not
every partner in every place. Every sentence here is written for these tests; none is taken
from a corpus or evaluation document."""
from __future__ import annotations

import pytest

from tests.loaders.sentences import facts


@pytest.mark.parametrize("text", [
    "India runs coordinated patrols with Thailand in the Andaman Sea, and with Bangladesh in the Bay of Bengal.",
    "Since 2005 India has patrolled with Thailand in the Andaman Sea and with Bangladesh in the Bay of Bengal.",
    "India holds joint patrols with Thailand and with Indonesia in the Andaman Sea, and with Bangladesh in the Bay of Bengal.",
])
def test_each_patrol_partner_patrols_only_its_own_sea(text):
    found = facts(text, "PATROLLED")
    assert ("Thailand", "PATROLLED", "Andaman Sea") in found and ("Bangladesh", "PATROLLED", "Bay of Bengal") in found
    assert ("Thailand", "PATROLLED", "Bay of Bengal") not in found and ("Bangladesh", "PATROLLED", "Andaman Sea") not in found
    assert {("India", "PATROLLED", "Andaman Sea"), ("India", "PATROLLED", "Bay of Bengal")} <= found


def test_partners_named_together_before_their_seas_patrol_all_of_them():
    found = facts("India runs coordinated patrols with Thailand and Bangladesh in the Andaman Sea and the Bay of Bengal.", "PATROLLED")
    assert ("Thailand", "PATROLLED", "Bay of Bengal") in found and ("Bangladesh", "PATROLLED", "Andaman Sea") in found
