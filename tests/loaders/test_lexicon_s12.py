"""Breadth of the trigger lexicon (issue #3): the words writers in different registers use for
each relation, beyond the verbs the rules began with. Each family of new cues has a positive
case, and negated, hedged or planned twins that must give nothing. Every sentence here is
written for these tests; none is taken from a corpus or evaluation document."""
from __future__ import annotations

import pytest

from tests.loaders.sentences import facts


# --- MEMBER_OF: a membership won, granted or signed ------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Iran gained full membership of the Shanghai Cooperation Organisation in July 2023.",
     ("Iran", "MEMBER_OF", "Shanghai Cooperation Organisation")),
    ("After two years as an applicant, Egypt was granted membership of BRICS in 2024.",
     ("Egypt", "MEMBER_OF", "BRICS")),
    ("Pakistan secured membership in the Shanghai Cooperation Organisation at the Astana summit in 2017.",
     ("Pakistan", "MEMBER_OF", "Shanghai Cooperation Organisation")),
    ("India was formally inducted into the Shanghai Cooperation Organisation in 2017, the ministry noted.",
     ("India", "MEMBER_OF", "Shanghai Cooperation Organisation")),
    ("Kazakhstan, a signatory to the Collective Security Treaty Organization, hosted the summit.",
     ("Kazakhstan", "MEMBER_OF", "Collective Security Treaty Organization")),
])
def test_membership_won_or_granted(text, expected):
    assert expected in facts(text, "MEMBER_OF")


@pytest.mark.parametrize("text", [
    "Iran has not gained full membership of the Shanghai Cooperation Organisation.",
    "Iran could be granted membership of BRICS next year.",
    "Diplomats said Iran is expected to be granted membership of BRICS at the next summit.",
    "Ukraine has not been inducted into NATO.",
    "Georgia is not a signatory to the Collective Security Treaty Organization.",
    "Turkey hopes to secure membership of BRICS before 2030.",
])
def test_membership_won_negated_hedged_or_planned(text):
    assert not facts(text, "MEMBER_OF")


# --- CLASHED_WITH: blows, scuffles, gunfire, confrontations and offensives --------------------

@pytest.mark.parametrize("text, expected", [
    ("Indian and Chinese soldiers came to blows in the Galwan Valley in June 2020.", {"India", "China"}),
    ("Chinese and Indian border troops scuffled at Naku La in January 2021, the army said.", {"India", "China"}),
    ("Armenia and Azerbaijan exchanged gunfire along the border in 2021.", {"Armenia", "Azerbaijan"}),
    ("Georgia's armed confrontation with Russia in August 2008 lasted five days.", {"Georgia", "Russia"}),
    ("In February 2022 Russia launched a full-scale offensive against Ukraine.", {"Russia", "Ukraine"}),
])
def test_clash_in_other_words(text, expected):
    assert any({source, target} == expected for source, _, target in facts(text, "CLASHED_WITH"))


@pytest.mark.parametrize("text", [
    "Russia launched a diplomatic offensive against Ukraine at the United Nations.",
    "Indian and Chinese soldiers did not come to blows in 2022.",
    "Officials feared that Indian and Chinese soldiers might come to blows.",
    "Armenia and Azerbaijan have not exchanged gunfire since 2023.",
    "Russia is preparing to launch an offensive against Ukraine, analysts warned.",
    "Russia might have mounted an offensive against Ukraine.",
])
def test_clash_in_other_words_negated_hedged_or_planned(text):
    assert not facts(text, "CLASHED_WITH")


# --- PARTNERS_WITH: mutual assistance and cooperation instruments --------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Russia and North Korea signed a mutual assistance treaty in 2024.", {"Russia", "North Korea"}),
    ("Moscow and Pyongyang concluded a treaty on mutual assistance in June 2024.", {"Russia", "North Korea"}),
    ("Japan and Australia signed a security cooperation declaration in March 2007.", {"Japan", "Australia"}),
    ("India signed a defence cooperation memorandum with Vietnam in 2022.", {"India", "Vietnam"}),
])
def test_partnership_instruments(text, expected):
    assert any({source, target} == expected for source, _, target in facts(text, "PARTNERS_WITH"))


@pytest.mark.parametrize("text", [
    "Russia and North Korea have not signed a mutual assistance treaty.",
    "Russia and North Korea may sign a mutual assistance treaty.",
    "Russia and North Korea plan to sign a mutual assistance treaty next year.",
    "Japan and Australia are negotiating a security cooperation declaration.",
])
def test_partnership_instruments_negated_hedged_or_planned(text):
    assert not facts(text, "PARTNERS_WITH")


# --- OPPOSES: the reproach of wire copy and diplomatic readouts ----------------------------------

