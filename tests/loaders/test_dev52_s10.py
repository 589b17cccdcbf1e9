"""What a new author's set (dev52: web pages full of boilerplate, all relation types) showed
the rules missing: the furniture of pages saved as plain text and embedded posts, places
that air forces come "from", a subject's "and used them", and the other causes below.
Every sentence here is written for these tests; none is taken from a corpus or evaluation
document."""
from __future__ import annotations

import pytest

from loaders.extract import default_extractor
from loaders.readers import read_bytes
from tests.loaders.sentences import facts


def page_facts(page: str, name: str, *types: str) -> set[tuple]:
    document = read_bytes(page.encode("utf-8"), f"site/{name}")
    found = default_extractor().extract_document(document).relations
    return {(r.source, r.type, r.target) for r in found if not types or r.type in types}


# --- a web page saved as plain text: reader comments and ticker lines ------------------------------

SAVED_PAGE = """THE LAKESIDE COURIER
Home | World | Opinion | Sport
{ticker}

Chile's new frigates arrive

Chile bought two Type 23 frigates from the United Kingdom in 2005.

{comments}
marco_v: Peru also bought Su-25 jets from Belarus, I am sure of it.
lena88: Great article.

(c) 2025 The Lakeside Courier
"""


@pytest.mark.parametrize("comments", ["COMMENTS (41)", "41 comments", "Comments (3):", "Leave a reply", "Join the discussion"])
def test_comments_of_a_page_saved_as_text_give_nothing(comments):
    found = page_facts(SAVED_PAGE.format(ticker="", comments=comments), "page.txt", "ACQUIRED", "SOLD")
    assert ("Chile", "ACQUIRED", "Type 23 frigate") in found
    assert not any(source == "Peru" for source, _, _ in found)


@pytest.mark.parametrize("ticker", [
    "TRENDING: Lima protests go on * Peru buys Su-25 jets from Belarus * Football results",
    "Breaking news: Storm warning · Peru buys Su-25 jets from Belarus · Markets steady",
    "LATEST: Port strike ends | Peru buys Su-25 jets from Belarus | Weather",
])
def test_a_ticker_line_of_a_page_saved_as_text_gives_nothing(ticker):
    found = page_facts(SAVED_PAGE.format(ticker=ticker, comments="Comments (2)"), "page.txt", "ACQUIRED", "SOLD")
    assert ("Chile", "ACQUIRED", "Type 23 frigate") in found
    assert not any(source == "Peru" for source, _, _ in found)


@pytest.mark.parametrize("line", [
    "COMMENT",
    "Comments",
    "BREAKING: Peru buys Su-25 jets from Belarus",
    "Latest: Peru buys Su-25 jets from Belarus * the ministry confirmed it",
])
def test_a_bare_heading_or_a_one_item_headline_is_read(line):
    """A cable's bare COMMENT heading and a wire's one-item BREAKING line are the text itself."""
    text = f"Summary of the week.\n\n{line}\nPeru bought Su-25 jets from Belarus in 2024.\n\nEnd of note.\n"
    if line.startswith(("BREAKING", "Latest")):
        text = f"{line}\n\nEnd of note.\n"
    found = page_facts(text, "note.txt", "ACQUIRED")
    assert ("Peru", "ACQUIRED", "Su-25") in found


# --- an embedded social post on an HTML page ---------------------------------------------------------

@pytest.mark.parametrize("marker", ['class="embed tweet"', 'class="tweet-embed"', 'class="post-tweet"'])
def test_an_embedded_tweet_gives_nothing(marker):
    page = (
        "<html><body><main><article><h1>Summit live</h1>"
        "<p>Chile bought two Type 23 frigates from the United Kingdom in 2005.</p>"
        f"<div {marker}><p>Peru just signed for Su-25 jets from Belarus! &mdash; @fan_account</p></div>"
        "</article></main></body></html>"
    )
    found = page_facts(page, "live.html", "ACQUIRED", "SOLD")
    assert ("Chile", "ACQUIRED", "Type 23 frigate") in found
    assert not any(source == "Peru" for source, _, _ in found)


# --- where the forces come from is not where the exercise was held -----------------------------------

@pytest.mark.parametrize("text", [
    "Red Flag 2024 brought together air forces from across Europe, the Middle East and the Indo-Pacific.",
    "Cobra Gold 2025 drew troops from all over Southeast Asia and the Americas.",
    "Sailors from across the Indo-Pacific took part in RIMPAC 2024.",
    "Pilots from around Europe and Latin America joined Red Flag 2024.",
])
def test_forces_from_across_regions_are_no_venue(text):
    assert not facts(text, "HELD_IN")


