"""Security Council vote records and membership notes as other writers lay them out, read as
whole documents and as single sentences: veto rolls ("Russia's vetoes: 2011 (Syria), ..."),
dated lists of vetoed drafts, "X is in the CSTO", spoken "it's a full member", and the
look-alikes that must give nothing (observers and dialogue partners joining "as" such, states
that left, threats, abstentions)."""
from __future__ import annotations

import pytest

from tests.loaders.sentences import facts

NATO = "North Atlantic Treaty Organization"
SCO = "Shanghai Cooperation Organisation"
CSTO = "Collective Security Treaty Organization"
CIS = "Commonwealth of Independent States"


def vetoes(vetoer: str, *subjects: str) -> set[tuple]:
    return {(vetoer, "VETOED", s) for s in subjects}


def members(org: str, *states: str) -> set[tuple]:
    return {(s, "MEMBER_OF", org) for s in states}


# --- veto rolls and dated lists of vetoed drafts ----------------------------------------

VETO_SENTENCES = [
    # a roll after the vetoer's possessive, the years first or the subjects first
    ("Moscow's record in brief. Russia's vetoes: 2008 (Zimbabwe), 2017 (Mali), 2022 (Ukraine).",
     vetoes("Russia", "Zimbabwe", "Mali", "Ukraine")),
    ("China's vetoes: Myanmar (2007), Venezuela (2019).", vetoes("China", "Myanmar", "Venezuela")),
    # the vetoer after "cast by" before the colon
    ("Vetoes cast by the United States since 2000: Israel (2006), Palestine (2011).",
     vetoes("United States", "Israel", "Palestine")),
    # dated items in a list after "drafts on": bracketed years and "in <year>" between the items
    ("Russia vetoed drafts on Syria (2017), Mali (2023) and Sudan (2024).", vetoes("Russia", "Syria", "Mali", "Sudan")),
    ("Over the decade China vetoed texts on Myanmar in 2007, Zimbabwe in 2008 and Venezuela in 2019.",
     vetoes("China", "Myanmar", "Zimbabwe", "Venezuela")),
]


@pytest.mark.parametrize("text, expected", VETO_SENTENCES)
def test_veto_rolls_and_dated_lists_name_each_subject(text, expected):
    assert facts(text, "VETOED") == expected


NO_VETO = [
    "Russia threatened to veto drafts on Syria (2013), Mali (2023) and Sudan (2024).",
    "Russia would veto any text on Syria (2013) or Mali (2023).",
    "Abstentions: China (2022), India (2022).",
    "Russia's vetoes: none since 2022 on Sudan or Mali.",
]


@pytest.mark.parametrize("text", NO_VETO)
def test_threats_abstentions_and_empty_rolls_are_no_vetoes(text):
    assert facts(text, "VETOED") == set()


def test_a_bracketed_year_still_dates_its_own_wave_of_entrants():
    # the list a veto reads across its dates stays split for a membership's years
    found = {(r.source, r.properties.get("year")) for r in _relations("NATO admitted Hungary (1999), Slovakia and Slovenia (2004).")}
    assert found == {("Hungary", 1999), ("Slovakia", 2004), ("Slovenia", 2004)}


def _relations(text: str):
    from loaders.extract import extract_text

    return [r for r in extract_text(text).relations if r.type == "MEMBER_OF"]


# --- "is in", spoken pronouns, and what is no membership ---------------------------------

MEMBERSHIP_SENTENCES = [
    ("Tajikistan is in the CSTO.", members(CSTO, "Tajikistan")),
    ("Kyrgyzstan is in both the CSTO and the SCO.", members(CSTO, "Kyrgyzstan") | members(SCO, "Kyrgyzstan")),
    ("Kazakhstan has been in the CSTO since 1994.", members(CSTO, "Kazakhstan")),
    ("Russia and Belarus are in the Union State.", members("Union State", "Russia", "Belarus")),
    ("Turkey is in NATO but bought the S-400 anyway.", members(NATO, "Turkey")),
    # the spoken "it's", and a pronoun whose antecedent is the subject of an earlier clause
    ("Armenia has frozen its participation, but it's still in the CSTO.", members(CSTO, "Armenia")),
    ("Kazakhstan criticised the summit, but it is still a member of the SCO.", members(SCO, "Kazakhstan")),
    ("Belarus is in the Union State with Russia, it's been in the CSTO for decades, and since July 2024 it's a full member of the SCO.",
     members("Union State", "Belarus", "Russia") | members(CSTO, "Belarus") | members(SCO, "Belarus")),
]


