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


# --- a number inside a system's name is no year ------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Taiwan still operates Mirage 2000-5 fighters from Hsinchu.", {None}),
    ("India's air force has flown the Mirage 2000 since 1985.", {1985}),
    ("Under the old regime Peru flew Mirage 2000s alongside its Su-22s.", {None}),
])
def test_a_year_like_number_in_a_system_name_dates_nothing(text, expected):
    from loaders.extract import extract_text
    assert {r.properties.get("year") for r in extract_text(text).relations if r.type == "OPERATES"} == expected


# --- a slide or bullet line that opens on a state and a dash: the state is the subject ----------------------

@pytest.mark.parametrize("text, expected", [
    ("• Vietnam — took delivery of Kilo-class submarines from Russia", ("Vietnam", "ACQUIRED", "Kilo-class submarine")),
    ("- Kenya – flies the Z-9 helicopter, bought from China", ("Kenya", "OPERATES", "Z-9")),
    ("Hungary -- joined NATO in 1999", ("Hungary", "MEMBER_OF", "North Atlantic Treaty Organization")),
    # the next predicate after a semicolon keeps the line's subject
    ("• Morocco — ordered Caesar howitzers from France; flies the F-16 too", ("Morocco", "OPERATES", "F-16")),
    ("Chile bought Leopard 2 tanks from Germany; later also bought F-16s from the Netherlands.", ("Chile", "ACQUIRED", "F-16")),
])
def test_the_state_a_dashed_line_opens_on_is_its_subject(text, expected):
    assert expected in facts(text, expected[1])


@pytest.mark.parametrize("text, relation", [
    ("• Vietnam — has not taken delivery of Kilo-class submarines from Russia", "ACQUIRED"),
    ("- Kenya – may fly the Z-9 helicopter one day", "OPERATES"),
    ("Hungary -- plans to join NATO", "MEMBER_OF"),
    ("• Morocco — ordered Caesar howitzers from France; might fly the F-16 too", "OPERATES"),
    # another subject after the semicolon
    ("• Morocco — ordered Caesar howitzers from France; Tunisia flies the F-5", "ACQUIRED"),
])
def test_a_dashed_line_negated_hedged_or_about_another_gives_nothing(text, relation):
    found = facts(text, relation)
    assert not {f for f in found if f[0] in ("Vietnam", "Kenya", "Hungary") or f[2] == "F-16" or f[1] == "ACQUIRED" and f[2] == "F-5"}, found


# --- a forwarded or replied-to e-mail: each quoted line is a sentence of its own ---------------------------

QUOTED_MAIL = """Forwarding this, thoughts?

> Kuwait joined the Gulf Cooperation Council as a founding member in 1981.
> Oman flies the Eurofighter Typhoon, bought from Britain.
>> Jordan did not join the Saudi-led coalition.
> > Qatar may buy Patriot batteries next year.
"""


def test_the_quoted_lines_of_an_e_mail_are_read_one_by_one():
    assert facts(QUOTED_MAIL, "MEMBER_OF") == {("Kuwait", "MEMBER_OF", "Gulf Cooperation Council")}
    assert ("Oman", "OPERATES", "Eurofighter Typhoon") in facts(QUOTED_MAIL, "OPERATES")
    assert ("United Kingdom", "SOLD", "Eurofighter Typhoon") in facts(QUOTED_MAIL, "SOLD")


def test_quoted_lines_denied_or_hedged_give_nothing():
    assert not {f for f in facts(QUOTED_MAIL) if f[0] in ("Jordan", "Qatar")}


def test_the_evidence_of_a_quoted_line_quotes_the_mail_as_it_is():
    from loaders.extract import extract_text
    found = [r for r in extract_text(QUOTED_MAIL).relations if r.type == "MEMBER_OF"]
    assert found and all(QUOTED_MAIL[e.start:e.end] == e.sentence for r in found for e in r.evidence)


# --- a date told relative to now ("a decade ago") is no year of the paragraph's ------------------------------

