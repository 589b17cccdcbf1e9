"""What a new author's set (dev62: states of Africa, Latin America, South-East Asia and the Gulf
in a Hansard debate, a Sahel quarterly, a Lagos feature, a translated ministry note, a navy
journal, a Gulf business page and a university release) showed the rules missing in transfers:
an order "placed with" a firm or a state, the seller after "with", its system named in the clause
or just before it. Every sentence here is written for these tests; none is taken from a corpus or
evaluation document."""
from __future__ import annotations

import pytest

from tests.loaders.sentences import facts


# --- "placed an order with <seller>" -----------------------------------------------------------

@pytest.mark.parametrize("text, buyer, seller, system", [
    ("Chile placed an order with Saab for six Gripen fighters in 2023.", "Chile", "Saab", "JAS 39 Gripen"),
    ("In March Kenya placed its first order with China for four Z-9 helicopters.", "Kenya", "China", "Z-9"),
    ("Egypt bought the Rafale first. Qatar placed a €6bn order with Dassault Aviation in 2015.", "Qatar", "Dassault Aviation", "Rafale"),
])
def test_order_placed_with_a_seller(text, buyer, seller, system):
    found = facts(text, "SOLD", "ACQUIRED")
    assert (buyer, "ACQUIRED", system) in found
    assert (seller, "SOLD", system) in found


@pytest.mark.parametrize("text", [
    "Kenya has not placed an order with China for Z-9 helicopters.",
    "Kenya may place an order with China for Z-9 helicopters next year.",
    "Kenya plans to place an order with China for Z-9 helicopters.",
    "Egypt bought the Rafale first. Qatar might place an order with Dassault Aviation in 2026.",
])
def test_order_with_a_seller_not_placed_gives_nothing(text):
    found = facts(text, "SOLD", "ACQUIRED")
    assert not {f for f in found if f[0] in ("Kenya", "China", "Qatar", "Dassault Aviation")}
