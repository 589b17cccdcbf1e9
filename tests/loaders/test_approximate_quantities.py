"""A count given as a bound ("more than 200", "over 40", "up to 12") still names the system
that was sold, bought or fielded; only "rather than" sets a system aside."""
from __future__ import annotations

from tests.loaders.sentences import facts


def test_more_than_a_number_before_a_sold_system():
    found = facts("Moscow has delivered more than 200 Su-30MKI fighters to New Delhi since 2002.", "SOLD", "ACQUIRED")
    assert ("Russia", "SOLD", "Su-30MKI") in found
    assert ("India", "ACQUIRED", "Su-30MKI") in found


def test_a_bound_spelled_out_in_words_before_a_bought_system():
    found = facts("Hanoi bought fewer than ten Kilo-class submarines from Russia.", "SOLD", "ACQUIRED")
    assert ("Vietnam", "ACQUIRED", "Kilo-class submarine") in found
    assert ("Russia", "SOLD", "Kilo-class submarine") in found


def test_less_than_a_number_before_an_operated_system():
    assert ("Algeria", "OPERATES", "MiG-29") in facts("Algeria still flies less than 30 MiG-29 fighters.", "OPERATES")


def test_no_more_than_is_still_a_count():
    assert ("Egypt", "ACQUIRED", "Rafale") in facts("Egypt has so far received no more than 24 Rafale jets from France.", "ACQUIRED")


def test_over_around_and_up_to_a_number_are_counts_too():
    for bound in ("over 200", "around 40", "up to 12", "under 30"):
        found = facts(f"Russia delivered {bound} Su-30MKI fighters to India.", "SOLD", "ACQUIRED")
        assert ("Russia", "SOLD", "Su-30MKI") in found, bound
        assert ("India", "ACQUIRED", "Su-30MKI") in found, bound


def test_over_a_place_still_places():
    assert ("Russia", "PATROLLED", "Sea of Japan") in facts("Russian Tu-95MS bombers patrolled over the Sea of Japan.", "PATROLLED")


def test_a_negated_or_hedged_bound_gives_nothing():
    for sentence in (
        "Russia has not delivered more than 200 Su-30MKI fighters to India.",
        "Russia may deliver more than 200 Su-30MKI fighters to India.",
    ):
        assert facts(sentence, "SOLD", "ACQUIRED") == set(), sentence


def test_rather_than_still_sets_the_other_system_aside():
    found = facts("India bought Rafale jets from France rather than Su-35 fighters.", "ACQUIRED")
    assert ("India", "ACQUIRED", "Rafale") in found
    assert ("India", "ACQUIRED", "Su-35") not in found
