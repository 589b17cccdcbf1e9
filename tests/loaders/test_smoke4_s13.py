"""Faults found by a fourth round of smoke tests (session 13): the faults the earlier rounds left
open, and short notes in styles none of them used (show notes, a forwarded e-mail, slide text, a
post thread, an infobox, an obituary, an agenda, an event summary, a court filing, an advisory, a
quiz key, a sanctions entry), run through ``extract``. Each case is a new sentence in its own
wording, with twins that must give nothing."""
from __future__ import annotations

import pytest

from tests.loaders.sentences import facts


# --- a negation in a concession stays in its clause; the subject of the other clause is found -------

@pytest.mark.parametrize("text, expected", [
    # the pronoun after ", though" / ", although" is the subject of the clause before
    ("Namibia stays out of the drafting group, though it has been a member of SADC since 1990.",
     ("Namibia", "MEMBER_OF", "Southern African Development Community")),
    ("Fiji sent no ships, although they are a full member of the Pacific Islands Forum.",
     ("Fiji", "MEMBER_OF", "Pacific Islands Forum")),
    # a fronted concession or reason, then "it" opening the main clause
    ("Although Mongolia never signed the protocol, it has been a member of the OSCE since 2012.",
     ("Mongolia", "MEMBER_OF", "Organization for Security and Co-operation in Europe")),
    ("While Qatar does not host the secretariat, it is a founding member of the GCC.",
     ("Qatar", "MEMBER_OF", "Gulf Cooperation Council")),
    # a negated concession set off between commas after the subject
    ("Botswana, though not a signatory of the defence pact, has been a member of SADC since 1980.",
     ("Botswana", "MEMBER_OF", "Southern African Development Community")),
    ("Ecuador, although never a large buyer, bought Mirage 2000 fighters from France in 2011.",
     ("Ecuador", "ACQUIRED", "Mirage 2000")),
    # the concession with its subject and copula left out
    ("Laos has no navy to speak of, though a full member of ASEAN since 1997.",
     ("Laos", "MEMBER_OF", "Association of Southeast Asian Nations")),
])
def test_a_negation_in_a_concession_does_not_reach_the_other_clause(text, expected):
    assert expected in facts(text, expected[1])


@pytest.mark.parametrize("text, relation", [
    # the concession's own negation stays with it
    ("Botswana, though not a member of SADC, joined the drills.", "MEMBER_OF"),
    ("Ecuador, although never a buyer of Mirage 2000 fighters, flies the Kfir.", "ACQUIRED"),
    # the other clause negated, hedged or planned itself
    ("Namibia chairs the drafting group, though it has never been a member of SADC.", "MEMBER_OF"),
    ("Fiji sent a ship, although they might not be a full member of the Pacific Islands Forum.", "MEMBER_OF"),
    ("Although Mongolia signed the protocol, it plans to become a member of the OSCE in 2030.", "MEMBER_OF"),
    ("Laos has a small navy, though reportedly a full member of ASEAN.", "MEMBER_OF"),
    ("Ecuador, although short of money, may buy Mirage 2000 fighters from France.", "ACQUIRED"),
])
def test_the_clause_a_concession_stands_beside_keeps_its_own_negation_or_hedge(text, relation):
    assert facts(text, relation) == set()


def test_a_state_joining_drills_joins_no_body_named_before():
    for sentence in ("Botswana, though not a member of SADC, joined the drills.",
                     "Lesotho, which belongs to SADC, joined the naval exercises in 2019.",
                     "Kenya, long in the African Union, joined the patrols off Somalia."):
        assert facts(sentence, "MEMBER_OF") - {("Lesotho", "MEMBER_OF", "Southern African Development Community"),
                                               ("Kenya", "MEMBER_OF", "African Union")} == set(), sentence
    assert facts("Lesotho joined SADC in 1980 and joined the naval exercises in 2019.", "MEMBER_OF") == {
        ("Lesotho", "MEMBER_OF", "Southern African Development Community")}


# --- a participle with its agent after a relative clause: the relative does not close at its comma --------

@pytest.mark.parametrize("text, expected", [
    ("Our next stop is Nigeria, which flies the JF-17, co-produced by China and Pakistan.",
     {("China", "PRODUCED", "JF-17"), ("Pakistan", "PRODUCED", "JF-17")}),
    ("The chapter then turns to Bangladesh, whose navy operates the Type 053H3 frigate, built by China.",
     {("China", "PRODUCED", "Type 053H3 frigate")}),
    ("Consider Thailand, which bought the Gripen, designed and built by Saab.",
     {("Saab", "PRODUCED", "JAS 39 Gripen")}),
])
def test_the_makers_of_a_system_a_relative_clause_names_are_found(text, expected):
    assert expected <= facts(text, "PRODUCED")


@pytest.mark.parametrize("text", [
    "Our next stop is Nigeria, which flies the JF-17, reportedly co-produced by China and Pakistan.",
    "Our next stop is Nigeria, which flies the JF-17, not co-produced by China at all.",
    "Consider Thailand, which wants the Gripen, possibly built by Saab under licence.",
])
def test_a_hedged_or_negated_participle_after_a_relative_gives_no_maker(text):
    assert facts(text, "PRODUCED") == set()


def test_the_main_clause_after_a_relative_still_has_its_subject():
    assert ("Nigeria", "ACQUIRED", "JF-17") in facts(
        "Nigeria, which flies the Alpha Jet, built by France and Germany, bought the JF-17 in 2021.", "ACQUIRED")


# --- the seller named as the signer of the deal a receipt closes ---------------------------------------

