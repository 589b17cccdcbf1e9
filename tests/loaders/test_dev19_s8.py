"""Security Council vetoes as a new author writes them (the dev19 round): what a failed draft
"would have" done told in a relative clause before the vote, sponsors and abstainers named in one
sentence and the veto told in the next, "the two countries" after a veto, and a topic committed
"by" a state; each with twins that must give nothing (drafts never put to a vote, vetoes that
could have been cast, sanctions only a draft would have imposed).

Every sentence here was written for these tests; none is copied from the seeds.
"""
from __future__ import annotations

import pytest

from tests.loaders.sentences import facts


# --- what a draft "would have" done is its content, not a hedge on the vote after it ---------------

@pytest.mark.parametrize("text, vetoers, subject", [
    ("A draft on Belarus that would have condemned the crackdown was vetoed by Russia in 2021.", {"Russia"}, "Belarus"),
    ("In 2008 a text on Zimbabwe, which would have frozen the assets of its leaders, was vetoed by China and Russia.",
     {"China", "Russia"}, "Zimbabwe"),
    ("A draft resolution (S/2019/961) on Venezuela that would have called for new elections received seven votes "
     "in favour to 2 against (China, Russia), with 6 abstentions.", {"China", "Russia"}, "Venezuela"),
])
def test_a_vote_after_what_the_draft_would_have_done_is_a_veto(text, vetoers, subject):
    assert facts(text, "VETOED") == {(v, "VETOED", subject) for v in vetoers}


@pytest.mark.parametrize("text", [
    "A draft on Belarus that would have condemned the crackdown was never put to a vote.",
    "A draft on Belarus that would have condemned the crackdown could have been vetoed by Russia.",
    "A draft on Belarus that would have condemned the crackdown might be vetoed by Russia next week.",
    "Russia said it would have vetoed a draft on Belarus that would have condemned the crackdown.",
])
def test_a_draft_that_would_have_done_something_and_no_veto_cast_gives_nothing(text):
    assert facts(text, "VETOED") == set()


def test_what_the_draft_would_have_done_stays_undone():
    text = "A draft that would have imposed sanctions on Myanmar was vetoed by China and Russia in 2007."
    assert facts(text, "SANCTIONED") == set()
    assert facts(text, "VETOED") == {("China", "VETOED", "Myanmar"), ("Russia", "VETOED", "Myanmar")}


# --- sponsors and abstainers named before the veto are not its subject -----------------------------

def test_a_sponsor_named_in_the_sentence_before_is_no_subject_of_the_veto():
    text = ("On 12 March the Council voted on a draft sponsored by Kuwait, a Council member. "
            "It received 11 votes in favour and was not adopted, China and Russia having cast negative votes.")
    assert not {target for _, _, target in facts(text, "VETOED")} & {"Kuwait", "Belgium"}


def test_an_abstainer_named_in_the_sentence_before_is_no_subject_of_the_veto():
    text = ("The Japanese-drafted text on the nuclear test ban drew 13 votes in favour; India abstained. "
            "France, a permanent member, was the only state to vote no, which defeated it.")
    assert ("France", "VETOED", "India") not in facts(text, "VETOED")


# --- "the two countries" after a veto are the two who vetoed ----------------------------------------

def test_the_two_countries_after_a_veto_are_its_two_vetoers():
    text = ("In 2012 China and Russia vetoed a draft on Syria prepared by Morocco and France, "
            "and in 2019 the two countries blocked a text on Venezuela.")
    found = facts(text, "VETOED")
    assert {("China", "VETOED", "Venezuela"), ("Russia", "VETOED", "Venezuela")} <= found
    assert not {source for source, _, _ in found} & {"Morocco", "France"}


def test_the_two_countries_after_a_veto_that_did_not_happen_give_nothing():
    text = "In 2012 China and Russia threatened to veto a draft on Syria, and in 2019 the two countries might block a text on Venezuela."
    assert facts(text, "VETOED") == set()