@pytest.mark.parametrize("text, expected", MEMBERSHIP_SENTENCES)
def test_being_in_an_organization_is_membership(text, expected):
    assert facts(text, "MEMBER_OF") == expected


NO_MEMBERSHIP = [
    "Armenia is not in the CSTO.",
    "Georgia was in the CSTO until 1999.",  # "was in": perhaps no longer
    "The Russian base is in Tajikistan.",
    "Egypt is in talks with BRICS.",
    "Ukraine would be in NATO by now.",
    "Russia's interest is in the SCO.",  # the state is no subject of its own
    "The headquarters of the CSTO is in Moscow.",
    "India is in NATO's sights, analysts said.",  # the organization is no whole object
    "Turkey is in the process of joining BRICS.",  # under way, not done
    "Mongolia is in the SCO only as an observer.",
    "Mongolia joined the SCO as an observer in 2004.",
    "Turkey joined the SCO as a dialogue partner in 2012.",
    "Iran entered the SCO in 2005 as an observer.",
    "Georgia left the CSTO in 1999.",
    "Uzbekistan suspended its membership of the CSTO in 2012.",
    "Argentina declined to join BRICS in 2023.",
]


@pytest.mark.parametrize("text", NO_MEMBERSHIP)
def test_absences_tiers_and_former_members_are_no_members(text):
    assert facts(text, "MEMBER_OF") == set()


def test_a_founding_member_is_still_a_member():
    assert facts("Kyrgyzstan, a founding member of the CSTO, hosted the drill.", "MEMBER_OF") == members(CSTO, "Kyrgyzstan")


def test_a_former_member_named_as_such_is_historical_membership():
    # the convention of dev5's "Former members" field: membership that was, unlike a bare "left"
    assert facts("Ukraine, formerly a member of the CIS, stopped attending in 2014.", "MEMBER_OF") == members(CIS, "Ukraine")


# --- whole documents ------------------------------------------------------------------------

COUNCIL_DIGEST = """Security Council: the vetoes of the last decade

Draft on Syria, 2017. The text renewing the mandate of the investigators failed: Russia vetoed it, while
China abstained. Ethiopia and Kazakhstan, elected members, also abstained.

Record at a glance
Russia's vetoes: 2017 (Syria), 2022 (Ukraine), 2023 (Mali).
China's vetoes: 2019 (Venezuela).

Russia also threatened to veto a 2024 draft on Sudan but in the end abstained.
"""


def test_a_council_digest_gives_the_rolls_and_not_the_threats_or_abstentions():
    found = facts(COUNCIL_DIGEST, "VETOED")
    assert found == vetoes("Russia", "Syria", "Ukraine", "Mali") | vetoes("China", "Venezuela")


PODCAST = """Episode 41: Minsk between the blocs

HOST: People call Belarus Moscow's closest ally. Fair?

GUEST: Broadly. Belarus is in the Union State with Russia, it's been in the CSTO since the start,
and since 2024 it's a full member of the SCO as well.

HOST: And Serbia?

GUEST: Serbia sits in the CSTO as an observer, and that's all. Georgia left the CSTO in 1999.
"""


def test_a_transcript_reads_spoken_memberships_and_leaves_observers_and_leavers_out():
    found = facts(PODCAST, "MEMBER_OF")
    assert found == members("Union State", "Belarus", "Russia") | members(CSTO, "Belarus") | members(SCO, "Belarus")


# --- founders who held the first summit; an organization called by its own head noun --------

