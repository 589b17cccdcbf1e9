"""What a new author's patrol histories and exercise reports (dev31) showed the rules
missing: patrols under the short names navies give them ("bilateral MCAs"), a timeline
told in the present ("the bombers fly over ..."), a patrol only talked up, aircraft named
with their nationality, and exercises introduced by description. Every sentence here is
written for these tests; none is taken from a corpus or evaluation document."""
from __future__ import annotations

import pytest

from loaders.extract import default_extractor
from loaders.readers import read_bytes
from tests.loaders.sentences import facts


# --- "MCA": a maritime cooperative activity by its abbreviation -------------------------------

def test_bilateral_mcas_are_joint_patrols():
    found = facts("In May, Japanese and Philippine ships conducted two bilateral MCAs in the South China Sea.", "PATROLLED")
    assert found == {("Japan", "PATROLLED", "South China Sea"), ("Philippines", "PATROLLED", "South China Sea")}


def test_a_first_mca_held_by_two_states_is_a_joint_patrol():
    found = facts("Manila and Canberra held their first MCA in the South China Sea in 2023.", "PATROLLED")
    assert found == {("Philippines", "PATROLLED", "South China Sea"), ("Australia", "PATROLLED", "South China Sea")}


@pytest.mark.parametrize("sentence", [
    "Japanese and Philippine ships did not conduct an MCA in the South China Sea last year.",
    "Japanese and Philippine ships may conduct an MCA in the South China Sea next spring.",
    "Japanese and Philippine ships plan to conduct an MCA in the South China Sea in 2026.",
])
def test_an_mca_denied_hedged_or_planned_gives_nothing(sentence):
    assert facts(sentence, "PATROLLED") == set()


# --- a timeline told in the present -------------------------------------------------------------

TIMELINE = (
    "MARCH 2021 - Two Russian and two Chinese bombers fly a joint patrol over the East China Sea.\n\n"
    "AUGUST 2022 - The next patrol turns north. The bombers {verb} the Sea of Okhotsk."
)


@pytest.mark.parametrize("verb", ["fly over", "pass through", "cross"])
def test_the_bombers_of_a_patrol_told_in_the_present_carry_it_on(verb):
    found = facts(TIMELINE.format(verb=verb), "PATROLLED")
    assert {("Russia", "PATROLLED", "Sea of Okhotsk"), ("China", "PATROLLED", "Sea of Okhotsk")} <= found


@pytest.mark.parametrize("verb", ["do not fly over", "may fly over", "are expected to fly over"])
def test_a_present_leg_denied_or_hedged_gives_nothing(verb):
    found = facts(TIMELINE.format(verb=verb), "PATROLLED")
    assert not any(target == "Sea of Okhotsk" for _, _, target in found)


# --- a patrol only talked up ------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Pundits in Moscow talk up a joint patrol by Russian and Chinese bombers over the Arctic.",
    "State television touted a joint patrol by Russian and Chinese ships over the Arctic.",
    "Bloggers have been talking up a Russian-Chinese joint patrol over the Arctic for months.",
])
def test_a_patrol_only_talked_up_gives_nothing(sentence):
    assert facts(sentence, "PATROLLED") == set()


def test_the_patrol_that_was_flown_still_counts_beside_one_talked_up():
    text = ("Russian and Chinese bombers flew a joint patrol over the Sea of Japan in 2024. "
            "Commentators now talk up a further patrol over the Arctic.")
    assert facts(text, "PATROLLED") == {("Russia", "PATROLLED", "Sea of Japan"), ("China", "PATROLLED", "Sea of Japan")}


# --- aircraft named with their nationality, sent up against others or off their course ------------

def test_fighters_that_met_the_bombers_are_their_states():
    found = facts("Over the Barents Sea the bombers were met by Norwegian F-35s and a Danish F-16 before turning for home.", "OPERATES")
    assert found == {("Norway", "OPERATES", "F-35"), ("Denmark", "OPERATES", "F-16")}


def test_one_nationality_that_shadowed_the_bombers_operates_its_jets():
    found = facts("For two hours the pair was shadowed by Japanese F-15s.", "OPERATES")
    assert found == {("Japan", "OPERATES", "F-15")}


def test_fighters_of_two_nations_that_intercepted_are_operated_by_both():
    found = facts("Danish F-16s and American F-22s intercepted the pair north of Greenland.", "OPERATES")
    assert found == {("Denmark", "OPERATES", "F-16"), ("United States", "OPERATES", "F-22")}


