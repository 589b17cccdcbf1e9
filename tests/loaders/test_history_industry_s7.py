"""Cold War history and the defence industry as historians write them (dev17's styles): a
chronology table of dates and events, wars named by the hyphenated pair of their sides or
dated between the noun and the enemy, and the averted, hypothetical or negated twins that
state nothing. Every sentence is new, none is taken from a seeds document."""
from __future__ import annotations

from loaders.extract import extract_text
from tests.loaders.sentences import facts

CLASHED = "CLASHED_WITH"


def _relations(text: str) -> set[tuple]:
    return {(r.source, r.type, r.target) for r in extract_text(text).relations}


# --- a chronology table: "| Date | Event |" rows are sentences -----------------------------

CHRONOLOGY = """# Annex C. Timeline

| Date | Event |
|---|---|
| 3 Apr. 1961 | Ghana and Guinea join Mali as the founders of a short-lived union. |
| Oct. 1963 | Algeria and Morocco fight a brief border war over Tindouf. |
| 1968 | Syria buys Su-7 fighters from the Soviet Union. |
| 1971 (n.d.) | Reports that Libya had ordered Mirage 5 jets from France circulate; no contract is confirmed. |
"""


def test_a_chronology_table_reads_each_event_as_a_sentence():
    found = _relations(CHRONOLOGY)
    assert ("Algeria", CLASHED, "Morocco") in found
    assert ("Syria", "ACQUIRED", "Su-7") in found
    assert ("Soviet Union", "SOLD", "Su-7") in found


def test_a_chronology_tables_hedged_event_stays_hedged():
    found = _relations(CHRONOLOGY)
    assert not {r for r in found if r[2] == "Mirage 5"}


def test_a_table_with_party_columns_is_still_a_record():
    table = """| Year | Supplier | Recipient | System |
|---|---|---|---|
| 1974 | France | Libya | Mirage 5 |
"""
    found = _relations(table)
    assert ("France", "SOLD", "Mirage 5") in found and ("Libya", "ACQUIRED", "Mirage 5") in found


# --- wars named by their sides ---------------------------------------------------------------

def test_a_war_named_by_its_hyphenated_sides():
    assert facts("The Iran-Iraq War dragged on for eight years.", CLASHED) == {("Iran", CLASHED, "Iraq")}
    assert facts("Eritrea lost ground in the Ethiopia–Eritrea border war of 1998.", CLASHED) == {("Eritrea", CLASHED, "Ethiopia")}
    assert facts("1965 - Second India-Pakistan war.", CLASHED) == {("India", CLASHED, "Pakistan")}


def test_a_war_averted_or_imagined_names_no_clash():
    assert not facts("A third India-Pakistan war was narrowly averted in 1990.", CLASHED)
    assert not facts("There was never an Iran-Iraq war over the Shatt al-Arab before 1980.", CLASHED)
    assert not facts("An Ethiopia-Eritrea war would ruin both economies.", CLASHED)


def test_a_hyphenated_pair_far_from_the_war_is_no_party():
    assert not facts("Russian-Chinese trade ties survived the war in Afghanistan.", CLASHED)
    assert not facts("The Russia-Belarus war games ended on Friday.", CLASHED)
    assert not facts("The Russia-Belarus war-games ended on Friday.", CLASHED)


def test_wars_dated_between_the_noun_and_the_enemy():
    assert facts("Egyptian pilots flew MiG-17s in the wars of 1956 and 1967 against Israel.", CLASHED) == {("Egypt", CLASHED, "Israel")}
    assert not facts("Egyptian pilots trained for possible wars against Israel.", CLASHED)


def test_two_states_at_war():
    assert facts("By the spring of 1980 Iran and Iraq were at war.", CLASHED) == {("Iran", CLASHED, "Iraq")}
    assert facts("In 1965 India was at war with Pakistan for seventeen days.", CLASHED) == {("India", CLASHED, "Pakistan")}
    assert not facts("India and Pakistan were not at war in 1999, officials insisted.", CLASHED)
    assert not facts("If India and China were at war, Nepal would suffer.", CLASHED)


# --- Cold War makers and sub-models the gazetteer now lists ------------------------------

