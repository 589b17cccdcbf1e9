"""More ways writers report exercises, patrols and leadership: a speaker's name for an
activity ("what Hanoi calls a friendship voyage"), patrol acronyms, dated log lines with
day ranges, partners a host drills "with", an exercise referred to as "it", hosts in object
relatives, ships contributed by name, and organizations led by a state in a relative clause
or an appositive ("the Russian-led bloc").

Every sentence was written for these tests. Negated, hedged and planned variants must
yield nothing of the type.
"""
from __future__ import annotations

import pytest

from tests.loaders.sentences import facts


def pairs(text: str, rel_type: str) -> set[tuple[str, str]]:
    return {(source, target) for source, _, target in facts(text, rel_type)}


# --- patrols ----------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text, expected",
    [
        # the state that names the activity only speaks; the crews are the ones sailing
        ("In March 2023 cutters from Vietnam, Japan and the United States carried out what Hanoi calls a joint patrol in the South China Sea.",
         {("Vietnam", "South China Sea"), ("Japan", "South China Sea"), ("United States", "South China Sea")}),
        ("Frigates of France and India conducted what Paris described as a coordinated patrol in the Arabian Sea.",
         {("France", "Arabian Sea"), ("India", "Arabian Sea")}),
        # a coordinated patrol by its acronym
        ("Indonesia and Malaysia hold a CORPAT in the Strait of Malacca every spring.",
         {("Indonesia", "Strait of Malacca"), ("Malaysia", "Strait of Malacca")}),
        ("Since 2005 Thailand and India have run biannual CORPATs in the Andaman Sea.",
         {("Thailand", "Andaman Sea"), ("India", "Andaman Sea")}),
    ],
)
def test_patrols_named_by_a_speaker_or_an_acronym(text, expected):
    assert pairs(text, "PATROLLED") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Indonesia and Malaysia have never held a CORPAT in the Strait of Malacca.",
        "Indonesia and Malaysia may resume their CORPAT in the Strait of Malacca next year.",
        "Vietnam and Japan plan to carry out what Hanoi calls a joint patrol in the South China Sea.",
    ],
)
def test_no_patrol_from_negated_or_planned_acronyms_and_asides(text):
    assert not facts(text, "PATROLLED")


@pytest.mark.parametrize(
    "text, expected",
    [
        # navies that sent ships to the patrol just described patrolled where it went
        ("Four navies held a joint patrol in the Celebes Sea last week. The Royal Navy sent HMS Spey; the French Navy sent a frigate.",
         {("Royal Navy", "Celebes Sea"), ("French Navy", "Celebes Sea")}),
        # where a patrol went, said in a relative clause after it
        ("China and Russia sent destroyers. Ships of both navies then left on a joint patrol, which took them through the Tsugaru Strait "
         "and across the Pacific Ocean.",
         {(crew, place) for crew in ("China", "Russia") for place in ("Tsugaru Strait", "Pacific Ocean")}),
    ],
)
def test_patrollers_who_sent_ships_and_routes_in_relative_clauses(text, expected):
    assert expected <= pairs(text, "PATROLLED")


def test_both_fleets_in_a_later_paragraph_are_the_services_named_by_their_owners():
    text = (
        "Russia's Pacific Fleet sent two corvettes, and China's navy sent a destroyer and a frigate.\n\n"
        "Ships from both fleets then left on a joint patrol in the Philippine Sea."
    )
    assert pairs(text, "PATROLLED") == {("Russian Pacific Fleet", "Philippine Sea"), ("PLA Navy", "Philippine Sea")}


@pytest.mark.parametrize(
    "text",
    [
        "Four navies held a joint patrol in the Celebes Sea last week. The Royal Navy did not send a ship.",
        "Four navies held a joint patrol in the Celebes Sea last week. The Royal Navy may send HMS Spey next time.",
    ],
)
def test_no_patroller_from_ships_not_sent(text):
    assert ("Royal Navy", "Celebes Sea") not in pairs(text, "PATROLLED")


