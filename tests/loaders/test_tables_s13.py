"""Tables and enumerations: pieces kept only where they held up on evaluation sets nobody read
while writing them (seeds/eval/TRANSFER.md, "Tables and enumerations"). Each positive has
negated, hedged or planned twins that must give nothing. Every text here is written for these
tests; none is taken from a corpus or evaluation document."""
from __future__ import annotations

import pytest

from loaders.extract import default_extractor
from loaders.readers import fixed_width_tables, read_bytes

TRANSFER_TYPES = ("SOLD", "ACQUIRED")


def plain_text_facts(text: str, *types: str) -> set[tuple]:
    """(source, type, target) found in ``text`` read as a plain-text file would be."""
    found = default_extractor().extract_document(read_bytes(text.encode("utf-8"), "return.txt")).relations
    return {(r.source, r.type, r.target) for r in found if not types or r.type in types}


# --- plain-text tables aligned by spaces under a dash rule ----------------------------------------

def test_a_space_aligned_table_becomes_rows_of_cells_and_wrapped_cells_are_joined():
    text = (
        "Recipient        Units   Equipment\n"
        "---------------  ------  --------------------------\n"
        "Chile                 8  F-16 fighters, ex-Dutch\n"
        "                         stocks, second batch\n"
        "Peru                  -  Nil\n"
        "\n"
        "Notes follow.\n"
    )
    assert fixed_width_tables(text).split("\n")[:3] == [
        "Recipient | Units | Equipment",
        "Chile | 8 | F-16 fighters, ex-Dutch stocks, second batch",
        "Peru | - | Nil",
    ]


def test_a_single_rule_with_no_columns_is_no_table():
    text = "Annual figures\n--------------\nThe navy bought two frigates.\n"
    assert fixed_width_tables(text) == text


REGISTER_RETURN = """ARMS TRANSFER RETURN
Return submitted by the Kingdom of Sweden
Calendar year 2021

==========================================================
SECTION 1. EXPORTS
==========================================================
Cat.  Importing State      Qty  Items and remarks
----  -------------------  ---  ---------------------------
III   Brazil                 4  Gripen E fighters from the
                                first production batch
IV    Thailand               -  Nil
{extra_row}
SECTION 2. IMPORTS
==========================================================
Cat.  State of origin      Qty  Items and remarks
----  -------------------  ---  ---------------------------
I-VII -                      -  Nil
"""


def test_the_rows_of_an_exports_form_are_sales_by_the_state_whose_return_it_is():
    found = plain_text_facts(REGISTER_RETURN.format(extra_row=""), *TRANSFER_TYPES)
    assert {("Sweden", "SOLD", "Gripen E"), ("Brazil", "ACQUIRED", "Gripen E")} <= found
    # "Nil" rows name no system, and the imports form's rows are no sales of the reporter's
    assert not {f for f in found if "Nil" in f or f[0] == "Thailand"}


@pytest.mark.parametrize("extra_row", [
    "II    Colombia               -  Gripen C, offer declined,\n                                no contract",
    "II    Colombia               6  Gripen C (planned, not yet\n                                delivered)",
])
def test_a_register_row_with_a_refusal_or_a_plan_gives_nothing(extra_row):
    found = plain_text_facts(REGISTER_RETURN.format(extra_row=extra_row), *TRANSFER_TYPES)
    assert not {f for f in found if "Colombia" in f}
    assert ("Brazil", "ACQUIRED", "Gripen E") in found


def test_a_heading_of_exports_under_a_heading_naming_no_state_names_no_seller():
    text = (
        "ANNUAL SUMMARY\n\nEXPORTS\n\n"
        "Cat.  Importing State      Qty  Items\n"
        "----  -------------------  ---  ------------\n"
        "III   Brazil                 4  Gripen E\n"
    )
    found = plain_text_facts(text, *TRANSFER_TYPES)
    assert ("Brazil", "ACQUIRED", "Gripen E") in found
    assert not {f for f in found if f[1] == "SOLD"}


# --- a table of groupings: "| Group | Members |" ---------------------------------------------------

def markdown_facts(text: str, *types: str) -> set[tuple]:
    found = default_extractor().extract_document(read_bytes(text.encode("utf-8"), "page.md")).relations
    return {(r.source, r.type, r.target) for r in found if not types or r.type in types}


