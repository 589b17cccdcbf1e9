"""Precision under modality, attribution and history (session 7, dev13): rumour trackers
whose status column doubts the claim, corrections that withdraw a sentence but not the
forces it named, beliefs whose "that" is left out, vetoes that are not aircraft shot down,
and the stated facts that stand between them. Every sentence is written for these tests;
each unasserted one has a plain twin that gives its relation, so no case passes because a
name or a trigger went unread."""
from __future__ import annotations

import pytest

from loaders.extract import extract_text
from loaders.readers import read_bytes
from tests.loaders.sentences import facts


def _page(html: str) -> set[tuple]:
    document = read_bytes(html.encode("utf-8"), "tracker.html")
    return {(r.source, r.type, r.target) for r in extract_text(document.text).relations}


# --- a status column that doubts the row's claim ----------------------------------------

TRACKER = """<html><body><h1>Arms rumour watch</h1>
<table>
<tr><th>Claim</th><th>Heard</th><th>Status</th><th>Notes</th></tr>
<tr><td>Kazakhstan bought Su-30SM fighters from Russia</td><td>2015</td><td>Confirmed</td><td>Astana showed the jets.</td></tr>
<tr><td>Uzbekistan bought J-10C fighters from China</td><td>2024</td><td>Unconfirmed</td><td>One blog post.</td></tr>
<tr><td>Turkmenistan joined the CSTO</td><td>2023</td><td>Denied</td><td>Ashgabat stays neutral.</td></tr>
<tr><td>Belarus sold Su-25 jets to Sudan</td><td>2019</td><td>False</td><td>Reports that the Indian Navy escorted the ship are false.</td></tr>
</table></body></html>"""


def test_a_tracker_row_marked_confirmed_gives_its_claim():
    found = _page(TRACKER)
    assert {("Kazakhstan", "ACQUIRED", "Su-30SM"), ("Russia", "SOLD", "Su-30SM")} <= found


@pytest.mark.parametrize("claim", [
    ("Uzbekistan", "ACQUIRED", "J-10C"),
    ("China", "SOLD", "J-10C"),
    ("Turkmenistan", "MEMBER_OF", "Collective Security Treaty Organization"),
    ("Belarus", "SOLD", "Su-25"),
])
def test_a_tracker_row_marked_unconfirmed_denied_or_false_gives_nothing(claim):
    assert claim not in _page(TRACKER)


def test_a_force_named_in_a_doubted_row_is_still_its_states():
    assert ("Indian Navy", "ARMED_FORCE_OF", "India") in _page(TRACKER)


def test_a_markdown_tracker_row_with_a_verdict_cell_gives_nothing():
    text = (
        "| Report | Seen | Verdict | Comment |\n|---|---|---|---|\n"
        "| Myanmar received JF-17 jets from Pakistan | 2018 | Confirmed | Shown at a parade. |\n"
        "| Bangladesh received JF-17 jets from Pakistan | 2023 | Unverified | A single source. |\n"
    )
    found = facts(text)
    assert ("Myanmar", "ACQUIRED", "JF-17") in found
    assert ("Bangladesh", "ACQUIRED", "JF-17") not in found


# --- a correction withdraws the claim, not the force's state -----------------------------

def test_a_withdrawn_sentence_keeps_the_forces_it_named():
    found = facts("A feature on 4 May said the Royal Thai Air Force \"flies the Su-35\". It does not.")
    assert ("Royal Thai Air Force", "ARMED_FORCE_OF", "Thailand") in found
    assert ("Royal Thai Air Force", "OPERATES", "Su-35") not in found


@pytest.mark.parametrize("text", [
    "The Hurjet trainer was designed for Turkey's own air force.",
    "The Hurjet trainer was designed for Turkey's air force.",
])
def test_a_states_own_service_belongs_to_it(text):
    assert ("Turkish Air Force", "ARMED_FORCE_OF", "Turkey") in facts(text)


# --- a belief with its "that" left out --------------------------------------------------

