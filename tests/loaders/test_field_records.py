"""Relations a document states by its structure: labelled fields of a record ("Members: ...",
"Host: ...", "Operators: ..."), whose subject a name field, a heading or the title gives."""
from __future__ import annotations

from loaders.extract import extract_text
from tests.loaders.sentences import facts

BLOC_SHEET = (
    "REGIONAL GROUPINGS - REFERENCE SHEET 7\n\n"
    "Organisation: Shanghai Cooperation Organisation\n"
    "Founded: 2001\n"
    "Members: China, Russia, Kazakhstan, Kyrgyzstan, Tajikistan, Uzbekistan, India and Pakistan\n"
    "Observers: Mongolia, Afghanistan\n"
    "Dialogue partners: Turkey; Sri Lanka; Nepal\n"
    "Applicants: Laos\n"
)


def test_a_members_field_makes_each_state_a_member_of_the_named_organisation():
    found = facts(BLOC_SHEET, "MEMBER_OF")
    members = {"China", "Russia", "Kazakhstan", "Kyrgyzstan", "Tajikistan", "Uzbekistan", "India", "Pakistan"}
    assert {(state, "MEMBER_OF", "Shanghai Cooperation Organisation") for state in members} <= found


def test_observers_dialogue_partners_and_applicants_are_not_members():
    found = facts(BLOC_SHEET)
    assert not {f for f in found if f[0] in ("Mongolia", "Afghanistan", "Turkey", "Sri Lanka", "Nepal", "Laos")}


INFOBOX = (
    "Peace Mission-2010\n\n"
    "Dates          9-25 September 2010\n"
    "Venue          Matybulak range\n"
    "Host nation    Kazakhstan\n"
    "Participating  China, Russia, Kazakhstan,\n"
    "states         Kyrgyzstan and Tajikistan\n"
    "Observers      Uzbekistan\n\n"
    "The drills practised the relief of a besieged town.\n"
)

INFOBOX_SHORT = (
    "Joint Sea-2019\n"
    "Location       Yellow Sea\n"
    "Hosted by      China\n"
    "Participants   PLA Navy; Russian Navy\n"
    "Observers      Iran\n"
)


def test_an_infobox_lists_participants_host_and_location_of_its_title_exercise():
    found = facts(INFOBOX_SHORT)
    assert ("PLA Navy", "PARTICIPATED_IN", "Joint Sea-2019") in found
    assert ("Russian Navy", "PARTICIPATED_IN", "Joint Sea-2019") in found
    assert ("China", "HOSTED", "Joint Sea-2019") in found
    assert ("Joint Sea-2019", "HELD_IN", "Yellow Sea") in found
    assert not {f for f in found if f[0] == "Iran"}


def test_an_infobox_value_wrapped_onto_the_next_line_keeps_its_field():
    found = facts(INFOBOX, "PARTICIPATED_IN", "HOSTED")
    assert {(s, "PARTICIPATED_IN", "Peace Mission-2010") for s in ("China", "Russia", "Kazakhstan", "Kyrgyzstan", "Tajikistan")} <= found
    assert ("Kazakhstan", "HOSTED", "Peace Mission-2010") in found
    assert ("Uzbekistan", "PARTICIPATED_IN", "Peace Mission-2010") not in found


FACT_SHEET = (
    "FACT SHEET - S-400 Triumf\n\n"
    "Role:                 long-range surface-to-air missile system\n"
    "Manufacturer:         Almaz-Antey\n"
    "Operators:            Russia; China; Turkey; India\n"
    "Prospective operators: Saudi Arabia\n"
)


def test_a_fact_sheet_gives_maker_and_operators_of_its_system():
    found = facts(FACT_SHEET)
    assert ("Almaz-Antey", "PRODUCED", "S-400") in found
    assert {(s, "OPERATES", "S-400") for s in ("Russia", "China", "Turkey", "India")} <= found
    assert not {f for f in found if f[0] == "Saudi Arabia"}


def test_a_record_whose_status_is_unconfirmed_gives_nothing():
    record = (
        "Exercise: Joint Sea-2019\n"
        "Participants: PLA Navy; Russian Navy; Iranian Navy\n"
        "Status: reported, unconfirmed\n"
    )
    assert not facts(record, "PARTICIPATED_IN")


def test_a_negated_or_hedged_value_gives_nothing():
    record = "Organisation: Collective Security Treaty Organization\nMembers: Serbia (reportedly considering)\nNew members: none; Uzbekistan has not rejoined\n"
    found = facts(record, "MEMBER_OF")
    assert not {f for f in found if f[0] in ("Serbia", "Uzbekistan")}


