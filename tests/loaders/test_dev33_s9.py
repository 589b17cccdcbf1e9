"""Security Council vetoes, votes and sanctions as a Council watcher, a wire factbox or a
ministry writes them: composition lines whose labels carry a qualifier ("Elected members, terms
ending 2026:"), seat holders set off by dashes, and "the Council" standing for the Security
Council a document has named. Every text here is written for these tests; none is taken from a
corpus or evaluation document."""
from __future__ import annotations

import pytest

from tests.loaders.sentences import facts

COUNCIL = "United Nations Security Council"
ABOUT = "This brief covers the month ahead in the UN Security Council.\n\n"


def members(text: str) -> set[str]:
    return {source for source, _, target in facts(text, "MEMBER_OF") if target == COUNCIL}


# --- composition lines ----------------------------------------------------------------------

def test_permanent_members_field_under_a_composition_heading():
    text = ABOUT + "**Who sits where**\n\n- Permanent members: China, France, Russia, the United Kingdom and the United States\n"
    assert members(text) == {"China", "France", "Russia", "United Kingdom", "United States"}


def test_elected_members_label_with_a_qualifying_phrase():
    text = ABOUT + "- Elected members, seats expiring in 2027: Bahrain, Colombia, Latvia\n"
    assert members(text) == {"Bahrain", "Colombia", "Latvia"}


def test_a_conditional_seat_line_gives_nothing():
    text = ABOUT + "- Elected members, if the June vote goes as expected: Bahrain, Colombia, Latvia\n"
    assert members(text) == set()


def test_a_candidates_line_gives_nothing():
    text = ABOUT + "- Candidates for 2027: Kyrgyzstan, the Philippines\n"
    assert members(text) == set()


# --- seat holders in a dash apposition -----------------------------------------------------------

def test_permanent_members_set_off_by_dashes():
    text = ABOUT + "The five permanent members — China, France, Russia, Britain and the United States — each wield a veto."
    assert members(text) == {"China", "France", "Russia", "United Kingdom", "United States"}


def test_elected_members_set_off_by_spaced_hyphens():
    text = ABOUT + "Three elected members - Guyana, Slovenia and Sierra Leone - asked for the meeting."
    assert members(text) == {"Guyana", "Slovenia", "Sierra Leone"}


def test_seat_holders_in_dashes_that_may_change_give_nothing():
    text = ABOUT + "Two elected members - Malta and Ecuador - might be replaced by others next year."
    assert members(text) == set()


def test_states_outside_the_dashes_are_not_seat_holders():
    text = ABOUT + "Two elected members — Japan and Mozambique — met the envoy of Bolivia."
    assert members(text) == {"Japan", "Mozambique"}


# --- "the Council" after the Security Council is named -----------------------------------------------

def test_the_council_imposing_sanctions_is_the_security_council():
    text = "The Security Council met again on Darfur. The Council first imposed sanctions on Sudan in 2004."
    assert facts(text, "SANCTIONED") == {(COUNCIL, "SANCTIONED", "Sudan")}


def test_this_council_in_a_statement_is_the_security_council():
    text = "Japan spoke in the Security Council today. This Council imposed sanctions on Eritrea in 2009, Japan recalled."
    assert facts(text, "SANCTIONED") == {(COUNCIL, "SANCTIONED", "Eritrea")}


def test_the_council_that_may_impose_sanctions_gives_nothing():
    text = "The Security Council met again on Darfur. The Council may impose sanctions on Sudan next year."
    assert facts(text, "SANCTIONED") == set()


def test_the_council_that_never_imposed_sanctions_gives_nothing():
    text = "The Security Council met again on Gaza. The Council has never imposed sanctions on Israel."
    assert facts(text, "SANCTIONED") == set()


def test_the_council_with_no_council_named_before_is_nobody():
    text = "The Council imposed sanctions on Belarus in 2021."
    assert facts(text, "SANCTIONED") == set()


def test_the_council_of_europe_is_not_the_security_council():
    text = "The Security Council met. The Council of Europe imposed sanctions on Belarus in 2021."
    assert (COUNCIL, "SANCTIONED", "Belarus") not in facts(text, "SANCTIONED")


