"""What a new author's set (dev53: think-tank chapters, journal articles, a conference paper,
a committee inquiry, a risk outlook, a thesis review and a book chapter) showed the rules
missing: an exercise's own "which was held", a main clause that takes back what a relative
clause claimed, counts of exercises with none named, an upgrade told with "It" and a status
shared "with" others, a concessive clause on another deal, a system named before the deal
noun, "operates it alongside", a system owned by "its" bought in the passive, and an order
for one thing or another. Every
sentence here is written for these tests; none is taken from a corpus or evaluation document."""
from __future__ import annotations

import pytest

from tests.loaders.sentences import facts


# --- "which was held in ...": the exercise is the relative's subject, not its host ----------------

@pytest.mark.parametrize("text", [
    "Greece hosted Medusa-2024, which was held in the Aegean Sea.",
    "Greece hosted Medusa-2024, which drew ships from Egypt and France, and which took place off Crete.",
    "Greece hosted Medusa-2024, which was conducted in the Aegean Sea.",
])
def test_a_host_is_not_made_a_participant_by_the_exercises_own_which(text):
    found = facts(text, "PARTICIPATED_IN", "HOSTED")
    assert ("Greece", "HOSTED", "Medusa-2024") in found
    assert ("Greece", "PARTICIPATED_IN", "Medusa-2024") not in found


def test_guests_of_the_exercise_still_take_part_beside_its_which():
    found = facts("Greece hosted Medusa-2024, which drew ships from Egypt and France, and which took place off Crete.", "PARTICIPATED_IN")
    assert ("Egypt", "PARTICIPATED_IN", "Medusa-2024") in found and ("France", "PARTICIPATED_IN", "Medusa-2024") in found


def test_a_host_that_says_it_sent_troops_still_takes_part():
    found = facts("Kazakhstan, which hosted the exercise, sent 500 troops to Steppe Eagle-2023.", "PARTICIPATED_IN")
    assert ("Kazakhstan", "PARTICIPATED_IN", "Steppe Eagle-2023") in found


# --- a relative clause's claim taken back by its main clause ----------------------------------

@pytest.mark.parametrize("second", [
    "Zambia, which some newspapers listed as a participant, is absent from the official roster.",
    "Zambia, which one blog named as a participant that year, is missing from the published list of participants, and we have not coded it.",
    "Zambia, which local radio counted among the participants, was absent from the final roster.",
])
def test_a_participant_left_out_of_the_record_gives_nothing(second):
    text = "Kenya hosted Justified Accord-2024, with troops from Uganda and Tanzania. " + second
    found = facts(text, "PARTICIPATED_IN")
    assert ("Uganda", "PARTICIPATED_IN", "Justified Accord-2024") in found
    assert not any(source == "Zambia" for source, _, _ in found)


def test_a_list_of_something_else_takes_nothing_back():
    text = ("Kenya hosted Justified Accord-2024, with troops from Uganda and Tanzania. "
            "Zambia, which sent a company to the exercise, is absent from the list of arms buyers.")
    assert ("Zambia", "PARTICIPATED_IN", "Justified Accord-2024") in facts(text, "PARTICIPATED_IN")


# --- a count of exercises names none of them -------------------------------------------------------

@pytest.mark.parametrize("second", [
    "Kazakhstan organised the majority of exercises in our sample.",
    "Kazakhstan hosted most of the drills held in Central Asia that decade.",
    "Over the period Kazakhstan led many exercises, while Uzbekistan's role was smaller.",
])
def test_a_state_organising_many_exercises_hosts_no_exercise_named_before(second):
    text = "Mongolia hosts Khaan Quest-2019 every summer. " + second
    found = facts(text, "HOSTED", "PARTICIPATED_IN")
    assert not any(source == "Kazakhstan" for source, _, _ in found)


def test_an_exercise_named_among_the_many_is_hosted():
    found = facts("Kazakhstan hosted most of the drills in 2023, including Steppe Eagle.", "HOSTED")
    assert ("Kazakhstan", "HOSTED", "Steppe Eagle") in found


# --- "It upgraded its relationship with ..., a status it already held with ..." ----------------

@pytest.mark.parametrize("text", [
    "Indonesia bought Rafales from France in 2022. It upgraded its relationship with Japan to a comprehensive strategic partnership in 2023, a status it already held with India and Australia.",
    "Indonesia bought Rafales from France in 2022. It elevated its ties with Japan to a comprehensive strategic partnership in 2023, a status it had shared with India and Australia since 2018.",
])
def test_an_upgrade_told_with_it_pairs_the_paragraphs_state_with_each(text):
    found = facts(text, "PARTNERS_WITH")
    assert found == {("Indonesia", "PARTNERS_WITH", "Japan"), ("India", "PARTNERS_WITH", "Indonesia"), ("Australia", "PARTNERS_WITH", "Indonesia")}


def test_an_upgrade_told_with_it_after_a_sentence_with_no_fact_is_still_the_paragraphs_state():
    text = "Hanoi has built a web of ties rather than alliances. It upgraded its relationship with Japan to a comprehensive strategic partnership in 2023."
    assert facts(text, "PARTNERS_WITH") == {("Japan", "PARTNERS_WITH", "Vietnam")}


@pytest.mark.parametrize("text", [
    "Indonesia bought Rafales from France in 2022. It may upgrade its relationship with Japan to a comprehensive strategic partnership next year.",
    "Indonesia bought Rafales from France in 2022. It has not upgraded its ties with Japan to a strategic partnership.",
    "Indonesia bought Rafales from France in 2022. It plans to elevate its ties with Japan to a strategic partnership in 2026.",
])
def test_an_upgrade_hedged_negated_or_planned_gives_nothing(text):
    assert not facts(text, "PARTNERS_WITH")