BELIEF_CASES = [
    ("Some analysts think Uzbekistan also signed for J-10C fighters.", "Uzbekistan also signed for J-10C fighters.",
     ("Uzbekistan", "ACQUIRED", "J-10C")),
    ("Western officials believe Belarus sold Su-25 jets to Sudan.", "Belarus sold Su-25 jets to Sudan.", ("Belarus", "SOLD", "Su-25")),
    ("A few diplomats reckon Laos joined the exercise Vostok-2022.", "Laos joined the exercise Vostok-2022.",
     ("Laos", "PARTICIPATED_IN", "Vostok-2022")),
    ("Many observers doubt Egypt received the Su-35.", "Egypt received the Su-35.", ("Egypt", "ACQUIRED", "Su-35")),
]


@pytest.mark.parametrize("hedged, plain, relation", BELIEF_CASES)
def test_a_belief_without_that_asserts_nothing(hedged, plain, relation):
    assert relation in facts(plain)
    assert relation not in facts(hedged)


# --- "shot down" is a veto only when a text is shot down --------------------------------

COUNCIL = "The Soviet Union held a permanent seat on the Security Council. "


def test_a_battery_shooting_down_an_aircraft_vetoes_nothing():
    found = facts(COUNCIL + "In October 1962 a Soviet-crewed S-75 battery shot down a U-2 reconnaissance aircraft over Cuba.", "VETOED")
    assert not found


@pytest.mark.parametrize("text", [
    "In 1962 Moscow shot down a Western draft on Cuba.",
    "In 1962 Moscow killed the draft resolution on Cuba.",
])
def test_a_draft_shot_down_is_vetoed(text):
    assert ("Soviet Union", "VETOED", "Cuba") in facts(COUNCIL + text, "VETOED")


# --- a corrections column quoting the dated item it corrects ------------------------------

@pytest.mark.parametrize("quoted, plain, relation", [
    ('A sidebar (4 November) said that Peru "had deployed the S-300 in the Andes".', "Peru had deployed the S-300 in the Andes.",
     ("Peru", "OPERATES", "S-300")),
    ("A profile of the minister (Weekend, 12 March) stated that Ecuador bought the HQ-9.", "Ecuador bought the HQ-9.",
     ("Ecuador", "ACQUIRED", "HQ-9")),
])
def test_a_correction_quoting_a_dated_item_asserts_nothing(quoted, plain, relation):
    assert relation in facts(plain)
    assert relation not in facts(quoted)


def test_a_dated_report_cited_as_a_source_still_asserts():
    assert ("India", "ACQUIRED", "S-400") in facts("The report by SIPRI (2024) said Russia delivered the S-400 to India.")


# --- whose force it is, in a report, a denial or a scenario --------------------------------

@pytest.mark.parametrize("text", [
    "Reports that the Indonesian Navy leased a Kilo-class submarine are false.",
    "There is no evidence that the Indonesian Navy ever leased a Kilo-class submarine.",
])
def test_a_force_named_in_a_report_or_denial_is_its_states(text):
    found = facts(text)
    assert ("Indonesian Navy", "ARMED_FORCE_OF", "Indonesia") in found
    assert ("Indonesian Navy", "ACQUIRED", "Kilo-class submarine") not in found


def test_a_force_named_in_an_imagined_case_is_nobodys():
    assert not facts("In the scenario, the Indonesian Navy would blockade the Strait of Malacca.", "ARMED_FORCE_OF")


# --- "in Egyptian service" is the claim itself -------------------------------------------

@pytest.mark.parametrize("text", [
    "We found no evidence that a single Su-35 is in Algerian service.",
    "No Su-35 is in Algerian service.",
    "The Su-35 is not in Algerian service.",
    "The Su-35 may be in Algerian service.",
])
def test_a_doubted_system_in_a_states_service_is_not_operated(text):
    assert ("Algeria", "OPERATES", "Su-35") not in facts(text)


def test_a_system_in_a_states_service_is_operated():
    assert ("Algeria", "OPERATES", "Su-35") in facts("Some twenty Su-35s are in Algerian service.")


# --- a former owner fields nothing ---------------------------------------------------------

@pytest.mark.parametrize("former", [
    "Manila took delivery of a former US Coast Guard Hamilton-class cutter in 2016.",
    "Bangladesh bought two ex-US Coast Guard Hamilton-class cutters.",
])
def test_a_system_named_by_its_former_owner_is_not_operated_by_it(former):
    found = facts(former)
    assert ("United States Coast Guard", "OPERATES", "Hamilton-class cutter") not in found
    assert ("United States Coast Guard", "ARMED_FORCE_OF", "United States") in found