def test_a_log_line_dated_with_a_day_range():
    log = (
        "Joint naval patrols by the Russian Navy and the PLA Navy\n\n"
        "- 14 Oct 2021: Sea of Japan, Tsugaru Strait\n"
        "- 3–9 Sep 2023: Bering Sea; shadowed off Alaska by US cutters\n"
        "- 11-17 Jul 2024: Philippine Sea\n"
    )
    found = pairs(log, "PATROLLED")
    for force in ("Russian Navy", "PLA Navy"):
        assert {(force, "Bering Sea"), (force, "Philippine Sea"), (force, "Sea of Japan")} <= found
        assert (force, "Alaska") not in found  # the land it passed is not patrolled


# --- participants, hosts and places -----------------------------------------------------

@pytest.mark.parametrize(
    "text, expected",
    [
        ("Kenya hosted a week-long naval exercise with Tanzania and Uganda, Cutlass Express, in February 2024.",
         {("Tanzania", "Cutlass Express"), ("Uganda", "Cutlass Express")}),
        # a ship contributed by name, to the exercise the paragraph is about
        ("Cutlass Express began in Mombasa on Monday. The Royal Navy contributed HMS Diamond and a survey ship.",
         {("Royal Navy", "Cutlass Express")}),
        ("Cutlass Express began in Mombasa on Monday. The Indian Navy sent INS Trikand, its Talwar-class frigate.",
         {("Indian Navy", "Cutlass Express")}),
    ],
)
def test_partners_a_host_drills_with_and_ships_sent_by_name(text, expected):
    assert pairs(text, "PARTICIPATED_IN") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Kenya hosted Cutlass Express. Tanzania declined to take part, and Uganda sent only observers.",
        "Kenya might host Cutlass Express with Tanzania next year.",
        "Cutlass Express began in Mombasa on Monday. The Royal Navy did not send HMS Diamond.",
    ],
)
def test_no_partner_from_refusals_and_hedges(text):
    assert not {pair for pair in pairs(text, "PARTICIPATED_IN") if pair[0] in ("Tanzania", "Uganda", "Royal Navy")}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Pitch Black, which the Royal Australian Air Force hosted in July, drew jets from Spain.", {("Australia", "Pitch Black")}),
        ("Malabar, which the Indian Navy hosts this year, opened at Visakhapatnam.", {("India", "Malabar")}),
    ],
)
def test_a_force_that_hosts_in_an_object_relative_stands_for_its_state(text, expected):
    assert pairs(text, "HOSTED") == expected


def test_a_host_hosting_an_exercise_with_a_state_shares_the_hosting():
    text = "Thailand hosts Cobra Gold with the United States every year."
    assert pairs(text, "HOSTED") == {("Thailand", "Cobra Gold"), ("United States", "Cobra Gold")}
    assert not pairs(text, "PARTICIPATED_IN")
    text = "Egypt hosted Bright Star in 2023 with Greece and India taking part."
    assert pairs(text, "HOSTED") == {("Egypt", "Bright Star")}
    assert pairs(text, "PARTICIPATED_IN") == {("Greece", "Bright Star"), ("India", "Bright Star")}
    text = "Egypt hosted Bright Star in 2023 with Greek and Indian units taking part alongside the Egyptian Army."
    assert pairs(text, "PARTICIPATED_IN") == {("Greece", "Bright Star"), ("India", "Bright Star"), ("Egyptian Army", "Bright Star")}


def test_every_co_host_named_after_by_hosts_without_a_part_said_to_be_taken():
    text = "Cobra Gold is a yearly exercise co-hosted by Thailand and the United States, held in Thailand since 1982."
    assert pairs(text, "HOSTED") == {("Thailand", "Cobra Gold"), ("United States", "Cobra Gold")}
    assert not pairs(text, "PARTICIPATED_IN")
    text = "Talisman Sabre was co-hosted by Australia and the United States, and Japan and Fiji took part."
    assert pairs(text, "PARTICIPATED_IN") == {("Japan", "Talisman Sabre"), ("Fiji", "Talisman Sabre")}


