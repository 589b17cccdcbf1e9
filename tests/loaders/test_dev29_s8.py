"""Web pages whose furniture states facts around an article whose facts must be found: a
sidebar table the CMS calls a "sidebar" but heads "... at a glance", embedded social posts,
a reader app's saved copy with its leftover link lists, and an inventory table whose
in-service cell gives only an order. Every text here is written for these tests; none is
taken from a corpus or evaluation document."""
from __future__ import annotations

import pytest

from loaders.extract import default_extractor
from loaders.readers import read_bytes
from tests.loaders.sentences import facts


def page_facts(page: str, name: str = "page.html", *types: str) -> set[tuple]:
    document = read_bytes(page.encode("utf-8"), f"site/{name}")
    found = default_extractor().extract_document(document).relations
    return {(r.source, r.type, r.target) for r in found if not types or r.type in types}


def article(body: str) -> str:
    return (
        "<html><head><title>Fleet notes</title></head><body><main><article>"
        "<h1>How Peru keeps its navy at sea</h1><p>Lima has long bought abroad.</p>"
        f"{body}</article></main></body></html>"
    )


# --- a fact box in a "sidebar" aside ------------------------------------------------------------

SIDEBAR = """<aside class="sidebar">
<h3>Peru's submarines at a glance</h3>
<table><tr><th>System</th><th>Supplier</th><th>In service</th></tr>
<tr><td>Type 209 submarine</td><td>Germany</td><td>1980</td></tr></table>
</aside>"""


def test_a_sidebar_headed_at_a_glance_inside_the_article_is_read():
    found = page_facts(article(SIDEBAR))
    assert ("Germany", "SOLD", "Type 209 submarine") in found


def test_a_sidebar_of_further_reading_is_still_furniture():
    box = SIDEBAR.replace("Peru's submarines at a glance", "Further reading")
    assert page_facts(article(box)) == set()


def test_a_box_headed_at_a_glance_but_marked_as_related_is_still_furniture():
    box = SIDEBAR.replace('class="sidebar"', 'class="sidebar related-stories"')
    assert page_facts(article(box)) == set()


def test_a_sidebar_outside_the_article_is_still_furniture():
    page = article("").replace("</main>", "</main>" + SIDEBAR)
    assert not any(t == "SOLD" for _, t, _ in page_facts(page))


# --- embedded social posts ----------------------------------------------------------------------

def test_an_embedded_social_post_gives_nothing():
    post = ('<blockquote class="twitter-tweet"><p>Chile just bought Leopard 2 tanks from Germany, '
            'huge news</p>&mdash; Andes Watch (@andeswatch)</blockquote>')
    assert page_facts(article(f"<p>The navy sailed on Monday.</p>{post}"), "page.html", "SOLD", "ACQUIRED") == set()


def test_an_embedded_post_with_a_cms_class_gives_nothing():
    post = ('<blockquote class="embedded-post"><p>@sea_lanes: Colombia took delivery of Type 209 boats '
            'from Germany today</p></blockquote>')
    assert page_facts(article(post), "page.html", "SOLD", "ACQUIRED") == set()


def test_a_quotation_in_the_article_still_counts():
    quote = "<blockquote><p>Chile bought Leopard 2 tanks from Germany in 2007, the minister recalled.</p></blockquote>"
    assert ("Chile", "ACQUIRED", "Leopard 2") in page_facts(article(quote))


# --- a reader app's saved copy: leftover link lists --------------------------------------------

SAVED = """# The Andean arms market

Chile bought Leopard 2 tanks from Germany in 2007.

**Read more**

- [Peru buys Su-30 fighters from Russia](https://example.org/peru-su30)
- [Bolivia acquires K-8 jets from China](https://example.org/bolivia-k8)
"""


def test_link_only_list_items_of_a_saved_page_give_nothing():
    found = page_facts(SAVED, "saved.md", "SOLD", "ACQUIRED")
    assert ("Chile", "ACQUIRED", "Leopard 2") in found
    assert not {source for source, _, _ in found} & {"Peru", "Bolivia", "Russia", "China"}


