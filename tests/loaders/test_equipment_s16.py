"""Arms transfers, licences and operators in shapes other writers use (session 16): a
licence that names no giver after a sale of the same kit, a licence taken "from" its
giver in any tense. Every sentence is written for these tests."""
from __future__ import annotations

import pytest

from loaders.extract import extract_text
from tests.loaders.sentences import facts

TT = "TRANSFERRED_TECHNOLOGY_TO"


# --- a bare licence after a sale: the supplier licensed the buyer ------------------------

@pytest.mark.parametrize("text, giver, receiver", [
    ("India bought its first MiG-29s from the Soviet Union in 1987, and Hindustan Aeronautics Limited later assembled them under licence.", "Soviet Union", "India"),
    ("Iran shipped Shahed-136 drones to Russia in 2022, and Russia now produces them under licence at Alabuga.", "Iran", "Russia"),
    ("Moscow supplied Beijing with its first Su-27SK fighters, and China afterwards built the type under licence as the J-11.", "Russia", "China"),
    ("In the 1970s the Soviet Union delivered T-72 tanks to India, which later built them under licence at Avadi.", "Soviet Union", "India"),
    ("Vietnam received two Tarantul-class corvettes from Russia and went on to build further boats under licence near Ho Chi Minh City.", "Russia", "Vietnam"),
])
def test_a_bare_licence_after_a_sale_licenses_the_buyer(text, giver, receiver):
    assert (giver, TT, receiver) in facts(text, TT)


def test_a_licence_with_its_giver_named_owes_nothing_to_an_earlier_sale():
    found = facts("France sold Mirage 2000 jets to India, and India builds the Su-30MKI under licence from Russia.", TT)
    assert ("France", TT, "India") not in found


@pytest.mark.parametrize("text", [
    # another state builds something else under licence: no tie to the sale
    "China bought Su-27 fighters from Russia; Pakistan builds the JF-17 under licence.",
    # hedged, or without a licence
    "Russia sold Kilo-class submarines to Vietnam, and Vietnam may one day build more of them under licence.",
    "Russia sold T-72 tanks to India, and India built its own Arjun tank without any licence.",
    "Germany delivered Type 209 submarines to Turkey, and Turkey built them with no licence at all.",
])
def test_no_licence_is_read_from_a_sale_alone(text):
    assert facts(text, TT) == set()


# --- a licence taken from its giver, in any tense; "licensed X from Y" -------------------

@pytest.mark.parametrize("text, giver, receiver", [
    ("Pakistan obtains a licence from China to assemble the K-8 trainer at Kamra.", "China", "Pakistan"),
    ("In 2019 Egypt secured the rights from Germany to build Type 209 submarines at Alexandria.", "Germany", "Egypt"),
    ("Brazil receives a licence from Sweden to manufacture the Gripen E at Gaviao Peixoto.", "Sweden", "Brazil"),
    ("The armoured cars are built in Jordan under licence received from South Africa.", "South Africa", "Jordan"),
    ("Australia licensed the Spanish F-100 frigate design from Spain for its Hobart class.", "Spain", "Australia"),
    ("Poland has licensed the K9 chassis and its gun from South Korea.", "South Korea", "Poland"),
])
def test_the_licensee_takes_the_licence_from_its_giver(text, giver, receiver):
    found = facts(text, TT)
    assert (giver, TT, receiver) in found
    assert (receiver, TT, giver) not in found


@pytest.mark.parametrize("text, giver, receiver", [
    # the giver is the subject when the licence goes "to" someone, whatever "from" follows
    ("Russia licensed the Su-30MKI to India from 2000 onwards.", "Russia", "India"),
    ("France licensed the Scorpene design to Brazil in 2008.", "France", "Brazil"),
])
def test_a_licence_given_to_someone_keeps_its_giver(text, giver, receiver):
    assert (giver, TT, receiver) in facts(text, TT)


