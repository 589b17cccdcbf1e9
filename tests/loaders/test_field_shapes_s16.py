"""Generated PATROLLED / DRILLED_IN / HELD_IN shapes give their relations; near-miss controls give none."""
import pytest

from tests.loaders.field_shapes import battery, family_relations

ITEMS = battery(seed=16, per_shape=4)
GAPS = {"PATROLLED:4": "X joined Y's patrol: the joiner is not yet a patroller",
        "DRILLED_IN:0": "some drill verb/preposition combinations are missed"}


@pytest.mark.parametrize("item", ITEMS, ids=lambda item: item.shape)
def test_shape(item):
    if item.shape in GAPS:
        pytest.xfail(GAPS[item.shape])
    got = family_relations(item.text)
    assert got == set(item.expected), item.text