def test_a_system_named_by_its_owner_is_operated_by_it():
    found = facts("US Coast Guard Hamilton-class cutters patrolled off Alaska.")
    assert ("United States Coast Guard", "OPERATES", "Hamilton-class cutter") in found


# --- an opening phrase's possessor is not the subject --------------------------------------

@pytest.mark.parametrize("text", [
    "In response to Iran's support for Russia's war, Canada imposed sanctions on Iran in 2024.",
    "In response to Russia's war, Canada imposed sanctions on Iran in 2024.",
    "Because of Moscow's drone purchases, Canada imposed sanctions on Iran in 2024.",
])
def test_the_possessor_in_an_opening_phrase_imposes_nothing(text):
    found = facts(text, "SANCTIONED")
    assert ("Canada", "SANCTIONED", "Iran") in found
    assert ("Russia", "SANCTIONED", "Iran") not in found


# --- contracts signed with a firm of several words -----------------------------------------

@pytest.mark.parametrize("text", [
    "Indonesia signed a contract with Turkish Aerospace Industries for 48 KAAN fighters.",
    "In June Indonesia signed a deal with Turkish Aerospace Industries to buy 48 KAAN fighters.",
])
def test_a_contract_with_a_firm_is_an_order_from_it(text):
    found = facts(text)
    assert ("Indonesia", "ACQUIRED", "KAAN") in found
    assert ("Turkish Aerospace Industries", "SOLD", "KAAN") in found


@pytest.mark.parametrize("text", [
    "Indonesia signed a memorandum with Turkish Aerospace Industries on 48 KAAN fighters.",
    "Indonesia may sign a contract with Turkish Aerospace Industries for 48 KAAN fighters.",
    "Indonesia signed a letter of intent with Turkish Aerospace Industries for 48 KAAN fighters.",
])
def test_a_memorandum_or_a_contract_to_come_orders_nothing(text):
    assert ("Indonesia", "ACQUIRED", "KAAN") not in facts(text)


def test_a_contract_dated_before_its_object_is_an_order():
    assert ("Indonesia", "ACQUIRED", "Su-35") in facts("Indonesia signed a deal with Russia in 2018 for eleven Su-35 fighters.")


# --- a variant named with its family's name is one system ---------------------------------

@pytest.mark.parametrize("text, variant, family", [
    ("Qatar ordered AH-64E Apache helicopters from the United States.", "AH-64E", "AH-64"),
    ("China bought Su-35S Flanker-E fighters from Russia.", "Su-35S", "Su-35"),
])
def test_a_variant_followed_by_its_family_name_is_the_variant(text, variant, family):
    bought = {target for source, kind, target in facts(text, "ACQUIRED")}
    assert variant in bought
    assert family not in bought


# --- Cold War systems the gazetteer now knows -----------------------------------------------

def test_swedish_cold_war_fighters_are_known():
    found = facts("Austria bought 24 used Saab 35 Draken interceptors from Sweden in 1985; Viggen jets never left Swedish service.")
    assert {("Austria", "ACQUIRED", "Saab 35 Draken"), ("Sweden", "SOLD", "Saab 35 Draken")} <= found
    assert not {("Austria", "ACQUIRED", "Saab 37 Viggen"), ("Sweden", "SOLD", "Saab 37 Viggen")} & found


# --- who speaks of a deal does not make it ------------------------------------------------

@pytest.mark.parametrize("text", [
    "Russian officials have said a foreign customer received its first Su-57 fighters.",
    "Chinese state media reported that an unnamed buyer took delivery of J-10C fighters.",
])
def test_the_speakers_nationality_is_not_the_buyer(text):
    assert not facts(text, "ACQUIRED")


def test_a_buyer_named_in_the_speakers_words_still_buys():
    assert ("Algeria", "ACQUIRED", "Su-57") in facts("Russian officials said Algeria received its first Su-57 fighters.")


# --- "it" in a later clause takes up the sentence's opening subject ------------------------

def test_it_in_a_later_clause_is_the_opening_force_not_the_paragraphs_state():
    text = (
        "Morocco is France's biggest arms customer in Africa and has been for decades. "
        "The Royal Moroccan Air Force flies the Mirage F1, which it began receiving from France in 1975, "
        "and it took delivery of F-16 fighters from the United States in 2011."
    )
    found = facts(text, "ACQUIRED")
    assert ("Royal Moroccan Air Force", "ACQUIRED", "F-16") in found
    assert ("Morocco", "ACQUIRED", "F-16") not in found


