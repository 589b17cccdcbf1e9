"""General causes of missed or misdated relations: a relative date beside a dated clause,
a supplier's customer carried to the sales the paragraph goes on to tell. Every sentence
is written for these tests."""
from __future__ import annotations

import pytest

from loaders.extract import extract_text
from tests.loaders.sentences import facts


def _properties(text: str, source: str, rel_type: str, target: str) -> dict:
    return next(r.properties for r in extract_text(text).relations if (r.source, r.type, r.target) == (source, rel_type, target))


# --- "last year" is no year the sentence names --------------------------------------------

@pytest.mark.parametrize("text, fact, year", [
    ("Algeria bought Su-30MKA fighters from Russia last year, and in 2016 it ordered MiG-29M jets.", ("Algeria", "ACQUIRED", "Su-30MKA"), None),
    ("Algeria bought Su-30MKA fighters from Russia last year, and in 2016 it ordered MiG-29M jets.", ("Algeria", "ACQUIRED", "MiG-29M"), 2016),
    ("In 2018 Qatar ordered Rafale jets; earlier this year it took delivery of Eurofighter Typhoons.", ("Qatar", "ACQUIRED", "Eurofighter Typhoon"), None),
    ("Two years ago Egypt received K9 howitzers, a deal South Korea signed in 2022.", ("Egypt", "ACQUIRED", "K9 Thunder"), None),
])
def test_a_relative_date_nearer_the_trigger_leaves_the_fact_undated(text, fact, year):
    assert _properties(text, *fact).get("year") == year


def test_an_order_year_survives_beside_a_relative_delivery():
    properties = _properties("Last year Serbia took delivery of MiG-29 fighters, which it ordered in 2017.", "Serbia", "ACQUIRED", "MiG-29")
    assert "year" not in properties and properties["order_year"] == 2017


def test_a_sentence_with_only_a_named_year_keeps_it():
    assert _properties("Serbia took delivery of MiG-29 fighters in 2019.", "Serbia", "ACQUIRED", "MiG-29")["year"] == 2019


# --- a supplier's customer ------------------------------------------------------------------

@pytest.mark.parametrize("text, buyer, system", [
    ("France has been Egypt's main arms supplier for a decade. In 2015 it delivered the first Rafale fighters.", "Egypt", "Rafale"),
    ("As Algeria's biggest source of weapons, Russia shipped Su-30MKA fighters in 2008.", "Algeria", "Su-30MKA"),
    ("China is now Pakistan's leading defence supplier; it handed over Type 054A/P frigates in 2023.", "Pakistan", "Type 054A/P frigate"),
])
def test_a_sale_with_no_buyer_goes_to_the_supplier_s_customer(text, buyer, system):
    found = facts(text, "SOLD", "ACQUIRED")
    assert (buyer, "ACQUIRED", system) in found


@pytest.mark.parametrize("text", [
    "France is not Egypt's main arms supplier. In 2015 it delivered Rafale fighters.",
    "France hopes to become Egypt's main arms supplier. In 2015 it delivered Rafale fighters.",
    "France could be Egypt's main arms supplier. In 2015 it delivered Rafale fighters.",
])
def test_a_denied_or_hoped_for_supplier_names_no_customer(text):
    assert not any(source == "Egypt" for source, _, _ in facts(text, "ACQUIRED"))


def test_a_buyer_the_sale_names_wins_over_the_customer():
    found = facts("France is Egypt's main arms supplier. In 2016 it delivered Rafale fighters to Qatar.", "ACQUIRED")
    assert ("Qatar", "ACQUIRED", "Rafale") in found and ("Egypt", "ACQUIRED", "Rafale") not in found


def test_the_customer_stays_in_its_paragraph():
    found = facts("France is Egypt's main arms supplier.\n\nIn 2015 it delivered Rafale fighters.", "ACQUIRED")
    assert ("Egypt", "ACQUIRED", "Rafale") not in found


# --- a sea named in an earlier clause --------------------------------------------------------

