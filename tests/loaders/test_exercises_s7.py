"""Exercises and patrols in the shapes of briefings, calendars, releases and histories by
other authors: editions numbered with a two-digit year, calendar tables of patrols and of
editions still to come, and the negated, hedged and planned twins that give nothing.

Every phrasing here was written for these tests; none is taken from the seeds.
"""
from __future__ import annotations

import pytest

from tests.loaders.sentences import facts


def pairs(text: str, rel_type: str) -> set[tuple[str, str]]:
    return {(source, target) for source, _, target in facts(text, rel_type)}


# --- an edition written with a two-digit year ------------------------------------------------

@pytest.mark.parametrize(
    "text, rel_type, expected",
    [
        ("Sri Lanka and Bangladesh sent frigates to AMAN-27 off Karachi.", "PARTICIPATED_IN",
         {("Sri Lanka", "AMAN-27"), ("Bangladesh", "AMAN-27")}),
        ("Egypt hosted Bright Star-23 at Mohamed Naguib base.", "HOSTED", {("Egypt", "Bright Star-23")}),
        ("Malabar-26 will be held in the Philippine Sea.", "HELD_IN", set()),
        ("Indonesia did not take part in AMAN-27.", "PARTICIPATED_IN", set()),
        ("Oman is expected to join AMAN-27.", "PARTICIPATED_IN", set()),
    ],
)
def test_an_edition_with_a_two_digit_year_is_kept_as_written_not_the_series(text, rel_type, expected):
    assert pairs(text, rel_type) == expected


def test_a_two_digit_edition_gives_nothing_to_its_series():
    text = "Kenya and Tanzania sent patrol boats to AMAN-27."
    assert not {target for _, target in pairs(text, "PARTICIPATED_IN")} & {"AMAN"}


# --- calendar tables ----------------------------------------------------------------------------

PATROL_TABLE = """Table 3. Long-range flights and sails

| Patrol | Month | Participants | Area | Status |
|---|---|---|---|---|
| Ninth joint air patrol | Nov | Russia, China | Sea of Japan, East China Sea | Flown |
| Joint naval patrol | - | Russia, China | Bering Sea | Reported by one outlet, unconfirmed |
"""


def test_a_table_with_a_patrol_column_gives_each_row_its_patrols():
    assert pairs(PATROL_TABLE, "PATROLLED") == {
        ("Russia", "Sea of Japan"), ("Russia", "East China Sea"), ("China", "Sea of Japan"), ("China", "East China Sea"),
    }


PREVIEW_TABLE = """Next year

| Exercise | Expected dates | Host | Location | Expected participants |
|---|---|---|---|---|
| Zapad-2029 | September | Russia, Belarus | Belarus | Russia, Belarus, India |
| Mosi-2029 | February | South Africa | Indian Ocean | South Africa, Russia, China |
"""


def test_a_table_of_expected_editions_gives_nothing():
    assert facts(PREVIEW_TABLE, "HOSTED", "HELD_IN", "PARTICIPATED_IN") == set()


HELD_TABLE = """| Exercise | Dates | Host | Location | Participants | Status |
|---|---|---|---|---|---|
| Mosi-2029 | February | South Africa | Indian Ocean | South Africa, Russia, China | Held |
| Khaan Quest | - | Mongolia | - | Mongolia, Japan | Under discussion |
"""


def test_a_row_whose_status_is_still_under_discussion_gives_nothing():
    assert pairs(HELD_TABLE, "HOSTED") == {("South Africa", "Mosi-2029")}
    assert ("Japan", "Khaan Quest") not in pairs(HELD_TABLE, "PARTICIPATED_IN")


def test_an_announced_sanction_is_still_a_sanction():
    table = """| Date | Imposed by | Target | Status |
|---|---|---|---|
| March 2029 | Canada | Belarus | Announced |
"""
    assert pairs(table, "SANCTIONED") == {("Canada", "Belarus")}


# --- places: shared plural heads, "the waters of", an exercise going on ----------------------

