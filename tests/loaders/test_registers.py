"""Structured arms-transfer registers (CSV, JSON) become SOLD and ACQUIRED relations."""
from __future__ import annotations

import json

import pytest

from graph.model import Document
from loaders.readers import DocumentError
from loaders.registers import read_register

CSV = (
    "Supplier,Recipient,Designation,Order year,Delivery years,Number,Comments\n"
    "Russia,China,Su-35,2015,2016-2018,24,Flanker-E fighters\n"
    "\n"
    "Russian Federation,India,S-400,2018,2021; 2022,5,\"Five regiments, first in 2021\"\n"
    "China,Pakistan,Zorbas-9 drone,2020,,,\n"
)


def triples(extraction):
    return [(r.source, r.type, r.target) for r in extraction.relations]


def assert_evidence_is_the_row(extraction):
    text = extraction.document.text
    for relation in extraction.relations:
        assert len(relation.evidence) == 1
        evidence = relation.evidence[0]
        assert text[evidence.start:evidence.end] == evidence.sentence
        assert evidence.document == extraction.document.id


def test_csv_rows_become_sales_and_acquisitions():
    extraction = read_register(CSV.encode("utf-8"), "data/arms.csv")
    assert triples(extraction) == [
        ("Russia", "SOLD", "Su-35"), ("China", "ACQUIRED", "Su-35"),
        ("Russia", "SOLD", "S-400"), ("India", "ACQUIRED", "S-400"),
        ("China", "SOLD", "Zorbas-9 drone"), ("Pakistan", "ACQUIRED", "Zorbas-9 drone"),
    ]
    sold, acquired = extraction.relations[:2]
    assert sold.properties == {"to": "China", "order_year": 2015, "delivery_year": 2016, "quantity": 24, "year": 2015}
    assert acquired.properties == {"from": "Russia", "order_year": 2015, "delivery_year": 2016, "quantity": 24, "year": 2015}
    assert extraction.relations[2].properties["to"] == "India"  # an alias in the register resolves
    assert extraction.relations[2].properties["delivery_year"] == 2021


def test_csv_evidence_is_the_row_text_and_slices_the_document():
    extraction = read_register(CSV.encode("utf-8"), "data/arms.csv")
    assert_evidence_is_the_row(extraction)
    rows = [line for line in CSV.split("\n")[1:] if line]
    assert [r.evidence[0].sentence for r in extraction.relations[::2]] == rows
    assert extraction.relations[0].evidence[0].years == (2015, 2016, 2018)
    assert extraction.relations[2].evidence[0].years == (2018, 2021, 2022)


def test_register_document_identity_and_format():
    raw = CSV.encode("utf-8")
    extraction = read_register(raw, "data/arms.csv")
    assert extraction.document.id == Document.content_id(raw)
    assert extraction.document.path == "data/arms.csv"
    assert extraction.document.format == "register"


def test_header_names_are_matched_case_insensitively_and_by_synonym():
    raw = b"SELLER ,Buyer,Weapon System,Contract Year,Delivered,Quantity\nRussia,Turkey,S-400,2017,2019,4\n"
    extraction = read_register(raw, "turkey.csv")
    assert triples(extraction) == [("Russia", "SOLD", "S-400"), ("Turkey", "ACQUIRED", "S-400")]
    assert extraction.relations[0].properties == {"to": "Turkey", "order_year": 2017, "delivery_year": 2019, "quantity": 4, "year": 2017}


def test_rows_missing_a_required_cell_give_nothing_but_others_load():
    raw = b"Supplier,Recipient,Designation\nRussia,,Su-35\nRussia,Egypt,Su-35\n"
    assert triples(read_register(raw, "partial.csv")) == [("Russia", "SOLD", "Su-35"), ("Egypt", "ACQUIRED", "Su-35")]


def test_json_list_and_transfers_object_are_both_read():
    records = [{"seller": "Russia", "buyer": "Turkey", "system": "S-400", "ordered": 2017, "delivered": "2019", "quantity": 4}]
    for payload in (records, {"transfers": records}):
        extraction = read_register(json.dumps(payload).encode("utf-8"), "turkey.json")
        assert triples(extraction) == [("Russia", "SOLD", "S-400"), ("Turkey", "ACQUIRED", "S-400")]
        assert extraction.relations[0].properties == {"to": "Turkey", "order_year": 2017, "delivery_year": 2019, "quantity": 4, "year": 2017}
        assert_evidence_is_the_row(extraction)
        assert json.loads(extraction.relations[0].evidence[0].sentence) == records[0]


