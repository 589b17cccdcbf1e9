"""Facts from table rows: column roles from the header, missing roles from the headings."""
from __future__ import annotations

from loaders.extract import extract_text

CUSTOMERS = (
    "Chinese armed drone exports: customer table\n\n"
    "| Customer | System | Maker | Ordered | Delivered | Status |\n"
    "|---|---|---|---|---|---|\n"
    "| Egypt | Wing Loong II | AVIC | 2018 | 2019 | Delivered |\n"
    "| Iraq | CH-4 | CASC | 2014 | 2015 | Delivered |\n"
    "| Myanmar | CH-4 | CASC | — | — | Reported, unconfirmed |\n"
    "| Turkey | — | — | — | — | Not a customer; builds its own |\n"
)


def triples(text: str) -> set[tuple[str, str, str]]:
    return {(r.source, r.type, r.target) for r in extract_text(text).relations}


def test_a_customer_table_under_an_exports_title_names_the_exporter():
    found = triples(CUSTOMERS)
    assert {("China", "SOLD", "Wing Loong II"), ("Egypt", "ACQUIRED", "Wing Loong II"), ("China", "SOLD", "CH-4"), ("Iraq", "ACQUIRED", "CH-4")} <= found


def test_a_maker_column_gives_who_produced_the_system():
    found = triples(CUSTOMERS)
    assert ("Aviation Industry Corporation of China", "PRODUCED", "Wing Loong II") in found
    assert ("China Aerospace Science and Technology Corporation", "PRODUCED", "CH-4") in found


def test_dash_cells_and_unconfirmed_rows_say_nothing():
    found = triples(CUSTOMERS)
    assert not {t for t in found if t[0] in ("Myanmar", "Turkey") or t[2] == "—"}


def test_without_an_exports_title_no_seller_is_guessed():
    table = CUSTOMERS.replace("Chinese armed drone exports: customer table", "Chinese drones abroad: customer table")
    assert not {t for t in triples(table) if t[1] == "SOLD"}
