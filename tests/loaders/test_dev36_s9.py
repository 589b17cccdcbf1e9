"""Arms-trade documents in genres the rules had not met: an enthusiast's fleet page whose
tables sit under "In service" / "Retired" headings, notes on losses inside a table row,
hard-wrapped committee notes, an earnings call, export-control reports. Every text here is
written for these tests; none is taken from a corpus or evaluation document."""
from __future__ import annotations

import pytest

from loaders.extract import default_extractor
from loaders.readers import read_bytes
from tests.loaders.sentences import facts


def file_facts(text: str, name: str, *types: str) -> set[tuple]:
    """(source, type, target) found in ``text`` read as the file ``name`` (its suffix picks the reader)."""
    document = read_bytes(text.encode("utf-8"), f"notes/{name}")
    found = default_extractor().extract_document(document).relations
    return {(r.source, r.type, r.target) for r in found if not types or r.type in types}


# --- gazetteer: systems and a short state name the gazetteer lacked ------------------------------

def test_a_patrol_boat_class_and_a_radar_are_weapon_systems():
    found = facts("Manila took delivery of four Shaldag Mk V boats from Israel and of J/FPS-3ME radars from Japan in 2023.")
    assert ("Israel", "SOLD", "Shaldag Mk V") in found
    assert ("Japan", "SOLD", "J/FPS-3ME") in found


def test_the_emirates_is_the_united_arab_emirates():
    found = facts("The Emirates bought eighty F-16 Block 60 fighters from the United States in 2000.", "ACQUIRED")
    assert {f[0] for f in found} == {"United Arab Emirates"}


def test_the_emirates_airline_is_no_state():
    assert not facts("Emirates flew the delegation to Paris, where it bought nothing.", "ACQUIRED")


# --- a fleet table under an "In service" heading ---------------------------------------------------

FLEET = """# Ghana Air Force fleet

My count of what the Ghana Air Force has.

## {heading}

| Type | Role | Supplier | First delivered | Number |
|---|---|---|---|---|
| K-8 | jet trainer | China | 2012 | 4 |
| Mi-17 | transport helicopter | Russia | 2016 | 5 |
"""


def test_rows_under_an_in_service_heading_are_fielded():
    found = file_facts(FLEET.format(heading="In service"), "fleet.md")
    assert ("Ghana Air Force", "OPERATES", "K-8") in found
    assert ("Ghana Air Force", "OPERATES", "Mi-17") in found
    assert ("China", "SOLD", "K-8") in found


@pytest.mark.parametrize("heading", ["Retired", "On order", "Formerly in service", "Types evaluated"])
def test_rows_under_other_headings_are_not_fielded(heading):
    assert not file_facts(FLEET.format(heading=heading), "fleet.md", "OPERATES")


def test_current_fleet_heading_is_in_service():
    assert ("Ghana Air Force", "OPERATES", "K-8") in file_facts(FLEET.format(heading="Current fleet"), "fleet.md")


# --- a note on a loss does not hedge the delivery in its row ------------------------------------------

LOSS_ROW = """# Ghana Air Force fleet

| Type | Supplier | First delivered | Number | Notes |
|---|---|---|---|---|
| K-8 | China | 2012 | 4 | {note} |
"""


@pytest.mark.parametrize("note", ["one lost 2019? unconfirmed", "two crashed (reported)", "one written off, never confirmed"])
def test_a_hedged_loss_note_keeps_the_delivery(note):
    found = file_facts(LOSS_ROW.format(note=note), "fleet.md")
    assert ("China", "SOLD", "K-8") in found


@pytest.mark.parametrize("note", ["delivery unconfirmed", "rumoured, no contract", "order cancelled"])
def test_a_hedged_delivery_note_still_drops_the_row(note):
    assert not file_facts(LOSS_ROW.format(note=note), "fleet.md", "SOLD", "ACQUIRED")
