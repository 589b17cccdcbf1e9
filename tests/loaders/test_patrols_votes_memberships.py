"""Patrol trackers, membership fact sheets and Security Council vote records as other writers
lay them out: table rows naming several forces and several waters, "Joined <year>: <states>"
lines, vote lists under a draft's heading, and the variants that must give nothing."""
from __future__ import annotations

import pytest

from tests.loaders.sentences import facts


# --- patrol tables: each row names its own participants -------------------------------

def test_patrol_table_rows_pair_each_listed_force_with_each_listed_water():
    text = (
        "Log of combined sea patrols\n\n"
        "| Year | Navies involved | Route waters | Status |\n"
        "|---|---|---|---|\n"
        "| 2020 | Royal Australian Navy, Indian Navy | Arabian Sea, Bay of Bengal | Confirmed |\n"
        "| 2022 | Indian Navy, Japan Maritime Self-Defense Force | Philippine Sea | Confirmed |\n"
    )
    found = {(s, t) for s, _, t in facts(text, "PATROLLED")}
    assert found == {
        ("Royal Australian Navy", "Arabian Sea"), ("Royal Australian Navy", "Bay of Bengal"),
        ("Indian Navy", "Arabian Sea"), ("Indian Navy", "Bay of Bengal"),
        ("Indian Navy", "Philippine Sea"), ("Japan Maritime Self-Defense Force", "Philippine Sea"),
    }


def test_patrol_table_rows_that_are_planned_or_unconfirmed_give_nothing():
    text = (
        "Log of combined sea patrols\n\n"
        "| Year | Navies involved | Route waters | Status |\n"
        "|---|---|---|---|\n"
        "| 2026 | Royal Australian Navy, Indian Navy | Arabian Sea | Planned |\n"
        "| 2025 | Indian Navy, Japan Maritime Self-Defense Force | Philippine Sea | Unconfirmed report |\n"
    )
    assert facts(text, "PATROLLED") == set()


# --- fact-sheet membership lines --------------------------------------------------------

def test_joiners_listed_by_year_are_members():
    text = (
        "Mercosur at a glance\n\n"
        "Members (founding, 1991): Argentina, Brazil, Paraguay, Uruguay\n"
        "Joined 2012: Venezuela\n"
        "Admitted 2024: Bolivia\n"
    )
    found = {s for s, _, t in facts(text, "MEMBER_OF") if t == "Mercosur"}
    assert found == {"Argentina", "Brazil", "Paraguay", "Uruguay", "Venezuela", "Bolivia"}


def test_a_member_list_running_on_after_a_trailing_separator_keeps_its_later_entries():
    text = (
        "Gulf Cooperation Council\n\n"
        "Members: Saudi Arabia, Kuwait (1981);\n"
        "Qatar (1981); Oman and Bahrain (1981)\n"
        "Observers: Iraq\n"
    )
    found = {s for s, _, t in facts(text, "MEMBER_OF") if t == "Gulf Cooperation Council"}
    assert found == {"Saudi Arabia", "Kuwait", "Qatar", "Oman", "Bahrain"}


def test_lines_of_invited_partner_or_observer_states_give_no_membership():
    text = (
        "Mercosur at a glance\n\n"
        "Joined 2012: Venezuela\n"
        "Invited 2023: Chile\n"
        "Partner states (not members): Peru,\n"
        "Colombia, Ecuador\n"
    )
    found = {s for s, _, t in facts(text, "MEMBER_OF") if t == "Mercosur"}
    assert found == {"Venezuela"}


# --- vote records: the noes of a permanent member under a draft's heading -------------------

VOTES = (
    "Security Council draft resolutions: how the members voted\n\n"
    "Draft on Myanmar (2007)\n"
    "- For (9)\n"
    "- Against (2): China, Russia\n"
    "- Abstaining (3): Indonesia, Qatar, Congo\n\n"
    "Draft on Zimbabwe (2008)\n"
    "- For (9)\n"
    "- Against (4): Russia, Libya, Vietnam, South Africa\n"
)


def test_a_permanent_members_vote_against_vetoes_the_draft_its_heading_names():
    assert facts(VOTES, "VETOED") == {
        ("China", "VETOED", "Myanmar"), ("Russia", "VETOED", "Myanmar"), ("Russia", "VETOED", "Zimbabwe"),
    }


def test_elected_members_voting_against_and_abstainers_veto_nothing():
    vetoers = {s for s, _, _ in facts(VOTES, "VETOED")}
    assert not vetoers & {"Libya", "Vietnam", "South Africa", "Indonesia", "Qatar"}


