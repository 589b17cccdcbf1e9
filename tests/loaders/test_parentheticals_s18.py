"""Parenthetical insertions and appositions leave a clause's relations as they are; bracketed doubt or undoing of
the deed ("(reportedly)", "(never delivered)", "(the deal was later cancelled)") gives nothing, and a bracket naming
another state makes it no party (tests/loaders/parentheticals_s18.py)."""
from collections import defaultdict

import pytest

from tests.loaders.parentheticals_s18 import battery, bare_battery, family_relations

_BY_SHAPE = defaultdict(list)
for _item in bare_battery() + battery():
    _BY_SHAPE[_item.shape].append(_item)


# shapes the loaders do not read yet (whatever their clause)
_GAPS = {
    "apposition@after_state": "an apposition naming a former union ('a former Soviet republic') makes the union the doer; "
                              "an apposition after the first of two states cuts it from the pair",
    "control_second_state@after_system": "a bracket naming another state ('(also sought by Qatar)') between a possessed "
                                         "system and its participle loses the deal",
    "dash_aside@after_state": "an em-dash aside between the subject and its verb cuts the subject off",
    "dash_aside@after_system": "an em-dash aside between a possessed system and its participle loses the deal",
    "year@after_state": "a bracket after the first of two states cuts it from the pair",
}


@pytest.mark.parametrize("shape", [
    pytest.param(shape, marks=pytest.mark.xfail(reason=_GAPS[shape], strict=True)) if shape in _GAPS else shape
    for shape in sorted(_BY_SHAPE)
])
def test_shape(shape):
    for item in _BY_SHAPE[shape]:
        got = family_relations(item.text, item.path)
        assert item.expected <= got and not got - item.expected, item.text


@pytest.mark.parametrize("aside", ["(reportedly)", "(unconfirmed)", "(never delivered)", "(the deal was later cancelled)",
                                   "(allegedly)", "(since scrapped)"])
def test_a_bracketed_doubt_or_undoing_after_the_deed_gives_nothing(aside):
    assert not family_relations(f"Chile bought 18 Leopard 2 tanks from Germany in 2009 {aside}.")


def test_a_bracketed_local_name_between_a_possessed_system_and_its_participle_keeps_the_deal():
    got = family_relations("Finland's 48 K9 Thunder howitzers (K9 Moukari), bought second-hand from South Korea, "
                           "replaced older guns.")
    assert {("ACQUIRED", "Finland", "K9 Thunder"), ("SOLD", "South Korea", "K9 Thunder")} <= got


def test_a_bracketed_note_that_undoes_nothing_keeps_the_deal():
    got = family_relations("Chile bought 18 Leopard 2 tanks from Germany in 2009 (delivered 2010).")
    assert ("ACQUIRED", "Chile", "Leopard 2") in got
