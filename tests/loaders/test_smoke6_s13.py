"""Faults found by smoke tests of session 13 (helper smoke6) on short notes in styles the earlier
rounds did not use (a think-tank paragraph with footnote markers, a wire story full of attributions,
a translated ministry communiqué, a wiki "Operators" section, an order of battle, a chronology table,
an editorial, a market-report teaser, a rumour roundup, committee recommendations, an NGO annual
report, a local newspaper story, a fighter competition background note). Each case is a new
sentence, with twins that must give nothing."""
from __future__ import annotations

import pytest

from tests.loaders.sentences import facts


# --- a sub-model written after a space belongs to the system's name ---------------------------------
# ("Gripen C/D jets bought from Sweden, as well as F-16s supplied by the United States" gave Sweden as
# the F-16's seller: the "C/D" cut the system off from its own "jets bought from")

def test_a_spaced_variant_pair_keeps_the_source_with_its_system():
    found = facts("Hungary flies eight Gripen C/D fighters leased from Sweden, as well as MiG-29s supplied by Russia.", "SOLD")
    assert found == {("Sweden", "SOLD", "JAS 39 Gripen"), ("Russia", "SOLD", "MiG-29")}


def test_a_production_block_keeps_the_source_with_its_system():
    found = facts("Morocco's air force flies F-16 Block 52 jets bought from the United States in 2011, and Mirage F1s from France.", "SOLD")
    assert ("United States", "SOLD", "F-16") in found
    assert ("France", "SOLD", "F-16") not in found and ("United States", "SOLD", "Mirage F1") not in found


def test_a_spaced_variant_pair_in_a_denied_or_planned_purchase_gives_nothing():
    for sentence in (
        "Hungary has not bought Gripen C/D fighters from Sweden.",
        "Hungary may lease more Gripen C/D fighters from Sweden.",
        "Hungary plans to buy F-16 Block 70 jets from the United States.",
    ):
        assert facts(sentence, "SOLD", "ACQUIRED") == set(), sentence


# --- "last year's edition, <Exercise>-<year>," names its own edition ----------------------------------
# (a planned edition named in the sentence before took the older edition's participants and place)

def test_an_edition_named_between_commas_is_not_the_one_named_before():
    text = "Indonesia may join Malabar-2026. This year's drill, Malabar-2025, was held off Guam with Japan and Australia."
    assert facts(text, "PARTICIPATED_IN", "HELD_IN") == {
        ("Japan", "PARTICIPATED_IN", "Malabar-2025"), ("Australia", "PARTICIPATED_IN", "Malabar-2025"), ("Malabar-2025", "HELD_IN", "Guam"),
    }


def test_a_two_digit_edition_between_commas_is_its_own():
    text = "Bangladesh is to send observers to AMAN-27. Last year's edition, AMAN-25, drew the navies of China and Turkey."
    found = facts(text, "PARTICIPATED_IN")
    assert found and all(target == "AMAN-25" for _, _, target in found)


def test_the_edition_without_a_name_still_refers_back():
    text = "Malabar-2025 opened off Guam on Monday. The exercise was held with Japan and Australia."
    assert ("Japan", "PARTICIPATED_IN", "Malabar-2025") in facts(text, "PARTICIPATED_IN")


# --- a later conjunct the gazetteer does not list keeps its own source -------------------------------
# ("F-16s bought from the Netherlands and Tucano trainers from Brazil" gave Brazil as a seller of the F-16)

def test_an_unlisted_conjuncts_source_is_not_the_systems():
    found = facts("Ecuador bought Mirage F1s from France in 1978 and Pilatus trainers from Switzerland in 1981.", "SOLD")
    assert ("France", "SOLD", "Mirage F1") in found and ("Switzerland", "SOLD", "Mirage F1") not in found
    found = facts("The air arm received MiG-29s from Belarus, as well as eight Tucanos from Brazil.", "SOLD")
    assert ("Belarus", "SOLD", "MiG-29") in found and ("Brazil", "SOLD", "MiG-29") not in found


def test_one_source_after_a_list_still_serves_every_item():
    assert ("Russia", "SOLD", "Su-27") in facts("China bought Su-27s and Ilyushin transports from Russia.", "SOLD")


def test_an_unlisted_conjunct_after_a_denied_purchase_gives_nothing():
    for sentence in (
        "Ecuador never bought Mirage F1s from France, nor Kfir jets from Israel.",
        "Ecuador may buy Mirage F1s from France and Kfir jets from Israel.",
    ):
        assert facts(sentence, "SOLD", "ACQUIRED") == set(), sentence


# --- an "Operators" section: headings pasted with their markup, entries naming their own variant ------
# ("== Operators ==" and "## Operators" in a plain-text paste read as prose, so no entry under them was
# an operator; and an entry's own "Su-30MKI" gave way to the page's most named "Su-30MKA")

