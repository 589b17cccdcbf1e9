"""Who opposes whom when the text names the opponent by its voice: a speaker label before a
colon, "We, the members of ...", an official under a dateline; and the phrasings of protest."""
from __future__ import annotations

from tests.loaders.sentences import facts


def test_we_after_a_speaker_label_is_the_state_speaking():
    transcript = (
        "Record of the debate, 4 May\n\n"
        "UNITED KINGDOM: We condemn Iran for the seizure of the tanker.\n\n"
        "FRANCE: We abstained, as the text went too far.\n"
    )
    found = facts(transcript, "OPPOSES")
    assert ("United Kingdom", "OPPOSES", "Iran") in found
    assert not {f for f in found if f[0] == "France"}


def test_a_speaker_label_with_the_state_in_brackets():
    transcript = "Mr. Ivanov (Russian Federation): We firmly oppose the expansion of AUKUS into the Pacific.\n"
    assert ("Russia", "OPPOSES", "AUKUS") in facts(transcript, "OPPOSES")


def test_the_speaker_holds_for_the_paragraphs_that_follow_until_the_next_label():
    transcript = (
        "CHINA: Thank you, Madam President.\n\n"
        "We strongly criticise the Quad for stoking confrontation.\n\n"
        "JAPAN: We regret this statement.\n"
    )
    found = facts(transcript, "OPPOSES")
    assert ("China", "OPPOSES", "Quadrilateral Security Dialogue") in found
    assert not {f for f in found if f[0] == "Japan"}


def test_we_in_a_declaration_is_the_body_named_after_it():
    text = (
        "1. We, the Heads of State of the member states of the Collective Security Treaty Organization, met in Minsk.\n\n"
        "2. We condemn the expansion of NATO towards our borders.\n"
    )
    assert ("Collective Security Treaty Organization", "OPPOSES", "North Atlantic Treaty Organization") in facts(text, "OPPOSES")


def test_we_with_no_speaker_stays_unresolved_and_negated_speech_gives_nothing():
    assert not facts("We condemn the strikes on Ukraine, said an analyst in London.", "OPPOSES")
    assert not facts("GERMANY: We do not oppose China's bid to join the talks.\n", "OPPOSES")


def test_an_official_under_a_dateline_speaks_for_the_dateline_state():
    wire = "MOSCOW, March 3 (Wire) — Foreign Minister Sergei Lavrov criticised the AUKUS pact on Tuesday.\n"
    assert ("Russia", "OPPOSES", "AUKUS") in facts(wire, "OPPOSES")
    wire = "BEIJING — The foreign ministry spokesperson condemned NATO's latest deployment in Asia.\n"
    assert ("China", "OPPOSES", "North Atlantic Treaty Organization") in facts(wire, "OPPOSES")


def test_someone_under_a_dateline_who_is_no_official_speaks_for_nobody():
    wire = "MOSCOW — Independent analysts criticised the AUKUS pact as destabilising.\n"
    assert not facts(wire, "OPPOSES")


def test_a_protest_lodged_with_a_state_opposes_it():
    assert ("India", "OPPOSES", "China") in facts("India lodged a strong protest with China over the new map.", "OPPOSES")
    assert not facts("India has not lodged a protest with China.", "OPPOSES")


def test_contesting_a_states_position_opposes_it():
    assert ("Japan", "OPPOSES", "South Korea") in facts("Japan has long contested South Korea's claim to the islets.", "OPPOSES")


def test_both_as_a_subject_is_the_two_states_just_named():
    text = "Russia and China sit in the SCO and in BRICS, and both have criticised AUKUS in near-identical terms."
    found = facts(text, "OPPOSES")
    assert {("Russia", "OPPOSES", "AUKUS"), ("China", "OPPOSES", "AUKUS")} <= found
    assert ("BRICS", "OPPOSES", "AUKUS") not in found


def test_a_partnership_the_speaker_notes_is_no_membership_of_the_speaker():
    text = (
        "1. We, the leaders of the North Atlantic Alliance, met in Vilnius.\n\n"
        "2. We note with concern the deepening strategic partnership between Russia and China.\n"
    )
    found = facts(text)
    assert not {f for f in found if f[1] == "MEMBER_OF"}
    assert ("China", "PARTNERS_WITH", "Russia") in found or ("Russia", "PARTNERS_WITH", "China") in found


def test_both_states_after_a_sentence_about_what_a_pair_did_to_others_is_that_pair():
    text = (
        "Russia and China vetoed drafts on Syria in 2011 and on Venezuela in 2019. "
        "Both states are founding members of the Shanghai Cooperation Organisation."
    )
    found = facts(text, "MEMBER_OF")
    assert {("Russia", "MEMBER_OF", "Shanghai Cooperation Organisation"), ("China", "MEMBER_OF", "Shanghai Cooperation Organisation")} <= found
    assert not {f for f in found if f[0] in ("Syria", "Venezuela")}


def test_an_office_speaks_for_the_state_named_after_it():
    assert ("Russia", "OPPOSES", "North Atlantic Treaty Organization") in facts(
        "A spokesperson for the Russian defence ministry criticised NATO for the drills.", "OPPOSES")
    assert ("China", "OPPOSES", "Japan") in facts("The foreign ministry in Beijing condemned Tokyo's decision to deploy missiles.", "OPPOSES")


def test_an_office_of_one_state_in_another_capital_speaks_for_its_own():
    found = facts("The US embassy in Beijing criticised Russia's strikes on Kyiv.", "OPPOSES")
    assert ("China", "OPPOSES", "Russia") not in found


def test_stern_representations_lodged_with_a_state_oppose_it():
    assert ("China", "OPPOSES", "United States") in facts("Beijing lodged stern representations with Washington over the arms sale.", "OPPOSES")
    assert not facts("Beijing has not lodged representations with Washington over the sale.", "OPPOSES")


def test_the_office_guard_lets_through_every_place_an_office_phrase_ends():
    import random

    from loaders.extract import OFFICE_BEFORE, office_may_end

    words = ["the", "a", "an", "senior", "foreign", "defence", "spokesman", "officials", "ministry", "embassy",
             "for", "of", "from", "at", "in", "within", "said", "ın", "The", "FOR", "Russian", "\n", "\t", " ", ","]
    rng = random.Random(7)
    offices = 0
    for _ in range(3000):
        text = "".join(rng.choice(words) + rng.choice([" ", "  ", "\n", ""]) for _ in range(rng.randint(1, 12)))
        for end in range(len(text) + 1):
            if OFFICE_BEFORE.search(text, max(0, end - 60), end):
                offices += 1
                assert office_may_end(text, end), (text, end)
    assert offices > 100  # the random phrases do name offices
