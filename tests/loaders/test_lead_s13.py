"""Faults the lead found in session 13 by running `extract` on notes of his own (a country brief,
a ministers' readout). Each case is a new sentence, with twins where a twin says something else."""
from __future__ import annotations

from tests.loaders.sentences import facts


# --- a kind of system the sentence names itself is not the system named before it -----------------

def test_boats_a_yard_built_are_not_the_missile_named_before_them():
    for text in (
        "Manila took its first BrahMos batteries in 2024. The patrol boats were built by Goa Shipyard.",
        "Manila took its first BrahMos batteries in 2024. Twelve fast boats were built by Goa Shipyard.",
        "Hanoi thanked New Delhi for the BrahMos talks and for twelve patrol boats built by Larsen & Toubro.",
        "Cairo flies the Rafale. The frigates were built by Fincantieri.",
    ):
        assert facts(text, "PRODUCED") == set(), text


def test_a_description_of_the_same_kind_still_takes_the_system_named_before_it():
    text = "Manila took its first BrahMos batteries in 2024. The missiles were built by BrahMos Aerospace."
    assert ("BrahMos Aerospace", "PRODUCED", "BrahMos") in facts(text, "PRODUCED")
    text = "Algeria ordered two MEKO A-200 frigates in 2012. The frigates were built by TKMS in Kiel."
    assert ("ThyssenKrupp Marine Systems", "PRODUCED", "MEKO A-200") in facts(text, "PRODUCED")


# --- a source right behind another system in a later clause is that system's -----------------------

def test_sources_of_a_rejected_offer_in_a_later_clause_are_not_the_sellers():
    text = ("Last year the Argentine Air Force took the first of 24 F-16s bought from Denmark, closing a search "
            "that saw offers of the JF-17 from Pakistan and China turned down.")
    assert facts(text, "SOLD") == {("Denmark", "SOLD", "F-16")}
    assert {f for f in facts(text, "ACQUIRED") if f[2] == "F-16"} == {("Argentine Air Force", "ACQUIRED", "F-16")}
    text = "Peru bought Su-25s from Belarus in 1998, while an offer of the Mirage 2000 from France was declined."
    assert facts(text, "SOLD") == {("Belarus", "SOLD", "Su-25")}


def test_sources_joined_to_the_goods_by_and_still_go_to_each():
    text = "Egypt bought MiG-29M fighters from Russia and Rafale jets from France."
    assert facts(text, "SOLD") == {("Russia", "SOLD", "MiG-29M"), ("France", "SOLD", "Rafale")}


# --- "ships" after a name, before "from", is the noun, not the verb -----------------------------

def test_ships_named_before_their_source_are_goods_not_a_shipping():
    text = "In 2015 Cairo ordered Rafale jets and Gowind ships from France."
    assert facts(text, "SOLD") == {("France", "SOLD", "Rafale")}
    assert ("Egypt", "ACQUIRED", "Rafale") in facts(text, "ACQUIRED")


def test_ships_as_a_verb_is_still_a_transfer():
    assert facts("Every spring Ankara ships Bayraktar TB2 drones to Kyiv.", "SOLD") == {("Turkey", "SOLD", "Bayraktar TB2")}
