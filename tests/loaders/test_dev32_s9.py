"""Memberships stated the way reference pages, timelines, answer keys and interviews state them:
a list of members grouped under sub-labels, entries that name another body, elliptical "join"
in a dated timeline, and members named around a pronoun. Every text here is written for these
tests; none is taken from a corpus or evaluation document."""
from __future__ import annotations

import pytest

from loaders.extract import default_extractor
from loaders.readers import read_bytes
from tests.loaders.sentences import facts


def page_facts(page: str, *types: str) -> set[tuple]:
    document = read_bytes(page.encode("utf-8"), "site/members.html")
    found = default_extractor().extract_document(document).relations
    return {(r.source, r.type, r.target) for r in found if not types or r.type in types}


def members_page(entries: str, heading: str = "Current members") -> str:
    return (
        "<html><head><title>ECOWAS members</title></head><body><main>"
        "<h1>Member states of the Economic Community of West African States</h1>"
        "<p>The community was set up in Lagos in 1975.</p>"
        f"<h2>{heading}</h2><ul>{entries}</ul></main></body></html>"
    )


GROUPED = (
    "<li>Coastal states<ul>"
    "<li>Ghana, Togo and Benin – members since 1975</li>"
    "<li>Liberia – rejoined after the civil war</li>"
    "</ul></li>"
    "<li>Island states<ul><li>Cape Verde – admitted in 1977</li></ul></li>"
)
ECOWAS = "Economic Community of West African States"


def test_entries_under_a_group_label_nested_in_a_members_list_are_members():
    found = page_facts(members_page(GROUPED), "MEMBER_OF")
    assert found >= {(state, "MEMBER_OF", ECOWAS) for state in ("Ghana", "Togo", "Benin", "Liberia", "Cape Verde")}


def test_a_group_label_of_observers_keeps_its_entries_out():
    page = members_page("<li>Observers<ul><li>Morocco – applied in 2017</li><li>Mauritania – associate since 2017</li></ul></li>")
    assert page_facts(page, "MEMBER_OF") == set()


def test_group_labels_under_a_heading_of_former_members_give_nothing():
    assert page_facts(members_page(GROUPED, heading="Former members"), "MEMBER_OF") == set()


def test_an_entry_naming_another_body_is_a_member_of_both():
    page = members_page("<li>Sahel<ul><li>Senegal – founding member of the African Union</li><li>Gambia – readmitted in 2018</li></ul></li>")
    found = page_facts(page, "MEMBER_OF")
    assert ("Senegal", "MEMBER_OF", "African Union") in found
    assert ("Senegal", "MEMBER_OF", ECOWAS) in found
    assert ("Gambia", "MEMBER_OF", ECOWAS) in found
    assert ("Gambia", "MEMBER_OF", "African Union") not in found


def test_an_entry_marked_suspended_in_a_grouped_list_gives_nothing():
    page = members_page("<li>Sahel<ul><li>Guinea – suspended since 2021</li></ul></li>")
    assert page_facts(page, "MEMBER_OF") == set()


# --- a timeline whose dated entries join the body the document is about --------------------------

TIMELINE = """WHEN THE BLOC TOOK SHAPE

Our reporters look back at how the Gulf Cooperation Council came together in Abu Dhabi.

1981 — Six monarchies sign the charter; the council's secretariat opens in Riyadh.

{entry}
"""


@pytest.mark.parametrize("entry, members", [
    ("1990 — Kuwait and Bahrain join, months before the invasion.", {"Kuwait", "Bahrain"}),
    ("1995 — Oman is admitted after long talks.", {"Oman"}),
    ("2001 — Qatar becomes the seventh member.", {"Qatar"}),
    ("2011 — Yemen becomes the twenty-second member, after a decade of talks.", {"Yemen"}),
])
def test_a_dated_entry_joining_with_no_body_named_joins_the_documents_body(entry, members):
    found = facts(TIMELINE.format(entry=entry), "MEMBER_OF")
    assert found == {(state, "MEMBER_OF", "Gulf Cooperation Council") for state in members}


@pytest.mark.parametrize("entry", [
    "1990 — Kuwait and Bahrain may join next year.",
    "1995 — Oman is not admitted after all.",
    "2001 — Qatar applies to become the seventh member.",
    "2003 — Yemen plans to join.",
])
def test_a_dated_entry_hedged_denied_or_planned_joins_nothing(entry):
    assert facts(TIMELINE.format(entry=entry), "MEMBER_OF") == set()


def test_a_body_named_as_often_as_another_is_no_main_body():
    text = (
        "WHEN THE BLOCS TOOK SHAPE\n\nThe Gulf Cooperation Council and the Arab League both met in 1981.\n\n"
        "1990 — Kuwait and Bahrain join."
    )
    assert facts(text, "MEMBER_OF") == set()


def test_rejoining_an_initiative_named_in_the_sentence_is_no_membership_of_the_main_body():
    text = TIMELINE.format(entry="1998 — Oman left the Partnership for Peace in 1996 and rejoined in 1998.")
    assert facts(text, "MEMBER_OF") == set()


def test_entering_the_alliance_is_no_partnership():
    text = "HOW THE PACT GREW\n\n1990 — After the merger, the old East Germany enters the alliance as part of a united Germany."
    assert not facts(text, "PARTNERS_WITH")


def test_a_joining_after_earlier_sentences_of_the_paragraph_is_not_given_the_documents_body():
    entry = "1997 — Kuwait, Bahrain and Qatar set up a forum of their own. Oman joined in 1999 and then left again in 2004."
    assert facts(TIMELINE.format(entry=entry), "MEMBER_OF") == set()