@pytest.mark.parametrize("text", [
    "Pakistan hopes to obtain a licence from China to assemble the J-10C.",
    "Egypt has not secured the rights from Germany to build Type 209 submarines.",
    "Indonesia sought a licence from South Korea to build the K9, without success.",
])
def test_a_licence_not_taken_gives_nothing(text):
    assert facts(text, TT) == set()


# --- one nationality's craft on a passage of its own: the state flies or sails it -------

@pytest.mark.parametrize("text, fact", [
    ("Two Chinese Type 055 destroyers passed through the Tsushima Strait on Monday.", ("China", "OPERATES", "Type 055 destroyer")),
    ("A Russian Il-20 reconnaissance aircraft violated Finnish airspace for two minutes.", ("Russia", "OPERATES", "Il-20")),
    ("A Russian A-50 radar plane accompanying the bombers briefly violated the airspace over the islets.", ("Russia", "OPERATES", "A-50")),
    ("Four Russian Tu-22M3 bombers landed at Hmeimim after the strike.", ("Russia", "OPERATES", "Tu-22M3")),
    ("Three Chinese Y-20 transports touched down in Tehran with relief supplies.", ("China", "OPERATES", "Y-20")),
    ("Indonesian F-16 fighters took part in the final week of the exercise.", ("Indonesia", "OPERATES", "F-16")),
    ("Russian Steregushchiy-class corvettes sailed into the Sea of Japan at dawn.", ("Russia", "OPERATES", "Steregushchiy-class corvette")),
])
def test_a_nationalitys_craft_on_its_own_passage_is_operated_by_that_state(text, fact):
    assert fact in facts(text, "OPERATES")


@pytest.mark.parametrize("text", [
    "No Russian Tu-160 bombers landed in Venezuela that year.",
    "Not a single Chinese destroyer sailed through the strait in 2023.",
    "Russian S-400 systems arrived in Turkey in July 2019.",
    "Turkey's Russian-made S-400 launchers passed their acceptance tests.",
])
def test_no_operator_from_a_denied_passage_or_a_delivery(text):
    found = facts(text, "OPERATES")
    assert not any(source in ("Russia", "China") for source, _, _ in found)


# --- an order or contract for a system, its seller after "with" --------------------------

@pytest.mark.parametrize("text, seller, system, buyer", [
    ("Kuwait inked an order for Eurofighter Typhoon fighters with Italy in 2016.", "Italy", "Eurofighter Typhoon", "Kuwait"),
    ("Greece's order for 18 Rafale jets, signed with Dassault Aviation in January 2021, was the first in Europe.", "Dassault Aviation", "Rafale", "Greece"),
    ("Egypt placed a second order for Rafale fighters with France in 2021.", "France", "Rafale", "Egypt"),
    ("The contract for 36 AH-64E helicopters was signed with the United States government in 2023.", "United States", "AH-64E", None),
    ("Follow-on order for Piorun launchers, placed with Mesko in May.", "Mesko", "Piorun", None),
])
def test_the_seller_of_an_order_stands_after_with(text, seller, system, buyer):
    found = facts(text, "SOLD", "ACQUIRED")
    assert (seller, "SOLD", system) in found
    if buyer:
        assert (buyer, "ACQUIRED", system) in found
        sold = [r for r in extract_text(text).relations if r.type == "SOLD" and r.source == seller]
        assert sold[0].properties.get("to") == buyer


@pytest.mark.parametrize("text", [
    "Qatar may place an order for Eurofighter Typhoon jets with Italy next year.",
    "Talks on a contract for Rafale jets with France have stalled.",
    "The order for Rafale jets with France was cancelled in 2020.",
    "An order for Gripen fighters with deliveries from 2026 is under discussion.",
])
def test_an_order_not_placed_sells_nothing(text):
    assert facts(text, "SOLD") == set()


# --- a state's own systems said delivered, no giver named: the state acquired them -------

