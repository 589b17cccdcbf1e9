"""Membership notes and Council vote summaries as a new author writes them (the dev15 round):
vote tables with a "Seat" column, a table header that names drafts by their states, and
accessions that led nowhere; each with twins that must give nothing.

Every sentence here was written for these tests; none is copied from the seeds.
"""
from __future__ import annotations

from tests.loaders.sentences import facts

UNSC = "United Nations Security Council"
UN = "United Nations"
GCC = "Gulf Cooperation Council"
AU = "African Union"


def members(text: str, org: str) -> set[str]:
    return {source for source, _, target in facts(text, "MEMBER_OF") if target == org}


# --- a vote table whose "Seat" column says permanent or elected ---------------------------

SEATED = """How the Council voted on the Haiti draft, as the UN records it:

| Council member | Seat | Vote |
|---|---|---|
| Guyana | elected | Yes |
| France | permanent | Abstained |
| Slovenia | Elected (2024-25) | Yes |
"""


def test_a_seat_column_makes_each_row_a_council_member_not_a_un_member():
    assert members(SEATED, UNSC) == {"Guyana", "France", "Slovenia"}
    assert members(SEATED, UN) == set()


def test_a_table_without_a_seat_column_keeps_the_body_the_text_named():
    text = SEATED.replace("| Council member | Seat | Vote |", "| Member state | Joined | Vote |").replace("elected", "1966").replace("permanent", "1945").replace("Elected (2024-25)", "1992")
    assert members(text, UNSC) == set()
    assert members(text, UN) == {"Guyana", "France", "Slovenia"}


def test_a_seat_header_is_no_sea_a_row_was_held_in():
    assert not facts(SEATED, "HELD_IN", "PATROLLED")


def test_a_first_row_naming_drafts_by_their_states_is_still_the_header():
    text = """| Member | Seat | 3 May: Norway draft | 9 May: Kenya-Ghana draft |
|---|---|---|---|
| Ecuador | Elected, 2023-24 | Yes | Yes |
| Russia | Permanent | Abstain | No |
"""
    assert members(text, UNSC) == {"Ecuador", "Russia"}
    assert "Norway" not in members(text, UNSC) and "Kenya" not in members(text, UNSC)


def test_a_later_row_with_a_state_is_no_header():
    text = """| Slovenia | Elected | Yes |
| Malta | Elected | Yes |
"""
    assert members(text, UNSC) == set()


# --- an accession that went nowhere ---------------------------------------------------------

def test_an_accession_that_went_nowhere_gives_no_member():
    for text in (
        "Gulf Cooperation Council\nJordan's accession went nowhere.",
        "The Gulf Cooperation Council briefly courted Morocco, but its accession has gone nowhere.",
        "Talk of Yemen's accession to the Gulf Cooperation Council fizzled out in 2012.",
        "Talk of an accession of Jordan to the Gulf Cooperation Council is heard every few years.",
    ):
        assert members(text, GCC) == set(), text


def test_an_accession_that_took_place_still_gives_the_member():
    assert members("Morocco's accession to the African Union in 2017 ended a 33-year absence.", AU) == {"Morocco"}
    assert members("Oman joined the Gulf Cooperation Council in 1981 and went on to host its summits.", GCC) == {"Oman"}


def test_all_the_bloc_states_belong_to_another_once_the_bloc_lists_no_failed_entrant():
    text = (
        "The Gulf Cooperation Council has six members: Bahrain, Kuwait, Oman, Qatar, Saudi Arabia and the UAE. "
        "Talk of Yemen's accession went nowhere. All six GCC states belong to the Arab League."
    )
    assert members(text, "Arab League") == {"Bahrain", "Kuwait", "Oman", "Qatar", "Saudi Arabia", "United Arab Emirates"}


# --- a council's composition as labelled lines ----------------------------------------------

COMPOSITION = """THE COUNCIL THIS MONTH
A digest of the Security Council's work.

Members in 2025
Permanent: China, France, Russia, United Kingdom, United States
Elected (term ends): Denmark, Greece, Pakistan (2026); Guyana, Sierra Leone (2025)
"""


def test_labelled_seat_lines_under_a_council_list_its_members():
    assert members(COMPOSITION, UNSC) == {
        "China", "France", "Russia", "United Kingdom", "United States",
        "Denmark", "Greece", "Pakistan", "Guyana", "Sierra Leone",
    }


def test_a_seat_label_over_a_sentence_or_candidates_gives_no_member():
    for line in (
        "Permanent: China reiterated its objection to the text.",
        "Candidates (2027-28): Bahrain, Colombia, Latvia",
        "Elected seats: Bahrain and Colombia hope to win in June.",
    ):
        assert members(COMPOSITION.split("Members in")[0] + line + "\n", UNSC) == set(), line


def test_seat_lines_with_no_council_in_view_give_nothing():
    text = "Club membership, 2025\nPermanent: China, France\nElected: Ghana, Peru\n"
    assert members(text, UNSC) == set()
