"""What a new author's membership notes and Security Council vote summaries showed (dev30):
composition lines under a heading that calls the body only "the Council", member lists
after a count, fellow members after "with", first-person members, passive vetoes and
nominal clashes. Every text here is written for these tests; none is taken from a corpus
or evaluation document."""
from __future__ import annotations

import pytest

from loaders.extract import default_extractor
from loaders.readers import read_bytes
from tests.loaders.sentences import facts

UNSC = "United Nations Security Council"


def doc_facts(text: str, name: str = "note.md", *types: str) -> set[tuple]:
    document = read_bytes(text.encode("utf-8"), f"docs/{name}")
    found = default_extractor().extract_document(document).relations
    return {(r.source, r.type, r.target) for r in found if not types or r.type in types}


# --- seat lines under a council named only as "the Council" --------------------------------------

BULLETIN = """# Around the Horseshoe Table

Two drafts were vetoed last month, and the Council meets again in June.

## Who sits there this year

- **Permanent:** China, France, Russia, United Kingdom, United States
- **Elected (until 2026):** Denmark, Greece, Pakistan
"""


def test_seat_lines_under_a_bare_council_beside_a_veto_are_security_council_seats():
    found = doc_facts(BULLETIN, "bulletin.md", "MEMBER_OF")
    assert {("France", "MEMBER_OF", UNSC), ("Pakistan", "MEMBER_OF", UNSC), ("Greece", "MEMBER_OF", UNSC)} <= found


def test_seat_lines_with_no_veto_in_view_name_no_council():
    text = BULLETIN.replace("Two drafts were vetoed last month, and the", "The")
    assert doc_facts(text, "bulletin.md", "MEMBER_OF") == set()


def test_a_named_other_council_beside_a_veto_is_not_the_security_council():
    text = BULLETIN.replace("the Council meets", "the European Council meets")
    assert not any(target == UNSC for _, _, target in doc_facts(text, "bulletin.md", "MEMBER_OF"))


def test_candidates_for_seats_under_a_bare_council_are_not_members():
    text = BULLETIN.replace("- **Elected (until 2026):** Denmark, Greece, Pakistan", "Denmark and Greece hope to be elected next year.")
    assert ("Greece", "MEMBER_OF", UNSC) not in doc_facts(text, "bulletin.md", "MEMBER_OF")


# --- members listed after a qualified count, and a body that links its members -------------------

def test_members_listed_after_a_count_with_a_qualifier_before_the_colon():
    text = "On paper the Collective Security Treaty Organization still has six members today: Belarus, Armenia, Russia and Tajikistan."
    found = facts(text, "MEMBER_OF")
    assert {("Armenia", "MEMBER_OF", "Collective Security Treaty Organization"), ("Tajikistan", "MEMBER_OF", "Collective Security Treaty Organization")} <= found


def test_a_count_of_members_in_a_formal_register():
    found = facts("As of 2023 the Eurasian Economic Union has five member states in all: Armenia, Belarus, Kazakhstan, Kyrgyzstan and Russia.", "MEMBER_OF")
    assert ("Kyrgyzstan", "MEMBER_OF", "Eurasian Economic Union") in found


@pytest.mark.parametrize("text", [
    "The CSTO might have seven members today: Russia, Belarus and Uzbekistan among them.",
    "The Shanghai Cooperation Organisation has two observer members today: Mongolia and Belarus.",
    "Nobody expects that the CSTO will have eight members by 2030: Russia, Belarus, Serbia and others.",
])
def test_hedged_or_observer_counts_give_no_members(text):
    assert not any(target == "Collective Security Treaty Organization" and source in ("Uzbekistan", "Serbia") for source, _, target in facts(text, "MEMBER_OF"))
    assert ("Mongolia", "MEMBER_OF", "Shanghai Cooperation Organisation") not in facts(text, "MEMBER_OF")


def test_a_body_that_links_one_state_with_others_has_them_all_as_members():
    found = facts("Since 1971 the Five Power Defence Arrangements have linked Singapore with Malaysia, Australia, New Zealand and Britain.", "MEMBER_OF")
    assert {(state, "MEMBER_OF", "Five Power Defence Arrangements") for state in ("Singapore", "Malaysia", "Australia", "New Zealand", "United Kingdom")} <= found


@pytest.mark.parametrize("text", [
    "The Five Power Defence Arrangements do not link Japan with Australia or Malaysia.",
    "Some in Tokyo hope the Five Power Defence Arrangements could one day link Japan with Singapore.",
    "A planned pact would link the Philippines with Japan and Australia.",
])
def test_a_link_denied_hoped_for_or_planned_gives_no_members(text):
    assert not any(source in ("Japan", "Philippines") for source, _, _ in facts(text, "MEMBER_OF"))


# --- a seat only a council has, with no body named after it --------------------------------------

COUNCIL_THEN_ASSEMBLY = (
    "The Security Council has fifteen seats, five of them permanent. "
    "The General Assembly picks the other ten for two years at a time. "
)