@pytest.mark.parametrize(
    "text, rel_type, expected",
    [
        ("A Russian and Chinese flotilla made a joint patrol through the Tsugaru and Osumi Straits in 2029.", "PATROLLED",
         {("Russia", "Tsugaru Strait"), ("Russia", "Osumi Strait"), ("China", "Tsugaru Strait"), ("China", "Osumi Strait")}),
        ("Zapad-2029 was held on land in Belarus and at sea in the Barents and Baltic Seas.", "HELD_IN",
         {("Zapad-2029", "Belarus"), ("Zapad-2029", "Barents Sea"), ("Zapad-2029", "Baltic Sea")}),
        ("Okean-2024 continued on Tuesday in the waters of the Sea of Okhotsk.", "HELD_IN", {("Okean-2024", "Sea of Okhotsk")}),
        ("Vostok-2022 entered its final phase in the waters of the Sea of Japan and of the Sea of Okhotsk.", "HELD_IN",
         {("Vostok-2022", "Sea of Japan"), ("Vostok-2022", "Sea of Okhotsk")}),
        ("Okean-2024 resumed in the Pacific and Arctic Oceans after a storm.", "HELD_IN",
         {("Okean-2024", "Pacific Ocean"), ("Okean-2024", "Arctic")}),
        # negated, hedged and planned twins
        ("Okean-2024 did not continue in the Baltic Sea.", "HELD_IN", set()),
        ("Okean-2024 may continue in the waters of the Barents and Kara Seas.", "HELD_IN", set()),
        ("Russian and Chinese ships are expected to patrol through the Tsugaru and Osumi Straits next month.", "PATROLLED", set()),
    ],
)
def test_places_under_a_shared_head_or_after_the_waters_of(text, rel_type, expected):
    assert pairs(text, rel_type) == expected


def test_a_place_named_with_the_waters_of_after_another_is_not_an_owner():
    text = "Iran, Russia and China staged Maritime Security Belt-2024 in the waters of the Gulf of Oman and of the Arabian Sea."
    assert pairs(text, "HELD_IN") == {("Maritime Security Belt-2024", "Gulf of Oman"), ("Maritime Security Belt-2024", "Arabian Sea")}


# --- drills set apart from the exercise in view ---------------------------------------------

@pytest.mark.parametrize(
    "text, expected",
    [
        ("Outside the plan of Zapad-2029, the Northern Fleet held missile firings in the Barents Sea.", {("Northern Fleet", "Barents Sea")}),
        ("Vostok-2022 opened on Thursday. Separately from the exercise, Russian and Chinese ships drilled together in the Sea of Okhotsk.",
         {("Russia", "Sea of Okhotsk"), ("China", "Sea of Okhotsk")}),
        ("Sea Breeze 2029 was held in the Black Sea. While it ran, the Russian Black Sea Fleet staged its own drills in the Black Sea.",
         {("Black Sea Fleet", "Black Sea")}),
        # drills inside the named exercise are the exercise's
        ("As part of Okean-2024, the Baltic Fleet conducted live firing in the Gulf of Finland.", set()),
        ("Outside the plan of Zapad-2029, the Northern Fleet may hold missile firings in the Barents Sea.", set()),
        ("Outside the plan of Zapad-2029, the Northern Fleet did not hold any drills in the Barents Sea.", set()),
    ],
)
def test_drills_set_apart_from_a_named_exercise_are_drills_of_their_own(text, expected):
    assert pairs(text, "DRILLED_IN") == expected


def test_drills_set_apart_make_no_participant_and_no_place_of_the_exercise():
    text = ("Iran, Russia and China held Maritime Security Belt-2024 in the Gulf of Oman. "
            "Iranian and Russian ships also drilled together in the Caspian Sea in 2023, outside the series.")
    assert pairs(text, "HELD_IN") == {("Maritime Security Belt-2024", "Gulf of Oman")}


def test_a_drill_outside_a_participants_exercise_in_its_own_waters_is_kept():
    text = ("Okean-2024 was held in the Baltic Sea. Ships of the Baltic Fleet took part.\n\n"
            "Outside the plan of Okean-2024, corvettes of the Baltic Fleet fired at sea targets in live firing in the Baltic Sea.")
    assert ("Baltic Fleet", "DRILLED_IN", "Baltic Sea") in facts(text)


def test_a_transit_said_to_be_no_part_of_the_exercise_gives_no_participant():
    text = "Sea Breeze 2029 opened in Odesa. The passage of HMS Enterprise near Crimea was not part of Sea Breeze, the Royal Navy said."
    assert pairs(text, "PARTICIPATED_IN") == set()