FOUNDING_SUMMITS = [
    ("Russia, China, India and Brazil held their inaugural summit as BRIC in 2009.", members("BRICS", "Russia", "China", "India", "Brazil")),
    ("Quad. Australia, India, Japan and the United States held the first leaders' meeting in March 2021.",
     members("Quadrilateral Security Dialogue", "Australia", "India", "Japan", "United States")),
]


@pytest.mark.parametrize("text, expected", FOUNDING_SUMMITS)
def test_the_states_that_held_a_first_summit_are_its_members(text, expected):
    assert facts(text, "MEMBER_OF") == expected


@pytest.mark.parametrize("text", [
    "Russia and India may hold the first summit of the SCO next year.",
    "Kazakhstan attended the first summit of the SCO as a guest.",
    "China held the first summit with Central Asian leaders in 2023.",
])
def test_summits_planned_attended_as_guests_or_of_no_organization_give_no_members(text):
    assert facts(text, "MEMBER_OF") == set()


def test_a_capitalised_head_noun_stands_for_the_organization_just_named():
    text = "ASEAN foreign ministers met in Vientiane. Laos, a member of the Association since 1997, chaired the talks."
    assert facts(text, "MEMBER_OF") == members("Association of Southeast Asian Nations", "Laos")


@pytest.mark.parametrize("text", [
    "ASEAN foreign ministers met in Vientiane. Laos is a member of the association of rice exporters.",
    "ASEAN foreign ministers met in Vientiane. Laos is a member of a regional rice cartel.",
])
def test_a_body_the_gazetteer_does_not_know_is_not_the_organization_just_named(text):
    assert facts(text, "MEMBER_OF") == set()


# --- Cold War subjects and a topic's wording ------------------------------------------------

def test_a_cold_war_draft_about_rhodesia_names_both_vetoers():
    text = "Britain vetoed a draft about Rhodesia in 1966, and the United States cast its first veto on the same question in 1970."
    assert facts(text, "VETOED") == vetoes("United Kingdom", "Southern Rhodesia") | vetoes("United States", "Southern Rhodesia")


def test_a_draft_on_nuclear_weapons_in_orbit_is_the_outer_space_topic():
    text = "In April 2024 Russia vetoed a draft calling on states not to place nuclear weapons in orbit; China abstained."
    assert facts(text, "VETOED") == vetoes("Russia", "Nuclear weapons in outer space")


# --- vote tables under a document symbol, and votes recorded clause by clause ----------------

VOTE_TABLE = """Recorded vote on draft resolution S/2023/970 (Ceasefire)

In favour: Albania, Brazil, China, Ecuador, France, Gabon, Ghana, Japan, Malta, Mozambique, Russian Federation, Switzerland, United Arab Emirates
Against: United States
Abstaining: United Kingdom

The draft was not adopted.
"""


def test_a_vote_table_under_a_council_document_symbol_gives_the_permanent_member_against():
    assert facts(VOTE_TABLE, "VETOED") == vetoes("United States", "Ceasefire")


def test_a_vote_table_with_no_council_symbol_and_an_assembly_vote_gives_no_veto():
    text = VOTE_TABLE.replace("draft resolution S/2023/970", "General Assembly draft A/ES-10/L.25")
    assert facts(text, "VETOED") == set()


def test_a_permanent_member_voting_against_in_its_own_clause_vetoed_the_draft_named_before():
    text = (
        "In September 2018 the Security Council took up a draft on Mali. Russia voted against; as a permanent "
        "member, its vote was a veto. Bolivia, an elected member, also voted against."
    )
    assert facts(text, "VETOED") == vetoes("Russia", "Mali")


def test_an_elected_member_voting_against_in_its_own_clause_is_no_veto():
    text = "In September 2018 the Security Council took up a draft on Mali. Bolivia voted against; it was an elected member."
    assert facts(text, "VETOED") == set()


# --- a section about one organization that names its predecessor ---------------------------

