"""Membership rules found on the opened sets of session 19 (dev80 to dev84): members named in brackets
after a membership said of states left unnamed. Every sentence here is written for these tests; none is
taken from an evaluation document."""
from __future__ import annotations

import pytest

from tests.loaders.sentences import facts


# --- members named in brackets after the copula -----------------------------------------------------
@pytest.mark.parametrize("text, members, body", [
    ("## Arab League\n\nEvery Gulf state covered here is a party to it; all are members (Qatar, Oman and Kuwait), Syria readmitted in 2023.",
     {"Qatar", "Oman", "Kuwait"}, "Arab League"),
    ("ASEAN met in Jakarta. Four of the states above belong to it (Laos, Cambodia, Vietnam and Thailand).",
     {"Laos", "Cambodia", "Vietnam", "Thailand"}, "Association of Southeast Asian Nations"),
    ("The Arab League summit opened. The Gulf monarchies in this brief are in the bloc (Qatar, Oman and Kuwait) too.",
     {"Qatar", "Oman", "Kuwait"}, "Arab League"),
    ("Three of the coastal states discussed were founding members of NATO (Norway, Denmark and Iceland).",
     {"Norway", "Denmark", "Iceland"}, "North Atlantic Treaty Organization"),
])
def test_members_named_in_brackets(text, members, body):
    assert facts(text, "MEMBER_OF") == {(member, "MEMBER_OF", body) for member in members}


@pytest.mark.parametrize("text", [
    "## African Union\n\nThe Horn states are not members (Egypt, Kenya), the note says.",
    "## African Union\n\nThe two Gulf states are observers (Qatar, Oman).",
    "## African Union\n\nThe Horn states are members (since 2002) of many bodies.",
    "## Arab League\n\nThe Gulf states would be members (Qatar, Oman) if it were founded today.",
])
def test_brackets_after_no_membership_give_none(text):
    assert facts(text, "MEMBER_OF") == set()


# --- a relative without its pronoun on a body's noun set in apposition to its name -----------------
@pytest.mark.parametrize("text, leaders, body", [
    ("The envoys talked about ALBA, the bloc Venezuela and Cuba launched in 2004.",
     {"Venezuela", "Cuba"}, "Bolivarian Alliance for the Peoples of Our America"),
    ("Delegates discussed the CSTO, the alliance Russia leads.", {"Russia"}, "Collective Security Treaty Organization"),
    ("Observers expect little from the CSTO, the alliance Russia has led since 2002.", {"Russia"}, "Collective Security Treaty Organization"),
])
def test_leaders_in_an_apposed_relative(text, leaders, body):
    assert facts(text, "LEADS") == {(leader, "LEADS", body) for leader in leaders}


@pytest.mark.parametrize("text", [
    "Delegates might discuss the CSTO, the alliance Russia may launch.",
    "The ministers hoped to launch ALBA, the bloc Venezuela and Cuba planned.",
    "Delegates discussed the CSTO and the alliance Russia wants.",
])
def test_apposed_relative_without_leading_gives_none(text):
    assert facts(text, "LEADS") == set()


# --- a council seat told by the years served alone ---------------------------------------------------
COUNCIL = "The UN Security Council met on the crisis in March. "
UNSC = "United Nations Security Council"


@pytest.mark.parametrize("text, members", [
    (COUNCIL + "Elected members included Gabon (2022-2023); Ghana served in 2022-2023.", {"Gabon", "Ghana"}),
    (COUNCIL + "Malta sat in 2023-2024 and voted for the text.", {"Malta"}),
    (COUNCIL + "Ecuador served for 2023-24, and it abstained.", {"Ecuador"}),
])
def test_seat_told_by_years_served(text, members):
    assert facts(text, "MEMBER_OF") == {(member, "MEMBER_OF", UNSC) for member in members}


@pytest.mark.parametrize("text", [
    COUNCIL + "Ghana served in 2022-2023 as chair of the sanctions committee.",
    "Ghana served in 2022-2023 on the board of the IMF.",
    COUNCIL + "Malta served in 2019 as a mediator.",
])
def test_years_served_elsewhere_give_no_seat(text):
    assert facts(text, "MEMBER_OF") == set()


# --- a council seat told in an aside on the state ----------------------------------------------------
@pytest.mark.parametrize("text, members", [
    (COUNCIL + "Russia vetoed it; Estonia, on the Council that year, voted in favour.", {"Estonia"}),
    (COUNCIL + "Malta, then on the Council, abstained.", {"Malta"}),
])
def test_seat_told_in_an_aside(text, members):
    assert facts(text, "MEMBER_OF") == {(member, "MEMBER_OF", UNSC) for member in members}


@pytest.mark.parametrize("text", [
    COUNCIL + "Malta, on the Council's agenda for years, was discussed.",
    COUNCIL + "Malta, on the Council floor, said little.",
])
def test_aside_on_no_seat_gives_none(text):
    assert facts(text, "MEMBER_OF") == set()
