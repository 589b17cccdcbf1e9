"""Long-form analysis that carries its subjects across sentences (session 8, the rules written
after dev23): states called by what they are ("the kingdom", "the island nation", "the Gulf
state"), and the traps analysts set beside them. Every sentence here is written for these
tests; none is taken from a corpus or evaluation document."""
from __future__ import annotations

import pytest

from tests.loaders.sentences import facts


# --- a state called by a description: the state just named, the sentence before's subject ---

@pytest.mark.parametrize("text, state", [
    ("Jordan has long relied on American hardware. The kingdom has flown the F-16 since 1997.", "Jordan"),
    ("Oman buys little and buys slowly. The sultanate has flown the F-16 since 2014.", "Oman"),
    ("Kuwait spent heavily after 1991. The emirate has flown the F-16 since 2019, its officers say.", "Kuwait"),
    ("Singapore trains abroad for lack of space. The island nation has flown the F-16 since 1998.", "Singapore"),
    ("Bahrain hosts the US Fifth Fleet. The Gulf state has flown the F-16 since 1990.", "Bahrain"),
    ("Mongolia sits between two giants. The landlocked country has flown the F-16 since 2031.", "Mongolia"),
    ("Kyrgyzstan is poor and mountainous. The Central Asian republic has flown the F-16 since 2040.", "Kyrgyzstan"),
])
def test_a_state_described_rather_than_named_is_the_state_just_named(text, state):
    assert facts(text, "OPERATES") == {(state, "OPERATES", "F-16")}


def test_a_described_buyer_takes_both_sides_of_a_transfer():
    text = "Qatar has spread its bets across the Atlantic. The Gulf state took delivery of Rafale fighters from France in 2019."
    assert facts(text, "ACQUIRED", "SOLD") == {("Qatar", "ACQUIRED", "Rafale"), ("France", "SOLD", "Rafale")}


@pytest.mark.parametrize("text", [
    "Jordan has long relied on American hardware. The kingdom has never flown the F-16.",
    "Jordan has long relied on American hardware. The kingdom may soon fly the F-16.",
    "Jordan has long relied on American hardware. The kingdom plans to fly the F-16 from 2030.",
    "Jordan has long relied on American hardware. Should the kingdom fly the F-16, Israel would object.",
])
def test_a_described_state_in_a_negated_hedged_or_planned_sentence_gives_nothing(text):
    assert facts(text, "OPERATES") == set()


@pytest.mark.parametrize("text", [
    # another state than the one just named
    "Jordan has long relied on American hardware. The neighbouring country has flown the F-16 since 1997.",
    # a state as a kind, not a reference
    "Jordan has long relied on American hardware. Each member state has flown the F-16 since 1997.",
])
def test_descriptions_of_another_state_or_of_a_kind_name_no_state(text):
    assert ("Jordan", "OPERATES", "F-16") not in facts(text, "OPERATES")


def test_the_gulf_inside_a_description_is_no_place():
    text = "Bahrain hosts the US Fifth Fleet. The Gulf state drilled with the Royal Navy in 2022."
    assert not {t for _, _, t in facts(text, "DRILLED_IN", "HELD_IN", "PATROLLED")} & {"Persian Gulf"}


# --- transcript turns: a bracket inside the label, and later turns labelled by surname only ---

PANEL = (
    "MODERATOR: Who supplies whom?\n\n"
    "REAR ADMIRAL (RETD) KOFI MENSAH (Accra): {first}\n\n"
    "MODERATOR: And since then?\n\n"
    "MENSAH: {later}\n"
)


def test_a_speaker_label_with_a_bracket_inside_the_name_names_the_speakers_state():
    text = PANEL.format(first="Beijing sold us four patrol boats, and we bought the K-8 from China in 2008.", later="Nothing more.")
    assert ("Ghana", "ACQUIRED", "K-8") in facts(text, "ACQUIRED")


def test_a_later_turn_labelled_by_surname_keeps_the_speakers_state():
    text = PANEL.format(first="Our navy is small.", later="We bought the K-8 from China in 2008.")
    assert facts(text, "ACQUIRED", "SOLD") == {("Ghana", "ACQUIRED", "K-8"), ("China", "SOLD", "K-8")}


@pytest.mark.parametrize("later", [
    "We never bought the K-8 from China.",
    "We might buy the K-8 from China next year.",
    "We plan to buy the K-8 from China.",
])
def test_a_later_turn_labelled_by_surname_negated_or_planned_gives_nothing(later):
    assert facts(PANEL.format(first="Our navy is small.", later=later), "ACQUIRED") == set()


