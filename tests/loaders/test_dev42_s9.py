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
