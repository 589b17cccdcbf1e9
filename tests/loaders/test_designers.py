""""Designs" in the present tense names the maker as surely as "designed" does; the noun
("its own designs") names nobody."""
from __future__ import annotations

from tests.loaders.sentences import facts


def test_a_company_that_designs_a_system_produced_it():
    found = facts("Regulators listed Almaz-Antey, which designs the S-400 air-defence system, among the targets.", "PRODUCED")
    assert ("Almaz-Antey", "PRODUCED", "S-400") in found


def test_designs_in_a_list_of_verbs():
    assert ("Saab", "PRODUCED", "JAS 39 Gripen") in facts("In Linköping, Saab designs and assembles the Gripen.", "PRODUCED")


def test_a_state_that_designs_a_system():
    assert ("China", "PRODUCED", "J-20") in facts("China designs the J-20 stealth fighter entirely at home.", "PRODUCED")


def test_negated_hedged_and_noun_designs_give_nothing():
    for sentence in (
        "Almaz-Antey no longer designs the S-300.",
        "Saab may design a successor to the Gripen.",
        "India has shown more interest in its own designs than in the Su-57.",
    ):
        assert facts(sentence, "PRODUCED") == set(), sentence