@pytest.mark.parametrize("sentence", [
    "The bombers were not met by Norwegian F-35s this time.",
    "The bombers may have been shadowed by Japanese F-15s.",
    "Danish F-16s and American F-22s never intercepted the pair.",
    "Danish F-16s and American F-22s could have intercepted the pair.",
])
def test_an_encounter_denied_or_hedged_gives_nothing(sentence):
    assert facts(sentence, "OPERATES") == set()


def test_a_radar_plane_straying_in_a_timeline_is_its_states():
    found = facts("MARCH 2023 - A Chinese KJ-500 early-warning plane strays into the Japanese air defence zone.", "OPERATES")
    assert found == {("China", "OPERATES", "KJ-500")}


def test_a_radar_plane_said_to_stray_gives_nothing():
    assert facts("Tokyo claims a Chinese KJ-500 early-warning plane may have strayed into its airspace.", "OPERATES") == set()


def test_a_maritime_patrol_jet_of_the_french_navy_is_in_the_gazetteer():
    found = facts("Two French Falcon 50 surveillance aircraft flew over the Mozambique Channel in May.", "OPERATES")
    assert found == {("France", "OPERATES", "Falcon 50")}


# --- a series' host by "stage"/"stages" -----------------------------------------------------------

def test_a_state_that_stages_a_series_hosts_it_and_no_more():
    found = facts("Australia stages Pitch Black, its largest air exercise, in the Northern Territory every two years.", "HOSTED", "PARTICIPATED_IN")
    assert found == {("Australia", "HOSTED", "Pitch Black")}


def test_states_that_stage_a_series_in_turn_each_host_it():
    found = facts("Cope Tiger, which Thailand, Singapore and the United States stage in rotation, is the oldest of the three.", "HOSTED", "PARTICIPATED_IN")
    assert found == {("Thailand", "HOSTED", "Cope Tiger"), ("Singapore", "HOSTED", "Cope Tiger"), ("United States", "HOSTED", "Cope Tiger")}


@pytest.mark.parametrize("sentence", [
    "Australia does not stage Pitch Black this year.",
    "Australia may stage Pitch Black in 2026.",
    "Australia plans to stage Pitch Black in 2026.",
    "The Indian Navy joined only the harbour stage of Pitch Black.",
])
def test_a_stage_denied_planned_or_a_phase_gives_no_host(sentence):
    assert facts(sentence, "HOSTED") == set()


# --- aircraft "have flown in" an exercise, or in "it" ----------------------------------------------

def test_nationalities_whose_aircraft_have_all_flown_in_an_exercise_take_part():
    found = facts("Singaporean, Thai and American aircraft have all flown in Pitch Black.", "PARTICIPATED_IN")
    assert found == {("Singapore", "PARTICIPATED_IN", "Pitch Black"), ("Thailand", "PARTICIPATED_IN", "Pitch Black"),
                     ("United States", "PARTICIPATED_IN", "Pitch Black")}


def test_aircraft_that_have_flown_in_it_take_part_in_the_exercise_just_named():
    text = "Cope Thunder draws squadrons to Clark every spring; Japanese and Australian jets have flown in it since 2023."
    found = facts(text, "PARTICIPATED_IN")
    assert {("Japan", "PARTICIPATED_IN", "Cope Thunder"), ("Australia", "PARTICIPATED_IN", "Cope Thunder")} <= found


@pytest.mark.parametrize("clause", [
    "Japanese and Australian jets have never flown in it",
    "Japanese and Australian jets may fly in it next year",
    "Japanese and Australian jets are expected to fly in it in 2026",
])
def test_aircraft_that_never_flew_or_may_fly_in_it_take_no_part(clause):
    text = f"Cope Thunder draws squadrons to Clark every spring; {clause}."
    assert facts(text, "PARTICIPATED_IN") == set()


def test_a_state_that_flew_its_own_aircraft_in_it_takes_part():
    text = "Cope Thunder draws squadrons to Clark every spring; Japan flew its F-15 fighters in it in 2024."
    assert ("Japan", "PARTICIPATED_IN", "Cope Thunder") in facts(text, "PARTICIPATED_IN")


@pytest.mark.parametrize("clause", ["Japan never flew its F-15 fighters in it", "Japan may fly its F-15 fighters in it next year"])
def test_a_state_that_never_or_may_fly_its_aircraft_in_it_takes_no_part(clause):
    assert facts(f"Cope Thunder draws squadrons to Clark every spring; {clause}.", "PARTICIPATED_IN") == set()


