"""Texts by a new author in genres the rules had not met (dev41): a blog's fleet table whose
rows each name their own country under a heading about one of them, memberships worded without
"member", exercise prose. Every text here is written for these tests; none is taken from a
corpus or evaluation document."""
from __future__ import annotations

import pytest

from loaders.extract import default_extractor
from loaders.readers import read_bytes


def file_facts(text: str, name: str, *types: str) -> set[tuple]:
    """(source, type, target) found in ``text`` read as the file ``name`` (its suffix picks the reader)."""
    document = read_bytes(text.encode("utf-8"), f"notes/{name}")
    found = default_extractor().extract_document(document).relations
    return {(r.source, r.type, r.target) for r in found if not types or r.type in types}


# --- a "| Country | Fighter | Supplier | Status |" table under a heading about one state ------------

FLEET_PAGE = """# Why Chile kept its F-16s

Santiago looked at other jets before it stayed with the type. The neighbours chose differently.

| Country | Jet | Supplier | Status |
|---|---|---|---|
| Chile | F-16 | Netherlands | In service |
| Peru | MiG-29 | Russia | {status} |
"""


def test_each_row_is_its_own_country_not_the_headings():
    found = file_facts(FLEET_PAGE.format(status="In service"), "fleet.md", "ACQUIRED", "OPERATES", "SOLD")
    assert ("Peru", "ACQUIRED", "MiG-29") in found
    assert ("Peru", "OPERATES", "MiG-29") in found
    assert ("Russia", "SOLD", "MiG-29") in found
    assert ("Chile", "ACQUIRED", "MiG-29") not in found
    assert ("Chile", "OPERATES", "MiG-29") not in found


def test_a_delivered_row_is_a_sale_to_its_own_country_without_service():
    found = file_facts(FLEET_PAGE.format(status="Delivered"), "fleet.md", "ACQUIRED", "OPERATES")
    assert ("Peru", "ACQUIRED", "MiG-29") in found
    assert ("Peru", "OPERATES", "MiG-29") not in found
    assert not {fact for fact in found if fact[0] == "Chile" and fact[2] == "MiG-29"}


@pytest.mark.parametrize("status", ["Rumoured, unconfirmed", "Planned", "Under negotiation", "Denied"])
def test_a_hedged_row_gives_nobody_the_jet(status):
    found = file_facts(FLEET_PAGE.format(status=status), "fleet.md", "ACQUIRED", "OPERATES", "SOLD")
    assert not {fact for fact in found if fact[2] == "MiG-29"}


# --- memberships stated as what the body is, without "member" --------------------------------------

@pytest.mark.parametrize("sentence", [
    "Manila is not a member of AUKUS, which remains a partnership of Australia, the United Kingdom and the United States.",
    "AUKUS is a trilateral security pact between Australia, Britain and the United States.",
    "Canberra's envoy said Australia, the United Kingdom and the United States are the three AUKUS partners.",
])
def test_a_grouping_of_states_makes_each_a_member(sentence):
    found = file_facts(sentence, "note.txt", "MEMBER_OF")
    assert {("Australia", "MEMBER_OF", "AUKUS"), ("United Kingdom", "MEMBER_OF", "AUKUS"), ("United States", "MEMBER_OF", "AUKUS")} <= found
    assert ("Philippines", "MEMBER_OF", "AUKUS") not in found


@pytest.mark.parametrize("sentence", [
    "AUKUS will be a partnership of Australia, the United Kingdom and the United States.",
    "AUKUS is not a partnership of Australia and Japan.",
    "Some argue that AUKUS could become an alliance of Australia, Japan and the United States.",
    "AUKUS is reportedly a partnership of Australia, the United Kingdom and Japan.",
    "France and Germany are not the two AUKUS partners.",
    "Japan and South Korea may be the two newest AUKUS partners.",
])
def test_a_planned_denied_or_hedged_grouping_gives_no_member(sentence):
    assert not file_facts(sentence, "note.txt", "MEMBER_OF")


# --- where an exercise's activities were held, told in the sentence after its name ------------------