# --- a topic committed "by" a state: the text is about the state -------------------------------------

def test_violations_by_a_state_make_the_state_the_subject():
    text = ("The Council failed to adopt a text that would have condemned human rights abuses by the Eritrean "
            "government, owing to the negative votes of China and Russia.")
    assert facts(text, "VETOED") == {("China", "VETOED", "Eritrea"), ("Russia", "VETOED", "Eritrea")}


def test_a_topic_with_no_perpetrator_stays_the_subject():
    text = "The Council failed to adopt a text on human rights abuses, owing to the negative votes of China and Russia."
    assert facts(text, "VETOED") == {("China", "VETOED", "Human rights"), ("Russia", "VETOED", "Human rights")}


# --- seats named in an appositive: "a Council member", "one of the Council's elected members" -------

UNSC = "United Nations Security Council"


@pytest.mark.parametrize("text, member", [
    ("The Security Council met on Friday. Ecuador, a Council member, asked for the meeting.", "Ecuador"),
    ("The Security Council met on Friday. Malta, one of the Council's elected members this year, chaired the talks.", "Malta"),
])
def test_a_seat_in_an_appositive_makes_a_council_member(text, member):
    assert (member, "MEMBER_OF", UNSC) in facts(text, "MEMBER_OF")


@pytest.mark.parametrize("text", [
    "The Security Council met on Friday. Peru, a former Council member, asked for the meeting.",
    "The Security Council met on Friday. Peru, which hopes to become a Council member, asked for the meeting.",
    "The city council met on Friday. Peru, a Council member, asked for the meeting.",
])
def test_a_former_or_hoped_for_seat_gives_no_council_member(text):
    assert facts(text, "MEMBER_OF") == set()


# --- "Beijing, Pyongyang's treaty ally, ...": the appositive's head and its owner are the pair ------

def test_an_ally_in_apposition_pairs_its_head_with_its_owner():
    text = "Hanoi, Moscow's oldest partner in the region, did not follow Beijing on the vote."
    assert facts(text, "PARTNERS_WITH") == {("Russia", "PARTNERS_WITH", "Vietnam")}


# --- "that X be admitted": a deed asked for, not done --------------------------------------------

@pytest.mark.parametrize("text", [
    "Washington vetoed the recommendation that Kosovo be admitted as a full member of the United Nations.",
    "The Council recommended that South Sudan be admitted to the United Nations.",
    "The draft demanded that Iran be sanctioned by the Council.",
])
def test_a_mandative_subjunctive_gives_no_fact(text):
    assert facts(text, "MEMBER_OF", "SANCTIONED") == set()


def test_an_admission_told_as_done_is_a_membership():
    assert facts("South Sudan was admitted to the United Nations in 2011.", "MEMBER_OF") == {("South Sudan", "MEMBER_OF", "United Nations")}


# --- ", and X and Y <verb>": a new clause's subjects are no objects of the verb before ------------

def test_subjects_of_a_clause_after_and_are_not_opposed():
    text = "Brazil has long opposed a permanent seat for Germany, and Spain and Canada lead the group that rejects new seats."
    assert facts(text, "OPPOSES", "LEADS") == {("Brazil", "OPPOSES", "Germany")}


def test_a_list_with_a_serial_comma_is_still_one_object():
    found = facts("The EU sanctioned Belarus, Iran, and Russia in 2022.", "SANCTIONED")
    assert {target for _, _, target in found} == {"Belarus", "Iran", "Russia"}


# --- the status of Jerusalem is a subject of its own ----------------------------------------------

def test_a_draft_on_the_status_of_jerusalem():
    text = "In 1997 the United States vetoed a draft on the status of Jerusalem, which Israel's government had opposed."
    assert facts(text, "VETOED") == {("United States", "VETOED", "Status of Jerusalem")}


