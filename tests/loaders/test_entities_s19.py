"""The entity-format battery (tests/loaders/entities_s19.py): exercises, forces, systems and
makers named in formats the gazetteer does not list still give their relations; capitalised
non-entities in the same slots (operations, summits, fairs, newspapers, titles) give none."""
from collections import defaultdict

import pytest

from tests.loaders.entities_s19 import battery, false_relations, family_relations

_BY_SHAPE = defaultdict(list)
for _item in battery(seed=19, per_shape=4):
    _BY_SHAPE[_item.shape].append(_item)

# shapes the loaders do not read yet, with the reason
_GAPS = {
    "exercise-spaced-year": "an invented '<Name> <Name> 2025' with no exercise word beside it is not discovered: "
                            "fairs and forums share the shape",
    "exercise-hyphen-year": "an invented '<Name>-2025' after 'took part in' with no exercise word is not discovered: "
                            "arms fairs share the shape ('Army-2022')",
    "exercise-quoted-bare": "an invented quoted name with no exercise word beside it is not discovered",
    "exercise-ordinal-edition": "'the fifth edition of <Name>' with an invented name is not discovered: summits and "
                                "fairs have editions too",
    "maker-trade-word": "a maker the gazetteer lacks, named with a trade word and no legal form ('Vorkan Machine Industries'), "
                        "is not discovered: other names end so too",
    "maker-jsc": "a firm named '<Name> Defence' after 'JSC' is discovered but gives no producer",
}


@pytest.mark.parametrize("shape", [
    pytest.param(shape, marks=pytest.mark.xfail(reason=_GAPS[shape], strict=True)) if shape in _GAPS else shape
    for shape in sorted(s for s in _BY_SHAPE if not s.startswith("control"))
])
def test_shape_gives_its_relations(shape):
    misses = [(item.text, sorted(item.expected - family_relations(item.text))) for item in _BY_SHAPE[shape]]
    assert [m for m in misses if m[1]] == []


@pytest.mark.parametrize("shape", sorted(s for s in _BY_SHAPE if s.startswith("control")))
def test_control_gives_nothing_at_its_words(shape):
    false = [(item.text, sorted(false_relations(item, family_relations(item.text)))) for item in _BY_SHAPE[shape]]
    assert [f for f in false if f[1]] == []


def test_positive_items_give_nothing_else():
    # a format read wrongly must not leave a second, wrong entity in the relation instead
    false = [(item.text, sorted(false_relations(item, family_relations(item.text))))
             for shape, items in _BY_SHAPE.items() if not shape.startswith("control") for item in items]
    assert [f for f in false if f[1]] == []


@pytest.mark.parametrize("text", [
    "Ex Navy chief Karl Odum said Russia sold Su-35 fighters to Egypt.",
    "Ex President Odum visited the exercise area in 2023.",
])
def test_shortened_exercise_word_is_no_title(text):
    # "Ex" before a service or a title is "former", not the exercise word
    from loaders.extract import extract_text
    assert [e.name for e in extract_text(text).entities if e.label == "Exercise"] == []


@pytest.mark.parametrize("text, firm", [
    ("Kestrel Forge Ltd builds the T-90.", "Kestrel Forge Ltd"),
    ("JSC Kestrel Forge builds the T-90.", "Kestrel Forge"),
    ("Ukrspecexport delivered T-84 tanks to Thailand.", "Ukrspecexport"),
])
def test_firm_named_by_legal_form_is_discovered(text, firm):
    from loaders.extract import extract_text
    entities = {(e.name, e.label): e for e in extract_text(text).entities}
    assert entities[(firm, "Organization")].discovered
