"""Memberships, sanctions, vetoes and partnerships on text by new authors (session 14, issue #3):
mechanisms found on the first readings of dev68 to dev73, each tested on new sentences in
varied styles, with negated, hedged and planned twins that must give nothing."""
from __future__ import annotations

from loaders.extract import extract_text
from loaders.readers import markdown_text
from tests.loaders.sentences import facts


# --- "X followed": the deed told just before, repeated by a new subject --------------------------

def test_a_bare_followed_after_sanctions_repeats_the_sanctions():
    assert facts("Britain froze the assets of Belarusian banks and imposed sanctions on Belarus in June. Norway and Iceland followed.", "SANCTIONED") == {
        ("United Kingdom", "SANCTIONED", "Belarus"), ("Norway", "SANCTIONED", "Belarus"), ("Iceland", "SANCTIONED", "Belarus")}
    assert facts("The EU sanctioned Iran over the drones in 2023; New Zealand followed in March 2024.", "SANCTIONED") == {
        ("European Union", "SANCTIONED", "Iran"), ("New Zealand", "SANCTIONED", "Iran")}


def test_a_bare_followed_that_is_denied_hedged_or_planned_repeats_nothing():
    for second in ("Norway has not followed.", "Norway may have followed.", "Norway is expected to follow.", "Norway will follow in 2026.",
                   "The talks that followed were tense."):
        found = facts("Britain imposed sanctions on Belarus in June. " + second, "SANCTIONED")
        assert found == {("United Kingdom", "SANCTIONED", "Belarus")}, second


def test_a_bare_followed_after_an_accession_is_no_sanction():
    text = "The EU sanctioned Russia in 2014. Montenegro joined NATO in 2017; North Macedonia followed."
    assert facts(text, "SANCTIONED") == {("European Union", "SANCTIONED", "Russia")}


def test_an_entrant_that_followed_on_a_day_joined_the_same_body():
    assert ("Sweden", "MEMBER_OF", "North Atlantic Treaty Organization") in facts(
        "Finland became a member of NATO on 4 April 2023, and Sweden followed on 7 March 2024.", "MEMBER_OF")
    # the accession told after sanctions in the paragraph is still an accession
    found = facts("The EU sanctioned Russia in 2014. Finland joined NATO on 4 April 2023, and Sweden followed on 7 March 2024.")
    assert ("Sweden", "MEMBER_OF", "North Atlantic Treaty Organization") in found
    assert ("Sweden", "SANCTIONED", "Russia") not in found
    assert facts("Finland joined NATO on 4 April 2023, and Sweden may follow on 7 March 2024.", "MEMBER_OF") == {
        ("Finland", "MEMBER_OF", "North Atlantic Treaty Organization")}


# --- "As a founding member of ASEAN, the Philippines ...": the subject after the opening --------------

def test_an_opening_as_a_founding_or_full_member_gives_the_subject_membership():
    assert facts("As a founding member of ASEAN, Thailand pressed for a binding code of conduct.", "MEMBER_OF") == {
        ("Thailand", "MEMBER_OF", "Association of Southeast Asian Nations")}
    assert facts("As a full member of the SCO since 2017, India hosted the 2023 summit online.", "MEMBER_OF") == {
        ("India", "MEMBER_OF", "Shanghai Cooperation Organisation")}


def test_an_opening_as_a_prospective_or_would_be_member_gives_nothing():
    for sentence in (
        "As a prospective member of the SCO, Iran sent a delegation to Astana.",
        "As a candidate for membership of ASEAN, Timor-Leste attended as an observer.",
        "As an observer in the SCO, Mongolia sent its foreign minister.",
    ):
        assert facts(sentence, "MEMBER_OF") == set(), sentence


# --- a list of vetoes whose entries open with the state they concerned ----------------------------

VETO_LIST = """Vetoes I sat through:

- **Syria, October 2011.** Britain and France tabled a text threatening measures. Russia and China vetoed it.
- **Zimbabwe, July 2008.** The United States drafted targeted sanctions after the disputed vote. Russia and China vetoed them.
- **Venezuela, February 2019.** Russia and China blocked the American text calling for new elections.
"""


