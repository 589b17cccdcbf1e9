"""Security Council vetoes and seats as a press office, a vote tracker, an encyclopedia, an
op-ed, a data appendix, a newsletter and a diplomat's memoir write them: the peoples who cast a
veto ("the Russians and the Chinese vetoed the draft"), a speaker's verdict on another state's
veto, and the many ways a text says a state sits on the Council. Every text here is written for
these tests; none is taken from a corpus or evaluation document."""
from __future__ import annotations

import pytest

from tests.loaders.sentences import facts

COUNCIL = "United Nations Security Council"
DRAFT = "A British draft on Burundi was put to the vote in the Security Council on Friday. "


def vetoes(text: str) -> set[tuple]:
    return facts(text, "VETOED")


def members(text: str) -> set[str]:
    return {source for source, _, target in facts(text, "MEMBER_OF") if target == COUNCIL}


# --- the peoples who cast a veto ----------------------------------------------------------------

def test_two_peoples_with_their_articles_veto_a_draft():
    assert vetoes(DRAFT + "The Russians and the Chinese vetoed the draft.") == {
        ("Russia", "VETOED", "Burundi"), ("China", "VETOED", "Burundi")}


def test_three_peoples_in_a_list_veto_a_text():
    assert vetoes(DRAFT + "The French, the British and the Americans vetoed it.") == {
        ("France", "VETOED", "Burundi"), ("United Kingdom", "VETOED", "Burundi"), ("United States", "VETOED", "Burundi")}


def test_peoples_who_did_not_veto_give_nothing():
    assert vetoes(DRAFT + "The Russians and the Chinese did not veto it.") == set()


def test_peoples_who_might_veto_give_nothing():
    assert vetoes(DRAFT + "The Russians and the Chinese might veto it next time.") == set()


# --- a verdict on another state's veto ----------------------------------------------------------------

def test_a_state_that_condemns_a_veto_is_not_its_subject():
    text = "Brazil, one of the co-drafters, condemned the American veto in the chamber."
    assert vetoes(text) == set()
    assert facts(text, "OPPOSES") == {("Brazil", "OPPOSES", "United States")}


def test_a_state_that_deplores_a_possessed_veto_is_not_its_subject():
    text = "The Council voted on Haiti on Monday. Kenya's envoy said Nairobi deplores Russia's veto."
    assert ("Russia", "VETOED", "Kenya") not in vetoes(text)


def test_the_subject_after_the_judged_veto_noun_still_counts():
    text = "Kenya condemned the Russian veto of the draft on Haiti."
    assert vetoes(text) == {("Russia", "VETOED", "Haiti")}


# --- "the Council" of a text about vetoes, never named in full ---------------------------------------

OPINION = (
    "Last month a draft resolution on Burundi failed again. The veto did its work. "
    "Nothing obliges the Council to act when one member objects. "
)


def test_an_elected_member_in_a_text_that_never_names_the_security_council():
    assert members(OPINION + "Kenya, then an elected member, voted against the text.") == {"Kenya"}


def test_states_that_joined_the_council_in_such_a_text():
    assert members(OPINION + "This year's intake — Latvia, Bahrain and Colombia — joined the Council in January.") == {
        "Latvia", "Bahrain", "Colombia"}


def test_a_council_of_a_text_without_vetoes_gives_no_seats():
    text = "The Council met in Brussels to adopt a resolution on fisheries. Latvia, an elected member, chaired it."
    assert members(text) == set()


def test_states_that_hope_to_join_the_council_give_nothing():
    assert members(OPINION + "Latvia and Bahrain hope to join the Council in 2026.") == set()


# --- seat holders in other words ----------------------------------------------------------------------

def test_the_year_of_a_term_served_on_the_council():
    assert members(DRAFT + "Ghana was in the final year of its two-year term on the Council.") == {"Ghana"}


def test_a_term_not_served_gives_nothing():
    assert members(DRAFT + "Ghana is not serving the second year of its term on the Council.") == set()


def test_a_counted_relative_after_a_letter_to_two_states():
    text = DRAFT + "We have written to Latvia and Bahrain, both of which joined the Council this year, asking for support."
    assert members(text) == {"Latvia", "Bahrain"}