# --- a concessive clause on another deal leaves the first standing ----------------------------------

@pytest.mark.parametrize("text", [
    "Egypt still flies the MiG-29M fighters it bought from Russia in 2015, although its 2018 order for two dozen Su-35s was abandoned in 2021.",
    "Egypt flies the MiG-29M fighters it bought from Russia, though its contract for the Su-35 was later cancelled.",
])
def test_a_deal_for_another_system_undone_in_a_concessive_clause_leaves_the_first(text):
    found = facts(text, "ACQUIRED", "SOLD", "OPERATES")
    assert ("Egypt", "ACQUIRED", "MiG-29M") in found and ("Russia", "SOLD", "MiG-29M") in found
    assert not any(target == "Su-35" for _, _, target in found)


@pytest.mark.parametrize("text", [
    "Egypt ordered Su-35 fighters from Russia in 2018, although its order for the Su-35s was abandoned in 2021.",
    "Egypt ordered Su-35 fighters from Russia in 2018, though the order was cancelled in 2021.",
])
def test_the_same_deal_undone_in_a_concessive_clause_gives_nothing(text):
    assert not facts(text, "ACQUIRED", "SOLD")


# --- a system named before the deal noun ------------------------------------------------------------

@pytest.mark.parametrize("text, buyer, system", [
    ("Qatar signed its own NASAMS contract in 2019, two years after the first talks.", "Qatar", "NASAMS"),
    ("Morocco followed with a Barak MX order of its own in 2022.", "Morocco", "Barak MX"),
    ("In 2021 Croatia inked a Rafale deal worth almost a billion euros.", "Croatia", "Rafale"),
])
def test_a_deal_signed_for_a_system_named_before_the_deal_noun_is_an_acquisition(text, buyer, system):
    assert (buyer, "ACQUIRED", system) in facts(text, "ACQUIRED")


@pytest.mark.parametrize("text", [
    "Qatar may sign its own NASAMS contract next year.",
    "Qatar has not signed a NASAMS contract.",
    "Qatar plans to sign a NASAMS contract in 2027.",
    "Norway signed a NASAMS contract with Qatar in 2019.",
])
def test_a_deal_noun_after_a_system_hedged_negated_planned_or_with_another_side_gives_no_buyer(text):
    assert ("Qatar", "ACQUIRED", "NASAMS") not in facts(text, "ACQUIRED")
    assert ("Norway", "ACQUIRED", "NASAMS") not in facts(text, "ACQUIRED")


# --- "operates it alongside ...": the pronoun's system and the one beside it ------------------------

@pytest.mark.parametrize("text, force, systems", [
    ("Ghana took delivery of five K-8 trainers in 2016, and the Ghana Air Force now operates them alongside older L-39 Albatros jets.",
     "Ghana Air Force", {"K-8", "L-39 Albatros"}),
    ("Bangladesh received the first Yak-130 in 2015. The Bangladesh Air Force flies it together with its K-8 trainers.",
     "Bangladesh Air Force", {"Yak-130", "K-8"}),
])
def test_a_pronoun_object_beside_another_system_is_operated_too(text, force, systems):
    found = facts(text, "OPERATES")
    assert {target for source, _, target in found if source == force} >= systems


def test_a_pronoun_object_beside_another_system_hedged_gives_nothing():
    text = "Ghana took delivery of five K-8 trainers in 2016. The Ghana Air Force may operate them alongside older L-39 Albatros jets."
    assert not facts(text, "OPERATES")


# --- "its MiG-29s were bought from ...": the owner the pronoun stands for buys ------------------------

@pytest.mark.parametrize("text", [
    "Bulgaria is a harder case: its MiG-29s were bought from the Soviet Union in 1989.",
    "Bulgaria is a harder case. Its MiG-29s were bought from the Soviet Union in 1989.",
])
def test_a_system_owned_by_its_and_bought_in_the_passive_is_the_owners(text):
    found = facts(text, "ACQUIRED", "SOLD")
    assert ("Bulgaria", "ACQUIRED", "MiG-29") in found
    assert ("Soviet Union", "SOLD", "MiG-29") in found


@pytest.mark.parametrize("text", [
    "Bulgaria is a harder case. Its MiG-29s may have been bought from the Soviet Union in 1989.",
    "Bulgaria is a harder case. Its MiG-29s were never bought from the Soviet Union.",
])
def test_a_system_owned_by_its_bought_hedged_or_denied_gives_nothing(text):
    assert not facts(text, "ACQUIRED", "SOLD")


# --- one deal or another, none chosen -------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "INDICATORS TO WATCH\n\n- A Kenyan order for Z-10 helicopters or for Western attack helicopters.\n",
    "Signposts: a Kenyan order for Z-10 helicopters or for other attack helicopters would mark a shift.",
    "Kenya is weighing an order for Z-10 helicopters from China or from Western suppliers.",
])
def test_an_order_for_one_thing_or_another_is_no_order(text):
    assert not facts(text, "ACQUIRED", "SOLD")


@pytest.mark.parametrize("text", [
    "Kenya ordered Z-10 helicopters from China in 2022.",
    "Kenya's order for Z-10 helicopters from China was signed in 2022.",
])
def test_an_order_for_one_thing_is_an_order(text):
    assert ("Kenya", "ACQUIRED", "Z-10") in facts(text, "ACQUIRED")