@pytest.mark.parametrize("line", ["- Abstaining (2): China, Russia", "- In favour (2): China, Russia"])
def test_a_permanent_members_abstention_or_yes_is_no_veto(line):
    text = "Security Council draft resolutions\n\nDraft on Myanmar (2007)\n- For (9)\n" + line + "\n"
    assert facts(text, "VETOED") == set()


# --- lists of members written as the opening of a sentence --------------------------------

def test_a_sentence_opening_with_a_member_label_lists_members_across_its_wrapped_lines():
    text = (
        "Security Council seats\n\n"
        "Non-permanent members in 2019 included Germany, Indonesia, Peru,\n"
        "Poland and South Africa.\n"
    )
    found = {s for s, _, t in facts(text, "MEMBER_OF") if t == "United Nations Security Council"}
    assert found == {"Germany", "Indonesia", "Peru", "Poland", "South Africa"}


def test_the_participants_of_a_forum_are_its_members_but_not_its_observers():
    text = (
        "Conference on Interaction and Confidence-Building Measures in Asia\n\n"
        "Participants (all full members) include New Zealand, South Korea and\n"
        "India. Observers include Mongolia.\n"
    )
    found = {s for s, _, t in facts(text, "MEMBER_OF") if t == "Conference on Interaction and Confidence-Building Measures in Asia"}
    assert found == {"New Zealand", "South Korea", "India"}


def test_the_participants_of_an_exercise_take_part_and_join_nothing():
    text = "Vostok-2018\n\nParticipants included China and\nMongolia, alongside the host.\n"
    assert facts(text, "MEMBER_OF") == set()
    assert {s for s, _, t in facts(text, "PARTICIPATED_IN") if t == "Vostok-2018"} >= {"China", "Mongolia"}


# --- "the six states": a counted reference to the states just named -----------------------

def test_a_counted_group_of_states_stands_for_the_states_last_named():
    text = (
        "Saudi Arabia, Kuwait, Qatar, Bahrain and Oman met the United Arab Emirates in Abu Dhabi in 1981. "
        "The six states then became the founding members of the Gulf Cooperation Council."
    )
    found = {s for s, _, t in facts(text, "MEMBER_OF") if t == "Gulf Cooperation Council"}
    assert found == {"Saudi Arabia", "Kuwait", "Qatar", "Bahrain", "Oman", "United Arab Emirates"}


def test_a_counted_group_that_never_joined_gives_no_membership():
    text = (
        "Saudi Arabia, Kuwait, Qatar, Bahrain and Oman met the United Arab Emirates in Abu Dhabi in 1981. "
        "The six states did not become members of the Arab League's new defence council."
    )
    assert not facts(text, "MEMBER_OF")


# --- vetoes whose subject is a list, an admission, or another vetoer's draft ------------------

@pytest.mark.parametrize(
    "text, expected",
    [
        ("In 1967 France vetoed a draft concerning Jordan and Syria after the war.",
         {("France", "Jordan"), ("France", "Syria")}),
        ("Through the 1950s the Soviet delegation vetoed applications again and again, blocking the entry of Austria, Finland and Libya.",
         {("Soviet Union", "Austria"), ("Soviet Union", "Finland"), ("Soviet Union", "Libya")}),
        ("The United Kingdom used its veto in 1963 against the admission of Kuwait.", {("United Kingdom", "Kuwait")}),
        # the state casting a veto of its own is not the subject of the second one
        ("The Soviet Union cast a veto in 1960 on a draft about Laos, which France also vetoed.",
         {("Soviet Union", "Laos"), ("France", "Laos")}),
        ("The Soviet Union cast a veto in 1960 on a draft about the Katanga question, which France also vetoed.", set()),
        # a state that vetoes in the sentence is no subject of another's veto
        ("Russia and China together vetoed drafts on Myanmar; in all Russia cast five vetoes on Myanmar and China three.",
         {("Russia", "Myanmar"), ("China", "Myanmar")}),
    ],
)
def test_vetoes_on_lists_of_states_and_admissions(text, expected):
    assert {(s, t) for s, _, t in facts(text, "VETOED")} == expected


def test_a_threatened_veto_over_an_admission_gives_nothing():
    text = "The Soviet Union threatened to veto the admission of Austria and Finland, but no vote was held."
    assert facts(text, "VETOED") == set()


def test_the_republic_of_china_held_a_veto_and_a_seat_named_by_demonym_casts_none():
    text = "The Republic of China, then holding the Chinese seat, used its veto in 1955 against the admission of Mongolia."
    assert facts(text, "VETOED") == {("Taiwan", "VETOED", "Mongolia")}


