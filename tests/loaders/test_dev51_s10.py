"""General causes of errors seen on dev51 (denials, rumours, forecasts and attributed claims by
a new author), each with the nearby statements that must still give their relations. Every
sentence here is written for these tests; none is taken from a corpus or evaluation document."""
from __future__ import annotations

import pytest

from tests.loaders.sentences import facts

TRANSFER = ("SOLD", "ACQUIRED")


# --- a fronted "Nor"/"Neither" whose aside pushes the inverted verb away ----------------------------

@pytest.mark.parametrize("text", [
    "Nor, whatever the Hanoi rumour mill says, has Vietnam signed for the Su-35.",
    "Nor, for all the talk in Manila, did the Philippines buy the J-10C from China.",
    "Neither, as far as anyone can tell, has Egypt received the Su-35 from Russia.",
])
def test_a_fronted_negative_with_an_aside_denies_the_main_clause(text):
    assert not facts(text, *TRANSFER)


@pytest.mark.parametrize("text, expected", [
    # the fronted word without its negative sense: the sale stands
    ("Still, despite what the tabloids printed, Vietnam signed for the Su-30MK2 from Russia.", ("Vietnam", "ACQUIRED", "Su-30MK2")),
    # a clause of its own after the denied one
    ("Neither, as far as anyone can tell, has Egypt received the Su-35; Egypt received the MiG-29M from Russia.", ("Egypt", "ACQUIRED", "MiG-29M")),
])
def test_a_purchase_outside_the_fronted_negative_still_counts(text, expected):
    assert expected in facts(text, *TRANSFER)


# --- "partner countries" of a bloc named earlier in the sentence -------------------------------------

@pytest.mark.parametrize("text", [
    "Neither Malaysia nor Thailand is a BRICS member; both are listed as partner countries.",
    "Vietnam is not in the SCO, and it and Laos were only named partner states last year.",
])
def test_partner_countries_of_a_bloc_are_no_partnership(text):
    assert not facts(text, "PARTNERS_WITH")


@pytest.mark.parametrize("text", [
    "Japan and Australia are close partner countries and signed a reciprocal access agreement in 2022.",
    "India and Japan, partner nations of long standing, held talks in Tokyo.",
])
def test_partner_countries_with_no_bloc_in_view_are_still_partners(text):
    assert facts(text, "PARTNERS_WITH")


# --- two states striking together are not at war with each other -----------------------------------

@pytest.mark.parametrize("text", [
    "The United Kingdom and the United States carried out strikes on Houthi military targets in Yemen in 2024.",
    "France and Britain launched air strikes on militant positions in Libya in 2011.",
    "In 1956 Britain and France invaded the canal zone.",
])
def test_co_attackers_are_not_paired_as_enemies(text):
    assert not facts(text, "CLASHED_WITH")


@pytest.mark.parametrize("text, expected", [
    ("Israel and the United States carried out strikes on Iran in June 2025.", {("Iran", "CLASHED_WITH", "Israel"), ("Iran", "CLASHED_WITH", "United States")}),
    ("Britain and France invaded Egypt in 1956.", {("Egypt", "CLASHED_WITH", "France"), ("Egypt", "CLASHED_WITH", "United Kingdom")}),
    ("India and Pakistan fought a short war in 1971.", {("India", "CLASHED_WITH", "Pakistan")}),
])
def test_the_struck_state_and_two_sides_of_a_war_still_clash(text, expected):
    assert facts(text, "CLASHED_WITH") == expected