@pytest.mark.parametrize("text, place", [
    ("Red Flag 2024 brought together air forces from across Europe and was held across the south-western United States.", "United States"),
    ("Troops from across Central Asia took part in Peace Mission-2021, which was held in Russia.", "Russia"),
    ("Cobra Gold 2025 brought troops from all over Southeast Asia to Thailand.", "Thailand"),
])
def test_the_venue_is_still_read_beside_forces_from_across_regions(text, place):
    held = facts(text, "HELD_IN")
    assert {target for _, _, target in held} == {place}


def test_the_americas_are_not_the_united_states():
    assert not any(target == "United States" for _, _, target in facts("The drills were held in the Americas in 2024.", "HELD_IN"))


# --- systems used to effect or in a war ----------------------------------------------------------------

@pytest.mark.parametrize("text, operator, system", [
    ("Azerbaijan bought Harop loitering munitions from Israel and used them to devastating effect in 2020.", "Azerbaijan", "IAI Harop"),
    ("Ethiopia used Wing Loong II drones to deadly effect against rebel columns.", "Ethiopia", "Wing Loong II"),
    ("Armenia bought Pinaka launchers from India in 2022 and used them during the 2023 offensive.", "Armenia", "Pinaka"),
    ("Morocco used its Bayraktar TB2 drones in the Western Sahara conflict.", "Morocco", "Bayraktar TB2"),
])
def test_a_system_used_to_effect_or_in_a_war_is_operated(text, operator, system):
    assert (operator, "OPERATES", system) in facts(text, "OPERATES")


@pytest.mark.parametrize("text", [
    "Azerbaijan may have used Harop loitering munitions to devastating effect, but that is unconfirmed.",
    "Armenia did not use its Pinaka launchers during the 2023 offensive.",
    "If Ethiopia used Wing Loong II drones in the conflict, the supplier would face questions.",
    "Morocco plans to use Bayraktar TB2 drones in the Western Sahara conflict.",
    "India used the S-400 deal to good effect in its talks with Washington.",
])
def test_hedged_negated_planned_or_figurative_use_gives_nothing(text):
    assert not facts(text, "OPERATES")


# --- a firm named with its nationality and kind is the maker, not its state ------------------------------

@pytest.mark.parametrize("text, maker, system", [
    ("The Gripen E is built by the Swedish firm Saab at Linköping.", "Saab", "Gripen E"),
    ("The K9 howitzer is made by South Korean company Hanwha Aerospace.", "Hanwha Aerospace", "K9 Thunder"),
    ("The Rafale was designed by the French manufacturer Dassault Aviation.", "Dassault Aviation", "Rafale"),
])
def test_a_firm_after_its_nationality_and_kind_is_the_maker(text, maker, system):
    found = facts(text, "PRODUCED")
    assert (maker, "PRODUCED", system) in found
    assert not any(source != maker for source, _, _ in found)


@pytest.mark.xfail(strict=True, reason="'French aircraft maker' before the firm: the noun 'aircraft' after the demonym loses the firm as agent")
def test_a_firm_after_its_nationality_and_an_aircraft_kind_is_the_maker():
    assert ("Dassault Aviation", "PRODUCED", "Rafale") in facts("The Rafale was designed by the French aircraft maker Dassault Aviation.", "PRODUCED")


def test_a_second_firm_together_with_the_first_is_a_maker_too():
    found = facts("The Scorpène was designed by the French shipbuilder DCNS together with Spain's Navantia.", "PRODUCED")
    assert found == {("Naval Group", "PRODUCED", "Scorpène-class submarine"), ("Navantia", "PRODUCED", "Scorpène-class submarine")}


def test_a_firm_that_may_build_it_gives_nothing():
    assert not facts("The Gripen E may one day be built by the Indian firm Tata in Nagpur.", "PRODUCED")


# --- the founders of a joint venture are not its products' makers ---------------------------------------

@pytest.mark.parametrize("text", [
    "The missile is the BrahMos, built by BrahMos Aerospace, a joint venture set up in 1998 by India's Defence Research and Development Organisation and Russia's NPO Mashinostroyeniya.",
    "Naval Group, a company owned largely by France, built the Kalvari-class submarine design.",
])
def test_founders_or_owners_in_an_apposition_make_nothing(text):
    found = facts(text, "PRODUCED")
    assert not any(source in ("Defence Research and Development Organisation", "NPO Mashinostroyeniya", "France") for source, _, _ in found)


# --- "ships" as a noun is no delivery -----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Norway fielded its CV90 vehicles near the coast, and its frigates escorted landing ships into the fjord.",
    "Greece deployed its Leopard 2 tanks on the islands and chartered supply ships for the garrison.",
])
def test_landing_or_supply_ships_are_no_sale(text):
    assert not facts(text, "SOLD", "ACQUIRED")