# --- a table whose columns name no roles: each cell on its own ------------------------------

def test_a_system_in_a_notes_cell_is_not_the_claims():
    text = (
        "| Claim | Heard | Status | Notes |\n|---|---|---|---|\n"
        "| Hungary received NASAMS systems from Norway | 2024 | Confirmed | Two Hungarian An-26 transports flew in the spares. |\n"
    )
    found = facts(text, "SOLD", "ACQUIRED")
    assert {("Hungary", "ACQUIRED", "NASAMS"), ("Norway", "SOLD", "NASAMS")} <= found
    assert not {("Hungary", "ACQUIRED", "An-26"), ("Norway", "SOLD", "An-26")} & found


# --- a bracketed version gloss is no second system ------------------------------------------

@pytest.mark.parametrize("text", [
    "Finland acquired MiG-21 fighters (the early F-13 version) from the Soviet Union in 1962.",
    "Egypt received MiG-21 fighters (F-13 variant) from the Soviet Union.",
])
def test_a_version_in_brackets_is_the_system_before_it(text):
    bought = {target for _, _, target in facts(text, "ACQUIRED")}
    assert bought == {"MiG-21"}


# --- founders "among" them, and a state's home-built system ---------------------------------

@pytest.mark.parametrize("text", [
    "The Non-Aligned Movement was founded in Belgrade in 1961; Burma and Ceylon were among its founding members.",
    "Burma and Ceylon were among the founding members of the Non-Aligned Movement.",
])
def test_states_among_the_founding_members_are_members(text):
    found = facts(text, "MEMBER_OF")
    assert {("Myanmar", "MEMBER_OF", "Non-Aligned Movement"), ("Sri Lanka", "MEMBER_OF", "Non-Aligned Movement")} <= found


@pytest.mark.parametrize("text", [
    "Burma and Ceylon were among the observers of the Non-Aligned Movement.",
    "Burma and Ceylon were not among the founding members of the Non-Aligned Movement.",
])
def test_states_among_observers_or_not_among_founders_are_not_members(text):
    assert not facts(text, "MEMBER_OF")


@pytest.mark.parametrize("text, relation", [
    ("South Korea's first home-built submarine was the Chang Bogo-class.", ("South Korea", "PRODUCED", "Chang Bogo-class submarine")),
    ("Turkey's home-grown KAAN first flew in 2024.", ("Turkey", "PRODUCED", "KAAN")),
])
def test_a_states_home_built_system_is_its_product(text, relation):
    assert relation in facts(text, "PRODUCED")


def test_a_state_denied_its_own_system_produces_nothing():
    assert not facts("South Korea's own submarine is not the Type 209.", "PRODUCED")


# --- memberships given one after another with their years ---------------------------------

@pytest.mark.parametrize("text", [
    "Pakistan had joined SEATO in 1954 and the Baghdad Pact in 1955.",
    "Pakistan had joined SEATO in 1954 and the Baghdad Pact (later CENTO) in 1955.",
])
def test_a_second_organization_joined_in_its_own_year(text):
    found = facts(text, "MEMBER_OF")
    assert {("Pakistan", "MEMBER_OF", "Southeast Asia Treaty Organization"), ("Pakistan", "MEMBER_OF", "Central Treaty Organization")} <= found


def test_a_second_organization_only_applied_to_is_not_joined():
    found = facts("Pakistan had joined SEATO in 1954 and applied to the Baghdad Pact in 1955.", "MEMBER_OF")
    assert ("Pakistan", "MEMBER_OF", "Central Treaty Organization") not in found


# --- more ways of saying nothing: due, standing to gain, retracted, reported, asked -----------

