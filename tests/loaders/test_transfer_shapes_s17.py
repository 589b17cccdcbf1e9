"""Transfer, operator and production shapes by other writers give their relations; near misses give nothing."""
from collections import defaultdict

import pytest

from tests.loaders.transfer_shapes_s17 import SHAPES, battery, family_relations

_BY_SHAPE = defaultdict(list)
for _item in battery(per_shape=6):
    _BY_SHAPE[_item.shape].append(_item)

_GAPS = {
    "poss_acq_from": "a possessive acquisition with its seller before the goods ('X's acquisition from Y of Z') is not read",
    "supplied_with_by": "'Y was supplied with Z by X' gives the buyer but not the seller",
    "supplied_adjective": "'X-supplied Z' names a seller the sale rules do not read",
    "ship_by_lead_name": "a ship named after its class's lead ship ('the frigate Admiral Gorshkov') is not read as the class",
    "licence_agreement": "'under a licence agreement with X' is not read as a technology transfer",
}


@pytest.mark.parametrize("shape", [pytest.param(s, marks=pytest.mark.xfail(strict=True, reason=_GAPS[s]))
                                   if s in _GAPS else s for s in sorted(SHAPES)])
def test_shape(shape):
    for item in _BY_SHAPE[shape]:
        got = family_relations(item.text)
        assert item.expected <= got and not got - item.expected - item.allowed, item.text
