"""Rules kept in session 12 because they transfer: each was written for a general cause seen in
the misses of the even-numbered development sets and kept only where the odd-numbered sets and the
seed corpus, scored but never read, did not lose (seeds/eval/TRANSFER.md has the numbers).

Every sentence here is written for these tests; none is taken from a corpus or evaluation
document."""
from __future__ import annotations

import pytest

from tests.loaders.sentences import facts


# --- a remark that another voter's "no" was no veto leaves the vetoes of the earlier clause --------

@pytest.mark.parametrize("text, expected", [
    ("In March 2008 China and Russia voted down a draft on Zimbabwe; Libya also voted no, which did not count as a veto.",
     {("China", "VETOED", "Zimbabwe"), ("Russia", "VETOED", "Zimbabwe")}),
    ("Russia voted down the text on Syria in 2019; Equatorial Guinea voted against as well, though that was not a veto.",
     {("Russia", "VETOED", "Syria")}),
    ("The United States vetoed the draft on Palestine in 2011; no other member cast a negative vote, which was no veto anyway.",
     {("United States", "VETOED", "Palestine")}),
])
def test_no_veto_remark_about_another_voter_keeps_the_veto(text, expected):
    found = facts(text, "VETOED")
    assert expected <= found
    assert not {f for f in found if f[0] in ("Libya", "Equatorial Guinea")}  # the elected member's "no" is still no veto


@pytest.mark.parametrize("text", [
    # the remark in the vote's own clause, or told before it, still bears on it
    "South Africa voted no on the draft on Myanmar, which did not count as a veto.",
    "No veto was cast on the draft on Syria; France voted against it in 2012.",
    "Libya voted against the draft on Zimbabwe in 2008, but as an elected member its vote was not a veto.",
    # denied, hedged and planned vetoes stay out
    "China and Russia did not vote down the draft on Zimbabwe; Libya voted no, which did not count as a veto.",
    "Russia might vote down the text on Syria; Equatorial Guinea may vote no, which would not count as a veto.",
    "Russia plans to vote down the text on Syria next week; Ghana will vote no, which will not count as a veto.",
])
def test_no_veto_remark_still_blocks_its_own_vote(text):
    assert not {f for f in facts(text, "VETOED") if f[0] in ("South Africa", "France", "Libya", "Equatorial Guinea", "Ghana", "China", "Russia")}


# --- "X and Y cast vetoes; Z also voted no": the vetoes' own clause ends at the semicolon, so the ----
# --- draft the paragraph told of is what they vetoed ------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("A British text on Zimbabwe that called for fresh talks failed in July 2008. China and Russia cast vetoes; Libya, an elected member, also voted no.",
     {("China", "VETOED", "Zimbabwe"), ("Russia", "VETOED", "Zimbabwe")}),
    ("11 July 2008 -- Security Council. A draft on Zimbabwe was defeated. The permanent members Russia and China used their veto; Viet Nam voted against too.",
     {("China", "VETOED", "Zimbabwe"), ("Russia", "VETOED", "Zimbabwe")}),
    ("A Western draft on Syria failed in 2017. Russia vetoed; Bolivia, an elected member, voted no as well.",
     {("Russia", "VETOED", "Syria")}),
])
def test_vetoes_before_a_semicolon_take_the_draft_told_before(text, expected):
    assert expected <= facts(text, "VETOED")


@pytest.mark.parametrize("text", [
    "A British text on Zimbabwe that called for an arms embargo failed in July 2008. China and Russia did not cast vetoes; Libya voted no.",
    "A British text on Zimbabwe failed in July 2008. China and Russia may have cast vetoes; Libya also voted no.",
    "A British text on Zimbabwe comes to a vote next week. China and Russia are expected to cast vetoes; Libya will vote no.",
    "A British text on Zimbabwe failed in July 2008. Reports that China and Russia cast vetoes were wrong; Libya voted no.",
])
def test_vetoes_before_a_semicolon_denied_or_hedged_give_nothing(text):
    assert not {f for f in facts(text, "VETOED") if f[0] in ("China", "Russia")}


