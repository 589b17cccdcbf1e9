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


@pytest.mark.parametrize("text", [
    "Russia sold S-400 systems to China in 2014, Turkey in 2017 and India in 2018.",
    "Moscow delivered the S-400 to China in 2014, to Turkey in 2017 and to India in 2018.",
])
def test_each_buyer_of_a_gapped_list_buys_in_its_own_year(text):
    from loaders.extract import extract_text
    sales = {(r.properties.get("to"), r.properties.get("year")) for r in extract_text(text).relations if r.type == "SOLD"}
    assert sales == {("China", 2014), ("Turkey", 2017), ("India", 2018)}


def test_a_year_list_without_buyers_gives_no_extra_buyer():
    assert {t for _, _, t in facts("Russia sold S-400 systems to China in 2014 and in 2018.", "SOLD")} == {"S-400"}