@pytest.mark.parametrize("text, expected", [
    ("At a briefing on Tuesday, Russia railed against NATO's new command in Finland.", ("Russia", "OPPOSES", "North Atlantic Treaty Organization")),
    ("Beijing hit out at the Quad after the leaders' summit in 2021.", ("China", "OPPOSES", "Quadrilateral Security Dialogue")),
    ("Beijing took issue with Washington's arms package for Taipei.", ("China", "OPPOSES", "United States")),
    ("China lambasted the United States over the Taiwan transit in 2023.", ("China", "OPPOSES", "United States")),
    ("In a sharply worded note, China castigated Japan for its new defence guidelines.", ("China", "OPPOSES", "Japan")),
    ("Beijing rebuked Tokyo over the Senkaku patrols.", ("China", "OPPOSES", "Japan")),
    ("Moscow assailed the United States for the sanctions in 2022.", ("Russia", "OPPOSES", "United States")),
    ("China deplored Japan's decision to release the water.", ("China", "OPPOSES", "Japan")),
    ("Russia took aim at NATO in its new maritime doctrine.", ("Russia", "OPPOSES", "North Atlantic Treaty Organization")),
])
def test_reproach_in_other_words(text, expected):
    assert expected in facts(text, "OPPOSES")


@pytest.mark.parametrize("text", [
    "China did not rebuke Japan in 2021.",
    "China has not castigated Japan for the guidelines.",
    "China might take issue with Japan's guidelines.",
    "China is expected to hit out at the Quad this week.",
    "Analysts doubt that Russia railed against NATO at the meeting.",
])
def test_reproach_negated_hedged_or_planned(text):
    assert not facts(text, "OPPOSES")


# --- VETOED: a text scuppered, sunk, stymied or stonewalled ------------------------------------

@pytest.mark.parametrize("text, vetoers", [
    ("Russia scuppered a Security Council draft on Syria in 2019.", {"Russia"}),
    ("In September 2019 Russia sank a Security Council resolution on Syria.", {"Russia"}),
    ("China and Russia stonewalled a Security Council resolution on North Korea in May 2022.", {"China", "Russia"}),
    ("Moscow stymied the Security Council resolution on Syria in 2019.", {"Russia"}),
])
def test_veto_in_other_words(text, vetoers):
    assert vetoers <= {source for source, _, _ in facts(text, "VETOED")}


@pytest.mark.parametrize("text", [
    "Russia has not scuppered a Security Council draft on Syria.",
    "Russia could scupper a Security Council draft on Syria.",
    "Diplomats expect that Russia will stonewall the Security Council resolution on Syria.",
    "Russia sank a Ukrainian patrol boat in the Sea of Azov in 2018.",
])
def test_veto_in_other_words_negated_hedged_or_not_a_text(text):
    assert not facts(text, "VETOED")


# --- ACQUIRED: a recipient, a major customer, a purchase snapped up ----------------------------

@pytest.mark.parametrize("text, expected", [
    ("China was the first recipient of the Su-35, taking 24 in 2016-2018.", ("China", "ACQUIRED", "Su-35")),
    ("Egypt is a major customer for the Su-35, an encyclopedia entry notes.", ("Egypt", "ACQUIRED", "Su-35")),
    ("Vietnam snapped up six Kilo-class submarines from Russia.", ("Vietnam", "ACQUIRED", "Kilo-class submarine")),
])
def test_acquisition_in_other_words(text, expected):
    assert expected in facts(text, "ACQUIRED")


@pytest.mark.parametrize("text", [
    "Vietnam has not snapped up any Kilo-class submarines.",
    "Indonesia could be the first recipient of the Su-35 in the region.",
    "Egypt is not a major customer for the Su-35.",
    "Indonesia wants to be a major customer for the Su-35.",
])
def test_acquisition_in_other_words_negated_or_hedged(text):
    assert not facts(text, "ACQUIRED")


# --- PRODUCED: churned out ------------------------------------------------------------------------

def test_production_churned_out():
    assert ("Almaz-Antey", "PRODUCED", "S-400") in facts("Almaz-Antey churns out S-400 launchers at Nizhny Novgorod.", "PRODUCED")


@pytest.mark.parametrize("text", [
    "Almaz-Antey has not churned out S-400 launchers since the fire.",
    "Almaz-Antey could churn out S-400 launchers faster, the minister said.",
    "Almaz-Antey plans to churn out S-400 launchers in Nizhny Novgorod.",
])
def test_production_churned_out_negated_hedged_or_planned(text):
    assert not facts(text, "PRODUCED")


# --- OPERATES: operational with, on strength, in its inventory ---------------------------------

@pytest.mark.parametrize("text, expected", [
    ("The S-400 is operational with the Russian Aerospace Forces.", ("Russian Aerospace Forces", "OPERATES", "S-400")),
    ("The Indian Air Force has the S-400 on strength, according to a reference work.", ("Indian Air Force", "OPERATES", "S-400")),
    ("Vietnam's navy has six Kilo-class submarines in its inventory.", ("Vietnam People's Navy", "OPERATES", "Kilo-class submarine")),
])
def test_operator_in_other_words(text, expected):
    assert expected in facts(text, "OPERATES")