def test_another_speakers_surname_does_not_take_the_first_speakers_state():
    text = PANEL.format(first="Our navy is small.", later="Nothing more.") + "\nOKAFOR: We bought the K-8 from China in 2008.\n"
    assert ("Ghana", "ACQUIRED", "K-8") not in facts(text, "ACQUIRED")


# --- operators: crews at a system, a system that has flown with a service, "the first two jets" ---

@pytest.mark.parametrize("text, operator, system", [
    ("Kuwait took its first Patriot batteries in 1992. The batteries are manned by the Kuwait Armed Forces.", "Kuwait Armed Forces", "Patriot"),
    ("The Royal Jordanian Air Force, which also runs the older Patriot batteries, took over air policing in 2016.", "Royal Jordanian Air Force", "Patriot"),
    ("The Egyptian Air Defense Forces crew the S-300 batteries west of Cairo.", "Egyptian Air Defense Forces", "S-300"),
    ("The K-8 trainers have flown with the Egyptian Air Force since 2001.", "Egyptian Air Force", "K-8"),
    ("Egypt took delivery of K-8 jets from China in 2001 | Confirmed | The first two jets flew with the Egyptian Air Force that spring.", "Egyptian Air Force", "K-8"),
])
def test_crews_services_flown_with_and_counted_references_operate(text, operator, system):
    assert (operator, "OPERATES", system) in facts(text, "OPERATES")


@pytest.mark.parametrize("text", [
    "Kuwait took its first Patriot batteries in 1992. The batteries will be manned by the Kuwait Armed Forces.",
    "The Royal Jordanian Air Force, which may soon run the older Patriot batteries, took over air policing in 2016.",
    "The K-8 trainers have never flown with the Egyptian Air Force.",
    "The K-8 trainers are expected to fly with the Egyptian Air Force from 2030.",
])
def test_crews_and_services_negated_or_planned_give_nothing(text):
    assert facts(text, "OPERATES") == set()


@pytest.mark.parametrize("text", [
    # another state's aircraft flying alongside: the H-6Ks are not the Tu-95's operator's
    "Two Tu-95MS bombers flew with the PLA Air Force H-6K bombers over the Sea of Japan.",
    # a programme run, not a unit
    "The Russian Aerospace Forces ran the S-400 test programme in 2007.",
])
def test_flying_alongside_and_running_a_programme_operate_nothing_else(text):
    assert not {(s, o) for s, _, o in facts(text, "OPERATES")} & {("PLA Air Force", "Tu-95MS"), ("Russian Aerospace Forces", "S-400")}


# --- "Unlike X, Y ...": the sentence is about Y; "it" and "its navy" next are Y's ---

@pytest.mark.parametrize("text", [
    "Unlike Chile, Peru has never flown a European fighter. It bought the MiG-29 from Russia in 1996.",
    "In contrast to Chile, Peru has stayed with Moscow's designs. It bought the MiG-29 from Russia in 1996.",
])
def test_the_state_compared_with_is_not_what_it_means_next(text):
    buyers = {s for s, _, o in facts(text, "ACQUIRED") if o == "MiG-29"}
    assert "Chile" not in buyers and buyers & {"Peru", "Peruvian Air Force"}


def test_the_compared_states_service_is_not_what_its_navy_means_next():
    text = "Unlike Morocco, Algeria has never bought an American warship. Its navy took delivery of a C28A corvette from China in 2015."
    assert {s for s, _, o in facts(text, "ACQUIRED") if o == "C28A corvette"} == {"Algerian Navy"}


def test_the_compared_state_in_the_next_sentence_negated_gives_nothing():
    text = "Unlike Chile, Peru has never flown a European fighter. It did not buy the MiG-29 from Russia."
    assert facts(text, "ACQUIRED") == set()


# --- "Having joined X, Y ...": Y is the member ---

@pytest.mark.parametrize("text, state, organization", [
    ("Having joined ASEAN in 1984, Brunei kept its small army.", "Brunei", "Association of Southeast Asian Nations"),
    ("Having formally joined NATO in 2023, Finland doubled its artillery orders.", "Finland", "North Atlantic Treaty Organization"),
])
def test_a_fronted_perfect_participle_of_joining_makes_the_main_subject_a_member(text, state, organization):
    assert (state, "MEMBER_OF", organization) in facts(text, "MEMBER_OF")


