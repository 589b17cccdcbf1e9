"""References to something named sentences or paragraphs earlier, in the styles other authors
write: pronouns, pairs, kinds of organization, exercise and system. Every document here is
written for these tests; none is taken from a corpus or evaluation document."""
from __future__ import annotations

import pytest

from tests.loaders.sentences import facts


def doers(text: str, kind: str, target: str) -> set[str]:
    return {s for s, t, o in facts(text, kind) if o == target}


# --- states opening a sentence that states no relation are what "they" and "both" mean next ---

@pytest.mark.parametrize("text", [
    "Vietnam and Laos are close neighbours. They held Indra-2021 on the Mekong in 2023.",
    "Since 1977, Vietnam and Laos have shared a friendship treaty. Both took part in Indra-2021 that year.",
    "Vietnam and Laos remained close after the war.\nThey staged Indra-2021 together in 2023.",
])
def test_they_after_states_opening_a_sentence_without_a_relation_is_both(text):
    assert doers(text, "PARTICIPATED_IN", "Indra-2021") == {"Vietnam", "Laos"}


def test_they_after_states_opening_a_sentence_buy_as_both():
    text = "Ghana and Nigeria are West African neighbours. They bought K-8 jets from China in 2016."
    assert {(s, o) for s, _, o in facts(text, "ACQUIRED")} == {("Ghana", "K-8"), ("Nigeria", "K-8")}
    assert facts(text, "SOLD") == {("China", "SOLD", "K-8")}


@pytest.mark.parametrize("text", [
    "Vietnam and Laos are close neighbours. They did not take part in Indra-2021.",
    "Vietnam and Laos are close neighbours. They may take part in Indra-2021 next year.",
    "Vietnam and Laos are close neighbours. They were reportedly invited to Indra-2021 but declined.",
])
def test_they_after_states_opening_a_sentence_in_a_negated_or_hedged_sentence_gives_nothing(text):
    assert facts(text, "PARTICIPATED_IN") == set()


@pytest.mark.parametrize("text", [
    # a possessive or a place: the states are not the sentence's subject
    "Vietnam and Laos's border was redrawn in 1977. They held Indra-2021 in 2023.",
    # a new paragraph: the opening does not reach past it
    "Vietnam and Laos are close neighbours.\n\nThey held Indra-2021 in 2023.",
])
def test_states_that_are_not_a_subject_or_are_in_another_paragraph_are_not_they(text):
    assert not doers(text, "PARTICIPATED_IN", "Indra-2021") & {"Vietnam", "Laos"}


def test_a_later_subject_replaces_the_opening_pair():
    text = "Vietnam and Laos are close neighbours. In 2022 Cambodia bought K-8 jets from China. It held Indra-2021 in 2023."
    assert doers(text, "PARTICIPATED_IN", "Indra-2021") <= {"Cambodia"}
