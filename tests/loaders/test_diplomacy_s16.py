"""Diplomacy and alignment (MEMBER_OF, LEADS, OPPOSES ...) rules of session 16, each written for a
general cause seen in the misses of several development sets.

Every sentence here is written for these tests; none is taken from a corpus or evaluation
document."""
from __future__ import annotations

import pytest

from loaders.extract import extract_text


def stated(text: str, *types: str) -> set[tuple]:
    """(source, type, target) of the relations ``text`` states as fact (planned ones left out)."""
    found = extract_text(text).relations
    return {(r.source, r.type, r.target) for r in found if r.type in types and not r.properties.get("planned")}


# --- an object relative whose subjects founded or joined the body it leaves out -------------------

@pytest.mark.parametrize("text, members, body", [
    ("The Colombo Security Conclave, which India, Sri Lanka and Maldives set up in 2020, holds a yearly meeting.",
     {"India", "Sri Lanka", "Maldives"}, "Colombo Security Conclave"),
    ("The Alliance of Sahel States, which Mali, Niger and Burkina Faso formed in 2023, has left ECOWAS behind.",
     {"Mali", "Niger", "Burkina Faso"}, "Alliance of Sahel States"),
    ("Analysts still argue about the Shanghai Five, which China and Russia created together in 1996.",
     {"China", "Russia"}, "Shanghai Five"),
    ("Her thesis is on the Eurasian Economic Union, that Belarus, Kazakhstan and Russia established in 2015.",
     {"Belarus", "Kazakhstan", "Russia"}, "Eurasian Economic Union"),
    # a bracketed relative, and a second relative after the first
    ("The Shanghai Cooperation Organisation (which Iran joined in 2023) now stretches to the Gulf.",
     {"Iran"}, "Shanghai Cooperation Organisation"),
    ("The Colombo Security Conclave, which India and Sri Lanka established and which Mauritius joined in 2022, met in Male.",
     {"India", "Sri Lanka", "Mauritius"}, "Colombo Security Conclave"),
])
def test_object_relative_founders_and_joiners_are_members(text, members, body):
    assert {(m, "MEMBER_OF", body) for m in members} <= stated(text, "MEMBER_OF")


@pytest.mark.parametrize("text", [
    # what was set up is no organization: nothing is joined
    "The base, which Russia set up in 2015, lies close to the border.",
    "The fund, which China and Russia created in 2014, finances pipelines.",
    # set up with an object of its own, or with no founder named
    "Russia established in 2015 a new air base, and NATO took note.",
    "The Eurasian Economic Union was established in 2015.",
    # denied and planned foundings
    "The Colombo Security Conclave, which India and Sri Lanka did not set up, meets yearly.",
])
def test_object_relative_with_no_body_founded_gives_no_member(text):
    assert not stated(text, "MEMBER_OF")


# --- fellow members named between "with" and the body they work in ------------------------------

@pytest.mark.parametrize("text, members, body", [
    ("Canada pools signals intelligence with Australia, New Zealand, the United Kingdom and the United States in the Five Eyes.",
     {"Canada", "Australia", "New Zealand", "United Kingdom", "United States"}, "Five Eyes"),
    ("Japan works with the United States, Australia and India in the Quad on maritime awareness.",
     {"Japan", "United States", "Australia", "India"}, "Quadrilateral Security Dialogue"),
    ("For two decades Germany has lobbied with Brazil, India and Japan in the Group of Four.",
     {"Germany", "Brazil", "India", "Japan"}, "Group of Four"),
    ("Last year Singapore exercised regularly with Malaysia and Australia in the Five Power Defence Arrangements.",
     {"Singapore", "Malaysia", "Australia"}, "Five Power Defence Arrangements"),
])
def test_fellows_with_the_subject_in_a_body_are_members(text, members, body):
    assert {(m, "MEMBER_OF", body) for m in members} <= stated(text, "MEMBER_OF")