def test_each_veto_entry_concerns_the_state_it_opens_with_not_an_earlier_entrys():
    found = {(r.source, r.type, r.target) for r in extract_text(markdown_text(VETO_LIST)).relations if r.type == "VETOED"}
    assert found == {(vetoer, "VETOED", subject) for vetoer in ("Russia", "China") for subject in ("Syria", "Zimbabwe", "Venezuela")}


def test_a_veto_entry_that_denies_or_hedges_the_veto_gives_nothing():
    for sentence in ("Russia and China did not block the American text calling for new elections.",
                     "Russia and China may block the American text calling for new elections.",
                     "Russia and China threatened to block the American text calling for new elections."):
        text = VETO_LIST.splitlines()[0] + "\n\n- **Syria, October 2011.** Russia and China vetoed the text.\n- **Venezuela, February 2019.** " + sentence + "\n"
        found = {(r.source, r.target) for r in extract_text(markdown_text(text)).relations if r.type == "VETOED"}
        assert found == {("Russia", "Syria"), ("China", "Syria")}, sentence


# --- a denial that points back to hearsay in the main clause, not to the relative clause -------------------

def test_a_relative_clause_stands_when_only_the_hearsay_main_clause_is_denied():
    assert facts("Armenia, which joined the Eurasian Economic Union in 2015, is said to have asked Moscow for troops; Yerevan denied it.", "MEMBER_OF") == {
        ("Armenia", "MEMBER_OF", "Eurasian Economic Union")}
    assert facts("Pakistan, which signed a strategic partnership with Turkey in 2022, reportedly sought drones; Islamabad denied it.", "PARTNERS_WITH") == {
        ("Pakistan", "PARTNERS_WITH", "Turkey")}


def test_a_relative_clause_that_is_itself_hedged_or_denied_gives_nothing():
    for sentence in (
        "Armenia, which reportedly joined the Eurasian Economic Union, is said to have asked Moscow for troops; Yerevan denied it.",
        "Armenia, which may join the Eurasian Economic Union, is said to have asked Moscow for troops.",
        "Armenia joined the Eurasian Economic Union and asked Moscow for troops; Yerevan denied it.",
    ):
        assert facts(sentence, "MEMBER_OF") == set(), sentence


# --- a named instrument, its date, then what it is in apposition ---------------------------------------

def test_a_named_instrument_said_after_its_date_to_be_an_alliance_is_a_partnership():
    assert facts("Moscow and Minsk signed the Union Treaty in Moscow in December 1999, a mutual defence pact as much as an economic one.", "PARTNERS_WITH") == {
        ("Belarus", "PARTNERS_WITH", "Russia")}
    assert facts("Ankara and Tripoli concluded the Istanbul Memorandum in November 2019, a security cooperation agreement.", "PARTNERS_WITH") == {
        ("Libya", "PARTNERS_WITH", "Turkey")}


def test_a_named_instrument_not_signed_or_only_planned_is_no_partnership():
    for sentence in (
        "Moscow and Minsk never signed the Union Treaty, a mutual defence pact.",
        "Moscow and Minsk may sign the Union Treaty in Moscow in December, a mutual defence pact.",
        "Moscow and Minsk plan to sign the Union Treaty in Moscow in December, a mutual defence pact.",
    ):
        assert facts(sentence, "PARTNERS_WITH") == set(), sentence


def test_votes_against_a_text_named_by_its_drafter_are_no_veto():
    text = ("Vetoes of the year:\n\n- **Syria, October 2011.** Russia and China vetoed the text.\n"
            "- **Ukraine, May 2024.** Britain and France were among the seven members voting against the Russian text. "
            "None of their negative votes was a veto.\n")
    found = {(r.source, r.target) for r in extract_text(markdown_text(text)).relations if r.type == "VETOED"}
    assert found == {("Russia", "Syria"), ("China", "Syria")}


# --- entrants, fellow members and an enlarged body: closed classes of words around known cues ----------

def test_entrants_that_all_came_in_at_the_start_of_a_year_joined_the_body_in_view():
    assert facts("Argentina was invited to join BRICS. Egypt and Iran both came in at the start of 2024.", "MEMBER_OF") == {
        ("Egypt", "MEMBER_OF", "BRICS"), ("Iran", "MEMBER_OF", "BRICS")}
    assert facts("Montenegro joined NATO in 2017. Albania and Croatia all came in by the end of 2009.", "MEMBER_OF") >= {
        ("Albania", "MEMBER_OF", "North Atlantic Treaty Organization"), ("Croatia", "MEMBER_OF", "North Atlantic Treaty Organization")}


