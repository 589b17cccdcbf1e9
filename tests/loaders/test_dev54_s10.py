"""What a new author's set (dev54: membership notes and Security Council vote summaries in an
annual report appendix, a library subject guide, a data desk explainer, a parliamentary
briefing, a course reader, a list article and a television transcript) showed the rules
missing: a Council's elected members listed after a spaced hyphen that runs to the
sentence's end ("... and ten elected members - A, B and C."), and seat holders named in the
sentence after the one that counted their seats ("Ten elected members serve two-year terms.
For 2025 these are A, B, ..."). Every
sentence here is written for these tests; none is taken from a corpus or evaluation
document."""
from __future__ import annotations

import pytest

from tests.loaders.sentences import facts

COUNCIL = "United Nations Security Council"
OPENING = "The UN Security Council met on Tuesday. "


# --- "... and ten elected members - A, B and C.": a dash whose names close the sentence ------------

@pytest.mark.parametrize("text, expected", [
    (OPENING + "In 2031 the Council was made up of the five permanent members (China, France, Russia, the "
     "United Kingdom and the United States) and ten elected members - Chile, Peru, Kenya, Ghana, Norway, "
     "Ireland, India, Mexico, Gabon and Brazil.",
     {(s, "MEMBER_OF", COUNCIL) for s in ("Chile", "Peru", "Kenya", "Ghana", "Norway", "Ireland", "India",
                                          "Mexico", "Gabon", "Brazil", "China", "France", "Russia")}),
    (OPENING + "Three elected members - Chile, Peru and Kenya - voted for the text.",
     {(s, "MEMBER_OF", COUNCIL) for s in ("Chile", "Peru", "Kenya")}),
    (OPENING + "Its elected members - Norway and Ghana among them - stayed silent.",
     {(s, "MEMBER_OF", COUNCIL) for s in ("Norway", "Ghana")}),
])
def test_elected_members_after_a_spaced_hyphen_hold_seats(text, expected):
    assert expected <= facts(text, "MEMBER_OF")


@pytest.mark.parametrize("text", [
    OPENING + "Next year's elected members - Chile, Peru and Kenya - will take their seats in January.",
    OPENING + "The candidates for elected members - Chile, Peru and Kenya - were not chosen.",
    OPENING + "In 2032 the Council may have ten elected members - Chile, Peru, Kenya and Ghana among them.",
    OPENING + "It has ten elected members - Chile, Peru and Kenya voted against the text.",
])
def test_elected_members_to_come_or_sought_give_nothing(text):
    assert not facts(text, "MEMBER_OF")


# --- "Ten elected members serve two-year terms. For 2031 these are A, B and C." ----------------------

@pytest.mark.parametrize("text, expected", [
    (OPENING + "Ten elected members sit for two years. In 2031 these are Chile, Peru and Kenya.",
     {(s, "MEMBER_OF", COUNCIL) for s in ("Chile", "Peru", "Kenya")}),
    (OPENING + "Alongside the permanent five, the Council has ten elected members chosen by region. "
     "For 2031-32 they are Ghana, Norway, Ireland, India, Mexico, Gabon, Brazil, Chile, Peru and Kenya.",
     {(s, "MEMBER_OF", COUNCIL) for s in ("Ghana", "Norway", "Ireland", "India", "Mexico", "Gabon", "Brazil")}),
    (OPENING + "Five rotating members leave each January.\nThey were Ireland, India and Mexico.",
     {(s, "MEMBER_OF", COUNCIL) for s in ("Ireland", "India", "Mexico")}),
])
def test_seat_holders_named_in_the_sentence_after_their_seats(text, expected):
    assert expected <= facts(text, "MEMBER_OF")


@pytest.mark.parametrize("text", [
    OPENING + "Ten elected members sit for two years. In 2031 these will be Chile, Peru and Kenya.",
    OPENING + "Ten elected members sit for two years. They are Chile and Peru, which voted against the draft.",
    OPENING + "Ten candidates for elected members were put forward. They are Chile, Peru and Kenya.",
    OPENING + "Ten elected members may be added. These are Chile, Peru and Kenya.",
    OPENING + "The General Assembly met on Monday. These are Chile, Peru and Kenya.",
])
def test_names_after_seats_to_come_sought_or_unsaid_give_nothing(text):
    assert not facts(text, "MEMBER_OF")


# --- "The remaining Member States (A, B and C) are listed in Annex 4": the body in view's members ----

ASEAN = "Association of Southeast Asian Nations"
SUMMIT = "The Association of Southeast Asian Nations held its summit in Vientiane. "


@pytest.mark.parametrize("text, names", [
    (SUMMIT + "The remaining Member States (Laos, Myanmar, Cambodia and Vietnam) are listed in the appendix.",
     ("Laos", "Myanmar", "Cambodia", "Vietnam")),
    (SUMMIT + "Its other members (Brunei, Malaysia and Singapore) sent their defence ministers.",
     ("Brunei", "Malaysia", "Singapore")),
    (SUMMIT + "The other members - Thailand and the Philippines - skipped the dinner.",
     ("Thailand", "Philippines")),
])
def test_members_in_an_aside_after_the_remaining_members_of_the_body_in_view(text, names):
    assert {(n, "MEMBER_OF", ASEAN) for n in names} <= facts(text, "MEMBER_OF")


@pytest.mark.parametrize("text", [
    SUMMIT + "The remaining observers (Laos, Myanmar and Cambodia) are listed in the appendix.",
    SUMMIT + "The members (Laos and Myanmar) sent ministers.",  # a bare "the members" may be anyone's
    SUMMIT + "Its future members (Laos and Myanmar) may sign next year.",
    SUMMIT + "The remaining candidate states (Laos, Myanmar) are listed in the appendix.",
])
def test_an_aside_after_other_roles_or_unqualified_members_gives_nothing(text):
    assert not facts(text, "MEMBER_OF")


