"""Membership structures that a new author's set (dev56) showed the readers missing, each with
its twins that give nothing: the rest of a body's members after one named ("The other seven
are ..."), a members' label set apart by a comma clause ("Permanent members (5), with a veto:"),
and a passive join after a list ("Belarus and Cuba, joined in June by Nigeria"), whose states
were joined in a standing the join does not tell. Every text here is written for these tests;
none is taken from a corpus or evaluation document."""
from __future__ import annotations

import pytest

from tests.loaders.sentences import facts

ARCTIC = "Arctic Council"
NATO = "North Atlantic Treaty Organization"
UNSC = "United Nations Security Council"
SCO = "Shanghai Cooperation Organisation"


def members(text: str) -> set[tuple]:
    return facts(text, "MEMBER_OF")


def of(body: str, *states: str) -> set[tuple]:
    return {(state, "MEMBER_OF", body) for state in states}


# --- "The other seven are ...": the rest of the members of the body just named -----------------

@pytest.mark.parametrize("text, expected", [
    ("Canada is one of the eight members of the Arctic Council. The other seven are Denmark, Finland, Iceland, "
     "Norway, Russia, Sweden and the United States.",
     of(ARCTIC, "Canada", "Denmark", "Finland", "Iceland", "Norway", "Russia", "Sweden", "United States")),
    ("Uzbekistan is a founding member of the Shanghai Cooperation Organisation. The remaining five were "
     "China, Russia, Kazakhstan, Kyrgyzstan and Tajikistan.",
     of(SCO, "Uzbekistan", "China", "Russia", "Kazakhstan", "Kyrgyzstan", "Tajikistan")),
])
def test_the_rest_of_the_members_after_one_named(text, expected):
    assert members(text) == expected


@pytest.mark.parametrize("text", [
    "Sweden is an observer at the Arctic Council. The other seven are not members: Japan, China and India.",
    "The Arctic Council admits observers. The other seven might be Japan, China and India.",
    "Mongolia is one of the observers of the Arctic Council. The other seven are observers too.",
])
def test_the_rest_that_is_no_roll_of_members_gives_nothing(text):
    assert members(text) == set()


# --- a members' label set apart by a comma clause ----------------------------------------------

def test_a_label_with_a_comma_clause_before_its_colon_gives_its_names():
    text = "## The UN Security Council\n\n- **Permanent members (5), with a veto:** China, France, Russia, the United Kingdom and the United States.\n"
    assert members(text) == of(UNSC, "China", "France", "Russia", "United Kingdom", "United States")


@pytest.mark.parametrize("text", [
    "## The UN Security Council\n\n- Former members, with a veto: Germany and Japan.\n",
    "## The UN Security Council\n\n- Candidates, with a veto later: Germany and Japan.\n",
    "## The UN Security Council\n\n- Not members, with a veto: Germany and Japan.\n",
])
def test_another_tier_with_a_comma_clause_gives_nothing(text):
    assert members(text) == set()


# --- "A and B, joined in June by C": the states before a passive join were joined, in a standing not told

@pytest.mark.parametrize("text", [
    "The BRICS summit opens on Monday.\n\nPartner countries (Belarus, Bolivia and Cuba, joined in June by Nigeria) "
    "will use the northern airport road.",
    "The SCO summit opens on Monday.\n\nGuests such as Turkey, Egypt and Qatar, joined later by Kuwait, will be seated "
    "at the back.",
    "At the BRICS dinner, Thailand and Malaysia, joined on Friday by Vietnam, sat with the hosts.",
])
def test_states_joined_by_others_are_not_made_members(text):
    assert members(text) == set()


def test_a_state_that_joins_a_body_is_still_its_member():
    assert members("Finland joined NATO in April 2023, and Sweden followed in March 2024.") >= of(NATO, "Finland")


# --- ", and so do Australia and India": a clause saying the same membership of other states ----

COMMONWEALTH = "Commonwealth of Nations"


