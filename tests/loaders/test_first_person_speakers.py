"""First-person speakers: "we", "our navy", "my government" in speeches, transcripts and
statements are the speaker's state (or organization) where the document makes the speaker
clear, and nothing where it does not. Every text here is written for these tests; none is
taken from a corpus or evaluation document."""
from __future__ import annotations

import pytest

from tests.loaders.sentences import facts


# --- a speech or statement heading names the speaker ----------------------------------------

@pytest.mark.parametrize("text", [
    "Remarks by the Prime Minister of Australia at the Lowy Institute\n\nIn 2021 we bought the P-8 Poseidon from the United States.",
    "Address of the Australian Defence Minister to the National Press Club\n\nThank you all. Our government bought the P-8 Poseidon from the United States.",
    "Speech by the Chief of Navy, Canberra\n\nGood evening. Two years ago my government bought the P-8 Poseidon from the United States.",
])
def test_a_speech_heading_names_the_state_that_we_stands_for(text):
    assert ("Australia", "ACQUIRED", "P-8 Poseidon") in facts(text, "ACQUIRED")


@pytest.mark.parametrize("text", [
    "Statement of the Indian Ministry of Defence\n\nOur navy took part in Malabar-2023 off Sydney.",
    "Remarks by the Defence Minister of India\n\nOur forces took part in Malabar-2023 off Sydney.",
    "Transcript: interview with the Indian Defence Secretary\n\nWe took part in Malabar-2023 off Sydney.",
])
def test_our_forces_in_a_speech_are_the_speakers_state(text):
    assert ("India", "PARTICIPATED_IN", "Malabar-2023") in facts(text, "PARTICIPATED_IN")


@pytest.mark.parametrize("text", [
    "Joint Statement of the Coast Guards of India and Japan\n\nThis spring we conducted a joint patrol in the Arabian Sea.",
    "JOINT STATEMENT BY THE NAVIES OF INDIA AND JAPAN\n\n1. Our two navies met in Tokyo.\n\n2. We held a joint patrol in the Arabian Sea in May.",
])
def test_we_in_a_joint_statement_are_all_its_issuers(text):
    found = facts(text, "PATROLLED")
    assert {("India", "PATROLLED", "Arabian Sea"), ("Japan", "PATROLLED", "Arabian Sea")} <= {f for f in found if f[0] in ("India", "Japan")}


@pytest.mark.parametrize("text", [
    "Communiqué\n\n1. We, the foreign ministers of the North Atlantic Treaty Organization, met in Brussels.\n\n2. We condemn Belarus for its support of the war.",
    "FINAL DECLARATION\n\nWe, the leaders of NATO, gathered in Vilnius.\n\nToday we condemn Belarus for hosting the invading forces.",
])
def test_we_declared_by_apposition_is_that_organization(text):
    assert ("North Atlantic Treaty Organization", "OPPOSES", "Belarus") in facts(text, "OPPOSES")


# --- speaker labels in a transcript ----------------------------------------------------------

def test_each_labelled_speaker_speaks_for_their_own_state():
    text = (
        "Panel transcript, Jakarta Defence Dialogue\n\n"
        "MINISTER (Australia): Thank you. We operate the P-8 Poseidon from Darwin.\n\n"
        "MINISTER (Indonesia): Thank you. In 2022 we bought Rafale fighters from France."
    )
    found = facts(text, "OPERATES", "ACQUIRED")
    assert ("Australia", "OPERATES", "P-8 Poseidon") in found
    assert ("Indonesia", "ACQUIRED", "Rafale") in found
    assert ("Australia", "ACQUIRED", "Rafale") not in found


def test_a_speaker_label_naming_a_force_speaks_for_its_state():
    text = "Adm. R. Kumar, Indian Navy: Good morning. Last year we took part in Malabar-2023 off Sydney."
    assert ("India", "PARTICIPATED_IN", "Malabar-2023") in facts(text, "PARTICIPATED_IN")


# --- attribution of a quotation --------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "“We have flown the Su-30MKI since 2002,” the Indian air chief said.",
    "“Our air force has flown the Su-30MKI since 2002,” said India's defence minister.",
    "“Since 2002 we have flown the Su-30MKI,” India's air chief told reporters on Monday.",
])
def test_a_quotation_speaks_for_the_state_of_its_attributed_speaker(text):
    assert ("India", "OPERATES", "Su-30MKI") in facts(text, "OPERATES")


# --- nothing where the speaker is not clear ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "We bought the S-400 from Russia in 2019, an official said.",
    "Defence notes\n\nWe bought the S-400 from Russia in 2019.",
    "Remarks by the US Secretary of Defense at the Shangri-La Dialogue in Singapore\n\nWe bought the S-400 from Russia in 2019.",
    "Press conference by the Minister of Defence\n\nMINISTER: In 2019 we bought the S-400 from Russia.",
    "Q (Reuters): Minister, in 2019 we bought the S-400 from Russia, did we not?",
])
def test_we_with_no_clear_speaker_is_nobody(text):
    assert facts(text, "ACQUIRED") == set()


@pytest.mark.parametrize("text, speaker", [
    ("Remarks by the Prime Minister of Australia\n\nA colleague once told me: “We bought the S-400 from Russia in 2019,” the Turkish minister said.", "Turkey"),
    ("Remarks by the Prime Minister of Australia\n\n“In 2019 we bought the S-400 from Russia,” a visiting minister told the audience.", None),
])
def test_a_quotation_inside_a_speech_is_not_the_speakers_own_words(text, speaker):
    buyers = {source for source, _, _ in facts(text, "ACQUIRED")}
    assert "Australia" not in buyers
    assert buyers == ({speaker} if speaker else set())



@pytest.mark.parametrize("text", [
    "Ministers of India, Japan, Australia and the United States met in Delhi. In 2023 both governments sold BrahMos missiles to Vietnam.",
    "The summit brought together Brazil, India, China and South Africa. Later the two countries held Indra-2021.",
])
def test_a_pair_after_a_list_of_more_than_two_is_not_the_last_two_listed(text):
    found = facts(text, "SOLD", "PARTICIPATED_IN")
    assert not {source for source, _, _ in found} & {"Australia", "United States", "China", "South Africa"}


def test_a_label_that_is_a_state_speaks_for_it_and_a_recorded_body_is_not_the_speaker():
    text = (
        "Security Council meeting on Syria - transcript\n\n"
        "FRANCE: Thank you. We condemn Syria for the chemical attacks.\n\n"
        "CHINA: We oppose this draft."
    )
    found = facts(text, "OPPOSES")
    assert ("France", "OPPOSES", "Syria") in found
    assert not {source for source, _, _ in found} - {"France", "China"}


@pytest.mark.parametrize("text", [
    "We, the leaders of NATO, note with concern the growing partnership between Russia and Iran.",
    "The European Union watched the strategic partnership between Russia and Iran deepen in 2023.",
])
def test_a_partnership_between_two_states_noted_by_an_organization_is_no_membership(text):
    assert facts(text, "MEMBER_OF") == set()
    assert ("Iran", "PARTNERS_WITH", "Russia") in facts(text, "PARTNERS_WITH")


def test_an_organization_defined_as_a_partnership_between_states_has_them_as_members():
    text = "The Quad is an informal partnership between Australia, India, Japan and the United States."
    assert ("India", "MEMBER_OF", "Quadrilateral Security Dialogue") in facts(text, "MEMBER_OF")