# --- author-year citations date a book, not the event -----------------------------------------------

def test_a_citation_year_does_not_make_a_soviet_era_capital_russia():
    text = "In 1963 Moscow supplied MiG-21 fighters to India (Khanna and Rao 2004, 117)."
    assert ("Soviet Union", "SOLD", "MiG-21") in facts(text, "SOLD")
    assert ("Russia", "SOLD", "MiG-21") not in facts(text, "SOLD")


def test_a_citation_year_does_not_make_a_recent_capital_soviet():
    text = "Moscow sold Su-30MKI fighters to India in 2019 (Petrov 1988)."
    assert ("Russia", "SOLD", "Su-30MKI") in facts(text, "SOLD")


def test_a_cited_veto_of_the_cold_war_is_the_soviet_unions():
    text = "The Security Council was deadlocked. In 1956 Moscow vetoed a draft on Hungary (Okafor et al. 2011: 88; Lind 2019)."
    assert facts(text, "VETOED") == {("Soviet Union", "VETOED", "Hungary")}


def test_a_cited_denial_still_gives_nothing():
    text = "In 1963 Moscow did not supply MiG-21 fighters to India (Khanna and Rao 2004, 117)."
    assert facts(text, "SOLD", "ACQUIRED") == set()


# --- states that vetoed beside the subject are no subject of the veto ----------------------------------

def test_companions_of_a_veto_count_are_not_its_targets():
    text = "France has cast 16 vetoes in the Security Council, most of them alongside Britain, the United States or both."
    assert facts(text, "VETOED") == set()


def test_a_companion_after_the_draft_is_not_its_subject():
    text = "In the Security Council, Britain vetoed a draft on Namibia in 1975 alongside France and the United States."
    found = facts(text, "VETOED")
    assert ("United Kingdom", "VETOED", "Namibia") in found
    assert not {target for _, _, target in found} & {"France", "United States"}


def test_a_companion_of_a_veto_not_cast_gives_nothing():
    text = "In the Security Council, Britain did not veto the draft on Namibia alongside France."
    assert facts(text, "VETOED") == set()


# --- a veto's subject is not the next clause's subject ----------------------------------------------------

def test_a_state_in_the_clause_after_a_condemned_veto_is_not_its_subject():
    text = "In the Security Council, Cuba condemned the British veto, and Venezuela's foreign ministry condemned London too."
    assert ("United Kingdom", "VETOED", "Venezuela") not in facts(text, "VETOED")


def test_the_subject_of_a_clause_that_joins_a_veto_is_no_target():
    text = "In the Security Council, France cast a veto on Namibia in 1975, and Britain joined it."
    found = facts(text, "VETOED")
    assert ("France", "VETOED", "Namibia") in found
    assert ("France", "VETOED", "United Kingdom") not in found


# --- joining a policy, and an admission only proposed, are no memberships ------------------------------------

def test_joining_sanctions_is_no_membership_of_the_body_that_imposed_them():
    text = "The European Union sanctioned Belarus in 2020, and in 2022 Norway and Japan joined the Western sanctions on Russia."
    assert facts(text, "MEMBER_OF") == set()


def test_joining_the_organization_itself_is_still_membership():
    text = "Sweden joined the European Union in 1995 and the sanctions regime of the bloc later."
    assert ("Sweden", "MEMBER_OF", "European Union") in facts(text, "MEMBER_OF")


def test_a_vetoed_recommendation_to_admit_a_state_as_a_member_gives_no_membership():
    text = "In the Security Council, China vetoed a draft recommending the admission of Bangladesh as a member of the United Nations."
    assert facts(text, "MEMBER_OF") == set()


def test_an_admission_approved_as_a_member_is_membership():
    text = "The Assembly approved the admission of Montenegro as a member of the United Nations in 2006."
    assert ("Montenegro", "MEMBER_OF", "United Nations") in facts(text, "MEMBER_OF")


# --- allies of an alliance ----------------------------------------------------------------------------------

