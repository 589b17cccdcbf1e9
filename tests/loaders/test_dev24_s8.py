"""Alignment and hostility between states as other writers put them: a question that a title
or a link asks before it goes on, a relative clause between a critic and its verb, sanctions a
tracker marks as lifted, and the Vietnamese services by their official "Viet Nam" spelling.
Every positive has negated, hedged or planned twins that must give nothing."""
from __future__ import annotations

import pytest

from loaders.extract import extract_text
from tests.loaders.sentences import facts

ECOWAS = "Economic Community of West African States"


# --- a question inside a longer unit -----------------------------------------------------------

def test_a_title_that_asks_a_question_before_going_on_states_nothing():
    text = "Further reading\n\n- Is Belarus buying Su-30SM fighters from Russia? A look at the evidence\n"
    assert facts(text, "SOLD", "ACQUIRED") == set()


def test_a_wh_question_before_its_answer_heading_states_nothing():
    text = "Which states sold drones to Ethiopia? Our tracker explained"
    assert facts(text, "SOLD", "ACQUIRED") == set()


def test_the_answer_after_a_question_still_counts():
    text = "Did Algeria buy the Su-57? Yes. Algeria bought the Su-57 from Russia in 2024."
    found = facts(text, "SOLD", "ACQUIRED")
    assert ("Algeria", "ACQUIRED", "Su-57") in found and ("Russia", "SOLD", "Su-57") in found


def test_a_statement_before_a_question_still_counts():
    text = "Serbia bought the FK-3 from China in 2022. Will it buy more? Officials would not say."
    assert ("Serbia", "ACQUIRED", "HQ-22") in facts(text, "ACQUIRED")


# --- a relative clause between the critic and its verb ----------------------------------------

def test_a_relative_clause_naming_another_state_does_not_take_the_critics_place():
    text = "Guinea and Gabon, which both suspended ties with Morocco in the 1980s, continue to criticise the African Union."
    found = facts(text, "OPPOSES")
    assert {("Guinea", "OPPOSES", "African Union"), ("Gabon", "OPPOSES", "African Union")} <= found
    assert not any(source == "Morocco" for source, _, _ in found)


def test_a_relative_clause_before_has_repeatedly_condemned():
    text = "Hungary, which imports most of its gas from Russia, has repeatedly condemned Ukraine's language law."
    found = facts(text, "OPPOSES")
    assert ("Hungary", "OPPOSES", "Ukraine") in found and not any(source == "Russia" for source, _, _ in found)


def test_a_relative_clause_before_a_negated_verb_gives_nothing():
    text = "Hungary, which imports most of its gas from Russia, has never condemned Ukraine."
    assert facts(text, "OPPOSES") == set()


def test_a_relative_clause_before_a_planned_condemnation_gives_nothing():
    text = "Chad, which broke with France in 2024, is expected to denounce the African Union next week."
    assert facts(text, "OPPOSES") == set()


# --- a tracker's lifted measures ---------------------------------------------------------------

TRACKER = """| Date | Sanctioning party | Target | Measure | Status |
|---|---|---|---|---|
| 2023-05-02 | European Union | Eritrea | Arms embargo | {status} |
"""


def test_a_measure_in_force_is_a_sanction():
    assert ("European Union", "SANCTIONED", "Eritrea") in facts(TRACKER.format(status="In force"), "SANCTIONED")


def test_a_measure_lifted_is_no_sanction():
    assert facts(TRACKER.format(status="Lifted"), "SANCTIONED") == set()


def test_a_measure_revoked_or_expired_is_no_sanction():
    assert facts(TRACKER.format(status="Revoked in 2024"), "SANCTIONED") == set()
    assert facts(TRACKER.format(status="Expired"), "SANCTIONED") == set()


# --- "Viet Nam" in the services' names -----------------------------------------------------------

def test_the_viet_nam_spelling_names_the_vietnamese_services():
    text = "Officers of the Viet Nam People's Navy and the Viet Nam People's Air Force visited Darwin."
    found = facts(text, "ARMED_FORCE_OF")
    assert {("Vietnam People's Navy", "ARMED_FORCE_OF", "Vietnam"), ("Vietnam People's Air Force", "ARMED_FORCE_OF", "Vietnam")} <= found


def test_the_viet_nam_army_is_one_entity_with_its_usual_name():
    names = {e.name for e in extract_text("The Viet Nam People's Army held a parade in Hanoi.").entities}
    assert "Vietnam People's Army" in names