def test_entries_under_a_wiki_marked_operators_heading():
    text = "== Operators ==\n\n* Uganda – 6 Su-30MK2\n* Angola – 12 Su-30MKI\n"
    assert facts(text, "OPERATES") == {("Uganda", "OPERATES", "Su-30MK2"), ("Angola", "OPERATES", "Su-30MKI")}


def test_entries_under_a_markdown_marked_operators_heading_in_plain_text():
    text = "## Current operators\n\n- Uganda: 6 Su-30MK2\n- Angola: 12 Su-30MKI\n"
    assert facts(text, "OPERATES") == {("Uganda", "OPERATES", "Su-30MK2"), ("Angola", "OPERATES", "Su-30MKI")}


def test_entries_under_would_be_operators_give_nothing():
    for heading in ("== Potential operators ==", "## Cancelled orders", "=== Failed bids ==="):
        text = f"{heading}\n\n* Uganda – 6 Su-30MK2\n* Angola – 12 Su-30MKI\n"
        assert facts(text, "OPERATES") == set(), heading
    assert facts("== Operators ==\n\n* Uganda – 6 Su-30MK2, never operated\n", "OPERATES") == set()


# --- ", and the two states clashed": a pair as the joined clause's subject is out of an accusation's reach
# ("Tajikistan accused Kyrgyzstan of shelling its villages, and the two states clashed again" lost the clash)

def test_a_pair_subject_after_an_accusation_clashed():
    found = facts("Armenia accused Azerbaijan of provocations, and the two neighbours clashed on the border in 2022.", "CLASHED_WITH")
    assert {frozenset((s, t)) for s, _, t in found} == {frozenset(("Armenia", "Azerbaijan"))}
    found = facts("Eritrea blamed Ethiopia for the raids, and both countries clashed again near Badme.", "CLASHED_WITH")
    assert {frozenset((s, t)) for s, _, t in found} == {frozenset(("Eritrea", "Ethiopia"))}


def test_a_pair_subject_denied_hedged_or_conditional_gives_nothing():
    for sentence in (
        "Armenia accused Azerbaijan of provocations, and the two neighbours may clash again.",
        "Armenia accused Azerbaijan of provocations, but the two countries did not clash.",
        "If Yerevan protests, and the two countries clash, the talks will end.",
    ):
        assert facts(sentence, "CLASHED_WITH") == set(), sentence


# --- "it" after a subject owned by a state is that state, not the seller named last ------------------
# ("Argentina's purchase of JF-17s from Pakistan fell through in 2023, and it bought F-16s from Denmark
# instead" gave Pakistan as the F-16's buyer)

def test_it_after_a_possessed_subject_is_the_possessor():
    found = facts("Peru's order for T-90 tanks from Russia was cancelled, and it bought Leopard 2 tanks from Germany in 2024.", "ACQUIRED")
    assert found == {("Peru", "ACQUIRED", "Leopard 2")}
    found = facts("Chile's tender for Su-30 jets from Russia was scrapped, so it ordered F-16s from the Netherlands.", "ACQUIRED")
    assert found == {("Chile", "ACQUIRED", "F-16")}


def test_it_after_a_possessed_subject_hedged_or_denied_gives_nothing():
    for sentence in (
        "Peru's order for T-90 tanks from Russia was cancelled, and it may buy Leopard 2 tanks from Germany.",
        "Peru's order for T-90 tanks from Russia was cancelled, and it has not bought Leopard 2 tanks from Germany either.",
    ):
        assert facts(sentence, "SOLD", "ACQUIRED") == set(), sentence


# --- a system only wanted, weighed or passed over is neither bought nor flown ------------------------
# ("Iraq operates the Pantsir-S1 and wanted the S-400" gave Iraq as an S-400 operator; "bought the Patriot
# from the United States rather than the S-400 from Russia" gave Russia as the Patriot's seller)

def test_a_system_under_a_verb_of_wanting_is_not_the_triggers():
    assert facts("Jordan flies the F-16 and has long coveted the F-35.", "OPERATES") == {("Jordan", "OPERATES", "F-16")}
    found = facts("Serbia bought the Pantsir-S1 from Russia in 2019 and also evaluated the HQ-22.", "SOLD", "ACQUIRED")
    assert found == {("Serbia", "ACQUIRED", "Pantsir-S1"), ("Russia", "SOLD", "Pantsir-S1")}
    assert facts("Morocco, which operates the F-5, evaluated the Su-35 in 2018.", "OPERATES") == {("Morocco", "OPERATES", "F-5")}


def test_a_system_passed_over_keeps_its_own_source():
    for sentence in (
        "Qatar ordered the NASAMS from Norway rather than the HQ-9 from China.",
        "Qatar ordered the NASAMS from Norway instead of the HQ-9 from China.",
        "Qatar ordered the NASAMS from Norway, not the HQ-9 from China.",
    ):
        assert facts(sentence, "SOLD", "ACQUIRED") == {("Qatar", "ACQUIRED", "NASAMS"), ("Norway", "SOLD", "NASAMS")}, sentence