def test_a_counted_relative_that_hopes_gives_nothing():
    text = DRAFT + "We have written to Latvia and Bahrain, both of which hope to join the Council."
    assert members(text) == set()


def test_writing_to_a_state_is_no_retold_statement():
    assert facts("We wrote to Albania, which joined NATO in 2009.", "MEMBER_OF") == {
        ("Albania", "MEMBER_OF", "North Atlantic Treaty Organization")}


def test_what_we_wrote_earlier_is_still_a_retold_statement():
    assert facts("We wrote that Albania joined NATO in 2009.", "MEMBER_OF") == set()


def test_members_counted_by_their_abstentions():
    text = DRAFT + "The text passed with nine votes, while six members abstained, among them Kenya, Ghana and Guyana."
    assert members(text) == {"Kenya", "Ghana", "Guyana"}


def test_members_of_an_alliance_counted_by_abstentions_are_not_council_seats():
    assert members("NATO met in Brussels. Six members abstained, among them Hungary and Turkey.") == set()


def test_members_who_might_abstain_give_nothing():
    assert members(DRAFT + "Six members might abstain, among them Kenya and Ghana.") == set()


def test_permanent_members_named_in_brackets():
    text = DRAFT + "The three Western permanent members (France, the United Kingdom and the United States) veto three drafts on Namibia."
    assert members(text) == {"France", "United Kingdom", "United States"}


def test_would_be_permanent_members_in_brackets_give_nothing():
    assert members(DRAFT + "Two would-be permanent members (Brazil and India) spoke in the debate.") == set()


# --- what a veto concerned, and who cast it, in an encyclopedia list and an op-ed ----------------------

def test_nationality_words_on_the_troops_are_not_the_drafts_subject():
    text = "- 1958 – The Soviet Union casts a veto, against a draft on the withdrawal of American and British troops from Jordan and Lebanon."
    assert vetoes(text) == {("Soviet Union", "VETOED", "Jordan"), ("Soviet Union", "VETOED", "Lebanon")}


def test_nationality_words_on_troops_in_a_draft_not_vetoed_give_nothing():
    assert vetoes("In 1958 the Soviet Union did not veto a text on the presence of American troops in Lebanon.") == set()


def test_the_state_replaced_in_a_seat_casts_no_veto():
    text = "- 1992 – Russia, newly seated in place of the Soviet Union, casts its first veto, against a draft on Cyprus."
    assert vetoes(text) == {("Russia", "VETOED", "Cyprus")}


def test_the_state_replaced_in_a_seat_and_a_threat_give_nothing():
    assert vetoes("In 1992 Russia, newly seated in place of the Soviet Union, threatened a veto on Cyprus.") == set()


def test_drafts_on_the_war_there_concern_the_state_the_paragraph_opened_on():
    text = "Consider Yemen. Since 2015 Russia has vetoed four drafts on the war there, and China stood with it on most of those votes."
    assert vetoes(text) == {("Russia", "VETOED", "Yemen"), ("China", "VETOED", "Yemen")}


def test_a_second_vetoer_who_sides_with_the_first():
    assert vetoes("Russia vetoed the draft on Yemen, and China sided with it.") == {
        ("Russia", "VETOED", "Yemen"), ("China", "VETOED", "Yemen")}


def test_a_second_state_that_did_not_stand_with_the_vetoer_gives_nothing():
    assert vetoes("Russia vetoed the draft on Yemen, but China did not stand with it.") == {("Russia", "VETOED", "Yemen")}


def test_standing_with_a_state_is_no_veto():
    assert vetoes("China stood with Russia at the summit.") == set()


def test_a_modest_text_concerns_the_state_the_paragraph_opened_on():
    text = "Consider Burundi. In 2016 China and Russia vetoed a modest text urging the army to free prisoners; Kenya, then an elected member, voted against it too."
    assert vetoes(text) == {("China", "VETOED", "Burundi"), ("Russia", "VETOED", "Burundi")}


def test_a_modest_text_they_might_have_vetoed_gives_nothing():
    text = "Consider Burundi. In 2016 China and Russia might have vetoed a modest text urging the army to free prisoners."
    assert vetoes(text) == set()