# --- whom a critic opposes when the text names the deed, not the doer ------------------------

def test_a_move_a_state_criticised_opposes_the_mover():
    text = "Kazakhstan joined the Chinese satellite programme in 2019, a move Moscow criticised publicly."
    assert ("Russia", "OPPOSES", "Kazakhstan") in facts(text, "OPPOSES")


def test_a_step_that_a_state_condemned_opposes_who_took_it():
    text = "Greece blocked the joint statement, a step that Turkey condemned the next day."
    assert ("Turkey", "OPPOSES", "Greece") in facts(text, "OPPOSES")


def test_a_move_a_state_did_not_criticise_gives_nothing():
    text = "Serbia bought Chinese drones in 2022, a move Brussels did not criticise."
    assert facts(text, "OPPOSES") == set()


def test_a_move_a_state_might_criticise_gives_nothing():
    text = "Kazakhstan joined the Chinese satellite programme, a move Moscow might yet criticise."
    assert facts(text, "OPPOSES") == set()


def test_a_closing_which_clause_opposes_the_owner_of_the_antecedent():
    text = "The summit did not settle the dispute over Ethiopia's planned naval base on the coast of Somaliland, which Egypt opposes."
    found = facts(text, "OPPOSES")
    assert ("Egypt", "OPPOSES", "Ethiopia") in found and not any(target == "Somaliland" for _, _, target in found)


def test_a_closing_which_clause_with_no_owner_opposes_no_state_it_runs_through():
    text = "Talks stalled over the proposed railway through Kyrgyzstan, which Russia opposes."
    assert ("Russia", "OPPOSES", "Kyrgyzstan") not in facts(text, "OPPOSES")


def test_a_deal_condemned_after_a_semicolon_opposes_its_parties():
    text = "Turkey and Libya signed a maritime boundary accord in Istanbul; Greece condemned the deal as void."
    found = facts(text, "OPPOSES")
    assert {("Greece", "OPPOSES", "Turkey"), ("Greece", "OPPOSES", "Libya")} <= found


def test_a_deal_not_condemned_after_a_semicolon_gives_nothing():
    text = "Turkey and Libya signed a maritime boundary accord in Istanbul; Greece has not condemned the deal."
    assert facts(text, "OPPOSES") == set()


def test_a_deal_whose_condemnation_is_only_expected_gives_nothing():
    text = "Turkey and Libya signed a maritime boundary accord in Istanbul; Greece is expected to condemn the deal."
    assert facts(text, "OPPOSES") == set()


# --- participants "among those that flew" ------------------------------------------------------

def test_states_among_those_that_flew_took_part_in_the_exercise_in_view():
    text = "Red Flag Alaska 2023 ended at Eielson on 23 June. Thailand, Singapore and India were among those that flew."
    found = facts(text, "PARTICIPATED_IN")
    assert {("Thailand", "PARTICIPATED_IN", "Red Flag Alaska"), ("Singapore", "PARTICIPATED_IN", "Red Flag Alaska"), ("India", "PARTICIPATED_IN", "Red Flag Alaska")} <= found


def test_states_not_among_those_that_flew_took_no_part():
    text = "Red Flag Alaska 2023 ended at Eielson on 23 June. Thailand and Singapore were not among those that flew."
    assert facts(text, "PARTICIPATED_IN") == set()


def test_states_among_those_that_watched_took_no_part():
    text = "Red Flag Alaska 2023 ended at Eielson on 23 June. Thailand and Singapore were among those that watched from the ground."
    assert facts(text, "PARTICIPATED_IN") == set()


# --- clashes in a chronology's present and strikes on another state's ground ------------------

def test_a_chronologys_present_fight_until_is_a_clash():
    text = "1965 (Aug-Sep)   India and Pakistan fight until a UN-brokered ceasefire takes hold."
    assert ("India", "CLASHED_WITH", "Pakistan") in facts(text, "CLASHED_WITH")


def test_fighting_terrorism_together_is_no_clash():
    text = "Kazakhstan and Uzbekistan fight terrorism together under the SCO."
    assert facts(text, "CLASHED_WITH") == set()


def test_a_fight_that_might_come_is_no_clash():
    text = "Analysts warn that Ethiopia and Eritrea might fight again over the port."
    assert facts(text, "CLASHED_WITH") == set()


def test_strikes_on_targets_in_another_state_are_a_clash():
    text = "In September 2022 Azerbaijan struck targets inside Armenia, and Armenia struck back at Azerbaijani positions."
    assert ("Armenia", "CLASHED_WITH", "Azerbaijan") in facts(text, "CLASHED_WITH")


