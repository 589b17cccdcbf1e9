"""Patrols, exercises and their places missed or wrongly placed across the development sets
(session 10, second cross-set pass), grouped by cause. Every sentence here is written for
these tests in styles unlike the sets; none is taken from a corpus or evaluation document."""
from __future__ import annotations

import pytest

from tests.loaders.sentences import facts


# --- compass words sharing one place name: "the East and South China Seas" ----------------------

@pytest.mark.parametrize("text, expected", [
    ("Their third joint naval patrol, in 2023, took Chinese and Russian warships through the South and East China Seas.",
     {("Russia", "PATROLLED", "South China Sea"), ("China", "PATROLLED", "South China Sea"),
      ("Russia", "PATROLLED", "East China Sea"), ("China", "PATROLLED", "East China Sea")}),
    ("On 30 November Russia and China held their ninth joint air patrol, over the East and South China Seas.",
     {("Russia", "PATROLLED", "East China Sea"), ("China", "PATROLLED", "East China Sea"),
      ("Russia", "PATROLLED", "South China Sea"), ("China", "PATROLLED", "South China Sea")}),
])
def test_a_compass_word_sharing_the_next_name_is_its_own_place(text, expected):
    assert expected <= facts(text, "PATROLLED")


def test_the_east_of_a_shared_china_sea_is_not_the_east_sea():
    found = facts("Russian and Chinese bombers flew a joint patrol over the East and South China Seas.", "PATROLLED")
    assert not {fact for fact in found if fact[2] == "Sea of Japan"}


@pytest.mark.parametrize("text", [
    "Russia and China have not yet flown a joint patrol over the East and South China Seas.",
    "Analysts think Russian and Chinese warships may hold a joint patrol in the South and East China Seas next year.",
    "A joint Russian-Chinese patrol through the western and northern Pacific is planned for the autumn.",
])
def test_shared_compass_names_in_a_denied_or_planned_patrol_give_nothing(text):
    assert not facts(text, "PATROLLED")


def test_the_compass_words_also_place_a_drill():
    found = facts("In 2023 the Vietnamese navy drilled in the East and South China Seas.", "DRILLED_IN")
    assert {fact[2] for fact in found} >= {"East China Sea", "South China Sea"}


@pytest.mark.xfail(strict=True, reason="whether 'the western and northern Pacific' also names the Western Pacific: dev and dev2 give the Pacific Ocean alone, dev3 and dev31 both; left as annotators differ")
def test_western_and_northern_pacific_names_the_western_pacific():
    found = facts("Last summer the Russian and Chinese navies ran a joint patrol through the western and northern Pacific.", "PATROLLED")
    assert ("Russian Navy", "PATROLLED", "Western Pacific") in found


# --- a host's guests told as "together with units of ...": participants, not co-hosts -------------

@pytest.mark.parametrize("text, guests, host", [
    ("Kazakh sappers took part in Rubezh-2023, which Kyrgyzstan hosted near Balykchy together with units of Russia and Tajikistan.",
     {"Russia", "Tajikistan", "Kazakhstan"}, "Kyrgyzstan"),
    ("Egypt hosted Bright Star in 2023 at Mohamed Naguib, together with troops of Greece and Jordan.",
     {"Greece", "Jordan"}, "Egypt"),
    ("Last autumn Belarus hosted Zapad-2021, with forces from Russia and Kazakhstan.",
     {"Russia", "Kazakhstan"}, "Belarus"),
])
def test_units_of_states_beside_a_host_take_part_and_do_not_host(text, guests, host):
    found = facts(text, "PARTICIPATED_IN", "HOSTED")
    assert {fact[0] for fact in found if fact[1] == "HOSTED"} == {host}
    assert guests <= {fact[0] for fact in found if fact[1] == "PARTICIPATED_IN"}


@pytest.mark.parametrize("text, hosts", [
    # a co-host named with the host, not units it sent, still hosts
    ("Egypt co-hosted Bright Star with the United States in 2023.", {"Egypt", "United States"}),
    ("Morocco hosted African Lion with Tunisia, its co-host since 2019.", {"Morocco", "Tunisia"}),
])
def test_a_cohost_beside_the_host_still_hosts(text, hosts):
    assert hosts <= {fact[0] for fact in facts(text, "HOSTED")}


