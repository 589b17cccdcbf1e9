"""Which entity a name or a reference resolves to: a force named with a demonym before it,
capitals dated by a decade. Every sentence here is written for these tests; none is taken
from a corpus or evaluation document."""
from __future__ import annotations

import pytest

from tests.loaders.sentences import facts


@pytest.mark.parametrize("text, force", [
    ("Destroyers of the Chinese People's Liberation Army Navy took part in Joint Sea-2017 in the Baltic.", "PLA Navy"),
    ("The Chinese People's Liberation Army Air Force joined Vostok-2018 with two bombers.", "PLA Air Force"),
])
def test_a_service_named_after_a_demonym_and_its_parent_is_the_service(text, force):
    found = facts(text, "PARTICIPATED_IN")
    assert {s for s, _, _ in found} == {force}


def test_the_parent_force_with_a_demonym_is_still_the_parent():
    found = facts("Units of the Chinese People's Liberation Army took part in Vostok-2018.", "PARTICIPATED_IN")
    assert {s for s, _, _ in found} == {"People's Liberation Army"}


@pytest.mark.parametrize("text", [
    "Throughout the 1990s Moscow sold Su-27 fighters to Beijing.",
    "Moscow kept selling Su-30 fighters to New Delhi across the 2000s.",
])
def test_a_capital_in_a_decade_after_the_dissolution_names_the_present_state(text):
    assert {s for s, _, _ in facts(text, "SOLD")} == {"Russia"}


def test_a_capital_in_a_decade_before_the_dissolution_names_the_former_state():
    assert {s for s, _, _ in facts("During the 1970s Moscow sold MiG-23 fighters to Damascus.", "SOLD")} == {"Soviet Union"}


def test_a_place_whose_name_overlaps_a_wider_one_keeps_the_first():
    found = facts("Chinese and Russian warships held a joint patrol in the western Pacific Ocean in 2023.", "PATROLLED")
    assert {t for _, _, t in found} == {"Western Pacific"}


@pytest.mark.parametrize("pronoun", ["They", "It"])
def test_a_pronoun_after_an_aside_about_the_states_own_force_is_the_state(pronoun):
    text = (
        "Algeria bought Su-30MKA fighters from Russia in 2006. The Algerian Air Force flies them from Oum El Bouaghi. "
        f"{pronoun} later took delivery of Kilo-class submarines as well."
    )
    assert ("Algeria", "ACQUIRED", "Kilo-class submarine") in facts(text, "ACQUIRED")
    assert not any(s == "Algerian Air Force" for s, _, _ in facts(text, "ACQUIRED"))


def test_a_pronoun_after_a_force_that_is_the_paragraphs_only_subject_is_the_force():
    text = "The Indian Navy flies MiG-29K fighters from its carrier. They later took delivery of Kamov Ka-31 helicopters."
    assert facts(text, "ACQUIRED") == {("Indian Navy", "ACQUIRED", "Ka-31")}


@pytest.mark.parametrize("text, pair", [
    ("China and Russia took part in Joint Sea-2019 off Qingdao, drawing a protest from Japan.\n\n"
     "In 2021 the two countries took part in Joint Sea-2021 in the Sea of Japan.", {"China", "Russia"}),
    ("Russia and China vetoed a draft on Myanmar in 2007, a text Britain had written.\n\n"
     "In 2019 the two countries vetoed a text on Venezuela.", {"China", "Russia"}),
])
def test_the_two_countries_opening_a_paragraph_are_the_last_pair_named_together(text, pair):
    found = facts(text, "PARTICIPATED_IN", "VETOED")
    later = {s for s, _, t in found if t in ("Joint Sea-2021", "Venezuela")}
    assert later == pair


@pytest.mark.parametrize("text", [
    "Egypt and France signed a deal in 2015. The latter sold 24 Rafale fighters to the former.",
    "Egypt and France signed a deal in 2015. The former bought 24 Rafale fighters from the latter.",
])
def test_the_former_and_the_latter_are_the_first_and_second_of_the_last_pair(text):
    assert facts(text, "SOLD", "ACQUIRED") == {("France", "SOLD", "Rafale"), ("Egypt", "ACQUIRED", "Rafale")}


@pytest.mark.parametrize("text", [
    "Algeria and Morocco compete for arms. The latter did not buy the S-400 from Russia.",
    "Algeria and Morocco compete for arms. The latter may one day buy the S-400 from Russia.",
])
def test_the_latter_in_a_denied_or_hedged_statement_gives_nothing(text):
    assert facts(text, "SOLD", "ACQUIRED") == set()


def test_the_former_as_an_adjective_is_no_reference():
    text = "Egypt and France signed a deal in 2015. The former colonial power sold Rafale fighters to Qatar."
    assert ("Egypt", "SOLD", "Rafale") not in facts(text, "SOLD")


def test_a_capital_is_dated_before_the_two_countries_counts_it():
    text = "In March 1951, on a visit by Zhou Enlai to Moscow, China and the Soviet Union signed a loan deal, making the two countries close partners."
    assert not any("Russia" in (s, t) for s, _, t in facts(text))


