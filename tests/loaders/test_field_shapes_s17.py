"""Generated field shapes (session 17) give exactly their relations; near-miss controls give none
for the state that is no party (tests/loaders/field_shapes_s17.py)."""
import pytest

from tests.loaders.field_shapes_s17 import battery, family_relations

GAPS = {
    "patrol:such-next-sentence": "crafts told only as taking off, then 'the ninth such joint patrol took them over R': "
                                 "no crew is remembered from a sentence with no patrol verb",
}
ITEMS = [pytest.param(item, marks=pytest.mark.xfail(strict=True, reason=GAPS[item.shape])) if item.shape in GAPS else item
         for item in battery(seed=17, per_shape=4)]


@pytest.mark.parametrize("item", ITEMS, ids=lambda item: item.shape)
def test_shape(item):
    assert family_relations(item.text) == set(item.expected), item.text