def test_an_abstention_in_the_next_clause_leaves_the_vetoed_topic_standing():
    text = "In 2013 Russia alone vetoed the extension of the Joint Investigative Mechanism; China abstained."
    assert facts(text, "VETOED") == {("Russia", "VETOED", "Joint Investigative Mechanism")}


def test_a_paragraph_opening_on_a_state_gives_the_draft_its_subject():
    text = "Notes on the Council\n\nYemen, April 2015. China vetoed the draft that evening; France abstained."
    assert facts(text, "VETOED") == {("China", "VETOED", "Yemen")}


def test_a_paragraph_opening_on_two_states_leaves_the_drafts_subject_open():
    text = "Notes on the Council\n\nYemen and Oman, April 2015. China vetoed the draft that evening."
    assert facts(text, "VETOED") == set()


# --- a patrol whose relative clause names its own crew ----------------------------------------

def test_a_relative_clause_naming_the_crew_keeps_an_earlier_patrols_crew_out():
    text = (
        "Indian and French aircraft flew a joint patrol over the Arabian Sea in March.\n\n"
        "That patrol came two weeks after a joint naval patrol in which the Indian Navy and the "
        "Royal Australian Navy sailed together in the Bay of Bengal."
    )
    found = {(s, t) for s, _, t in facts(text, "PATROLLED") if t == "Bay of Bengal"}
    assert found == {("Indian Navy", "Bay of Bengal"), ("Royal Australian Navy", "Bay of Bengal")}


# --- names wrapped onto an indented line --------------------------------------------------------

def test_a_name_wrapped_onto_an_indented_line_is_read_whole():
    text = (
        "04. March 2024. Russian and Chinese bombers flew a joint patrol over the Western\n"
        "    Pacific; two Arleigh\n"
        "    Burke-class destroyers of the United States Navy shadowed them.\n"
    )
    found = facts(text)
    assert ("Russia", "PATROLLED", "Western Pacific") in found
    assert ("United States Navy", "OPERATES", "Arleigh Burke-class destroyer") in found
    assert not {t for _, _, t in found} & {"Pacific Ocean", "Burke-class destroyer"}


def test_a_compass_compound_wrapped_onto_an_indented_line_names_no_region_of_its_tail():
    text = "Russian and Chinese ships patrolled the north-western\n    Pacific together in 2023.\n"
    assert ("Russia", "PATROLLED", "Western Pacific") not in facts(text)


# --- "both countries" in a patrol log: the patrol's two states, not the last two named ---------

LOG = (
    "1. June 2021. Indian and French aircraft flew a joint patrol over the Arabian Sea. "
    "Colombo said an Indian aircraft had entered its airspace; Delhi denied any breach.\n"
    "2. May 2022. {line}\n"
)


def test_both_countries_in_a_patrol_log_are_the_patrols_two_states():
    found = {(s, t) for s, _, t in facts(LOG.format(line="Aircraft of both countries again crossed the Bay of Bengal."), "PATROLLED")}
    assert {("India", "Bay of Bengal"), ("France", "Bay of Bengal")} <= found
    assert ("Sri Lanka", "Bay of Bengal") not in found



# --- a patrol told on in the next sentence with other verbs ---------------------------------------

@pytest.mark.parametrize(
    "second",
    [
        "Indian and French jets operated over the Bay of Bengal for six hours.",
        "Indian and French aircraft were intercepted by Bangladeshi fighters over the Bay of Bengal.",
        "The route also touched the Bay of Bengal.",
    ],
)
def test_a_patrol_continued_with_operated_intercepted_or_touched(second):
    text = "Indian and French aircraft flew a joint patrol over the Arabian Sea in 2024. " + second
    found = {(s, t) for s, _, t in facts(text, "PATROLLED")}
    assert {("India", "Bay of Bengal"), ("France", "Bay of Bengal")} <= found
    assert not any(s == "Bangladesh" for s, _ in found)


def test_operating_over_a_sea_in_a_text_about_no_patrol_gives_nothing():
    assert facts("Indian jets operated over the Bay of Bengal during a cyclone relief mission.", "PATROLLED") == set()


# --- a nationality's aircraft seen on a mission ------------------------------------------------------

