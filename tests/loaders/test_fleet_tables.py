"""A table that lists one owner's fleet under a heading naming the owner. Every table here is
written for these tests; none is taken from a corpus or evaluation document."""
from __future__ import annotations

import pytest

from loaders.extract import extract_path


@pytest.fixture
def facts(tmp_path):
    """(source, type, target) of the relations found in a Markdown document, of ``types`` if given."""
    def read(text: str, *types: str) -> set[tuple]:
        path = tmp_path / "fleets.md"
        path.write_text(text, encoding="utf-8")
        return {(r.source, r.type, r.target) for r in extract_path(path).relations if not types or r.type in types}
    return read


def fleet(heading: str, header: str, *rows: str) -> str:
    return "\n".join(["# Air forces of the region", "", f"## {heading}", "", header, "|---|---|---|", *rows, ""])


@pytest.mark.parametrize("heading, header", [
    ("Fleet of the Egyptian Air Force", "| Type | Origin | In service |"),
    ("Egyptian Air Force", "| Aircraft | Supplier | Inventory |"),
    ("Table 3 - Egyptian Air Force", "| Model | Origin / supplier | In service |"),
])
def test_a_fleet_table_under_a_force_heading_names_its_owner(heading, header, facts):
    text = fleet(heading, header, "| Rafale | France (Dassault Aviation) | 54 |")
    found = facts(text, "ACQUIRED", "SOLD", "OPERATES")
    assert {("Egyptian Air Force", "ACQUIRED", "Rafale"), ("France", "SOLD", "Rafale"),
            ("Dassault Aviation", "SOLD", "Rafale"), ("Egyptian Air Force", "OPERATES", "Rafale")} <= found


def test_builders_and_upgraders_in_the_supplier_cell_do_not_sell(facts):
    text = fleet(
        "Algerian Air Force", "| Type | Origin / supplier | In service |",
        "| Su-30MKA | Russia; licence-built by Irkut Corporation | ~58 |",
        "| MiG-29 | Soviet Union, upgraded by Russia | 20 |",
    )
    found = facts(text)
    assert ("Russia", "SOLD", "Su-30MKA") in found and ("Irkut Corporation", "PRODUCED", "Su-30MKA") in found
    assert ("Irkut Corporation", "SOLD", "Su-30MKA") not in found
    assert ("Soviet Union", "SOLD", "MiG-29") in found and ("Russia", "SOLD", "MiG-29") not in found


def test_a_home_made_type_is_produced_not_bought(facts):
    text = fleet("Turkish Air Force", "| Type | Origin | In service |", "| Hurjet | Turkey (Turkish Aerospace Industries) | 4 |")
    found = facts(text)
    assert ("Turkey", "PRODUCED", "Hurjet") in found and ("Turkish Air Force", "OPERATES", "Hurjet") in found
    assert not {f for f in found if f[1] in ("SOLD", "ACQUIRED")}


@pytest.mark.parametrize("row", [
    "| J-35 | China | - | rumoured interest, no contract |",
    "| J-35 | China | - | reported talks only |",
    "| J-35 | China | - | order expected next year |",
])
def test_a_hedged_row_of_a_fleet_table_yields_nothing(row, facts):
    text = fleet("Egyptian Air Force", "| Type | Origin | In service | Notes |", row)
    assert facts(text, "ACQUIRED", "SOLD", "OPERATES") == set()


def test_a_table_under_an_exporters_heading_names_no_buyer(facts):
    text = fleet("Russian arms exports", "| Type | Origin | In service |", "| Su-35 | Russia | 40 |")
    assert facts(text, "ACQUIRED", "OPERATES") == set()


def test_a_table_under_a_heading_with_two_owners_names_no_buyer(facts):
    text = fleet("Egypt and Algeria", "| Type | Origin | In service |", "| Rafale | France | 54 |")
    assert facts(text, "ACQUIRED", "OPERATES") == set()


# --- an article's list of operators ------------------------------------------------------

def operators(body: str) -> str:
    return "Su-25\n\nThe Su-25 is a Soviet ground-attack aircraft; the Su-25 first flew in 1975.\n\n" + body


@pytest.mark.parametrize("body", [
    "Current operators\n\n* Kazakhstan - Inherited from the Soviet Union in 1992.\n* Peru - About 18 in service.\n",
    "Operators\n\n- Kazakhstan: inherited in 1992.\n- Peru: bought from Belarus in 1998.\n",
    "Former operators\n\n* Kazakhstan - Retired in 2020.\n* Peru - Withdrawn in 2021.\n",
])
def test_each_entry_of_an_operators_list_operates_the_articles_system(body, facts):
    found = facts(operators(body), "OPERATES")
    assert {("Kazakhstan", "OPERATES", "Su-25"), ("Peru", "OPERATES", "Su-25")} <= found


def test_a_force_an_entry_names_without_saying_more_operates_too(facts):
    found = facts(operators("Current operators\n\n* North Korea - Korean People's Army Air Force.\n"), "OPERATES")
    assert {("North Korea", "OPERATES", "Su-25"), ("Korean People's Army Air Force", "OPERATES", "Su-25")} <= found


@pytest.mark.parametrize("body", [
    "Possible operators\n\n* Kazakhstan - Reported interest in 2020.\n",
    "Potential operators\n\n* Kazakhstan - Talks were held in 2019.\n",
    "Current operators\n\n* Kazakhstan - Bought 12 from Belarus in 2001; they were never operated.\n",
    "Operators\n\nKazakhstan - a prose line, not a list entry.\n",
])
def test_would_be_unflown_or_unlisted_operators_yield_nothing(body, facts):
    assert ("Kazakhstan", "OPERATES", "Su-25") not in facts(operators(body), "OPERATES")
