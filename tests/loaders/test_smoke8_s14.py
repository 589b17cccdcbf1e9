"""Faults found by an eighth round of smoke tests (session 14) on short notes whose weight is precision
under modality (a corrections column, a fact-check verdict, an investor call, a "what we know" explainer,
a rumour tracker, a spokesperson's briefing, a cable summary, a forecasting question, a verification
update, an intelligence assessment, written parliamentary answers, a headline digest, register footnotes,
a newsletter, a "did not happen" sidebar, a procurement blog). Each case is a new sentence, with twins
that must give nothing, and plain facts that a hedge or a refusal in another clause must not block."""
from __future__ import annotations

import pytest

from tests.loaders.sentences import facts


# --- a correction that retells its error: "we misreported that ..." ---------------------------------------

def test_a_misreported_claim_gives_nothing():
    for sentence in (
        "Our Monday edition misreported that Ecuador took part in UNITAS-2022; it did not.",
        "A previous version of this story misstated that Ghana had bought the K-8 from China.",
        "The profile misidentified Bahrain as a member of the Shanghai Cooperation Organisation.",
        "We mis-reported that Chile operates the Su-30.",
    ):
        assert facts(sentence) <= {("Shanghai Cooperation Organisation", "MENTIONS", "Bahrain")} and not any(
            t in ("PARTICIPATED_IN", "ACQUIRED", "SOLD", "MEMBER_OF", "OPERATES") for _, t, _ in facts(sentence)), sentence


def test_a_correction_does_not_block_the_fact_told_beside_it():
    assert facts("The caption misidentified the frigate, but Ghana bought the K-8 from China in 2019.", "ACQUIRED") == {("Ghana", "ACQUIRED", "K-8")}
    assert facts("Ecuador took part in UNITAS-2022.", "PARTICIPATED_IN") == {("Ecuador", "PARTICIPATED_IN", "UNITAS-2022")}


# --- a refusal with its own object, then "and" a deed done --------------------------------------------------

def test_a_deed_after_a_completed_refusal_is_a_fact():
    assert facts("Uruguay turned down the JF-17 and bought F-16s from Denmark in 2024.", "ACQUIRED", "SOLD") == {
        ("Uruguay", "ACQUIRED", "F-16"), ("Denmark", "SOLD", "F-16")}
    assert facts("Kenya rejected the first offer and later bought the C-295 from Spain.", "ACQUIRED", "SOLD") == {
        ("Kenya", "ACQUIRED", "C-295"), ("Spain", "SOLD", "C-295")}
    assert facts("Belarus refused to buy the J-10 and instead bought the Su-30SM from Russia.", "ACQUIRED", "SOLD") == {
        ("Belarus", "ACQUIRED", "Su-30SM"), ("Russia", "SOLD", "Su-30SM")}


def test_a_refusal_still_covers_the_infinitive_it_governs():
    for sentence in (
        "Uruguay refused to buy the JF-17 and sell its Pucaras to Bolivia.",
        "Uruguay turned down the JF-17 and will buy F-16s from Denmark.",
        "Uruguay turned down the JF-17 and might buy F-16s from Denmark.",
        "Uruguay turned down the JF-17 and did not buy F-16s from Denmark either.",
    ):
        assert facts(sentence, "ACQUIRED", "SOLD") == set(), sentence


def test_a_rejected_claim_keeps_everything_it_names_unsaid():
    for sentence in (
        "Hanoi rejected claims that it bought the Su-35 and received the S-400 from Russia.",
        "Astana rejected reports that it had ordered the J-10 and sent pilots to China.",
    ):
        assert facts(sentence, "ACQUIRED", "SOLD", "OPPOSES") == set(), sentence


# --- a denial of a claim is no opposition to the state the claim names ----------------------------------------

def test_rejecting_claims_about_a_state_is_not_opposing_it():
    for sentence in (
        "Tehran rejected claims that it shipped drones to Russia and sent instructors to Crimea.",
        "Baku rejects reports that it bought Su-35 fighters from Russia.",
        "Minsk rejected allegations of arms transfers to Russia.",
    ):
        assert facts(sentence, "OPPOSES", "ACQUIRED", "SOLD") == set(), sentence


def test_rejecting_a_state_or_its_own_claims_is_still_opposition():
    assert facts("Vietnam rejected China's territorial claims in the South China Sea.", "OPPOSES") == {("Vietnam", "OPPOSES", "China")}
    assert facts("Tehran rejected Washington's accusations.", "OPPOSES") == {("Iran", "OPPOSES", "United States")}


# --- what is not fixed -----------------------------------------------------------------------------------------

@pytest.mark.xfail(strict=True, reason="a second predicate after 'but' with no subject of its own loses its subject "
                   "(the clause break at 'but' cuts it off); keeping the clause whole lets the participation handler take "
                   "the first predicate's exercise too")
