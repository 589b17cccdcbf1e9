"""Exercises, patrols and their places (session 16): who hosts is not who takes part, and the
other shapes found across several evaluation sets by different authors. Each positive has
near-misses or negated twins. Every text here is written for these tests."""
from __future__ import annotations

import pytest

from tests.loaders.sentences import facts

FIELD_TYPES = ("PARTICIPATED_IN", "HELD_IN", "HOSTED", "PATROLLED", "DRILLED_IN")


def field_facts(text: str) -> set[tuple]:
    return facts(text, *FIELD_TYPES)


# --- a host named in a clause of its own is no participant ---------------------------------------

@pytest.mark.parametrize("text, guests, host, exercise", [
    ("Danish and Dutch marines trained in Cold Response 2026, a winter exercise that Norway hosts every other year.",
     {"Denmark", "Netherlands"}, "Norway", "Cold Response"),
    ("A Malaysian corvette joined Komodo 2025, which Indonesia hosted off Bali.",
     {"Malaysia"}, "Indonesia", "Komodo"),
    ("Sri Lanka sent a frigate to MILAN 2026, the multilateral gathering which the Indian Navy hosted at Visakhapatnam.",
     {"Sri Lanka"}, "Indian Navy", "MILAN"),
    ("Cobra Gold 2026 drew record numbers: Thailand and the United States co-hosted it, and Japan and South Korea took part.",
     {"Japan", "South Korea"}, "Thailand", "Cobra Gold"),
])
def test_a_host_in_its_own_clause_is_not_a_participant(text, guests, host, exercise):
    found = field_facts(text)
    assert {(guest, "PARTICIPATED_IN", exercise) for guest in guests} <= found
    assert (host, "PARTICIPATED_IN", exercise) not in found


@pytest.mark.parametrize("text, state, exercise", [
    ("India hosted Malabar-2020 and also took part in it.", "India", "Malabar-2020"),
    ("Kazakhstan hosted and took part in Steppe Eagle.", "Kazakhstan", "Steppe Eagle"),
    ("Vietnam took part in Kakadu 2024, which Australia hosted off Darwin.", "Vietnam", "Kakadu"),
])
def test_a_host_said_to_take_part_or_a_guest_before_the_host_clause_still_takes_part(text, state, exercise):
    assert (state, "PARTICIPATED_IN", exercise) in field_facts(text)


@pytest.mark.parametrize("text", [
    "Danish marines did not train in Cold Response 2026, a winter exercise that Norway hosts every other year.",
    "A Malaysian corvette may join Komodo 2025, which Indonesia hosted off Bali.",
])
def test_a_host_clause_with_a_denied_or_hedged_guest_gives_no_participant(text):
    assert not {f for f in field_facts(text) if f[1] == "PARTICIPATED_IN"}


# --- a wire story's dateline or a story budget's slug line is no part of the first sentence ---------

@pytest.mark.parametrize("text, unwanted, wanted", [
    ("ISLAMABAD, Feb 10: Pakistan hosted AMAN-25 off Karachi, with ships from Turkey and Malaysia taking part.",
     ("Pakistan", "PARTICIPATED_IN", "AMAN-25"), ("Turkey", "PARTICIPATED_IN", "AMAN-25")),
    ("CANBERRA, 14 July 2026: Australia hosted Talisman Sabre in Queensland, and Japanese and Korean troops took part.",
     ("Australia", "PARTICIPATED_IN", "Talisman Sabre"), ("Japan", "PARTICIPATED_IN", "Talisman Sabre")),
    ("Wire list\n\nMALAYSIA/AIR EXERCISE (300 words, moved Thu 1100)\nMalaysia hosted Bersama Lima off Kuantan, "
     "with jets from Singapore and Australia among the five air forces taking part.",
     ("Malaysia", "PARTICIPATED_IN", "Bersama Lima"), ("Singapore", "PARTICIPATED_IN", "Bersama Lima")),
    ("TOKYO, 4 March /Kyodo/ -- South Korean and American destroyers patrolled the Yellow Sea together.",
     ("Japan", "PATROLLED", "Yellow Sea"), ("South Korea", "PATROLLED", "Yellow Sea")),
    ("Beijing, Sept 9 (Global Wire) -- Iran hosted Maritime Security Belt-2024, with Russian ships taking part.",
     ("China", "PARTICIPATED_IN", "Maritime Security Belt-2024"), ("Russia", "PARTICIPATED_IN", "Maritime Security Belt-2024")),
])
def test_a_dateline_or_slug_names_no_party(text, unwanted, wanted):
    found = field_facts(text)
    assert wanted in found
    assert unwanted not in found