@pytest.mark.parametrize("text", [
    "Kenya bought Z-9 helicopters in 2016. It ordered Harbin Y-12 aircraft from China more than a decade ago.",
    "Kenya bought Z-9 helicopters in 2016. It ordered Harbin Y-12 aircraft from China some years ago.",
])
def test_a_relative_date_takes_no_year_from_the_sentence_before(text):
    from loaders.extract import extract_text
    assert {r.properties.get("year") for r in extract_text(text).relations if r.target == "Y-12"} == {None}


# --- a clause on the event a negated main clause names ("..., in which", "1962, when") is told as fact -------

@pytest.mark.parametrize("text, expected", [
    ("Eritrea has never accepted the ruling on the 1998 war, in which Eritrea and Ethiopia clashed at Badme.",
     ("Eritrea", "CLASHED_WITH", "Ethiopia")),
    ("Manila did not send ships to Balikatan 2023, during which Japan and the United States drilled in the South China Sea.",
     ("Japan", "PARTICIPATED_IN", "Balikatan")),
    ("Few in Hanoi have forgotten 1979, when Vietnam and China fought a border war.", ("Vietnam", "CLASHED_WITH", "China")),
])
def test_a_relative_on_the_event_a_negated_clause_names_is_asserted(text, expected):
    found = facts(text, expected[1])
    assert expected in found or (expected[2], expected[1], expected[0]) in found


@pytest.mark.parametrize("text, relation", [
    # the relative's own negation or hedge still counts
    ("Eritrea has never accepted the ruling on the 1998 war, in which Eritrea and Ethiopia may have clashed at Badme.", "CLASHED_WITH"),
    ("Few in Hanoi have forgotten 1979, when Vietnam and China may have fought a border war.", "CLASHED_WITH"),
    # a "when" that is no date's: the main clause's negation reaches it
    ("Vietnam and China did not fight when the talks failed.", "CLASHED_WITH"),
])
def test_a_relative_on_an_event_negated_in_itself_gives_nothing(text, relation):
    assert facts(text, relation) == set()


@pytest.mark.xfail(strict=True, reason="'almost' before a verb of fighting does not reach the noun trigger after it ('almost fought a border war'): the near miss is looked for only right before a trigger")
def test_a_war_almost_fought_is_no_clash():
    assert facts("Vietnam and China almost fought a border war in 1988.", "CLASHED_WITH") == set()


# --- a system of the buyer's own design beside bought ones changed no hands ---------------------------------

@pytest.mark.parametrize("text", [
    "Ukraine received Harpoon missiles from Denmark and Neptune missiles of its own design.",
    "In 2022 Turkey took Bayraktar TB2 drones of its own making and S-400 batteries from Russia into service.",
    "Iran got Su-35 fighters from Russia and Shahed-136 drones of its own design.",
])
def test_a_system_of_the_buyers_own_design_is_not_bought(text):
    found = facts(text, "ACQUIRED", "SOLD")
    assert not {f for f in found if f[2] in ("R-360", "Bayraktar TB2", "Shahed-136")}, found
    assert found, text  # the bought ones stay


# --- a year inside an apposition dates the apposition's fact, not the main clause's -------------------------

@pytest.mark.parametrize("text, relation, year", [
    ("Denmark, a NATO member since 1949, flies F-16s out of Skrydstrup.", "OPERATES", None),
    ("Estonia, an EU member since 2004, bought CAESAR howitzers from France in 2021.", "ACQUIRED", 2021),
])
def test_a_year_set_off_in_an_apposition_does_not_date_the_main_clause(text, relation, year):
    from loaders.extract import extract_text
    assert {r.properties.get("year") for r in extract_text(text).relations if r.type == relation} == {year}


def test_a_makers_adjective_names_no_party_for_the_two_countries():
    text = ("Under him Bolivia flew Chinese-built K-8 trainers next to its old jets. He never forgave Chile for the war of 1879, "
            "in which the two countries clashed over the coast.")
    assert not {f for f in facts(text, "CLASHED_WITH") if "China" in f}


# --- a relative clause inside a fronted comparison ends where the main clause's own subject begins ----------