EXERCISE_THEN_PLACES = "Cobra Gold 2024 was co-hosted by Thailand and the United States. {places}"


@pytest.mark.parametrize("places", [
    "Activities were held in Thailand and, for the first time, in Malaysia.",
    "Live-fire serials took place in Thailand and Malaysia.",
])
def test_activities_held_after_the_exercise_place_it(places):
    found = file_facts(EXERCISE_THEN_PLACES.format(places=places), "report.txt", "HELD_IN")
    assert found == {("Cobra Gold", "HELD_IN", "Thailand"), ("Cobra Gold", "HELD_IN", "Malaysia")}


@pytest.mark.parametrize("places", [
    "Activities were not held in Malaysia.",
    "Activities will be held in Malaysia next year.",
    "Activities may have been held in Malaysia as well.",
])
def test_activities_not_held_or_planned_place_nothing(places):
    assert not file_facts(EXERCISE_THEN_PLACES.format(places=places), "report.txt", "HELD_IN")


# --- a standing order: "has ... on order" ------------------------------------------------------------

@pytest.mark.parametrize("sentence, buyer", [
    ("Thailand bought VT-4 tanks from China and has a Yuan-class submarine on order.", "Thailand"),
    ("Bangkok now has two Yuan-class submarines on order.", "Thailand"),
    ("The Royal Thai Navy has three more Yuan-class submarines on order from China.", "Royal Thai Navy"),
])
def test_a_standing_order_is_an_acquisition(sentence, buyer):
    assert (buyer, "ACQUIRED", "Type 039A submarine") in file_facts(sentence, "note.txt", "ACQUIRED")


@pytest.mark.parametrize("sentence", [
    "Thailand no longer has a Yuan-class submarine on order.",
    "Thailand does not have a Yuan-class submarine on order.",
    "Thailand may have a Yuan-class submarine on order.",
    "Thailand hopes to have a Yuan-class submarine on order by 2027.",
])
def test_a_denied_hedged_or_hoped_for_order_is_no_acquisition(sentence):
    assert not file_facts(sentence, "note.txt", "ACQUIRED", "SOLD")


# --- crews that flew or sailed at a named exercise took part in it -----------------------------------

@pytest.mark.parametrize("sentence, taking_part", [
    ("Jakarta ordered Rafales in 2022, and Indonesian F-16s flew alongside Australian and US jets at Pitch Black 2024.",
     {"Indonesia", "Australia", "United States"}),
    ("Japanese destroyers sailed with the Indian Navy at Malabar 2024.", {"Japan", "Indian Navy"}),
])
def test_crews_flying_at_an_exercise_take_part(sentence, taking_part):
    found = {source for source, _, _ in file_facts(sentence, "note.txt", "PARTICIPATED_IN")}
    assert found == taking_part


@pytest.mark.parametrize("sentence", [
    "Indonesian F-16s did not fly at Pitch Black 2024.",
    "Indonesian F-16s were expected to fly alongside Australian jets at Pitch Black 2026.",
    "Indonesian F-16s never flew alongside Australian jets at Pitch Black 2024.",
    "Indonesian F-16s may have flown alongside Australian jets at Pitch Black 2024.",
])
def test_crews_not_or_perhaps_flying_take_no_part(sentence):
    assert not file_facts(sentence, "note.txt", "PARTICIPATED_IN")


# --- "in the north of A, B and C": each state of the list is where, none a party --------------------

def test_a_territory_of_several_states_places_the_exercise_in_each():
    found = file_facts("Nordic Response 2024 was held in the north of Norway, Sweden and Finland.", "note.txt")
    assert {("Nordic Response", "HELD_IN", state) for state in ("Norway", "Sweden", "Finland")} <= found
    assert not {fact for fact in found if fact[1] == "PARTICIPATED_IN"}