# --- "struck down", "used it to block": vetoes in other words --------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("In 2019 China and Russia struck down a US draft on Venezuela.",
     {("China", "VETOED", "Venezuela"), ("Russia", "VETOED", "Venezuela")}),
    ("The veto has outlived its purpose. Russia used it in 2009 to block a resolution on Georgia.",
     {("Russia", "VETOED", "Georgia")}),
])
def test_vetoes_told_in_other_words(text, expected):
    assert facts(text, "VETOED") == expected


@pytest.mark.parametrize("text", [
    "The court struck down the sanctions law on Venezuela in 2020.",
    "Russia might use its veto to block a resolution on Georgia.",
    "The veto has outlived its purpose. Russia could have used it to block a resolution on Georgia.",
])
def test_no_veto_in_other_words(text):
    assert facts(text, "VETOED") == set()


# --- "A and B, whose war ...": the two the relative is about fought ---------------------------------

def test_whose_war_makes_the_two_antecedents_parties():
    text = "The envoy met Eritrea and Ethiopia, whose war had ended in 2000, in Algiers."
    assert facts(text, "CLASHED_WITH") == {("Eritrea", "CLASHED_WITH", "Ethiopia")}


@pytest.mark.parametrize("text", [
    "The envoy met Eritrea and Ethiopia, whose war never came, in Algiers.",
    "The envoy met Eritrea and Ethiopia, whose war might resume, in Algiers.",
    "The envoy met Eritrea and Ethiopia, whose war scare passed, in Algiers.",
])
def test_whose_war_that_did_not_happen_gives_nothing(text):
    assert facts(text, "CLASHED_WITH") == set()


# --- "China joined it": a second vetoer of the veto just told, not a member of anything -------------

def test_who_joins_a_veto_just_told_vetoes_its_subject():
    text = "The Security Council met. On Myanmar, China has cast its veto twice since 2007; Russia joined it both times."
    assert facts(text) == {("China", "VETOED", "Myanmar"), ("Russia", "VETOED", "Myanmar")}


@pytest.mark.parametrize("text", [
    "The Security Council met. On Myanmar, China has cast its veto twice since 2007; Russia did not join it.",
    "The Security Council met. On Myanmar, China has cast its veto twice since 2007; Russia might join it next time.",
])
def test_who_does_not_join_the_veto_gives_nothing_more(text):
    assert facts(text) == {("China", "VETOED", "Myanmar")}


def test_joining_an_organization_named_in_the_sentence_is_still_membership():
    text = "Russia vetoed a draft on Syria. The SCO admitted Iran, and Belarus joined it in 2024."
    assert ("Belarus", "MEMBER_OF", "Shanghai Cooperation Organisation") in facts(text, "MEMBER_OF")


def test_a_subject_after_and_is_no_subject_of_the_draft():
    text = "The Security Council met. Russia vetoed the draft on Mali, and Algeria condemned the vote."
    assert ("Russia", "VETOED", "Algeria") not in facts(text, "VETOED")


# --- sanctions adopted as measures listed before their target ---------------------------------------

def test_an_embargo_and_a_freeze_adopted_against_a_state_are_sanctions():
    text = "In 2011 the European Union adopted an arms embargo and an asset freeze against Minsk."
    assert facts(text, "SANCTIONED") == {("European Union", "SANCTIONED", "Belarus")}


@pytest.mark.parametrize("text", [
    "The European Union has not adopted an arms embargo against Israel.",
    "The European Union might adopt an arms embargo against Israel.",
    "The European Parliament adopted a resolution against Israel.",
    "The European Union adopted new rules on Belarus in 2020.",
])
def test_no_sanctions_adopted(text):
    assert facts(text, "SANCTIONED") == set()


# --- "the other fourteen members": the Council's seats --------------------------------------------