@pytest.mark.parametrize("text, expected", [
    ("Kenya belongs to the Commonwealth, and so do Ghana, Nigeria and Uganda.", of(COMMONWEALTH, "Kenya", "Ghana", "Nigeria", "Uganda")),
    ("Portugal is a member of NATO, as are Spain and Italy.", of(NATO, "Portugal", "Spain", "Italy")),
    ("Iceland has been a member of the Arctic Council since 1996, and so has Finland.", of(ARCTIC, "Iceland", "Finland")),
])
def test_a_clause_saying_the_same_of_other_states(text, expected):
    assert members(text) == expected


@pytest.mark.parametrize("text", [
    "Portugal is not a member of the SCO, and neither is Spain.",
    "Japan is an observer at the Arctic Council, as are India and South Korea.",
    "Ukraine hopes to join NATO, and so does Georgia.",
])
def test_a_clause_alike_with_no_membership_before_gives_nothing(text):
    assert members(text) == set()


def test_a_guess_alike_adds_no_member():
    assert members("Portugal is a member of NATO, and so might Ireland be one day.") == of(NATO, "Portugal")


# --- "belongs to it": the body the sentences before named, as "joined it" ----------------------

@pytest.mark.parametrize("text, expected", [
    ("The Commonwealth is a loose association of former colonies. Malta belongs to it.", of(COMMONWEALTH, "Malta")),
    ("NATO was set up in 1949 in Washington. Today Albania also belongs to it.", of(NATO, "Albania")),
])
def test_belonging_to_it_is_membership_of_the_body_before(text, expected):
    assert members(text) == expected


@pytest.mark.parametrize("text", [
    "NATO was set up in 1949 in Washington. Ireland does not belong to it.",
    "NATO was set up in 1949 in Washington. Ireland might belong to it one day.",
    "NATO was set up in 1949 in Washington. Ireland has never wanted to belong to it.",
])
def test_not_belonging_to_it_gives_nothing(text):
    assert members(text) == set()


# --- a numbered question ("Q4. What is ...?") heads its answer as an unnumbered one does --------

@pytest.mark.parametrize("number", ["Q4.", "**Q4.", "Question 4.", "4."])
def test_a_numbered_question_heads_its_answer(number):
    text = f"{number} What is the Commonwealth?\n\nA club of 56 states, most of them once British. Malta belongs to it.\n"
    assert members(text) == of(COMMONWEALTH, "Malta")


def test_a_numbered_question_over_a_denied_answer_gives_nothing():
    text = "Q4. What is the Commonwealth?\n\nA club of 56 states, most of them once British. Ireland left it in 1949.\n"
    assert members(text) == set()


# --- a state's table of bodies under a lead-in sentence that says they are its memberships -----

CIS = "Commonwealth of Independent States"
CSTO = "Collective Security Treaty Organization"
OSCE = "Organization for Security and Co-operation in Europe"


def _state_page(lead_in: str, status: str = "Member") -> str:
    return (
        "# THE KYRGYZ REPUBLIC\n\n## Prospectus summary\n\n### External relations\n\n"
        f"{lead_in}\n\n"
        "| Organisation | Status | Since |\n|---|---|---|\n"
        f"| Commonwealth of Independent States | {status} | 1991 |\n"
        f"| Collective Security Treaty Organization | {status} | 1994 |\n"
    )


@pytest.mark.parametrize("lead_in", [
    "The Kyrgyz Republic is a member of the following bodies:",
    "Besides the United Nations, the Kyrgyz Republic belongs to these organisations, among others:",
])
def test_a_table_under_a_membership_lead_in_gives_the_page_states_bodies(lead_in):
    assert members(_state_page(lead_in)) >= of(CIS, "Kyrgyzstan") | of(CSTO, "Kyrgyzstan")


def test_participating_state_is_the_osces_membership():
    text = _state_page("The Kyrgyz Republic is a member of the following bodies:", "Participating State").replace(
        "Commonwealth of Independent States", OSCE)
    assert (("Kyrgyzstan", "MEMBER_OF", OSCE)) in members(text)


@pytest.mark.parametrize("lead_in, status", [
    ("The Kyrgyz Republic is not a member of the following bodies:", "Member"),
    ("The Kyrgyz Republic may become a member of the following bodies:", "Member"),
    ("The Kyrgyz Republic is an observer or partner in the following bodies:", "Member"),
    ("The Kyrgyz Republic is a member of the following bodies:", "Observer"),
    ("The Kyrgyz Republic has relations with the following bodies:", "Member"),
])
def test_a_table_under_another_lead_in_gives_no_membership(lead_in, status):
    assert members(_state_page(lead_in, status)) == set()