def test_strikes_on_militant_camps_in_a_state_are_no_clash_with_it():
    text = "Turkey struck militant camps in Syria throughout 2023."
    assert facts(text, "CLASHED_WITH") == set()


def test_strikes_denied_are_no_clash():
    text = "Tajikistan denied that it had struck targets in Kyrgyzstan."
    assert facts(text, "CLASHED_WITH") == set()


# --- "The Leaders" of a joint statement -------------------------------------------------------

STATEMENT = "1. Indonesia and Japan today elevated their relationship to a Comprehensive Strategic Partnership.\n\n"


def test_the_leaders_of_a_joint_statement_are_the_pair_of_states():
    text = STATEMENT + "2. The Leaders condemned the Democratic People's Republic of Korea's missile launches."
    found = facts(text, "OPPOSES")
    assert {("Indonesia", "OPPOSES", "North Korea"), ("Japan", "OPPOSES", "North Korea")} <= found


def test_the_leaders_expressing_concern_give_nothing():
    text = STATEMENT + "2. The Leaders expressed serious concern about the Democratic People's Republic of Korea's missile launches."
    assert facts(text, "OPPOSES") == set()


def test_the_leaders_agreeing_to_consider_a_condemnation_give_nothing():
    text = STATEMENT + "2. The Leaders agreed to consider condemning the launches at the next meeting of the Council."
    assert facts(text, "OPPOSES") == set()


# --- "both" as the object of a sanction or a condemnation --------------------------------------

PAIR = "Cuba and Nicaragua hosted Russian warships in 2024. "


def test_sanctions_on_both_reach_the_pair_just_named():
    found = facts(PAIR + "Canada sanctions both; the measures date from 2019.", "SANCTIONED")
    assert {("Canada", "SANCTIONED", "Cuba"), ("Canada", "SANCTIONED", "Nicaragua")} <= found


def test_a_condemnation_of_both_reaches_the_pair_just_named():
    found = facts(PAIR + "Washington condemned both.", "OPPOSES")
    assert {("United States", "OPPOSES", "Cuba"), ("United States", "OPPOSES", "Nicaragua")} <= found


def test_no_sanctions_on_both_give_nothing():
    assert facts(PAIR + "Canada does not sanction both.", "SANCTIONED") == set()


def test_sanctions_on_both_that_may_come_give_nothing():
    assert facts(PAIR + "Canada may soon sanction both.", "SANCTIONED") == set()


# --- a firm whose name opens with a state's ------------------------------------------------------

def test_a_holdings_firm_is_sanctioned_not_the_state_in_its_name():
    found = facts("The United Kingdom imposed sanctions on Myanmar Economic Holdings in 2021.", "SANCTIONED")
    assert found == {("United Kingdom", "SANCTIONED", "Myanmar Economic Holdings")}


def test_a_tracker_row_on_a_holdings_firm_names_the_firm():
    text = "| Date | Sanctioning party | Target | Status |\n|---|---|---|---|\n| 2021-03-25 | United Kingdom | Myanmar Economic Holdings | In force |\n"
    assert facts(text, "SANCTIONED") == {("United Kingdom", "SANCTIONED", "Myanmar Economic Holdings")}


def test_sanctions_on_a_holdings_firm_only_proposed_give_nothing():
    assert facts("The United Kingdom proposed sanctions on Myanmar Economic Holdings.", "SANCTIONED") == set()


# --- a state that welcomes is no body admitting members ----------------------------------------

def test_a_state_welcoming_another_states_support_for_a_bloc_makes_no_member():
    assert facts("Thailand welcomed Japan's support for ASEAN centrality.", "MEMBER_OF") == set()


def test_a_bloc_welcoming_a_state_still_makes_a_member():
    assert ("Egypt", "MEMBER_OF", "BRICS") in facts("BRICS welcomed Egypt as a full member in 2024.", "MEMBER_OF")


def test_a_bloc_that_has_not_welcomed_a_state_makes_no_member():
    assert facts("BRICS has not welcomed Turkey as a member.", "MEMBER_OF") == set()


# --- a partnership wished for -------------------------------------------------------------------

def test_a_partnership_two_leaders_said_they_wanted_is_none_yet():
    assert facts('Georgia and Poland said they wanted a "strategic partnership" in defence.', "PARTNERS_WITH") == set()


def test_closer_ties_wanted_are_no_partnership():
    assert facts("Kenya and India want a defence cooperation agreement.", "PARTNERS_WITH") == set()