def test_suspended_entries_of_a_members_field_are_left_out():
    record = "Name: Collective Security Treaty Organization\nMember states: Russia; Belarus; Georgia (suspended)\n"
    found = facts(record, "MEMBER_OF")
    assert ("Belarus", "MEMBER_OF", "Collective Security Treaty Organization") in found
    assert ("Georgia", "MEMBER_OF", "Collective Security Treaty Organization") not in found


def test_the_value_ends_with_its_first_sentence():
    record = (
        "Name: Collective Security Treaty Organization\n"
        "Leading state: Russia. Officials in China and Iran call it a rival of NATO.\n"
    )
    found = facts(record, "LEADS", "MEMBER_OF")
    assert ("Russia", "LEADS", "Collective Security Treaty Organization") in found
    assert not {f for f in found if f[0] in ("China", "Iran")}


def test_forces_listed_under_their_nation_take_part_in_the_exercise_of_the_lead_in():
    text = (
        "Talisman Sabre 2023 - contributing forces by nation:\n"
        "  Australia: Royal Australian Navy; Australian Army.\n"
        "  United States: United States Marine Corps. The Marines brought HIMARS bought from Lockheed Martin.\n"
    )
    found = facts(text, "PARTICIPATED_IN")
    assert ("Royal Australian Navy", "PARTICIPATED_IN", "Talisman Sabre 2023") in found
    assert ("United States Marine Corps", "PARTICIPATED_IN", "Talisman Sabre 2023") in found


def test_a_prose_line_that_opens_with_a_word_and_a_colon_is_not_a_record():
    text = "Background: the Members of the Arctic Council met in Tromso.\nNote: Russia and China staged drills near Alaska."
    found = facts(text, "MEMBER_OF", "PARTICIPATED_IN")
    assert not found


def test_a_members_field_names_the_organisation_in_its_heading():
    text = "CSTO at a glance\n\nMembers: Russia, Belarus, Armenia\nFormer members: Uzbekistan (until 2012)\nObserver states: Serbia\n"
    found = facts(text, "MEMBER_OF")
    assert {(s, "MEMBER_OF", "Collective Security Treaty Organization") for s in ("Russia", "Belarus", "Armenia", "Uzbekistan")} <= found
    assert ("Serbia", "MEMBER_OF", "Collective Security Treaty Organization") not in found


# --- question and answer sheets: the answer completes the question ---------------------------

def test_an_answer_naming_a_state_completes_a_which_question():
    sheet = "Round 2 answers\n\nQ4: Which state sold S-400 batteries to India in 2018?\nA4: Russia.\n"
    assert ("Russia", "SOLD", "S-400") in facts(sheet)


def test_an_answer_listing_states_completes_a_name_the_members_question():
    sheet = (
        "Question 6. Name the founding members of the Collective Security Treaty Organization.\n"
        "Answer: Russia, Armenia, Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan.\n"
    )
    found = facts(sheet, "MEMBER_OF")
    assert {(s, "MEMBER_OF", "Collective Security Treaty Organization") for s in ("Russia", "Armenia", "Kazakhstan", "Uzbekistan")} <= found


def test_the_answer_keeps_what_follows_its_names():
    sheet = "Q1. Which country hosted Zapad-2021, and where?\nA1. Belarus, with drills in the Baltic Sea.\n"
    assert ("Belarus", "HOSTED", "Zapad-2021") in facts(sheet)


def test_a_topic_before_the_colon_is_what_it_stands_for():
    sheet = "Q3. Su-35: which Asian state received it first?\nA3. China, in 2016.\n"
    assert ("China", "ACQUIRED", "Su-35") in facts(sheet, "ACQUIRED")


def test_a_question_a_wh_word_opens_mid_sentence():
    sheet = "Q8. In 2017, which two states joined the Shanghai Cooperation Organisation as full members?\nA8. India and Pakistan.\n"
    found = facts(sheet, "MEMBER_OF")
    assert {("India", "MEMBER_OF", "Shanghai Cooperation Organisation"), ("Pakistan", "MEMBER_OF", "Shanghai Cooperation Organisation")} <= found


def test_an_answer_that_names_nobody_or_denies_gives_nothing():
    sheet = (
        "Q1. Which state has bought the Su-57 from Russia?\nA1. None so far; talks with Algeria were never confirmed.\n\n"
        "Q2. Which country sold the J-20 abroad?\nA2. Nobody. China has not exported it.\n"
    )
    assert not facts(sheet, "SOLD", "ACQUIRED")


def test_a_question_alone_states_nothing():
    assert not facts("Q5. Which navies took part in Joint Sea-2016?\nA5. See the next round.\n", "PARTICIPATED_IN")