@pytest.mark.xfail(strict=True, reason="'it' in the next sentence: the exercise of the sentence before is not carried over")
def test_aircraft_that_have_flown_in_it_in_the_next_sentence_take_part():
    found = facts("Cope Thunder began in 1976. Japanese jets have flown in it twice.", "PARTICIPATED_IN")
    assert ("Japan", "PARTICIPATED_IN", "Cope Thunder") in found


# --- left as they are ---------------------------------------------------------------------------

@pytest.mark.xfail(strict=True, reason="an edition named only in a heading in capitals resolves to the series; "
                   "dev5's gold keeps its capitals heading as the series with a year, so the two cannot both be served")
def test_an_edition_named_in_a_capitals_heading_is_the_exercise_below_it():
    text = "3. SEA BREEZE-2031\n\nUkraine hosted the latest edition of the drill with the United States in July."
    assert ("Ukraine", "HOSTED", "Sea Breeze-2031") in facts(text, "HOSTED")


# --- a table row whose status says the patrol did not take place --------------------------------

PATROL_TABLE = """# Combined patrols, 2023-2026

| Year | Type | Participants | Area | Status |
|---|---|---|---|---|
| 2023 | Air | Russia, China | Sea of Japan | Flown |
| 2026 | Naval | Russia, China | Barents Sea | {status} |
"""


def table_patrols(status: str) -> set[tuple]:
    document = read_bytes(PATROL_TABLE.format(status=status).encode("utf-8"), "notes/combined-patrols.md")
    return {(r.source, r.type, r.target) for r in default_extractor().extract_document(document).relations if r.type == "PATROLLED"}


@pytest.mark.parametrize("status", ["Announced, not held", "Not yet held", "Planned", "Postponed", "Cancelled", "Announced but not flown"])
def test_a_row_of_a_patrol_that_did_not_take_place_gives_nothing(status):
    assert table_patrols(status) == {("Russia", "PATROLLED", "Sea of Japan"), ("China", "PATROLLED", "Sea of Japan")}


def test_a_row_of_a_patrol_held_counts():
    assert ("Russia", "PATROLLED", "Barents Sea") in table_patrols("Held")


# --- a patrol's place as some accounts give it ------------------------------------------------------

@pytest.mark.parametrize("hedge", ["is sometimes placed over", "is often described as crossing", "has also been reported over"])
def test_a_place_some_accounts_give_the_patrol_is_not_asserted(hedge):
    text = f"The 2024 joint patrol by Russian and Chinese ships {hedge} the Philippine Sea."
    assert facts(text, "PATROLLED") == set()


def test_the_place_the_writer_gives_the_same_patrol_counts():
    found = facts("The 2024 joint patrol by Russian and Chinese ships crossed the Philippine Sea.", "PATROLLED")
    assert found == {("Russia", "PATROLLED", "Philippine Sea"), ("China", "PATROLLED", "Philippine Sea")}


# --- a crew gathered in one sentence, its route in the next ------------------------------------------

FORMED = (
    "The two navies first sailed a joint patrol in 2021. "
    "Four ships of the Russian Northern Fleet and three of the Chinese navy {formed} off Murmansk in August. "
    "Over the next ten days the flotilla {went} the Barents Sea."
)


def test_the_flotilla_is_the_fleets_that_formed_a_group_the_sentence_before():
    found = facts(FORMED.format(formed="formed a combined group", went="crossed"), "PATROLLED")
    assert found == {("Northern Fleet", "PATROLLED", "Barents Sea"), ("PLA Navy", "PATROLLED", "Barents Sea")}


def test_where_the_group_formed_from_an_exercise_is_no_patrolled_water():
    text = ("The two navies first sailed a joint patrol in 2021. After drills in the Sea of Japan, four ships of the "
            "Russian Northern Fleet and three of the Chinese navy formed a single group.")
    assert facts(text, "PATROLLED") == set()


@pytest.mark.parametrize("went", ["did not cross", "may cross", "was expected to cross"])
def test_a_route_of_the_flotilla_denied_or_hedged_gives_nothing(went):
    assert facts(FORMED.format(formed="formed a combined group", went=went), "PATROLLED") == set()


# --- forces in the entries of a list opened by a colon -----------------------------------------

def list_facts(body: str) -> set[tuple]:
    document = read_bytes(body.encode("utf-8"), "review/annual-review.md")
    return {(r.source, r.type, r.target) for r in default_extractor().extract_document(document).relations}


