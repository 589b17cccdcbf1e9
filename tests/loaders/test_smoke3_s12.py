"""Faults found by a third round of smoke tests (session 12) on short notes in styles the first two
rounds did not use (a bottom-line-up-front summary, a "things we learned" listicle, a blog's comment
section, a press conference, a bilingual glossary, a foreign ministry readout, a legal recital, a
conference live thread). Each case is a new sentence, with twins that must give nothing."""
from __future__ import annotations

import pytest

from loaders.extract import default_extractor, extract_text
from loaders.readers import read_bytes
from tests.loaders.sentences import facts


# --- a state penalised for a deed told as a gerund did the deed, not the one penalising it ----------

def test_the_state_sanctions_fall_on_is_the_buyer_in_the_gerund():
    assert facts("In 2019 Washington imposed sanctions on Ankara for buying S-400 batteries from Moscow.", "ACQUIRED") == {("Turkey", "ACQUIRED", "S-400")}
    assert facts("In 2019 Washington imposed sanctions on Ankara for buying S-400 batteries from Moscow.", "SOLD") == {("Russia", "SOLD", "S-400")}
    assert facts("Canada has applied sanctions against Tehran over acquiring Su-35 fighters from Russia.", "ACQUIRED") == {("Iran", "ACQUIRED", "Su-35")}


def test_the_state_sanctions_fall_on_is_the_seller_in_the_gerund():
    assert facts("The EU imposed penalties on Belarus for selling T-72 tanks to Iran.", "SOLD") == {("Belarus", "SOLD", "T-72")}


def test_a_penalty_for_a_refused_hedged_or_planned_deal_gives_no_transfer():
    for sentence in (
        "Washington imposed sanctions on Ankara for refusing to buy the F-16.",
        "Washington imposed sanctions on Ankara for allegedly buying the S-400 from Moscow.",
        "Washington imposed sanctions on Ankara for planning to buy the S-400 from Moscow.",
        "Washington threatened sanctions on Ankara for buying the S-400 from Moscow.",
    ):
        assert facts(sentence, "ACQUIRED") == set() and facts(sentence, "SOLD") == set(), sentence


# --- a numbered or bulleted entry under an exercise heading that is a clause is no listing ---------

def test_a_bare_entry_under_an_exercise_heading_is_still_a_participant():
    text = "Who came to Zapad-2021\n\n1. Belarus\n2. Armenia (a staff team)\n- Kazakhstan, with a company of paratroopers"
    assert facts(text, "PARTICIPATED_IN") == {("Belarus", "PARTICIPATED_IN", "Zapad-2021"), ("Armenia", "PARTICIPATED_IN", "Zapad-2021"),
                                              ("Kazakhstan", "PARTICIPATED_IN", "Zapad-2021")}


def test_an_entry_with_a_verb_of_its_own_is_not_read_as_listed():
    for entry in ("Mongolia is sitting on the fence.", "Mongolia stayed home this time.", "Mongolia may send troops next year.",
                  "Mongolia has not decided.", "Mongolia will probably come in 2027."):
        text = f"Three takeaways from Zapad-2021\n\n1. Belarus\n2. {entry}"
        assert facts(text, "PARTICIPATED_IN") == {("Belarus", "PARTICIPATED_IN", "Zapad-2021")}, entry


# --- the writer's own doubt closing the sentence hedges it, as it does opening it -------------------

def test_a_closing_first_person_doubt_hedges_the_statement():
    for sentence in (
        "Moscow handed Su-30MKK jets to Beijing in 2000, I think.",
        "Moscow handed Su-30MKK jets to Beijing in 2000, I believe?",
        "Moscow handed Su-30MKK jets to Beijing in 2000, if I recall correctly.",
        "Moscow helped China develop its early-warning radar, I thought.",
    ):
        assert facts(sentence, "SOLD", "ACQUIRED", "TRANSFERRED_TECHNOLOGY_TO") == set(), sentence


def test_a_first_person_clause_that_is_no_doubt_leaves_the_statement():
    assert facts("Moscow handed Su-30MKK jets to Beijing in 2000, as I wrote last week.", "SOLD") == {("Russia", "SOLD", "Su-30MKK")}
    assert facts("Moscow handed Su-30MKK jets to Beijing in 2000.", "SOLD") == {("Russia", "SOLD", "Su-30MKK")}


# --- a clause joined on with its own subject and a year after its verb is dated by that year --------

def years(text: str, kind: str) -> dict[tuple, object]:
    """The ``year`` of each relation of ``kind`` found in ``text``."""
    return {(r.source, r.target): r.properties.get("year") for r in extract_text(text).relations if r.type == kind}


def test_a_joined_clause_keeps_the_year_after_its_verb():
    assert years("India and Pakistan fought in 1999, and China vetoed a resolution on Myanmar at the Security Council in 2007.", "VETOED") == {("China", "Myanmar"): 2007}
    assert years("Ankara took delivery of S-400 batteries in 2019 and the United States sanctioned Turkey over them in 2020.", "SANCTIONED") == {("United States", "Turkey"): 2020}