def test_a_list_item_with_prose_around_its_link_still_counts():
    text = "Deliveries this year:\n\n- Peru received [Su-25 jets](https://example.org/x) from Belarus.\n"
    assert ("Peru", "ACQUIRED", "Su-25") in page_facts(text, "saved.md", "ACQUIRED")


# --- an in-service cell that gives an order ----------------------------------------------------

def inventory(cell: str) -> str:
    return ("Peru's fleet\n\n| System | Supplier | In service |\n|---|---|---|\n"
            f"| Type 209 submarine | Germany | {cell} |\n")


def test_an_in_service_year_gives_operates():
    assert ("Peru", "OPERATES", "Type 209 submarine") in facts(inventory("1980"), "OPERATES")


def test_an_order_year_in_the_in_service_column_is_no_operator():
    for cell in ("ordered 2024", "on order (2026)", "due 2027"):
        assert facts(inventory(cell), "OPERATES") == set(), cell


# --- a "-built" word that describes something else -------------------------------------------

def test_a_built_word_before_a_quoted_name_makes_no_later_system():
    text = 'Officials ask whether a Korean-built "Iron Shield" could one day replace the Patriot.'
    assert facts(text, "PRODUCED") == set()


def test_a_built_word_whose_noun_is_the_subject_of_a_verb_makes_no_object():
    assert facts("A Spanish-built corvette escorted the Kilo-class submarine home.", "PRODUCED") == set()


def test_a_built_word_right_before_its_system_still_counts():
    assert ("France", "PRODUCED", "Rafale") in facts("Chile flies French-built Rafale jets.", "PRODUCED")
    assert ("Sweden", "PRODUCED", "JAS 39 Gripen") in facts("A Swedish-built Gripen landed at Wing 7 on Monday.", "PRODUCED")


# --- the long form of a force's name ------------------------------------------------------------

def test_united_states_military_is_the_armed_forces():
    text = "Alongside the Royal Thai Army and the United States military, troops from Japan took part in Cobra Gold 2025."
    found = facts(text, "PARTICIPATED_IN")
    assert ("United States Armed Forces", "PARTICIPATED_IN", "Cobra Gold") in found
    assert ("United States", "PARTICIPATED_IN", "Cobra Gold") not in found


def test_united_states_military_observers_take_no_part():
    text = "The United States military sent only observers to Cobra Gold 2025."
    assert facts(text, "PARTICIPATED_IN") == set()


# --- the other side's aircraft in a fight ------------------------------------------------------

def test_aircraft_flown_against_another_nations_are_not_the_subjects():
    text = "Peru's air force flew Russian-made Su-25 jets against Ecuadorian Mirage 2000s in 1995."
    found = facts(text, "OPERATES")
    assert ("Peruvian Air Force", "OPERATES", "Su-25") in found or ("Peru", "OPERATES", "Su-25") in found
    assert not any(target == "Mirage 2000" and source in ("Peru", "Peruvian Air Force") for source, _, target in found)


def test_aircraft_flown_alongside_its_own_still_count():
    found = facts("Egypt flew its MiG-29M fighters alongside its Rafale jets.", "OPERATES")
    assert ("Egypt", "OPERATES", "MiG-29M") in found


# --- "the two fleets" after "the X and Y navies" in the same sentence -------------------------

def test_the_two_fleets_are_the_navies_the_sentence_named_by_their_states():
    text = ("In May the Indian and French navies held Varuna-2025 in the Arabian Sea, and the two fleets "
            "then sailed together on a joint patrol in the Indian Ocean.")
    found = facts(text, "PATROLLED")
    assert {("Indian Navy", "PATROLLED", "Indian Ocean"), ("French Navy", "PATROLLED", "Indian Ocean")} <= found
    assert not any(source in ("India", "France") for source, _, _ in found)


def test_the_two_fleets_planning_a_patrol_give_nothing():
    text = ("In May the Indian and French navies held Varuna-2025 in the Arabian Sea, and the two fleets "
            "may later sail together on a joint patrol in the Indian Ocean.")
    assert facts(text, "PATROLLED") == set()


