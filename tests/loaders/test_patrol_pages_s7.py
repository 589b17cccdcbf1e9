"""Patrol histories and exercise reports as other authors write them on web pages and in
chronologies: designations that end a sentence, gapped clauses giving each state its own
aircraft, joint deeds with no system fielded, patrols one force flies alone, and transits
the text says were no patrols.

Every phrasing here was written for these tests; none is taken from the seeds.
"""
from __future__ import annotations

import pytest

from loaders.text import segment
from tests.loaders.sentences import facts


def pairs(text: str, rel_type: str) -> set[tuple[str, str]]:
    return {(source, target) for source, _, target in facts(text, rel_type)}


# --- a designation ending in a capital letter ends its sentence ----------------------------------

@pytest.mark.parametrize(
    "text, first",
    [
        ("Beijing sent six H-6K. Tokyo scrambled fighters.", "Beijing sent six H-6K."),
        ("The navy commissioned a Type 052D. Seoul watched.", "The navy commissioned a Type 052D."),
        ("Delhi flew the P-8I. Paris sent a Falcon.", "Delhi flew the P-8I."),
    ],
)
def test_a_designation_ending_in_a_capital_letter_ends_the_sentence(text, first):
    assert segment(text)[0].text == first


def test_an_initial_is_still_no_sentence_end():
    assert len(segment("Admiral J. Richardson met the crews. They sailed.")) == 2


def test_the_next_sentences_states_are_no_operators_of_the_designation():
    text = "Moscow sent four Tu-95MS over the Sea of Japan, Beijing two H-6K. Seoul and Tokyo scrambled fighters."
    operators = {source for source, _ in pairs(text, "OPERATES")}
    assert not operators & {"South Korea", "Japan"}


# --- a gapped clause gives the second state its own systems ---------------------------------------

@pytest.mark.parametrize(
    "text, expected",
    [
        ("Russia sent three Tu-95MS, China two H-6N.", {("Russia", "Tu-95MS"), ("China", "H-6N")}),
        ("India flew two P-8 Poseidon, and Australia a Wedgetail.", {("India", "P-8 Poseidon"), ("Australia", "E-7")}),
        ("Russia contributed an Udaloy-class destroyer, China a Type 055 destroyer.",
         {("Russia", "Udaloy-class destroyer"), ("China", "Type 055 destroyer")}),
    ],
)
def test_a_gapped_clause_gives_each_state_its_own_system(text, expected):
    assert pairs(text, "OPERATES") == expected


def test_a_plain_list_of_systems_stays_with_its_one_operator():
    assert pairs("Vietnam flies the Su-30MK2, the Su-22 and the Yak-130.", "OPERATES") == {
        ("Vietnam", "Su-30MK2"), ("Vietnam", "Su-22"), ("Vietnam", "Yak-130"),
    }


@pytest.mark.xfail(strict=True, reason="a second clause with its own subject and a negated verb still hands its system to the first subject")
def test_a_second_clause_with_its_own_negated_verb_gives_its_system_to_no_one():
    assert pairs("Russia sent three Tu-95MS, and China did not send any H-6N.", "OPERATES") == {("Russia", "Tu-95MS")}


# --- "operated together": a joint deed, no system fielded -----------------------------------------

def test_aircraft_operating_together_do_not_cross_to_the_other_state():
    text = ("Three Chinese H-6K and two Russian Tu-95MS flew a joint patrol over the Sea of Japan, "
            "the first time the two countries' bombers had operated together so far north.")
    assert pairs(text, "OPERATES") == {("China", "H-6K"), ("Russia", "Tu-95MS")}


def test_a_state_operating_a_system_is_still_read():
    assert pairs("Algeria operates the Su-30MKA.", "OPERATES") == {("Algeria", "Su-30MKA")}


# --- a patrol flown or sailed by one force alone is no joint patrol --------------------------------

