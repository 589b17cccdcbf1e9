"""Operators, partnerships, sanctions, leaders and hosts told in a sentence or across a paragraph give their relations;
evaluations, offers, orders, talks, lifted or threatened sanctions and hedged or denied lines give nothing
(tests/loaders/operate_partner_s18.py)."""
from collections import defaultdict

import pytest

from tests.loaders.operate_partner_s18 import SHAPES, battery, family_relations

_BY_SHAPE = defaultdict(list)
for _item in battery(per_shape=6):
    _BY_SHAPE[_item.shape].append(_item)

# shapes the loaders do not read yet
_GAPS = {
    "chairs": "a state that chairs an organization is not read as leading it",
    "rotating_presidency": "a state holding an organization's rotating presidency is not read as leading it",
    "under_chairmanship": "'under the chairmanship of' a state is not read as its leading the organization",
    "class_submarines": "'X's Kilo-class submarines' (a class name before a plural head) is not read as an operator",
    "equipped_squadrons_of": "'<system>-equipped squadrons of <force>' is not read as an operator",
    "state_then_its_force": "'Its <systems> patrol the coast' after a sentence about the state is not read as an operator",
}


@pytest.mark.parametrize("shape", [
    pytest.param(shape, marks=pytest.mark.xfail(reason=_GAPS[shape], strict=True)) if shape in _GAPS else shape
    for shape in sorted(SHAPES)
])
def test_shape(shape):
    for item in _BY_SHAPE[shape]:
        got = family_relations(item.text, item.path)
        assert item.expected <= got and not got - item.expected - item.allowed, item.text


def test_each_state_of_an_upgrade_list_is_a_partner_of_the_subject():
    got = family_relations("Hanoi has raised its relations with Moscow, New Delhi and Washington to comprehensive "
                           "strategic partnerships.")
    assert {r for r in got if r[0] == "PARTNERS_WITH"} == {
        ("PARTNERS_WITH", "Russia", "Vietnam"), ("PARTNERS_WITH", "India", "Vietnam"),
        ("PARTNERS_WITH", "United States", "Vietnam")}