def test_state_factories_of_vanished_states_and_their_aircraft():
    assert ("SOKO", "PRODUCED", "J-22 Orao") in facts("In Mostar, SOKO built the J-22 Orao through the 1980s.", "PRODUCED")
    assert ("Aero Vodochody", "PRODUCED", "L-39 Albatros") in facts("Aero Vodochody designed the L-39 Albatros in the 1960s.", "PRODUCED")
    assert ("Hindustan Aeronautics Limited", "PRODUCED", "HF-24 Marut") in facts("HAL manufactured the HF-24 Marut at Bangalore.", "PRODUCED")
    assert not facts("SOKO never built the Novi Avion, which was cancelled.", "PRODUCED")
    assert not facts("SOKO may have built a few Galebs for Iraq.", "PRODUCED")


def test_an_unlisted_sub_model_of_the_sixties_keeps_its_designation():
    assert ("Finland", "ACQUIRED", "MiG-21F-13") in facts("Finland bought MiG-21F-13 fighters from the Soviet Union in 1963.", "ACQUIRED")
    assert ("Pakistan", "ACQUIRED", "F-7P") in facts("Pakistan received F-7P fighters from China in 1988.", "ACQUIRED")


def test_historical_forces_keep_their_states():
    assert ("Imperial Iranian Air Force", "ARMED_FORCE_OF", "Iran") in facts("The Imperial Iranian Air Force took its first F-14s in 1976.", "ARMED_FORCE_OF")
    assert ("Soviet Air Forces", "OPERATES", "MiG-25") in facts("The Soviet Air Forces flew the MiG-25 from 1970.", "OPERATES")


def test_a_period_demonym_is_no_owner_of_the_air_force():
    text = ("The Kazakh Armed Forces field a largely Soviet-era inventory. "
            "The air force has received Su-30SM fighters from Russia since 2015.")
    assert not {f for f in facts(text) if f[0] == "Soviet Air Forces"}


# --- an encyclopedia's operators list whose entries carry no full stop ---------------------

def _type_page(body: str) -> str:
    return "Shenyang J-6\n\nThe J-6 is a Chinese-built supersonic fighter.\n\n" + body


def test_operators_entries_without_a_full_stop_still_operate_the_type():
    body = ("Operators\n\nCurrent operators (as of 2005)\n\n- Bangladesh - a handful of FT-6 trainers\n\n- North Korea - numbers unknown\n\n"
            "Former operators\n\n- Albania - 1965-2004\n\n- Egypt - retired in the 1980s\n")
    found = facts(_type_page(body), "OPERATES")
    assert {(s, "OPERATES", "J-6") for s in ("Bangladesh", "North Korea", "Albania", "Egypt")} <= found


def test_entries_under_a_non_operator_heading_or_never_flown_give_nothing():
    assert not facts(_type_page("See also\n\n- Pakistan - a related article\n\n- Vietnam - another one\n"), "OPERATES")
    assert not facts(_type_page("Potential operators\n\n- Zambia - talks in 1979\n"), "OPERATES")
    assert ("Iraq", "OPERATES", "J-6") not in facts(_type_page("Operators\n\n- Iraq - 40 bought but never flown\n"), "OPERATES")


# --- blocs of the Cold War: members in apposition, pacts signed, mutual defence agreements ---

MEMBER = "MEMBER_OF"


def test_a_member_in_apposition_whatever_the_states_role():
    assert facts("The T-55 was built under licence in Poland, a founding member of the Warsaw Pact.", MEMBER) == {("Poland", MEMBER, "Warsaw Pact")}
    assert facts("Sabres were sold to Thailand and the Philippines, both members of SEATO.", MEMBER) == {
        ("Thailand", MEMBER, "Southeast Asia Treaty Organization"), ("Philippines", MEMBER, "Southeast Asia Treaty Organization")}
    assert not facts("The Galeb was exported to Libya, not a member of the Warsaw Pact.", MEMBER)


def test_signing_the_pact_that_names_an_alliance_is_founding_it():
    assert facts("Bulgaria and Hungary signed the Warsaw Pact in May 1955.", MEMBER) == {("Bulgaria", MEMBER, "Warsaw Pact"), ("Hungary", MEMBER, "Warsaw Pact")}
    assert not facts("Yugoslavia never signed the Warsaw Pact.", MEMBER)
    assert not facts("Iran was expected to sign the Baghdad Pact within weeks.", MEMBER)