# --- one state's partnerships with each of a long list -----------------------------------------

def test_one_states_partnerships_with_each_of_four_or_more_states():
    text = ("Indonesia has signed comprehensive strategic partnerships with China, India, Australia, the United "
            "States and, since 2024, Japan.")
    found = facts(text, "PARTNERS_WITH")
    expected = {("Indonesia", "PARTNERS_WITH", other) for other in ("China", "India", "Australia", "United States", "Japan")}
    assert {tuple(sorted((a, c))) for a, _, c in found} == {tuple(sorted((a, c))) for a, _, c in expected}


def test_a_list_of_states_called_partners_is_no_pairwise_partnership():
    assert facts("Brazil, India, Indonesia and South Africa are all strategic partners of the bloc.", "PARTNERS_WITH") == set()


def test_partnerships_hoped_for_or_denied_with_a_long_list_give_nothing():
    for text in (
        "Indonesia hopes to sign strategic partnerships with China, India, Australia and Japan.",
        "Indonesia has not signed strategic partnerships with China, India, Australia or Japan.",
    ):
        assert facts(text, "PARTNERS_WITH") == set(), text


# --- aircraft that join other aircraft -----------------------------------------------------------

EXERCISE_BEFORE = "In June the Indian and French navies held Varuna-2025 in the Arabian Sea.\n\n"


def test_aircraft_joining_other_aircraft_join_no_exercise():
    text = EXERCISE_BEFORE + "On Saturday two French Rafale jets joined two Indian Su-30MKI fighters over the Arabian Sea."
    found = facts(text, "PARTICIPATED_IN")
    assert not any(source in ("France", "India") for source, _, _ in found)


def test_a_state_joining_the_exercise_still_takes_part():
    found = facts(EXERCISE_BEFORE + "Japan joined the exercise in its second week.", "PARTICIPATED_IN")
    assert any(source == "Japan" for source, _, _ in found)


def test_ships_joining_the_named_exercise_still_take_part():
    found = facts("Two Japanese destroyers joined Malabar-2023 off Sydney.", "PARTICIPATED_IN")
    assert any(target == "Malabar-2023" for _, _, target in found)


# --- a claim whose "that" is left out before "the bombers" ------------------------------------

PATROL_BEFORE = "Russian and Chinese bombers flew a joint patrol over the Sea of Japan on Tuesday. "


def test_a_claim_with_that_left_out_before_a_definite_subject_gives_nothing():
    for claim in ("Some bloggers claim the bombers also flew over the Pacific Ocean.",
                  "Observers online allege these aircraft then flew over the Pacific Ocean."):
        assert not any(target == "Pacific Ocean" for _, _, target in facts(PATROL_BEFORE + claim, "PATROLLED")), claim


def test_the_same_leg_stated_plainly_counts():
    found = facts(PATROL_BEFORE + "The bombers also flew over the Pacific Ocean.", "PATROLLED")
    assert ("Russia", "PATROLLED", "Pacific Ocean") in found


def test_claims_with_a_noun_object_do_not_hedge_the_next_clause():
    found = facts("China claims the disputed islands, and its navy patrolled the South China Sea with Russia in 2016.", "PATROLLED")
    assert ("Russia", "PATROLLED", "South China Sea") in found


# --- a force's firing of a system, in nominal form ------------------------------------------------

def test_a_forces_live_firing_of_its_system_is_operation():
    for text, expected in (
        ("The drill saw the Philippine Marine Corps' first live firing of its BrahMos battery.", ("Philippine Marine Corps", "OPERATES", "BrahMos")),
        ("Its climax was the first firing in Norway of the HIMARS by the United States Marine Corps.", ("United States Marine Corps", "OPERATES", "HIMARS")),
    ):
        assert expected in facts(text, "OPERATES"), text


def test_a_firing_planned_cancelled_or_denied_gives_nothing():
    for text in (
        "The planned firing of the HIMARS by the United States Marine Corps was cancelled.",
        "There was no firing of the HIMARS by the United States Marine Corps.",
    ):
        assert facts(text, "OPERATES") == set(), text