@pytest.mark.parametrize("text, buyer, system", [
    ("Poland's first K2 tanks were delivered in December 2022.", "Poland", "K2 Black Panther"),
    ("The last of Norway's 52 F-35A combat aircraft was delivered in 2024.", "Norway", "F-35"),
    ("Finland's K9 howitzers, bought in 2017, are based at Niinisalo.", "Finland", "K9 Thunder"),
    ("Egypt's two Mistral-class ships had been handed over in 2016.", "Egypt", "Mistral-class amphibious assault ship"),
    ("Hungary's C-390 transports were received at Kecskemet last year.", "Hungary", "C-390"),
])
def test_a_states_own_systems_delivered_were_acquired_by_it(text, buyer, system):
    assert (buyer, "ACQUIRED", system) in facts(text, "ACQUIRED")


@pytest.mark.parametrize("text, state", [
    # the possessive is the maker or seller when a taker follows "to"
    ("Russia's S-400 systems were delivered to Turkey in 2019.", "Russia"),
    ("China's J-10C fighters were delivered to Pakistan in 2022.", "China"),
    # hedged or made, not delivered
    ("Norway's F-35A fighters may be delivered in 2030.", "Norway"),
    ("Brazil's Gripen E fighters were assembled at Gaviao Peixoto.", "Brazil"),
])
def test_no_purchase_by_the_possessive_state_of_a_delivery_elsewhere(text, state):
    assert not any(source == state for source, _, _ in facts(text, "ACQUIRED"))


# --- a counted group of states described by a place or a kind of state -------------------

@pytest.mark.parametrize("text, buyers, system, seller", [
    ("Qatar, Kuwait and Oman met in Doha in May. The three Gulf states had bought Typhoons from the United Kingdom.",
     ("Qatar", "Kuwait", "Oman"), "Eurofighter Typhoon", "United Kingdom"),
    ("Mali, Burkina Faso and Niger left ECOWAS in 2024. The three juntas have all ordered TB2 drones from Turkey.",
     ("Mali", "Burkina Faso", "Niger"), "Bayraktar TB2", "Turkey"),
    ("Kazakhstan, Uzbekistan and Kyrgyzstan met in Astana. The three Central Asian republics received Wing Loong drones from China.",
     ("Kazakhstan", "Uzbekistan", "Kyrgyzstan"), "Wing Loong I", "China"),
    ("Saudi Arabia, Bahrain and the United Arab Emirates signed the accord. The three Gulf monarchies bought Patriot batteries from the United States.",
     ("Saudi Arabia", "Bahrain", "United Arab Emirates"), "Patriot", "United States"),
])
def test_a_counted_group_named_by_its_region_or_kind_is_the_states_just_named(text, buyers, system, seller):
    found = facts(text, "ACQUIRED", "SOLD")
    for buyer in buyers:
        assert (buyer, "ACQUIRED", system) in found
    assert (seller, "SOLD", system) in found


@pytest.mark.parametrize("text", [
    # the group's deed denied or hedged
    "Qatar, Kuwait and Oman met in Doha in May. The three Gulf states have not bought Typhoons from the United Kingdom.",
    "Qatar, Kuwait and Oman met in Doha in May. The three Gulf monarchies may buy Typhoons from the United Kingdom.",
])
def test_a_counted_group_denied_or_unclear_buys_nothing(text):
    assert not any(buyer in ("Qatar", "Kuwait", "Oman", "Bahrain") for buyer, _, _ in facts(text, "ACQUIRED"))


def test_part_of_a_counted_group_is_not_the_group():
    text = ("Russia, China, India and Japan met in Oslo. With Finland and Sweden joining in 2023 and 2024, "
            "seven of the eight Arctic states now belong to NATO.")
    members = {source for source, _, target in facts(text, "MEMBER_OF") if target == "North Atlantic Treaty Organization"}
    assert not members & {"Russia", "China", "India", "Japan"}


# --- "the transfer of <nationality> technology to X": the nationality gives it ------------

