"""Membership notes and UN vote summaries as a parliamentary library brief, a children's
encyclopaedia page, a press agency's fact boxes, a UN Association study guide, a foreign
ministry's bilateral page, a tracker's changelog and a video script write them: a list
lead-in that addresses the reader, sanctions a veto stopped, a status conferred by
"designated", accession talks, and the seats and entrants such texts give. Every text here is
written for these tests; none is taken from a corpus or evaluation document."""
from __future__ import annotations

import pytest

from tests.loaders.sentences import facts

COUNCIL = "United Nations Security Council"


# --- a lead-in that speaks to the reader hedges none of its entries ------------------------------

def test_a_lead_in_naming_what_the_reader_may_meet_hedges_no_entry():
    text = (
        "Some vetoes you may hear about in class:\n\n"
        "- In 2017 Russia vetoed a resolution on chemical weapons in Syria.\n"
        "- In 2020 China and Russia vetoed a resolution on cross-border aid.\n"
    )
    assert {("Russia", "VETOED", "Cross-border humanitarian aid"), ("China", "VETOED", "Cross-border humanitarian aid")} <= facts(text, "VETOED")


def test_a_lead_in_on_vetoes_still_to_come_hedges_its_entries():
    text = "Vetoes that might come up next year:\n\n- Russia vetoes a resolution on Georgia.\n"
    assert facts(text, "VETOED") == set()


def test_a_reader_told_a_claim_is_not_told_a_fact():
    assert facts("You may read that Kazakhstan joined BRICS in 2024, but it has not applied.", "MEMBER_OF") == set()


# --- sanctions a veto stopped are nobody's sanctions -----------------------------------------------

def test_blocked_sanctions_are_a_veto_not_sanctions():
    found = facts("In the Security Council, Russia and China blocked fresh sanctions on Myanmar in 2007.")
    assert ("Russia", "VETOED", "Myanmar") in found and ("China", "VETOED", "Myanmar") in found
    assert not {f for f in found if f[1] == "SANCTIONED"}


def test_a_vetoed_draft_imposing_sanctions_imposes_none():
    found = facts("At the Security Council, Russia vetoed a draft imposing an arms embargo and new sanctions on Zimbabwe.")
    assert ("Russia", "VETOED", "Zimbabwe") in found
    assert not {f for f in found if f[1] == "SANCTIONED"}


def test_a_summary_in_the_present_blocks_a_draft():
    text = "SECURITY COUNCIL WEEK\n\n* 12 March -- China and Russia block a draft on Venezuela.\n"
    assert facts(text, "VETOED") == {("China", "VETOED", "Venezuela"), ("Russia", "VETOED", "Venezuela")}


def test_a_threatened_block_is_no_veto():
    assert facts("In the Security Council, China and Russia may block a draft on Venezuela next week.", "VETOED") == set()


def test_sanctions_imposed_stay_sanctions():
    assert facts("Canada imposed new sanctions on Belarus in August 2021.", "SANCTIONED") == {("Canada", "SANCTIONED", "Belarus")}


# --- "designated" a status ------------------------------------------------------------------------

def test_a_state_designated_an_ally_is_not_sanctioned():
    assert facts("In 2019 Washington designated Brazil a major non-NATO ally.", "SANCTIONED") == set()
    assert facts("The United States designated Tunisia as a major non-NATO ally in 2015.", "SANCTIONED") == set()


def test_a_firm_designated_under_sanctions_is_sanctioned():
    assert facts("The United States designated Rosoboronexport under its sanctions programme in 2014.", "SANCTIONED") == {
        ("United States", "SANCTIONED", "Rosoboronexport")}


# --- accession talks --------------------------------------------------------------------------------

def test_accession_talks_make_no_member():
    # (dev26's entrants told only as "The three invitees joined the alliance" are lost with it: see
    # test_membership_shapes_s17.test_invitees_counted_later_are_the_invited)
    assert facts("Moldova and the European Union opened accession talks in 2024.", "MEMBER_OF") == set()


def test_an_accession_completed_makes_a_member():
    assert facts("North Macedonia's accession to NATO came in March 2020.", "MEMBER_OF") == {
        ("North Macedonia", "MEMBER_OF", "North Atlantic Treaty Organization")}


# --- seats grouped by the year their terms end, and seats told with a time adverb or a perfect ------