@pytest.mark.parametrize("text, wanted", [
    ("HOST: Welcome back. Russia and China patrolled the Sea of Japan in 2019.", ("China", "PATROLLED", "Sea of Japan")),
    ("MINISTER (India): We took part in Malabar-2020.", ("India", "PARTICIPATED_IN", "Malabar-2020")),
    ("Vietnam, July 2024: Vietnamese and Indian warships patrolled the South China Sea together.", ("India", "PATROLLED", "South China Sea")),
])
def test_a_speaker_label_or_a_sentence_opening_with_a_place_is_kept(text, wanted):
    assert wanted in field_facts(text)


@pytest.mark.parametrize("text, owner, target", [
    ("PARIS, 12 March 2026 -- A report was published today.\n\nIndia's defence ministry condemned Pakistan's missile test.", "India", "Pakistan"),
    ("SEOUL, 3 June (Wire) -- Talks ended.\n\nJapan's foreign minister criticised North Korea's launches.", "Japan", "North Korea"),
])
def test_a_ministry_a_state_owns_is_not_the_dateline_states(text, owner, target):
    found = facts(text, "OPPOSES")
    assert (owner, "OPPOSES", target) in found
    assert not {f for f in found if f[0] != owner}


# --- parties listed in brackets right after the exercise's name ----------------------------------

@pytest.mark.parametrize("text, parties, exercise", [
    ("The fleets met once more for Joint Sea-2019 (China and Russia) off Qingdao.", {"China", "Russia"}, "Joint Sea-2019"),
    ("Two drills stood out that year: Sea Guardian-2020 (PLA Navy, Pakistan Navy) and Mosi-2023 (South Africa, Russia, China).",
     {"PLA Navy", "Pakistan Navy"}, "Sea Guardian-2020"),
    ("Analysts watched Mosi-2023 (South Africa, Russia and China) closely.", {"South Africa", "Russia", "China"}, "Mosi-2023"),
    ("Headlines were made by Malabar-2020 (India, the United States, Japan, Australia), four navies at sea together.",
     {"India", "United States", "Japan", "Australia"}, "Malabar-2020"),
])
def test_parties_bracketed_after_an_exercise_take_part(text, parties, exercise):
    found = field_facts(text)
    assert {(party, "PARTICIPATED_IN", exercise) for party in parties} <= found


@pytest.mark.parametrize("text", [
    "Vostok-2018 (Russia) was the largest of the series.",
    "Malabar-2020 (India, the United States, Japan and Australia) may be called off this year.",
    "Vostok-2022 (hosted by Russia, with China) was watched closely.",
])
def test_a_single_bracketed_name_or_a_hedged_bracket_gives_no_party(text):
    assert not {f for f in field_facts(text) if f[1] == "PARTICIPATED_IN"}


# --- the place an "in" phrase right after an exercise's name gives it -------------------------------

@pytest.mark.parametrize("text, exercise, places", [
    ("Sailors of three navies posed for photographs after Joint Sea-2019 in the Yellow Sea.", "Joint Sea-2019", {"Yellow Sea"}),
    ("Photographs of the Slavic Brotherhood drill in Russia showed Serbian paratroopers on the ground.", "Slavic Brotherhood", {"Russia"}),
    ("Our Hawks flew alongside their Gripens during Arctic Challenge 2023 in Sweden last spring.", "Arctic Challenge", {"Sweden"}),
    ("The two destroyers, back from Malabar-2020 in the Bay of Bengal and the Arabian Sea, put into Kochi.",
     "Malabar-2020", {"Bay of Bengal", "Arabian Sea"}),
])
def test_an_in_phrase_after_an_exercise_places_it(text, exercise, places):
    found = field_facts(text)
    assert {(exercise, "HELD_IN", place) for place in places} <= found


