"""Membership rosters read by their structure (loaders.memberlists): a label and its names
after a colon or a dash, a label over bullet lines, a sentence announcing members and the
next one naming them, a question over its answer, a tier of members as a sentence's
subject, each with the organization named in the line, or the one the title above it
names. Each structure has its twins whose names are not members: observers, applicants,
partners, former or suspended members, negated or future labels. Every text here is
written for these tests; none is taken from a corpus or evaluation document."""
from __future__ import annotations

import pytest

from tests.loaders.sentences import facts

SCO = "Shanghai Cooperation Organisation"
ASEAN = "Association of Southeast Asian Nations"
ARCTIC = "Arctic Council"
QUAD = "Quadrilateral Security Dialogue"
CSTO = "Collective Security Treaty Organization"


def members(text: str) -> set[tuple]:
    return facts(text, "MEMBER_OF")


def of(body: str, *states: str) -> set[tuple]:
    return {(state, "MEMBER_OF", body) for state in states}


# --- a label and the names on its own line ------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Shanghai Cooperation Organisation\n\nMember states (4): China (2001), Russia (2001), India (2017) and Pakistan (2017).\n",
     of(SCO, "China", "Russia", "India", "Pakistan")),
    ("## ASEAN\n\nFounding members - Indonesia, Malaysia, the Philippines, Singapore and Thailand.\n",
     of(ASEAN, "Indonesia", "Malaysia", "Philippines", "Singapore", "Thailand")),
    ("Arctic Council members: Canada, Iceland and Norway; Observers: China and India.\n",
     of(ARCTIC, "Canada", "Iceland", "Norway")),
])
def test_names_after_a_members_label_on_its_line(text, expected):
    assert members(text) == expected


@pytest.mark.parametrize("text", [
    "Shanghai Cooperation Organisation\n\nObserver states: Mongolia and Afghanistan.\n",
    "Shanghai Cooperation Organisation\n\nDialogue partners - Turkey, Egypt and Qatar.\n",
    "## ASEAN\n\nApplicants: Timor-Leste and Papua New Guinea.\n",
    "## ASEAN\n\nFormer members: none; Candidates: Timor-Leste.\n",
    "## Arctic Council\n\nNot members: China, Japan and India.\n",
    "## Arctic Council\n\nMembers expected to join: China and Japan.\n",
])
def test_names_after_another_tier_label_are_no_members(text):
    assert members(text) == set()


# --- a label closing its line, the names on the bullets under it ---------------------------------

def test_bullets_under_a_members_label_are_the_members_of_the_titled_body():
    text = "# Collective Security Treaty Organization\n\nCurrent members:\n- Russia\n- Belarus\n- Kazakhstan (since 1992)\n"
    assert members(text) == of(CSTO, "Russia", "Belarus", "Kazakhstan")


def test_bullets_under_an_observers_label_are_refused_even_after_the_members():
    text = "# Shanghai Cooperation Organisation\n\nMembers:\n- China\n- Russia\n\nObservers:\n- Mongolia\n- Afghanistan\n"
    assert members(text) == of(SCO, "China", "Russia")


@pytest.mark.parametrize("entry", [
    "- Uzbekistan - suspended its membership in 2012",
    "- Uzbekistan (former member)",
    "- Uzbekistan: left in 2012 and has not returned",
])
def test_a_bullet_whose_note_gives_another_standing_is_no_member(entry):
    text = f"# Collective Security Treaty Organization\n\nMembers:\n- Russia\n{entry}\n"
    assert members(text) == of(CSTO, "Russia")


@pytest.mark.parametrize("label", ["Applicants:", "Would-be members:", "Partner countries:"])
def test_bullets_under_a_label_of_no_membership_give_nothing(label):
    assert members(f"# BRICS\n\n{label}\n- Algeria\n- Nigeria\n") == set()


# --- a sentence announcing the members, the next one naming them ---------------------------------

@pytest.mark.parametrize("text", [
    "The Arctic Council has eight members. They are Canada, Denmark, Finland, Iceland, Norway, Russia, Sweden and the United States.",
    "Eight members sit on the Arctic Council. Canada, Denmark, Finland, Iceland, Norway, Russia, Sweden and the United States.",
    "Who belongs to the Arctic Council?\n\nCanada, Denmark, Finland, Iceland, Norway, Russia, Sweden and the United States.",
])
def test_names_in_the_sentence_after_an_announcement(text):
    assert of(ARCTIC, "Canada", "Denmark", "Iceland", "Norway", "Sweden", "United States") <= members(text)


