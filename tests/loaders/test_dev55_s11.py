"""What a new author's set (dev55: wire stories and their follow-ups, a financial wire, an
evening roundup, a factbox, an analysis, a photo-caption gallery and a weekend feature) showed
the rules missing: a gift whose giver follows "came as gifts from" or "were a gift from", two
states' crafts joined as one caption subject ("A Russian Tu-95 and a Chinese H-6K fly ..."),
the craft that carried a delivery named after the place it reached ("carried to Belgrade by
Chinese Y-20 transport aircraft"), and the place written onto an exercise in a caption whose
people only look on ("... watch a helicopter land during Malabar 2024 in the Bay of Bengal"), and
a state's war named by its possessor and the state it is fought in ("Moscow's war in Ukraine").
Every sentence here is written for these tests; none is taken from a corpus or evaluation
document."""
from __future__ import annotations

import pytest

from tests.loaders.sentences import facts


# --- "came as gifts from A and B", "were a gift from A": the giver sells, the owner acquires ---------

@pytest.mark.parametrize("text, expected", [
    ("Armenia's four Su-30SM fighters came as a gift from Russia in 2019.",
     {("Russia", "SOLD", "Su-30SM"), ("Armenia", "ACQUIRED", "Su-30SM")}),
    ("Cambodia's first Z-9 helicopters came as a gift from China in 2013.",
     {("China", "SOLD", "Z-9"), ("Cambodia", "ACQUIRED", "Z-9")}),
    ("The ten MiG-29 fighters were a gift from Belarus to Serbia, pilots at Batajnica recall.",
     {("Belarus", "SOLD", "MiG-29"), ("Serbia", "ACQUIRED", "MiG-29")}),
    ("Two Kilo-class submarines were donations from Russia.",
     {("Russia", "SOLD", "Kilo-class submarine")}),
    ("According to the ministry, Mongolia's MiG-29s arrived as a present from Russia.",
     {("Russia", "SOLD", "MiG-29")}),
])
def test_a_gift_names_its_giver_after_from(text, expected):
    assert expected <= facts(text, "SOLD", "ACQUIRED")


@pytest.mark.parametrize("text", [
    "Armenia's four Su-30SM fighters were not a gift from Russia; Yerevan paid for them.",
    "The Su-30SM fighters might come as a gift from Russia.",
    "The Su-30SM fighters will come as a gift from Russia next year.",
    "Officials denied that the Su-30SM fighters came as a gift from Russia.",
    "The ceasefire offer came as a gift from Russia to Armenia.",
])
def test_a_gift_denied_planned_or_of_no_system_gives_nothing(text):
    assert not facts(text, "SOLD", "ACQUIRED")


# --- "A Russian Tu-95 and a Chinese H-6K fly over ...": each craft's owner operates it -------------

@pytest.mark.parametrize("text, expected", [
    ("A Russian Tu-95 and a Chinese H-6K fly over the Sea of Japan, Nov. 30, 2026.",
     {("Russia", "OPERATES", "Tu-95"), ("China", "OPERATES", "H-6K")}),
    ("Russian Tu-95 bombers and Chinese H-6K bombers flew side by side on Tuesday, the ministry said.",
     {("Russia", "OPERATES", "Tu-95"), ("China", "OPERATES", "H-6K")}),
    ("Photo: An Indian Navy P-8I and a US Navy MQ-4C patrol the Arabian Sea.",
     {("Indian Navy", "OPERATES", "P-8 Poseidon"), ("United States Navy", "OPERATES", "MQ-4C")}),
    ("A Pakistani JF-17 and a Chinese J-10C taxied past the crowd at the air show.",
     {("Pakistan", "OPERATES", "JF-17"), ("China", "OPERATES", "J-10C")}),
])
def test_two_owners_crafts_as_one_subject_each_operate_their_own(text, expected):
    assert expected <= facts(text, "OPERATES")


@pytest.mark.parametrize("text", [
    "A Russian Tu-95 and a Chinese H-6K did not fly over the Sea of Japan this year.",
    "A Russian Tu-95 and a Chinese H-6K may fly over the Sea of Japan next week.",
    "A Russian Tu-95 and a Chinese H-6K will fly over the Sea of Japan next week.",
    "A Pakistani JF-17 and a Chinese J-10C could fly together at the next air show.",
])
def test_two_crafts_not_flying_or_yet_to_fly_give_nothing(text):
    assert not facts(text, "OPERATES")


# --- "carried to Belgrade by Chinese Y-20 transport aircraft": the carrier, not the cargo -----------