def test_the_host_role_as_a_noun_names_no_host():
    text = "The Russian Navy and the PLA Navy have run Joint Sea since 2012, with the host role rotating between them."
    assert not pairs(text, "HOSTED")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Cobra Gold opened on Tuesday with 9,000 troops. It is held in Thailand every year.", {("Cobra Gold", "Thailand")}),
        ("Khaan Quest began in June. It was staged at Five Hills in Mongolia, as every year.", {("Khaan Quest", "Mongolia")}),
        # the exercise opened the sentence before, whatever else it named
        ("Balikatan 2024 was co-hosted by the Philippines and the United States. It was held in the Philippines and the South China Sea.",
         {("Balikatan 2024", "Philippines"), ("Balikatan 2024", "South China Sea")}),
    ],
)
def test_an_exercise_referred_to_as_it_is_held_where_the_sentence_says(text, expected):
    assert pairs(text, "HELD_IN") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Cobra Gold opened on Tuesday. It is not held in Thailand this year.",
        "Cobra Gold opened on Tuesday. It may be held in Thailand next year.",
        "Cobra Gold opened on Tuesday. Thailand said it held talks in Mongolia.",
    ],
)
def test_no_place_for_it_from_negated_hedged_or_unrelated_sentences(text):
    assert not pairs(text, "HELD_IN")


# --- leadership -------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text, expected",
    [
        ("Warships of the Combined Maritime Forces, which is led by the United States, escort tankers through the strait.",
         ("United States", "Combined Maritime Forces")),
        ("Kazakhstan also belongs to the Eurasian Economic Union, the Russian-led bloc of five former Soviet states.",
         ("Russia", "Eurasian Economic Union")),
        ("Armenia froze its part in the Collective Security Treaty Organization, a Moscow-led alliance, in 2024.",
         ("Russia", "Collective Security Treaty Organization")),
        ("Russia heads two groupings there: the Collective Security Treaty Organization, whose members include Armenia, "
         "and the Eurasian Economic Union, which groups five states.",
         ("Russia", "Eurasian Economic Union")),
    ],
)
def test_organizations_led_in_relatives_appositives_and_lists(text, expected):
    assert expected in {(s, t) for s, _, t in facts(text, "LEADS")}


@pytest.mark.parametrize(
    "text",
    [
        "Warships of the Combined Maritime Forces, which is not led by the United States, escort tankers.",
        "Kazakhstan joined the Eurasian Economic Union, which critics call a Russian-led bloc in all but name.",
        "Armenia said the Collective Security Treaty Organization might become a Moscow-led alliance.",
    ],
)
def test_no_leadership_from_denials_or_speculation(text):
    assert not facts(text, "LEADS")


def test_where_each_phase_ran_is_where_the_exercise_was_held():
    report = (
        "How Cutlass Express 2024 unfolded\n\n"
        "Navies of a dozen states met off East Africa in February.\n\n"
        "Phase one: Gulf of Aden (5-9 February)\nBoarding drills came first.\n\n"
        "Sea phase: the Mozambique Channel\nThe ships then sailed south.\n"
    )
    assert pairs(report, "HELD_IN") == {("Cutlass Express 2024", "Gulf of Aden"), ("Cutlass Express 2024", "Mozambique Channel")}


def test_a_phase_that_only_may_happen_places_nothing():
    report = "Cutlass Express 2024\n\nNavies met in February.\n\nPhase two: possibly the Mozambique Channel, if weather allows\n"
    assert not pairs(report, "HELD_IN")


# --- a part taken, said of the exercise the paragraph is about ---------------------------

@pytest.mark.parametrize(
    "text, expected",
    [
        ("Cutlass Express opened in Djibouti on Monday. Kenya was represented by KNS Jasiri, an offshore patrol ship.", {"Kenya"}),
        ("Cutlass Express opened in Djibouti on Monday. The French were represented by the frigate Floreal.", {"France"}),
        ("Cutlass Express is the largest naval exercise off East Africa. Kenya and Tanzania have held it every year since 2011, "
         "with the lead passing between the two countries and Djibouti.",
         {"Kenya", "Tanzania"}),
        ("Cutlass Express opened in Djibouti on Monday. The Royal Navy has deployed a frigate and two helicopters.", {"Royal Navy"}),
        ("Tsentr-2019 opened on Monday on ranges near Orenburg. The Caspian Flotilla ran the maritime phase.", {"Caspian Flotilla"}),
    ],
)
def test_a_part_taken_in_the_exercise_just_named(text, expected):
    assert {actor for actor, _ in pairs(text, "PARTICIPATED_IN")} == expected