# --- "the pact that binds A, B and C": a body that binds a list of states has them as members ------

@pytest.mark.parametrize("text, expected", [
    ("Wellington still values ANZUS, the 1951 treaty that binds Australia, New Zealand and the United States.",
     {("Australia", "MEMBER_OF", "ANZUS"), ("New Zealand", "MEMBER_OF", "ANZUS"), ("United States", "MEMBER_OF", "ANZUS")}),
    ("Since 1971 the Five Power Defence Arrangements have bound Singapore, Malaysia, the United Kingdom, Australia and New Zealand.",
     {("Singapore", "MEMBER_OF", "Five Power Defence Arrangements"), ("Malaysia", "MEMBER_OF", "Five Power Defence Arrangements"),
      ("United Kingdom", "MEMBER_OF", "Five Power Defence Arrangements")}),
    ("The CSTO binds Russia, Belarus, Armenia, Kazakhstan, Kyrgyzstan and Tajikistan.",
     {("Russia", "MEMBER_OF", "Collective Security Treaty Organization"), ("Tajikistan", "MEMBER_OF", "Collective Security Treaty Organization")}),
])
def test_a_body_binding_a_list_of_states(text, expected):
    assert expected <= facts(text, "MEMBER_OF")


@pytest.mark.parametrize("text", [
    "ANZUS no longer binds Australia, New Zealand and the United States in any practical sense.",
    "A revived ANZUS might bind Australia, New Zealand and the United States again.",
    "A new pact will bind Australia, New Zealand and the United States from next year.",
    # a treaty that binds two states to a deed names no body they belong to
    "The 2001 treaty binds Russia and China to consult each other in a crisis.",
])
def test_a_body_binding_states_denied_hedged_or_planned_gives_nothing(text):
    assert not facts(text, "MEMBER_OF")


# --- "<state>'s first <system> landed at ...": the state's first or newest systems coming in --------

@pytest.mark.parametrize("text, expected", [
    ("Bulgaria's first F-16 fighters landed at Graf Ignatievo air base in April 2025.", {("Bulgaria", "ACQUIRED", "F-16")}),
    ("After a ferry flight from Bordeaux, Croatia's first six Rafale jets touched down at Pleso in April 2024.", {("Croatia", "ACQUIRED", "Rafale")}),
    ("Serbia's new FK-3 batteries arrived in Belgrade on Chinese Y-20 transports.", {("Serbia", "ACQUIRED", "HQ-22")}),
])
def test_a_states_first_systems_arriving(text, expected):
    assert expected <= facts(text, "ACQUIRED")


@pytest.mark.parametrize("text", [
    "Bulgaria's first F-16 fighters have not landed at Graf Ignatievo yet.",
    "Bulgaria's first F-16 fighters may have landed at Graf Ignatievo on Monday, a local site claimed.",
    "Bulgaria's first F-16 fighters are expected to land at Graf Ignatievo in the spring.",
    # a visit: the owner's systems, but not its first or new ones
    "Russia's Tu-160 bombers landed in Venezuela in December 2018.",
])
def test_a_states_arrivals_denied_hedged_planned_or_visiting_give_nothing(text):
    assert not facts(text, "ACQUIRED")


@pytest.mark.parametrize(
    "text, vetoers",
    [
        # a permanent member joining a veto vetoes too
        ("A draft on Myanmar was put to the vote in 2007. China vetoed; Russia joined it.", {"China", "Russia"}),
        # an elected member joining the no votes casts no veto
        ("A draft on Syria came to a vote in 2019. Russia vetoed; Bolivia joined it in voting no.", {"Russia"}),
        ("The text on Syria failed in 2016: Russia vetoed, and Venezuela joined it in voting against.", {"Russia"}),
    ],
)
def test_only_a_permanent_member_joins_a_veto(text, vetoers):
    assert {source for source, _, _ in facts(text, "VETOED")} == vetoers