def test_states_after_a_territory_that_open_a_clause_are_parties():
    found = file_facts("Vostok-2022 was held in the east of Russia, and China and India took part.", "note.txt")
    assert ("Vostok-2022", "HELD_IN", "Russia") in found
    assert ("China", "PARTICIPATED_IN", "Vostok-2022") in found
    assert ("Vostok-2022", "HELD_IN", "China") not in found


def test_a_planned_edition_in_a_territory_places_nothing():
    assert not file_facts("Nordic Response 2026 will be held in the north of Norway, Sweden and Finland.", "note.txt", "HELD_IN")


def test_a_partnership_the_body_is_ties_no_outsider_to_its_members():
    sentence = "Manila is not a member of AUKUS, which remains a partnership of Australia, the United Kingdom and the United States."
    assert not file_facts(sentence, "note.txt", "PARTNERS_WITH")


# --- a weapon used in numbers or in combat is fielded --------------------------------------------------

@pytest.mark.parametrize("sentence, user, system", [
    ("Russia's forces have used the Shahed-136, which Iran designed, in large numbers since 2022.", "Russia", "Shahed-136"),
    ("The Ukrainian army has used the Bayraktar TB2 in combat.", "Ukrainian Ground Forces", "Bayraktar TB2"),
])
def test_a_weapon_used_in_numbers_or_in_combat_is_operated(sentence, user, system):
    assert (user, "OPERATES", system) in file_facts(sentence, "note.txt", "OPERATES")


@pytest.mark.parametrize("sentence", [
    "Russia has not used the Shahed-136 in large numbers.",
    "Russia may have used the Shahed-136 in combat.",
    "Russia would have used the Shahed-136 in combat if it had any.",
])
def test_a_weapon_not_or_perhaps_used_is_not_operated(sentence):
    assert not file_facts(sentence, "note.txt", "OPERATES")


# --- a myths-and-facts brief: the myth, labelled as one, states nothing ------------------------------

@pytest.mark.parametrize("line", [
    "## Myth 1: China is now an Arctic Council member.",
    "**Myth:** Russian and Chinese bombers patrol the Arctic together.",
    "Misconception 3 - Turkey bought Su-57 fighters from Russia.",
])
def test_a_labelled_myth_gives_nothing(line):
    assert not file_facts(f"# Arctic myths\n\n{line}\n", "brief.md", "MEMBER_OF", "PATROLLED", "ACQUIRED", "SOLD")


def test_the_fact_after_a_myth_still_counts():
    text = "# Arctic myths\n\n## Myth 1: Finland stayed out of NATO.\n\n**Fact:** Finland joined NATO in April 2023.\n"
    assert ("Finland", "MEMBER_OF", "North Atlantic Treaty Organization") in file_facts(text, "brief.md", "MEMBER_OF")


# --- left as they are ---------------------------------------------------------------------------------

@pytest.mark.xfail(strict=True, reason="a transfer noun governed by 'sanctions on X over' takes the sanctioner as its seller; "
                   "the sanctioned state is the seller, and a system named later in 'supply chain' is no transfer")
def test_sanctions_over_a_transfer_make_the_sanctioner_no_seller():
    sentence = ("The European Union imposed sanctions on Iran over the transfer of drones to Russia, following earlier "
                "rounds targeting the Shahed-136 supply chain.")
    found = file_facts(sentence, "note.txt", "SOLD", "ACQUIRED")
    assert ("European Union", "SOLD", "Shahed-136") not in found and ("Russia", "ACQUIRED", "Shahed-136") not in found


@pytest.mark.xfail(strict=True, reason="'Both took part' after 'Finland became the 31st member ... and Sweden the 32nd' "
                   "does not resolve 'Both': the gapped second clause leaves no remembered pair")
def test_both_after_a_gapped_pair_takes_part():
    text = ("Finland became the 31st member of NATO in April 2023 and Sweden the 32nd in March 2024. "
            "Both took part in Nordic Response 2024, which Norway hosted.")
    found = file_facts(text, "note.txt", "PARTICIPATED_IN")
    assert {("Finland", "PARTICIPATED_IN", "Nordic Response"), ("Sweden", "PARTICIPATED_IN", "Nordic Response")} <= found
