"""Faults found by smoke tests of session 13 (helper smoke6) on short notes in styles the earlier
rounds did not use (a think-tank paragraph with footnote markers, a wire story full of attributions,
a translated ministry communiqué, a wiki "Operators" section, an order of battle, a chronology table,
an editorial, a market-report teaser, a rumour roundup, committee recommendations, an NGO annual
report, a local newspaper story, a fighter competition background note). Each case is a new
sentence, with twins that must give nothing."""
from __future__ import annotations

import pytest

from tests.loaders.sentences import facts


# --- a sub-model written after a space belongs to the system's name ---------------------------------
# ("Gripen C/D jets bought from Sweden, as well as F-16s supplied by the United States" gave Sweden as
# the F-16's seller: the "C/D" cut the system off from its own "jets bought from")

def test_a_spaced_variant_pair_keeps_the_source_with_its_system():
    found = facts("Hungary flies eight Gripen C/D fighters leased from Sweden, as well as MiG-29s supplied by Russia.", "SOLD")
    assert found == {("Sweden", "SOLD", "JAS 39 Gripen"), ("Russia", "SOLD", "MiG-29")}


def test_a_production_block_keeps_the_source_with_its_system():
    found = facts("Morocco's air force flies F-16 Block 52 jets bought from the United States in 2011, and Mirage F1s from France.", "SOLD")
    assert ("United States", "SOLD", "F-16") in found
    assert ("France", "SOLD", "F-16") not in found and ("United States", "SOLD", "Mirage F1") not in found


def test_a_spaced_variant_pair_in_a_denied_or_planned_purchase_gives_nothing():
    for sentence in (
        "Hungary has not bought Gripen C/D fighters from Sweden.",
        "Hungary may lease more Gripen C/D fighters from Sweden.",
        "Hungary plans to buy F-16 Block 70 jets from the United States.",
    ):
        assert facts(sentence, "SOLD", "ACQUIRED") == set(), sentence