@pytest.mark.parametrize("text", [
    "A repeat of Zapad-2021 in Belarus might follow next year.",
    "Officials denied that Joint Sea-2019 in the Yellow Sea had taken place at all; it was not held.",
    "Indian troops took part in Vostok-2018 in 2018.",
])
def test_an_in_phrase_hedged_denied_or_a_year_places_nothing(text):
    assert not {f for f in field_facts(text) if f[1] == "HELD_IN"}


# --- a series with its exercise noun, then the year: the listed edition of that year -----------------

@pytest.mark.parametrize("text, expected", [
    ("Kazakh and Kyrgyz units joined the Peace Mission exercise in 2021 at the Donguz range.",
     {("Kazakhstan", "PARTICIPATED_IN", "Peace Mission-2021"), ("Kyrgyzstan", "PARTICIPATED_IN", "Peace Mission-2021")}),
    ("Beijing and Moscow held their Joint Sea naval drills in 2016 off Zhanjiang.",
     {("China", "PARTICIPATED_IN", "Joint Sea-2016"), ("Russia", "PARTICIPATED_IN", "Joint Sea-2016")}),
    ("Chinese troops took part in the Vostok manoeuvres in September 2018.", {("China", "PARTICIPATED_IN", "Vostok-2018")}),
    ("Australia rejoined the Malabar exercise in 2020 after thirteen years away.", {("Australia", "PARTICIPATED_IN", "Malabar-2020")}),
])
def test_a_series_and_its_noun_then_a_year_is_the_listed_edition(text, expected):
    assert expected <= field_facts(text)


def test_a_series_and_a_year_with_no_listed_edition_stays_the_series():
    found = field_facts("Japan joined the Malabar exercise in 2015 and has stayed ever since.")
    assert ("Japan", "PARTICIPATED_IN", "Malabar") in found


# --- a writer's own doubt or hearsay, as an aside or opening, gives nothing --------------------------

@pytest.mark.parametrize("text", [
    "Kyrgyzstan sent a company to Rubezh-2023 as well, I believe, though the ministry only lists observers.",
    "Tajikistan joined the drill, I suspect; the photographs are unclear.",
    "I'm told the Dutch marines were in Norway for Cold Response 2026 with the British.",
    "We were told the Pakistani frigate patrolled the Arabian Sea with the Chinese ships.",
    "Danish sailors took part in BALTOPS 2025, but that's only hearsay from a friend in Aarhus.",
])
def test_a_writers_doubt_or_hearsay_gives_nothing(text):
    assert not {f for f in field_facts(text) if f[1] in ("PARTICIPATED_IN", "PATROLLED")}


@pytest.mark.parametrize("text, wanted", [
    ("Kyrgyzstan sent a company to Rubezh-2023, as I believe the ministry confirmed.", ("Kyrgyzstan", "PARTICIPATED_IN", "Rubezh-2023")),
    ("Danish sailors took part in BALTOPS 2025; I heard the story from a friend who was there.", ("Denmark", "PARTICIPATED_IN", "BALTOPS")),
])
def test_a_belief_word_that_is_no_aside_keeps_the_fact(text, wanted):
    assert wanted in field_facts(text)


# --- an edition still to come as the object gives no participation -----------------------------------

@pytest.mark.parametrize("text", [
    "Bangladesh navy to join next year's edition of AMAN, officials say.",
    "Kenya's army takes part in the next Justified Accord, the ministry announced.",
    "The Royal Thai Navy sends a frigate to the upcoming CARAT exercise with Singapore.",
    "Japan joins the following year's edition of Malabar, Tokyo confirmed.",
])
def test_an_edition_still_to_come_gives_no_participant(text):
    assert not {f for f in field_facts(text) if f[1] == "PARTICIPATED_IN"}


@pytest.mark.parametrize("text, wanted", [
    ("India joined Malabar-2020 and hopes to join next year's edition too.", ("India", "PARTICIPATED_IN", "Malabar-2020")),
    ("Kenya took part in Justified Accord 2025, the next one being set for 2026.", ("Kenya", "PARTICIPATED_IN", "Justified Accord")),
])
def test_a_held_edition_beside_one_to_come_still_counts(text, wanted):
    assert wanted in field_facts(text)