@pytest.mark.parametrize("text, seller, system", [
    ("Manila took delivery of its last two BrahMos batteries in 2024, completing a contract that New Delhi signed in 2022.",
     "India", "BrahMos"),
    ("Bangladesh received the final pair of K-8 trainers, closing a deal which Beijing struck in 2019.", "China", "K-8"),
])
def test_the_signer_of_the_deal_a_receipt_closes_is_the_seller(text, seller, system):
    assert (seller, "SOLD", system) in facts(text, "SOLD")


@pytest.mark.parametrize("text", [
    # the signer hedged, or the buyer itself the signer
    "Bangladesh received the final pair of K-8 trainers, closing a deal which Beijing may have struck in 2019.",
    "Bangladesh received the final pair of K-8 trainers, closing a deal that Dhaka signed in 2019.",
    # the receipt itself denied or planned
    "Bangladesh has not received the final pair of K-8 trainers, closing a deal which Beijing struck in 2019.",
    "Bangladesh will receive the final pair of K-8 trainers next year, closing a deal which Beijing struck in 2019.",
])
def test_a_hedged_signer_or_a_receipt_not_made_gives_no_sale(text):
    assert facts(text, "SOLD") == set()


# --- the recipient named by a seller's own noun of supplying buys what it then sells ---------------------

@pytest.mark.parametrize("text, buyer, system", [
    ("Turkey, now the leading arms supplier to Qatar, selling it Altay tanks and TB2 drones.", "Qatar", "Bayraktar TB2"),
    ("South Korea has become a major exporter of arms to Poland, and sold it K2 tanks in 2022.", "Poland", "K2 Black Panther"),
    ("China remains the main supplier to Myanmar, shipping JF-17 fighters in 2018.", "Myanmar", "JF-17"),
])
def test_the_recipient_of_a_supplier_noun_is_the_buyer(text, buyer, system):
    assert (buyer, "ACQUIRED", system) in facts(text, "ACQUIRED")


@pytest.mark.parametrize("text", [
    "Turkey, now the leading arms supplier to Qatar, may sell it Altay tanks.",
    "Turkey, now the leading arms supplier to Qatar, plans to sell it Altay tanks.",
    "Turkey, now the leading arms supplier to Qatar, has not sold it Altay tanks.",
    # the noun's recipient is another state than the one the sale names
    "Turkey, now the leading arms supplier to Qatar, sold Altay tanks to Kuwait.",
])
def test_no_buyer_from_a_supplier_noun_where_the_sale_is_not_made_to_it(text):
    assert ("Qatar", "ACQUIRED", "Altay") not in facts(text, "ACQUIRED")
    assert not {f for f in facts(text, "ACQUIRED") if f[0] == "Qatar"}


# --- a noun's buyer brought by a passive predicate: the predicate's own negation or hedge counts ---------

def test_an_order_placed_by_a_buyer_in_the_passive_is_an_acquisition():
    assert facts("In 2018 a contract for six Type 054A/P frigates was finally signed by Pakistan.", "ACQUIRED") == {
        ("Pakistan", "ACQUIRED", "Type 054A/P frigate")}
    assert facts("The purchase of twelve Su-35 fighters was approved by Egypt in 2018.", "ACQUIRED") == {("Egypt", "ACQUIRED", "Su-35")}


@pytest.mark.parametrize("text", [
    "In 2018 a contract for six Type 054A/P frigates was never signed by Pakistan.",
    "In 2018 a contract for six Type 054A/P frigates was allegedly signed by Pakistan.",
    "In 2018 a contract for six Type 054A/P frigates was expected to be signed by Pakistan.",
    "The purchase of twelve Su-35 fighters was not approved by Egypt.",
    # signed by both sides: no buyer by the signing alone
    "A contract for six Type 054A/P frigates was signed by Pakistan and China in 2018.",
])
def test_a_passive_predicate_denied_hedged_or_shared_gives_no_buyer(text):
    assert facts(text, "ACQUIRED") == set()


# --- a chat line typed all in lower case still names its states and systems -----------------------------

@pytest.mark.parametrize("text, expected", [
    ("ngl belarus sold mig-29s to serbia back in 2017", ("Belarus", "SOLD", "MiG-29")),
    ("fwiw kazakhstan joined the shanghai cooperation organisation back in 2001",
     ("Kazakhstan", "MEMBER_OF", "Shanghai Cooperation Organisation")),
    ("quick q from the desk\nvietnam bought kilo-class submarines from russia right", ("Vietnam", "ACQUIRED", "Kilo-class submarine")),
])
def test_a_lower_case_chat_line_names_its_parties(text, expected):
    assert expected in facts(text, expected[1])


@pytest.mark.parametrize("text", [
    "ngl belarus never sold mig-29s to serbia",
    "ngl belarus might sell mig-29s to serbia next year",
    "rumour is belarus sold mig-29s to serbia, can anyone confirm",
])
def test_a_lower_case_chat_line_denied_or_hedged_gives_nothing(text):
    assert facts(text, "SOLD", "ACQUIRED") == set()


@pytest.mark.parametrize("text", [
    # ordinary prose keeps its capitals: a lower-case word is no name there
    "The delegation ate turkey and drank china tea before the talks on jets.",
    # an address is no prose, whatever its case
    "Source:\nhttps://example.org/news/belarus-sold-mig-29s-to-serbia-in-2017-report",
    # a short lower-case line tells too little to read as a message
    "Notes\nturkey, jordan",
])
def test_lower_case_words_outside_a_lower_case_message_name_nothing(text):
    from loaders.extract import extract_text
    assert not {m.name for m in extract_text(text).entities} & {"Turkey", "China", "Belarus", "Serbia", "Jordan"}