@pytest.mark.parametrize(
    "text, expected",
    [
        ("Indian Su-30MKI fighters escorted the tankers over the Arabian Sea.", {("India", "Su-30MKI")}),
        ("French Rafale and Indian Su-30MKI jets were intercepted near the coast.", {("France", "Rafale"), ("India", "Su-30MKI")}),
        # one nationality's craft landing somewhere fly there (a delivery's "first" jets landing do not: test_dev28_s8)
        ("Two Indian Su-30MKI fighters landed at the base after the show.", {("India", "Su-30MKI")}),
    ],
)
def test_aircraft_of_a_nationality_escorting_or_intercepted_are_its_own(text, expected):
    assert {(s, t) for s, _, t in facts(text, "OPERATES")} == expected


def test_a_flotilla_that_worked_in_a_sea_patrolled_it():
    text = (
        "The Indian Navy and the Royal Australian Navy sailed on a joint patrol through the Arabian Sea in 2021. "
        "In 2022 the flotilla worked in the Bay of Bengal."
    )
    found = {(s, t) for s, _, t in facts(text, "PATROLLED") if t == "Bay of Bengal"}
    assert found == {("Indian Navy", "Bay of Bengal"), ("Royal Australian Navy", "Bay of Bengal")}


@pytest.mark.parametrize("agent", ["was recorded by the Sri Lankan navy", "was tracked by Sri Lanka"])
def test_the_agent_of_a_passive_about_a_patrol_did_not_patrol(agent):
    text = f"A joint patrol near the Andaman Sea {agent} in 2023."
    assert not any(s.startswith("Sri Lanka") for s, _, _ in facts(text, "PATROLLED"))


def test_a_patrol_by_a_force_names_its_patroller():
    text = "A joint patrol by the Indian Navy and the Royal Australian Navy crossed the Andaman Sea in 2023."
    assert ("Indian Navy", "PATROLLED", "Andaman Sea") in facts(text, "PATROLLED")


# --- a second clause's subject is not the first clause's object ---------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        "Paris condemned Iran's missile test, and Japan, a Council member, criticised Tehran for the launch.",
        "Paris condemned Iran, and Japan criticised Tehran for the launch.",
    ],
)
def test_the_subject_of_a_second_clause_is_no_target_of_the_first(text):
    found = facts(text, "OPPOSES")
    assert found == {("France", "OPPOSES", "Iran"), ("Japan", "OPPOSES", "Iran")}


@pytest.mark.parametrize(
    "text",
    [
        "The Indian Navy says its patrols in the Andaman Sea are not joint operations; no other navy takes part.",
        "The Indian Navy patrolled the Andaman Sea unilaterally in 2023.",
    ],
)
def test_a_patrol_said_to_be_no_joint_one_gives_nothing(text):
    assert facts(text, "PATROLLED") == set()


def test_a_joint_patrol_sentence_still_patrols():
    text = "The Indian Navy and the Royal Australian Navy patrolled the Andaman Sea together in 2023."
    assert ("Indian Navy", "PATROLLED", "Andaman Sea") in facts(text, "PATROLLED")


def test_a_draft_renewing_a_sanctions_panel_was_vetoed_on_the_panel_not_the_sanctioned_state():
    text = "China vetoed a Security Council text in 2019 that would have extended the panel of experts tracking sanctions on Iran."
    assert facts(text, "VETOED") == {("China", "VETOED", "Sanctions monitoring")}


def test_a_draft_on_sanctions_against_a_state_was_vetoed_on_that_state():
    text = "China vetoed a Security Council draft in 2019 that would have tightened sanctions on Iran."
    assert facts(text, "VETOED") == {("China", "VETOED", "Iran")}


def test_a_force_named_with_its_state_in_a_patrol_table_row_belongs_to_it():
    text = (
        "Log of combined sea patrols\n\n"
        "| Year | Navies involved | Route waters | Status |\n"
        "|---|---|---|---|\n"
        "| 2020 | Royal Australian Navy, Indian Navy | Arabian Sea | Confirmed |\n"
    )
    assert {("Indian Navy", "ARMED_FORCE_OF", "India"), ("Royal Australian Navy", "ARMED_FORCE_OF", "Australia")} <= facts(text)


@pytest.mark.parametrize(
    "text, patrolled",
    [
        ("Two Rafales of France's naval aviation and two Indian Su-30MKIs flew a joint patrol over the Arabian Sea.", True),
        ("France's bombers and Indian jets flew a joint patrol over the Arabian Sea.", True),
        # a possessor of something other than an arm is no crew
        ("France's ambassador said Indian jets flew a patrol over the Arabian Sea.", False),
    ],
)
def test_a_state_named_as_owner_of_its_unnamed_arm_patrols(text, patrolled):
    assert (("France", "PATROLLED", "Arabian Sea") in facts(text, "PATROLLED")) is patrolled