def test_a_choice_hedged_or_denied_gives_nothing():
    for sentence in (
        "Qatar may order the NASAMS from Norway rather than the HQ-9 from China.",
        "Qatar did not order the NASAMS from Norway, nor the HQ-9 from China.",
    ):
        assert facts(sentence, "SOLD", "ACQUIRED") == set(), sentence


# --- a former member is no member --------------------------------------------------------------------
# ("Uzbekistan is a former member of the CSTO" gave a membership)

def test_a_former_member_is_no_member():
    assert facts("Georgia is a former member of the Commonwealth of Independent States.", "MEMBER_OF") == set()
    assert facts("Ukraine, an ex-member of the CIS, left it in 2018.", "MEMBER_OF") == set()
    text = "Commonwealth of Independent States\n\nMembers:\n- Armenia\n- Georgia (former member)\n- Ukraine: left in 2018\n"
    assert facts(text, "MEMBER_OF") == {("Armenia", "MEMBER_OF", "Commonwealth of Independent States")}


def test_a_former_something_else_is_still_a_member():
    found = facts("Kyrgyzstan, a former Soviet republic, is a member of the Collective Security Treaty Organization.", "MEMBER_OF")
    assert found == {("Kyrgyzstan", "MEMBER_OF", "Collective Security Treaty Organization")}


def test_an_operators_entry_keeps_the_version_it_says_is_flown():
    text = "== Operators ==\n\n* Uganda – 6 Su-30MK2\n* China – the People's Liberation Army Air Force operates 73 Su-30MKK\n"
    found = facts(text, "OPERATES")
    assert ("China", "OPERATES", "Su-30MKK") in found and ("China", "OPERATES", "Su-30MK2") not in found


# --- a year queried in brackets right after the deed: the writer is unsure of it ------------------------
# (revision notes: "find date Uzbekistan rejoined (2006?)" gave a membership)

def test_a_queried_year_gives_nothing():
    for sentence in (
        "Check whether Kyrgyzstan joined the CSTO (1994?) before Tajikistan.",
        "Malaysia took delivery of the Su-30MKM from Russia (2007??), to be confirmed.",
    ):
        assert facts(sentence) == set(), sentence


def test_a_year_in_brackets_without_a_query_still_dates_the_deed():
    assert facts("Kyrgyzstan joined the CSTO (1994) with Tajikistan.", "MEMBER_OF") >= {("Kyrgyzstan", "MEMBER_OF", "Collective Security Treaty Organization")}


# --- a passive seller after an unlisted conjunct is that conjunct's ---------------------------------------
# ("F-16s, as well as Hawks supplied by the United Kingdom" gave the United Kingdom as the F-16's seller)

def test_an_unlisted_conjuncts_passive_seller_is_not_the_systems():
    found = facts("Chile flies F-16s bought from the Netherlands, as well as Tucanos supplied by Brazil.", "SOLD")
    assert found == {("Netherlands", "SOLD", "F-16")}
    assert facts("Peru flies MiG-29s, and Pilatus trainers delivered by Switzerland.", "SOLD") == set()


def test_a_passive_seller_right_after_listed_systems_still_serves_them():
    found = facts("Chile operates F-16 and Su-30 jets supplied by the United States.", "SOLD")
    assert found == {("United States", "SOLD", "F-16"), ("United States", "SOLD", "Su-30")}


# --- found and not fixed in this round ---------------------------------------------------------------

@pytest.mark.xfail(strict=True, reason="gapping: the second clause's verb is left out ('and Morocco, its rival, the F-16 from "
                   "the United States'); the first verb takes the second clause's system and source")
def test_a_gapped_clause_keeps_its_own_buyer_and_source():
    found = facts("Ethiopia bought the Su-27, and Eritrea, its rival, the MiG-29 from Russia.", "SOLD", "ACQUIRED")
    assert ("Ethiopia", "ACQUIRED", "MiG-29") not in found and ("Russia", "SOLD", "Su-27") not in found




@pytest.mark.xfail(strict=True, reason="'the <system> purchases of <states>': the buyers after 'of' with the system before "
                   "the noun are not read")
def test_the_systems_purchases_of_states():
    found = facts("The report covers the S-400 purchases of India and Turkey.", "ACQUIRED")
    assert found == {("India", "ACQUIRED", "S-400"), ("Turkey", "ACQUIRED", "S-400")}


@pytest.mark.xfail(strict=True, reason="'considered X but bought Y from Z' gives nothing: the weighing verb's cue reaches "
                   "across 'but' to the purchase")
def test_a_purchase_after_a_weighed_alternative():
    found = facts("Iraq considered the S-400 but bought the Pantsir-S1 from Russia.", "ACQUIRED")
    assert found == {("Iraq", "ACQUIRED", "Pantsir-S1")}
