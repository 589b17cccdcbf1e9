"""Generated paragraph-level field shapes (session 18) give exactly their relations; near-miss
controls give nothing for the party or place that is none (tests/loaders/field_paragraphs_s18.py)."""
import pytest

from tests.loaders.field_paragraphs_s18 import battery, family_relations

GAPS = {
    "drill:ships-of-a-force": "drills by 'the frigate and the destroyer' of a state's naval group named two sentences "
                              "before: the ships are not read as the group's state",
}
ITEMS = [pytest.param(item, marks=pytest.mark.xfail(strict=True, reason=GAPS[item.shape])) if item.shape in GAPS else item
         for item in battery(seed=18, per_shape=4)]


@pytest.mark.parametrize("item", ITEMS, ids=lambda item: item.shape)
def test_shape(item):
    assert family_relations(item.text) == set(item.expected), item.text