def test_a_question_about_a_joining_date_is_not_given_the_documents_body():
    entry = "Note to self: check when Oman rejoined (1998?) before the seminar."
    assert facts(TIMELINE.format(entry=entry), "MEMBER_OF") == set()


# --- a country profile's membership entries labelled with the body --------------------------------

PROFILE = """# Country brief: Kingdom of Morocco

## Affiliations

{entries}
"""


@pytest.mark.parametrize("entry, body, year", [
    ("- African Union: member again since January 2017, after 33 years outside.", "African Union", 2017),
    ("- Arab League: founding member (1958 accession, Rabat office); hosts summits.", "Arab League", 1958),
    ("- Organisation of Islamic Cooperation: full member (1969).", "Organisation of Islamic Cooperation", 1969),
])
def test_an_entry_opening_with_a_body_and_a_member_standing_makes_the_profiled_state_a_member(entry, body, year):
    found = extract_profile(entry)
    assert ("Morocco", "MEMBER_OF", body) in found


def test_an_entry_naming_the_bodies_of_its_standing_gives_those_bodies():
    found = extract_profile("- African Union: founding member of the Organisation of African Unity (1963).")
    assert ("Morocco", "MEMBER_OF", "Organisation of African Unity") in found


@pytest.mark.parametrize("entry", [
    "- Gulf Cooperation Council: dialogue partner since 2011; membership offered, not taken up.",
    "- Shanghai Cooperation Organisation: observer status requested, no decision.",
    "- African Union: member status suspended in 1984, when Morocco left the OAU.",
    "- Not a member: North Atlantic Treaty Organization (a major non-NATO ally only).",
])
def test_an_entry_with_a_lower_or_lost_standing_gives_no_membership(entry):
    assert not {f for f in extract_profile(entry) if f[0] == "Morocco"}


def test_a_profile_whose_title_names_no_state_gives_no_membership():
    text = "# Regional bodies at a glance\n\n## Affiliations\n\n- Arab League: founding member (1945).\n"
    assert facts(text, "MEMBER_OF") == set()


def extract_profile(entries: str) -> set[tuple]:
    document = read_bytes(PROFILE.format(entries=entries).encode("utf-8"), "briefs/morocco.md")
    return {(r.source, r.type, r.target) for r in default_extractor().extract_document(document).relations if r.type == "MEMBER_OF"}


# --- a body named for its founding treaty, signed by its founders ----------------------------------

@pytest.mark.parametrize("sentence, members", [
    ("1954 — The Southeast Asia Collective Defense Treaty is signed in Manila on 8 September by eight states: "
     "Australia, France, New Zealand, Pakistan, the Philippines, Thailand, the United Kingdom and the United States.", None),
    ("The North Atlantic Treaty was signed in 1949 by Norway, Portugal and Italy, among others.", {"Norway", "Portugal", "Italy"}),
    ("In May 1955 the Warsaw Pact was signed, in Warsaw, by Albania, Bulgaria and Romania.", {"Albania", "Bulgaria", "Romania"}),
])
def test_a_treaty_named_body_signed_by_states_has_them_as_members(sentence, members):
    found = {(s, o) for s, _, o in facts(sentence, "MEMBER_OF")}
    if members is None:  # a treaty the gazetteer does not know as a body's name: nothing
        assert found == set()
    else:
        assert {s for s, _ in found} == members


@pytest.mark.parametrize("sentence", [
    "The North Atlantic Treaty was not signed by Sweden.",
    "The North Atlantic Treaty may yet be signed by Ukraine.",
    "The North Atlantic Treaty will be signed by Finland next week.",
    "The Warsaw Pact was never signed by Yugoslavia.",
])
def test_a_treaty_not_signed_or_to_be_signed_gives_no_members(sentence):
    assert facts(sentence, "MEMBER_OF") == set()


# --- claims of the people a relative clause picks out ---------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Students who say Indonesia is a member of the Quadrilateral Security Dialogue lose a mark.",
    "Bloggers who wrote that Serbia joined the Collective Security Treaty Organization were corrected.",
    "Those who claimed Egypt had bought the Su-35 from Russia have gone quiet.",
])
def test_what_people_picked_out_by_who_say_claim_gives_nothing(sentence):
    assert facts(sentence) == set()


def test_a_relative_clause_of_saying_does_not_block_the_writers_own_statement():
    found = facts("Japan, whose officials say little about it, joined the Quadrilateral Security Dialogue in 2007.", "MEMBER_OF")
    assert ("Japan", "MEMBER_OF", "Quadrilateral Security Dialogue") in found


@pytest.mark.parametrize("verb", ["ratified", "approved", "had blocked"])
def test_states_ratifying_an_accession_protocol_are_not_entrants(verb):
    found = facts(f"Sweden joined NATO in 2024, after Greece and Spain {verb} its accession protocol.", "MEMBER_OF")
    assert found == {("Sweden", "MEMBER_OF", "North Atlantic Treaty Organization")}


def test_states_completing_their_own_accession_are_entrants():
    found = facts("Greece and Spain completed their accession to NATO in the 1950s and 1980s.", "MEMBER_OF")
    assert {s for s, _, _ in found} == {"Greece", "Spain"}


@pytest.mark.xfail(strict=True, reason="'it is one of six members, with A, B, ...' after a sentence on that state: the "
                   "pronoun's state and the 'with' list are not read as the members")
def test_a_pronoun_one_of_n_members_with_a_list_gives_all_members():
    text = "Armenia froze its part in the CSTO in 2024. Formally it is still one of six members, with Russia, Belarus and Kazakhstan."
    found = {s for s, _, _ in facts(text, "MEMBER_OF")}
    assert found == {"Armenia", "Russia", "Belarus", "Kazakhstan"}
