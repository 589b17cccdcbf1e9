"""The paragraph- and table-level vote battery (tests/loaders/vote_paragraphs_s18.py): each shape's
vetoes, sanctions and oppositions found with the right subject and year, and nothing of the family
from the near-miss controls (drafters, abstainers, elected noes, adopted drafts, threatened, hedged
and denied vetoes, Assembly votes, drafts never tabled, a vetoed draft's sanctions)."""
import pytest

from tests.loaders.vote_paragraphs_s18 import battery, check, family_relations

ITEMS = [(item, family_relations(item.text, item.path)) for item in battery(seed=18, size=400)]
OPEN = {  # shapes not fixed yet, with the reason
    "later_sentence": "a document with no word of the Council or of a veto ('the members took up a draft on Mali. ... Moscow "
                      "voted against it, and it was not adopted.') is not read as the Security Council's",
    "condemned_vetoer": "'France denounced China for blocking the text' after a tally in a document that names neither the "
                        "Council nor a veto gives the opposition but not the veto",
}
SHAPES = sorted({item.shape for item, _ in ITEMS if item.family != "control"})
CONTROLS = sorted({item.shape for item, _ in ITEMS if item.family == "control"})


def test_the_battery_covers_tables_lists_paragraphs_and_every_near_miss():
    paths = {item.path.rsplit(".", 1)[1] for item, _ in ITEMS}
    assert paths == {"txt", "md", "html"}
    assert {"vote_table", "per_draft_table", "chronology", "second_draft", "beside_drafters"} <= set(SHAPES)
    assert {"drafter", "abstainers_table", "elected_against_table", "adopted_despite", "adopted_tally", "threatened",
            "assembly", "assembly_table", "negated", "hedged", "never_tabled", "would_have_sanctioned"} <= set(CONTROLS)


@pytest.mark.parametrize("shape", [
    pytest.param(shape, marks=pytest.mark.xfail(strict=True, reason=OPEN[shape])) if shape in OPEN else shape
    for shape in SHAPES
])
def test_shape_recall(shape):
    misses = [(item.text, check(item, found)[0]) for item, found in ITEMS if item.shape == shape]
    assert [m for m in misses if m[1]] == []


@pytest.mark.parametrize("shape", SHAPES + CONTROLS)
def test_nothing_false(shape):
    false = [(item.text, check(item, found)[1]) for item, found in ITEMS if item.shape == shape]
    assert [f for f in false if f[1]] == []