@pytest.mark.parametrize("text, outsider", [
    ("Chinese and Russian destroyers held a joint patrol in the Philippine Sea, and Taiwan ran a patrol of its own.", "Taiwan"),
    ("The two navies of Russia and China carried out a joint patrol in the Sea of Okhotsk; South Korea later held its own patrol.", "South Korea"),
    ("Russia and China held a joint air patrol over the East China Sea, while Japan flew patrols of its own.", "Japan"),
])
def test_a_state_in_the_next_clause_does_not_patrol_the_first_clause_s_sea(text, outsider):
    found = facts(text, "PATROLLED")
    assert found and not any(source == outsider for source, _, _ in found)


def test_a_sea_opening_the_sentence_is_still_where_its_patrol_went():
    found = facts("Over the Sea of Okhotsk, Russian and Chinese bombers held a joint patrol.", "PATROLLED")
    assert {("Russia", "PATROLLED", "Sea of Okhotsk"), ("China", "PATROLLED", "Sea of Okhotsk")} <= found


# --- a service named after a state the gazetteer lists no such service for -------------------

@pytest.mark.parametrize("text, fact", [
    ("Last week the Chilean Air Force flew its F-16 fighters over Punta Arenas.", ("Chilean Air Force", "OPERATES", "F-16")),
    ("Last week the Chilean Air Force flew its F-16 fighters over Punta Arenas.", ("Chilean Air Force", "ARMED_FORCE_OF", "Chile")),
    ("A company of the Kenyan Army took part in Justified Accord-2024.", ("Kenyan Army", "PARTICIPATED_IN", "Justified Accord-2024")),
    ("The Ghana Navy took delivery of two Snake-class patrol boats from China.", ("Ghana Navy", "ACQUIRED", "Snake-class patrol boat")),
    ("Officers of the Uruguayan Armed Forces visited Beijing.", ("Uruguayan Armed Forces", "ARMED_FORCE_OF", "Uruguay")),
])
def test_a_service_of_a_known_state_is_found_by_its_shape(text, fact):
    assert fact in facts(text)


def test_a_service_the_gazetteer_lists_keeps_its_gazetteer_name():
    found = facts("The Russian Army fielded T-90 tanks.", "OPERATES")
    assert found and not any(source == "Russian Army" for source, _, _ in found)


@pytest.mark.parametrize("text", [
    "The Salvation Army opened a shelter in Nairobi, Kenya.",
    "The Free Kenyan Army is a novel's invention.",
])
def test_a_name_not_shaped_as_a_state_s_service_is_no_force(text):
    entities = extract_text(text).entities
    assert not any(entity.label == "ArmedForce" for entity in entities)


@pytest.mark.parametrize("text", [
    "The Kenyan Army did not take part in Justified Accord-2024.",
    "The Kenyan Army may take part in Justified Accord-2025.",
])
def test_a_discovered_service_denied_or_planned_takes_no_part(text):
    assert not facts(text, "PARTICIPATED_IN")


@pytest.mark.parametrize("text, system", [
    ("Nigeria commissioned two Kano-class minehunters in 2023.", "Kano-class minehunter"),
    ("The Pakistan Navy ordered Azmat-class missile boats from China.", "Azmat-class missile boat"),
])
def test_small_warship_classes_are_discovered(text, system):
    assert any(target == system for _, _, target in facts(text))


# --- "both countries": the last two states that acted together --------------------------------

def test_both_countries_after_a_bystander_is_the_pair_that_patrolled():
    text = ("Russian and Chinese bombers flew a joint patrol over the Sea of Japan in 2022. "
            "Tokyo lodged a protest. Bombers of both countries then crossed the East China Sea.")
    found = facts(text, "PATROLLED")
    assert {("Russia", "PATROLLED", "East China Sea"), ("China", "PATROLLED", "East China Sea")} <= found
    assert ("Japan", "PATROLLED", "East China Sea") not in found


