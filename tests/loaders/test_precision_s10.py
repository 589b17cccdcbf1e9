"""False positives that remained across every development set, grouped by cause, and the
nearby statements that must still give their relations. Every sentence here is written for
these tests in styles unlike the sets; none is taken from a corpus or evaluation document."""
from __future__ import annotations

import pytest

from tests.loaders.sentences import facts

TRANSFER = ("SOLD", "ACQUIRED")


# --- a seller's promise: "agreed to sell / supply / deliver" hands nothing over --------------------

@pytest.mark.parametrize("text", [
    "Stockholm agreed to sell Gripen fighters to Thailand after a long competition.",
    "12 Mar 2021 - Italy agrees to supply Egypt with two FREMM frigates and, later, more.",
    "Under the memorandum, Germany has agreed to deliver four IRIS-T batteries to Egypt.",
    "In his column he notes that Paris agreed last year to export the Rafale to Serbia.",
])
def test_a_seller_agreeing_to_hand_over_is_no_transfer(text):
    assert not facts(text, *TRANSFER)


@pytest.mark.parametrize("text, expected", [
    ("Stockholm sold Gripen fighters to Thailand after a long competition.", ("Sweden", "SOLD", "JAS 39 Gripen")),
    ("Italy supplied Egypt with two FREMM frigates in 2020.", ("Italy", "SOLD", "FREMM frigate")),
    # the promise and then its keeping in one sentence: the sale took place
    ("Germany agreed in 2018 to sell the IRIS-T to Egypt, and the first battery was delivered in 2022.", ("Germany", "SOLD", "IRIS-T")),
    # a buyer's agreement to buy is the deal itself, as before
    ("Egypt agreed to buy 24 Rafale fighters from France in 2015.", ("Egypt", "ACQUIRED", "Rafale")),
])
def test_a_sale_told_as_done_still_gives_the_transfer(text, expected):
    assert expected in facts(text, *TRANSFER)