def test_ships_as_a_verb_is_still_a_delivery():
    assert ("Russia", "SOLD", "S-400") in facts("In 2019 Russia ships the first S-400 regiment to Turkey.", "SOLD")


# --- strikes on towns inside a state, and the next clause's led body ------------------------------------

@pytest.mark.parametrize("text", [
    "In May 2021 Kyrgyz forces shelled villages inside Tajikistan.",
    "Tajik troops struck towns inside Kyrgyzstan in September 2022, and the Russian-led CSTO stayed silent.",
    "Kyrgyz units attacked positions inside Tajikistan, and the Russian-led Collective Security Treaty Organization sent observers.",
])
def test_strikes_on_towns_inside_a_state_are_a_clash_of_the_two(text):
    found = facts(text, "CLASHED_WITH")
    assert len(found) == 1 and {found.copy().pop()[0], found.copy().pop()[2]} == {"Kyrgyzstan", "Tajikistan"}


@pytest.mark.parametrize("text", [
    "Officials denied that Tajik troops struck towns inside Kyrgyzstan in 2024.",
    "Tajik troops may strike towns inside Kyrgyzstan if talks fail, analysts warn.",
])
def test_denied_or_feared_strikes_on_towns_are_no_clash(text):
    assert not facts(text, "CLASHED_WITH")


# --- a craft's own journey ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text, operator, system", [
    ("Italy's F-35s made the long transit to Alaska for the drill.", "Italy", "F-35"),
    ("Italian F-35A jets made the long transit to Alaska.", "Italy", "F-35"),
    ("Two Indian Su-30MKI fighters made a non-stop flight to Darwin.", "India", "Su-30MKI"),
])
def test_crafts_that_made_a_journey_are_operated(text, operator, system):
    assert (operator, "OPERATES", system) in facts(text, "OPERATES")


@pytest.mark.xfail(strict=True, reason="a possessive state before a system and its noun ('Italy's F-35A jets made ...') is not read as the crafts' own deed")
def test_a_possessed_system_and_its_noun_that_made_a_journey_are_operated():
    assert ("Italy", "OPERATES", "F-35") in facts("Italy's F-35A jets made the long transit to Alaska for the drill.", "OPERATES")


def test_a_journey_is_no_production():
    assert not facts("Italian F-35A jets made the long transit to Alaska.", "PRODUCED")


def test_a_journey_still_to_be_made_gives_nothing():
    assert not facts("Italy's F-35A jets may make the long transit to Alaska next year.", "OPERATES")


# --- "member" alone in an apposition, with the organization in view ---------------------------------------

@pytest.mark.parametrize("text, members", [
    ("The OSCE met in Vienna. Austria, a founding member, chaired the session.", {"Austria"}),
    ("Finland joined NATO in 2023 after Turkey and Hungary, the last two members to ratify, approved its accession.", {"Finland", "Turkey", "Hungary"}),
    ("ASEAN leaders met in Vientiane. Timor-Leste, the newest member, attended for the first time.", {"Timor-Leste"}),
])
def test_a_bare_member_in_apposition_is_of_the_organization_in_view(text, members):
    assert {source for source, _, _ in facts(text, "MEMBER_OF")} == members


@pytest.mark.parametrize("text", [
    "Austria, a founding member, chaired the session.",
    "The OSCE met in Vienna. Japan, a partner, attended the session.",
    "NATO leaders met in Vilnius. Ukraine, a future member, attended the dinner.",
    "NATO leaders met in Vilnius. Ukraine, not a member, attended the dinner.",
])
def test_no_organization_in_view_or_no_membership_gives_nothing(text):
    assert not facts(text, "MEMBER_OF")


# --- an exercise that stretched into other states -----------------------------------------------------------

@pytest.mark.parametrize("text, places", [
    ("Denmark hosted BALTOPS 2025, which this year stretched across the border into Germany and Poland.", {"Germany", "Poland"}),
    ("Cold Response 2022 extended into Sweden and Finland for the first time.", {"Sweden", "Finland"}),
])
def test_an_exercise_that_stretched_into_states_was_held_there(text, places):
    found = facts(text)
    assert {target for _, kind, target in found if kind == "HELD_IN"} == places
    assert not any(kind == "PARTICIPATED_IN" for _, kind, _ in found)


@pytest.mark.parametrize("text", [
    "Cold Response 2026 may extend into Finland if Helsinki agrees.",
    "Cold Response 2022 did not extend into Finland.",
    "Russian influence has spread into Central Asia since the war.",
])
def test_a_reach_planned_denied_or_of_no_exercise_gives_nothing(text):
    assert not facts(text, "HELD_IN")
