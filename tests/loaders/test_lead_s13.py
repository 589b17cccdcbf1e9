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


# --- founders named in apposition are members; the apposition ends the list ------------------------

def test_founders_named_in_apposition_are_members():
    text = "The Gulf Cooperation Council grew from its six founders — Bahrain, Kuwait, Oman, Qatar, Saudi Arabia and the United Arab Emirates — into a customs union."
    assert len(facts(text, "MEMBER_OF")) == 6
    text = "The founders of Mercosur, Argentina, Brazil, Paraguay and Uruguay, signed in Asunción in 1991."
    assert facts(text, "MEMBER_OF") == {(s, "MEMBER_OF", "Mercosur") for s in ("Argentina", "Brazil", "Paraguay", "Uruguay")}
    text = "NATO has grown from its twelve founding members, among them Iceland, Portugal and Denmark, to 32 allies."
    assert facts(text, "MEMBER_OF") == {(s, "MEMBER_OF", "North Atlantic Treaty Organization") for s in ("Iceland", "Portugal", "Denmark")}


def test_the_apposition_of_founders_ends_before_the_clause_after_it():
    text = "The founders of Mercosur, Argentina and Brazil, did not invite Chile at first."
    assert facts(text, "MEMBER_OF") == {("Argentina", "MEMBER_OF", "Mercosur"), ("Brazil", "MEMBER_OF", "Mercosur")}


def test_would_be_founders_are_no_members():
    assert facts("The would-be founders of Mercosur, Argentina and Brazil, never met that year.", "MEMBER_OF") == set()


# --- an admission in principle, or a standing below membership told after it, is no membership -----

def test_an_admission_in_principle_is_no_membership():
    for text in (
        "South Sudan was admitted in principle in 2016 and is still an observer.",
        "South Sudan was admitted to the EAC in principle in 2012.",
        "Bolivia joined Mercosur in 2015 but remains an applicant for now.",
    ):
        assert facts(text, "MEMBER_OF") == set(), text


def test_another_state_below_membership_leaves_the_member_alone():
    text = "Kenya joined the EAC in 2000, and Somalia is still an applicant."
    assert ("Kenya", "MEMBER_OF", "East African Community") in facts(text, "MEMBER_OF")


# --- "with Chinese support" is know-how only where something is made -----------------------------

def test_backing_for_a_veto_is_no_transfer_of_technology():
    for text in (
        "Since 2011 Moscow has cast a dozen vetoes on Syria, most of them with Chinese support.",
        "Russia blocked the resolution on Mali with Chinese backing and with Indian help in the corridors.",
    ):
        assert facts(text, "TRANSFERRED_TECHNOLOGY_TO") == set(), text


def test_help_in_making_a_system_is_still_a_transfer_of_technology():
    assert facts("Pakistan built the Babur missile with Chinese help.", "TRANSFERRED_TECHNOLOGY_TO") == {("China", "TRANSFERRED_TECHNOLOGY_TO", "Pakistan")}
    assert facts("With Russian assistance, India assembled the Su-30MKI at Nashik.", "TRANSFERRED_TECHNOLOGY_TO") == {("Russia", "TRANSFERRED_TECHNOLOGY_TO", "India")}


# --- a fleet an owner has is fielded --------------------------------------------------------------

def test_a_fleet_an_owner_has_is_fielded():
    assert facts("Bangladesh has a small mixed fleet of MiG-29s and Yak-130s.", "OPERATES") == {("Bangladesh", "OPERATES", "MiG-29"), ("Bangladesh", "OPERATES", "Yak-130")}
    assert facts("Ecuador kept a squadron of Mirage F1 fighters at Taura until 2011.", "OPERATES") == {("Ecuador", "OPERATES", "Mirage F1")}


def test_a_fleet_denied_or_to_come_is_not_fielded():
    for text in (
        "Bangladesh has no fleet of Su-30s and has not ordered any.",
        "Bangladesh may soon have a fleet of J-10C fighters.",
        "Bangladesh plans to have a squadron of J-10C fighters by 2030.",
    ):
        assert facts(text, "OPERATES") == set(), text