def test_a_firing_that_may_follow_gives_nothing():
    # (fixed in session 16: a nominal transfer or operation foreseen by the verb it is the subject of)
    assert facts("A firing of the HIMARS by the United States Marine Corps may follow next year.", "OPERATES") == set()


# --- "a move A and B have both condemned" ----------------------------------------------------

def test_a_move_a_pair_both_condemned():
    text = "Japan stationed Type 12 missiles on Yonaguni in 2024, a move Beijing and Pyongyang have both condemned."
    found = facts(text, "OPPOSES")
    assert {("China", "OPPOSES", "Japan"), ("North Korea", "OPPOSES", "Japan")} <= found


def test_a_move_a_pair_may_both_condemn_gives_nothing():
    for text in (
        "Japan stationed Type 12 missiles on Yonaguni in 2024, a move Beijing and Pyongyang may both condemn.",
        "Japan stationed Type 12 missiles on Yonaguni in 2024, a move Beijing and Pyongyang have not both condemned.",
    ):
        assert facts(text, "OPPOSES") == set(), text


# --- "the aircraft" after a maker, and "the first battery" ---------------------------------------

def test_the_aircraft_a_firm_builds_is_its_own_of_the_systems_just_named():
    text = ("Egypt took its first Rafale jets from France in 2015. The air force also flies the MiG-29M. "
            "Dassault Aviation builds the aircraft at Merignac.")
    found = facts(text, "PRODUCED")
    assert ("Dassault Aviation", "PRODUCED", "Rafale") in found
    assert ("Dassault Aviation", "PRODUCED", "MiG-29M") not in found


def test_the_aircraft_a_firm_may_build_gives_nothing():
    text = ("Egypt took its first Rafale jets from France in 2015. The air force also flies the MiG-29M. "
            "Dassault Aviation may one day build the aircraft in Egypt.")
    assert facts(text, "PRODUCED") == set()


def test_the_first_battery_is_the_system_just_named():
    text = ("Indonesia received HQ-9 air defence missiles from China in 2024. The Indonesian Army, which has "
            "operated the first battery since June, will field two more.")
    assert ("Indonesian Army", "OPERATES", "HQ-9") in facts(text, "OPERATES")


def test_a_battery_to_be_operated_gives_nothing():
    text = "Indonesia received HQ-9 air defence missiles from China in 2024. The Indonesian Army will operate the battery from 2026."
    assert facts(text, "OPERATES") == set()


def test_the_batterys_commander_is_no_system():
    text = ("Indonesia received HQ-9 air defence missiles from China in 2024. At the ceremony the Chinese "
            "ambassador watched as the battery's commander received the unit colours.")
    found = facts(text, "ACQUIRED")
    assert not any(source == "China" for source, _, _ in found)


# --- "its <types> fleet" after a clause about new aircraft ------------------------------------------

def test_its_types_fleet_is_the_owners_whatever_is_said_of_new_aircraft():
    text = "The Royal Malaysian Air Force will base the new jets beside its Su-30MKM and F-5 fleet."
    found = facts(text, "OPERATES")
    assert {("Royal Malaysian Air Force", "OPERATES", "Su-30MKM"), ("Royal Malaysian Air Force", "OPERATES", "F-5")} <= found


def test_its_fleet_after_a_seller_is_the_buyers():
    found = facts("Russia sold Su-35s to Indonesia to serve beside its F-5 fleet.", "OPERATES")
    assert ("Indonesia", "OPERATES", "F-5") in found and ("Russia", "OPERATES", "F-5") not in found


def test_a_fleet_reported_or_denied_gives_nothing():
    for text in ("Reports that Egypt flies its MiG-29 fleet from Berenice were never confirmed.", "Egypt has no MiG-29 fleet.",
                 "Jordan put its CH-4 fleet up for sale in 2019.", "Egypt is replacing its MiG-29 fleet."):
        assert facts(text, "OPERATES") == set(), text