@pytest.mark.parametrize("text", [
    "Having never joined NATO, Finland doubled its artillery orders.",
    "Having applied to join NATO in 2022, Sweden waited two years.",
    "Having been invited to join BRICS, Argentina declined.",
])
def test_a_fronted_participle_negated_or_of_applying_gives_no_member(text):
    assert facts(text, "MEMBER_OF") == set()


# --- "the Alliance" is never a state agency or a firm named before it ---

def test_the_alliance_is_not_an_agency_just_named():
    text = ("Norway has been in NATO since 1949.\n\n"
            "In 2021 Washington imposed sanctions on the Presidency of Defence Industries.\n\n"
            "In 2024 Sweden joined the Alliance.")
    assert ("Sweden", "MEMBER_OF", "Presidency of Defence Industries") not in facts(text, "MEMBER_OF")


# --- parts of a system are not the system ---

@pytest.mark.parametrize("text", [
    "Until 2019 Turkish firms built parts of the F-35's fuselage.",
    "Belarus supplied spare parts for the Su-27 to Vietnam in 2004.",
    "Hindustan Aeronautics Limited makes components for the Rafale.",
])
def test_parts_and_components_give_no_production_or_transfer_of_the_system(text):
    assert facts(text, "PRODUCED", "SOLD", "ACQUIRED") == set()


def test_the_system_itself_still_made_or_sold():
    text = "Hindustan Aeronautics Limited builds the Su-30MKI, and Belarus supplied Su-27 fighters to Vietnam in 2004."
    assert {("Hindustan Aeronautics Limited", "PRODUCED", "Su-30MKI"), ("Belarus", "SOLD", "Su-27")} <= facts(text, "PRODUCED", "SOLD")


# --- "staged by X": X staged it, nothing says it took part ---

@pytest.mark.parametrize("text", [
    "Pacific Vanguard 2023 was staged by Japan off Guam, and the Royal Australian Navy took part.",
    "Last year's Cobra Gold, staged by Thailand, drew troops from Singapore.",
])
def test_a_state_that_staged_an_exercise_in_the_passive_is_no_participant(text):
    assert not {s for s, _, _ in facts(text, "PARTICIPATED_IN")} & {"Japan", "Thailand"}


# --- an export approved, cleared or notified is no sale yet ---

@pytest.mark.parametrize("text", [
    "In March 2023 Washington approved the sale of 40 F-16 fighters to Turkey.",
    "The State Department has cleared a possible sale of Patriot batteries to Poland.",
    "The Pentagon notified Congress of a proposed sale of Tomahawk missiles to Japan.",
])
def test_an_approved_or_notified_sale_gives_no_transfer(text):
    assert facts(text, "SOLD", "ACQUIRED") == set()


def test_a_completed_sale_after_an_approval_still_counts():
    text = "Washington approved the deal in 2022, and the United States delivered 40 F-16 fighters to Turkey in 2024."
    assert ("United States", "SOLD", "F-16") in facts(text, "SOLD")


def test_an_approved_accession_still_admits_the_member():
    text = "Last March the Assembly approved the accession of Finland, which became NATO's thirty-first member in April 2023."
    assert ("Finland", "MEMBER_OF", "North Atlantic Treaty Organization") in facts(text, "MEMBER_OF")


# --- a veto of a body's renewal is about the body, not the state it watches ---

@pytest.mark.parametrize("text", [
    "In 2024 Russia vetoed the renewal of the panel of experts on North Korea.",
    "Russia vetoed the renewal of the Security Council's panel of experts on North Korea in 2024; China abstained.",
])
def test_a_vetoed_renewal_of_a_panel_on_a_state_is_about_sanctions_monitoring(text):
    assert facts(text, "VETOED") == {("Russia", "VETOED", "Sanctions monitoring")}


def test_a_vetoed_draft_on_the_state_itself_is_still_about_the_state():
    assert facts("Russia vetoed a draft resolution on North Korea in 2022.", "VETOED") == {("Russia", "VETOED", "North Korea")}


def test_an_abstaining_member_vetoes_nothing():
    text = "China abstained when the Council voted on the renewal of the panel of experts on North Korea in 2024."
    assert facts(text, "VETOED") == set()


# --- ties described as a partnership ---

