"""Transfer, operator and production shapes by other writers give their relations; near misses give nothing."""
import re
from collections import defaultdict

import pytest

from tests.loaders.transfer_shapes_s17 import SHAPES, battery, family_relations

_BY_SHAPE = defaultdict(list)
for _item in battery(per_shape=6):
    _BY_SHAPE[_item.shape].append(_item)


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_shape(shape):
    for item in _BY_SHAPE[shape]:
        got = family_relations(item.text)
        assert item.expected <= got and not got - item.expected - item.allowed, item.text


def test_order_and_delivery_years_kept_apart():
    from loaders.extract import extract_text
    for item in _BY_SHAPE["order_then_delivery"]:
        ordered, delivered = (int(y) for y in re.findall(r"\b\d{4}\b", item.text))  # the template orders, then delivers
        for relation in (r for r in extract_text(item.text).relations if r.type in ("SOLD", "ACQUIRED")):
            assert (relation.properties.get("order_year"), relation.properties.get("delivery_year")) == (ordered, delivered), item.text