def test_forces_named_with_their_states_in_entries_under_a_colon_are_theirs():
    found = list_facts("# Annual review\n\nThe fleet sailed often with partners. In 2025:\n\n"
                       "- In March the Royal New Zealand Navy and the Indonesian Navy held a joint patrol in the Timor Sea.\n"
                       "- In July the Republic of Singapore Navy paid a port call.\n")
    assert {("Royal New Zealand Navy", "ARMED_FORCE_OF", "New Zealand"), ("Indonesian Navy", "ARMED_FORCE_OF", "Indonesia"),
            ("Republic of Singapore Navy", "ARMED_FORCE_OF", "Singapore")} <= found


def test_an_entry_under_a_colon_with_no_force_of_a_state_ties_none():
    found = list_facts("# Annual review\n\nIn 2025:\n\n- The PLA Navy paid a port call.\n")
    assert not any(t == "ARMED_FORCE_OF" for _, t, _ in found)


# --- crews "fresh from" an exercise held in a named sea ------------------------------------------

def test_crews_fresh_from_an_exercise_in_a_sea_took_part_and_it_was_held_there():
    text = "Fresh from Joint Sea-2019 in the Yellow Sea, three ships of the Russian Pacific Fleet and four of the PLA Navy headed south."
    found = facts(text, "PARTICIPATED_IN", "HELD_IN")
    assert found == {("Russian Pacific Fleet", "PARTICIPATED_IN", "Joint Sea-2019"), ("PLA Navy", "PARTICIPATED_IN", "Joint Sea-2019"),
                     ("Joint Sea-2019", "HELD_IN", "Yellow Sea")}


def test_an_exercise_in_a_sea_with_no_crew_coming_from_it_gives_its_place_and_no_party():
    # the "in" phrase right after the name places the exercise whoever comes from it (session 16)
    assert facts("Fresh from Joint Sea-2019 in the Yellow Sea, observers wrote their reports.", "HELD_IN", "PARTICIPATED_IN") == {
        ("Joint Sea-2019", "HELD_IN", "Yellow Sea")}


def test_crews_said_to_be_fresh_from_an_exercise_give_nothing():
    text = "Fresh from Joint Sea-2019 in the Yellow Sea, ships of the PLA Navy reportedly headed south, according to unconfirmed reports."
    assert ("PLA Navy", "PARTICIPATED_IN", "Joint Sea-2019") not in facts(text, "PARTICIPATED_IN")


# --- a share of the aircraft an exercise drew, the noun left out -------------------------------------

def test_a_state_that_sent_a_number_of_the_aircraft_counted_takes_part():
    found = facts("Cope Thunder drew some 90 aircraft from eight nations; Japan alone sent about 20.", "PARTICIPATED_IN")
    assert found == {("Japan", "PARTICIPATED_IN", "Cope Thunder")}


def test_a_share_given_as_of_them_takes_part():
    found = facts("Cope Thunder drew some 90 aircraft; Australia sent 12 of them.", "PARTICIPATED_IN")
    assert found == {("Australia", "PARTICIPATED_IN", "Cope Thunder")}


@pytest.mark.parametrize("share", ["Japan did not send 20", "Japan may send 20", "Japan plans to send 20"])
def test_a_share_denied_hedged_or_planned_takes_no_part(share):
    assert facts(f"Cope Thunder drew some 90 aircraft from eight nations; {share}.", "PARTICIPATED_IN") == set()


def test_a_number_sent_beside_a_sale_is_no_exercise_share():
    assert facts("Russia sold Iran 24 jets; China sent 12.", "PARTICIPATED_IN") == set()


@pytest.mark.xfail(strict=True, reason="criticism of a deed told the sentence before: the critic's verdict is not tied to the doers")
def test_a_minister_calling_a_joint_flight_provocative_opposes_its_states():
    text = "Russian and Chinese bombers flew over the Sea of Japan in May. Japan's defence minister called the timing provocative."
    assert {("Japan", "OPPOSES", "Russia"), ("Japan", "OPPOSES", "China")} <= facts(text, "OPPOSES")


@pytest.mark.xfail(strict=True, reason="a predicate 'is X's licence-built version of the Y' credits X with building Y, not the subject")
def test_a_licence_built_version_is_the_subjects_and_the_licence_the_originals_makers():
    found = facts("The J-11 is China's licence-built version of the Soviet-designed Su-27.", "PRODUCED")
    assert found == {("China", "PRODUCED", "J-11")}