def test_json_lines_register():
    lines = [
        {"supplier": "Russia", "recipient": "Algeria", "designation": "Su-30MKA", "order year": 2006},
        {"supplier": "Russia", "recipient": "Vietnam", "designation": "Kilo-class submarine", "order year": 2009},
    ]
    raw = "\n".join(json.dumps(line) for line in lines).encode("utf-8")
    extraction = read_register(raw, "transfers.jsonl")
    assert [t for t in triples(extraction) if t[1] == "ACQUIRED"] == [("Algeria", "ACQUIRED", "Su-30MKA"), ("Vietnam", "ACQUIRED", "Kilo-class submarine")]
    assert_evidence_is_the_row(extraction)


def test_unknown_designation_becomes_a_discovered_entity():
    extraction = read_register(CSV.encode("utf-8"), "data/arms.csv")
    entities = {entity.name: entity for entity in extraction.entities}
    drone = entities["Zorbas-9 drone"]
    assert drone.label == "WeaponSystem" and drone.discovered and drone.confidence < 1
    assert not entities["Su-35"].discovered and entities["Su-35"].confidence == 1.0
    assert "Flanker-E" in entities["Su-35"].aliases
    assert entities["Russia"].mentions == 2
    sale = next(r for r in extraction.relations if r.target == "Zorbas-9 drone")
    assert sale.confidence < 1


@pytest.mark.parametrize(
    "raw, path, missing",
    [
        (b"Vendor,Client,Thing\nRussia,China,Su-35\n", "a.csv", ["supplier", "recipient", "designation"]),
        (b"Supplier,Buyer,Year\nRussia,China,2015\n", "b.csv", ["designation"]),
        (b'[{"supplier": "Russia"}]', "c.json", ["recipient", "designation"]),
    ],
)
def test_missing_columns_are_refused_naming_them(raw, path, missing):
    with pytest.raises(DocumentError) as error:
        read_register(raw, path)
    message = str(error.value)
    for role in missing:
        assert role in message
    assert "\n" not in message


@pytest.mark.parametrize(
    "raw, path, problem",
    [
        (b"Supplier,Recipient,Designation\n", "empty.csv", "no rows"),
        (b"", "nothing.csv", "header"),
        (b"{not json", "broken.json", "invalid JSON"),
        (b'{"sales": []}', "wrong.json", "list of objects"),
        (b"[1, 2, 3]", "numbers.json", "list of objects"),
    ],
)
def test_malformed_registers_are_refused_in_one_line(raw, path, problem):
    with pytest.raises(DocumentError, match=problem):
        read_register(raw, path)


def test_quoted_cell_with_a_line_break_keeps_later_evidence_on_its_row():
    raw = (
        b"Supplier,Recipient,Designation,Notes\n"
        b'Russia,India,S-400,"Five regiments;\nthe first in 2021"\n'
        b"Russia,Turkey,S-400,Two batteries\n"
    )
    extraction = read_register(raw, "notes.csv")
    assert_evidence_is_the_row(extraction)
    turkey = next(r for r in extraction.relations if r.properties.get("to") == "Turkey")
    assert turkey.evidence[0].sentence == "Russia,Turkey,S-400,Two batteries"


def test_relations_the_schema_forbids_are_dropped_as_text_extraction_drops_them():
    raw = (
        b"Supplier,Recipient,Designation\n"
        b"Rosoboronexport,Egypt,Su-35\n"  # an organization may sell ...
        b"Russia,European Union,S-400\n"  # ... but not buy: no ACQUIRED for the EU
    )
    extraction = read_register(raw, "orgs.csv")
    assert triples(extraction) == [
        ("Rosoboronexport", "SOLD", "Su-35"), ("Egypt", "ACQUIRED", "Su-35"), ("Russia", "SOLD", "S-400"),
    ]
    assert extraction.relations[0].source_label == "Organization"
    assert extraction.relations[2].properties["to"] == "European Union"
