"""Exercises, patrols, places and clashes as new authors write them (issue #3, session 14).

Each mechanism is tested on new sentences in several styles, with negated, hedged and planned
twins that must give nothing."""
from __future__ import annotations

import pytest

from tests.loaders.sentences import facts


# --- an exercise glossed by whose exercise it is: "X, the exercise of A, B and C" ------------------

def test_parties_a_gloss_names_after_a_hosts_verb_take_part():
    text = "Kenya hosted Justified Accord 2025, the yearly exercise of the Kenya Defence Forces and US troops, near Lamu."
    assert facts(text, "PARTICIPATED_IN") >= {
        ("Kenya Defence Forces", "PARTICIPATED_IN", "Justified Accord"),
        ("United States", "PARTICIPATED_IN", "Justified Accord"),
    }
    text = "Mosi-2023, the first naval exercise of China, Russia and South Africa, was hosted by South Africa."
    assert facts(text, "PARTICIPATED_IN") == {
        ("China", "PARTICIPATED_IN", "Mosi-2023"), ("Russia", "PARTICIPATED_IN", "Mosi-2023"),
        ("South Africa", "PARTICIPATED_IN", "Mosi-2023"),
    }


def test_a_gloss_after_an_edition_number_or_a_copula_names_the_parties_too():
    text = "Brazil is hosting IBSAMAR IX, the exercise of the Indian Navy, the Brazilian Navy and the South African Navy."
    assert facts(text, "PARTICIPATED_IN") == {
        ("Indian Navy", "PARTICIPATED_IN", "IBSAMAR"), ("Brazilian Navy", "PARTICIPATED_IN", "IBSAMAR"),
        ("South African Navy", "PARTICIPATED_IN", "IBSAMAR"),
    }
    text = "Cobra Gold 2024 was the exercise of Thailand and the United States, as every year since 1982."
    assert facts(text, "PARTICIPATED_IN") >= {
        ("Thailand", "PARTICIPATED_IN", "Cobra Gold"), ("United States", "PARTICIPATED_IN", "Cobra Gold"),
    }


def test_a_gloss_naming_an_owner_and_a_partner_needs_no_verb():
    # a diary's verbless note
    text = "14 Oct 2004. Garuda Shield, Indonesia's yearly exercise with the United States, this time on Java. Rain all week."
    assert facts(text, "PARTICIPATED_IN") >= {
        ("Indonesia", "PARTICIPATED_IN", "Garuda Shield"), ("United States", "PARTICIPATED_IN", "Garuda Shield"),
    }
    for twin in (
        "Garuda Shield, Indonesia's planned exercise with the United States, might be held on Java.",
        "Garuda Shield, Indonesia's yearly exercise with the United States, was not held in 2020.",
    ):
        assert facts(twin, "PARTICIPATED_IN") == set(), twin


def test_a_gloss_in_a_hedged_negated_or_planned_sentence_gives_no_participant():
    for text in (
        "Kenya might host Justified Accord 2026, the yearly exercise of the Kenya Defence Forces and US troops.",
        "Justified Accord 2026, the yearly exercise of the Kenya Defence Forces and US troops, was called off.",
        "Kenya plans to host Justified Accord 2026, the yearly exercise of the Kenya Defence Forces and US troops.",
        "Justified Accord 2026, the yearly exercise of the Kenya Defence Forces and US troops, will be held at Lamu.",
        "Reports that Sea Breeze-2021, the exercise of Ukraine and the United States, drew Georgia were unconfirmed.",
    ):
        assert facts(text, "PARTICIPATED_IN") == set(), text


def test_a_body_a_gloss_names_is_no_participant():
    text = "Peace Mission-2018, the counter-terrorism exercise of the Shanghai Cooperation Organisation, opened at Chebarkul."
    assert not {f for f in facts(text, "PARTICIPATED_IN") if f[0] == "Shanghai Cooperation Organisation"}


# --- a bare war that "broke out between" two states names both sides ----------------------------

def test_a_war_that_broke_out_between_two_states_is_a_clash_of_both():
    text = "In the autumn of 1998 war broke out again between Eritrea and Ethiopia over the border town of Badme."
    assert facts(text, "CLASHED_WITH") == {("Eritrea", "CLASHED_WITH", "Ethiopia")}
    text = "War erupted between Uganda and Tanzania in late 1978, and Kampala fell within months."
    assert facts(text, "CLASHED_WITH") == {("Tanzania", "CLASHED_WITH", "Uganda")}


