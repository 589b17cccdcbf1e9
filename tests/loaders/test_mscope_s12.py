"""Modality scope (issue #3): how far a denial, a doubt, a question or a reading reaches, written
as structure rather than per-document wording. Each blocked case has a twin that must keep its
relation. Every sentence here is written for these tests; none is taken from a corpus or
evaluation document."""
from __future__ import annotations

import pytest

from tests.loaders.sentences import facts

TRANSFER = ("SOLD", "ACQUIRED", "OPERATES")


# --- a sentence that disowns the one before, with no state named as the party ---------------------------

@pytest.mark.parametrize("text", [
    "Egypt took delivery of Su-35 fighters from Russia. The ministry in Cairo denies this.",
    "Algeria has received the Su-57, a Russian blogger wrote. Officials in Algiers have not confirmed it.",
    "Iran now flies the Su-35. We could not verify this.",
    "A channel says Mali bought Bayraktar TB2 drones from Turkey. This could not be independently confirmed.",
    "Myanmar bought JF-17 jets from Pakistan, the post says. The defence ministry has not confirmed the deal.",
    "Serbia flies the FK-3, a tabloid writes. I have not been able to confirm it; I could not verify the report.",
])
def test_a_following_sentence_that_disowns_the_claim_withdraws_it(text):
    assert not facts(text, *TRANSFER)


@pytest.mark.parametrize("text, expected", [
    # confirmed, not disowned
    ("Egypt took delivery of Su-35 fighters from Russia. The ministry in Cairo confirmed this.", ("Egypt", "ACQUIRED", "Su-35")),
    ("Iran now flies the Su-35. We could verify this from satellite images.", ("Iran", "OPERATES", "Su-35")),
    ("India bought the S-400 from Russia. Officials in Delhi have confirmed it.", ("India", "ACQUIRED", "S-400")),
    # a denial of something else, opened by "that": not a pointer back
    ("Malaysia bought the Su-30MKM from Russia. The ministry denies that it plans to buy more.", ("Malaysia", "ACQUIRED", "Su-30MKM")),
    # the doubt comes first and the next paragraph's fact is not under it
    ("We could not verify this.\n\nIndia bought the S-400 from Russia.", ("India", "ACQUIRED", "S-400")),
])
def test_a_following_sentence_that_confirms_or_speaks_of_something_else_keeps_it(text, expected):
    assert expected in facts(text, *TRANSFER)


# --- a speaker saying what they can state vouches for it -------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("What I can say is that the Indian Navy and the Japanese navy held the JIMEX exercise together in 2022.",
     ("Indian Navy", "PARTICIPATED_IN", "JIMEX")),
    ("What we can tell you is that Vietnam bought the Su-30MK2 from Russia.", ("Vietnam", "ACQUIRED", "Su-30MK2")),
])
def test_what_a_speaker_can_say_is_stated(text, expected):
    assert expected in facts(text)


@pytest.mark.parametrize("text", [
    # the same frame over a hedge or a question keeps them
    "What we can say is that Russia might have sold S-400 systems to Iran.",
    "What I cannot say is whether Iran took part in Vostok-2022.",
    "What I can say is that Egypt has not bought the Su-35.",
])
def test_what_a_speaker_can_say_does_not_lift_a_hedge_inside_it(text):
    assert not facts(text, *TRANSFER, "PARTICIPATED_IN")


# --- a relative clause with its own subject after a hedge: not kept (see TRANSFER.md, dropped piece) --------

@pytest.mark.xfail(strict=True, reason="the presupposed relative clause shield gained on FIT but added false positives on CHECK; dropped")
def test_a_relative_clause_with_its_own_subject_is_out_of_a_modal_after_it():
    text = "The first aircraft are due in 2027, and the Kfirs that Colombia currently flies will be retired as they arrive."
    assert ("Colombia", "OPERATES", "Kfir") in facts(text, "OPERATES")


# --- a reading of what was seen is no statement of the deed ------------------------------------------------

@pytest.mark.parametrize("text", [
    "Some bloggers interpreted the night flights as a delivery of Su-35 fighters to Iran.",
    "The satellite images were widely seen as proof that Iran had received Su-35s from Russia.",
    "Analysts misread the convoy as a shipment of S-400 launchers to Belarus.",
    "The port call was taken by some as a sign that Myanmar had bought Chinese frigates.",
])
def test_a_reading_of_what_was_seen_gives_no_transfer(text):
    assert not facts(text, *TRANSFER)


@pytest.mark.parametrize("text, expected", [
    # the reading is of the deal's meaning, the deal itself stated
    ("Russia sold the S-400 to India; New Delhi read the deal as a hedge.", ("India", "ACQUIRED", "S-400")),
    ("The delivery was read in Washington as a sign of deepening ties; Iran received Su-35s from Russia in 2023.", ("Iran", "ACQUIRED", "Su-35")),
    ("Iran received Su-35s from Russia, as the satellite images show.", ("Iran", "ACQUIRED", "Su-35")),
])
def test_a_deal_stated_beside_a_reading_of_it_stays(text, expected):
    assert expected in facts(text, *TRANSFER)
