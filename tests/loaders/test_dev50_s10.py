"""What a new author's set (dev50: patrol histories and exercises told as history, in a
journal article, a white paper chapter, a chronology appendix, an almanac, a "this week in
history" column, an MP's newsletter and a law blog) showed the rules missing: reference
entries whose opening phrase describes the exercise of their run-in head, "the first edition"
of the series in view, nations' troops "brought to" a range, patrols still to come told by
their noun, the nations that name a patrol, "a patrol of the X and Y navies", "has taken part since" with the exercise left unnamed, a later clause's exercise kept out of the first, a drill that only dates a patrol, a patrol that "extended" into new waters and states that name a meeting. Every sentence here is written for these tests;
none is taken from a corpus or evaluation document."""
from __future__ import annotations

import pytest

from tests.loaders.sentences import facts


# --- a reference entry: "KAKADU. Biennial naval exercise, est. 1993, held in ..." -------------------

@pytest.mark.parametrize("text, expected", [
    ("KHAAN QUEST. Multinational peacekeeping exercise, est. 2003, held in Mongolia.",
     {("Khaan Quest", "HELD_IN", "Mongolia")}),
    ("Garuda Shield. Annual US-Indonesian exercise, held in Indonesia since 2009.",
     {("Garuda Shield", "HELD_IN", "Indonesia"), ("United States", "PARTICIPATED_IN", "Garuda Shield"),
      ("Indonesia", "PARTICIPATED_IN", "Garuda Shield")}),
    ("SAMA SAMA. Bilateral naval exercise, est. 2017; co-hosted by the Philippines and the United States and "
     "held in the Philippines.",
     {("Sama Sama", "HELD_IN", "Philippines")}),
])
def test_an_entry_opening_that_describes_its_heads_exercise_places_it(text, expected):
    assert expected <= facts(text)


@pytest.mark.parametrize("text", [
    "KAKADU. Biennial naval exercise, est. 1993; the next edition may be held in the Timor Sea.",
    "KAKADU. Biennial naval exercise, est. 1993, never held in the Timor Sea.",
    "KAKADU. Biennial naval exercise, est. 1993, to be held in the Arafura Sea from 2027.",
])
def test_an_entry_opening_with_a_place_to_come_or_denied_gives_nothing(text):
    assert not facts(text, "HELD_IN")


# --- "the first edition" of the series just named ---------------------------------------------------

@pytest.mark.parametrize("text, series, states", [
    ("Pacific Vanguard is hosted by the United States. Its first edition brought together Japan, "
     "Australia and South Korea.", "Pacific Vanguard", {"Japan", "Australia", "South Korea"}),
    ("SIMBEX began as a small anti-submarine drill. The inaugural edition involved India and Singapore only.",
     "SIMBEX", {"India", "Singapore"}),
])
def test_the_first_edition_is_the_series_in_view(text, series, states):
    found = facts(text, "PARTICIPATED_IN")
    assert {(state, "PARTICIPATED_IN", series) for state in states} <= found


@pytest.mark.parametrize("text", [
    "Pacific Vanguard is hosted by the United States. Its first edition may bring together Japan and Australia.",
    "Pacific Vanguard is hosted by the United States. Its first edition did not involve Japan or Australia.",
    "Pacific Vanguard is hosted by the United States. The first edition of Kakadu involved Australia and Fiji.",
])
def test_a_first_edition_hedged_denied_or_of_another_series_gives_nothing(text):
    assert not {f for f in facts(text, "PARTICIPATED_IN") if f[2] == "Pacific Vanguard"}


# --- "brought Indian and Pakistani units to the range" ---------------------------------------------

@pytest.mark.parametrize("text, exercise, states", [
    ("Zapad-2021 brought Belarusian and Russian troops to ranges across Belarus.", "Zapad-2021", {"Belarus", "Russia"}),
    ("In 2018 Vostok-2018 brought Mongolian units into the Tsugol area.", "Vostok-2018", {"Mongolia"}),
])
def test_an_exercise_that_brought_nations_troops_to_a_range_had_them_take_part(text, exercise, states):
    assert {(state, "PARTICIPATED_IN", exercise) for state in states} <= facts(text, "PARTICIPATED_IN")


