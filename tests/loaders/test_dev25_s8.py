"""News-agency wire copy in several house styles: a claim closed by "could not be independently
verified", sanctions on a state's tankers or refineries, a second predicate opened by a date,
a second membership after the date of the first, the forces an exercise "was attended by", and a
"partner in" a bloc. Every positive has negated, hedged or planned twins that must give nothing."""
from __future__ import annotations

from tests.loaders.sentences import facts


# --- a claim the agency could not check ---------------------------------------------------------

def test_a_claim_that_could_not_be_independently_verified_gives_nothing():
    text = "A security source said Dhaka had bought Chinese VT-4 tanks, a claim that could not be independently verified."
    assert facts(text, "ACQUIRED", "SOLD", "OPERATES", "PRODUCED") == set()


def test_which_could_not_be_independently_confirmed_gives_nothing():
    text = "Officials said Myanmar received two Yak-130 trainers from Russia in March, which could not be independently confirmed."
    assert facts(text, "ACQUIRED", "SOLD") == set()


def test_the_same_delivery_stated_plainly_counts():
    text = "Myanmar received two Yak-130 trainers from Russia in March."
    found = facts(text, "ACQUIRED", "SOLD")
    assert ("Myanmar", "ACQUIRED", "Yak-130") in found and ("Russia", "SOLD", "Yak-130") in found


# --- sanctions on a state's ships and plants -----------------------------------------------------

def test_sanctions_on_a_states_tankers_are_not_on_the_state():
    text = "London imposed sanctions on Russian tankers and two shipping firms on Friday."
    assert facts(text, "SANCTIONED") == set()


def test_sanctions_on_a_states_refineries_are_not_on_the_state():
    text = "The European Union imposed sanctions on Chinese refineries last week."
    assert facts(text, "SANCTIONED") == set()


def test_sanctions_on_the_state_itself_still_count():
    text = "London imposed sanctions on Russia on Friday."
    assert ("United Kingdom", "SANCTIONED", "Russia") in facts(text, "SANCTIONED")


# --- a second predicate opened by a date ----------------------------------------------------------

def test_a_dated_second_predicate_shares_the_sentence_subject():
    text = "Ottawa expelled four Iranian diplomats that spring and in June 2019 imposed sanctions on Venezuela."
    assert facts(text, "SANCTIONED") == {("Canada", "SANCTIONED", "Venezuela")}


def test_a_dated_second_predicate_that_only_threatens_gives_nothing():
    text = "Ottawa expelled four Iranian diplomats that spring and in June 2019 threatened sanctions on Venezuela."
    assert facts(text, "SANCTIONED") == set()


def test_a_dated_second_predicate_that_is_negated_gives_nothing():
    text = "Ottawa expelled four Iranian diplomats that spring and in June 2019 did not impose sanctions on Venezuela."
    assert facts(text, "SANCTIONED") == set()


# --- a second membership after the first one's date -----------------------------------------------

def test_a_second_membership_after_the_date_of_the_first():
    text = "Egypt, which became a full member of the African Union in 2002 and of BRICS in January 2024, hosted the talks."
    found = facts(text, "MEMBER_OF")
    assert {("Egypt", "MEMBER_OF", "African Union"), ("Egypt", "MEMBER_OF", "BRICS")} <= found


def test_a_second_membership_in_a_main_clause():
    text = "Kenya became a member of the African Union in 2002 and of the East African Community in 2000."
    found = facts(text, "MEMBER_OF")
    assert {("Kenya", "MEMBER_OF", "African Union"), ("Kenya", "MEMBER_OF", "East African Community")} <= found


def test_observer_status_in_two_bodies_gives_nothing():
    text = "Egypt, which became an observer of the Shanghai Cooperation Organisation in 2005 and of BRICS in 2023, hosted the talks."
    assert facts(text, "MEMBER_OF") == set()


def test_memberships_hoped_for_give_nothing():
    text = "Ethiopia hopes to become a member of the Gulf Cooperation Council in 2030 and of BRICS in 2031."
    assert facts(text, "MEMBER_OF") == set()


# --- the forces an exercise was attended by ---------------------------------------------------------