def test_a_joined_clause_with_no_year_of_its_own_still_takes_the_sentences():
    assert years("In 2016 Beijing took delivery of the Su-35, and Hanoi bought the Kilo-class submarine.", "ACQUIRED") == {
        ("China", "Su-35"): 2016, ("Vietnam", "Kilo-class submarine"): 2016}


def test_a_joined_clause_denied_or_planned_gives_nothing():
    for sentence in (
        "India and Pakistan fought in 1999, and China did not veto the resolution on Myanmar in 2007.",
        "India and Pakistan fought in 1999, and China may veto a resolution on Myanmar in 2027.",
    ):
        assert years(sentence, "VETOED") == {}, sentence


# --- the states of a clause before the vetoer's own are no subject of the draft it names -------------

def test_a_state_of_the_clause_before_is_no_subject_of_the_veto():
    assert facts("The EU imposed sanctions on Belarus in 2021, and China vetoed a text on Myanmar at the Council in 2007.", "VETOED") == {("China", "VETOED", "Myanmar")}
    assert facts("Ottawa adopted measures against Caracas, and Moscow vetoed a draft resolution concerning Syria.", "VETOED") == {("Russia", "VETOED", "Syria")}


def test_a_draft_told_in_the_clause_before_is_still_the_vetoed_one():
    assert facts("A draft on Syria came to a vote in 2019, and Russia vetoed it.", "VETOED") == {("Russia", "VETOED", "Syria")}


def test_a_veto_denied_or_planned_after_a_joined_clause_gives_nothing():
    for sentence in (
        "The EU imposed sanctions on Belarus in 2021, and China did not veto the text on Myanmar.",
        "The EU imposed sanctions on Belarus in 2021, and China may veto any text on Myanmar.",
    ):
        assert facts(sentence, "VETOED") == set(), sentence


# --- a comment thread saved on its own is the document, not the tail of a page -----------------------

THREAD = "Comments (3)\n\nsub_hunter wrote:\nVietnam took delivery of six Kilo-class submarines from Russia.\n\n{reply}\n"


def thread_facts(text: str) -> set[tuple]:
    found = default_extractor().extract_document(read_bytes(text.encode("utf-8"), "forum/thread.txt")).relations
    return {(r.source, r.type, r.target) for r in found if r.type in ("ACQUIRED", "SOLD")}


def test_a_thread_saved_on_its_own_is_read():
    assert ("Vietnam", "ACQUIRED", "Kilo-class submarine") in thread_facts(THREAD.format(reply=""))


def test_a_denied_or_doubted_reply_in_a_thread_gives_nothing():
    for reply in ("navy_buff replied:\nAlgeria has not bought Su-57s from Russia.", "navy_buff replied:\nAlgeria may buy Su-57s from Russia.",
                  "navy_buff replied:\nAlgeria bought Su-57s from Russia, I think."):
        assert not any(source == "Algeria" for source, _, _ in thread_facts(THREAD.format(reply=reply))), reply



# --- an exercise named with its year is dated by it when its sentence gives none ---------------------

def test_an_exercise_named_with_its_year_is_dated_by_it_over_the_paragraphs():
    found = years("Peace Mission drills have run since 2005. Kyrgyzstan hosted Peace Mission-2016 near Balykchy.", "HOSTED")
    assert found == {("Kyrgyzstan", "Peace Mission-2016"): 2016}


def test_a_year_the_sentence_gives_still_dates_it():
    found = years("Kyrgyzstan hosted Peace Mission-2016 in September 2016.", "HOSTED")
    assert found == {("Kyrgyzstan", "Peace Mission-2016"): 2016}


def test_a_denied_or_planned_hosting_of_a_named_edition_gives_nothing():
    for sentence in ("Peace Mission drills have run since 2005. Tajikistan did not host Peace Mission-2016.",
                     "Peace Mission drills have run since 2005. Tajikistan may host Peace Mission-2026."):
        assert years(sentence, "HOSTED") == {}, sentence


# --- turning up at a named exercise is taking part in it ---------------------------------------------

def test_showing_up_at_an_exercise_is_taking_part():
    assert facts("Laos turned up at Cobra Gold 2024 with a platoon.", "PARTICIPATED_IN") == {("Laos", "PARTICIPATED_IN", "Cobra Gold")}
    assert facts("In 2018 Mongolian troops showed up for Vostok-2018 in strength.", "PARTICIPATED_IN") == {("Mongolia", "PARTICIPATED_IN", "Vostok-2018")}


def test_not_showing_up_or_a_place_turned_up_in_is_no_participation():
    for sentence in ("Laos never turned up at Cobra Gold 2024.", "Laos did not show up at Cobra Gold 2024.", "Laos may turn up at Cobra Gold 2026.",
                     "Laos is expected to turn up at Cobra Gold 2026.", "Two Russian corvettes turned up in the Baltic Sea."):
        assert facts(sentence, "PARTICIPATED_IN") == set(), sentence

# --- faults found and not fixed (kept as strict xfails) -------------------------------------------

def test_the_recipient_of_a_supplier_noun_buys_what_the_participle_sells():
    assert facts("Israel remains the main arms supplier to Azerbaijan, selling Harop drones and Barak 8 missiles.", "ACQUIRED") == {
        ("Azerbaijan", "ACQUIRED", "IAI Harop"), ("Azerbaijan", "ACQUIRED", "Barak-8")}