def test_a_negated_relative_in_a_fronted_comparison_leaves_the_main_clause():
    assert facts("Unlike Eswatini, which has not signed the protocol, Zambia has been a member of SADC since 1980.", "MEMBER_OF") == {
        ("Zambia", "MEMBER_OF", "Southern African Development Community")}
    assert ("Uganda", "ACQUIRED", "Z-9") in facts("Like Rwanda, which never bought Chinese helicopters, Uganda bought Z-9s from China.", "ACQUIRED")


@pytest.mark.parametrize("text", [
    "Unlike Eswatini, which signed the protocol, Zambia has not been a member of SADC.",
    "Unlike Eswatini, which signed the protocol, Zambia may soon become a member of SADC.",
])
def test_the_main_clause_after_a_fronted_comparison_keeps_its_own_negation(text):
    assert not {f for f in facts(text, "MEMBER_OF") if f[0] == "Zambia"}


def test_a_block_quoted_as_anothers_words_in_a_reply_is_no_statement():
    text = ("Posted by harbourwatch | 12-03-2025\n> Quote from deckplate22:\n> > Bangladesh bought J-10C fighters from China, done deal.\n"
            "> Any source?\n\nNothing confirmed. The only sure thing is that Bangladesh flies the F-7.")
    assert facts(text, "ACQUIRED", "SOLD") == set()
    assert ("Bangladesh", "OPERATES", "J-7") in facts(text, "OPERATES")


@pytest.mark.xfail(strict=True, reason="a line quoted after 'X wrote:' reads as the writer's own statement: the reply's verdict on it is not tied back")
def test_a_line_quoted_after_an_attribution_in_a_mail_is_no_statement():
    mail = "On Tuesday, Omar wrote:\n> Egypt bought Su-35 fighters from Russia.\n\nNot true as far as I know."
    assert facts(mail, "ACQUIRED", "SOLD") == set()


# --- faults found and not fixed (kept as strict xfails) -------------------------------------------

@pytest.mark.xfail(strict=True, reason="a dashed label followed by a noun phrase ('Australia — AUKUS member') is no apposition: only a lower-case predicate after the dash is read")
def test_a_membership_label_after_a_dash_names_the_member():
    assert ("Australia", "MEMBER_OF", "AUKUS") in facts("• Australia — AUKUS member since 2021", "MEMBER_OF")


def test_a_bullet_takes_no_year_from_the_bullet_before():  # fixed by smoke round 5 (list entries keep their own years)
    from loaders.extract import extract_text
    text = "• Chile — bought F-16s from the Netherlands; the last jets arrived in 2011\n• Peru — ordered KT-1 trainers from South Korea"
    assert {r.properties.get("year") for r in extract_text(text).relations if r.source == "Peru"} == {None}


@pytest.mark.xfail(strict=True, reason="a membership told in an apposition ('X, an EU member since 2004, joined NATO in 1999') takes the year of the membership the main clause tells")
def test_a_membership_in_an_apposition_keeps_its_own_year():
    from loaders.extract import extract_text
    found = extract_text("Hungary, an EU member since 2004, joined NATO in 1999.").relations
    assert {r.properties.get("year") for r in found if r.target == "European Union"} == {2004}


@pytest.mark.xfail(strict=True, reason="a quiz key's short answer after a question ('Which state designed the JF-17 with China? Pakistan.') gives no co-maker after 'with'")
def test_a_quiz_answer_names_both_makers():
    assert ("China", "PRODUCED", "JF-17") in facts("Q4. Which state designed the JF-17 with China? A: Pakistan.", "PRODUCED")


@pytest.mark.xfail(strict=True, reason="a register entry's 'Listed by: <state>' field under 'Name: <entity>' is not read as a sanction")
def test_a_sanctions_list_entry_names_who_listed_it():
    text = "Name: Rosoboronexport\nType: entity\nListed by: United Kingdom\nReason: state arms exporter"
    assert ("United Kingdom", "SANCTIONED", "Rosoboronexport") in facts(text, "SANCTIONED")