@pytest.mark.parametrize("text", [
    "Ankara describes its ties with Baku as a strategic partnership of brothers.",
    "Moscow has long characterised its relationship with Minsk as a strategic partnership.",
])
def test_ties_described_as_a_partnership_make_partners(text):
    assert {frozenset((s, o)) for s, _, o in facts(text, "PARTNERS_WITH")} == {
        frozenset(("Turkey", "Azerbaijan")) if "Ankara" in text else frozenset(("Russia", "Belarus"))
    }


@pytest.mark.parametrize("text", [
    "Ankara no longer describes its ties with Baku as a strategic partnership.",
    "Ankara may soon describe its ties with Baku as a strategic partnership.",
    "Critics describe the ties between Ankara and Baku as a marriage of convenience.",
])
def test_ties_described_negated_hedged_or_as_something_else_give_nothing(text):
    assert facts(text, "PARTNERS_WITH") == set()


# --- "both" as the object: the last two systems named ---

def test_both_as_the_object_of_fielding_is_the_last_two_systems():
    text = "Hanwha builds the K9 Thunder and the K2 Black Panther. The Polish Land Forces operate both."
    assert facts(text, "OPERATES") == {("Polish Land Forces", "OPERATES", "K9 Thunder"), ("Polish Land Forces", "OPERATES", "K2 Black Panther")}


@pytest.mark.parametrize("text", [
    "Hanwha builds the K9 Thunder and the K2 Black Panther. The Polish Land Forces do not yet operate both.",
    "Hanwha builds the K9 Thunder and the K2 Black Panther. The Polish Land Forces will operate both.",
])
def test_both_as_the_object_negated_or_planned_gives_nothing(text):
    assert facts(text, "OPERATES") == set()


def test_both_before_a_noun_is_no_reference_to_the_systems():
    text = "Hanwha builds the K9 Thunder and the K2 Black Panther. Poland and Norway operate both types of radar."
    assert not facts(text, "OPERATES") & {("Poland", "OPERATES", "K9 Thunder"), ("Norway", "OPERATES", "K2 Black Panther")}


def test_both_before_a_clause_joined_on_lends_no_systems_to_it():
    text = "Baykar builds the Bayraktar TB2 and the Akinci. The Turkish Armed Forces operate both, and the TB2 has been exported to Poland."
    assert facts(text, "ACQUIRED") == {("Poland", "ACQUIRED", "Bayraktar TB2")}


# --- known gaps of the set, left for another round ---

@pytest.mark.xfail(strict=True, reason="an ellipsis ('had done the same') does not repeat the partnership of the clause before")
def test_a_partnership_repeated_by_ellipsis():
    text = "Moscow upgraded its ties with Ulaanbaatar to a strategic partnership in 2019; Beijing had done the same in 2014."
    assert ("China", "PARTNERS_WITH", "Mongolia") in facts(text, "PARTNERS_WITH") | {(o, t, s) for s, t, o in facts(text, "PARTNERS_WITH")}


def test_a_cleft_object_is_opposed():
    assert ("Philippines", "OPPOSES", "China") in facts("It is China that the Philippines opposes at every turn.", "OPPOSES")


@pytest.mark.xfail(strict=True, reason="'them' takes the last system named, even a singular one, over the plural fighters before it")
def test_them_prefers_the_plural_system():
    text = "China sold Pakistan J-10C fighters in 2022, with the PL-15 missile, and the Pakistan Air Force has flown them ever since."
    assert facts(text, "OPERATES") == {("Pakistan Air Force", "OPERATES", "J-10C")}


@pytest.mark.xfail(strict=True, reason="a state's description opening a paragraph takes the last state named, not the paragraph before's subject")
def test_a_description_opening_a_paragraph_after_another_state_was_named():
    text = "Tokyo has ordered 147 F-35s from Washington.\n\nThe jet is only part of it. The island nation also ordered Tomahawk missiles from the United States in 2024."
    assert ("Japan", "ACQUIRED", "Tomahawk") in facts(text, "ACQUIRED")


@pytest.mark.xfail(strict=True, reason="'trains with' reaches the exercise of a clause joined on with its own (negated) predicate")
def test_training_partners_do_not_join_the_exercise_of_a_later_clause():
    text = "Japan trains with India every year, and it did not join Keen Sword 2024."
    assert facts(text, "PARTICIPATED_IN") == set()


def test_a_ship_sailing_with_another_navy_is_not_that_navys_ship():
    # one navy's ship beside another navy: the company it keeps, not its operator
    text = "In January the carrier Charles de Gaulle sailed with the Indian Navy off Goa for a week of joint drills."
    assert not {f for f in facts(text, "OPERATES") if f[0] == "Indian Navy"}
