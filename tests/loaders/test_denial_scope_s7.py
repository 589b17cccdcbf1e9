"""A party's denial in the next sentence withdraws what it answers, and no more.

"X rejected the charge" answers the charge the sentence before laid ("accused X of ...",
"said that ..."); what that sentence told in its own clause, and the accusing itself, stay.
A denial of the whole ("denies it") or of a sentence that lays no charge still withdraws it.
"""

from __future__ import annotations

import pytest

from tests.loaders.sentences import facts

# --- what a denial of "the charge" leaves standing ------------------------------------------


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "Algeria bought Su-30MKA fighters from Russia in 2006, and Morocco accused Algiers of an arms race. "
            "Algiers rejected the charge.",
            {("Algeria", "ACQUIRED", "Su-30MKA"), ("Russia", "SOLD", "Su-30MKA"), ("Morocco", "OPPOSES", "Algeria")},
        ),
        (
            "Serbia bought Pantsir systems from Russia in 2019 after Washington accused Belgrade of planning to buy the S-400. "
            "Belgrade has rejected the charge.",
            {("Serbia", "ACQUIRED", "Pantsir-S1"), ("Russia", "SOLD", "Pantsir-S1"), ("United States", "OPPOSES", "Serbia")},
        ),
        (
            "Russia transferred engine technology to India in 2001, and Pakistan later accused New Delhi of sharing it with Tehran. "
            "India rejected the allegations.",
            {("Russia", "TRANSFERRED_TECHNOLOGY_TO", "India"), ("Pakistan", "OPPOSES", "India")},
        ),
    ],
)
def test_a_denied_charge_leaves_the_main_clause_and_the_accusing(text, kept):
    assert kept <= facts(text)


def test_a_denied_charge_leaves_the_main_clause_but_takes_the_charge():
    text = (
        "Iran bought Su-35 jets from Russia in 2023, and Israeli officials said that Belarus sold S-300 batteries to Iran. "
        "Minsk rejected the charge."
    )
    found = facts(text, "SOLD", "ACQUIRED")
    assert {("Iran", "ACQUIRED", "Su-35"), ("Russia", "SOLD", "Su-35")} <= found
    assert not {f for f in found if f[2] == "S-300"}


# --- what a denial still withdraws -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # the charge is the whole sentence before
        "Belarus sold S-300 batteries to Iran in 2021. Minsk rejected the charge.",
        "Belarus sold S-300 batteries to Iran in 2021. Minsk rejected the allegations.",
        "Belarus sold S-300 batteries to Iran in 2021. Minsk denies it.",
        # the charge laid as a clause of its own
        "Kyiv charged that Belarus sold S-300 batteries to Iran in 2021. Minsk rejected the charge.",
        "Ukraine's envoy said that Belarus sold S-300 batteries to Iran in 2021. Minsk rejected the accusation.",
    ],
)
def test_a_denial_still_withdraws_what_it_answers(text):
    assert facts(text, "SOLD", "ACQUIRED") == set()


def test_a_denial_of_it_still_answers_the_whole_sentence():
    text = "Algeria bought Su-30MKA fighters from Russia in 2006, and Morocco accused Algiers of an arms race. Algiers denied it."
    assert not {f for f in facts(text, "SOLD", "ACQUIRED") if f[2] == "Su-30MKA"}