@pytest.mark.parametrize("text", [
    "The Indian Air Force has no S-400 on strength.",
    "The S-400 is not yet operational with the Indian Air Force.",
    "The S-400 may be operational with the Indian Air Force by 2026.",
    "The Indian Air Force hopes to have the S-400 on strength next year.",
])
def test_operator_in_other_words_negated_hedged_or_planned(text):
    assert not facts(text, "OPERATES")


# --- MEMBER_OF: a counted party to an organization's founding treaty ----------------------------

@pytest.mark.parametrize("text, expected", [
    ("Sweden became the thirty-second party to the North Atlantic Treaty in 2024.",
     ("Sweden", "MEMBER_OF", "North Atlantic Treaty Organization")),
    ("Sweden became the 32nd party to the North Atlantic Treaty on 7 March 2024.",
     ("Sweden", "MEMBER_OF", "North Atlantic Treaty Organization")),
])
def test_counted_treaty_party(text, expected):
    assert expected in facts(text, "MEMBER_OF")


@pytest.mark.parametrize("text", [
    "Sweden has not become the 32nd party to the North Atlantic Treaty.",
    "Sweden could become the thirty-second party to the North Atlantic Treaty next year.",
    "Sweden expects to become the 32nd party to the North Atlantic Treaty.",
])
def test_counted_treaty_party_negated_hedged_or_planned(text):
    assert not facts(text, "MEMBER_OF")


# --- PARTICIPATED_IN: partook in, teamed up in ----------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("China's PLA Navy partook in Joint Sea-2019 off Qingdao.", {("PLA Navy", "PARTICIPATED_IN", "Joint Sea-2019")}),
    ("Russian and Chinese warships teamed up in Joint Sea-2021.",
     {("Russia", "PARTICIPATED_IN", "Joint Sea-2021"), ("China", "PARTICIPATED_IN", "Joint Sea-2021")}),
])
def test_participation_in_other_words(text, expected):
    assert expected <= facts(text, "PARTICIPATED_IN")


@pytest.mark.parametrize("text", [
    "The PLA Navy never partook in Joint Sea-2019.",
    "India declined to partake in Vostok-2018.",
    "Russian and Chinese warships may have teamed up in Joint Sea-2021.",
    "Russian and Chinese warships are set to team up in Joint Sea-2026.",
])
def test_participation_in_other_words_negated_hedged_or_planned(text):
    assert not facts(text, "PARTICIPATED_IN")


# --- SOLD / ACQUIRED: a recipient armed with a system ---------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Russia armed Vietnam with six Kilo-class submarines in the 2010s.",
     {("Russia", "SOLD", "Kilo-class submarine"), ("Vietnam", "ACQUIRED", "Kilo-class submarine")}),
    ("Moscow arms Algeria with Su-30MKA fighters, a factbox notes.", {("Russia", "SOLD", "Su-30MKA")}),
    ("The United States armed Ukraine with HIMARS launchers in 2022.", {("United States", "SOLD", "HIMARS")}),
])
def test_armed_with(text, expected):
    assert expected <= facts(text, "SOLD", "ACQUIRED")


@pytest.mark.parametrize("text", [
    "Russia has not armed Vietnam with Kilo-class submarines.",
    "Russia could arm Vietnam with Kilo-class submarines.",
    "Hanoi denies that Russia armed Vietnam with new Kilo-class submarines.",
    # a participle with no recipient, and a state arming its own force
    "Chinese J-16 fighters armed with PL-15 missiles flew over the strait.",
    "Russia armed its Tu-95 bombers with Kh-101 missiles.",
])
def test_armed_with_negated_hedged_or_no_recipient(text):
    assert not facts(text, "SOLD", "ACQUIRED")


# --- OPERATES: a fleet or force maintained or retained ---------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Algeria maintains a fleet of Su-30MKA fighters at Oum El Bouaghi.", ("Algeria", "OPERATES", "Su-30MKA")),
    ("The Vietnamese navy retains a force of six Kilo-class submarines.", ("Vietnam People's Navy", "OPERATES", "Kilo-class submarine")),
])
def test_fleet_maintained(text, expected):
    assert expected in facts(text, "OPERATES")


@pytest.mark.parametrize("text", [
    "Algeria no longer maintains a fleet of MiG-29 fighters.",
    "Algeria hopes to maintain a fleet of Su-57 fighters.",
    "Algeria could maintain a fleet of Su-57 fighters by 2030.",
])
def test_fleet_maintained_negated_hedged_or_planned(text):
    assert not facts(text, "OPERATES")