def test_elected_members_grouped_by_term_end_hold_seats():
    text = (
        "COUNCIL COMPOSITION, 2019\n\nThe Security Council has five permanent and ten elected members.\n\n"
        "Terms ending 2019: Kuwait, Peru, Poland.\nTerms ending 2020: Estonia, Niger, Tunisia.\n"
    )
    assert {("Kuwait", "MEMBER_OF", COUNCIL), ("Peru", "MEMBER_OF", COUNCIL), ("Estonia", "MEMBER_OF", COUNCIL),
            ("Tunisia", "MEMBER_OF", COUNCIL)} <= facts(text, "MEMBER_OF")


def test_a_term_end_line_with_no_council_in_view_seats_nobody():
    assert facts("Term ending 2027: Chile, Peru, Ecuador.", "MEMBER_OF") == set()


def test_a_seat_held_then_is_a_seat():
    text = "The Security Council voted on the text in 2018. Kazakhstan was then an elected member and voted for it."
    assert ("Kazakhstan", "MEMBER_OF", COUNCIL) in facts(text, "MEMBER_OF")


def test_a_standing_membership_in_the_perfect_is_a_membership():
    assert facts("Who sits on the UN Security Council? Britain and France have been permanent members since 1945.", "MEMBER_OF") == {
        ("United Kingdom", "MEMBER_OF", COUNCIL), ("France", "MEMBER_OF", COUNCIL)}
    assert facts("Denmark has been a member of NATO since 1949.", "MEMBER_OF") == {("Denmark", "MEMBER_OF", "North Atlantic Treaty Organization")}


def test_a_perfect_denied_or_of_another_standing_is_no_membership():
    assert facts("Switzerland has never been a member of NATO.", "MEMBER_OF") == set()
    assert facts("Serbia has long been a candidate for membership of the European Union.", "MEMBER_OF") == set()
    assert facts("Mongolia has been an observer of the SCO since 2004.", "MEMBER_OF") == set()


# --- a tracker's "State / Body: status" records --------------------------------------------------

def test_a_status_record_whose_current_standing_is_member():
    assert facts("- **Montenegro / NATO**: `candidate` → `member` (5 June 2017).", "MEMBER_OF") == {
        ("Montenegro", "MEMBER_OF", "North Atlantic Treaty Organization")}
    assert facts("* Kuwait, Qatar / GCC -- founding member, 1981", "MEMBER_OF") == {
        ("Kuwait", "MEMBER_OF", "Gulf Cooperation Council"), ("Qatar", "MEMBER_OF", "Gulf Cooperation Council")}


def test_a_status_record_that_moves_away_from_member_or_never_reaches_it():
    assert facts("- **Uzbekistan / CSTO**: `member` → `former` (2012).", "MEMBER_OF") == set()
    assert facts("- **Bosnia and Herzegovina / NATO**: unchanged at `aspirant`.", "MEMBER_OF") == set()
    assert facts("- **Mongolia / SCO**: `observer`; not a member, whatever the press says.", "MEMBER_OF") == set()
    assert facts("- **Algeria / BRICS**: `applicant` → `invited`; no answer yet.", "MEMBER_OF") == set()


# --- supporters of a vetoed draft, a described pair, a state speaking through its envoy ------------

def test_a_state_that_voted_for_the_vetoed_draft_is_not_its_subject():
    assert facts("At the Security Council, Ghana voted in favour of the draft that Russia vetoed.", "VETOED") == set()
    assert facts("In the Security Council, Mexico backed the text China vetoed in 2019.", "VETOED") == set()


def test_a_subject_named_after_a_supporter_is_still_the_subject():
    assert facts("At the Security Council, Russia vetoed a draft on Syria that Kenya supported.", "VETOED") == {("Russia", "VETOED", "Syria")}


def test_a_pair_described_by_what_they_are_signs_a_partnership():
    text = "Vietnam and India opened embassies in 1972. The two Asian democracies signed a strategic partnership in 2007."
    assert facts(text, "PARTNERS_WITH") & {("India", "PARTNERS_WITH", "Vietnam"), ("Vietnam", "PARTNERS_WITH", "India")}


def test_a_described_pair_that_signed_nothing_partners_nobody():
    text = "Vietnam and India opened embassies in 1972. The two Asian democracies have not signed a strategic partnership."
    assert facts(text, "PARTNERS_WITH") == set()