def test_a_place_asked_for_after_a_preposition_follows_the_clause():
    sheet = "Q2. Through which strait did the Chinese and Russian warships sail together on their joint patrol in 2023?\nA2. The Tsugaru Strait.\n"
    found = facts(sheet, "PATROLLED")
    assert {("China", "PATROLLED", "Tsugaru Strait"), ("Russia", "PATROLLED", "Tsugaru Strait")} <= found


def test_a_section_heading_with_a_role_gives_the_bulleted_list_under_it_that_role():
    text = (
        "Collective Security Treaty Organization\n\n"
        "Member states\n\n- Russia\n- Belarus (founding member)\n- Armenia - participation frozen since 2024, still a member\n\n"
        "Observer states\n\n- Serbia\n"
    )
    found = facts(text, "MEMBER_OF")
    assert {(s, "MEMBER_OF", "Collective Security Treaty Organization") for s in ("Russia", "Belarus", "Armenia")} <= found
    assert ("Serbia", "MEMBER_OF", "Collective Security Treaty Organization") not in found


def test_only_the_name_an_entry_opens_with_is_listed():
    text = "Exercise Peace Mission-2010\n\nParticipating forces\n\n* Kazakhstan - with Chinese-built trucks supplied by China\n* Russia\n"
    found = facts(text, "PARTICIPATED_IN")
    assert {("Kazakhstan", "PARTICIPATED_IN", "Peace Mission-2010"), ("Russia", "PARTICIPATED_IN", "Peace Mission-2010")} <= found
    assert ("China", "PARTICIPATED_IN", "Peace Mission-2010") not in found


def test_two_records_in_one_database_keep_their_own_subjects():
    text = (
        "Record 1\n"
        "Organisation: Shanghai Cooperation Organisation\n"
        "Members: China; Russia; India\n\n"
        "Record 2\n"
        "Organisation: Collective Security Treaty Organization\n"
        "Members: Russia; Armenia\n"
    )
    found = facts(text, "MEMBER_OF")
    assert ("Armenia", "MEMBER_OF", "Collective Security Treaty Organization") in found
    assert ("India", "MEMBER_OF", "Shanghai Cooperation Organisation") in found
    assert ("Armenia", "MEMBER_OF", "Shanghai Cooperation Organisation") not in found
    assert ("India", "MEMBER_OF", "Collective Security Treaty Organization") not in found


def test_an_exercise_record_with_a_lead_nation_and_an_area():
    text = "Exercise: Kavkaz-2020\nLead nation: Russia\nExercise area: Black Sea; Caspian Sea\nContributing nations: Armenia, Belarus, China, Iran, Myanmar, Pakistan\n"
    found = facts(text)
    assert ("Russia", "HOSTED", "Kavkaz-2020") in found
    assert {("Kavkaz-2020", "HELD_IN", "Black Sea"), ("Kavkaz-2020", "HELD_IN", "Caspian Sea")} <= found
    assert {(s, "PARTICIPATED_IN", "Kavkaz-2020") for s in ("Armenia", "China", "Iran", "Pakistan")} <= found


def test_a_transfer_record_links_seller_and_buyer():
    text = "Deal sheet\n\nSystem: Su-35\nSupplier: Russia\nRecipient: China\nDelivered: 2016-2018\n"
    found = extract_relations(text)
    assert ("Russia", "SOLD", "Su-35", "China") in found
    assert ("China", "ACQUIRED", "Su-35", "Russia") in found


def test_a_cancelled_transfer_record_gives_nothing():
    text = "Deal sheet\n\nSystem: Su-35\nSupplier: Russia\nRecipient: Indonesia\nStatus: cancelled in 2021 under US pressure\n"
    assert not facts(text, "SOLD", "ACQUIRED")


def extract_relations(text: str) -> set[tuple]:
    """(source, type, target, counterpart) of the relations found in ``text``."""
    return {(r.source, r.type, r.target, r.properties.get("to") or r.properties.get("from")) for r in extract_text(text).relations}


def test_a_two_column_key_value_table_is_a_record():
    text = (
        "Collective Security Treaty Organization\n\n"
        "| Field | Value |\n|---|---|\n| Headquarters | Moscow |\n| Members | Russia, Belarus, Armenia |\n| Observers | Serbia |\n"
    )
    found = facts(text, "MEMBER_OF")
    assert {(s, "MEMBER_OF", "Collective Security Treaty Organization") for s in ("Russia", "Belarus", "Armenia")} <= found
    assert ("Serbia", "MEMBER_OF", "Collective Security Treaty Organization") not in found


def test_a_wider_table_is_not_read_as_fields():
    text = "Shanghai Cooperation Organisation\n\n| State | Status | Since |\n|---|---|---|\n| India | Member | 2017 |\n| Iran | Observer | 2005 |\n"
    found = facts(text, "MEMBER_OF")
    assert ("Iran", "MEMBER_OF", "Shanghai Cooperation Organisation") not in found