@pytest.mark.xfail(strict=True, reason="a grouping column headed Group/Bloc/Coalition, and a body the gazetteer lacks, are not read: "
                   "tried in session 13 (piece B), no effect on FIT or CHECK, dropped")
def test_a_grouping_column_names_the_body_each_row_s_states_belong_to():
    text = (
        "# Council reform: the camps\n\n| Group | Members | Stance |\n|---|---|---|\n"
        "| Coffee Club | Canada, Denmark, Norway | coastal states first |\n"
    )
    assert ("Canada", "MEMBER_OF", "Coffee Club") in markdown_facts(text, "MEMBER_OF")


# --- a profile's list entry naming the profiled state's fellow founders ---------------------------

def test_a_founding_member_entry_with_other_founders_makes_them_members_too():
    text = (
        "# Tajikistan: a profile\n\n## Memberships\n\n"
        "- Collective Security Treaty Organization – founding member (1992), with Russia, Armenia and Kazakhstan. Uzbekistan left in 2012.\n"
        "- Shanghai Cooperation Organisation - founder, alongside China and Kyrgyzstan\n"
    )
    found = markdown_facts(text, "MEMBER_OF")
    assert {("Tajikistan", "MEMBER_OF", "Collective Security Treaty Organization"), ("Russia", "MEMBER_OF", "Collective Security Treaty Organization"),
            ("Kazakhstan", "MEMBER_OF", "Collective Security Treaty Organization"), ("China", "MEMBER_OF", "Shanghai Cooperation Organisation"),
            ("Kyrgyzstan", "MEMBER_OF", "Shanghai Cooperation Organisation")} <= found
    assert ("Uzbekistan", "MEMBER_OF", "Collective Security Treaty Organization") not in found


@pytest.mark.parametrize("entry", [
    "- Organization of Islamic Cooperation – observer, with Russia and Thailand\n",
    "- Organization of Islamic Cooperation – not a member, unlike Kazakhstan and Uzbekistan\n",
    "- Organization of Islamic Cooperation – may seek membership, with Kyrgyzstan\n",
])
def test_an_entry_of_a_lower_tier_or_a_hope_names_no_members(entry):
    text = "# Tajikistan: a profile\n\n## Memberships\n\n" + entry
    assert not markdown_facts(text, "MEMBER_OF")


# --- a counted group, then a colon or dash and the enumeration naming it -----------------------------

def text_facts(text: str, *types: str) -> set[tuple]:
    found = default_extractor().extract_text(text).relations
    return {(r.source, r.type, r.target) for r in found if not types or r.type in types}


@pytest.mark.xfail(strict=True, reason="a counted group named after a colon or dash is not read as the verb's argument: tried in "
                   "session 13 (piece E, blanking the group so the enumeration stands in its place), no effect on FIT or CHECK, dropped")
@pytest.mark.parametrize("text", [
    "Last year Paris sold the Rafale to two buyers: Egypt and Qatar.",
    "Dassault's order book grew when France sold the Rafale to two more customers - Egypt and Qatar.",
])
def test_a_counted_group_of_buyers_named_after_a_colon_or_dash_are_the_buyers(text):
    assert {("Egypt", "ACQUIRED", "Rafale"), ("Qatar", "ACQUIRED", "Rafale")} <= text_facts(text, *TRANSFER_TYPES)


@pytest.mark.parametrize("text", [
    "France has not sold the Rafale to two buyers: Egypt and Qatar.",
    "France may sell the Rafale to two buyers: Egypt and Qatar.",
    "France hopes to sell the Rafale to two more buyers: Egypt and Qatar.",
    "Reports that France sold the Rafale to two buyers - Egypt and Qatar - were denied.",
])
def test_a_counted_group_under_negation_or_hedging_gives_nothing(text):
    assert not {f for f in text_facts(text, *TRANSFER_TYPES) if f[0] in ("Egypt", "Qatar")}


def test_a_colon_after_a_group_with_no_count_is_left_alone():
    # "to its buyers:" names no count: the words after the colon are the sentence's own
    text = "France explained its offer to its buyers: Egypt wants more jets."
    assert not text_facts(text, *TRANSFER_TYPES)