def test_an_exercise_attended_by_the_forces_of_states():
    text = "Cobra Gold 2026 was attended by marine and army units of Thailand, Indonesia, Japan and Malaysia."
    found = facts(text, "PARTICIPATED_IN")
    assert {(state, "PARTICIPATED_IN", "Cobra Gold") for state in ("Thailand", "Indonesia", "Japan", "Malaysia")} <= found


def test_this_years_edition_attended_by_forces_refers_to_the_exercise_named_before():
    text = (
        "The navy closed the exercise Cobra Gold 2026 on Friday.\n\n"
        "Thailand hosts the exercise every year. This year's edition was attended by naval forces of Japan and the Republic of Singapore."
    )
    found = facts(text, "PARTICIPATED_IN")
    assert {("Japan", "PARTICIPATED_IN", "Cobra Gold"), ("Singapore", "PARTICIPATED_IN", "Cobra Gold")} <= found


def test_an_exercise_attended_by_observers_gives_no_participant():
    text = "Cobra Gold 2026 was attended by observers from Laos and Cambodia."
    assert facts(text, "PARTICIPATED_IN") == set()


def test_an_exercise_to_be_attended_by_forces_gives_nothing():
    text = "Cobra Gold 2027 will be attended by forces of Laos and Cambodia."
    assert facts(text, "PARTICIPATED_IN") == set()


def test_an_exercise_not_attended_by_forces_gives_nothing():
    text = "Cobra Gold 2026 was not attended by forces of Laos."
    assert facts(text, "PARTICIPATED_IN") == set()


# --- a partner in a bloc --------------------------------------------------------------------------

def test_a_partner_in_a_bloc_is_no_partnership():
    text = "Uruguay, Paraguay's partner in Mercosur since 1991, buys its patrol boats from Spain."
    assert facts(text, "PARTNERS_WITH") == set()


def test_a_partner_with_no_bloc_is_a_partnership():
    text = "Uruguay is Paraguay's closest partner."
    assert ("Paraguay", "PARTNERS_WITH", "Uruguay") in facts(text, "PARTNERS_WITH")


# --- a pact signed with its place and date before the object ----------------------------------------

def test_a_pact_signed_with_place_and_date_before_it():
    text = "Qatar and Turkey signed in Doha in March 2024 a mutual defence agreement."
    assert ("Qatar", "PARTNERS_WITH", "Turkey") in facts(text, "PARTNERS_WITH")


def test_a_pact_to_be_signed_with_place_and_date_before_it_gives_nothing():
    text = "Qatar and Turkey are expected to sign in Doha next month a mutual defence agreement."
    assert facts(text, "PARTNERS_WITH") == set()


def test_a_pact_not_signed_with_place_before_it_gives_nothing():
    text = "Qatar and Turkey have not signed in Doha a mutual defence agreement."
    assert facts(text, "PARTNERS_WITH") == set()


# --- the types a force flies, listed before "of the <force>" ----------------------------------------

def test_every_type_listed_before_of_the_force():
    text = "The flypast featured Su-30MKI, Tejas and Rafale jets of the Indian Air Force."
    found = facts(text, "OPERATES")
    assert {("Indian Air Force", "OPERATES", system) for system in ("Su-30MKI", "Tejas", "Rafale")} <= found


def test_a_force_adjective_of_the_hellenic_services_names_greece():
    text = "F-16 fighters of the Hellenic Air Force flew in the drill."
    assert ("Hellenic Air Force", "ARMED_FORCE_OF", "Greece") in facts(text, "ARMED_FORCE_OF")


# --- a nationality's craft counted, then the types among them ----------------------------------------

def test_types_among_each_nationalitys_counted_craft():
    text = "Three Chinese aircraft, including Y-9 patrol planes, and four Russian aircraft, including Tu-142 and Il-20 planes, were involved, the ministry said."
    found = facts(text, "OPERATES")
    assert {("China", "OPERATES", "Y-9"), ("Russia", "OPERATES", "Tu-142"), ("Russia", "OPERATES", "Il-20")} <= found


def test_counted_craft_that_may_have_been_involved_give_nothing():
    text = "Three Chinese aircraft, including Y-9 patrol planes, and four Russian aircraft, including Tu-142 planes, may have been involved."
    assert facts(text, "OPERATES") == set()