# --- "A, B and C signed the Charter in 2023, founding the X": founders told by a closing participle -----

MAGHREB = "Arab Maghreb Union"


@pytest.mark.parametrize("text", [
    "Algeria, Tunisia and Libya signed the Tripoli Charter in 2031, founding the Arab Maghreb Union.",
    "In a brief ceremony, nothing more. Algeria, Tunisia and Libya met in Tripoli in 2031, thereby creating the Arab Maghreb Union.",
    "Algeria, Tunisia and Libya exchanged ratifications, establishing the Arab Maghreb Union.",
])
def test_states_that_open_a_sentence_found_the_body_its_participle_names(text):
    assert {(n, "MEMBER_OF", MAGHREB) for n in ("Algeria", "Tunisia", "Libya")} <= facts(text, "MEMBER_OF")


@pytest.mark.parametrize("text", [
    "Algeria, Tunisia and Libya did not sign the Tripoli Charter, founding the Arab Maghreb Union.",
    "Algeria, Tunisia and Libya may sign the Tripoli Charter next year, founding the Arab Maghreb Union.",
    "Algeria, Tunisia and Libya plan to meet in Tripoli, creating the Arab Maghreb Union.",
    "Would Algeria, Tunisia and Libya sign a charter, founding the Arab Maghreb Union?",
])
def test_a_founding_participle_denied_planned_or_asked_gives_nothing(text):
    assert not facts(text, "MEMBER_OF")


# --- "The X was launched by A and B": its launchers lead it and are its founding members -------------

FORUM = "Pacific Islands Forum"


@pytest.mark.parametrize("text, founders", [
    ("The Pacific Islands Forum was launched by Fiji and Samoa in 1971.", ("Fiji", "Samoa")),
    ("Back then the Pacific Islands Forum was launched by Fiji and Samoa with three other island states in 1971: "
     "Tonga, Nauru and Tuvalu.", ("Fiji", "Samoa", "Tonga", "Nauru", "Tuvalu")),
])
def test_states_that_launched_a_body_are_its_members(text, founders):
    assert {(n, "MEMBER_OF", FORUM) for n in founders} <= facts(text, "MEMBER_OF")
    assert {("Fiji", "LEADS", FORUM), ("Samoa", "LEADS", FORUM)} <= facts(text, "LEADS")


@pytest.mark.parametrize("text", [
    "The Pacific Islands Forum was not launched by Fiji and Samoa.",
    "The Pacific Islands Forum might have been launched by Fiji and Samoa, some historians say, but records are lost.",
    "The Belt and Road Initiative was launched by China in 2013.",  # an initiative has no members
])
def test_a_launch_denied_hedged_or_of_an_initiative_gives_no_membership(text):
    assert not facts(text, "MEMBER_OF")


# --- "South Africa was brought in the following year": read when the time of entry follows (session 18) ---------

def test_a_state_brought_in_is_a_member_of_the_body_in_view():
    text = "The Gulf Cooperation Council was set up in 1981 by six monarchies. Jordan was brought in the following year."
    assert ("Jordan", "MEMBER_OF", "Gulf Cooperation Council") in facts(text, "MEMBER_OF")


def test_brought_in_with_no_time_of_entry_after_it_is_not_read():
    # ("during the 1990s" is no time of entry the reading takes: the body it entered is named only later)
    text = "The European Union imposed tariffs. Russia was brought in during the 1990s and the club became the Group of Eight."
    assert ("Russia", "MEMBER_OF", "European Union") not in facts(text, "MEMBER_OF")


# --- "The end of the UN sanctions regime on Mali": sanctions ended, none imposed -----------------------

@pytest.mark.parametrize("text", [
    "The end of the UN sanctions regime on Eritrea came in 2018.",
    "The expiry of EU sanctions on Belarus is not expected.",
    "Diplomats debated the removal of US sanctions on Cuba.",
])
def test_the_end_of_sanctions_told_by_a_noun_imposes_none(text):
    assert not facts(text, "SANCTIONED")


def test_sanctions_imposed_beside_the_end_of_something_else_still_count():
    text = "The European Union imposed sanctions on Eritrea in 2010, and the end of that decade saw more."
    assert ("European Union", "SANCTIONED", "Eritrea") in facts(text, "SANCTIONED")


# --- "Its members today include A and B": a time word between the members and "include" --------------

FOUNDED = "The Arab Maghreb Union was founded by Algeria and Libya in 1989. "


@pytest.mark.parametrize("text, names", [
    (FOUNDED + "Its members today include Tunisia and Morocco as well as the two founders.", ("Tunisia", "Morocco")),
    (FOUNDED + "Its members now include Tunisia, but not Morocco.", ("Tunisia",)),  # Morocco: see the twin below
    (FOUNDED + "Members currently include Mauritania.", ("Mauritania",)),
])
def test_members_today_include(text, names):
    assert {(n, "MEMBER_OF", MAGHREB) for n in names} <= facts(text, "MEMBER_OF")


@pytest.mark.parametrize("text", [
    FOUNDED + "Its members may soon include Tunisia and Morocco.",
    FOUNDED + "Its members today do not include Tunisia.",
])
def test_members_that_may_include_or_do_not_include_give_no_new_member(text):
    found = facts(text, "MEMBER_OF")
    assert not {("Tunisia", "MEMBER_OF", MAGHREB), ("Morocco", "MEMBER_OF", MAGHREB)} & found


def test_a_state_excluded_from_what_members_today_include_is_no_member():
    text = FOUNDED + "Its members now include Tunisia, but not Morocco."
    assert ("Morocco", "MEMBER_OF", MAGHREB) not in facts(text, "MEMBER_OF")