def test_a_deed_after_but_with_the_subject_shared():
    assert facts("Paraguay did not buy the JF-17 but bought the Tucano from Brazil.", "ACQUIRED") == {("Paraguay", "ACQUIRED", "EMB 314 Super Tucano")}
    assert facts("Tajikistan pulled out of Zapad-2021 but took part in Vostok-2022.", "PARTICIPATED_IN") == {("Tajikistan", "PARTICIPATED_IN", "Vostok-2022")}


@pytest.mark.xfail(strict=True, reason="'not only A but also B did X': the 'but' clause break leaves A without the verb")
def test_not_only_but_also_gives_both():
    assert facts("Not only Qatar but also Egypt acquired the Rafale from France.", "ACQUIRED") == {("Qatar", "ACQUIRED", "Rafale"), ("Egypt", "ACQUIRED", "Rafale")}


@pytest.mark.xfail(strict=True, reason="'but denied' after a plain deed is read as retracting it (RETRACTING's 'but ... denied')")
def test_a_deed_followed_by_a_denial_of_another():
    assert facts("Peru bought the KT-1 from South Korea but denied buying the FA-50.", "ACQUIRED") == {("Peru", "ACQUIRED", "KT-1")}


@pytest.mark.xfail(strict=True, reason="a hearsay cue in a later ', and ... is also said to' clause blocks the plain deed before it")
def test_a_plain_deed_before_a_hedged_clause():
    assert facts("Oman bought the Wing Loong II from China in 2017, and Pakistan is also said to have helped it.", "ACQUIRED") == {("Oman", "ACQUIRED", "Wing Loong II")}


@pytest.mark.xfail(strict=True, reason="a demonym on the first predicate's object ('the Chinese offer') is taken as the subject "
                   "of the second predicate joined by 'and'")
def test_a_demonym_on_an_object_is_not_the_next_buyer():
    assert facts("Kenya studied the Chinese offer and later bought the C-295 from Spain.", "ACQUIRED") == {("Kenya", "ACQUIRED", "C-295")}


# --- hearsay with nobody named, deals still to come or stopped ----------------------------------------------

def test_hearsay_with_nobody_named_gives_nothing():
    for sentence in (
        "It is understood that Kuwait has ordered the Hisar-O from Turkey.",
        "It is widely believed Jordan received the Wing Loong II from China.",
        "A person familiar with the negotiations said Bangladesh bought the J-10C from China.",
        "People with knowledge of the deal say Uganda took delivery of the Su-30 from Russia.",
    ):
        assert facts(sentence, "ACQUIRED", "SOLD") == set(), sentence
    assert facts("Kuwait ordered the Hisar-O from Turkey in 2024.", "ACQUIRED") == {("Kuwait", "ACQUIRED", "Hisar-O")}
    assert facts("It is understood to be the first such sale, and Jordan received the Wing Loong II from China in 2016.", "ACQUIRED") == {("Jordan", "ACQUIRED", "Wing Loong II")}


def test_a_deal_in_the_pipeline_earmarked_or_suspended_gives_nothing():
    for sentence in (
        "The delivery of K9 howitzers to Vietnam is still in the pipeline.",
        "Money has been earmarked for the acquisition of the Akash by Armenia.",
        "The Egyptian purchase of the Su-35 was suspended in 2021.",
    ):
        assert facts(sentence, "ACQUIRED", "SOLD") == set(), sentence
    assert facts("The Egyptian purchase of the Su-35 was completed in 2020.", "ACQUIRED") == {("Egypt", "ACQUIRED", "Su-35")}
    assert facts("The Su-35s once earmarked for Egypt were delivered to Iran.", "ACQUIRED") == {("Iran", "ACQUIRED", "Su-35")}
    assert facts("Turkey received the S-400 and was suspended from the F-35 programme.", "ACQUIRED") == {("Turkey", "ACQUIRED", "S-400")}


def test_a_suspension_in_a_time_clause_after_the_deed_leaves_the_deed():
    assert facts("Peru ordered the KT-1 from South Korea in 2012, after its talks with Washington on the F-16 were suspended.", "ACQUIRED") == {("Peru", "ACQUIRED", "KT-1")}
    assert facts("Peru's order for the KT-1 from South Korea was suspended in 2012.", "ACQUIRED") == set()


def test_rejecting_a_sellers_offer_is_not_opposing_the_seller():
    for sentence in (
        "Kenya rejected the Chinese offer and bought the C-295 from Spain.",
        "Malaysia rejects a Korean bid for the new frigates.",
        "Colombia rejected the Swedish counter-offer.",
    ):
        assert facts(sentence, "OPPOSES") == set(), sentence
    assert facts("India rejected the Chinese offer of talks and condemned Beijing.", "OPPOSES") == {("India", "OPPOSES", "China")}
    assert facts("Vietnam rejected China's claims in the Gulf of Tonkin.", "OPPOSES") == {("Vietnam", "OPPOSES", "China")}
