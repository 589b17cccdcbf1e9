"""What a new author's exercise documents showed (dev46): an exercise website's schedule table
whose rows give where serials were held and which units trained, a military games' medal table,
"contests" of military games read as opposition. Every text here is written for these tests;
none is taken from a corpus or evaluation document."""
from __future__ import annotations

import pytest

from loaders.extract import default_extractor
from loaders.readers import read_bytes
from tests.loaders.sentences import facts


def doc_facts(text: str, name: str = "page.md", *types: str) -> set[tuple]:
    document = read_bytes(text.encode("utf-8"), f"docs/{name}")
    found = default_extractor().extract_document(document).relations
    return {(r.source, r.type, r.target) for r in found if not types or r.type in types}


# --- an exercise's schedule table: location and training audience, no exercise column -----------

SCHEDULE = """# Eager Lion 2026: programme of events

Jordan hosts this year's edition from 3 to 14 May.

## Programme

| Dates | Serial | Location | Training audience |
|---|---|---|---|
| 3 May | Opening parade | Amman, Jordan | All nations |
| 5-9 May | Urban operations | Zarqa training centre, Jordan | Jordan Armed Forces, Pakistan Army |
| 6-10 May | Coastal defence | Gulf of Aqaba | Egyptian Navy, Royal Navy |
| 12 May | Air mobility serial POSTPONED | Tabuk, Saudi Arabia | Royal Saudi Air Force |
"""


def test_a_schedule_rows_location_and_audience_belong_to_the_titled_exercise():
    found = doc_facts(SCHEDULE, "programme.md", "HELD_IN", "PARTICIPATED_IN")
    assert {("Eager Lion", "HELD_IN", "Jordan"), ("Eager Lion", "HELD_IN", "Gulf of Aqaba"),
            ("Pakistan Army", "PARTICIPATED_IN", "Eager Lion"), ("Egyptian Navy", "PARTICIPATED_IN", "Eager Lion")} <= found


def test_a_postponed_serial_of_a_schedule_gives_nothing():
    found = doc_facts(SCHEDULE, "programme.md")
    assert ("Eager Lion", "HELD_IN", "Saudi Arabia") not in found
    assert ("Royal Saudi Air Force", "PARTICIPATED_IN", "Eager Lion") not in found


def test_a_table_of_places_under_a_heading_that_is_no_schedule_stays_unread_as_one_exercise():
    text = SCHEDULE.replace("## Programme", "## Other activity in the region")
    assert not any(target == "Eager Lion" for _, _, target in doc_facts(text, "programme.md", "PARTICIPATED_IN"))


# --- a medal table of military games ---------------------------------------------------------

MEDALS = """# Army Games 2019: how the teams finished

The fifth International Army Games ended in Alabino on 17 August.

| Rank | Team | Gold | Silver | Bronze |
|---|---|---|---|---|
| 1 | Russia | 27 | 3 | 2 |
| 2 | Kazakhstan | 2 | 5 | 6 |
| 3 | Iran | 1 | 4 | 3 |
"""


def test_each_team_of_a_medal_table_competed_in_the_games():
    found = doc_facts(MEDALS, "medals.md", "PARTICIPATED_IN")
    assert {("Kazakhstan", "PARTICIPATED_IN", "International Army Games"), ("Iran", "PARTICIPATED_IN", "International Army Games")} <= found


def test_a_medal_table_whose_team_column_says_nation_gives_no_membership():
    text = MEDALS.replace("| Rank | Team |", "| Rank | Nation |")
    found = doc_facts(text, "medals.md")
    assert ("Iran", "PARTICIPATED_IN", "International Army Games") in found
    assert not any(rel == "MEMBER_OF" for _, rel, _ in found)


def test_a_medal_table_row_marked_disputed_gives_nothing():
    text = MEDALS.replace("| 3 | Iran | 1 | 4 | 3 |", "| 3 | Iran (result disputed) | 1 | 4 | 3 |")
    assert ("Iran", "PARTICIPATED_IN", "International Army Games") not in doc_facts(text, "medals.md")