def test_a_state_after_a_semicolon_is_not_what_the_draft_concerned():
    assert vetoes("In 2016 China and Russia vetoed a draft on Burundi; Kenya voted against it too.") == {
        ("China", "VETOED", "Burundi"), ("Russia", "VETOED", "Burundi")}


def test_its_last_veto_is_the_paragraphs_one_state():
    text = "- A member asked whether Russia vetoed anything in May. It did not. Its last veto was cast in November 2024, on a draft concerning Sudan."
    assert vetoes(text) == {("Russia", "VETOED", "Sudan")}


def test_its_next_veto_gives_nothing():
    assert vetoes("Russia spoke at length. Its next veto may be cast on a draft concerning Sudan.") == set()


def test_its_veto_after_two_states_gives_nothing():
    assert vetoes("Russia and China spoke at length. Its last veto was cast on a draft concerning Sudan.") == set()


def test_members_voting_against_a_drafters_text_cast_no_veto_on_the_paragraphs_topic():
    text = "The Council debated climate security all year. In May the United States and France were among the seven members voting against the Russian text."
    assert vetoes(text) == set()


# --- a seat held, told without "member" ---------------------------------------------------------------

def test_an_elected_seat_held_in_a_document_about_the_council():
    assert members(DRAFT + "Kenya, which held an elected seat that year, voted against it.") == {"Kenya"}


def test_a_seat_held_in_no_named_body_gives_nothing():
    assert members("Kenya held an elected seat somewhere that year.") == set()


def test_a_seat_hoped_for_gives_nothing():
    assert members(DRAFT + "Kenya hopes to hold an elected seat next year.") == set()


def test_states_then_on_the_council_in_an_apposition():
    assert members(DRAFT + "Belgium and Italy, both then on the Council, were with us from the start.") == {"Belgium", "Italy"}


def test_a_state_on_the_councils_agenda_is_no_member():
    assert members(DRAFT + "Belgium, then on the Council's agenda, was discussed at length.") == set()


def test_a_state_not_then_on_the_council_gives_nothing():
    assert members(DRAFT + "Belgium, not then on the Council, was with us.") == set()


@pytest.mark.xfail(strict=True, reason="peoples named with their article ('the Belgians and the Italians') are not read as the states an apposition's seat is said of")
def test_peoples_then_on_the_council():
    assert members(DRAFT + "The Belgians and the Italians, both then on the Council, were with us.") == {"Belgium", "Italy"}


@pytest.mark.xfail(strict=True, reason="'he' for a speaker named by nationality in an earlier sentence ('The American ambassador') is not resolved to the state")
def test_a_speakers_accusation_told_with_a_pronoun():
    text = "The American ambassador was on his feet within minutes. He accused Moscow of reneging on its word."
    assert facts(text, "OPPOSES") == {("United States", "OPPOSES", "Russia")}


def test_a_seat_held_until_a_date_is_a_former_one():
    assert members(DRAFT + "Yugoslavia held an elected seat until 1989 and then left the Council.") == set()


# --- left for later ------------------------------------------------------------------------------------

@pytest.mark.xfail(strict=True, reason="after 'designated' with no entity as object, the subject of the clause joined by ', and' is taken as the sanctioned party")
def test_designations_of_persons_followed_by_another_clause_give_nothing():
    text = "The United States designated two commanders in January, and the European Union listed six companies."
    assert facts(text, "SANCTIONED") == set()


def test_a_modest_text_concerns_the_state_the_sentence_before_named():
    text = "Consider Yemen. Russia has vetoed drafts on the war there. Consider Burundi. In 2016 China and Russia vetoed a modest text urging the army to free prisoners."
    assert ("China", "VETOED", "Burundi") in vetoes(text)


def test_dated_elected_members_in_brackets_serving_on_the_council():
    text = DRAFT + "The elected members whose votes we record (Kenya in 2007, Ghana and Peru in 2008, India in 2021) were serving on the Council at the time."
    assert members(text) == {"Kenya", "Ghana", "Peru", "India"}