def test_fellow_alliance_allies_are_no_bilateral_partnership():
    text = "Norway and Turkey are both NATO allies, which shapes their votes."
    found = facts(text, "PARTNERS_WITH", "MEMBER_OF")
    assert ("Norway", "PARTNERS_WITH", "Turkey") not in found and ("Turkey", "PARTNERS_WITH", "Norway") not in found


def test_two_states_called_allies_outright_are_partners():
    text = "Japan and the Philippines are close allies."
    assert facts(text, "PARTNERS_WITH") == {("Japan", "PARTNERS_WITH", "Philippines")}


# --- "even though" opens an assertion of its own -------------------------------------------------------------

def test_a_membership_conceded_after_a_negated_clause_stands():
    text = "Hungary has not joined the sanctions, and neither has Slovakia, even though Slovakia is a NATO member."
    assert ("Slovakia", "MEMBER_OF", "North Atlantic Treaty Organization") in facts(text, "MEMBER_OF")


def test_a_hedge_inside_the_even_though_clause_still_holds():
    text = "Egypt has bought the Rafale, even though it might one day buy the Su-35."
    found = facts(text, "ACQUIRED")
    assert ("Egypt", "ACQUIRED", "Rafale") in found and ("Egypt", "ACQUIRED", "Su-35") not in found


def test_a_negation_before_even_though_still_holds():
    text = "Indonesia has not bought the Su-35, even though talks went on for years."
    assert facts(text, "ACQUIRED") == set()


# --- the Council of a document about vetoes ------------------------------------------------------------------

def test_the_council_of_a_sentence_on_vetoes_is_the_security_council():
    text = "The Council's records list 16 French vetoes. France has held its permanent seat since the first meeting of the Council."
    assert ("France", "MEMBER_OF", COUNCIL) in facts(text, "MEMBER_OF")


def test_recognition_of_jerusalem_as_a_capital_is_the_status_of_jerusalem():
    text = "In the Security Council, the United States vetoed a Jordanian draft rejecting its recognition of Jerusalem as Israel's capital."
    assert facts(text, "VETOED") == {("United States", "VETOED", "Status of Jerusalem")}


# --- a fronted time clause is not the main clause's subject --------------------------------------------------

def test_the_state_closing_a_time_clause_does_not_impose_the_sanctions():
    text = "When Libya attacked Chad, the Security Council imposed sanctions on Libya."
    assert facts(text, "SANCTIONED") == {("United Nations Security Council", "SANCTIONED", "Libya")}


def test_sanctions_after_a_time_clause_belong_to_the_main_subject():
    text = "After Russia seized the peninsula, Canada and Japan imposed sanctions on Russia."
    assert facts(text, "SANCTIONED") == {("Canada", "SANCTIONED", "Russia"), ("Japan", "SANCTIONED", "Russia")}


def test_sanctions_not_imposed_after_a_time_clause_give_nothing():
    text = "After Russia seized the peninsula, Serbia did not impose sanctions on Russia."
    assert facts(text, "SANCTIONED") == set()


@pytest.mark.xfail(strict=True, reason="an annexation in a fronted time clause still takes the main clause's subject as its other side")
def test_an_annexation_in_a_time_clause_is_no_clash_with_the_main_subject():
    text = "After Russia annexed Crimea, Canada and Japan imposed sanctions on Russia."
    assert not {pair for pair in facts(text, "CLASHED_WITH") if "Canada" in pair}


# --- a veto told in a fronted clause has no subject in the main clause ----------------------------------------

def test_a_state_of_the_main_clause_is_no_subject_of_a_veto_in_a_since_clause():
    text = "The Security Council met. Since China vetoed the renewal of the panel of experts in 2019, nobody has reported on the measures against Tehran."
    assert facts(text, "VETOED") == {("China", "VETOED", "Sanctions monitoring")}


def test_a_fronted_year_is_no_fronted_clause():
    text = "In the Security Council, since 2011, Russia has vetoed sixteen drafts on Syria."
    assert facts(text, "VETOED") == {("Russia", "VETOED", "Syria")}


def test_a_veto_only_feared_in_a_fronted_clause_gives_nothing():
    text = "In the Security Council, because Russia might veto a draft on Syria, Britain held it back."
    assert facts(text, "VETOED") == set()
