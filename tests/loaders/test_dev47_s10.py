"""What a new author's set (dev47: arms registers, budget notes, analysts' notes, census tables,
a transfer announcement and a country entry) showed the rules missing: services named by a
pair of demonyms the gazetteer has no such service for, and orders placed by signing a letter
of acceptance. Every sentence here is written for these tests; none is taken from a corpus or
evaluation document."""
from __future__ import annotations

import pytest

from loaders.extract import extract_path
from tests.loaders.sentences import facts


# --- "the Portuguese and Hungarian air forces": services the gazetteer does not list ----------------

@pytest.mark.parametrize("text, forces", [
    ("Embraer delivered the first C-390 to Lisbon in 2023, and the Portuguese and Hungarian air forces both fly the "
     "type today.", {("Portuguese Air Force", "Portugal"), ("Hungarian Air Force", "Hungary")}),
    ("The Chilean and Peruvian navies operate Type 209 submarines built in Germany.",
     {("Chilean Navy", "Chile"), ("Peruvian Navy", "Peru")}),
    ("By 2015 the Slovak and Hungarian air forces were flying the Gripen.",
     {("Slovak Air Force", "Slovakia"), ("Hungarian Air Force", "Hungary")}),
])
def test_demonyms_before_a_plural_service_name_each_states_service(text, forces):
    found = facts(text, "OPERATES", "ARMED_FORCE_OF")
    for force, state in forces:
        assert (force, "ARMED_FORCE_OF", state) in found
        assert any(s == force and t == "OPERATES" for s, t, _ in found)
    assert not any(s in {state for _, state in forces} and t == "OPERATES" for s, t, _ in found)


@pytest.mark.parametrize("text", [
    "The Portuguese and Hungarian air forces do not operate the C-390 yet.",
    "The Portuguese and Hungarian air forces may operate the C-390 one day.",
    "The Portuguese and Hungarian air forces plan to operate the C-390 from 2027.",
])
def test_demonym_services_that_do_not_or_may_operate_give_no_operator(text):
    assert not facts(text, "OPERATES")


# --- orders placed by signing a letter of acceptance -------------------------------------------------

@pytest.mark.parametrize("text, buyer, system", [
    ("Bucharest signed a letter of acceptance for 32 F-35A fighters in November 2024.", "Romania", "F-35"),
    ("In 2024 Greece signed the letter of offer and acceptance (LOA) for twenty F-35s.", "Greece", "F-35"),
    ("Poland signed an LOA for 96 AH-64E helicopters last year.", "Poland", "AH-64E"),
])
def test_signing_a_letter_of_acceptance_for_a_system_is_an_order(text, buyer, system):
    assert (buyer, "ACQUIRED", system) in facts(text, "ACQUIRED")


@pytest.mark.parametrize("text", [
    "Romania has not signed a letter of acceptance for the F-35.",
    "Romania is expected to sign a letter of acceptance for 32 F-35A fighters next year.",
    "Romania may sign a letter of acceptance for 32 F-35As once parliament agrees.",
    "If Bucharest signs a letter of acceptance for the F-35, deliveries could start in 2032.",
])
def test_an_unsigned_or_future_letter_of_acceptance_gives_nothing(text):
    assert not facts(text, "ACQUIRED", "SOLD")


# --- "the Government" of an official text as the buyer ------------------------------------------------

@pytest.mark.parametrize("text, buyer, seller, system", [
    ("Report of Chile\n\nNo aircraft were imported by Chile in 2024. In May 2025 the Government ordered two C-390 "
     "transports from Embraer.", "Chile", "Embraer", "C-390"),
    ("Budget note\n\nThe note covers Canada's maritime patrol fleet. The Government has since bought fourteen P-8A "
     "Poseidon aircraft from the United States.", "Canada", "United States", "P-8 Poseidon"),
    ("National submission\n\nImports into Estonia were small. The Government signed a contract with Hanwha "
     "Aerospace for twelve K9 howitzers in 2022.", "Estonia", None, "K9 Thunder"),
])
def test_the_government_of_an_official_text_buys_for_the_one_state_in_view(text, buyer, seller, system):
    found = facts(text, "ACQUIRED", "SOLD")
    assert (buyer, "ACQUIRED", system) in found
    if seller:
        assert (seller, "SOLD", system) in found


@pytest.mark.parametrize("text", [
    "Report of Chile\n\nChile's air force is small. The Government has not ordered the C-390.",
    "Report of Chile\n\nChile's air force is small. The Government may order two C-390 transports from Embraer.",
    "Report of Chile\n\nChile's air force is small. The Government plans to buy two C-390 transports from Embraer.",
])
def test_the_government_that_has_not_or_may_buy_gives_nothing(text):
    assert not facts(text, "ACQUIRED", "SOLD")


def test_the_government_after_two_states_is_neither():
    found = facts("Note\n\nPeru and Chile both looked at the C-390. The Government ordered two from Embraer in 2025.", "ACQUIRED")
    assert not any(source in {"Peru", "Chile"} for source, _, _ in found)


# --- census tables: a role after an unlisted designation, a supplier cell that names no seller ------------

@pytest.fixture
def markdown_facts(tmp_path):
    """(source, type, target) of the relations found in a Markdown document, of ``types`` if given."""
    def read(text: str, *types: str) -> set[tuple]:
        path = tmp_path / "census.md"
        path.write_text(text, encoding="utf-8")
        return {(r.source, r.type, r.target) for r in extract_path(path).relations if not types or r.type in types}
    return read


CENSUS = """# Royal Thai Air Force: equipment census 2025

*Figures at 30 June 2025, from the budget annex.*

## Fixed-wing aircraft

| Type | Role | Supplier | In service | First delivered |
|---|---|---|---|---|
{row}
"""


@pytest.mark.parametrize("row, system", [
    ("| SAAB-340 AEW | airborne early warning | Sweden | 2 | 2011 |", "SAAB-340"),
    ("| CN-235 MPA | maritime patrol | Indonesia | 3 | 2019 |", "CN-235"),
])
def test_a_role_written_after_an_unlisted_designation_is_not_part_of_its_name(markdown_facts, row, system):
    found = markdown_facts(CENSUS.format(row=row), "ACQUIRED", "OPERATES", "SOLD")
    assert ("Royal Thai Air Force", "OPERATES", system) in found
    assert ("Royal Thai Air Force", "ACQUIRED", system) in found
    assert not any(target.endswith(("AEW", "MPA")) for _, _, target in found)


@pytest.mark.parametrize("row", [
    "| F-5TH | fighter | upgraded locally | 14 | 2002 |",
    "| AU-23 | light attack | domestic conversion | 6 | 1980 |",
])
def test_a_supplier_cell_that_names_no_seller_gives_no_purchase(markdown_facts, row):
    found = markdown_facts(CENSUS.format(row=row), "ACQUIRED", "OPERATES", "SOLD")
    assert not any(kind in ("ACQUIRED", "SOLD") for _, kind, _ in found)
    assert any(kind == "OPERATES" for _, kind, _ in found)


def test_a_supplier_cell_that_names_a_state_is_still_a_purchase(markdown_facts):
    found = markdown_facts(CENSUS.format(row="| AU-23 | light attack | United States | 6 | 1980 |"), "ACQUIRED", "SOLD")
    assert ("Royal Thai Air Force", "ACQUIRED", "AU-23") in found
    assert ("United States", "SOLD", "AU-23") in found