# --- "contests" of military games are no opposition --------------------------------------------

def test_the_contests_of_games_are_no_opposition():
    text = "Russia staged most of the 30 contests, and Belarus and Armenia ran the rest."
    assert facts(text, "OPPOSES") == set()


def test_a_state_that_contests_another_still_opposes_it():
    assert ("India", "OPPOSES", "China") in facts("India contests China's claim to the valley.", "OPPOSES")


# --- a drill held once the exercise was over is a drill of its own --------------------------------

HOSTED_FIRST = "Brazil hosted UNITAS 2024 in the Atlantic Ocean. "


def test_a_drill_after_the_exercise_is_no_part_of_it():
    found = facts(HOSTED_FIRST + "After the exercise, the Peruvian and Chilean frigates held a short bilateral drill in the Caribbean Sea.")
    assert {("Peru", "DRILLED_IN", "Caribbean Sea"), ("Chile", "DRILLED_IN", "Caribbean Sea")} <= found
    assert ("UNITAS", "HELD_IN", "Caribbean Sea") not in found
    assert ("Peru", "PARTICIPATED_IN", "UNITAS") not in found


def test_a_drill_during_a_phase_of_the_exercise_stays_inside_it():
    found = facts(HOSTED_FIRST + "After the exercise's harbour phase, the Peruvian and Chilean frigates held a drill in the Caribbean Sea.")
    assert ("Peru", "DRILLED_IN", "Caribbean Sea") not in found


def test_a_drill_after_the_exercise_that_may_happen_gives_nothing():
    found = facts(HOSTED_FIRST + "After the exercise, the Peruvian and Chilean frigates might hold a drill in the Caribbean Sea.")
    assert not any(rel in ("DRILLED_IN", "PARTICIPATED_IN") and source in ("Peru", "Chile") for source, rel, _ in found)


# --- hosts: "as co-organiser", and "the two hosts" as a noun ------------------------------------

def test_a_state_named_as_co_organiser_hosts_the_exercise():
    found = facts("Cutlass Express is staged off East Africa with the United States as co-organiser.", "HOSTED")
    assert ("United States", "HOSTED", "Cutlass Express") in found


@pytest.mark.xfail(strict=True, reason="a 'with' group read as partners of the exercise even when 'as co-organiser' follows; the guest/co-host split looks only at verbs after the group")
def test_a_state_named_as_co_organiser_is_not_also_a_participant():
    found = facts("Cutlass Express is staged off East Africa with the United States as co-organiser.", "PARTICIPATED_IN")
    assert ("United States", "PARTICIPATED_IN", "Cutlass Express") not in found


def test_states_before_the_noun_hosts_are_not_hosts():
    text = "Every spring Egypt and the United States co-host Bright Star. Greece, Cyprus and India complete the participants, with the two hosts."
    found = facts(text, "HOSTED", "PARTICIPATED_IN")
    assert ("Greece", "PARTICIPATED_IN", "Bright Star") in found
    assert not any(rel == "HOSTED" and source in ("Greece", "Cyprus", "India") for source, rel, _ in found)


def test_a_state_that_hosts_still_hosts():
    assert ("Morocco", "HOSTED", "African Lion") in facts("Morocco hosts African Lion every year.", "HOSTED")


# --- editions put off to a later date, and what the press says -----------------------------------

@pytest.mark.parametrize("text", [
    "The Chinese-led exercise Aman Youyi 2025 with Laos, Thailand and Cambodia has been moved to December.",
    "Aman Youyi 2025: Laos, Thailand and Cambodia joined the Chinese-led exercise, which has been put back to December.",
    "Aman Youyi 2025 - local press say the Chinese-led exercise with Laos, Thailand and Cambodia has moved to December.",
])
def test_an_edition_moved_to_a_later_date_was_not_held(text):
    assert facts(text, "PARTICIPATED_IN", "HOSTED") == set()


