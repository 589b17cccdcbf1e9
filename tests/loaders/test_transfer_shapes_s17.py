"""Transfer, operator and production shapes by other writers give their relations; near misses give nothing."""
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
