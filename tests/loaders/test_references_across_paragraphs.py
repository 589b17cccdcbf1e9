"""References that reach back past the paragraph they open. Every sentence here is written
for these tests; none is taken from a corpus or evaluation document."""
from __future__ import annotations

import pytest

from loaders.extract import extract_text


def facts(text: str, *types: str) -> set[tuple]:
    """(source, type, target) of the relations found in ``text``, of ``types`` if given."""
    found = extract_text(text).relations
    return {(r.source, r.type, r.target) for r in found if not types or r.type in types}


@pytest.mark.parametrize("text", [
    "India and Russia signed a defence pact in 2000.\n\nThe two countries held the exercise Indra-2021 near Volgograd.",
    "Relations between India and Russia deepened after 2000.\n\nBoth countries took part in Indra-2021 that August.",
    "India and Russia renewed their defence pact.\n\nIn 2021 the two nations staged Indra-2021 together.",
])
def test_a_pair_opening_a_paragraph_is_the_pair_named_before(text):
    assert facts(text, "PARTICIPATED_IN") == {("India", "PARTICIPATED_IN", "Indra-2021"), ("Russia", "PARTICIPATED_IN", "Indra-2021")}


@pytest.mark.parametrize("text", [
    "India and Russia signed a defence pact in 2000.\n\nThe two countries did not hold Indra-2021 that year.",
    "India and Russia signed a defence pact in 2000.\n\nThe two countries may hold Indra-2021 next year.",
    "India and Russia signed a defence pact in 2000.\n\nThe two countries would hold Indra-2021 if the talks succeeded.",
])
def test_a_pair_opening_a_negated_or_hedged_paragraph_yields_nothing(text):
    assert facts(text, "PARTICIPATED_IN") == set()


def test_a_pair_within_a_paragraph_that_names_a_state_stays_in_that_paragraph():
    text = "Kazakhstan and Uzbekistan sent observers in 2012.\n\nIn 2013 China hosted troops from the two countries at Chebarkul."
    assert ("Kazakhstan", "PARTICIPATED_IN") not in {(s, t) for s, t, _ in facts(text)}
