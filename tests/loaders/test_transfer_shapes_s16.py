"""Sale/purchase shapes give SOLD + ACQUIRED; negated, offered and evaluated controls give nothing."""
from collections import defaultdict

import pytest

from tests.loaders.transfer_shapes import SHAPES, battery, family_relations

_BY_SHAPE = defaultdict(list)
for _item in battery(per_shape=6):
    _BY_SHAPE[_item.shape].append(_item)


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_shape(shape):
    for item in _BY_SHAPE[shape]:
        assert family_relations(item.text) == set(item.expected), item.text