def test_a_war_feared_denied_or_supposed_between_two_states_is_no_clash():
    for text in (
        "If war broke out between Chile and Argentina, the Beagle islands would be the first prize.",
        "Diplomats feared in 1978 that war could break out between Chile and Argentina.",
        "War never broke out between Chile and Argentina, thanks to papal mediation.",
        "There is no evidence that war broke out between Kenya and Uganda in 1976.",
        "Analysts say war might erupt between Kenya and Somalia over the maritime boundary.",
    ):
        assert facts(text, "CLASHED_WITH") == set(), text


# --- where a share of the exercise is under way: "Its sea phase is being held in ..." ---------------

def test_a_phase_being_held_or_the_exercises_activity_places_the_exercise():
    text = "Kakadu 2024 opened in Darwin on 9 September. Its sea phase is being held in the Timor Sea this week."
    assert ("Kakadu", "HELD_IN", "Timor Sea") in facts(text, "HELD_IN")
    text = ("Pitch Black 2024 was hosted by Australia from 12 July. Activity took place across the Top End "
            "and, for the first time, over Papua New Guinea.")
    assert ("Pitch Black", "HELD_IN", "Papua New Guinea") in facts(text, "HELD_IN")


def test_a_phase_not_held_or_only_planned_somewhere_places_nothing():
    for text in (
        "Kakadu 2024 opened in Darwin. Its sea phase is not being held in the Timor Sea this year.",
        "Kakadu 2026 opens in Darwin next year. Its sea phase might be held in the Timor Sea.",
        "Kakadu 2026 opens in Darwin next year. Its sea phase will be held in the Timor Sea.",
    ):
        assert not {f for f in facts(text, "HELD_IN") if f[2] == "Timor Sea"}, text


# --- "participants" who speak at a meeting are no exercise's participants ---------------------------

def test_participants_who_ask_or_suggest_at_a_meeting_name_no_participant():
    for text in (
        "Zapad-2021 was the panel's subject. Participants asked whether Serbia might join the next edition.",
        "Zapad-2021 was the panel's subject. One participant suggested that Serbia and Belarus would sign a pact.",
        "Zapad-2021 was the panel's subject. A participant from the Baltic states noted that Serbia was absent.",
    ):
        assert facts(text, "PARTICIPATED_IN") == set(), text


def test_participants_listed_for_an_exercise_still_take_part():
    text = "Cobra Gold 2024 opened in Thailand on 27 February. Participants included Indonesia, Japan and Singapore."
    assert facts(text, "PARTICIPATED_IN") >= {
        ("Indonesia", "PARTICIPATED_IN", "Cobra Gold"), ("Japan", "PARTICIPATED_IN", "Cobra Gold"),
        ("Singapore", "PARTICIPATED_IN", "Cobra Gold"),
    }


# --- "the 2018 Vostok manoeuvres": the listed edition of the year written before the series ---------

def test_a_year_before_a_series_names_its_listed_edition():
    text = "In the 2018 Vostok manoeuvres, Mongolian troops trained beside the People's Liberation Army."
    found = facts(text, "PARTICIPATED_IN")
    assert ("Mongolia", "PARTICIPATED_IN", "Vostok-2018") in found
    assert not {f for f in found if f[2] == "Vostok"}
    text = "China and Russia took part in their 2016 Joint Sea drills off Zhanjiang."
    assert ("Russia", "PARTICIPATED_IN", "Joint Sea-2016") in facts(text, "PARTICIPATED_IN")


def test_a_year_before_a_series_in_a_denied_or_planned_sentence_gives_nothing():
    for text in (
        "Mongolia did not take part in the 2018 Vostok manoeuvres.",
        "Mongolia may take part in the 2018 Vostok manoeuvres, officials hinted beforehand.",
        "Laos plans to take part in the 2018 Vostok manoeuvres.",
    ):
        assert facts(text, "PARTICIPATED_IN") == set(), text


def test_a_year_ending_a_phrase_before_a_series_names_no_edition():
    text = "Since 2019 Joint Sea has been held in the Yellow Sea and the Sea of Japan."
    assert not {f for f in facts(text, "HELD_IN") if f[0] == "Joint Sea-2019"}