def test_a_mutual_defence_agreement_is_a_partnership():
    assert facts("Thailand and the United States signed a mutual defense agreement in 1950.", "PARTNERS_WITH") == {("Thailand", "PARTNERS_WITH", "United States")}
    assert not facts("Indonesia and Malaysia never concluded a mutual security agreement.", "PARTNERS_WITH")


# --- deliveries summed up as a list ----------------------------------------------------------

def test_deliveries_that_have_included_a_list_of_systems():
    found = facts("Czechoslovak deliveries to Syria between 1956 and 1958 included T-34 tanks and MiG-17 fighters.", "SOLD", "ACQUIRED")
    assert {("Czechoslovakia", "SOLD", "MiG-17"), ("Syria", "ACQUIRED", "MiG-17")} <= found
    assert ("Soviet Union", "SOLD", "Il-28") in facts("Soviet supplies since 1958 have included Il-28 bombers.", "SOLD")


def test_deliveries_that_may_or_will_include_a_system_give_nothing():
    assert not facts("Soviet deliveries may have included Il-28 bombers.", "SOLD", "ACQUIRED")
    assert not facts("Future Soviet deliveries will include Il-28 bombers.", "SOLD", "ACQUIRED")


# --- "produced under <demonym> licence in <state>" ------------------------------------------

TTT = "TRANSFERRED_TECHNOLOGY_TO"


def test_a_licence_named_before_the_place_of_making():
    found = facts("The T-55 was produced under Soviet licence in Poland and in Czechoslovakia.", TTT, "PRODUCED")
    assert {("Soviet Union", TTT, "Poland"), ("Soviet Union", TTT, "Czechoslovakia"),
            ("Poland", "PRODUCED", "T-55"), ("Czechoslovakia", "PRODUCED", "T-55")} <= found
    assert ("France", TTT, "Yugoslavia") in facts("The SA 342 Gazelle was built under French licence in Yugoslavia.", TTT)


def test_a_licence_denied_or_doubted_gives_nothing():
    assert not facts("The T-55 was never produced under Soviet licence in Romania.", TTT, "PRODUCED")
    assert not facts("The T-55 may have been produced under Soviet licence in Iraq.", TTT, "PRODUCED")


def test_the_places_after_the_licence_receive_it_not_the_cities_before():
    text = ("Besides the Soviet plants at Kharkiv, Moscow and Tbilisi, the tank was made under Soviet licence "
            "in Poland, by Bumar, and in Czechoslovakia.")
    assert facts(text, TTT) == {("Soviet Union", TTT, "Poland"), ("Soviet Union", TTT, "Czechoslovakia")}


# --- a making "under an agreement with" another state --------------------------------------

def test_making_under_an_agreement_with_a_state_is_licensed_by_it():
    found = facts("Under a 1961 agreement with the Soviet Union, Czechoslovakia built the MiG-21.", TTT, "PRODUCED")
    assert ("Soviet Union", TTT, "Czechoslovakia") in found and ("Soviet Union", "PRODUCED", "MiG-21") not in found
    found = facts("Under a licence deal with Britain, Hindustan Aeronautics Limited built the Folland Gnat.", TTT, "PRODUCED")
    assert ("United Kingdom", TTT, "India") in found and ("United Kingdom", "PRODUCED", "Folland Gnat") not in found


def test_an_agreement_with_no_making_done_gives_no_licence():
    assert not facts("Under a 1961 agreement with the Soviet Union, Czechoslovakia never built the MiG-23.", TTT)
    assert not facts("Under a proposed agreement with the Soviet Union, Czechoslovakia would build the MiG-23.", TTT)


# --- "the factory": the maker last named ------------------------------------------------------

def test_the_factory_is_the_maker_named_before():
    text = "Aero Vodochody designed the L-29 trainer in the 1950s. The factory went on to build the L-39 Albatros."
    assert ("Aero Vodochody", "PRODUCED", "L-39 Albatros") in facts(text, "PRODUCED")