SECTION = """Shanghai Cooperation Organisation

Origins. The organisation grew out of the Shanghai Five, set up in 1996 by China, Russia, Kazakhstan,
Kyrgyzstan and Tajikistan. Uzbekistan joined in 2001, when the bloc took its present name. India and
Pakistan became full members in 2017, Iran in 2023 and Belarus in 2024.
"""


def test_a_section_about_an_organization_keeps_its_joiners_off_the_predecessor():
    found = facts(SECTION, "MEMBER_OF")
    assert found == members("Shanghai Five", "China", "Russia", "Kazakhstan", "Kyrgyzstan", "Tajikistan") | members(
        SCO, "Uzbekistan", "India", "Pakistan", "Iran", "Belarus"
    )


def test_the_union_refers_to_a_union_just_named():
    text = "The Eurasian Economic Union held its summit in Minsk. The union was founded in 2015 by Russia, Belarus and Kazakhstan."
    assert facts(text, "MEMBER_OF") == members("Eurasian Economic Union", "Russia", "Belarus", "Kazakhstan")



# --- meetings coverage: a panel's mandate not extended, and speakers' seats --------------------

def test_a_mandate_not_extended_owing_to_a_veto_names_the_panel():
    text = "The Council failed to extend the mandate of the expert panel monitoring sanctions against North Korea, owing to a veto by Russia."
    assert facts(text, "VETOED") == vetoes("Russia", "Sanctions monitoring")


def test_a_headline_without_articles_names_the_panel_too():
    text = "Security Council Fails to Extend Mandate of Panel of Experts on Sanctions, Owing to Veto by Russian Federation"
    assert facts(text, "VETOED") == vetoes("Russia", "Sanctions monitoring")


def test_a_state_failing_to_renew_a_lease_is_no_veto():
    assert facts("Russia failed to renew the lease of the submarine to India in 2021.", "VETOED") == set()


COVERAGE = """Security Council meeting on the Korean peninsula

Speaking after the vote, Ecuador's representative, also speaking as an elected member, regretted the outcome.
Japan's ambassador said Tokyo would keep pressing for accountability.
"""


def test_a_speaker_named_as_an_elected_member_holds_a_council_seat_and_others_do_not():
    assert facts(COVERAGE, "MEMBER_OF") == members("United Nations Security Council", "Ecuador")


# --- a briefing that tells each vote in a paragraph of its own --------------------------------

BRIEFING = """Council simulation: background guide

The Security Council voted on several drafts in the autumn.

First vote (March 2019). France held the pen on a text demanding humanitarian pauses in the fighting.
Eleven members voted yes; China abstained. Russia, a permanent member, cast a negative vote, and that
single vote killed it.

Second vote (April 2019). The draft on Syria got eleven votes. It was not adopted because two
permanent members voted against -- Russia and China. Kuwait, an elected member, also voted no.

Third vote (May 2019). Germany and Belgium drafted texts demanding an immediate ceasefire. Each time
twelve members voted in favour, Indonesia abstained, and Russia vetoed.
"""


def test_a_briefing_gives_each_vote_its_own_subject_and_only_permanent_vetoers():
    assert facts(BRIEFING, "VETOED") == (
        vetoes("Russia", "Humanitarian pause", "Syria", "Ceasefire") | vetoes("China", "Syria")
    )


def test_a_state_named_after_a_dash_that_is_no_voter_is_no_vetoer():
    text = "The Security Council met on Syria. The draft was debated at length -- Russia and China spoke first."
    assert facts(text, "VETOED") == set()


def test_the_drafter_named_before_the_subject_is_not_what_the_veto_concerned():
    text = (
        "The Security Council voted in April.\n\nBritain tabled a draft on Syria. It got eleven votes. The draft was not "
        "adopted because two permanent members voted against -- Russia and China."
    )
    assert facts(text, "VETOED") == vetoes("Russia", "Syria") | vetoes("China", "Syria")


EXPLANATIONS = """Security Council - explanations of vote (as delivered)

ECUADOR (as penholder and elected member of the Council): We are disappointed by the result.

FRANCE (speaking as a permanent member): We voted in favour.

BRAZIL (a candidate for a seat next year): We urge restraint.
"""