NOTHING_CASES = [
    ("The first deliveries of Rafale jets to Croatia are due in 2028.", "France delivered Rafale jets to Croatia in 2024.",
     ("Croatia", "ACQUIRED", "Rafale")),
    ("Croatia stands to receive Rafale jets if the budget passes.", "Croatia received Rafale jets.", ("Croatia", "ACQUIRED", "Rafale")),
    ("The story, later retracted, said Croatia had bought Su-35 fighters.", "Croatia had bought Su-35 fighters.", ("Croatia", "ACQUIRED", "Su-35")),
    ("A tabloid said Croatia had bought Su-35 fighters; the story was later retracted.", "Croatia had bought Su-35 fighters.",
     ("Croatia", "ACQUIRED", "Su-35")),
    ("There were reports in 2019 that Croatia had taken delivery of Su-35 fighters.", "Croatia had taken delivery of Su-35 fighters.",
     ("Croatia", "ACQUIRED", "Su-35")),
    ("Media reports say Croatia has ordered Su-35 fighters.", "Croatia has ordered Su-35 fighters.", ("Croatia", "ACQUIRED", "Su-35")),
    ('"Has Croatia bought the Su-35?" a reporter asked the minister.', "Croatia bought the Su-35.", ("Croatia", "ACQUIRED", "Su-35")),
]


@pytest.mark.parametrize("unasserted, plain, relation", NOTHING_CASES)
def test_unasserted_statements_give_nothing(unasserted, plain, relation):
    assert relation in facts(plain)
    assert relation not in facts(unasserted)


@pytest.mark.parametrize("text", [
    "Croatia signed for twelve Rafales from France in 2021, the first of which was due in 2024.",
    "Croatia received the first Rafale jets from France in 2023; the rest are due in 2025.",
])
def test_a_part_still_due_leaves_the_deal_standing(text):
    assert ("Croatia", "ACQUIRED", "Rafale") in facts(text)


def test_a_quoted_question_beside_an_answer_keeps_the_answer():
    text = '"Why did Croatia buy the Rafale?" asked a reporter. The minister said Croatia bought the Rafale to replace its MiG-21s.'
    assert ("Croatia", "ACQUIRED", "Rafale") in facts(text)


OTHER_NOTHING_CASES = [
    ("Uzbekistan asked to join BRICS but was not admitted.", "Uzbekistan joined BRICS in 2025.", ("Uzbekistan", "MEMBER_OF", "BRICS")),
    ("Border clashes between Armenia and Azerbaijan were reported in 2023 but denied by Baku.", "Armenia and Azerbaijan clashed in 2023.",
     ("Armenia", "CLASHED_WITH", "Azerbaijan")),
    ("Pakistan wants China to help it build the J-35.", "China helped Pakistan build the J-35.", ("China", "TRANSFERRED_TECHNOLOGY_TO", "Pakistan")),
    ("Pakistan wants China to help it build the J-35.", "Pakistan builds the J-35.", ("Pakistan", "PRODUCED", "J-35")),
    ("Iran says it builds the Shahed-238 at home; this cannot be verified.", "Iran builds the Shahed-238 at home.", ("Iran", "PRODUCED", "Shahed-238")),
]


@pytest.mark.parametrize("unasserted, plain, relation", OTHER_NOTHING_CASES)
def test_requests_wishes_and_unverifiable_claims_give_nothing(unasserted, plain, relation):
    found = {(s, t, o) if t != "CLASHED_WITH" else tuple(sorted((s, o))) + (t,) for s, t, o in facts(plain)}
    key = relation if relation[1] != "CLASHED_WITH" else tuple(sorted((relation[0], relation[2]))) + (relation[1],)
    assert key in found
    assert not {(s, t, o) for s, t, o in facts(unasserted) if t == relation[1]}


def test_a_wish_in_a_relative_clause_leaves_the_main_clause_standing():
    found = facts("India bought the S-400 from Russia, which expected payment in roubles.")
    assert {("India", "ACQUIRED", "S-400"), ("Russia", "SOLD", "S-400")} <= found


# --- states named as they then were ---------------------------------------------------------

@pytest.mark.parametrize("text, seller, buyer", [
    ("MiG-21 fighters had been supplied to Iraq by the then Soviet Union in 1963.", "Soviet Union", "Iraq"),
    ("T-55 tanks were sold to what was then Yugoslavia by the Soviet Union in the 1960s.", "Soviet Union", "Yugoslavia"),
    ("Iraq had bought the MiG-23 from the then Soviet Union.", "Soviet Union", "Iraq"),
])
def test_a_state_named_as_it_then_was_keeps_its_role(text, seller, buyer):
    found = facts(text, "SOLD", "ACQUIRED")
    assert {(seller, "SOLD"), (buyer, "ACQUIRED")} <= {(s, t) for s, t, _ in found}
    assert (seller, "ACQUIRED") not in {(s, t) for s, t, _ in found}