# --- "Training took place ... in <state>" after the exercise ----------------------------------------

HOSTED_BEFORE = "Thailand and the United States co-hosted Cobra Gold 2025 in February. "


def test_training_that_took_place_in_a_state_is_where_the_exercise_was_held():
    text = HOSTED_BEFORE + "Training took place across Chonburi and Rayong and, for the first time, in Cambodia."
    assert ("Cobra Gold", "HELD_IN", "Cambodia") in facts(text, "HELD_IN")


def test_training_that_may_take_place_or_other_training_gives_no_venue():
    for text in (
        HOSTED_BEFORE + "Training may take place in Cambodia next year.",
        HOSTED_BEFORE + "Joint training with Laos took place in Cambodia in March.",
    ):
        assert not any(target == "Cambodia" for _, _, target in facts(text, "HELD_IN")), text


def test_a_part_of_a_state_named_with_a_compass_word_is_no_party():
    text = HOSTED_BEFORE + "The exercise took place across Western Australia and, for the first time, in Cambodia."
    found = facts(text)
    assert ("Cobra Gold", "HELD_IN", "Cambodia") in found
    assert not any("Australia" in (source, target) for source, _, target in found)


def test_states_whose_own_names_carry_a_compass_word_are_still_found():
    assert ("South Korea", "ACQUIRED", "F-35") in facts("South Korea bought F-35 jets from the United States in 2014.", "ACQUIRED")


def test_crafts_fought_against_are_the_other_nations():
    text = "During the 1995 war Peru's air force flew Su-25 jets against Ecuadorian Mirage F1 fighters."
    found = facts(text, "OPERATES")
    assert ("Ecuador", "OPERATES", "Mirage F1") in found


def test_crafts_perhaps_or_never_fought_against_give_nothing():
    for text in ("Peru may have flown Su-25 jets against Ecuadorian Mirage F1 fighters.",
                 "Peru never flew Su-25 jets against Ecuadorian Mirage F1 fighters."):
        assert not any(source == "Ecuador" for source, _, _ in facts(text, "OPERATES")), text


# --- "the same class" -------------------------------------------------------------------------------

def test_the_same_class_is_the_class_just_named():
    text = "Germany sold four Type 209 submarines to Peru. Their crews trained in Chile, which operates the same class."
    assert ("Chile", "OPERATES", "Type 209 submarine") in facts(text, "OPERATES")


def test_the_same_class_hoped_for_gives_nothing():
    text = "Germany sold four Type 209 submarines to Peru. Their crews trained in Chile, which hopes to buy the same class."
    assert not any(source == "Chile" for source, _, _ in facts(text))


# --- ", a year after Iran": another who did the same ------------------------------------------------

def test_a_state_after_a_year_after_did_the_same():
    found = facts("Laos joined the Asian Infrastructure Investment Bank in 2017, a year after Cambodia.", "MEMBER_OF")
    assert {source for source, _, _ in found} == {"Laos", "Cambodia"}


def test_a_delivery_a_year_after_another_buyers():
    found = facts("France delivered Rafale jets to Greece in 2021, six years after Egypt.", "ACQUIRED")
    assert {source for source, _, _ in found} == {"Greece", "Egypt"}


def test_a_step_not_taken_a_year_after_another_gives_nothing():
    for text in ("Laos did not join the Asian Infrastructure Investment Bank in 2017, a year after Cambodia.",
                 "Laos may join the Asian Infrastructure Investment Bank in 2027, a year after Cambodia."):
        assert facts(text, "MEMBER_OF") == set(), text


@pytest.mark.xfail(strict=True, reason="'as its tenth member' between the organization and the date hides the elliptical "
                   "'a year after Iran' from the joining frame")
def test_a_state_after_a_year_after_with_an_ordinal_member_phrase():
    found = facts("Belarus joined the Shanghai Cooperation Organisation as its tenth member in July 2024, a year after Iran.", "MEMBER_OF")
    assert ("Iran", "MEMBER_OF", "Shanghai Cooperation Organisation") in found