def test_an_edition_held_at_a_new_place_was_held():
    found = facts("Laos, Thailand and Cambodia took part in Aman Youyi 2025, which had moved to Guangxi.", "PARTICIPATED_IN")
    assert ("Laos", "PARTICIPATED_IN", "Aman Youyi") in found


def test_what_the_local_press_says_is_not_stated():
    found = facts("Local press say the Royal Cambodian Navy joined Aman Youyi 2025 in the Gulf of Thailand.", "PARTICIPATED_IN", "HELD_IN")
    assert found == set()


# --- where an exercise's events and phases went on ---------------------------------------------

def test_events_that_take_place_in_states_place_the_exercise_just_named():
    found = facts("Flintlock 2026 is hosted by Libya. Events take place in Libya, Mauritania and Niger between 2 and 20 March.", "HELD_IN")
    assert {("Flintlock", "HELD_IN", "Mauritania"), ("Flintlock", "HELD_IN", "Niger")} <= found


def test_events_that_might_take_place_give_no_place():
    found = facts("Flintlock 2026 is hosted by Libya. Events might take place in Mauritania and Niger.", "HELD_IN")
    assert not any(target in ("Mauritania", "Niger") for _, _, target in found)


def test_a_phase_that_runs_somewhere_after_a_semicolon_places_the_exercise():
    text = "Sea Dragon 2026 opens at Guam. Seven navies take part; the sea phase runs in the Philippine Sea until 30 January."
    assert ("Sea Dragon", "HELD_IN", "Philippine Sea") in facts(text, "HELD_IN")


def test_a_phase_that_will_run_somewhere_gives_no_place():
    text = "Sea Dragon 2026 opens at Guam. Seven navies take part; the sea phase is expected to run in the Philippine Sea."
    assert ("Sea Dragon", "HELD_IN", "Philippine Sea") not in facts(text, "HELD_IN")


# --- hosts "on their own territory" ------------------------------------------------------------

GAMES = "The eighth International Army Games opened on 13 August. "


def test_states_that_staged_events_of_the_games_on_their_own_territory_hosted_them_there():
    found = facts(GAMES + "Russia hosted most contests, and Algeria and Mongolia each staged one contest on their own territory.")
    assert {("Algeria", "HOSTED", "International Army Games"), ("Mongolia", "HOSTED", "International Army Games"),
            ("International Army Games", "HELD_IN", "Algeria"), ("International Army Games", "HELD_IN", "Mongolia")} <= found


def test_states_that_may_stage_events_on_their_own_territory_host_nothing():
    found = facts(GAMES + "Algeria and Mongolia may stage contests on their own territory next year.")
    assert not any(source in ("Algeria", "Mongolia") or target in ("Algeria", "Mongolia") for source, _, target in found)


def test_states_that_declined_to_stage_events_on_their_own_territory_host_nothing():
    found = facts(GAMES + "Algeria and Mongolia declined to stage any contest on their own territory.")
    assert not any(rel in ("HOSTED", "HELD_IN") and "Algeria" in (source, target) for source, rel, target in found)


def test_a_state_that_declined_to_host_on_its_own_soil_hosts_nothing():
    text = "Tajikistan hosted Rubezh-2024. Uzbekistan had declined to host the alliance's drills on its own soil."
    found = facts(text)
    assert not any("Uzbekistan" in (source, target) and rel in ("HOSTED", "HELD_IN") for source, rel, target in found)


@pytest.mark.xfail(strict=True, reason="'declined in March to host': a refusal with a date between it and the verb is no local cue, so the hosting verb itself still gives HOSTED")
def test_a_state_that_declined_at_a_date_to_host_hosts_nothing():
    found = facts("Tajikistan hosted Rubezh-2024. Uzbekistan had declined in March to host the alliance's drills.", "HOSTED")
    assert ("Uzbekistan", "HOSTED", "Rubezh-2024") not in found
