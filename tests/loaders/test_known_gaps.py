"""Known general gaps: a state's veto of a sale or bill at home, a state subject before a relative clause that
buys from another state, and exercise editions numbered in Roman numerals."""
from __future__ import annotations

import pytest

from tests.loaders.sentences import facts


@pytest.mark.parametrize("text", [
    "The Turkish president vetoed the sale of Eurofighters to Saudi Arabia last spring.",
    "Germany vetoed the tank deal with Qatar after a long cabinet debate.",
    "France vetoed Greece's purchase of the second-hand frigates.",
    "The US president vetoed the bill that would have blocked arms exports to Saudi Arabia.",
])
def test_a_veto_of_a_sale_or_a_bill_is_no_council_veto(text):
    assert not facts(text, "VETOED")


@pytest.mark.parametrize("text, vetoer, subject", [
    ("Russia vetoed the draft resolution on the sale of weapons to Syria.", "Russia", "Syria"),
    ("In the Security Council, China vetoed the text on arms transfers to Myanmar.", "China", "Myanmar"),
])
def test_a_draft_or_the_council_in_view_keeps_the_veto(text, vetoer, subject):
    found = facts(text, "VETOED")
    assert (vetoer, "VETOED", subject) in found
    assert (subject, "VETOED", vetoer) not in found