@pytest.mark.parametrize(
    "text",
    [
        "The Philippine Coast Guard kept up its patrols around Scarborough Shoal all summer.",
        "Vietnam's navy announced a readiness patrol in the Gulf of Tonkin on Monday.",
        "The Japan Coast Guard patrols the waters around the Senkaku Islands every day.",
    ],
)
def test_a_patrol_by_one_force_alone_gives_nothing(text):
    assert pairs(text, "PATROLLED") == set()


def test_one_nations_aircraft_on_patrol_are_left_as_one_side_of_a_combined_patrol():
    assert pairs("Russian Tu-95MS bombers patrolled over the Bering Sea.", "PATROLLED") == {("Russia", "Bering Sea")}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The Philippine Coast Guard patrolled around Scarborough Shoal with the Vietnam Coast Guard.",
         {("Philippine Coast Guard", "Scarborough Shoal"), ("Vietnam Coast Guard", "Scarborough Shoal")}),
        ("Vietnam's navy held a joint patrol in the Gulf of Tonkin.", {("Vietnam People's Navy", "Gulf of Tonkin")}),
        ("Thai and Malaysian ships patrolled the Andaman Sea.", {("Thailand", "Andaman Sea"), ("Malaysia", "Andaman Sea")}),
    ],
)
def test_a_patrol_with_a_partner_or_called_joint_is_kept(text, expected):
    assert pairs(text, "PATROLLED") == expected


# --- transits the text says were no patrols --------------------------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        "Chinese and Russian destroyers sailed together through the Miyako Strait in 2023 without a declared patrol.",
        "Russian and Chinese ships have crossed the Korea Strait together; Seoul does not count such passages as patrols.",
        "Two Chinese and two Russian warships transited the La Perouse Strait in company, which the ministry did not regard as a joint patrol.",
    ],
)
def test_a_transit_the_text_says_was_no_patrol_gives_nothing(text):
    assert pairs(text, "PATROLLED") == set()


def test_a_transit_on_a_declared_joint_patrol_is_kept():
    text = "Chinese and Russian destroyers sailed together through the Miyako Strait in 2023 on their joint patrol."
    assert pairs(text, "PATROLLED") == {("China", "Miyako Strait"), ("Russia", "Miyako Strait")}


# --- a table row whose first cell is a dash ----------------------------------------------------------

DASHED_ROWS = """Joint coast-guard patrols

No. | Year | Participants | Waters | Notes
1 | 2023 | Japan Coast Guard; Philippine Coast Guard | Philippine Sea | First one.
– | 2024 | Korea Coast Guard; Japan Coast Guard | Sea of Japan | Not numbered by the ministries.
"""


def test_a_row_opening_on_a_dash_keeps_its_columns():
    assert {("Korea Coast Guard", "Sea of Japan"), ("Japan Coast Guard", "Sea of Japan")} <= pairs(DASHED_ROWS, "PATROLLED")


def test_a_dash_bullet_before_prose_is_still_a_list_mark():
    assert [s.text for s in segment("Notes\n\n- Transits are left out.\n- Port calls too.")][1:] == ["Transits are left out.", "Port calls too."]


# --- "the fourth edition of <exercise>" is that exercise ---------------------------------------------

def test_an_edition_of_a_named_exercise_is_that_exercise_not_the_one_before():
    text = ("The PLA Navy and the Russian Navy completed Joint Sea-2022 in May. "
            "The Indian Navy and the Sri Lanka Navy then held the tenth edition of\n  SLINEX off Colombo.")
    participants = pairs(text, "PARTICIPATED_IN")
    assert {("Indian Navy", "SLINEX"), ("Sri Lanka Navy", "SLINEX")} <= participants
    assert not {("Indian Navy", "Joint Sea-2022"), ("Sri Lanka Navy", "Joint Sea-2022")} & participants


def test_the_edition_with_no_name_after_it_is_still_the_exercise_before():
    text = "Egypt hosted Bright Star-25 at Mohamed Naguib. Qatar sent troops to the latest edition."
    assert ("Qatar", "Bright Star-25") in pairs(text, "PARTICIPATED_IN")


# --- the waters of a patrol told of after an exercise are the patrol's ---------------------------------

