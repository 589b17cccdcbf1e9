"""What a new author's set (dev48: regional dailies, ministry statements and translations)
showed the rules missing: a subject kept across a relative clause that holds a list or
ends before an adverbial of time, places glossed in brackets, and the other causes below.
Every sentence here is written for these tests; none is taken from a corpus or evaluation
document."""
from __future__ import annotations

import pytest

from tests.loaders.sentences import facts


# --- a relative clause between the subject and its verb -------------------------------------------

@pytest.mark.parametrize("text", [
    "Kenya, which signed the accord in 2019 together with Uganda, Rwanda and Tanzania, bought six Z-9 helicopters from China.",
    "Kenya, which is a close partner of Beijing, ordered in 2022 six Z-9 helicopters from China.",
    "Kenya, which joined the talks with Uganda, Rwanda and Tanzania, purchased in March six Z-9 helicopters from China.",
])
def test_the_subject_before_a_relative_clause_buys(text):
    found = facts(text, "ACQUIRED", "SOLD")
    assert ("Kenya", "ACQUIRED", "Z-9") in found
    assert ("China", "SOLD", "Z-9") in found


@pytest.mark.parametrize("text", [
    "Kenya, which signed the accord in 2019 together with Uganda, Rwanda and Tanzania, may buy six Z-9 helicopters from China.",
    "Kenya, which is a close partner of Beijing, has not ordered the Z-9 helicopters from China.",
    "Kenya, which joined the talks with Uganda and Rwanda, plans to purchase six Z-9 helicopters from China.",
])
def test_the_subject_before_a_relative_clause_hedged_or_negated_buys_nothing(text):
    assert not facts(text, "ACQUIRED", "SOLD")


# --- a place glossed in brackets by another place's name -------------------------------------------

@pytest.mark.parametrize("text, place", [
    ("In the East Sea (South China Sea), Vietnamese and Indian ships drilled together in 2023.", "South China Sea"),
    ("Vietnamese and Indian warships drilled in the East Sea (South China Sea) last spring.", "South China Sea"),
])
def test_a_place_glossed_in_brackets_is_the_bracketed_place(text, place):
    found = facts(text, "DRILLED_IN")
    assert found and all(target == place for _, _, target in found)


def test_a_glossed_place_in_a_planned_drill_gives_nothing():
    assert not facts("Vietnamese and Indian ships may drill in the East Sea (South China Sea) next year.", "DRILLED_IN")


# --- strikes and fire exchanged across a border ----------------------------------------------------

@pytest.mark.parametrize("text", [
    "In May 2025 Pakistan and India exchanged missile and drone strikes for four days.",
    "Armenia and Azerbaijan exchanged artillery and mortar fire in September 2022.",
    "After three days of artillery and rocket fire along the border between Thailand and Cambodia, talks began in Kuala Lumpur.",
    "Tank and mortar fire across the border between Armenia and Azerbaijan killed dozens in 2022.",
])
def test_strikes_or_fire_exchanged_are_a_clash(text):
    found = facts(text, "CLASHED_WITH")
    assert len(found) == 1


@pytest.mark.parametrize("text", [
    "Pakistan and India may exchange missile and drone strikes again, analysts fear.",
    "Officials denied that Armenia and Azerbaijan exchanged artillery and mortar fire in 2024.",
    "There was no artillery fire along the border between Thailand and Cambodia in 2024.",
    "Rocket fire along the border worried residents of both countries.",
])
def test_feared_denied_or_unnamed_fire_is_no_clash(text):
    assert not facts(text, "CLASHED_WITH")


# --- an initiative a restrictive relative clause says its subject launched --------------------------