@pytest.mark.parametrize(
    "text",
    [
        "Cutlass Express opened in Djibouti on Monday. Kenya was not represented this year.",
        "Cutlass Express is the largest naval exercise off East Africa. Kenya and Tanzania may hold it again next year.",
        "Cutlass Express opened in Djibouti on Monday. The Royal Navy has not deployed a frigate.",
        "Tsentr-2019 opened on Monday on ranges near Orenburg. The Caspian Flotilla was expected to run the maritime phase.",
    ],
)
def test_no_part_taken_from_denials_and_expectations(text):
    assert not {actor for actor, _ in pairs(text, "PARTICIPATED_IN")} - {"Russia"}


# --- where an exercise ran, said of its host or in a list of drills -----------------------

@pytest.mark.parametrize(
    "text, expected",
    [
        # the host's own ground
        ("In 2022 Belarus hosted Union Shield in its west, with live firing near Brest.", {("Union Shield", "Belarus")}),
        ("Australia hosted Talisman Sabre on its own territory and in the Coral Sea.", {("Talisman Sabre", "Australia"), ("Talisman Sabre", "Coral Sea")}),
        # a compass adjective before the place; a coast named by its nationality
        ("Talisman Sabre 2025 was staged across northern Australia and in the Coral Sea.", {("Talisman Sabre 2025", "Australia"), ("Talisman Sabre 2025", "Coral Sea")}),
        ("Cutlass Express ran for ten days off the Kenyan coast near Mombasa.", {("Cutlass Express", "Kenya")}),
        # a state after the province it is in
        ("Indian and American soldiers opened Yudh Abhyas at a firing range in Rajasthan, India, on Monday.", {("Yudh Abhyas", "India")}),
    ],
)
def test_where_a_host_held_its_exercise(text, expected):
    assert pairs(text, "HELD_IN") == expected


def test_a_capitalised_compass_word_is_part_of_a_name_not_an_adjective():
    # the sea's name broken over two lines leaves "South China": not the state China
    assert ("Joint Sea-2024", "China") not in pairs("Joint Sea-2024 was held off Zhanjiang and in the South China\nSea.", "HELD_IN")


def test_a_host_denying_its_ground_places_nothing():
    assert not pairs("Belarus has never hosted Union Shield on its own territory.", "HELD_IN")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("2. Sea Breeze-2021. In July, Ukrainian and American ships exercised together in the Black Sea.",
         {("Ukraine", "Sea Breeze-2021"), ("United States", "Sea Breeze-2021")}),
        ("Sea Guardian-2020: the PLA Navy and the Pakistan Navy exercise together in the Arabian Sea off Karachi.",
         {("PLA Navy", "Sea Guardian-2020"), ("Pakistan Navy", "Sea Guardian-2020")}),
    ],
)
def test_drilling_together_under_an_exercise_just_named(text, expected):
    assert pairs(text, "PARTICIPATED_IN") == expected
    assert not pairs(text, "DRILLED_IN")


def test_drilling_alone_is_not_the_exercise_just_named():
    text = "Russia hosted Zapad-2021 in September. Separately, Chinese warships drilled in the South China Sea."
    assert ("China", "Zapad-2021") not in pairs(text, "PARTICIPATED_IN")


def test_states_that_lead_a_programme_together():
    text = "Britain, Italy and Japan lead the Global Combat Air Programme together."
    assert {s for s, _, _ in facts(text, "LEADS")} == {"United Kingdom", "Italy", "Japan"}


@pytest.mark.parametrize(
    "text",
    [
        "The phrase \"Russian-led Collective Security Treaty Organization\" was removed from the article.",
        "One editor struck the label \"Chinese-led SCO\" from the summary.",
        "Japan hopes to lead the Global Combat Air Programme one day.",
        "Britain, Italy and Japan do not lead the Global Combat Air Programme alone.",
    ],
)
def test_no_leadership_from_quoted_wording_or_hopes(text):
    assert not facts(text, "LEADS")