# --- a timeline's present: "Soviet and Chinese border troops fight for an island" -----------------

def test_troops_of_two_nationalities_who_fight_are_a_clash_of_their_states():
    text = "August 1969: Soviet and Chinese border troops fight near Lake Zhalanashkol in Xinjiang."
    assert facts(text, "CLASHED_WITH") == {("China", "CLASHED_WITH", "Soviet Union")}
    text = "1987 - Indian and Chinese soldiers fight a brief skirmish at Sumdorong Chu, and both armies mass troops."
    assert facts(text, "CLASHED_WITH") == {("China", "CLASHED_WITH", "India")}


def test_troops_who_fight_side_by_side_or_might_fight_are_no_clash():
    for text in (
        "2015: Russian and Syrian troops fight together against rebels near Aleppo.",
        "2016: Nigerian and Chadian troops fight against jihadists around Lake Chad.",
        "Indian and Chinese troops might fight again if the talks fail.",
        "In 2023 Indian and Chinese troops did not fight at all.",
    ):
        assert facts(text, "CLASHED_WITH") == set(), text


# --- "troops from 34 countries, India and Greece among them": the nations a count names --------------

def test_nations_a_count_of_contingents_names_take_part():
    # the count rides on a host's passive ("hosted by ..., with troops from"), no verb of taking part
    text = ("We flew into Agadir during African Lion 2024. It was hosted by Morocco and the United States near "
            "Tan-Tan, with troops from 27 nations, Ghana, Senegal and Tunisia among them.")
    assert facts(text, "PARTICIPATED_IN") >= {
        ("Ghana", "PARTICIPATED_IN", "African Lion"), ("Senegal", "PARTICIPATED_IN", "African Lion"),
        ("Tunisia", "PARTICIPATED_IN", "African Lion"),
    }
    text = ("Our ferry left Odesa during Sea Breeze-2021. The exercise was co-hosted by Ukraine and the United "
            "States, with ships from 32 countries, among them Georgia, Romania and Turkey.")
    assert facts(text, "PARTICIPATED_IN") >= {
        ("Georgia", "PARTICIPATED_IN", "Sea Breeze-2021"), ("Romania", "PARTICIPATED_IN", "Sea Breeze-2021"),
    }


def test_a_count_of_contingents_expected_or_denied_names_no_participant():
    for text in (
        "African Lion 2025 opens in May. It will be led by Morocco, with forces from 27 nations, Ghana and Senegal among them.",
        "African Lion 2025 opens in May, and troops from 30 countries, among them Ghana and Senegal, are expected.",
        "There is no evidence that African Lion 2024 drew troops from 27 nations, Ghana and Senegal among them.",
    ):
        assert not {f for f in facts(text, "PARTICIPATED_IN") if f[0] in ("Ghana", "Senegal")}, text


# --- a caption quoted with "read" is the words corrected, not a fact -------------------------------

def test_a_caption_that_read_something_places_and_names_nothing():
    for text in (
        'A reader complained about a photo caption that read "Egyptian and Chinese jets over the Red Sea during Eagles of Civilization 2025".',
        'The map\'s legend was wrong, and its headline read "Russian and Chinese bombers patrol the Sea of Japan".',
    ):
        found = facts(text, "HELD_IN", "PATROLLED", "PARTICIPATED_IN")
        assert not {f for f in found if f[2] in ("Red Sea", "Sea of Japan")}, text


def test_what_the_corrected_caption_got_right_is_still_told():
    text = "The caption was wrong about the sea: Egypt and China held Eagles of Civilization 2025 over the Western Desert, in Egypt."
    assert ("Eagles of Civilization", "HELD_IN", "Egypt") in facts(text, "HELD_IN")


# --- "hosted the exercise, its second with the two powers": guests counted, not co-hosts ----------

def test_partners_in_an_ordinal_gloss_after_hosted_are_no_co_hosts():
    text = ("Indian, Japanese and Australian ships met for Malabar-2020 in the Bay of Bengal. India hosted the "
            "exercise, its largest with Japan and Australia.")
    assert facts(text, "HOSTED") == {("India", "HOSTED", "Malabar-2020")}


