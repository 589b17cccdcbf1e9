"""Fleet lists, inventories and country profiles of regional militaries (session 8, dev21's
causes). Every sentence and table here is written for these tests; none is taken from a corpus
or evaluation document."""
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


# --- fleet-list tables: "| Class | Type | ... |" and a column of services ------------------------

def fleet_list(heading: str, header: str, *rows: str) -> str:
    rule = "|" + "---|" * (header.count("|") - 1)
    return "\n".join([f"# {heading}", "", "Ships listed by class, as of this year.", "", header, rule, *rows, ""])


def test_a_ship_class_column_is_the_system_and_the_type_column_only_its_kind(facts):
    text = fleet_list(
        "Royal Thai Navy - ships and submarines",
        "| Class | Type | Hulls | Acquired from | Entered service |",
        "| Type 209 | Submarine | 1 | Germany | 2011 |",
    )
    found = facts(text, "ACQUIRED", "SOLD", "OPERATES")
    assert {("Royal Thai Navy", "OPERATES", "Type 209 submarine"), ("Royal Thai Navy", "ACQUIRED", "Type 209 submarine"),
            ("Germany", "SOLD", "Type 209 submarine")} <= found
    assert not {f for f in found if f[2] == "Submarine"}


def test_a_class_with_no_date_of_entry_was_bought_but_is_not_in_service(facts):
    text = fleet_list(
        "Royal Thai Navy - ships and submarines",
        "| Class | Type | Hulls | Acquired from | Entered service |",
        "| Type 209 | Submarine | 1 | Germany | - |",
    )
    found = facts(text, "ACQUIRED", "OPERATES")
    assert ("Royal Thai Navy", "ACQUIRED", "Type 209 submarine") in found
    assert ("Royal Thai Navy", "OPERATES", "Type 209 submarine") not in found


@pytest.mark.parametrize("row", [
    "| Type 209 | Submarine | 1 | Germany | offered in 2019, no contract |",
    "| Type 209 | Submarine | 1 | Germany | shelved |",
])
def test_a_hedged_row_of_a_fleet_list_yields_nothing(row, facts):
    text = fleet_list("Royal Thai Navy - ships and submarines", "| Class | Type | Hulls | Acquired from | Entered service |", row)
    assert facts(text, "ACQUIRED", "SOLD", "OPERATES") == set()


def test_a_column_of_navies_names_each_rows_owner_not_the_heading_above(facts):
    text = "\n".join([
        "# Submarine arms of the region", "",
        "## Thailand", "", "Bangkok still waits for its first boat.", "",
        "## Summary", "",
        "| Navy | Boats in service | Classes |", "|---|---|---|",
        "| Myanmar Navy | 2 | Kilo-class |",
        "| Royal Malaysian Navy | 2 | Scorpène |",
        "| Royal Thai Navy | none yet | - |", "",
    ])
    found = facts(text, "ACQUIRED", "SOLD", "OPERATES")
    assert {("Myanmar Navy", "OPERATES", "Kilo-class submarine"), ("Royal Malaysian Navy", "OPERATES", "Scorpène-class submarine")} <= found
    assert not {f for f in found if f[0] in ("Thailand", "Royal Thai Navy")}
    # an inventory says who fields a class, not who bought it
    assert not {f for f in found if f[1] == "ACQUIRED"}