@pytest.mark.parametrize("text", [
    "Zapad-2025 may bring Belarusian and Russian troops to ranges across Belarus.",
    "Zapad-2021 did not bring Chinese troops to Belarus.",
    "Zapad-2025 is expected to bring Kazakh units to the Mulino range.",
])
def test_troops_that_may_come_or_did_not_come_give_no_participant(text):
    assert not facts(text, "PARTICIPATED_IN")


# --- a patrol still to come, told by its noun -------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The ministry announced that a joint Sino-Russian patrol of the Sea of Okhotsk would follow in the spring.",
    "A trilateral patrol of the Celebes Sea by Indonesia, Malaysia and the Philippines will take place next month.",
    "A joint Russian-Chinese patrol of the Bering Sea is due to begin after the summit.",
])
def test_a_patrol_whose_predicate_is_still_to_come_gives_nothing(text):
    assert not facts(text, "PATROLLED")


@pytest.mark.parametrize("text, states, sea", [
    ("A joint Sino-Russian patrol of the Sea of Okhotsk followed in the spring of 2022.", {"China", "Russia"}, "Sea of Okhotsk"),
    ("A trilateral patrol of the Celebes Sea by Indonesia, Malaysia and the Philippines took place in 2018.",
     {"Indonesia", "Malaysia", "Philippines"}, "Celebes Sea"),
])
def test_a_patrol_that_followed_or_took_place_is_a_patrol(text, states, sea):
    assert {(state, "PATROLLED", sea) for state in states} <= facts(text, "PATROLLED")


# --- the nations that name a patrol stand for the forces that conduct it ----------------------------

@pytest.mark.parametrize("text, forces, sea", [
    ("Since 2008 the Royal Malaysian Navy and the Indonesian Navy have run a coordinated patrol, the "
     "Malaysia-Indonesia CORPAT, in the Strait of Malacca.", {"Royal Malaysian Navy", "Indonesian Navy"}, "Strait of Malacca"),
    ("The Sri Lanka Navy and the Indian Navy began a yearly India-Sri Lanka joint patrol in the Palk Strait in 2015.",
     {"Sri Lanka Navy", "Indian Navy"}, "Palk Strait"),
])
def test_forces_named_as_doers_are_the_crews_of_a_patrol_named_by_their_nations(text, forces, sea):
    found = facts(text, "PATROLLED")
    assert {(force, "PATROLLED", sea) for force in forces} <= found
    assert not {f for f in found if f[0] not in forces}


@pytest.mark.parametrize("text", [
    "The Royal Malaysian Navy and the Indonesian Navy have never run a Malaysia-Indonesia CORPAT in the Strait of Malacca.",
    "The Royal Malaysian Navy and the Indonesian Navy may start a Malaysia-Indonesia CORPAT in the Strait of Malacca.",
])
def test_a_named_patrol_not_run_or_only_possible_gives_nothing(text):
    assert not facts(text, "PATROLLED")


def test_a_hyphenated_patrol_name_with_no_forces_named_is_its_nations_patrol():
    found = facts("In 2019 the first Russia-China air patrol crossed the Sea of Japan.", "PATROLLED")
    assert {("Russia", "PATROLLED", "Sea of Japan"), ("China", "PATROLLED", "Sea of Japan")} <= found


# --- "a patrol of the Indian and Indonesian navies" ----------------------------------------------

@pytest.mark.parametrize("text, forces, sea", [
    ("The first joint patrol of the Chinese and Russian navies crossed the Sea of Japan in 2021.",
     {"PLA Navy", "Russian Navy"}, "Sea of Japan"),
    ("A coordinated patrol of the Thai and Indian navies was held in the Andaman Sea in 2006.",
     {"Royal Thai Navy", "Indian Navy"}, "Andaman Sea"),
])
def test_the_forces_after_of_are_the_patrols_crews(text, forces, sea):
    assert {(force, "PATROLLED", sea) for force in forces} <= facts(text, "PATROLLED")