def test_a_state_speaks_through_its_ambassador():
    assert facts("Norway sat on the Council in 2021. Its ambassador condemned Iran's drone sales.", "OPPOSES") == {("Norway", "OPPOSES", "Iran")}


def test_an_ambassador_who_did_not_condemn_opposes_nothing():
    assert facts("Norway sat on the Council in 2021. Its ambassador did not condemn Iran.", "OPPOSES") == set()


@pytest.mark.xfail(strict=True, reason="a paragraph that opens on 'its permanent representative' does not reach back to the state the "
                   "previous paragraph was about; 'their ambassadors' after two states gives only the first")
def test_an_envoy_in_a_new_paragraph_speaks_for_the_state_before():
    text = ("Kenya sat on the Council in 2021 and 2022. As an elected member it had no veto.\n\n"
            "In February 2022 its permanent representative criticised Russia's recognition of two breakaway regions.")
    assert facts(text, "OPPOSES") == {("Kenya", "OPPOSES", "Russia")}


# --- "joined the United States in voting down" ------------------------------------------------------

def test_states_that_joined_a_vetoer_in_voting_down_a_draft_veto_it_too():
    text = "At the Security Council in 1986, Britain and France joined the United States in voting down a draft on Libya."
    assert facts(text, "VETOED") == {("United Kingdom", "VETOED", "Libya"), ("France", "VETOED", "Libya"), ("United States", "VETOED", "Libya")}
    assert facts(text, "MEMBER_OF") == set()


def test_states_that_refused_to_join_a_vetoer_veto_nothing():
    text = "At the Security Council in 1986, Britain and France refused to join the United States in voting down a draft on Libya."
    assert not {f for f in facts(text, "VETOED") if f[0] != "United States"}


def test_a_state_joining_others_in_a_body_is_still_a_member():
    assert ("Uzbekistan", "MEMBER_OF", "Shanghai Cooperation Organisation") in facts(
        "In 2001 Uzbekistan joined China, Russia and Kazakhstan in the SCO.", "MEMBER_OF")


# --- a quoted myth answered "It did not:" ----------------------------------------------------------

def test_a_myth_answered_it_did_not_with_a_colon_is_withdrawn():
    text = 'Common mistakes\n\n- "France vetoed the Libya resolution in 2011." It did not: France voted for it.\n'
    assert facts(text, "VETOED") == set()


def test_a_fact_followed_by_another_negated_clause_stands():
    text = "Russia vetoed the draft on Syria in 2017. It was not the first time: it had vetoed drafts on Syria before."
    assert ("Russia", "VETOED", "Syria") in facts(text, "VETOED")


# --- the newest entrants to a body ------------------------------------------------------------------

def test_the_latest_entrants_to_a_body_are_members():
    assert facts("The latest entrants to NATO are Finland (2023) and Sweden (2024).", "MEMBER_OF") == {
        ("Finland", "MEMBER_OF", "North Atlantic Treaty Organization"), ("Sweden", "MEMBER_OF", "North Atlantic Treaty Organization")}


def test_likely_entrants_are_not_members():
    assert facts("Likely entrants to BRICS include Malaysia and Thailand.", "MEMBER_OF") == set()


@pytest.mark.xfail(strict=True, reason="'The next entrants to X are A and B' gives members (so before this set's rules too): "
                   "'next' marks no future for the membership readers")
def test_the_next_entrants_are_not_members():
    assert facts("The next entrants to the European Union are Montenegro and Albania.", "MEMBER_OF") == set()


# --- a topic that qualifies a state's situation -------------------------------------------------------

def test_a_draft_on_a_states_human_rights_situation_concerns_the_state():
    text = "In 2008 China and Russia vetoed a draft on the human rights situation in Zimbabwe."
    assert facts(text, "VETOED") == {("China", "VETOED", "Zimbabwe"), ("Russia", "VETOED", "Zimbabwe")}


def test_a_draft_on_a_topic_and_a_situation_concerns_both():
    text = "Russia vetoed a draft on human rights and on the situation in Zimbabwe."
    assert facts(text, "VETOED") == {("Russia", "VETOED", "Human rights"), ("Russia", "VETOED", "Zimbabwe")}
