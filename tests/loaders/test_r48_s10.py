"""A second round of general rules for two new authors' sets (dev48: translated and
non-native English; dev44: Security Council vetoes told without the word "veto"). Every
sentence here is written for these tests; none is taken from a corpus or evaluation
document."""
from __future__ import annotations

import pytest

from tests.loaders.sentences import facts


# --- a draft on a state's topic ("Burma's human rights record") concerns the state ------------------

@pytest.mark.parametrize("text, state", [
    ("In 2007 China and Russia vetoed a text on Myanmar's human rights record.", "Myanmar"),
    ("Britain tabled a text on Myanmar's human rights record in 2007. China and Russia cast negative votes and it went down.", "Myanmar"),
    ("France circulated a draft on Syria's chemical weapons in 2017. It failed: Russia voted against it as a permanent member and the text fell.", "Syria"),
])
def test_a_draft_on_a_states_topic_concerns_the_state(text, state):
    found = facts(text, "VETOED")
    assert found and {target for _, _, target in found} == {state}


@pytest.mark.parametrize("text", [
    "China and Russia may veto a text on Myanmar's human rights record next month.",
    "Britain tabled a text on Myanmar's human rights record in 2007. China and Russia abstained and it passed.",
])
def test_a_draft_on_a_states_topic_not_vetoed_gives_nothing(text):
    assert not facts(text, "VETOED")


# --- a seat named after a draft that was not adopted ------------------------------------------------

@pytest.mark.parametrize("text, members", [
    ("The Security Council draft on Haiti was not adopted, owing to the negative vote of China, a permanent member.", {"China"}),
    ("In 2019 the Security Council text on Syria was not adopted because of the negative vote of the United States, a permanent member.", {"United States"}),
    ("The Security Council resolution was not adopted, due to the objection of France, and the Council thanks its elected members at that time, namely Kenya, Gabon and Ghana, for their work.", {"Kenya", "Gabon", "Ghana"}),
])
def test_a_seat_named_after_a_failed_draft_stands(text, members):
    found = facts(text, "MEMBER_OF")
    assert {source for source, _, _ in found} == members


@pytest.mark.parametrize("text", [
    "The Security Council draft on Haiti was not adopted, and Brazil is not a permanent member.",
    "The Security Council draft was not adopted, and Brazil hopes to become a permanent member.",
    "The Security Council text was not adopted; India, which wants to be a permanent member, abstained.",
])
def test_a_seat_denied_or_wished_after_a_failed_draft_gives_nothing(text):
    assert not facts(text, "MEMBER_OF")


# --- a fronted participle whose subject is a part of the goods ("the first of three ...") -----------

@pytest.mark.parametrize("text, seller, system", [
    ("Delivered by India in April 2024, the first of three BrahMos batteries are now deployed.", "India", "BrahMos"),
    ("Supplied by Russia in 2019, the first of four S-400 battalions now guards the capital.", "Russia", "S-400"),
    ("Handed over by China last spring, the rest of the J-10C fighters fly from Kamra.", "China", "J-10C"),
])
def test_a_fronted_participle_before_a_part_of_the_goods_sells_them(text, seller, system):
    assert (seller, "SOLD", system) in facts(text, "SOLD")


@pytest.mark.parametrize("text", [
    "Promised by Russia for 2027, the first of four S-400 battalions may guard the capital.",
    "Not yet delivered by India, the first of three BrahMos batteries is still in Nagpur.",
    "To be supplied by Russia in 2027, the first of four S-400 battalions will guard the capital.",
])
def test_a_fronted_participle_planned_or_negated_sells_nothing(text):
    assert not facts(text, "SOLD")


# --- the CSTO's Interaction series, and units of states sent to an exercise someone hosted -----------

def test_the_csto_interaction_exercise_is_known():
    text = "Kyrgyz and Tajik troops took part in Interaction-2023 near Minsk."
    assert {target for _, _, target in facts(text, "PARTICIPATED_IN")} == {"Interaction-2023"}


@pytest.mark.parametrize("text, host, guests", [
    ("Russia hosted Vostok-2022 in the Far East, together with troops of China, India and Laos.", "Russia", {"China", "India", "Laos"}),
    ("Egypt staged Bright Star 2023 near Alexandria with contingents from Greece and Jordan.", "Egypt", {"Greece", "Jordan"}),
    ("Our marines joined Cobra Gold 2024, which Thailand hosted in Sattahip together with units of Japan and Singapore.", "Thailand", {"Japan", "Singapore"}),
])
def test_units_sent_to_a_hosted_exercise_take_part_and_do_not_host(text, host, guests):
    hosts = {source for source, _, _ in facts(text, "HOSTED")}
    assert hosts == {host}
    assert guests <= {source for source, _, _ in facts(text, "PARTICIPATED_IN")}


@pytest.mark.parametrize("text", [
    "Russia will host Vostok-2026 together with troops of China and India.",
    "Russia did not host Vostok-2022 together with troops of China and India.",
    "Russia may host Zapad-2029 with units of Belarus.",
])
def test_units_sent_to_an_exercise_not_hosted_give_nothing(text):
    assert not facts(text, "HOSTED", "PARTICIPATED_IN")


# --- "with participation of" units nobody is named for ----------------------------------------------

def test_participation_of_unnamed_units_is_no_part_in_an_earlier_exercise():
    text = ("In May, Kazakh troops took part in Vostok-2022 in Russia.\n\n"
            "In July, ships of the Naval Forces of Kazakhstan carried out live-fire drills in the Caspian Sea, with participation of coastal units.")
    found = facts(text)
    assert ("Naval Forces of Kazakhstan", "DRILLED_IN", "Caspian Sea") in found
    assert ("Naval Forces of Kazakhstan", "PARTICIPATED_IN", "Vostok-2022") not in found
    assert ("Vostok-2022", "HELD_IN", "Caspian Sea") not in found


def test_participation_of_named_states_still_takes_part():
    found = facts("Zapad-2021 opened in Belarus with the participation of Russia and Kazakhstan.", "PARTICIPATED_IN")
    assert {("Russia", "PARTICIPATED_IN", "Zapad-2021"), ("Kazakhstan", "PARTICIPATED_IN", "Zapad-2021")} <= found


# --- left as known gaps ------------------------------------------------------------------------------

def test_building_with_technology_transferred_from_a_state_is_a_transfer():
    # (fixed in session 16: "with technology transferred from" is a licence frame whose receiver is where the building was)
    text = "Four fast attack craft were built in Bangladesh by a local yard with technology transferred from China."
    assert ("China", "TRANSFERRED_TECHNOLOGY_TO", "Bangladesh") in facts(text, "TRANSFERRED_TECHNOLOGY_TO")


def test_its_force_receiving_aircraft_of_the_system_just_named_acquires_it():
    # (fixed in session 14: "the last of nine aircraft" is a share of a count of the system just named)
    text = "Indonesia flies Su-30MK2 fighters bought from Russia, and its Air Force received the last of nine aircraft in 2013."
    assert ("Indonesian Air Force", "ACQUIRED", "Su-30MK2") in facts(text, "ACQUIRED")


@pytest.mark.xfail(strict=True, reason="a diary that calls the Security Council only 'the Council' and tells a no vote "
                   "elliptically ('and the Americans against. That was enough to sink it.') is not read as a veto")
def test_an_elliptical_no_vote_in_a_bare_council_is_a_veto():
    text = ("We voted on the Gaza text this morning. Thirteen in favour, Britain abstaining, and the Americans against. "
            "That was enough to sink it.")
    assert facts(text, "VETOED")
