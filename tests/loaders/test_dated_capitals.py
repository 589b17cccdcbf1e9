"""A capital names the state that held it in the year the text is about ("Moscow" in 1960 is
the Soviet Union), from the gazetteer's ``capitals_of``/``until``. Every sentence here is
written for these tests; none is taken from a corpus or evaluation document."""
from __future__ import annotations

import pytest
import yaml

from graph.gazetteer import parse_gazetteer
from graph.schema import SEEDS
from loaders.extract import Extractor
from tests.loaders.sentences import facts


@pytest.mark.parametrize("text", [
    "In 1965 Moscow sold MiG-21 fighters to India.",
    "Moscow shipped MiG-21 fighters to New Delhi in 1965.",
    "The 1960s were the high point. In 1965 the Kremlin supplied India with MiG-21 fighters.",
])
def test_a_capital_in_a_year_before_its_state_dissolved_names_that_state(text):
    assert ("Soviet Union", "SOLD", "MiG-21") in facts(text, "SOLD")
    assert ("Russia", "SOLD", "MiG-21") not in facts(text, "SOLD")


def test_the_paragraphs_year_dates_a_sentence_that_names_none():
    text = "India turned to the Soviet bloc in 1965. Moscow sold it MiG-21 fighters."
    assert ("Soviet Union", "SOLD", "MiG-21") in facts(text, "SOLD")


@pytest.mark.parametrize("text", [
    "In 2016 Moscow sold Su-35 fighters to China.",
    "Moscow sold Su-35 fighters to China.",
    "Having sold MiG-29s to India in 1987, Moscow sold Su-30 fighters to it in 1996.",
])
def test_a_capital_in_a_later_or_undated_sentence_names_the_present_state(text):
    assert {s for s, _, _ in facts(text, "SOLD")} == {"Russia"}


def test_each_historical_state_gets_its_own_capital_back():
    assert ("Yugoslavia", "ACQUIRED", "MiG-29") in facts("Belgrade bought MiG-29 fighters in 1987.", "ACQUIRED")
    assert ("Serbia", "ACQUIRED", "MiG-29") in facts("Belgrade bought MiG-29 fighters in 2019.", "ACQUIRED")


@pytest.mark.parametrize("text", [
    "In 1962 Moscow did not sell MiG-21 fighters to China.",
    "In 1962 Moscow may have considered selling MiG-21 fighters to China.",
    "In 1962 Moscow refused to sell MiG-21 fighters to China.",
])
def test_a_dated_capital_in_a_negated_or_hedged_sentence_yields_nothing(text):
    assert facts(text, "SOLD", "ACQUIRED") == set()


def test_without_the_gazetteer_field_the_capital_keeps_its_present_state():
    files = {str(path): yaml.safe_load(path.read_text(encoding="utf-8")) for path in (SEEDS / "gazetteer").glob("*.yaml")}
    for raw in files.values():
        for entry in raw["entities"]:
            entry.pop("capitals_of", None), entry.pop("until", None)
    found = Extractor(gazetteer=parse_gazetteer(files)).extract_text("In 1965 Moscow sold MiG-21 fighters to India.").relations
    assert {(r.source, r.type) for r in found if r.type == "SOLD"} == {("Russia", "SOLD")}


@pytest.mark.parametrize("text", [
    "Moscow has armed India since the 1960s, selling it MiG-21 fighters.",
    "From 1965 onwards Moscow sold MiG-21 fighters to India.",
])
def test_a_period_running_to_the_present_keeps_the_present_state(text):
    assert {s for s, _, _ in facts(text, "SOLD")} == {"Russia"}