def test_the_other_fourteen_members_sit_on_the_council():
    text = ("The Security Council voted on Tuesday. Russia vetoed the draft on Georgia. "
            "The other fourteen members, including Mexico and Austria, voted in favour.")
    found = facts(text, "MEMBER_OF")
    assert {("Mexico", "MEMBER_OF", UNSC), ("Austria", "MEMBER_OF", UNSC)} <= found


def test_fourteen_members_of_an_alliance_are_no_council_seats():
    text = "The Security Council voted on Tuesday. NATO's fourteen members, including Italy, met in Rome."
    assert ("Italy", "MEMBER_OF", UNSC) not in facts(text, "MEMBER_OF")


# --- "In 2022 it vetoed ...": "it" after a fronted date is the state the paragraph is about ----------

def test_it_after_a_fronted_date_vetoes():
    text = "China rarely stands alone on the Council. In May 2022 it vetoed a draft on North Korea with Russia."
    assert ("China", "VETOED", "North Korea") in facts(text, "VETOED")


def test_it_after_a_fronted_date_that_only_threatened_gives_nothing():
    text = "China rarely stands alone on the Council. In May 2022 it threatened to veto a draft on North Korea."
    assert facts(text, "VETOED") == set()


# --- "called the veto a disgrace": a verdict on a veto opposes its caster ------------------------------

@pytest.mark.parametrize("text, critic", [
    ('Russia vetoed the draft on Srebrenica. Bosnia and Herzegovina called the veto "an affront to the victims".', "Bosnia and Herzegovina"),
    ("Russia vetoed the draft on Srebrenica. The Netherlands branded the veto a disgrace.", "Netherlands"),
])
def test_a_damning_verdict_on_a_veto_opposes_the_vetoer(text, critic):
    assert (critic, "OPPOSES", "Russia") in facts(text, "OPPOSES")


@pytest.mark.parametrize("text", [
    'Russia vetoed the draft on Srebrenica. Serbia called the veto "a principled decision".',
    "Russia vetoed the draft on Srebrenica. The Netherlands did not call the veto a disgrace.",
    "Russia vetoed the draft on Srebrenica. The Netherlands might call the veto a disgrace.",
])
def test_no_damning_verdict_gives_no_opposition(text):
    assert facts(text, "OPPOSES") == set()


def test_a_speaker_telling_of_a_veto_casts_none():
    text = ("The Security Council voted. The draft on Myanmar got 9 votes to 2 against (China, Russia). "
            "The United Kingdom representative said the veto showed that Beijing was protecting a partner.")
    found = facts(text, "VETOED")
    assert not {source for source, _, _ in found} & {"United Kingdom"}


# --- "elected to it": the council the sentence or paragraph has just named -------------------------

def test_elected_to_it_is_a_seat_on_the_council_just_named():
    text = "The Security Council met. Kenya sat on the Council in 2021, and Brazil has been elected to it eleven times."
    assert ("Brazil", "MEMBER_OF", UNSC) in facts(text, "MEMBER_OF")


@pytest.mark.parametrize("text", [
    "The Security Council met. Peru has never been elected to it.",
    "The Security Council met. Peru hopes to be elected to it in 2030.",
])
def test_not_elected_to_it_gives_no_seat(text):
    assert facts(text, "MEMBER_OF") == set()


# --- "India, with which Moscow had signed a treaty of friendship": the antecedent is the partner ------

def test_with_which_makes_the_antecedent_a_partner():
    text = "Cuba welcomed Vietnam, with which Havana had signed a treaty of friendship and cooperation."
    assert facts(text, "PARTNERS_WITH") == {("Cuba", "PARTNERS_WITH", "Vietnam")}


@pytest.mark.parametrize("text", [
    "Cuba welcomed Vietnam, with which Havana never signed a treaty of friendship.",
    "Cuba welcomed Vietnam, with which Havana may sign a treaty of friendship.",
])
def test_with_which_and_no_treaty_gives_nothing(text):
    assert facts(text, "PARTNERS_WITH") == set()


# --- an undated capital in a sentence that names the vanished state it belonged to -------------------