@pytest.mark.parametrize("text", [
    "In 2018 Russia held Vostok-2018, its largest manoeuvres since the Soviet era, with Chinese troops taking part.",
    "Belgrade still flies MiG-29 fighters bought in Yugoslav times, and Serbia took part in Slavic Brotherhood-2019.",
])
def test_a_demonym_naming_a_period_is_no_party(text):
    found = facts(text)
    assert not any(name in (s, t) for s, _, t in found for name in ("Soviet Union", "Yugoslavia"))
    assert found


def test_a_state_and_its_predecessor_are_never_the_two_countries():
    text = "The Soviet Union sold MiG-21 fighters to us in 1963. Today Russia is our main supplier, and the two countries call their ties a special partnership."
    assert not any({s, t} == {"Russia", "Soviet Union"} for s, _, t in facts(text))


def test_a_transcript_label_opening_the_text_names_who_we_are():
    text = "Transcript: talk by a retired Indian Navy admiral to a staff college.\n\nWe bought Kilo-class submarines from the Soviet Union in 1986."
    assert ("India", "ACQUIRED", "Kilo-class submarine") in facts(text, "ACQUIRED")


def test_a_person_named_in_a_plain_opening_does_not_say_who_we_are():
    text = "A retired Indian Navy admiral spoke to a staff college.\n\nWe bought Kilo-class submarines from the Soviet Union in 1986."
    assert not any(s == "India" for s, _, _ in facts(text, "ACQUIRED"))


@pytest.mark.parametrize("text, fact", [
    ("The S-400 is a long-range air defence system. India ordered five regiments of it in 2018.", ("India", "ACQUIRED", "S-400")),
    ("Qatar flies the Rafale. It bought two batches of them from France.", ("Qatar", "ACQUIRED", "Rafale")),
])
def test_a_counted_pronoun_object_is_the_system_named_before(text, fact):
    assert fact in facts(text, "ACQUIRED")


def test_a_denied_counted_pronoun_object_gives_nothing():
    assert facts("The S-400 is a long-range air defence system. India never ordered five regiments of it.", "ACQUIRED") == set()


@pytest.mark.parametrize("text, fact", [
    ("Vietnam relies on Russia for arms. The country operates six Kilo-class submarines.", ("Vietnam", "OPERATES", "Kilo-class submarine")),
    ("Egypt drifted away from the United States after 2013. The country bought Rafale fighters from France.", ("Egypt", "ACQUIRED", "Rafale")),
])
def test_the_country_opening_a_sentence_is_the_previous_sentences_subject(text, fact):
    found = facts(text, fact[1])
    assert fact in found
    assert not any(s in ("Russia", "United States") for s, _, _ in found)


def test_the_country_in_a_hedged_sentence_gives_nothing():
    assert facts("Vietnam relies on Russia for arms. The country may one day buy Su-35 fighters.", "ACQUIRED") == set()


def test_its_navy_opening_a_sentence_is_the_previous_subjects_navy():
    found = facts("Pakistan has close ties with China. Its navy took delivery of four Type 054A/P frigates.", "ACQUIRED")
    assert found == {("Pakistan Navy", "ACQUIRED", "Type 054A/P frigate")}


@pytest.mark.parametrize("text", [
    "The People's Liberation Army (PLA) Navy took part in Joint Sea-2019 with two frigates.",
    "The navy of the People's Liberation Army took part in Joint Sea-2019 with two frigates.",
])
def test_a_service_named_over_an_acronym_or_after_of_is_the_service(text):
    assert facts(text, "PARTICIPATED_IN") == {("PLA Navy", "PARTICIPATED_IN", "Joint Sea-2019")}


def test_a_force_with_its_acronym_and_no_service_stays_the_force():
    found = facts("The People's Liberation Army (PLA) took part in Vostok-2018 with 3,200 troops.", "PARTICIPATED_IN")
    assert found == {("People's Liberation Army", "PARTICIPATED_IN", "Vostok-2018")}


def test_a_name_broken_over_an_indented_line_is_one_mention():
    text = (
        "Timeline of air force ties\n\n"
        "2011      The two air forces fly their first joint drill over the Thar desert, a modest affair.\n"
        "Dec 2020  Shaheen-IX brings together the PLA Air Force and the Pakistan Air\n"
        "          Force in Sindh for three weeks of air combat training.\n"
    )
    sources = {s for s, _, _ in facts(text, "PARTICIPATED_IN")}
    assert sources == {"PLA Air Force", "Pakistan Air Force"}


def test_a_compass_compound_is_not_the_narrower_region():
    found = facts("Russian and Chinese warships held a joint patrol in the north-western Pacific in 2024.", "PATROLLED")
    assert {t for _, _, t in found} == {"Pacific Ocean"}


def test_both_before_a_past_verb_is_the_pair_named_together_in_the_paragraph():
    found = facts("Russia and China coordinate closely at the UN. In 2019 both vetoed a draft on Venezuela.", "VETOED")
    assert found == {("Russia", "VETOED", "Venezuela"), ("China", "VETOED", "Venezuela")}


def test_both_does_not_reach_a_pair_from_an_earlier_paragraph_or_of_adjectives():
    text = (
        "Russia and China coordinate closely at the UN.\n\n"
        "Britain vetoed nothing that year. Later both vetoed a French and Spanish draft on Yemen."
    )
    assert not any(s in ("France", "Spain") for s, _, _ in facts(text, "VETOED"))