@pytest.mark.parametrize("text, giver, receiver", [
    ("The frigates were built at Williamstown, and the transfer of Spanish shipbuilding technology to Australia was the model for later programmes.", "Spain", "Australia"),
    ("The 2008 accord provided for the transfer of French submarine technology to Brazil.", "France", "Brazil"),
    ("The transfer of Swedish know-how to Brazil began in 2015.", "Sweden", "Brazil"),
    ("A transfer of Russian engine technology to India accompanied the deal.", "Russia", "India"),
])
def test_a_transfer_of_a_nationalitys_technology_is_given_by_that_state(text, giver, receiver):
    assert (giver, TT, receiver) in facts(text, TT)


@pytest.mark.parametrize("text", [
    "The transfer of Russian engine technology to China has not been confirmed.",
    "Talks on the transfer of American jet-engine technology to India continue.",
])
def test_a_transfer_unconfirmed_or_under_talks_gives_nothing(text):
    assert facts(text, TT) == set()


# --- systems that came or arrived "partly", "directly", "second-hand" from a seller --------

@pytest.mark.parametrize("text, buyer, system, seller", [
    ("Bulgaria's MiG-29s came partly from the Soviet Union in 1990.", "Bulgaria", "MiG-29", "Soviet Union"),
    ("Chile's F-16s came mostly from the Netherlands.", "Chile", "F-16", "Netherlands"),
    ("Egypt's first Rafales came directly from France in 2015.", "Egypt", "Rafale", "France"),
    ("Peru's MiG-29s arrived second-hand from Belarus in 1996.", "Peru", "MiG-29", "Belarus"),
])
def test_a_system_that_came_partly_or_directly_from_a_seller(text, buyer, system, seller):
    found = facts(text, "SOLD", "ACQUIRED")
    assert (seller, "SOLD", system) in found
    assert (buyer, "ACQUIRED", system) in found


@pytest.mark.parametrize("text", [
    "Peru's MiG-29s never came directly from Russia.",
    "Chile's F-16s may come mostly from the Netherlands.",
])
def test_a_system_that_never_came_from_a_seller_gives_nothing(text):
    assert facts(text, "SOLD", "ACQUIRED") == set()


# --- built "with technology transferred from" a state: that state gave it ---------------

@pytest.mark.parametrize("text, giver, receiver", [
    ("Indonesia built its third Chang Bogo-class submarine with technology transferred from South Korea.", "South Korea", "Indonesia"),
    ("Vietnam built the fast patrol boats with know-how supplied by India.", "India", "Vietnam"),
    ("Pakistan assembles the frigates with design and technology obtained from China.", "China", "Pakistan"),
    ("Several corvettes were built in Egypt with technology provided by France.", "France", "Egypt"),
])
def test_built_with_technology_from_a_state(text, giver, receiver):
    assert (giver, TT, receiver) in facts(text, TT)


@pytest.mark.parametrize("text", [
    "Indonesia did not build the submarine with technology transferred from South Korea.",
    "Indonesia hopes to build the submarine with technology transferred from South Korea.",
])
def test_technology_not_used_gives_nothing(text):
    assert facts(text, TT) == set()


# --- a transfer named as the subject of a verb that only foresees it ---------------------

@pytest.mark.parametrize("text", [
    "The sale of S-400 systems to India may follow next year.",
    "A transfer of French submarine technology to Brazil could follow the accord.",
    "The delivery of Su-35 fighters to Iran might come before the winter.",
    "Further deliveries of Rafale jets to Egypt are expected to begin in 2026.",
])
def test_a_transfer_only_foreseen_gives_nothing(text):
    assert facts(text, "SOLD", "ACQUIRED", TT) == set()


@pytest.mark.parametrize("text, fact", [
    ("The delivery of Su-35 fighters to Iran began in 2023.", ("Iran", "ACQUIRED", "Su-35")),
    ("The sale of S-400 systems to India, which may anger Washington, went ahead in 2018.", ("India", "ACQUIRED", "S-400")),
])
def test_a_transfer_done_is_still_read_beside_a_foreseeing_word(text, fact):
    assert fact in facts(text)
