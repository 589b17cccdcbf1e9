"""Memberships, leadership and partnerships as a new author states them (the dev9 round):
reference-book entries whose headword opens the record, counted member lists, table cells,
"sits in", appositions inside gapped lists, each with twins that must give nothing
(associates, observers, plans, negations).

Every sentence here was written for these tests; none is copied from the seeds.
"""
from __future__ import annotations

import pytest

from tests.loaders.sentences import facts

CIS = "Commonwealth of Independent States"
EAEU = "Eurasian Economic Union"
NAM = "Non-Aligned Movement"
SCO = "Shanghai Cooperation Organisation"
NATO = "North Atlantic Treaty Organization"
UNSC = "United Nations Security Council"
ASEAN = "Association of Southeast Asian Nations"


def members(text: str, org: str) -> set[str]:
    return {source for source, _, target in facts(text, "MEMBER_OF") if target == org}


# --- a reference book's entry: the headword opens the record --------------------------------

ENTRY = """A HANDBOOK OF REGIONAL BODIES (2nd edn.)

Eurasian Economic Union (EAEU; Russ. Yevraziysky ekonomichesky soyuz)
Customs and single-market union of post-Soviet states. Seat of Commission: Moscow.
Member states (5): Armenia (2015), Belarus (2015), Kazakhstan (2015), Kyrgyzstan (2015; after transition), Russia (2015).
Observers: Cuba, Uzbekistan.
"""


def test_a_counted_member_field_under_the_entry_headword():
    assert members(ENTRY, EAEU) == {"Armenia", "Belarus", "Kazakhstan", "Kyrgyzstan", "Russia"}


def test_an_entry_headword_over_an_associate_field_gives_no_member():
    text = ENTRY.replace("Observers: Cuba, Uzbekistan.", "Assoc. member: Uzbekistan (since 2019).")
    assert "Uzbekistan" not in members(text, EAEU)
    assert "Armenia" in members(text, EAEU)


@pytest.mark.parametrize(
    "text",
    [
        "Associate members: Mongolia, Laos.",
        "The grouping also lists an associate member: Mongolia.",
    ],
)
def test_associate_members_are_not_members(text):
    assert members("The Shanghai Cooperation Organisation met in Astana. " + text, SCO) == set()


def test_founders_listed_after_a_colon_with_leaders_in_brackets():
    text = "Non-Aligned Movement (NAM). First summit at Belgrade, 1961; principal founders: India (Nehru), Ghana (Nkrumah), Egypt (Nasser)."
    assert members(text, NAM) == {"India", "Ghana", "Egypt"}


def test_founders_who_only_proposed_give_nothing():
    text = "Non-Aligned Movement (NAM). The idea was floated by India (Nehru) and Burma, which were not among the founders in the end."
    assert members(text, NAM) == set()