def test_states_among_the_elected_members_sit_on_the_council_not_the_assembly_named_before():
    found = facts(COUNCIL_THEN_ASSEMBLY + "Back in 2011, to take one year, Gabon, Brazil and Portugal were among the elected members.", "MEMBER_OF")
    assert {("Gabon", "MEMBER_OF", UNSC), ("Portugal", "MEMBER_OF", UNSC)} <= found
    assert not any(target == "United Nations General Assembly" for _, _, target in found)


@pytest.mark.parametrize("ending", [
    "Ghana hopes to be among the elected members in 2030.",
    "Ghana was never one of the elected members.",
    "Ghana might be among the elected members next time.",
])
def test_a_seat_hoped_for_denied_or_possible_gives_no_member(ending):
    assert not any(source == "Ghana" for source, _, _ in facts(COUNCIL_THEN_ASSEMBLY + ending, "MEMBER_OF"))


# --- a vote table in a document titled after one state -------------------------------------------

def vote_table(title: str, rows: str) -> str:
    return (
        f"# {title}\n\nEach draft below failed in the Security Council.\n\n"
        "| Voted on | Subject | Vetoed by |\n|---|---|---|\n" + rows
    )


def test_topic_rows_of_a_vote_table_under_a_one_state_title_are_vetoes_of_that_state():
    found = doc_facts(vote_table("Myanmar before the Council, 2007-2022", "| Jan 2007 | Chemical weapons | China, Russia |\n| Dec 2022 | Crackdown on monks | Russia |\n"), "m.md", "VETOED")
    assert found == {("China", "VETOED", "Myanmar"), ("Russia", "VETOED", "Myanmar")}


def test_topic_rows_under_a_title_naming_no_state_keep_the_topic():
    found = doc_facts(vote_table("Vetoes since 2020", "| Jan 2021 | Climate security | Russia |\n"), "v.md", "VETOED")
    assert found == {("Russia", "VETOED", "Climate security")}


def test_a_row_naming_its_own_state_keeps_it_and_its_topic():
    found = doc_facts(vote_table("Myanmar before the Council", "| Jul 2012 | Syria (chemical weapons) | Russia |\n"), "m.md", "VETOED")
    assert ("Russia", "VETOED", "Syria") in found and ("Russia", "VETOED", "Myanmar") not in found


def test_a_row_with_no_vetoer_gives_no_veto_of_the_title_state():
    found = doc_facts(vote_table("Myanmar before the Council", "| Oct 2016 | Russian text on aid | none |\n"), "m.md", "VETOED")
    assert found == set()


# --- co-founders told after the body's founding ---------------------------------------------------

def test_co_founders_after_a_founding_told_with_its_place_and_date():
    text = "Kyrgyzstan is a founding member of the Shanghai Cooperation Organisation, established at a summit in Shanghai in June 2001 together with Kazakhstan, Tajikistan and China."
    found = facts(text, "MEMBER_OF")
    assert {(state, "MEMBER_OF", "Shanghai Cooperation Organisation") for state in ("Kyrgyzstan", "Kazakhstan", "Tajikistan", "China")} <= found


@pytest.mark.parametrize("text", [
    "Uzbekistan is not a founding member of the Shanghai Cooperation Organisation, set up in 2001 together with Kazakhstan and China.",
    "Uzbekistan may claim to be a founding member of the Shanghai Cooperation Organisation, set up in 2001 together with Kazakhstan and China.",
])
def test_a_founding_membership_denied_or_hedged_gives_no_co_founders(text):
    assert facts(text, "MEMBER_OF") == set()


# --- causes seen in dev30 and not fixed this session ---------------------------------------------

def test_a_passive_veto_of_a_draft_that_called_for_a_topic():
    """Fixed in s9-memveto: what a draft calls for is its content, no wish hedging the veto."""
    assert ("China", "VETOED", "Ceasefire") in facts("A French text that also called for a ceasefire was vetoed by Russia and China in May.", "VETOED")


def test_the_council_named_bare_imposes_sanctions():
    """A bare "the Council" as a clause's subject is the council in view (here the one that vetoes)."""
    text = "Two drafts were vetoed in April, and the Council met again in May. The Council first imposed sanctions on Iran in 2006."
    assert (UNSC, "SANCTIONED", "Iran") in facts(text, "SANCTIONED")


@pytest.mark.xfail(strict=True, reason="a first-person-plural member ('we sit in both X and Y') is not resolved to the state "
                   "the page speaks for when the verb is 'sit in'")
def test_we_sit_in_two_forums_on_a_ministry_page():
    text = "Chile's place in the region\n\nChile is a Pacific state. We sit in both the East Asia Summit and the ASEAN Regional Forum."
    assert ("Chile", "MEMBER_OF", "East Asia Summit") in facts(text, "MEMBER_OF")


def test_joined_another_in_vetoing():
    """Fixed in s9-memveto: who joins the vetoer "in vetoing" vetoes too."""
    text = "In the Security Council in 1983 Britain joined the United States in vetoing a draft that deplored the invasion of Grenada."
    assert ("United Kingdom", "VETOED", "Grenada") in facts(text, "VETOED")
