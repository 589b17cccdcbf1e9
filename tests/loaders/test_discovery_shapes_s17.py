"""The discovery battery (tests/loaders/discovery_shapes_s17.py): designations, classes,
exercises, forces and organisations the gazetteer lacks are found by shape, marked discovered
with a lower confidence, and carry their relations; capitalised non-entities in the same slots
discover nothing."""
import pytest

from loaders.extract import extract_text
from tests.loaders.discovery_shapes_s17 import battery, check

ITEMS = battery(seed=17, per_shape=5)
OPEN = {  # shapes not fixed yet, with the reason
    "ship-hull": "a hull name ('INS Tushil') is not a system of its own; annotators name its class where the text gives one",
    "ship-class-generic": "'<Name>-class ships' lowered held-back precision when discovered (a class named beside the one sold)",
}
SHAPES = sorted({item.shape for item in ITEMS if item.family != "control"})


@pytest.mark.parametrize("shape", [pytest.param(s, marks=pytest.mark.xfail(strict=True, reason=OPEN[s])) if s in OPEN else s for s in SHAPES])
def test_shape_recall(shape):
    misses = [(item.text, check(item, extract_text(item.text))[0]) for item in ITEMS if item.shape == shape]
    assert [m for m in misses if m[1]] == []


def test_controls_discover_nothing():
    false = [(item.text, check(item, extract_text(item.text))[1]) for item in ITEMS if item.family == "control"]
    assert [f for f in false if f[1]] == []


def test_names_are_fresh():
    # every invented name is outside the gazetteer, so a pass is discovery, not a look-up
    from graph.gazetteer import load_gazetteer
    gazetteer = load_gazetteer()
    assert [item.entity for item in ITEMS if item.entity and gazetteer.resolve(item.entity[0])] == []