# --- transits, port calls and delegations -------------------------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        "Two Russian corvettes and a Chinese destroyer passed through the Tsushima Strait; it was a transit, not a patrol.",
        "Russian and Chinese warships sailed through the Soya Strait last week, which Tokyo said was a routine passage.",
        "When the Indian frigate crossed the Strait of Malacca, it was not a patrol but a port-call voyage.",
    ],
)
def test_a_passage_called_a_transit_is_no_patrol(text):
    assert facts(text, "PATROLLED") == set()


def test_a_passage_on_a_joint_patrol_is_still_a_patrol():
    text = "Two Russian corvettes and a Chinese destroyer passed through the Tsushima Strait on a joint patrol."
    assert pairs(text, "PATROLLED") == {("Russia", "Tsushima Strait"), ("China", "Tsushima Strait")}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("AMAN-27 opened in Karachi. Oman has sent a delegation to the harbour phase.", set()),
        ("AMAN-27 opened in Karachi. Kenya sent liaison officers to the exercise.", set()),
        ("AMAN-27 opened in Karachi. Oman has sent a corvette to the sea phase.", {("Oman", "AMAN-27")}),
    ],
)
def test_a_delegation_is_not_a_contingent(text, expected):
    assert pairs(text, "PARTICIPATED_IN") == expected


# --- crafts by nationality: seen, fired, included in an exercise ----------------------------------

@pytest.mark.parametrize(
    "text, expected",
    [
        ("Three Russian Tu-22M3 and two Chinese H-6 bombers were tracked over the Sea of Japan on Monday.",
         {("Russia", "Tu-22M3"), ("China", "H-6")}),
        ("Belarusian Iskander launchers fired at targets on the Obuz-Lesnovsky range.", {("Belarus", "Iskander")}),
        ("Red Flag this year includes Indian Su-30s, Singaporean F-15s and French Rafales.",
         {("India", "Su-30"), ("Singapore", "F-15"), ("France", "Rafale")}),
        # hedged, planned and negated twins
        ("Red Flag may include Indian Su-30s and French Rafales next year.", set()),
        ("Red Flag will include Indian Su-30s and French Rafales.", set()),
        ("Three Russian Tu-22M3 and two Chinese H-6 bombers were not tracked over the Sea of Japan.", set()),
    ],
)
def test_crafts_named_by_nationality_are_operated_by_those_states(text, expected):
    assert pairs(text, "OPERATES") == expected


def test_the_nationalities_of_crafts_an_exercise_includes_took_part():
    text = "Cope Thunder opened at Clark. The Philippine Air Force leads the drill, which this year includes Japanese F-15s and American F-16s."
    assert {("Japan", "Cope Thunder"), ("United States", "Cope Thunder")} <= pairs(text, "PARTICIPATED_IN")


def test_a_state_last_named_as_a_place_owner_is_not_one_of_the_two_countries():
    text = ("Two Russian Tu-95 and two Chinese H-6 bombers flew near Japan but did not enter Japanese airspace. "
            "Moscow called it the ninth joint air patrol by the two countries. "
            "The aircraft patrolled over the Sea of Japan and the East China Sea.")
    assert {state for state, _ in pairs(text, "PATROLLED")} == {"Russia", "China"}


# --- participants named by what they fielded, contributed or had in the exercise -----------------

@pytest.mark.parametrize(
    "text, expected",
    [
        ("Vostok-2026 opened on Monday. Mongolia fielded a motor-rifle company at Tsugol.", {("Mongolia", "Vostok-2026")}),
        ("Khaan Quest 2029 opened at Five Hills. Nepal and Fiji contributed as well.", {("Nepal", "Khaan Quest"), ("Fiji", "Khaan Quest")}),
        ("Tsentr-2019 drew twelve armies. The Indian, Kyrgyz and Tajik contingents were small.",
         {("India", "Tsentr-2019"), ("Kyrgyzstan", "Tsentr-2019"), ("Tajikistan", "Tsentr-2019")}),
        ("Kakadu 2029 began in Darwin. Among the warships were a Thai destroyer and a Chilean frigate.",
         {("Thailand", "Kakadu"), ("Chile", "Kakadu")}),
        ("RIMPAC 2028 opened off Hawaii. Among them is the Royal New Zealand Navy's tanker.", {("Royal New Zealand Navy", "RIMPAC")}),
        ("RIMPAC 2028 opened off Hawaii. Chile has two frigates in the exercise.", {("Chile", "RIMPAC")}),
        ("Pitch Black 2028 opened in Darwin. Canada and Brazil have also sent jets.", {("Canada", "Pitch Black"), ("Brazil", "Pitch Black")}),
        # negated, hedged and planned twins
        ("Vostok-2026 opened on Monday. Mongolia did not field a company this time.", set()),
        ("Pitch Black 2028 opened in Darwin. Canada may send jets next week.", set()),
        ("RIMPAC 2028 opened off Hawaii. Chile is expected to have two frigates in the exercise.", set()),
    ],
)
def test_participants_by_what_they_fielded_or_had_in_the_exercise(text, expected):
    assert pairs(text, "PARTICIPATED_IN") == expected