# --- "..., joined in 2024 by Sweden": states that came to stand as the members before them ------

@pytest.mark.parametrize("text, expected", [
    ("Greece and Spain are members of NATO, joined in 2024 by Sweden.", of(NATO, "Greece", "Spain", "Sweden")),
    ("Peru and Chile are members of the Commonwealth, joined on 1 May by Bolivia and Ecuador.",
     of(COMMONWEALTH, "Peru", "Chile", "Bolivia", "Ecuador")),
])
def test_states_joining_members_are_members_too(text, expected):
    assert members(text) == expected


@pytest.mark.parametrize("text", [
    "Greece and Spain are observers of the SCO, joined in 2024 by Sweden.",
    "Greece and Spain may become members of the SCO, joined later by Sweden.",
    "Greece and Spain are not members of the SCO, joined in 2024 by Sweden.",
])
def test_states_joining_non_members_are_no_members(text):
    assert members(text) == set()


def test_a_members_label_roll_joined_by_more_states():
    # (fixed in session 13 by reading "## NATO" in plain text as the heading it is)
    assert members("## NATO\n\nMembers: Greece, Spain and Italy, joined in 2024 by Sweden.") == of(NATO, "Greece", "Spain", "Italy", "Sweden")


def test_a_row_whose_status_is_a_dash_gives_no_membership():
    text = _state_page("The Kyrgyz Republic is a member of the following bodies:") + "| BRICS | — | see the next section |\n"
    assert ("Kyrgyzstan", "MEMBER_OF", "BRICS") not in members(text)


# --- a quiz's claim to be judged states nothing ("True or false: ...") -------------------------

@pytest.mark.parametrize("text", [
    "Q8. True or false: Kenya is a member of AUKUS.\n\nFalse. Kenya has never been invited.",
    "**True or false?** Mexico belongs to NATO.\n\nFalse.",
    "Fact or fiction: Brazil joined the Quad in 2023.\n\nFiction.",
])
def test_a_quiz_claim_gives_no_membership(text):
    assert members(text) == set()


def test_the_quiz_answer_still_states_its_own_facts():
    text = "True or false: Kenya is a member of AUKUS.\n\nFalse. AUKUS is Australia, the United Kingdom and the United States.\n"
    assert members(text) == of("AUKUS", "Australia", "United Kingdom", "United States")


@pytest.mark.parametrize("text", [
    "China and Russia, both permanent members, abstain, as do Brazil and Kenya.",
    "Germany is a member of NATO and buys the F-35, as do Poland and Finland.",
])
def test_a_clause_alike_after_another_predicate_gives_no_member(text):
    assert not members(text) & {(state, "MEMBER_OF", body) for state in ("Brazil", "Kenya", "Poland", "Finland")
                                for body in ("United Nations Security Council", NATO)}


# --- a paragraph of entries into the document's main body, the first one read as into it ------

ASEAN = "Association of Southeast Asian Nations"


def test_later_entries_of_a_paragraph_go_into_the_body_of_its_first():
    text = ("The Association of Southeast Asian Nations began with five members in 1967.\n\n"
            "Our guest was a young clerk when Brunei joined in 1984. She was in Hanoi in 1995 when Vietnam was "
            "admitted. Laos and Myanmar followed in 1997.\n")
    assert members(text) >= of(ASEAN, "Brunei", "Vietnam", "Laos", "Myanmar")


@pytest.mark.parametrize("later", [
    "Timor-Leste has not yet been admitted.",
    "Papua New Guinea may be admitted one day.",
    "Timor-Leste applied to be admitted in 2011.",
])
def test_a_later_entry_denied_or_hoped_for_stays_out(later):
    text = ("The Association of Southeast Asian Nations began with five members in 1967.\n\n"
            f"Our guest was a young clerk when Brunei joined in 1984. {later}\n")
    assert members(text) == of(ASEAN, "Brunei")