def test_a_heading_that_speaks_of_members_over_a_roll():
    text = "3. The Quad has no secretariat, but it does have members\n\nAustralia, India, Japan and the United States. That makes four.\n"
    assert members(text) == of(QUAD, "Australia", "India", "Japan", "United States")


@pytest.mark.parametrize("text", [
    "The Arctic Council has thirteen observers. They are China, India, Japan and Singapore among others.",
    "The Arctic Council could one day have ten members. They might be Canada, Denmark, China and Japan.",
    "The Quad will not have new members. Australia, India, Japan and the United States.",
    "Who wants to join the Quad?\n\nSouth Korea, Vietnam and New Zealand.",
    "The Arctic Council has eight members. Russia and China signed a deal on the same day.",
])
def test_announcements_of_other_tiers_or_futures_give_nothing(text):
    assert not {fact for fact in members(text) if fact[0] in ("China", "Japan", "Singapore", "South Korea", "Vietnam", "New Zealand")}


# --- a tier of members as a sentence's subject, the organization in view -------------------------

def test_the_newest_entrants_of_the_titled_body():
    text = "# Association of Southeast Asian Nations\n\nThe newest entrants were Laos and Myanmar (both 1997) and Cambodia (1999).\n"
    assert members(text) == of(ASEAN, "Laos", "Myanmar", "Cambodia")


@pytest.mark.parametrize("sentence", [
    "The likely entrants are Timor-Leste and Papua New Guinea.",
    "The next entrants will be Timor-Leste and Papua New Guinea.",
    "The newest applicants are Timor-Leste and Papua New Guinea.",
    "Its observers are Timor-Leste and Papua New Guinea.",
])
def test_entrants_to_come_or_other_tiers_are_no_members(sentence):
    assert members(f"# Association of Southeast Asian Nations\n\n{sentence}\n") == set()


# --- what is left ------------------------------------------------------------------------------------

# --- a log of accessions by year under a sentence on the body's enlargement ----------------------

def test_accession_rounds_by_year_of_the_body_the_opening_names():
    text = ("How the alliance grew\n\nNATO began with twelve states in 1949. This page follows its enlargements one by one.\n\n"
            "1999 - The first round after the Cold War: the Czech Republic, Hungary and Poland, all three former Warsaw Pact states.\n\n"
            "2004 - Bulgaria, Estonia and Latvia (with four others).\n\n"
            "2008 - Ukraine and Georgia were told they would become members.\n")
    assert members(text) == of("North Atlantic Treaty Organization", "Czech Republic", "Hungary", "Poland", "Bulgaria", "Estonia", "Latvia")


def test_a_byline_between_the_opening_and_the_first_entry_keeps_the_log_open():
    text = ("The SCO and its rounds of enlargement, in brief.\n\nBy Staff Writer\n\n"
            "2017 - India and Pakistan.\n\n2023 - Iran.\n")
    assert members(text) == of(SCO, "India", "Pakistan", "Iran")


def test_a_paragraph_that_is_no_entry_closes_the_log():
    text = ("ASEAN membership grew in stages.\n\n1995: Vietnam.\n\n1997: Laos and Myanmar.\n\n"
            "The organisation also talks to its neighbours.\n\n2002: Timor-Leste.\n")
    assert members(text) == of(ASEAN, "Vietnam", "Laos", "Myanmar")


@pytest.mark.parametrize("entries", [
    "2022: Timor-Leste - observer status only.",
    "2030: candidates: Timor-Leste and Papua New Guinea.",
    "2031 - Timor-Leste (applicant).",
])
def test_log_entries_of_another_standing_give_nothing(entries):
    assert members(f"ASEAN membership grew in stages.\n\n{entries}\n") == set()


def test_dated_lines_without_an_enlargement_opening_give_nothing():
    assert members("ASEAN held many summits.\n\n1997: Laos and Myanmar.\n\n2002: Timor-Leste.\n") == set()


@pytest.mark.xfail(strict=True, reason="'counts 32 allies - among them ...': allies are not read as a tier of members, which would take in every ally of a state too")
def test_allies_among_them():
    assert of("North Atlantic Treaty Organization", "Poland", "Romania") <= members("NATO today counts 32 allies — among them Poland and Romania.")
