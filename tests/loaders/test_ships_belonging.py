""""The ships belong to the Northern Fleet": whoever a system belongs to operates it."""
from __future__ import annotations

from tests.loaders.sentences import facts


def test_a_named_system_belongs_to_a_fleet():
    found = facts("The Kilo-class submarine Novorossiysk belongs to the Black Sea Fleet.", "OPERATES")
    assert ("Black Sea Fleet", "OPERATES", "Kilo-class submarine") in found


def test_a_ship_named_in_the_previous_sentence_belongs_to_a_state_s_fleet():
    text = (
        "A Steregushchiy-class corvette anchored off Chabahar on Monday with a tanker. "
        "The ship belongs to Russia's Pacific Fleet."
    )
    found = facts(text, "OPERATES")
    assert ("Russian Pacific Fleet", "OPERATES", "Steregushchiy-class corvette") in found


def test_belonging_to_in_a_participle():
    found = facts("Two Tu-95MS bombers belonging to the Russian Aerospace Forces flew over the Sea of Japan.", "OPERATES")
    assert ("Russian Aerospace Forces", "OPERATES", "Tu-95MS") in found


def test_membership_and_negated_or_hedged_belonging_give_no_operator():
    for sentence in (
        "Qatar, which belongs to the Gulf Cooperation Council, flies the Rafale.",
        "The Kilo-class submarine Novorossiysk does not belong to the Black Sea Fleet.",
        "The Kilo-class submarine Novorossiysk may belong to the Black Sea Fleet.",
    ):
        assert not {f for f in facts(sentence, "OPERATES") if f[2] == "Kilo-class submarine" or f[0] == "Gulf Cooperation Council"}, sentence


def test_ships_named_in_the_previous_sentence_all_belong_to_the_fleet():
    for opening in ("Both ships", "The ships", "These warships"):
        text = (
            "A Slava-class cruiser and a Steregushchiy-class corvette anchored off Chabahar on Monday. "
            f"{opening} belong to Russia's Pacific Fleet."
        )
        found = facts(text, "OPERATES")
        assert ("Russian Pacific Fleet", "OPERATES", "Slava-class cruiser") in found, opening
        assert ("Russian Pacific Fleet", "OPERATES", "Steregushchiy-class corvette") in found, opening


def test_a_plural_reference_does_not_reach_past_the_previous_sentence():
    text = (
        "A Slava-class cruiser anchored off Chabahar on Monday. "
        "A Steregushchiy-class corvette followed a day later. "
        "Both ships belong to Russia's Pacific Fleet."
    )
    assert ("Russian Pacific Fleet", "OPERATES", "Slava-class cruiser") not in facts(text, "OPERATES")