def test_both_countries_opening_the_next_paragraph_is_the_pair_that_patrolled():
    text = ("Indian and French maritime aircraft flew a joint patrol over the Arabian Sea.\n\n"
            "A year later aircraft of both countries crossed the Bay of Bengal.")
    assert {("India", "PATROLLED", "Bay of Bengal"), ("France", "PATROLLED", "Bay of Bengal")} <= facts(text, "PATROLLED")


def test_a_pair_named_later_in_the_paragraph_wins_over_the_earlier_actors():
    text = ("Russian and Chinese bombers flew a joint patrol over the Sea of Japan. "
            "Australia and Japan have since deepened their ties. Both countries fly the F-35A.")
    found = facts(text, "OPERATES")
    assert {("Australia", "OPERATES", "F-35"), ("Japan", "OPERATES", "F-35")} <= found
    assert not {("Russia", "OPERATES", "F-35"), ("China", "OPERATES", "F-35")} & found


@pytest.mark.parametrize("line", [
    "Bombers of both countries did not cross the East China Sea.",
    "Bombers of both countries may cross the East China Sea next year.",
])
def test_both_countries_denied_or_planned_patrol_nothing(line):
    text = "Russian and Chinese bombers flew a joint patrol over the Sea of Japan in 2022. Tokyo lodged a protest. " + line
    assert not any(target == "East China Sea" for _, _, target in facts(text, "PATROLLED"))


# --- the holders of a role listed after "include" or "are" ------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Operators of the Su-30 include Algeria, Malaysia and Uganda.", {("Algeria", "OPERATES", "Su-30"), ("Malaysia", "OPERATES", "Su-30"), ("Uganda", "OPERATES", "Su-30")}),
    ("Buyers of the Rafale have included Greece, Croatia and Indonesia.", {("Greece", "ACQUIRED", "Rafale"), ("Croatia", "ACQUIRED", "Rafale"), ("Indonesia", "ACQUIRED", "Rafale")}),
    ("Importers of the K9 Thunder are Poland, Norway and Egypt.", {("Poland", "ACQUIRED", "K9 Thunder"), ("Egypt", "ACQUIRED", "K9 Thunder")}),
    ("Members of the Arctic Council include Norway, Canada and Iceland.", {("Norway", "MEMBER_OF", "Arctic Council"), ("Canada", "MEMBER_OF", "Arctic Council"), ("Iceland", "MEMBER_OF", "Arctic Council")}),
    ("As members of the Arctic Council, Norway and Iceland rejected the plan.", {("Norway", "MEMBER_OF", "Arctic Council"), ("Iceland", "MEMBER_OF", "Arctic Council")}),
])
def test_a_plural_role_lists_its_holders_after_its_theme(text, expected):
    assert expected <= facts(text)


@pytest.mark.parametrize("text", [
    "Operators of the Su-30 do not include Uganda.",
    "Operators of the Su-30 are not Uganda and Kenya.",
    "Operators of the Su-30 could one day include Uganda.",
    "Members of the Arctic Council do not include China.",
])
def test_a_role_denied_or_hoped_for_lists_no_holders(text):
    assert not facts(text, "OPERATES", "MEMBER_OF")


# --- "X, a member of Y": membership in apposition ----------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Norway, a member of the Arctic Council, objected to the survey.", {("Norway", "MEMBER_OF", "Arctic Council")}),
    ("Kazakhstan, a longtime member of the CSTO, sent no troops.", {("Kazakhstan", "MEMBER_OF", "Collective Security Treaty Organization")}),
    ("Iceland, a member of both NATO and the Arctic Council, hosted the meeting.",
     {("Iceland", "MEMBER_OF", "North Atlantic Treaty Organization"), ("Iceland", "MEMBER_OF", "Arctic Council")}),
])
def test_a_state_in_apposition_to_a_member_phrase_is_a_member(text, expected):
    assert expected <= facts(text, "MEMBER_OF")


@pytest.mark.parametrize("text", [
    "Norway, not a member of the European Union, objected to the survey.",
    "Georgia, which hopes to become a member of NATO, objected to the survey.",
    "The envoy, a member of the Norwegian delegation, objected to the survey.",
])
def test_a_denied_hoped_for_or_personal_membership_is_none(text):
    assert not facts(text, "MEMBER_OF")