def test_by_then_opening_a_sentence_leaves_its_subject():
    found = facts("By then Russia had delivered the S-400 to India.", "SOLD")
    assert ("Russia", "SOLD", "S-400") in found


# --- "the service", "the army": the force meant, but no state named --------------------------

def test_the_service_is_the_force_just_named():
    text = "The Royal Thai Air Force picked the Gripen E in August. The service already operates the JAS 39 Gripen."
    assert ("Royal Thai Air Force", "OPERATES", "JAS 39 Gripen") in facts(text)


def test_the_service_life_of_a_system_is_no_force():
    assert not facts("The Royal Thai Air Force picked the Gripen E. The service life of its F-5s ends in 2030.", "OPERATES") - {
        ("Royal Thai Air Force", "OPERATES", "F-5")}


def test_a_bare_service_names_no_state():
    found = facts("Manila is in talks over a second batch of BrahMos missiles for the army.")
    assert not {t for t in found if t[1] == "ARMED_FORCE_OF"}


@pytest.mark.parametrize("text", ["The navy of Iran sailed to Russia.", "Iran's navy sailed to Russia."])
def test_a_service_named_with_its_state_is_tied(text):
    assert ("Islamic Republic of Iran Navy", "ARMED_FORCE_OF", "Iran") in facts(text)


# --- "there": the waters just named ---------------------------------------------------------

@pytest.mark.parametrize("text, relation", [
    ("A Soviet task group moved into the Gulf of Tonkin in 1979. Soviet Pacific Fleet units conducted exercises there in March.",
     ("Soviet Pacific Fleet", "DRILLED_IN", "Gulf of Tonkin")),
    ("In 2023 Japan and the Philippines sailed together in the Philippine Sea, and Japan and Australia held their first joint patrol there.",
     ("Australia", "PATROLLED", "Philippine Sea")),
])
def test_there_after_drills_or_patrols_is_the_waters_named(text, relation):
    assert relation in facts(text)


@pytest.mark.parametrize("text", [
    "A Soviet task group moved into the Gulf of Tonkin in 1979. Soviet Pacific Fleet units might hold exercises there.",
    "A Soviet task group moved into the Gulf of Tonkin in 1979. There were no exercises there.",
])
def test_there_in_a_hedged_or_empty_sentence_gives_nothing(text):
    assert not facts(text, "DRILLED_IN")


# --- "Fresh from" an exercise: its participants ---------------------------------------------

@pytest.mark.parametrize("text", [
    "Fresh from the Joint Sea-2019 exercise, six ships of the PLA Navy and the Russian Navy sailed on to the Sea of Japan.",
    "Fresh from Joint Sea-2019, the PLA Navy and the Russian Navy sailed on to the Sea of Japan.",
])
def test_forces_fresh_from_an_exercise_took_part_in_it(text):
    found = facts(text, "PARTICIPATED_IN")
    assert {("PLA Navy", "PARTICIPATED_IN", "Joint Sea-2019"), ("Russian Navy", "PARTICIPATED_IN", "Joint Sea-2019")} <= found


def test_nobody_fresh_from_an_exercise_gives_no_participant():
    assert not facts("Fresh from Joint Sea-2019, the defence minister flew to Beijing.", "PARTICIPATED_IN")


# --- a second system after a participle, with no comma --------------------------------------

def test_a_second_system_after_a_participle_is_operated_too():
    found = facts("The Royal Moroccan Navy operates FREMM frigates bought from France and two Sigma-class corvettes built in the Netherlands.", "OPERATES")
    assert {("Royal Moroccan Navy", "OPERATES", "FREMM frigate"), ("Royal Moroccan Navy", "OPERATES", "Sigma-class corvette")} <= found


def test_systems_listed_inside_a_relative_clause_are_not_operated():
    text = "Today the Indian Army and the Indian Navy both operate the missile, which has been fitted to ships, coastal batteries and the Su-30MKI fighter."
    assert not {f for f in facts(text, "OPERATES") if f[2] == "Su-30MKI"}
