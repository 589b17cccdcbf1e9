"""What a new author's set (dev42) showed the rules missing: members listed in brackets
after "the ... member states", vetoes told without the word veto, patrols split across
clauses. Every sentence here is written for these tests; none is taken from a corpus or
evaluation document."""
from __future__ import annotations

import pytest

from tests.loaders.sentences import facts

CSTO = "Collective Security Treaty Organization"
SCO = "Shanghai Cooperation Organisation"


# --- members listed after "the <body> member states" --------------------------------------------

@pytest.mark.parametrize("text", [
    "Defence chiefs of the CSTO member states (Russia, Belarus and Armenia) gathered in Yerevan in 2021.",
    "In Dushanbe the six CSTO member countries (Russia, Belarus, Armenia, Kazakhstan, Kyrgyzstan and Tajikistan) adopted a plan.",
    "The SCO member states (China, Russia and Kazakhstan) issued a joint communique on terrorism.",
])
def test_states_in_brackets_after_member_states_are_members(text):
    found = facts(text, "MEMBER_OF")
    body = SCO if "SCO" in text else CSTO
    assert ("Russia", "MEMBER_OF", body) in found
    assert ("Armenia" if body == CSTO else "Kazakhstan", "MEMBER_OF", body) in found


def test_a_count_of_member_states_without_names_gives_nothing():
    assert not facts("The eight SCO member states met in Bishkek in 2019.", "MEMBER_OF")


@pytest.mark.parametrize("text", [
    "The SCO observer states (Mongolia and Afghanistan) sent envoys to the summit.",
    "Would-be SCO member states (Belarus and Iran) were not yet admitted in 2019.",
])
def test_observers_or_would_be_members_in_brackets_are_not_members(text):
    assert not facts(text, "MEMBER_OF")


# --- a council seat's title right before the names, with no comma or dash -----------------------

UNSC = "United Nations Security Council"


@pytest.mark.parametrize("text, members", [
    ("A British draft on Myanmar went to the Security Council in 2008. The two permanent members Russia and China "
     "cast vetoes.", {"Russia", "China"}),
    ("The Security Council met on the Libya text. Ten members voted in favour, while the elected members Brazil, "
     "Gabon and South Africa abstained.", {"Brazil", "Gabon", "South Africa"}),
    ("At the Security Council that week, elected members Ghana and Kenya asked for a pause.", {"Ghana", "Kenya"}),
])
def test_a_seat_title_right_before_the_names_makes_them_council_members(text, members):
    found = {s for s, _, t in facts(text, "MEMBER_OF") if t == UNSC}
    assert members <= found


@pytest.mark.parametrize("text", [
    "The Security Council met again. Some hoped the permanent members would back the plan, and Brazil and India said so.",
    "The Security Council met again. Brazil and India want to become permanent members one day.",
])
def test_a_seat_title_with_no_names_after_it_gives_no_member(text):
    found = {s for s, _, t in facts(text, "MEMBER_OF") if t == UNSC}
    assert not found & {"Brazil", "India"}


# --- a note's entry: the organization, a dash, then its states alone ------------------------------

def file_facts(text: str, name: str, *types: str) -> set[tuple]:
    """(source, type, target) found in ``text`` read as the file ``name`` (its suffix picks the reader)."""
    from loaders.extract import default_extractor
    from loaders.readers import read_bytes

    document = read_bytes(text.encode("utf-8"), f"notes/{name}")
    found = default_extractor().extract_document(document).relations
    return {(r.source, r.type, r.target) for r in found if not types or r.type in types}


@pytest.mark.parametrize("entry", [
    "- **CSTO** -- Russia, Belarus, Armenia, Kazakhstan. Slow to act in 2022.",
    "* CSTO -- Russia, Belarus and Armenia at the start.",
    "- The CSTO — Russia, Belarus, Armenia.",
])
def test_an_entry_glossing_an_organization_with_states_lists_its_members(entry):
    found = file_facts(f"# Seminar notes\n\n{entry}\n", "notes.md", "MEMBER_OF")
    assert {("Russia", "MEMBER_OF", CSTO), ("Belarus", "MEMBER_OF", CSTO), ("Armenia", "MEMBER_OF", CSTO)} <= found


@pytest.mark.parametrize("entry", [
    "- **CSTO** -- Russia and Belarus criticised its slow response in 2022.",
    "- **CSTO** -- observers: Serbia, Afghanistan.",
    "- CSTO -- Azerbaijan and Georgia",  # a heading over a question about them, with no full stop
    "- **CSTO** -- Russia, Belarus and Armenia would like to expand it.",
])
def test_an_entry_whose_states_run_on_into_a_clause_gives_no_members(entry):
    found = file_facts(f"# Seminar notes\n\n{entry}\n", "notes.md", "MEMBER_OF")
    assert not {s for s, _, t in found if t == CSTO} & {"Belarus", "Serbia", "Afghanistan"}


# --- left for later ------------------------------------------------------------------------------

@pytest.mark.xfail(strict=True, reason="a permanent member's 'voted against it, and it was not adopted' is a veto, "
                   "but nothing is found: the draft's subject is told by a participle ('referring the situation "
                   "to the ICC') that the gazetteer's topic aliases do not cover")
def test_a_no_vote_that_defeats_a_draft_is_a_veto():
    text = ("In 2014 a draft referring the situation in Syria to the International Criminal Court went to the "
            "Security Council. Russia and China voted against it, and it was not adopted.")
    assert ("Russia", "VETOED", "International Criminal Court referral") in facts(text, "VETOED")


def test_a_patrol_split_across_a_gapped_clause():
    # a gapped second clause ('and China two H-6K over ...') shares the first clause's verb and the region
    text = ("The first joint air patrol took place in July. Russia sent two Tu-95MS bombers and China two H-6K "
            "over the East China Sea.")
    found = facts(text, "PATROLLED")
    assert {("Russia", "PATROLLED", "East China Sea"), ("China", "PATROLLED", "East China Sea")} <= found


def test_came_in_as_a_counted_member_is_joining():
    text = "The CSTO grew in the 1990s. Tajikistan came in as the fifth member in 1994."
    assert ("Tajikistan", "MEMBER_OF", CSTO) in facts(text, "MEMBER_OF")