def test_a_state_a_contingent_was_sent_to_for_an_exercise_is_where_it_was_held():
    text = "Kazakhstan sent a company to Russia for Tsentr-2019."
    assert pairs(text, "PARTICIPATED_IN") == {("Kazakhstan", "Tsentr-2019")}
    assert pairs(text, "HELD_IN") == {("Tsentr-2019", "Russia")}


# --- hosts by "jointly by", a component led, an exercise attended -----------------------------

@pytest.mark.parametrize(
    "text, expected",
    [
        ("Union Shield 2029 opened near Brest. It was staged jointly by Belarus and Russia on both sides of the border.",
         {("Belarus", "Union Shield"), ("Russia", "Union Shield")}),
        ("Zapad-2029 was held jointly by Russia and Belarus.", {("Russia", "Zapad-2029"), ("Belarus", "Zapad-2029")}),
        ("Zapad-2029 will be staged jointly by Russia and Belarus.", set()),
        ("Zapad-2029 was not staged jointly by Russia and Belarus.", set()),
    ],
)
def test_an_exercise_staged_jointly_by_states_is_hosted_by_each(text, expected):
    assert pairs(text, "HOSTED") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Cobra Gold 2029 began in Thailand. The Republic of Korea Navy and the Royal Thai Navy jointly led the amphibious phase.",
         {("Republic of Korea Navy", "Cobra Gold"), ("Royal Thai Navy", "Cobra Gold")}),
        ("Cobra Gold 2029 began in Thailand. The Republic of Korea Navy will lead the amphibious phase.", set()),
    ],
)
def test_a_force_that_led_a_component_took_part_and_did_not_host(text, expected):
    assert pairs(text, "PARTICIPATED_IN") == expected
    assert not {host for host, _ in pairs(text, "HOSTED")} & {"South Korea"}


def test_an_exercise_attended_only_as_observers_still_has_its_place():
    text = "Officers of the regiment attended Kavkaz-2020 in Russia, but only as observers, and took no part in it."
    assert pairs(text, "HELD_IN") == {("Kavkaz-2020", "Russia")}
    assert pairs(text, "PARTICIPATED_IN") == set()


# --- where: a region of a state, alternating hosts ------------------------------------------------

@pytest.mark.parametrize(
    "text, rel_type, expected",
    [
        ("Tajik troops took part in Peace Mission-2021 in the Orenburg region of Russia.", "HELD_IN", {("Peace Mission-2021", "Russia")}),
        ("Tajik troops took part in Peace Mission-2021 in the Orenburg region of Russia.", "PARTICIPATED_IN", {("Tajikistan", "Peace Mission-2021")}),
        ("Dustlik was first held in 2019. The exercise has alternated between Uzbekistan and India since then.", "HELD_IN",
         {("Dustlik", "Uzbekistan"), ("Dustlik", "India")}),
        ("Dustlik was first held in 2019. The exercise may alternate between Uzbekistan and India in future.", "HELD_IN", set()),
        ("Vostok-2026 opened. Kazakh and Kyrgyz troops made up the rest of the force.", "PARTICIPATED_IN",
         {("Kazakhstan", "Vostok-2026"), ("Kyrgyzstan", "Vostok-2026")}),
        ("Vostok-2026 opened. Kazakh troops did not make up part of the force.", "PARTICIPATED_IN", set()),
    ],
)
def test_where_an_exercise_was_held_and_who_made_up_its_force(text, rel_type, expected):
    assert pairs(text, rel_type) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Two years later we did Garuda Shakti with the Indonesians in West Java.", {("Indonesia", "Garuda Shakti")}),
        ("Vietnam did VINBAX with India in 2019.", {("Vietnam", "VINBAX"), ("India", "VINBAX")}),
        ("Vietnam did not do VINBAX with India that year.", set()),
        ("How did VINBAX begin? Nobody remembers.", set()),
    ],
)
def test_did_an_exercise_with_partners_is_taking_part(text, expected):
    assert pairs(text, "PARTICIPATED_IN") == expected


