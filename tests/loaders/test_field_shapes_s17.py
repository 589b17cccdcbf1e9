"""Generated field shapes (session 17) give exactly their relations; near-miss controls give none
for the state that is no party (tests/loaders/field_shapes_s17.py)."""
import pytest

from tests.loaders.field_shapes_s17 import battery, family_relations

ITEMS = battery(seed=17, per_shape=4)
GAPS: dict[str, str] = {}


@pytest.mark.parametrize("item", ITEMS, ids=lambda item: item.shape)
def test_shape(item):
    if item.shape in GAPS:
        pytest.xfail(GAPS[item.shape])
    assert family_relations(item.text) == set(item.expected), item.text