@pytest.mark.parametrize("text", [
    "Belarus will host Zapad-2025 together with units of Russia and Kazakhstan.",
    "Kyrgyzstan was expected to host Rubezh-2023 together with units of Russia, but the drill was cancelled.",
    "Belarus did not host Zapad-2021 together with units of Russia; the drill was held in Russia.",
])
def test_planned_or_denied_hosting_with_units_gives_no_host_nor_guest(text):
    found = facts(text, "PARTICIPATED_IN", "HOSTED")
    assert not {fact for fact in found if fact[1] == "HOSTED" or fact[0] in {"Kazakhstan"}}


# --- an onlooker before "as ...": the crews after "as" patrol, the onlooker does not ------------

@pytest.mark.parametrize("text, expected", [
    ("Japan watched closely as Chinese and Russian bombers flew a joint patrol over the Sea of Japan.", {"China", "Russia"}),
    ("Japanese officials looked on as Russian and Chinese warships patrolled together through the Tsugaru Strait.", {"China", "Russia"}),
    ("Tokyo protested as Chinese and Russian warships staged joint drills in the Sea of Japan.", {"China", "Russia"}),
])
def test_the_crews_after_as_are_the_doers_not_the_onlooker(text, expected):
    found = facts(text, "PATROLLED", "DRILLED_IN")
    assert {fact[0] for fact in found} == expected


@pytest.mark.parametrize("text", [
    "Japan watched closely as Chinese and Russian bombers may fly a joint patrol over the Sea of Japan.",
    "Japan watched closely as Chinese and Russian bombers prepared to fly a joint patrol over the Sea of Japan next week.",
    "Seoul denied that it had watched as Chinese and Russian bombers flew a joint patrol, saying none took place.",
])
def test_an_onlooker_of_a_patrol_only_spoken_of_gives_nothing(text):
    assert not {fact for fact in facts(text, "PATROLLED") if fact[0] in ("Japan", "South Korea")}


# --- a list of members ended by ", and" before the crews of a new clause ------------------------

@pytest.mark.parametrize("text, expected", [
    ("The coalition's members include Qatar, France and Italy, and French and Italian frigates carry out joint patrols in the Red Sea.",
     {"France", "Italy"}),
    ("Signatories were Kenya, Spain and Portugal, and Spanish and Portuguese corvettes now patrol the Gulf of Guinea together.",
     {"Spain", "Portugal"}),
    # a list that opens the clause is its subject whole
    ("Russia, China, and Iranian warships held a joint patrol in the Gulf of Oman.", {"Russia", "China", "Iran"}),
])
def test_the_members_listed_before_a_new_clause_do_not_patrol(text, expected):
    assert {fact[0] for fact in facts(text, "PATROLLED")} == expected


@pytest.mark.parametrize("text", [
    "The coalition's members include Qatar, France and Italy, and French and Italian frigates may start joint patrols in the Red Sea.",
    "The coalition's members include Qatar, France and Italy, and French and Italian frigates have never held a joint patrol in the Red Sea.",
])
def test_a_listed_members_patrol_only_spoken_of_gives_nothing(text):
    assert not facts(text, "PATROLLED")


# --- an exercise named in a clause joined on with its own "took part" -----------------------------

@pytest.mark.parametrize("text, expected", [
    ("In 2024 the Thai and US navies trained off Sattahip, joined twice by Japan, and Thai marines took part in Cobra Gold 2025.",
     {"Thailand"}),
    ("Last spring Kenyan and British troops patrolled near Lamu, accompanied by Ugandan engineers, and Tanzanian soldiers participated in Justified Accord.",
     {"Tanzania"}),
])
def test_only_the_joined_clauses_subject_takes_part(text, expected):
    assert {fact[0] for fact in facts(text, "PARTICIPATED_IN")} == expected


@pytest.mark.parametrize("text, expected", [
    # no party or place of the first clause's own: the exercise is both clauses'
    ("Russia sent troops, and China took part in Vostok-2018.", {"Russia", "China"}),
    ("India joined Malabar in 1992, and Japan took part from 2015.", {"India", "Japan"}),
])
def test_a_first_clause_with_nothing_of_its_own_keeps_the_exercise(text, expected):
    assert expected <= {fact[0] for fact in facts(text, "PARTICIPATED_IN")}


def test_a_joined_clause_only_planning_to_take_part_gives_nothing():
    text = "In 2024 the Thai and US navies trained off Sattahip, joined twice by Japan, and Thai marines plan to take part in Cobra Gold 2026."
    assert not facts(text, "PARTICIPATED_IN")