def test_an_undated_capital_beside_its_vanished_state_is_that_state():
    text = "The Soviet Union shielded India, with which Moscow had signed a treaty of friendship that summer."
    assert facts(text, "PARTNERS_WITH") == {("India", "PARTNERS_WITH", "Soviet Union")}


def test_an_undated_capital_is_the_present_state_where_the_successor_is_named_too():
    text = "Russia took the Soviet Union's seat, and Moscow signed a treaty of friendship with Beijing."
    assert ("China", "PARTNERS_WITH", "Soviet Union") not in facts(text, "PARTNERS_WITH")


# --- the event a draft "would have" judged took place --------------------------------------------

def test_an_invasion_a_draft_would_have_deplored_took_place():
    text = "The Soviet Union vetoed a draft that would have deplored its invasion of Afghanistan in 1980."
    assert ("Afghanistan", "CLASHED_WITH", "Soviet Union") in facts(text, "CLASHED_WITH")


@pytest.mark.parametrize("text", [
    "The Soviet Union vetoed a draft that would have deplored any invasion of Afghanistan.",
    "Moscow vetoed a draft that would have deplored the alleged invasion of Afghanistan in 1980.",
    "A draft that would have authorised an invasion of Haiti was withdrawn.",
])
def test_no_event_that_a_draft_only_imagined(text):
    assert facts(text, "CLASHED_WITH") == set()


def test_that_country_is_the_state_just_named():
    text = "In 2009 Russia blocked the observer mission in Georgia, a year after its war with that country."
    assert ("Georgia", "CLASHED_WITH", "Russia") in facts(text, "CLASHED_WITH")


def test_this_country_is_the_speaker_s_not_the_state_just_named():
    text = "My Lords, Russia invaded Georgia in 2008. This country imposed sanctions on Russia in 2014."
    assert ("Georgia", "SANCTIONED", "Russia") not in facts(text, "SANCTIONED")


# --- known gaps, left for a later round ----------------------------------------------------------------

@pytest.mark.xfail(strict=True, reason="'these were elected members' after a list of voters: the copula's 'members' "
                   "takes its subject from its own clause, and 'these' is not taken back to the voters before the semicolon")
def test_these_were_elected_members_after_a_list_of_voters():
    text = ("The Security Council voted. Ecuador voted against the first draft and Gabon against the second; "
            "these were elected members, and their votes were no vetoes.")
    assert {("Ecuador", "MEMBER_OF", UNSC), ("Gabon", "MEMBER_OF", UNSC)} <= facts(text, "MEMBER_OF")


def test_sanctions_taken_up_as_them_in_the_next_sentence():
    text = "The sanctions stay in place. The Security Council imposed them on Eritrea in 2009."
    assert facts(text, "SANCTIONED") == {("United Nations Security Council", "SANCTIONED", "Eritrea")}


@pytest.mark.xfail(strict=True, reason="an envoy named by title and surname only ('Ambassador Nebenzia') is no state the gazetteer knows")
def test_an_envoy_by_title_speaks_for_the_state_the_text_gave_them():
    text = "Vassily Nebenzia is Russia's ambassador. Ambassador Nebenzia accused Britain of hypocrisy."
    assert ("Russia", "OPPOSES", "United Kingdom") in facts(text, "OPPOSES")


# --- "ceasefire texts" are texts on a ceasefire, not a topic that drafted them --------------------------

@pytest.mark.parametrize("text", [
    "The Security Council met. Washington's vetoes on ceasefire texts are well known.",
    "The Security Council met. The United States vetoed the ceasefire drafts of 2024.",
])
def test_a_topic_before_texts_is_their_subject(text):
    assert facts(text, "VETOED") == {("United States", "VETOED", "Ceasefire")}


def test_a_ceasefire_text_not_vetoed_gives_nothing():
    assert facts("The Security Council met. The United States did not veto the ceasefire drafts of 2024.", "VETOED") == set()