def test_a_partnership_signed_that_both_wanted_is_one():
    text = "Georgia and Poland signed a strategic partnership in 2024, the tie both had wanted."
    assert ("Georgia", "PARTNERS_WITH", "Poland") in facts(text, "PARTNERS_WITH")


def test_a_friendship_treaty_stands_when_only_an_alliance_is_denied():
    text = "Mongolia and Kazakhstan call their 1993 pact a treaty of friendship, and both deny that they are allies."
    assert ("Kazakhstan", "PARTNERS_WITH", "Mongolia") in facts(text, "PARTNERS_WITH")


def test_a_friendship_treaty_both_deny_signing_gives_nothing():
    text = "Mongolia and Kazakhstan signed a treaty of friendship, reports say, but both deny that they signed it."
    assert facts(text, "PARTNERS_WITH") == set()


def test_an_alliance_both_deny_is_none():
    assert facts("Mongolia and Kazakhstan are allies, some say, and both deny that they are allies.", "PARTNERS_WITH") == set()


# --- participation in a body, and an exercise's own participle ---------------------------------

def test_participation_in_an_organization_is_no_part_in_the_exercise_named_before():
    text = "Khaan Quest was held in Mongolia in June. Kyrgyzstan's participation in the Russia-led CSTO continues."
    assert facts(text, "PARTICIPATED_IN", "HELD_IN") == {("Khaan Quest", "HELD_IN", "Mongolia")}


def test_taking_part_in_a_bodys_named_exercise_still_counts():
    assert ("Tajikistan", "PARTICIPATED_IN", "Peace Mission-2012") in facts("Tajikistan took part in the SCO's Peace Mission-2012 exercise.", "PARTICIPATED_IN")


def test_an_exercise_held_in_a_state_after_its_noun_names_no_host():
    text = "Moldova sent a platoon to Swift Response, a multinational exercise held in Romania in May."
    found = facts(text, "HOSTED", "HELD_IN", "PARTICIPATED_IN")
    assert ("Swift Response", "HELD_IN", "Romania") in found and ("Moldova", "PARTICIPATED_IN", "Swift Response") in found
    assert not any(rel == "HOSTED" for _, rel, _ in found)


def test_a_state_that_judged_the_move_took_no_part():
    text = "Moldova sent a platoon to Swift Response, a multinational exercise held in Romania in May, a move Moscow condemned."
    found = facts(text, "PARTICIPATED_IN", "OPPOSES")
    assert ("Russia", "PARTICIPATED_IN", "Swift Response") not in found
    assert ("Russia", "OPPOSES", "Moldova") in found


# --- what is left ---------------------------------------------------------------------------------

@pytest.mark.xfail(strict=True, reason="an act told in an earlier sentence ('the law', 'the transfers') is not traced to the state that did it")
def test_a_law_condemned_in_the_next_sentence_opposes_the_state_that_passed_it():
    text = "Kyrgyzstan's parliament passed a foreign-agents law in March. The European Union condemned the law within days."
    assert ("European Union", "OPPOSES", "Kyrgyzstan") in facts(text, "OPPOSES")




def test_a_fronted_allied_by_names_the_partners_after_it():
    text = "Allied by the 1961 treaty, China and North Korea held talks in Beijing."
    assert ("China", "PARTNERS_WITH", "North Korea") in facts(text, "PARTNERS_WITH")


def test_a_fronted_never_allied_gives_nothing():
    assert facts("Never allied by any treaty, Chile and Peru held talks in Lima.", "PARTNERS_WITH") == set()


def test_a_fronted_allied_phrase_that_is_only_hoped_for_gives_nothing():
    assert facts("Perhaps to be allied by a future treaty, Chile and Peru held talks in Lima.", "PARTNERS_WITH") == set()


def test_a_move_criticised_after_a_clause_joined_on_is_not_the_first_subjects():
    # the move is the second clause's (Turkish firms' help), not Qatar's purchase
    text = "Qatar bought Bayraktar TB2 drones in 2019, and Turkish firms helped it build a maintenance hangar, a step that Emirati officials criticised."
    assert ("United Arab Emirates", "OPPOSES", "Qatar") not in facts(text, "OPPOSES")
    # with no clause between, the sentence's subject made the move
    assert ("United Arab Emirates", "OPPOSES", "Qatar") in facts("Qatar bought Bayraktar TB2 drones in 2019, a step that the United Arab Emirates criticised.", "OPPOSES")
