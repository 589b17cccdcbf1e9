"""Security Council vetoes told without the word "veto", as a daily bulletin, a law-review
note, a hearing transcript, a diplomat's diary, an NGO scorecard, a news ticker and a
permanent representative's speech write them: a column of the permanent members' negative
votes, "cast the sole negative vote", a vote "and it went down", a draft "killed the same way,
by" its vetoers, and the seats a text gives in passing. Every text here is written for these
tests; none is taken from a corpus or evaluation document."""
from __future__ import annotations

import pytest

from loaders.extract import default_extractor
from loaders.readers import read_bytes
from tests.loaders.sentences import facts

COUNCIL = "United Nations Security Council"


def doc_facts(text: str, name: str = "note.md", *types: str) -> set[tuple]:
    document = read_bytes(text.encode("utf-8"), f"docs/{name}")
    found = default_extractor().extract_document(document).relations
    return {(r.source, r.type, r.target) for r in found if not types or r.type in types}


def vetoes(text: str) -> set[tuple]:
    return facts(text, "VETOED")


# --- a table column named by what a veto is ------------------------------------------------------

def failed_drafts(header: str, rows: str) -> str:
    return (
        "# Council drafts that failed in 2021\n\nThe table lists drafts put to the vote in the Security Council.\n\n"
        f"{header}\n|---|---|---|---|\n" + rows
    )


def test_a_column_of_permanent_members_negative_votes_names_the_vetoers():
    text = failed_drafts("| Month | Subject | Negative votes of permanent members | Abstentions |",
                         "| May | Haiti | China | Kenya, India |\n")
    assert doc_facts(text, "t.md", "VETOED") == {("China", "VETOED", "Haiti")}


def test_a_blocked_by_column_names_the_vetoers():
    text = failed_drafts("| Month | Topic | Blocked by | Abstaining |", "| June | Climate security | Russia | China |\n")
    assert doc_facts(text, "t.md", "VETOED") == {("Russia", "VETOED", "Climate security")}


def test_an_elected_member_in_a_negative_votes_column_vetoes_nothing():
    text = failed_drafts("| Month | Subject | Negative vote(s) of permanent members | Notes |",
                         "| July | Libya | France, Gabon | tabled by Kenya |\n")
    assert doc_facts(text, "t.md", "VETOED") == {("France", "VETOED", "Libya")}


def test_a_column_of_other_noes_names_no_vetoer():
    text = failed_drafts("| Month | Subject | Others voting no | Abstaining |", "| July | Libya | Gabon | Mexico |\n")
    assert doc_facts(text, "t.md", "VETOED") == set()


def test_a_state_before_a_renewed_body_only_says_whose_body_it_is():
    text = failed_drafts("| Month | Subject | Blocked by | Abstaining |",
                         "| March | DPRK panel of experts, renewal | Russia | China |\n")
    assert doc_facts(text, "t.md", "VETOED") == {("Russia", "VETOED", "Sanctions monitoring")}


# --- a veto told as the only negative vote, or by what it did to the text ---------------------------

BURUNDI = "The Security Council took up a Kenyan draft on Burundi on Tuesday. "


def test_the_sole_negative_vote_of_a_permanent_member_is_a_veto():
    assert vetoes(BURUNDI + "France cast the sole negative vote on the text.") == {("France", "VETOED", "Burundi")}


def test_the_lone_negative_vote_denied_gives_nothing():
    assert vetoes(BURUNDI + "France did not cast the lone negative vote on the text, whatever was said later.") == set()


def test_a_negative_vote_and_the_text_going_down_is_a_veto_of_the_draft_spoken_of():
    assert vetoes(BURUNDI + "China and the United States cast negative votes and it went down.") == {
        ("China", "VETOED", "Burundi"), ("United States", "VETOED", "Burundi")}


def test_a_negative_vote_and_the_regime_lapsing_is_a_veto():
    text = "The Security Council voted on renewing the measures on Haiti. Britain cast the only negative vote and the regime lapsed."
    assert vetoes(text) == {("United Kingdom", "VETOED", "Haiti")}


def test_negative_votes_that_might_have_sunk_it_give_nothing():
    assert vetoes(BURUNDI + "China and the United States might cast negative votes, and then it went down.") == set()


def test_a_draft_killed_the_same_way_names_its_vetoers_after_the_manner():
    text = "The Security Council met again in 2012. The draft on Yemen was killed the same way, by Paris and London."
    assert vetoes(text) == {("France", "VETOED", "Yemen"), ("United Kingdom", "VETOED", "Yemen")}


def test_a_draft_struck_down_in_a_year_names_its_vetoer():
    text = "The Security Council took up Lebanon. A text on Lebanon was struck down in 2006, by the United States."
    assert vetoes(text) == {("United States", "VETOED", "Lebanon")}