def test_partners_named_as_co_hosts_still_host():
    text = "Thailand co-hosted Cobra Gold 2024 with the United States, its largest partner."
    assert facts(text, "HOSTED") == {("Thailand", "HOSTED", "Cobra Gold"), ("United States", "HOSTED", "Cobra Gold")}


# --- a table of nations and their personnel under a sentence naming them as contingents -------------

KAKADU_TABLE = (
    "Kakadu 2024 was hosted by Australia off Darwin in September.\n\n"
    "{lead_in}\n\n"
    "| Nation | Personnel | Notes |\n|---|---|---|\n"
    "| India | 300 | one frigate |\n| Japan | 250 | one destroyer |\n| Fiji | — | observers only |\n"
)


def test_nations_listed_with_their_personnel_under_a_contingents_lead_in_take_part():
    text = KAKADU_TABLE.format(lead_in="The navy gave reporters the following visiting contingents:")
    found = facts(text, "PARTICIPATED_IN")
    assert {("India", "PARTICIPATED_IN", "Kakadu"), ("Japan", "PARTICIPATED_IN", "Kakadu")} <= found
    assert not {f for f in found if f[0] == "Fiji"}


def test_a_personnel_table_under_a_doubting_or_other_lead_in_names_no_participant():
    for lead_in in (
        "The navy said the following contingents may take part:",
        "The following contingents are expected:",
        "The following nations keep defence attachés in Canberra:",
    ):
        text = KAKADU_TABLE.format(lead_in=lead_in)
        assert not {f for f in facts(text, "PARTICIPATED_IN", "MEMBER_OF") if f[0] in ("India", "Japan")}, lead_in


# --- "its annual Exercise Wallaby": a capitalised "Exercise" is the title of the name after it -------

def test_a_titled_exercise_after_a_possessive_is_not_the_exercise_in_view():
    text = ("Kakadu 2024 was hosted by Australia off Darwin. The Republic of Singapore Navy also holds its yearly "
            "Exercise Singaroo with the Royal Australian Navy off Darwin.")
    assert not {f for f in facts(text, "PARTICIPATED_IN") if f[2] == "Kakadu"}


def test_the_exercise_in_view_is_still_referred_to_in_lower_case():
    text = "Kakadu 2024 was hosted by Australia off Darwin. The Indian Navy took part in the exercise for the first time."
    assert ("Indian Navy", "PARTICIPATED_IN", "Kakadu") in facts(text, "PARTICIPATED_IN")


# --- cases this session could not fix ---------------------------------------------------------------

@pytest.mark.xfail(strict=True, reason="a diary's verbless note names the exercise, a partner and the sea with no verb or gloss to read")
def test_a_verbless_diary_note_names_partner_and_sea():
    text = "3 Jun 2019\nVaruna with the French Navy off Goa, in the Arabian Sea. Their cooks very good."
    assert ("French Navy", "PARTICIPATED_IN", "Varuna") in facts(text, "PARTICIPATED_IN")


@pytest.mark.xfail(strict=True, reason="an exercise named after the clause ('..., something they call X') is not tied to the drill told before it")
def test_an_exercise_named_after_the_drill_it_is():
    text = "The Indian Navy and the French Navy are exercising together in the Arabian Sea, something they call Varuna."
    assert ("French Navy", "PARTICIPATED_IN", "Varuna") in facts(text, "PARTICIPATED_IN")


@pytest.mark.xfail(strict=True, reason="'drove the Ugandan army out of' is no clash trigger; adding it picked the backers in an aside ('backed by Cuban troops and Soviet advisers') as a side, so it was left out")
def test_forces_that_drove_an_army_out_clash_with_its_state():
    text = "Tanzanian forces, backed by Ugandan exiles, drove the Ugandan army out of the Kagera salient in 1979."
    assert facts(text, "CLASHED_WITH") == {("Tanzania", "CLASHED_WITH", "Uganda")}


@pytest.mark.xfail(strict=True, reason="a future verb ('will include a film on') scopes over a dated past clash named as its object")
def test_a_dated_past_clash_inside_a_future_plan_is_still_a_clash():
    text = "Next season will include a documentary on the 1967 clash between Indian and Chinese troops at Nathu La."
    assert facts(text, "CLASHED_WITH") == {("China", "CLASHED_WITH", "India")}