# --- who is not a participant or a member: notes sent, units joined, words quoted, media ----------

@pytest.mark.parametrize(
    "text, expected",
    [
        ("Malabar 2029 was held in the Bay of Bengal. Beijing sent questions through diplomatic channels to every capital involved.", set()),
        ("Malabar 2029 was held in the Bay of Bengal. Beijing sent démarches to the four capitals.", set()),
        ("Malabar 2029 was held in the Bay of Bengal. Singapore sent a frigate to the exercise.", {("Singapore", "Malabar")}),
        ('Zapad-2029 opened. A Belarusian television caption listed "Serbia" among the participants.', set()),
    ],
)
def test_notes_sent_quoted_names_and_media_are_no_participants(text, expected):
    assert pairs(text, "PARTICIPATED_IN") == expected


def test_a_unit_joined_in_the_field_is_no_membership():
    text = ("Kazakhstan and Armenia, members of the Collective Security Treaty Organization, sent companies to Zapad-2029. "
            "Mongolia contributed a platoon that joined the Kazakh company.")
    assert pairs(text, "MEMBER_OF") == {("Kazakhstan", "Collective Security Treaty Organization"), ("Armenia", "Collective Security Treaty Organization")}
    assert ("Mongolia", "Zapad-2029") in pairs(text, "PARTICIPATED_IN")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Russian and Chinese ships took part in Joint Sea-2022 in the East China Sea, near the Senkaku Islands.",
         {("Joint Sea-2022", "East China Sea")}),
        ("| Exercise | Host | Location |\n|---|---|---|\n| Freedom Edge 2029 | South Korea | Near the Liancourt Rocks |\n", set()),
        ("Freedom Edge 2029 was held in the waters around Jeju Island.", {("Freedom Edge", "Jeju Island")}),
    ],
)
def test_an_exercise_near_or_off_a_place_is_not_held_in_it(text, expected):
    assert pairs(text, "HELD_IN") == expected


# --- known gaps -------------------------------------------------------------------------------

@pytest.mark.xfail(strict=True, reason="an answer under a question that names no exercise is not read against the transcript's exercise")
def test_an_elliptical_answer_names_participants_of_the_exercise_in_view():
    text = ("Q (wire): How many ships are in AMAN-27?\nA: About twenty.\n"
            "Q (broadcaster): Which navies have sent ships?\nA: From the region, the Sri Lanka Navy and the Bangladesh Navy.")
    assert {("Sri Lanka Navy", "AMAN-27"), ("Bangladesh Navy", "AMAN-27")} <= pairs(text, "PARTICIPATED_IN")


@pytest.mark.xfail(strict=True, reason="a vessel list under a navy heading is not read as that navy's ships")
def test_a_vessel_list_under_a_navy_heading():
    text = "3. Vessels\n (1) Chinese Navy\n   a. Luyang III-class destroyer x 1\n   b. Jiangkai II-class frigate x 1\n"
    assert {("PLA Navy", "Type 052D destroyer"), ("PLA Navy", "Type 054A frigate")} <= pairs(text, "OPERATES")


def test_the_strait_as_a_reference():
    text = ("The Malacca Strait Patrol began in 2004 in the Strait of Malacca. "
            "Ships of Indonesia, Malaysia and Singapore patrolled the strait together in their sectors.")
    assert ("Malaysia", "Strait of Malacca") in pairs(text, "PATROLLED")


def test_ships_listed_before_their_fleet():
    text = ("The Russian side is represented by the Steregushchiy-class corvette Gromky and the Udaloy-class destroyer "
            "Admiral Panteleyev of the Pacific Fleet.")
    assert ("Russian Pacific Fleet", "Steregushchiy-class corvette") in pairs(text, "OPERATES")