@pytest.mark.parametrize("text, leader, led", [
    ("Kenya joined the Belt and Road Initiative which China launched in 2013.", "China", "Belt and Road Initiative"),
    ("Ports built under the Belt and Road Initiative which President Xi Jinping launched in 2013 now dot the coast.", "China", "Belt and Road Initiative"),
    ("Few states have left the Belt and Road Initiative that Beijing launched in 2013.", "China", "Belt and Road Initiative"),
])
def test_a_restrictive_relative_names_who_launched_it(text, leader, led):
    assert (leader, "LEADS", led) in facts(text, "LEADS")


@pytest.mark.parametrize("text", [
    "Kenya joined the Belt and Road Initiative which China may relaunch next year.",
    "Kenya joined the Belt and Road Initiative which China never led alone.",
])
def test_a_restrictive_relative_hedged_or_negated_leads_nothing(text):
    assert not facts(text, "LEADS")


# --- a sanctions target said not to be one ----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The American sanctions of 2024 were imposed not on Pakistan as such but on four firms of its missile programme.",
    "London imposed sanctions not on Iran itself but on three of its shipping companies.",
    "The measures are aimed not at Belarus but at its potash exporters, and were imposed by the EU.",
])
def test_a_target_said_not_to_be_sanctioned_is_not(text):
    found = facts(text, "SANCTIONED")
    assert not {t for _, _, t in found} & {"Pakistan", "Iran", "Belarus"}


def test_a_target_sanctioned_beside_one_said_not_to_be_is_kept():
    found = facts("The EU imposed sanctions on Belarus in 2021, and not on Russia.", "SANCTIONED")
    assert ("European Union", "SANCTIONED", "Belarus") in found
    assert ("European Union", "SANCTIONED", "Russia") not in found


# --- a second predicate after ", and" with the subject left out ---------------------------------------

@pytest.mark.parametrize("text", [
    "The draft on Yemen was not adopted, owing to the negative vote of Russia, and the Council commends Kenya and Ghana for their stance.",
    "The draft on Yemen was not adopted owing to the negative vote of Russia, and strongly commends Kenya and Ghana for their stance.",
])
def test_states_a_second_predicate_names_are_no_subject_of_the_veto(text):
    found = facts(text, "VETOED")
    assert ("Russia", "VETOED", "Yemen") in found
    assert not {t for _, _, t in found} & {"Kenya", "Ghana"}


def test_a_draft_short_of_votes_after_a_second_predicate_is_no_veto():
    assert not facts("The draft on Yemen was not adopted for lack of votes, and the Council commends Kenya and Ghana for their stance.", "VETOED")


# --- the African Union's Peace and Security Council -------------------------------------------------

def test_the_african_peace_and_security_council_is_not_the_security_council():
    text = ("The Peace and Security Council of the African Union met on 3 May 2023. "
            "The Council strongly condemns the support of Rwanda to the armed groups in Kivu.")
    found = facts(text, "OPPOSES")
    assert ("Peace and Security Council", "OPPOSES", "Rwanda") in found
    assert ("United Nations Security Council", "OPPOSES", "Rwanda") not in found


def test_the_african_council_expressing_concern_opposes_no_one():
    text = ("The Peace and Security Council of the African Union met on 3 May 2023. "
            "The Council expresses concern over reports about Rwanda, not yet verified.")
    assert not facts(text, "OPPOSES")


# --- a relative clause opened by a preposition, a clause of purpose -----------------------------------

@pytest.mark.parametrize("text", [
    "The Egyptian Rafale fighters, for which France has trained the pilots, fly patrols over Sinai.",
    "The Algerian Su-30MKA fleet, with which Russia has helped for years, flies from Oum Bouaghi.",
])
def test_the_state_in_a_prepositional_relative_operates_nothing(text):
    found = facts(text, "OPERATES")
    assert not {s for s, _, _ in found} & {"France", "Russia"}


@pytest.mark.parametrize("text", [
    "Egypt, for which Russia built a nuclear plant, bought the Su-35 from Moscow in 2018.",
    "Turkey, with whom Washington had quarrelled for years, bought the S-400 from Russia in 2017.",
])
def test_the_subject_before_a_prepositional_relative_keeps_its_verb(text):
    found = facts(text, "ACQUIRED")
    buyer = "Egypt" if text.startswith("Egypt") else "Turkey"
    assert {s for s, _, _ in found} == {buyer}