def test_an_elected_council_member_is_still_read_as_a_seat():
    text = "The Security Council voted on the draft resolution. Malta, an elected member of the Council, voted in favour."
    assert ("Malta", "MEMBER_OF", "United Nations Security Council") in facts(text, "MEMBER_OF")


# --- "the US-led coalition": the coalition is what is opposed ---------------------------------

@pytest.mark.parametrize("text, critic, grouping, leader", [
    ("Belarus condemned the US-led NATO for its drills near Grodno.", "Belarus", "North Atlantic Treaty Organization", "United States"),
    ("Tehran has repeatedly denounced the American-led International Maritime Security Construct.", "Iran", "International Maritime Security Construct", "United States"),
])
def test_a_state_leading_the_criticised_coalition_is_not_its_target(text, critic, grouping, leader):
    found = facts(text, "OPPOSES")
    assert (critic, "OPPOSES", grouping) in found and (critic, "OPPOSES", leader) not in found


def test_criticism_of_a_led_coalition_denied_is_none():
    assert not facts("Tehran did not denounce the American-led International Maritime Security Construct.", "OPPOSES")


# --- practising and rehearsing in an exercise the paragraph named ------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Zapad-2021 opened on 10 September. Units of the Belarusian Army and the Russian Ground Forces practiced river crossings.",
     {("Belarusian Army", "PARTICIPATED_IN", "Zapad-2021"), ("Russian Ground Forces", "PARTICIPATED_IN", "Zapad-2021")}),
    ("Cobra Gold-2024 began in Thailand. The Royal Thai Army rehearsed an amphibious landing.", {("Royal Thai Army", "PARTICIPATED_IN", "Cobra Gold-2024")}),
])
def test_practising_in_a_named_exercise_is_taking_part(text, expected):
    assert expected <= facts(text, "PARTICIPATED_IN")


@pytest.mark.parametrize("text", [
    "Zapad-2021 opened on 10 September. Units of the Russian Ground Forces did not practise river crossings.",
    "Zapad-2021 opened on 10 September. Units of the Russian Ground Forces may practise river crossings later.",
])
def test_practice_denied_or_planned_is_no_part(text):
    assert ("Russian Ground Forces", "PARTICIPATED_IN", "Zapad-2021") not in facts(text, "PARTICIPATED_IN")


# --- agreements that make two states partners --------------------------------------------------

@pytest.mark.parametrize("text, pair", [
    ("Canberra and Tokyo signed a reciprocal access agreement in 2022.", ("Australia", "Japan")),
    ("India concluded a logistics support agreement with Japan in 2020.", ("India", "Japan")),
    ("Fiji signed a defence cooperation agreement with New Zealand.", ("Fiji", "New Zealand")),
])
def test_signing_an_access_or_cooperation_agreement_makes_partners(text, pair):
    assert (*sorted(pair)[:1], "PARTNERS_WITH", *sorted(pair)[1:]) in facts(text, "PARTNERS_WITH")


@pytest.mark.parametrize("text", [
    "Canberra and Tokyo may sign a reciprocal access agreement next year.",
    "Canberra and Tokyo have not signed a reciprocal access agreement.",
    "Canberra and Tokyo are negotiating a reciprocal access agreement.",
])
def test_an_agreement_planned_denied_or_under_talks_makes_no_partners(text):
    assert not facts(text, "PARTNERS_WITH")


def test_a_pact_s_partners_stop_at_the_next_clause_s_subject():
    found = facts("Canberra and Tokyo signed a reciprocal access agreement in 2022, and Japan, Italy and the United Kingdom build a fighter together.", "PARTNERS_WITH")
    assert ("Australia", "PARTNERS_WITH", "Japan") in found
    assert not any("Italy" in (a, b) for a, _, b in found)


# --- a writer's aside is no hedge; an organization's members are not its drill's crews ---------

