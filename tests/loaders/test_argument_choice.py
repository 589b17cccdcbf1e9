"""Spurious relations from a wrong argument: an organization that only owns what a state
joined, a participant or place named in an aside, the wrong side of a deal. Each wrong
reading must give nothing (or the right argument); a control of the same construction
still gives its relation."""
from __future__ import annotations

from tests.loaders.sentences import facts


# --- an organization's outer tier is not the organization ---------------------------------

def test_joining_an_organizations_partnership_programme_is_no_membership():
    text = "Armenia joined NATO's Partnership for Peace in 1994 and has kept the link ever since."
    assert facts(text, "MEMBER_OF") == set()


def test_joining_a_partnership_programme_named_without_a_possessive_is_no_membership():
    text = "Mongolia joined the NATO partnership programme a decade ago."
    assert facts(text, "MEMBER_OF") == set()


def test_joining_the_organization_itself_beside_its_programme_still_counts():
    text = "Kazakhstan joined the OSCE in 1992 and later signed up to NATO's Partnership for Peace."
    assert facts(text, "MEMBER_OF") == {("Kazakhstan", "MEMBER_OF", "Organization for Security and Co-operation in Europe")}


def test_joining_the_organization_still_gives_membership():
    text = "Montenegro joined NATO in 2017 after a decade of preparation."
    assert facts(text, "MEMBER_OF") == {("Montenegro", "MEMBER_OF", "North Atlantic Treaty Organization")}


def test_planned_entry_into_a_partnership_programme_gives_nothing_either():
    text = "Officials said Bosnia may join NATO's partnership programme next year."
    assert facts(text, "MEMBER_OF") == set()