@pytest.mark.parametrize(
    "text",
    [
        "The Royal Thai Navy and the Indian Navy finished Exercise Ayutthaya and began a coordinated patrol across the Andaman Sea.",
        "After Joint Sea-2022, the PLA Navy and the Russian Pacific Fleet set off on a joint patrol through the Philippine Sea.",
    ],
)
def test_waters_named_after_the_patrol_are_not_where_the_exercise_was_held(text):
    assert pairs(text, "HELD_IN") == set()


def test_an_exercise_held_in_waters_named_before_the_patrol_keeps_them():
    text = "Russia and China held Joint Sea-2022 in the East China Sea, then began a joint patrol through the Philippine Sea."
    assert pairs(text, "HELD_IN") == {("Joint Sea-2022", "East China Sea")}


# --- a blog post's reader comments in markdown ------------------------------------------------------

BLOG_POST = """# Monsoon patrol notes

The Indian Navy and the Royal Thai Navy held their coordinated patrol in the Andaman Sea.

---

**2 comments**

> **harbour_rat**: The Myanmar Navy patrolled the Andaman Sea with them too.
>
> **anon**: Bangladesh sent a frigate as well.
"""


def test_reader_comments_under_a_markdown_post_give_nothing(tmp_path):
    from loaders.extract import extract_path

    path = tmp_path / "post.md"
    path.write_text(BLOG_POST, encoding="utf-8")
    found = {(r.source, r.type, r.target) for r in extract_path(path).relations}
    assert ("Indian Navy", "PATROLLED", "Andaman Sea") in found
    assert not {source for source, _, _ in found} & {"Myanmar Navy", "Bangladesh"}


def test_a_comments_sentence_in_the_post_is_prose():
    from loaders.readers import markdown_text

    assert "Thailand" in markdown_text("# Note\n\nComments from the ministry were brief.\n\nThailand joined later.\n")


# --- drills by a force's own ship, by the combined group, and a patrol that only dates them -----------

@pytest.mark.parametrize(
    "text, expected",
    [
        ("The Indian Navy's carrier INS Vikrant held night flying drills in the Arabian Sea.", {("Indian Navy", "Arabian Sea")}),
        ("Japan's destroyer Izumo conducted gunnery drills in the Philippine Sea.", {("Japan", "Philippine Sea")}),
    ],
)
def test_a_forces_own_ship_drilling_is_the_force_drilling(text, expected):
    assert pairs(text, "DRILLED_IN") == expected


def test_a_forces_ship_that_did_not_drill_gives_nothing():
    assert pairs("The Indian Navy's carrier INS Vikrant did not hold drills in the Arabian Sea.", "DRILLED_IN") == set()


def test_the_combined_group_drilling_is_every_navy_of_it():
    text = ("The Iranian and Russian navies sailed a joint patrol in the Gulf of Oman. "
            "On the way home the combined group held air-defence drills in the Arabian Sea.")
    drilled = pairs(text, "DRILLED_IN")
    assert {place for _, place in drilled} == {"Arabian Sea"} and len(drilled) == 2


def test_the_combined_group_that_planned_drills_gives_nothing():
    text = ("The Iranian and Russian navies sailed a joint patrol in the Gulf of Oman. "
            "The combined group was expected to hold drills in the Arabian Sea.")
    assert pairs(text, "DRILLED_IN") == set()


def test_a_patrol_that_only_dates_the_drills_is_not_where_they_were():
    text = ("Russia and China sailed a joint patrol in the Sea of Japan. "
            "The two fleets had fired at sea targets in the Sea of Okhotsk before the patrol began.")
    assert pairs(text, "PATROLLED") == {("Russia", "Sea of Japan"), ("China", "Sea of Japan")}


# --- partners set beside the subject with "together with" -------------------------------------------

def test_the_subject_acts_with_the_partners_set_beside_it():
    text = "The Royal Australian Navy, together with the navies of Japan and the Philippines, held a joint sail in the Philippine Sea."
    assert pairs(text, "PATROLLED") == {
        ("Royal Australian Navy", "Philippine Sea"), ("Japan Maritime Self-Defense Force", "Philippine Sea"), ("Philippine Navy", "Philippine Sea"),
    }