@pytest.mark.parametrize("text", [
    "No joint patrol of the Chinese and Russian navies has crossed the Sea of Okhotsk.",
    "A joint patrol of the Chinese and Russian navies could cross the Sea of Okhotsk next year.",
    "A joint patrol of the Chinese and Russian navies is planned for the Sea of Okhotsk.",
])
def test_a_patrol_of_navies_denied_or_to_come_gives_nothing(text):
    assert not facts(text, "PATROLLED")


# --- "has taken part since 1980": the exercise in view, not named again ----------------------------

@pytest.mark.parametrize("text, expected", [
    ("Pitch Black is held in northern Australia. Singapore has taken part since 1990.",
     {("Singapore", "PARTICIPATED_IN", "Pitch Black")}),
    ("Cope Thunder resumed in 2016. The Republic of Singapore Air Force has taken part every year, Japan since 2018 "
     "and France since 2022.",
     {("Republic of Singapore Air Force", "PARTICIPATED_IN", "Cope Thunder"), ("Japan", "PARTICIPATED_IN", "Cope Thunder"),
      ("France", "PARTICIPATED_IN", "Cope Thunder")}),
])
def test_has_taken_part_is_taking_part_in_the_exercise_in_view(text, expected):
    assert expected <= facts(text, "PARTICIPATED_IN")


@pytest.mark.parametrize("text", [
    "Pitch Black is held in northern Australia. Fiji has never taken part.",
    "Pitch Black is held in northern Australia. Fiji may have taken part in 2016.",
    "Pitch Black is held in northern Australia. Fiji has not yet taken part, but is expected to in 2026.",
])
def test_never_or_perhaps_taken_part_gives_no_participant(text):
    assert not {f for f in facts(text, "PARTICIPATED_IN") if f[0] == "Fiji"}


# --- ", and in July the Royal Navy joined ...": a new clause keeps its exercise and its places -------

def test_an_exercise_joined_in_a_later_clause_is_not_the_first_clauses():
    found = facts(
        "In spring the Dutch frigate exercised with the Indian Navy in the Arabian Sea during Varuna, and in "
        "August the Royal Netherlands Navy joined Pitch Black off Darwin in the Timor Sea.",
        "PARTICIPATED_IN", "HELD_IN",
    )
    assert ("Indian Navy", "PARTICIPATED_IN", "Varuna") in found
    assert ("Royal Netherlands Navy", "PARTICIPATED_IN", "Pitch Black") in found
    assert ("Indian Navy", "PARTICIPATED_IN", "Pitch Black") not in found
    assert ("Pitch Black", "HELD_IN", "Arabian Sea") not in found


def test_an_unnamed_drill_before_a_clause_that_names_an_exercise_is_no_part_of_it():
    found = facts(
        "In March the Indian Navy drilled with the French Navy in the Arabian Sea, and in May 2023 the Royal "
        "Australian Navy joined Malabar-2023 off Sydney."
    )
    assert ("Royal Australian Navy", "PARTICIPATED_IN", "Malabar-2023") in found
    assert not {f for f in found if f[2] == "Malabar-2023" and f[0] in {"Indian Navy", "French Navy"}}
    assert ("Malabar-2023", "HELD_IN", "Arabian Sea") not in found


def test_a_later_clause_that_may_join_gives_nothing_to_either_clause():
    found = facts(
        "In spring the Indian Navy exercised with the French Navy during Varuna, and in 2026 the Royal "
        "Netherlands Navy may join Pitch Black."
    )
    assert not {f for f in found if f[2] == "Pitch Black"}


# --- "after a joint exercise in Vladivostok": a drill that dates a patrol --------------------------