def test_the_subject_before_a_prepositional_relative_hedged_buys_nothing():
    assert not facts("Egypt, for which Russia built a nuclear plant, may buy the Su-35 from Moscow.", "ACQUIRED")


@pytest.mark.parametrize("text", [
    "The Vietnamese and Chinese navies held joint patrols in the Gulf of Tonkin in 2024, so that nobody should see the talks with India as hostile.",
    "Russian and Chinese bombers patrolled over the Sea of Japan in 2023, in order that Washington and Tokyo take note.",
])
def test_states_in_a_clause_of_purpose_patrol_nothing(text):
    found = facts(text, "PATROLLED")
    assert found
    assert not {s for s, _, _ in found} & {"India", "United States", "Japan"}


# --- Kazakhstan's naval forces ---------------------------------------------------------------------

def test_kazakhstans_naval_forces_drill_as_a_force_of_kazakhstan():
    found = facts("Ships of the Kazakh Naval Forces carried out drills with live firing in the Caspian Sea in July 2023.")
    assert ("Naval Forces of Kazakhstan", "DRILLED_IN", "Caspian Sea") in found
    assert ("Naval Forces of Kazakhstan", "ARMED_FORCE_OF", "Kazakhstan") in found


def test_kazakhstans_naval_forces_planning_drills_drill_nowhere():
    assert not facts("The Kazakh Naval Forces plan to drill in the Caspian Sea next summer.", "DRILLED_IN")


# --- members set off by "namely" -----------------------------------------------------------------

@pytest.mark.parametrize("text, body, members", [
    ("The Council thanks the three African members of the Security Council at that time, namely Kenya, Gabon and Ghana, for their work.",
     "United Nations Security Council", {"Kenya", "Gabon", "Ghana"}),
    ("The founding members of the CSTO, namely Russia, Armenia and Kazakhstan, met in Moscow in 2002.",
     "Collective Security Treaty Organization", {"Russia", "Armenia", "Kazakhstan"}),
    ("The founders of the Shanghai Five, that is China, Russia, Kazakhstan, Kyrgyzstan and Tajikistan, met in 1996.",
     "Shanghai Five", {"China", "Russia", "Kazakhstan", "Kyrgyzstan", "Tajikistan"}),
])
def test_states_set_off_by_namely_are_members(text, body, members):
    found = {s for s, _, t in facts(text, "MEMBER_OF") if t == body}
    assert members <= found


@pytest.mark.parametrize("text", [
    "The observers of the SCO, namely Mongolia and Belarus, sent envoys in 2019.",
    "The would-be members of the SCO, namely Iran and Belarus, applied in 2019.",
    "The dialogue partners of the SCO, namely Turkey and Egypt, were invited.",
])
def test_observers_or_applicants_set_off_by_namely_are_not_members(text):
    assert not facts(text, "MEMBER_OF")


# --- a second predicate of the same subject after ", and" ------------------------------------------

@pytest.mark.parametrize("text, fact", [
    ("Vietnam has not bought the BrahMos, and operates the Kilo-class submarines it got from Russia.", ("Vietnam", "OPERATES", "Kilo-class submarine")),
    ("Argentina may one day buy the JF-17, and flies the F-16 already since 2024.", ("Argentina", "OPERATES", "F-16")),
])
def test_a_hedge_or_negation_stays_in_its_own_predicate(text, fact):
    assert fact in facts(text)


@pytest.mark.parametrize("text", [
    "Vietnam has not bought the BrahMos, and may never operate the Kilo-class submarines it wanted from Russia.",
    "Argentina has not bought the JF-17, and is not flying the F-16 yet.",
])
def test_a_second_predicate_with_its_own_hedge_gives_nothing(text):
    assert not facts(text, "OPERATES")