def test_a_speakers_label_naming_the_seat_gives_council_membership_and_a_candidacy_does_not():
    assert facts(EXPLANATIONS, "MEMBER_OF") == members("United Nations Security Council", "Ecuador", "France")


# --- "the Council" in a document about the Security Council ----------------------------------

@pytest.mark.parametrize("text, state", [
    ("The Security Council met on Myanmar. Norway sat on the Council as an elected member in 2021-22.", "Norway"),
    ("The Security Council met on Myanmar. A year later Gabon, newly seated on the Council, abstained.", "Gabon"),
    ("The Security Council met on Myanmar. Ghana began a two-year term on the Council in 2022.", "Ghana"),
])
def test_a_seat_on_the_council_of_a_council_document_is_security_council_membership(text, state):
    assert facts(text, "MEMBER_OF") == members("United Nations Security Council", state)


@pytest.mark.parametrize("text", [
    "The summit opened in Brussels. Italy was elected to the Council in 2020.",
    "The Security Council met on Myanmar. India sat on the Human Rights Council in 2020.",
    "The Security Council met on Myanmar. Brazil hopes to sit on the Council again.",
])
def test_another_council_or_a_hoped_for_seat_is_no_security_council_membership(text):
    assert facts(text, "MEMBER_OF") == set()


def test_the_latter_two_of_a_list_are_the_elected_members_it_names():
    text = (
        "The Security Council voted on Ukraine. Eleven members voted yes; China, Gabon and Brazil, the latter two "
        "then serving as elected members, abstained."
    )
    assert facts(text, "MEMBER_OF") == members("United Nations Security Council", "Gabon", "Brazil")


def test_the_latter_two_of_a_list_named_as_abstainers_are_no_council_members():
    text = "The Security Council voted on Ukraine. China, Gabon and Brazil, the latter two with reservations, abstained."
    assert facts(text, "MEMBER_OF") == set()


# --- "of which ... are members": every organization of the antecedent list ------------------

def test_of_which_both_are_members_reaches_every_organization_just_listed():
    text = "Japan and India back the East Asia Summit and the ASEAN Regional Forum, of which both countries are members."
    assert facts(text, "MEMBER_OF") == members("East Asia Summit", "Japan", "India") | members("ASEAN Regional Forum", "Japan", "India")


def test_of_which_a_state_is_the_chair_is_no_membership():
    assert facts("Kazakhstan hosted the SCO summit, of which India was the chair.", "MEMBER_OF") == set()


def test_of_which_it_was_never_a_member_gives_nothing():
    assert facts("Ukraine courted the EU and NATO, of which it was never a member.", "MEMBER_OF") == set()


# --- a state that completes the topic is no subject of its own -------------------------------

def test_the_state_a_topic_is_delivered_to_is_no_second_subject():
    text = "In July 2020 Russia and China vetoed a draft renewing cross-border humanitarian aid into north-west Syria."
    assert facts(text, "VETOED") == vetoes("Russia", "Cross-border humanitarian aid") | vetoes("China", "Cross-border humanitarian aid")


def test_a_state_and_a_topic_listed_side_by_side_are_both_subjects():
    text = "Russia vetoed drafts on Syria and on cross-border humanitarian aid in 2020."
    assert facts(text, "VETOED") == vetoes("Russia", "Syria", "Cross-border humanitarian aid")


# --- "which it joined": the antecedent is what was joined -------------------------------------

def test_an_organization_joined_in_an_object_relative_is_the_antecedent_not_the_next_one_named():
    text = "Tajikistan belongs to the CSTO, which it joined in 1994, and is only an observer of the Arab League."
    assert facts(text, "MEMBER_OF") == members(CSTO, "Tajikistan")


def test_an_object_relative_naming_its_joiner_gives_that_joiner():
    text = "The summit was held by the SCO, which Iran joined in 2023."
    assert facts(text, "MEMBER_OF") == members(SCO, "Iran")