@pytest.mark.parametrize("text", [
    "In 2024 the China Coast Guard and Russia's Border Service completed a joint patrol in the Bering Sea, after a "
    "joint exercise in Vladivostok.",
    "The two navies patrolled the East China Sea in 2022 following a joint drill at Qingdao.",
])
def test_a_drill_that_only_dates_a_patrol_is_not_in_the_patrols_waters(text):
    assert not facts(text, "DRILLED_IN")


def test_a_drill_named_to_date_a_patrol_is_still_where_the_text_puts_it():
    found = facts("In 2024 the Russian and Chinese navies patrolled the Sea of Japan after a joint exercise in the Yellow Sea.")
    assert ("Russian Navy", "DRILLED_IN", "Yellow Sea") in found
    assert ("Russian Navy", "PATROLLED", "Sea of Japan") in found
    assert ("Russian Navy", "DRILLED_IN", "Sea of Japan") not in found


# --- "the fourth extended from the Sea of Japan into the Pacific Ocean" ----------------------------

def test_a_patrol_that_extended_into_new_waters_patrolled_them():
    found = facts(
        "In July 2019 Chinese and Russian bombers flew their first joint air patrol over the East China Sea. "
        "In November 2022 the fifth, timed to coincide with the ASEAN-China summit in Phnom Penh, extended "
        "from the East China Sea into the Philippine Sea.",
        "PATROLLED",
    )
    assert {("China", "PATROLLED", "Philippine Sea"), ("Russia", "PATROLLED", "Philippine Sea")} <= found
    assert not {f for f in found if f[0] not in {"China", "Russia"}}


@pytest.mark.parametrize("text", [
    "In July 2019 Chinese and Russian bombers flew their first joint air patrol over the East China Sea. "
    "The next patrol may extend into the Philippine Sea.",
    "In July 2019 Chinese and Russian bombers flew their first joint air patrol over the East China Sea. "
    "No patrol has yet extended into the Philippine Sea.",
])
def test_a_patrol_that_may_or_did_not_extend_gives_no_new_waters(text):
    assert not {f for f in facts(text, "PATROLLED") if f[2] == "Philippine Sea"}


def test_states_that_name_a_meeting_are_no_crew():
    found = facts(
        "Chinese and Russian bombers flew a joint patrol over the Sea of Japan in May 2022, during the "
        "Japan-Australia-India-US leaders' summit in Tokyo.",
        "PATROLLED",
    )
    assert {("China", "PATROLLED", "Sea of Japan"), ("Russia", "PATROLLED", "Sea of Japan")} <= found
    assert not {f for f in found if f[0] in {"Japan", "Australia", "India", "United States"}}


# (a gloss on the subject no longer hides it: relations._subject_before_gloss)
def test_a_joiner_that_had_first_sent_observers_joins_the_patrols():
    found = facts("In 2017 Indonesia, Malaysia and the Philippines began joint patrols of the Sulu Sea. Brunei, which "
                  "had sent observers at first, joined the patrols in 2019.", "PATROLLED")
    assert ("Brunei", "PATROLLED", "Sulu Sea") in found


# --- left for a later round ------------------------------------------------------------------------

@pytest.mark.xfail(strict=True, reason="the subject before a naming relative clause (', which it calls maritime "
                   "cooperative activities,') is cut off from the partners and waters after it")
def test_the_subject_before_a_naming_relative_clause_sails_with_the_partners():
    found = facts("Since 2024 Hanoi has conducted joint sails, which it calls coordinated activities, with India and "
                  "Japan in the South China Sea.", "PATROLLED")
    assert ("Vietnam", "PATROLLED", "South China Sea") in found


@pytest.mark.xfail(strict=True, reason="'its clashes with China' in a time phrase after a withdrawal ('pulled out of "
                   "...'): the possessive pronoun is not resolved to the clause's subject as a party to the clash")
def test_its_clashes_with_a_state_are_the_subjects_clashes():
    found = facts("In 2020 Nepal pulled out of Khaan Quest, days after its clashes with Bhutan.", "CLASHED_WITH")
    assert ("Nepal", "CLASHED_WITH", "Bhutan") in found or ("Bhutan", "CLASHED_WITH", "Nepal") in found