def test_partners_beside_a_subject_that_only_plans_give_nothing():
    text = "The Royal Australian Navy, together with the navies of Japan and the Philippines, plans to hold a joint sail in the Philippine Sea."
    assert pairs(text, "PATROLLED") == set()


# --- "their navies" after a subject opened by a long fronted phrase ---------------------------------

def test_their_navies_are_the_navies_of_a_subject_after_a_long_fronted_phrase():
    text = ("After a string of boardings by armed gangs in the south, Indonesia, Malaysia and the Philippines signed a pact in 2016. "
            "Their navies began coordinated patrols in the Celebes Sea a year later.")
    assert pairs(text, "PATROLLED") == {("Indonesian Navy", "Celebes Sea"), ("Royal Malaysian Navy", "Celebes Sea"), ("Philippine Navy", "Celebes Sea")}


# --- "the armed forces of A, B and C": each state's forces as a whole --------------------------------

def test_the_armed_forces_of_listed_states_are_each_states_forces():
    text = "The armed forces of Australia, Japan and the Philippines held a maritime cooperative activity in the South China Sea."
    assert pairs(text, "PATROLLED") == {
        ("Australian Defence Force", "South China Sea"), ("Japan Self-Defense Forces", "South China Sea"),
        ("Armed Forces of the Philippines", "South China Sea"),
    }


def test_the_armed_forces_of_states_that_only_discussed_a_sail_give_nothing():
    text = "The armed forces of Australia, Japan and the Philippines discussed a maritime cooperative activity in the South China Sea."
    assert pairs(text, "PATROLLED") == set()


def test_a_state_whose_forces_have_no_single_name_stays_the_state():
    assert pairs("The armed forces of China and Russia held drills in the Sea of Japan.", "DRILLED_IN") == {
        ("China", "Sea of Japan"), ("Russia", "Sea of Japan"),
    }


# --- aircraft and ships doing a deed of their own ------------------------------------------------------

@pytest.mark.parametrize(
    "text, expected",
    [
        ("A Russian Il-20 reconnaissance aircraft twice entered the zone.", {("Russia", "Il-20")}),
        ("The drills prompted the Royal Australian Navy to send a P-8 Poseidon to watch.", {("Royal Australian Navy", "P-8 Poseidon")}),
    ],
)
def test_a_craft_doing_its_own_deed_is_operated_by_its_nation(text, expected):
    assert pairs(text, "OPERATES") == expected


@pytest.mark.parametrize(
    "text",
    [
        "No Russian Il-20 reconnaissance aircraft ever entered the zone.",
        "The drills prompted the Royal Australian Navy to consider whether it could send a P-8 Poseidon.",
    ],
)
def test_a_craft_deed_denied_or_only_considered_gives_nothing(text):
    assert pairs(text, "OPERATES") == set()


def test_a_craft_beside_which_another_flew_is_not_the_flyers():
    assert pairs("A Chinese J-15 fighter flew close to a Canadian P-8 over the Yellow Sea.", "OPERATES") == {("China", "J-15")}


def test_a_makers_nationality_before_the_craft_is_no_other_owner():
    assert pairs("Vietnam flies Russian Su-30MK2 fighters.", "OPERATES") == {("Vietnam", "Su-30MK2")}


# --- "the first took ten ships through ...": a patrol that carried its crews ----------------------------

def test_an_earlier_patrol_that_took_ships_through_waters_patrolled_them():
    text = ("It was the fourth joint naval patrol by Iran and Russia. "
            "The first, in 2022, took six ships across the Arabian Sea and into the Gulf of Oman.")
    assert pairs(text, "PATROLLED") == {
        ("Iran", "Arabian Sea"), ("Iran", "Gulf of Oman"), ("Russia", "Arabian Sea"), ("Russia", "Gulf of Oman"),
    }