def test_counted_craft_not_involved_give_nothing():
    text = "Three Chinese aircraft, including Y-9 patrol planes, and four Russian aircraft, including Tu-142 planes, were not involved."
    assert facts(text, "OPERATES") == set()


# --- "the Islamic Republic" ---------------------------------------------------------------------------

def test_the_islamic_republic_is_iran():
    text = "The Islamic Republic hosted Maritime Security Belt-2024 in the Gulf of Oman."
    assert ("Iran", "HOSTED", "Maritime Security Belt-2024") in facts(text, "HOSTED")


def test_another_islamic_republic_by_its_full_name_is_not_iran():
    text = "The Islamic Republic of Pakistan hosted the exercise AMAN 2025 in the Arabian Sea."
    found = facts(text, "HOSTED")
    assert ("Pakistan", "HOSTED", "AMAN") in found and not any(source == "Iran" for source, _, _ in found)


def test_hulls_only_consistent_with_the_types_give_no_operator():
    text = "The two others are consistent with a Type 052D destroyer and a Type 054A frigate of the PLA Navy."
    assert facts(text, "OPERATES") == set()


# --- a regional table of countries, the kind of system, and their suppliers -------------------------

SUPPLIERS = """| Country | Helicopter | Supplier | Status |
|---|---|---|---|
| Kenya | {system} | {supplier} | {status} |
"""


def test_a_country_column_is_the_buyer_of_a_supplier_table():
    found = facts(SUPPLIERS.format(system="AW139", supplier="Italy", status="in service"), "SOLD", "ACQUIRED", "OPERATES")
    assert ("Kenya", "ACQUIRED", "AW139") in found and ("Italy", "SOLD", "AW139") in found and ("Kenya", "OPERATES", "AW139") in found


def test_a_supplier_row_rumoured_gives_nothing():
    assert facts(SUPPLIERS.format(system="Mi-171", supplier="Russia", status="rumoured, unconfirmed"), "SOLD", "ACQUIRED", "OPERATES") == set()


def test_a_supplier_row_with_no_system_gives_nothing():
    assert facts(SUPPLIERS.format(system="—", supplier="under evaluation", status="no decision"), "SOLD", "ACQUIRED", "OPERATES") == set()



# --- "the Kingdom" after a paragraph that named its force, or it and a republic ----------------------

def test_the_kingdom_after_a_paragraph_naming_only_its_air_force():
    text = 'The Royal Jordanian Air Force ended the exercise "Eager Lion 2026" on Sunday.\n\nThe Kingdom hosts the exercise every spring.'
    assert ("Jordan", "HOSTED", "Eager Lion") in facts(text, "HOSTED")


def test_the_kingdom_after_a_paragraph_naming_a_kingdom_and_a_republic():
    text = ("Bahrain and the Islamic Republic of Pakistan signed a defence cooperation pact on Monday.\n\n"
            "The Kingdom, a founding member of the Gulf Cooperation Council (GCC) and of the Arab League, hosts the Fifth Fleet.")
    found = facts(text, "MEMBER_OF")
    assert {("Bahrain", "MEMBER_OF", "Gulf Cooperation Council"), ("Bahrain", "MEMBER_OF", "Arab League")} <= found
    assert not any(source == "Pakistan" for source, _, _ in found)


def test_the_kingdom_after_a_paragraph_naming_two_republics_is_nobody():
    text = "Iran and Pakistan signed a border accord.\n\nThe kingdom joined the Arab League in 1945."
    assert facts(text, "MEMBER_OF") == set()


def test_the_kingdom_hoping_to_join_gives_nothing():
    text = "Bahrain and Pakistan signed a defence cooperation pact.\n\nThe Kingdom hopes to join BRICS next year."
    assert facts(text, "MEMBER_OF") == set()


def test_the_navy_of_the_revolutionary_guard_by_its_long_name():
    text = "Units of the Navy of the Islamic Revolutionary Guard Corps took part in Maritime Security Belt-2024."
    assert ("IRGC Navy", "PARTICIPATED_IN", "Maritime Security Belt-2024") in facts(text, "PARTICIPATED_IN")