@pytest.mark.parametrize("text, carrier", [
    ("In May 2026 Serbia took delivery of HQ-22 launchers, carried to Nis by Chinese Y-20 transport aircraft.",
     ("China", "OPERATES", "Y-20")),
    ("The howitzers were ferried to Constanta aboard two South Korean C-130 transports, officials said.",
     ("South Korea", "OPERATES", "C-130")),
    ("Serbia received HQ-22 batteries from China, flown to Batajnica by Chinese Y-20s.",
     ("China", "OPERATES", "Y-20")),
])
def test_the_craft_that_carried_a_delivery_is_its_owners(text, carrier):
    found = facts(text)
    assert carrier in found
    assert not {f for f in found if f[1] == "ACQUIRED" and f[2] == carrier[2]}


@pytest.mark.parametrize("text", [
    "The howitzers were not ferried to Constanta aboard South Korean C-130 transports.",
    "The howitzers were reportedly ferried to Constanta aboard South Korean C-130 transports.",
    "The howitzers will be ferried to Constanta aboard South Korean C-130 transports.",
])
def test_a_carrier_denied_hedged_or_planned_gives_nothing(text):
    assert not facts(text, "OPERATES")


# --- "... watch a helicopter land during Malabar 2024 in the Bay of Bengal": where it was held ------

@pytest.mark.parametrize("text, expected", [
    ("Crew members watch a Seahawk land on a destroyer during Malabar 2025 in the Bay of Bengal.",
     {("Malabar", "HELD_IN", "Bay of Bengal")}),
    ("A landing craft comes ashore during Cobra Gold 2026 in Thailand, Feb. 27, 2026.",
     {("Cobra Gold", "HELD_IN", "Thailand")}),
    ("Journalists look on during Joint Sea-2021, in the Sea of Japan.",
     {("Joint Sea-2021", "HELD_IN", "Sea of Japan")}),
])
def test_a_caption_places_the_exercise_it_names(text, expected):
    assert expected <= facts(text, "HELD_IN")


@pytest.mark.parametrize("text", [
    "A helicopter will land during Malabar 2027 in the Bay of Bengal.",
    "Reporters were told a helicopter might land during Malabar 2027 in the Bay of Bengal.",
    "A landing craft comes ashore during Cobra Gold 2026, which was not held in Cambodia.",
])
def test_a_caption_place_planned_hedged_or_denied_gives_nothing(text):
    assert not facts(text, "HELD_IN")


# --- "Moscow's war in Ukraine": the possessor wages the war on the state it is fought in ----------

@pytest.mark.parametrize("text", [
    "\"Moscow's war in Ukraine has emptied the order books,\" a Kazakh official said.",
    "Russia's war in Ukraine has slowed the delivery of spares to Yerevan.",
    "Since 2022, Russia's grinding war in Ukraine has absorbed most of its output.",
])
def test_a_states_war_in_another_state(text):
    assert ("Russia", "CLASHED_WITH", "Ukraine") in facts(text, "CLASHED_WITH")


@pytest.mark.parametrize("text", [
    "The war in Ukraine has emptied the order books.",
    "A Russian war in Ukraine would empty the order books.",
    "Kremlin officials insist Russia's operation in Ukraine is not a war.",
    "Beijing's war in the South China Sea is one of words.",
])
def test_a_war_with_no_possessor_state_or_no_state_in_it_gives_nothing(text):
    assert not facts(text, "CLASHED_WITH")


# --- left for later ---------------------------------------------------------------------------------

@pytest.mark.xfail(strict=True, reason="a generic noun ('a weapon', 'the South Korean-made howitzer') in a relative "
                   "clause is not resolved to the system named earlier in the sentence")
def test_a_relative_on_a_generic_noun_names_the_maker():
    assert ("India", "PRODUCED", "BrahMos") in facts(
        "Vietnam ordered the BrahMos from India in 2026, the second export of a missile that India developed jointly with Russia.")


@pytest.mark.xfail(strict=True, reason="DRILLED_IN targets only a Region in the schema; drills said to be held in a "
                   "state ('held joint drills in Tajikistan') give nothing")
def test_drills_held_in_a_state():
    assert ("China", "DRILLED_IN", "Tajikistan") in facts("Chinese and Tajik troops held joint mountain drills in Tajikistan in 2025.")


@pytest.mark.xfail(strict=True, reason="crews who 'watch' a deed are read as observers, though a caption's crews "
                   "watching their own exercise take part in it")
def test_crews_watching_in_a_caption_take_part():
    assert ("Indian Navy", "PARTICIPATED_IN", "Malabar") in facts(
        "Sailors of the Indian Navy watch a Seahawk land during Malabar 2025 in the Bay of Bengal.")