@pytest.mark.parametrize(
    "text",
    [
        "Maritime Security Belt-2023 took Russian and Iranian ships into the Gulf of Oman.",
        "The ferry took ten passengers across the Caspian Sea.",
    ],
)
def test_an_exercise_or_a_ferry_taking_ships_across_is_no_patrol(text):
    assert pairs(text, "PATROLLED") == set()


# --- a notes cell of a patrol table tells which exercise the crews came from -----------------------------

NOTED_TABLE = """Iranian-Russian naval patrols

No. | Year | Participants | Waters | Notes
1 | 2023 | Islamic Republic of Iran Navy; Russian Navy | Arabian Sea | Set out once both navies had finished Maritime Security Belt-2023 in the Gulf of Oman.
2 | 2024 | Islamic Republic of Iran Navy; Russian Navy | Arabian Sea | Six ships; China was invited to Maritime Security Belt-2024 but did not send any.
"""


def test_a_notes_cell_gives_the_exercise_the_rows_crews_took_part_in():
    found = facts(NOTED_TABLE)
    assert ("Islamic Republic of Iran Navy", "PARTICIPATED_IN", "Maritime Security Belt-2023") in found
    assert ("Russian Navy", "PARTICIPATED_IN", "Maritime Security Belt-2023") in found
    assert ("Maritime Security Belt-2023", "HELD_IN", "Gulf of Oman") in found


def test_a_notes_cell_that_denies_participation_gives_none():
    assert ("China", "PARTICIPATED_IN", "Maritime Security Belt-2024") not in facts(NOTED_TABLE)


# --- "the strait", "the gulf": the strait or gulf just named ----------------------------------------------

def test_the_gulf_is_the_gulf_the_paragraph_named_not_the_sea_after_it():
    text = ("Tankers crowd the Gulf of Aden and the Red Sea. "
            "Chinese and Pakistani frigates patrolled the gulf together in March.")
    assert pairs(text, "PATROLLED") == {("China", "Gulf of Aden"), ("Pakistan", "Gulf of Aden")}


@pytest.mark.parametrize(
    "text",
    [
        "Tankers crowd the Gulf of Aden. Chinese and Pakistani frigates patrolled near the mouth of the gulf.",
        "Tankers crowd the Gulf of Aden. Chinese and Pakistani frigates may patrol the gulf together next year.",
    ],
)
def test_the_gulf_beside_or_planned_gives_no_patrol_of_it(text):
    assert ("China", "Gulf of Aden") not in pairs(text, "PATROLLED")


def test_the_subject_that_sailed_with_partners_in_a_joint_activity_patrolled_too():
    text = "The Royal Navy sailed with the Indian Navy and the French Navy in a joint patrol in the Arabian Sea in May."
    assert pairs(text, "PATROLLED") == {("Royal Navy", "Arabian Sea"), ("Indian Navy", "Arabian Sea"), ("French Navy", "Arabian Sea")}


def test_the_subject_that_never_sailed_with_partners_gives_nothing():
    assert pairs("The Royal Navy never sailed with the Indian Navy in a joint patrol in the Arabian Sea.", "PATROLLED") == set()


# --- drills told with the patrol's time are the fleets' own, not the exercise named before ---------------

def test_drills_before_a_patrol_are_not_the_exercise_named_before():
    text = ("The Iranian and Russian navies finished Maritime Security Belt-2025 in the Gulf of Oman. "
            "The two navies also held missile firings in the Arabian Sea before their joint patrol began.")
    found = facts(text)
    assert ("Maritime Security Belt-2025", "HELD_IN", "Arabian Sea") not in found
    assert {("Islamic Republic of Iran Navy", "DRILLED_IN", "Arabian Sea"), ("Russian Navy", "DRILLED_IN", "Arabian Sea")} <= found


def test_drills_of_the_two_navies_after_their_exercise_are_still_the_exercise():
    text = ("The Iranian and Russian navies finished Maritime Security Belt-2025. "
            "Ships of the two navies held drills in the Gulf of Oman.")
    assert ("Maritime Security Belt-2025", "HELD_IN", "Gulf of Oman") in facts(text)
