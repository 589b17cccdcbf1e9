"""A relative clause set off after a sentence's subject ("Iran, which bought S-400s from
Russia, joined the SCO"): the main verb after it takes the subject before the relative, and
what the relative's own verb reaches ends at the comma that closes it."""
from __future__ import annotations

import pytest

from tests.loaders.sentences import facts


@pytest.mark.parametrize("text, member, body, not_member", [
    ("Iran, which bought S-400s from Russia, joined the SCO in 2023.", "Iran", "Shanghai Cooperation Organisation", "Russia"),
    ("Egypt, which had signed a grain deal with Ukraine, joined BRICS in 2024.", "Egypt", "BRICS", "Ukraine"),
    ("Sweden, whose navy exercises with Finland every spring, entered NATO in 2024.", "Sweden", "North Atlantic Treaty Organization", "Finland"),
    ("Belarus, which hosts Russian aircraft, became a full member of the SCO in 2024.", "Belarus", "Shanghai Cooperation Organisation", "Russia"),
])
def test_the_member_after_a_relative_is_the_subject_before_it(text, member, body, not_member):
    found = facts(text, "MEMBER_OF")
    assert (member, "MEMBER_OF", body) in found
    assert (not_member, "MEMBER_OF", body) not in found


def test_a_participle_set_off_after_a_coordinated_state_still_names_its_own_members():
    # the shape the participle reading is for: a state named last before ", admitted"
    text = "Mongolia attends as an observer, and Iran, admitted as a full member in 2023, sends ministers to the SCO."
    assert ("Mongolia", "MEMBER_OF", "Shanghai Cooperation Organisation") not in facts(text, "MEMBER_OF")


@pytest.mark.parametrize("text, subject, companions", [
    ("Greece, which operates French frigates, joined Sea Breeze with Ukraine.", "Greece", {"Ukraine"}),
    ("Japan, which buys American jets, took part in Malabar 2024 with India and Australia.", "Japan", {"India", "Australia"}),
    ("Peru, whose army flies Russian helicopters, took part in UNITAS with Chile.", "Peru", {"Chile"}),
])
def test_the_subject_before_a_relative_takes_part_beside_its_companions(text, subject, companions):
    parties = {source for source, _, _ in facts(text, "PARTICIPATED_IN")}
    assert {subject} | companions <= parties


@pytest.mark.parametrize("text, source, rel_type", [
    ("Vietnam, which fought China in 1979, took part in Komodo 2023.", "China", "PARTICIPATED_IN"),
    ("Japan, which hosts US bases, drilled in Malabar 2024 with India and Australia.", "Japan", "HOSTED"),
    ("Chile, which bought frigates from Britain, took part in RIMPAC 2022.", "United Kingdom", "PARTICIPATED_IN"),
])
def test_a_verb_inside_the_relative_does_not_reach_the_main_clauses_exercise(text, source, rel_type):
    assert not any(s == source and t == rel_type for s, t, _ in facts(text, rel_type))