def test_people_killed_in_an_attack_by_shelling_are_no_veto():
    text = "The Security Council met on Yemen. Four aid workers were killed in the attack, by Saudi shelling near the port."
    assert vetoes(text) == set()


def test_penholders_in_apposition_are_no_subject_of_the_veto():
    text = ("The Security Council met on 9 May. Norway and Ireland, the penholders, put forward a renewal of the measures on "
            "Somalia. China cast the sole negative vote and the regime lapsed.")
    assert vetoes(text) == {("China", "VETOED", "Somalia")}


# --- a page whose own reporting is a ticker of timed items ---------------------------------------------

TICKER_PAGE = """<html><head><title>Council desk ticker</title></head><body>
<div class="ticker">BREAKING: Markets fall &bull; Storm warning for the coast</div>
<main><h1>Council desk ticker</h1>
<ul class="ticker">
<li><time>16:05</time> RESULT: China votes no in the Security Council, and the draft on Haiti fails.</li>
<li><time>15:40</time> Kenya introduces its text on Haiti.</li>
</ul></main></body></html>"""


def test_a_ticker_of_timed_items_in_the_article_is_read():
    assert ("China", "VETOED", "Haiti") in doc_facts(TICKER_PAGE, "ticker.html", "VETOED")


def test_a_site_marquee_marked_ticker_is_still_dropped():
    page = TICKER_PAGE.replace("BREAKING: Markets fall", "BREAKING: Russia vetoes the Security Council draft on Mali")
    assert ("Russia", "VETOED", "Mali") not in doc_facts(page, "ticker.html", "VETOED")


# --- seats given in passing ------------------------------------------------------------------------------

def members(text: str) -> set[str]:
    return {source for source, _, target in facts(text, "MEMBER_OF") if target == COUNCIL}


def test_states_that_sit_as_permanent_members_hold_council_seats():
    text = "The Security Council met on Libya. France and Britain voted no, and because both sit as permanent members, the draft failed."
    assert members(text) == {"France", "United Kingdom"}


def test_a_state_that_served_as_an_elected_member_holds_a_seat():
    assert members("The Security Council met often in 2019. Peru served as an elected member that year.") == {"Peru"}


def test_a_state_that_never_served_as_an_elected_member_holds_none():
    assert members("The Security Council met often in 2019. Bhutan has never served as an elected member.") == set()


def test_a_state_that_hopes_to_sit_as_an_elected_member_holds_none():
    assert members("The Security Council met often in 2019. Nepal hopes to sit as an elected member one day.") == set()


def test_a_permanent_member_voting_no_puts_the_council_in_view():
    # no council named: only the Security Council has permanent members who vote a draft down
    text = "The draft on Haiti was put to the vote. China, a permanent member, voted no. Britain and France, also permanent members, voted in favour."
    assert members(text) == {"China", "United Kingdom", "France"}


def test_a_permanent_member_of_a_party_body_is_no_council_seat():
    assert members("Li Qiang, a permanent member of the Politburo Standing Committee, spoke in Beijing.") == set()


# --- a relative clause opened by a preposition between a subject and its verb ---------------------------

def test_a_body_whose_member_is_named_in_an_of_which_clause_imposes_the_sanctions():
    text = "The African Union, of which Mali is a member, has imposed sanctions on Guinea."
    assert facts(text, "SANCTIONED") == {("African Union", "SANCTIONED", "Guinea")}


def test_a_body_whose_member_belongs_in_a_to_which_clause_condemns():
    text = "NATO, to which Portugal belongs, condemned Serbia in 1999."
    assert facts(text, "OPPOSES") == {("North Atlantic Treaty Organization", "OPPOSES", "Serbia")}


def test_a_body_with_an_of_which_clause_that_has_not_imposed_sanctions_gives_none():
    text = "The African Union, of which Mali is a member, has not imposed sanctions on Guinea."
    assert facts(text, "SANCTIONED") == set()


def test_a_body_with_an_of_which_clause_that_may_impose_sanctions_gives_none():
    text = "The African Union, of which Mali is a member, may impose sanctions on Guinea next year."
    assert facts(text, "SANCTIONED") == set()


# --- left for another round -----------------------------------------------------------------------------

@pytest.mark.xfail(strict=True, reason="a diary that names only 'the Council' and never says 'veto' puts no council in view; "
                                       "reading a bare 'the Council' with votes as the Security Council would make EU Council votes vetoes")
def test_a_seat_on_a_bare_council_in_a_diary():
    assert members("First day at the horseshoe table. Peru is on the Council for the first time, for 2026 and 2027.") == {"Peru"}


def test_an_elliptical_tally_and_a_sunk_draft():
    text = "The Security Council voted on the Kenyan draft on Haiti. Twelve in favour, two abstaining, and the French against. That was enough to sink it."
    assert vetoes(text) == {("France", "VETOED", "Haiti")}