@pytest.mark.parametrize("text, fact", [
    ("One should recall that Russia sold S-300 systems to Cyprus in 1997.", ("Russia", "SOLD", "S-300")),
    ("It must be noted that the Arctic Council, in which Norway and Iceland participate, met in Tromso.", ("Norway", "MEMBER_OF", "Arctic Council")),
])
def test_a_writer_s_aside_does_not_hedge_what_follows(text, fact):
    assert fact in facts(text)


@pytest.mark.parametrize("text", [
    "One should not assume that Russia sold S-300 systems to Cyprus.",
    "We should remember that Russia may sell S-300 systems to Cyprus.",
])
def test_a_negated_or_hedged_claim_after_an_aside_stays_blocked(text):
    assert not facts(text, "SOLD")


def test_the_members_an_organization_s_relative_clause_names_do_not_take_part_in_its_drill():
    found = facts("The Arctic Council, in which Norway, Canada and Iceland participate, held the exercise Northern Shield-2024 in Norway.")
    assert ("Canada", "MEMBER_OF", "Arctic Council") in found
    assert not any(rel == "PARTICIPATED_IN" for _, rel, _ in found)


# --- systems the gazetteer lacked --------------------------------------------------------------

@pytest.mark.parametrize("text, fact", [
    ("The Royal Australian Navy retired its last SH-60B helicopters in 2017.", ("Royal Australian Navy", "OPERATES", "SH-60")),
    ("Azerbaijan ordered T-155 Firtina howitzers from Turkey.", ("Azerbaijan", "ACQUIRED", "T-155 Firtina")),
    ("Japan operates four Kongō-class destroyers.", ("Japan", "OPERATES", "Kongo-class destroyer")),
])
def test_newly_listed_systems_are_found(text, fact):
    assert fact in facts(text)


# --- an exercise named in quotes beside an exercise word ----------------------------------------

@pytest.mark.parametrize("text, fact", [
    ("Serbian and Belarusian special forces took part in the exercise \"Slavic Brotherhood\" near Novi Sad.", ("Serbia", "PARTICIPATED_IN", "Slavic Brotherhood")),
    ("Mongolia and India held the \"Nomadic Elephant\" joint exercise in Ulaanbaatar.", ("India", "PARTICIPATED_IN", "Nomadic Elephant")),
])
def test_a_quoted_exercise_name_is_an_exercise(text, fact):
    assert fact in facts(text, "PARTICIPATED_IN")


@pytest.mark.parametrize("text", [
    "Serbia did not take part in the exercise \"Slavic Brotherhood\" this year.",
    "Serbia may take part in the exercise \"Slavic Brotherhood\" next year.",
])
def test_a_quoted_exercise_denied_or_planned_has_no_participant(text):
    assert not facts(text, "PARTICIPATED_IN")


def test_a_quoted_title_away_from_an_exercise_word_is_no_exercise():
    entities = extract_text("The minister's speech, \"Strong Together\", was broadcast in Belgrade.").entities
    assert not any(entity.label == "Exercise" for entity in entities)


# --- a sale of what the sentence's one operator flies went to it ---------------------------------

@pytest.mark.parametrize("text, buyer, system", [
    ("The Bangladesh Air Force flies eight MiG-29 fighters, most of them delivered by Russia in 1999.", "Bangladesh Air Force", "MiG-29"),
    ("Myanmar now operates JF-17 fighters, several of which were supplied by Pakistan.", "Myanmar", "JF-17"),
])
def test_a_sale_without_a_buyer_goes_to_the_operator_of_what_was_sold(text, buyer, system):
    assert (buyer, "ACQUIRED", system) in facts(text, "ACQUIRED")


@pytest.mark.parametrize("text", [
    "Russia may deliver MiG-29 fighters, which Bangladesh already operates.",
    "Bangladesh and Myanmar operate MiG-29 fighters, some delivered by Russia.",
])
def test_a_planned_sale_or_one_of_several_operators_names_no_buyer(text):
    assert not facts(text, "ACQUIRED")