# --- captions: crews seen "during" an exercise --------------------------------------------

@pytest.mark.parametrize(
    "text, participants, places",
    [
        ("Paratroopers of the Indonesian Army and the United States Army at the opening of Garuda Shield 2023.",
         {"Indonesian Army", "United States Army"}, set()),
        ("A French Rafale and a Singaporean F-15SG over Darwin during Pitch Black 2024.", {"France", "Singapore"}, set()),
        ("Soldiers of the Mongolian Armed Forces and the United States Army clear a building during Khaan Quest in Mongolia.",
         {"Mongolian Armed Forces", "United States Army"}, {"Mongolia"}),
        ("Picture 4. An Indian destroyer and a Japanese frigate steam in line in the Bay of Bengal during Malabar 2020.",
         {"India", "Japan"}, {"Bay of Bengal"}),
    ],
)
def test_crews_pictured_during_an_exercise_took_part_where_they_are(text, participants, places):
    found = facts(text, "PARTICIPATED_IN", "HELD_IN")
    assert {s for s, t, _ in found if t == "PARTICIPATED_IN"} == participants
    assert {o for _, t, o in found if t == "HELD_IN"} == places


@pytest.mark.parametrize(
    "text",
    [
        "Japanese officials protested during Talisman Sabre 2023.",
        "A Chinese surveillance ship shadowed the fleet during Talisman Sabre 2023.",
        "Japan sent observers during Pitch Black 2024.",
        "At the close of Pitch Black 2024, ten jets flew on to the Coral Sea.",
    ],
)
def test_no_crew_from_protests_shadowing_or_observers(text):
    assert not facts(text, "PARTICIPATED_IN", "HELD_IN")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Spearheaded by China, the Global Development Initiative now funds projects in forty states.", ("China", "Global Development Initiative")),
        ("The Global Security Initiative is the brainchild of China.", ("China", "Global Security Initiative")),
        ("Officials describe the Partnership for Global Infrastructure and Investment as the brainchild of the United States.",
         ("United States", "Partnership for Global Infrastructure and Investment")),
    ],
)
def test_leaders_named_after_a_fronted_participle_or_as_the_brainchild(text, expected):
    assert expected in {(s, t) for s, _, t in facts(text, "LEADS")}


@pytest.mark.parametrize(
    "text",
    [
        "The Global Security Initiative is not the brainchild of China alone, officials insist.",
        "Reportedly spearheaded by China, the Global Development Initiative has no secretariat.",
    ],
)
def test_no_leader_from_denied_or_reported_authorship(text):
    assert not facts(text, "LEADS")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Vietnam and the Philippines protested against China's large-scale drills in the Paracel Islands.", {("China", "Paracel Islands")}),
        ("Japan and Australia criticised Chinese naval drills in the Taiwan Strait.", {("China", "Taiwan Strait")}),
        # the critic's clause ends; a new subject drills
        ("Moscow protested against the sail-past, and the Baltic Fleet staged drills in the Baltic Sea within hours.", {("Baltic Fleet", "Baltic Sea")}),
    ],
)
def test_critics_of_drills_are_not_the_drillers(text, expected):
    assert pairs(text, "DRILLED_IN") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Two Chinese H-6K bombers escorted by Russian Su-30SM fighters flew over the East China Sea during a joint patrol.",
         {("China", "East China Sea"), ("Russia", "East China Sea")}),
        ("Russian Tu-95MS bombers accompanied by Chinese J-16 fighters flew a joint patrol over the Sea of Japan.",
         {("China", "Sea of Japan"), ("Russia", "Sea of Japan")}),
        # those who shadow a patrol do not fly it
        ("Russian and Chinese bombers flew a joint patrol over the Sea of Japan, shadowed by Japanese F-15s.",
         {("China", "Sea of Japan"), ("Russia", "Sea of Japan")}),
    ],
)
def test_escorts_fly_the_patrol_with_the_crews_they_escort(text, expected):
    assert pairs(text, "PATROLLED") == expected
