"""A state's or force's fleet of a type says who operates the type: "India's Su-30MKI fleet",
"Egypt's fleet of French-built Rafale jets"."""
from __future__ import annotations

from tests.loaders.sentences import facts


def test_a_type_named_before_fleet():
    assert ("India", "OPERATES", "Su-30MKI") in facts("Delays have grounded part of India's Su-30MKI fleet this year.", "OPERATES")


def test_a_force_s_type_fleet():
    found = facts("The Pakistan Air Force's JF-17 fleets now fly from four bases.", "OPERATES")
    assert ("Pakistan Air Force", "OPERATES", "JF-17") in found


def test_a_fleet_of_a_type_built_elsewhere():
    found = facts("Egypt's growing fleet of French-built Rafale jets needs new hangars.", "OPERATES")
    assert ("Egypt", "OPERATES", "Rafale") in found
    assert ("France", "OPERATES", "Rafale") not in found


def test_the_maker_is_not_the_operator():
    found = facts("Egypt's fleet of Russian-made MiG-29 fighters is shrinking.", "OPERATES")
    assert ("Russia", "OPERATES", "MiG-29") not in found


def test_negated_or_hedged_fleets_give_nothing():
    for sentence in (
        "India has no Su-35 fleet.",
        "Egypt may one day have a fleet of Su-35 fighters.",
        "Reports of Egypt's Su-35 fleet have never been confirmed.",
    ):
        assert facts(sentence, "OPERATES") == set(), sentence


def test_a_retraction_in_another_clause_leaves_the_fleet_standing():
    found = facts("India's Su-30MKI fleet keeps growing, but the Su-35 deal fell through.", "OPERATES")
    assert ("India", "OPERATES", "Su-30MKI") in found
