"""The vote, sanction and opposition shape battery (tests/loaders/vote_shapes_s17.py): recall per
shape, and nothing of the family from the near-miss controls or beside the mixed items' facts."""
import pytest

from tests.loaders.vote_shapes_s17 import battery, check, family_relations

ITEMS = battery(seed=17, size=400)
OPEN = {  # shapes not fixed yet, with the reason
    "year_before": "'a draft demanding a ceasefire in Mali' told one sentence before 'X vetoed it' carries the topic, not the state",
}
SHAPES = sorted({item.shape for item in ITEMS if item.family != "control"})


@pytest.mark.parametrize("shape", [
    pytest.param(shape, marks=pytest.mark.xfail(strict=True, reason=OPEN[shape])) if shape in OPEN else shape
    for shape in SHAPES
])
def test_shape_recall(shape):
    misses = [(item.text, check(item, family_relations(item.text))[0]) for item in ITEMS if item.shape == shape]
    assert [m for m in misses if m[1]] == []


def test_nothing_false():
    false = [(item.text, check(item, family_relations(item.text))[1]) for item in ITEMS]
    assert [f for f in false if f[1]] == []