def test_the_factory_that_never_or_perhaps_built_gives_nothing():
    assert ("Aero Vodochody", "PRODUCED", "L-39 Albatros") not in facts(
        "Aero Vodochody designed the L-29 trainer. The factory never built the L-39 Albatros in Poland.", "PRODUCED")
    assert ("Aero Vodochody", "PRODUCED", "L-39 Albatros") not in facts(
        "Aero Vodochody designed the L-29 trainer. The factory may have built L-39 Albatros prototypes first.", "PRODUCED")


# --- "Indo-" as India's combining form -----------------------------------------------------

def test_indo_names_india_in_a_pair():
    assert facts("The Indo-Soviet Treaty of Peace, Friendship and Cooperation was signed in August 1971.", "PARTNERS_WITH") == {
        ("India", "PARTNERS_WITH", "Soviet Union")}
    assert facts("The Indo-Pakistani war of 1965 ended in a ceasefire.", CLASHED) == {("India", CLASHED, "Pakistan")}


def test_indo_pacific_is_still_the_region():
    assert not facts("The Indo-Pacific strategy was criticised in Beijing.", "PARTNERS_WITH", CLASHED)
    assert not facts("A treaty of friendship between India and Nepal was never renegotiated, Indo-Nepal talks showed.", CLASHED)


def test_clashing_with_coordinated_nationalities_before_their_noun():
    assert facts("Thai units clashed with Cambodian and Laotian troops along the border in 1987.", CLASHED) == {
        ("Cambodia", CLASHED, "Thailand"), ("Laos", CLASHED, "Thailand")}
    assert facts("During the war with Israel, Egyptian and Syrian diplomats condemned the raids.", CLASHED) == set()
    assert not facts("Thai units never clashed with Cambodian and Laotian troops.", CLASHED)


def test_states_joined_as_founding_members_are_members_too():
    found = facts("Albania and Bulgaria joined the Soviet Union, Poland and Hungary as the founding members of the Warsaw Pact.", MEMBER)
    assert {(s, MEMBER, "Warsaw Pact") for s in ("Albania", "Bulgaria", "Soviet Union", "Poland", "Hungary")} <= found
    found = facts("In 1954 Pakistan joined Britain and France as a founding member of SEATO.", MEMBER)
    assert {(s, MEMBER, "Southeast Asia Treaty Organization") for s in ("Pakistan", "United Kingdom", "France")} <= found


def test_joining_a_state_in_something_else_is_no_membership():
    assert not facts("Pakistan joined the United States in condemning the coup.", MEMBER)
    assert not facts("Yugoslavia never joined the Soviet Union and Poland as a member of the Warsaw Pact.", MEMBER)


def test_egypts_cold_war_leaders_stand_for_egypt():
    assert ("Egypt", "ACQUIRED", "MiG-21") in facts("In 1962 Nasser bought MiG-21 fighters from the Soviet Union.", "ACQUIRED")
    assert not facts("Sadat never bought MiG-23 fighters from the Soviet Union after 1974.", "ACQUIRED")


def test_a_ships_new_name_in_a_list_of_deliveries_is_no_operation():
    text = ("Soviet deliveries since 1959 have included Il-28 bombers, a destroyer (commissioned as the KRI Siliwangi in 1962) "
            "and twelve Whiskey-class submarines.")
    found = facts(text)
    assert ("Soviet Union", "SOLD", "Whiskey-class submarine") in found
    assert not {f for f in found if f[1] == "OPERATES"}
    assert ("India", "OPERATES", "Kilo-class submarine") in facts("India commissioned its first Kilo-class submarine in 1986.", "OPERATES")


def test_the_state_that_turned_to_a_seller_bought_what_it_supplied():
    found = facts("Short of fighters, Cairo turned to Czechoslovakia, which delivered MiG-15s in 1955.", "SOLD", "ACQUIRED")
    assert {("Czechoslovakia", "SOLD", "MiG-15"), ("Egypt", "ACQUIRED", "MiG-15")} <= found
    assert not facts("Cairo turned to Czechoslovakia, which never delivered the MiG-19.", "SOLD", "ACQUIRED")
    assert not facts("Cairo turned to Czechoslovakia, which might deliver MiG-19s later.", "SOLD", "ACQUIRED")
