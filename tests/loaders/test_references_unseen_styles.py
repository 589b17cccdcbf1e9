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


# --- "the allies": only two states just named together, acting ----------------------------

@pytest.mark.parametrize("text", [
    "France and the United Kingdom fought side by side over Libya. The allies later held Indra-2021 off Brittany.",
    "In 2011 France and the United Kingdom led the air campaign. Five years on, the allies staged Indra-2021.",
])
def test_the_allies_after_a_pair_is_that_pair(text):
    assert doers(text, "PARTICIPATED_IN", "Indra-2021") == {"France", "United Kingdom"}


@pytest.mark.parametrize("text", [
    # three named: which two is not said
    "France, Italy and the United Kingdom fought over Libya. The allies later held Indra-2021.",
    # a pair named as places, not actors
    "NATO held Indra-2021 in Poland and Lithuania. The allies deployed 9,000 troops.",
    # the pair was named in another paragraph
    "France and the United Kingdom fought over Libya.\n\nThe allies later held Indra-2021.",
    # the Second World War's Allies are no pair
    "France and the United Kingdom fought in 1940. The Allies later held Indra-2021.",
])
def test_the_allies_without_a_pair_just_named_as_actors_is_nobody(text):
    assert not doers(text, "PARTICIPATED_IN", "Indra-2021") & {"France", "United Kingdom", "Italy", "Poland", "Lithuania"}


@pytest.mark.parametrize("text", [
    "France and the United Kingdom fought over Libya. The allies never held Indra-2021.",
    "France and the United Kingdom fought over Libya. The allies could hold Indra-2021 next spring.",
])
def test_the_allies_in_a_negated_or_hedged_sentence_gives_nothing(text):
    assert facts(text, "PARTICIPATED_IN") == set()


# --- "the former", "the latter" after a preposition ---------------------------------------

@pytest.mark.parametrize("text", [
    "Turkey and Azerbaijan are close partners. In 2020 Bayraktar TB2 drones were sold to the latter by the former.",
    "Turkey and Azerbaijan are close partners. The former sold Bayraktar TB2 drones to the latter in 2020.",
    "Turkey and Azerbaijan are close partners. In 2020 the latter bought Bayraktar TB2 drones from the former.",
])
def test_the_former_and_the_latter_after_a_preposition_keep_their_direction(text):
    found = facts(text, "ACQUIRED", "SOLD")
    assert ("Azerbaijan", "ACQUIRED", "Bayraktar TB2") in found and ("Turkey", "SOLD", "Bayraktar TB2") in found
    assert ("Turkey", "ACQUIRED", "Bayraktar TB2") not in found and ("Azerbaijan", "SOLD", "Bayraktar TB2") not in found


def test_the_former_in_a_denied_sale_gives_nothing():
    text = "Turkey and Azerbaijan are close partners. Ankara denied that Bayraktar TB2 drones were sold to the latter by the former."
    assert ("Azerbaijan", "ACQUIRED", "Bayraktar TB2") not in facts(text)


# --- "the two countries" when more than two were named last -------------------------------

@pytest.mark.parametrize("text", [
    "India, Russia and China met at Ufa in 2015.\n\nThe two countries then staged Indra-2021.",
    "India, Russia and China met at Ufa in 2015. The two countries then staged Indra-2021.",
])
def test_the_two_countries_after_three_named_is_none_of_them(text):
    assert doers(text, "PARTICIPATED_IN", "Indra-2021") == set()


def test_the_two_countries_after_a_pair_and_a_later_pair_is_the_later():
    text = "India and Russia signed a pact in 2000. Japan and Australia held talks in 2001. The two countries then staged Indra-2021."
    assert doers(text, "PARTICIPATED_IN", "Indra-2021") == {"Japan", "Australia"}


def test_the_two_countries_opening_a_paragraph_after_a_pair_is_still_that_pair():
    text = "India and Russia met at Ufa in 2015.\n\nThe two countries then staged Indra-2021."
    assert doers(text, "PARTICIPATED_IN", "Indra-2021") == {"India", "Russia"}