def test_entrants_that_may_come_in_or_whose_news_came_in_joined_nothing():
    for second in ("Egypt and Iran may come in at the start of 2025.", "Egypt and Iran will all come in at the start of 2025.",
                   "Their replies all came in at the start of 2024."):
        assert facts("Argentina was invited to join BRICS. " + second, "MEMBER_OF") == set(), second


def test_states_that_belong_with_others_to_a_body_are_all_members():
    assert facts("Armenia and Kyrgyzstan belong with Russia to the Eurasian Economic Union.", "MEMBER_OF") == {
        (state, "MEMBER_OF", "Eurasian Economic Union") for state in ("Armenia", "Kyrgyzstan", "Russia")}


def test_states_said_not_to_belong_with_others_to_a_body_are_no_members():
    for sentence in ("Serbia does not belong with Russia and Belarus to the CSTO.",
                     "Serbia may one day belong with Russia and Belarus to the CSTO."):
        assert facts(sentence, "MEMBER_OF") == set(), sentence


def test_states_that_now_sit_in_an_enlarged_body_are_members():
    assert facts("Brazil and India now sit in an expanded BRICS.", "MEMBER_OF") == {
        ("Brazil", "MEMBER_OF", "BRICS"), ("India", "MEMBER_OF", "BRICS")}
    for sentence in ("Brazil and India may soon sit in an expanded BRICS.", "Brazil and India do not sit in an expanded BRICS."):
        assert facts(sentence, "MEMBER_OF") == set(), sentence


# --- "Its" opening a sentence: the body the sentence before named last, not the paragraph's topic ---------

def test_its_members_after_a_second_body_are_that_bodys():
    text = ("ASEAN was founded in 1967 by Indonesia, Malaysia, the Philippines, Singapore and Thailand. "
            "The Cold War also produced the Southeast Asia Treaty Organization, which was set up in 1954 and which the United States led. "
            "Its other founding members were Pakistan and New Zealand.")
    found = facts(text, "MEMBER_OF")
    assert ("Pakistan", "MEMBER_OF", "Southeast Asia Treaty Organization") in found
    assert ("Pakistan", "MEMBER_OF", "Association of Southeast Asian Nations") not in found


def test_its_members_with_no_second_body_named_stay_the_topics():
    text = "ASEAN was set up in Bangkok in 1967 with Indonesia as its largest state. Its other founding members were Malaysia and Thailand."
    assert facts(text, "MEMBER_OF") >= {("Malaysia", "MEMBER_OF", "Association of Southeast Asian Nations")}


# --- "China keeps building its Belt and Road Initiative": an initiative the state subject owns ---------------

def test_an_initiative_its_state_subject_calls_its_own_is_led_by_it():
    assert facts("Beijing steadily extends its Global Development Initiative across Africa.", "LEADS") == {
        ("China", "LEADS", "Global Development Initiative")}


def test_an_initiative_hedged_denied_or_another_states_gives_no_lead():
    for sentence in (
        "China might revive its Belt and Road Initiative after the slowdown.",
        "China has not promoted its Belt and Road Initiative since 2020.",
        "Italy quit its Belt and Road Initiative membership in 2023.",
        "Italy quietly left its Belt and Road Initiative in 2023.",
    ):
        assert facts(sentence, "LEADS") == set(), sentence


# --- coordinated nationality words before firms: the firms of each, not the states ---------------------

def test_sanctions_on_the_firms_of_several_nationalities_are_not_on_the_states():
    for sentence in ("Washington has blacklisted several Armenian and Georgian firms that shipped microchips to Russia.",
                     "London sanctioned Syrian, Lebanese and Iraqi companies in the smuggling ring."):
        assert facts(sentence, "SANCTIONED") == set(), sentence
    assert facts("London sanctioned Syria and Lebanon in 2012.", "SANCTIONED") == {
        ("United Kingdom", "SANCTIONED", "Syria"), ("United Kingdom", "SANCTIONED", "Lebanon")}