@pytest.mark.parametrize("text", [
    # a sea, a place or a firm after "in", a force among the names, or a denied tie
    "Russia trained with China in the Sea of Japan.",
    "India signed a deal with Russia in New Delhi.",
    "The Shanghai Cooperation Organisation met in May. In 2023 Bangladesh held a drill with the Indian Navy in the Bay of Bengal.",
    "Canada does not share intelligence with France in the Five Eyes.",
    "Brazil hopes to work with Germany and Japan in the Group of Four.",
])
def test_with_names_in_no_body_gives_no_member(text):
    assert not stated(text, "MEMBER_OF")


# --- the rulers of a state, or their seizure of power, opposed by the place they rule ---------------

@pytest.mark.parametrize("text, expected", [
    ("France, which has condemned the juntas in Bamako and Niamey, pulled its last troops out.",
     {("France", "OPPOSES", "Mali"), ("France", "OPPOSES", "Niger")}),
    ("Ghana opposed the military takeover in Niger and backs ECOWAS.", {("Ghana", "OPPOSES", "Niger")}),
    ("Within hours the African Union had condemned the coup in Gabon.", {("African Union", "OPPOSES", "Gabon")}),
    ("Washington has long opposed the regime in Damascus.", {("United States", "OPPOSES", "Syria")}),
    ("Nigeria criticised the crackdown in Mali last week.", {("Nigeria", "OPPOSES", "Mali")}),
])
def test_rulers_or_coup_in_a_state_opposed_oppose_the_state(text, expected):
    assert stated(text, "OPPOSES") == expected


@pytest.mark.parametrize("text", [
    "Ghana did not condemn the coup in Niger.",
    "Ghana may yet condemn the coup in Niger.",
    "Ghana condemned the violence in Sudan.",  # what is condemned is no ruler of the place
    "Nigeria praised the transition in Mali.",
])
def test_rulers_in_a_state_not_opposed_give_nothing(text):
    assert not stated(text, "OPPOSES")


# --- a "-led" noun told of a body by a copula -----------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("The Collective Security Treaty Organization (CSTO) is a Russian-led military alliance of six states.",
     ("Russia", "LEADS", "Collective Security Treaty Organization")),
    ("The CSTO has always been a Russia-led alliance.", ("Russia", "LEADS", "Collective Security Treaty Organization")),
    ("From the start the Shanghai Cooperation Organisation was a Chinese-led club.",
     ("China", "LEADS", "Shanghai Cooperation Organisation")),
    ("The Combined Maritime Forces remain a US-led naval coalition.", ("United States", "LEADS", "Combined Maritime Forces")),
])
def test_led_noun_after_a_copula_names_the_leader(text, expected):
    assert expected in stated(text, "LEADS")


@pytest.mark.parametrize("text", [
    "The Shanghai Cooperation Organisation is not a Chinese-led club.",
    "The Shanghai Cooperation Organisation is hardly a Chinese-led bloc.",
    "Some claim that the Shanghai Cooperation Organisation might become a Chinese-led bloc.",
])
def test_led_noun_denied_or_hedged_names_no_leader(text):
    assert not stated(text, "LEADS")


# --- a security agreement signed between two states is a partnership ------------------------------

@pytest.mark.parametrize("text, pair", [
    ("Honiara signed a security agreement with Beijing in 2022.", {"China", "Solomon Islands"}),
    ("Vanuatu and Australia concluded a bilateral security agreement in December 2022.", {"Australia", "Vanuatu"}),
    ("The security agreement between Papua New Guinea and the United States entered into force in 2023.", {"Papua New Guinea", "United States"}),
    ("A Solomon Islands–China security agreement was signed in 2022.", {"China", "Solomon Islands"}),
])
def test_security_agreement_between_states_is_a_partnership(text, pair):
    assert {frozenset((a, b)) for a, _, b in stated(text, "PARTNERS_WITH")} == {frozenset(pair)}


@pytest.mark.parametrize("text", [
    "Vanuatu has not signed a security agreement with China.",
    "Vanuatu may sign a security agreement with China next year.",
    "Vanuatu plans to sign a security agreement with China.",
    "Vanuatu signed a fisheries agreement with China in 2022.",
])
def test_security_agreement_denied_or_planned_is_no_partnership(text):
    assert not stated(text, "PARTNERS_WITH")


# --- partners of a body (its outer tier) are no partnership between the states ----------------------

@pytest.mark.parametrize("text", [
    "Finland and Sweden joined the drill while they were still partners of NATO and not members.",
    "Austria and Ireland have long worked with the alliance as partners, though neither has applied to join.",
    "Japan and Australia are dialogue partners of ASEAN.",
    "India and Pakistan were dialogue partners of the SCO before 2017.",
    "Sweden and Finland took part as partners.",
])
def test_partners_of_a_body_are_no_pair(text):
    assert not stated(text, "PARTNERS_WITH")


@pytest.mark.parametrize("text, pair", [
    ("Finland and Sweden became strategic partners in 2020.", {"Finland", "Sweden"}),
    ("Russia and China have been partners since 1996.", {"China", "Russia"}),
    ("Vietnam now calls the United States a partner.", {"United States", "Vietnam"}),
])
def test_partners_with_no_body_are_still_a_pair(text, pair):
    assert {frozenset((a, b)) for a, _, b in stated(text, "PARTNERS_WITH")} == {frozenset(pair)}


# --- a state "bound to" another by a treaty of friendship or defence --------------------------------

@pytest.mark.parametrize("text, pair", [
    ("The Soviet Union, bound to Hanoi by a treaty of friendship signed the year before, sent warships south.", {"Soviet Union", "Vietnam"}),
    ("The veto blocked the admission of Bangladesh, then newly bound to India by a treaty of friendship, in 1972.", {"Bangladesh", "India"}),
    ("North Korea, bound to China by a mutual defence treaty since 1961, relies on its neighbour.", {"China", "North Korea"}),
    ("Tajikistan, long bound to Russia by a security pact, hosts the 201st base.", {"Russia", "Tajikistan"}),
])
def test_bound_by_a_treaty_pairs_the_two_states(text, pair):
    assert {frozenset((a, b)) for a, _, b in stated(text, "PARTNERS_WITH")} == {frozenset(pair)}


@pytest.mark.parametrize("text", [
    "Mongolia, bound to Russia by trade and geography, buys Russian fuel.",
    "Mongolia, not bound to Russia by any treaty of friendship, stays neutral.",
    "Laos, bound to China by a railway loan, owes Beijing billions.",
])
def test_bound_by_no_treaty_is_no_pair(text):
    assert not stated(text, "PARTNERS_WITH")


# --- a body's entrants listed with the year each came in -----------------------------------------

@pytest.mark.parametrize("text, members, body", [
    ("The SCO has grown since 2001: India and Pakistan in 2017, Iran in 2023, Belarus in 2024.",
     {"India", "Pakistan", "Iran", "Belarus"}, "Shanghai Cooperation Organisation"),
    ("Answer to question 6: NATO; Finland in 2023, Sweden in 2024.", {"Finland", "Sweden"}, "North Atlantic Treaty Organization"),
    ("Enlargement of NATO: Poland and Hungary in 1999, Albania in 2009 and Montenegro in 2017.",
     {"Poland", "Hungary", "Albania", "Montenegro"}, "North Atlantic Treaty Organization"),
    ("The BRICS club has expanded: Egypt, Ethiopia and Iran in 2024, Indonesia in January 2025.",
     {"Egypt", "Ethiopia", "Iran", "Indonesia"}, "BRICS"),
])
def test_dated_list_of_entrants_after_a_body_names_members(text, members, body):
    assert {(m, "MEMBER_OF", body) for m in members} <= stated(text, "MEMBER_OF")


@pytest.mark.parametrize("text", [
    "Expected to join NATO: Finland in 2026, Sweden in 2027.",
    "Dialogue partners of the SCO: Turkey in 2012, Egypt in 2022.",
    "Applicants to BRICS: Algeria in 2022, Venezuela in 2023.",
    "Almaz-Antey: Russia in 2020, China in 2021.",
])
def test_dated_list_of_another_tier_names_no_members(text):
    assert not stated(text, "MEMBER_OF")
