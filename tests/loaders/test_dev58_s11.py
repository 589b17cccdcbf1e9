"""What a new author's set (dev58: exercise participation and joint patrols written for
precision, in an exercise fact sheet, a fleet-review live blog, a coast guard year in review,
a defence attaché's trip report, a military games results page, a corrections column and a
memoir) showed the rules missing. Every sentence here is written for these tests; none is
taken from a corpus or evaluation document."""
from __future__ import annotations

import pytest

from loaders.extract import extract_path
from tests.loaders.sentences import facts


@pytest.fixture
def markdown_facts(tmp_path):
    """(source, type, target) of the relations found in a Markdown document, of ``types`` if given."""
    def read(text: str, *types: str) -> set[tuple]:
        path = tmp_path / "factsheet.md"
        path.write_text(text, encoding="utf-8")
        return {(r.source, r.type, r.target) for r in extract_path(path).relations if not types or r.type in types}
    return read


# --- a corrections column retelling a dated item: "An article on 4 March said that ..." -------------

@pytest.mark.parametrize("text", [
    "An article on 4 March said that Sri Lanka took part in SLINEX 2031 off Trincomalee.",
    "A report on March 4 (\"Navies drill off Goa\") stated that the Royal Navy joined Konkan Shakti 2031.",
    "A photograph on 9 June was captioned as showing Omani and Indian ships on a joint patrol in the Arabian Sea.",
    "A graphic of 2 Feb., 2031 showed Russian and Iranian warships patrolling the Gulf of Oman together.",
    "Our story on 17 August described Kenya as the host of Cutlass Express 2031.",
])
def test_dated_item_retold_by_a_correction_gives_nothing(text):
    assert not facts(text, "PARTICIPATED_IN", "PATROLLED", "HOSTED", "HELD_IN")


@pytest.mark.parametrize("text, expected", [
    ("Sri Lanka took part in SLINEX 2031 off Trincomalee, a report on 4 March said.", {("Sri Lanka", "PARTICIPATED_IN", "SLINEX")}),
    ("On 4 March the Indian Navy and the Royal Navy held Konkan Shakti 2031 in the Arabian Sea.",
     {("Konkan Shakti", "HELD_IN", "Arabian Sea")}),
    ("The article on the exercise ran on 4 March. Omani and Indian ships held a joint patrol in the Arabian Sea.",
     {("Oman", "PATROLLED", "Arabian Sea"), ("India", "PATROLLED", "Arabian Sea")}),
])
def test_facts_beside_a_dated_item_still_count(text, expected):
    assert expected <= facts(text)


# --- "took part in a joint patrol": an indefinite event is not the exercise named before ---------------

@pytest.mark.parametrize("text, unwanted", [
    ("Cobra Gold 2031 ended on Friday. Later a Thai corvette took part in a joint patrol with Malaysian ships in the Gulf of Thailand.",
     {("Thailand", "PARTICIPATED_IN", "Cobra Gold"), ("Malaysia", "PARTICIPATED_IN", "Cobra Gold")}),
    ("Cobra Gold 2031 ended on Friday. A week on, Singapore took part in a search-and-rescue drill off Phuket.",
     {("Singapore", "PARTICIPATED_IN", "Cobra Gold")}),
    ("Cobra Gold 2031 ended on Friday. Days later the Philippine Navy joined an \"anti-piracy operation\" with Indonesia.",
     {("Philippine Navy", "PARTICIPATED_IN", "Cobra Gold"), ("Indonesia", "PARTICIPATED_IN", "Cobra Gold")}),
])
def test_indefinite_event_after_taking_part_is_not_the_exercise_before(text, unwanted):
    assert not unwanted & facts(text, "PARTICIPATED_IN")


@pytest.mark.parametrize("text, expected", [
    ("Cobra Gold 2031 opened on Monday in Thailand. A Malaysian frigate also took part.", {("Malaysia", "PARTICIPATED_IN", "Cobra Gold")}),
    ("Cobra Gold 2031 opened on Monday in Thailand. Indonesia took part in the exercise.", {("Indonesia", "PARTICIPATED_IN", "Cobra Gold")}),
    ("Cobra Gold 2031 opened on Monday in Thailand. Japan took part in its amphibious phase.", {("Japan", "PARTICIPATED_IN", "Cobra Gold")}),
])
def test_taking_part_in_the_exercise_before_still_counts(text, expected):
    assert expected <= facts(text, "PARTICIPATED_IN")


# --- "| Nation | Contribution | Phase |" under a heading that says who takes part -----------------------

NATIONS_TABLE = (
    "# Exercise Bersama Lima 2031 fact sheet\n\n"
    "Malaysia hosts Bersama Lima 2031 in the South China Sea.\n\n"
    "## {heading}\n\n"
    "| Nation | Contribution | Phase |\n"
    "|---|---|---|\n"
    "| Singapore | 2 frigates | Harbour and sea |\n"
    "| New Zealand | 1 P-8A Poseidon | Sea only |\n"
    "| United Kingdom | 1 patrol ship | Withdrawn on 3 May |\n"
    "| Brunei | observers only | Harbour |\n"
)


def test_nations_under_a_heading_of_who_takes_part_took_part(markdown_facts):
    found = markdown_facts(NATIONS_TABLE.format(heading="Ships and aircraft taking part"), "PARTICIPATED_IN", "MEMBER_OF")
    assert {("Singapore", "PARTICIPATED_IN", "Bersama Lima"), ("New Zealand", "PARTICIPATED_IN", "Bersama Lima")} <= found
    assert not {("United Kingdom", "PARTICIPATED_IN", "Bersama Lima"), ("Brunei", "PARTICIPATED_IN", "Bersama Lima")} & found
    assert not {fact for fact in found if fact[1] == "MEMBER_OF"}


@pytest.mark.parametrize("heading", ["Expected contributions", "Nations invited", "Contributions still to be confirmed"])
def test_nations_under_another_heading_give_nothing(markdown_facts, heading):
    found = markdown_facts(NATIONS_TABLE.format(heading=heading), "PARTICIPATED_IN", "MEMBER_OF")
    assert not {fact for fact in found if fact[0] in ("Singapore", "New Zealand")}


# --- "Contests were staged in A, B and C": the games' contests are where the games went on ------------

@pytest.mark.parametrize("text, expected", [
    ("The Army Games 2031 ran from 2 to 14 August. Contests were staged in Russia, Belarus and Iran.",
     {("International Army Games", "HELD_IN", s) for s in ("Russia", "Belarus", "Iran")}),
    ("The Army Games 2031 opened at Alabino. Its naval competitions were held in Iran and Azerbaijan.",
     {("International Army Games", "HELD_IN", s) for s in ("Iran", "Azerbaijan")}),
])
def test_contests_held_in_places_site_the_games(text, expected):
    assert expected <= facts(text, "HELD_IN")


@pytest.mark.parametrize("text", [
    "The Army Games 2031 ran from 2 to 14 August. Contests may be staged in Belarus and Iran next year.",
    "The Army Games 2031 ran from 2 to 14 August. Contests were not staged in Belarus or Iran.",
    "The Army Games 2031 ran from 2 to 14 August. Contests will be staged in Belarus and Iran in 2032.",
])
def test_contests_planned_or_denied_site_nothing(text):
    assert not facts(text, "HELD_IN")


# --- "trained with X in the South China Sea": an unnamed drill told by the verb and its partners ------

@pytest.mark.parametrize("text, expected", [
    ("U.S. Coast Guard Cutter Midgett trained with the Philippine Coast Guard and the Japan Coast Guard in the Sulu Sea.",
     {(s, "DRILLED_IN", "Sulu Sea") for s in ("United States Coast Guard", "Philippine Coast Guard", "Japan Coast Guard")}),
    ("Last spring the Indonesian Navy trained alongside the Royal Australian Navy in the Timor Sea.",
     {(s, "DRILLED_IN", "Timor Sea") for s in ("Indonesian Navy", "Royal Australian Navy")}),
])
def test_trained_with_partners_in_a_sea_drilled_there(text, expected):
    assert expected <= facts(text, "DRILLED_IN")


@pytest.mark.parametrize("text", [
    "The Philippine Coast Guard will train with the Japan Coast Guard in the Sulu Sea next year.",
    "The Philippine Coast Guard has never trained with the Japan Coast Guard in the Sulu Sea.",
    "The Philippine Coast Guard may have trained with the Japan Coast Guard in the Sulu Sea.",
    "Indonesian pilots trained in the Java Sea last year.",
])
def test_training_planned_denied_hedged_or_alone_gives_nothing(text):
    assert not facts(text, "DRILLED_IN")


# --- places that are no venue: "India's biggest naval gathering", "its naval forces in Europe" ----------

@pytest.mark.parametrize("text, unwanted", [
    ("SIMBEX, first held in 1994, has become Singapore's oldest naval exercise.", ("SIMBEX", "HELD_IN", "Singapore")),
    ("MILAN, first held in 1995, has grown into India's biggest naval gathering.", ("MILAN", "HELD_IN", "India")),
    ("The United States led Cutlass Express 2031 through its naval forces in Europe and Africa.", ("Cutlass Express", "HELD_IN", "Europe")),
    ("Britain ran Joint Warrior 2031 with its fleets in the North Sea, and the exercise was held off Scotland.",
     ("Joint Warrior", "HELD_IN", "North Sea")),
])
def test_owner_of_an_event_or_base_of_forces_is_no_venue(text, unwanted):
    assert unwanted not in facts(text, "HELD_IN")


@pytest.mark.parametrize("text, expected", [
    ("MILAN 2031 was held on India's east coast.", ("MILAN", "HELD_IN", "India")),
    ("The United States led Cutlass Express 2031 in the Gulf of Aden.", ("Cutlass Express", "HELD_IN", "Gulf of Aden")),
])
def test_venues_still_count(text, expected):
    assert expected in facts(text, "HELD_IN")


# --- a joint patrol of the North Pacific is not one of the whole Pacific Ocean -------------------------

def test_north_pacific_is_a_region_of_its_own():
    found = facts("The U.S. Coast Guard and the Japan Coast Guard patrolled the high seas of the North Pacific together.", "PATROLLED")
    assert {("United States Coast Guard", "PATROLLED", "North Pacific"), ("Japan Coast Guard", "PATROLLED", "North Pacific")} <= found
    assert not {fact for fact in found if fact[2] == "Pacific Ocean"}


# --- "It was hosted by India": the exercise the sentence before named --------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Kakadu 2031 opened in Darwin on Monday. It was hosted by Australia.", {("Australia", "HOSTED", "Kakadu")}),
    ("Sea Breeze 2031 began on 3 July. It was co-hosted by Ukraine and the United States, and Georgia took part.",
     {("Ukraine", "HOSTED", "Sea Breeze"), ("United States", "HOSTED", "Sea Breeze"), ("Georgia", "PARTICIPATED_IN", "Sea Breeze")}),
])
def test_it_hosted_by_after_an_exercise_is_that_exercise(text, expected):
    assert expected <= facts(text, "HOSTED", "PARTICIPATED_IN")


@pytest.mark.parametrize("text", [
    "Kakadu 2031 opened in Darwin on Monday. It was not hosted by Australia.",
    "Kakadu 2031 opened in Darwin on Monday. It may be hosted by Indonesia next time.",
    "Australia bought the P-8 Poseidon in 2031. It was led by its defence minister.",
])
def test_it_hosted_by_denied_hedged_or_without_exercise_gives_nothing(text):
    assert not facts(text, "HOSTED")


# --- "the U.S. Coast Guard": a state's form ending in a full stop still names the force's state -----------

@pytest.mark.parametrize("text, expected", [
    ("The U.S. Coast Guard and the Japan Coast Guard boarded two trawlers.", ("United States Coast Guard", "ARMED_FORCE_OF", "United States")),
    ("Two destroyers of the U.S. Navy called at Subic Bay.", ("United States Navy", "ARMED_FORCE_OF", "United States")),
])
def test_force_named_with_a_dotted_state_form_belongs_to_it(text, expected):
    assert expected in facts(text, "ARMED_FORCE_OF")


def test_force_named_without_its_state_gives_no_owner():
    assert not facts("The Coast Guard and the Navy boarded two trawlers off Guam.", "ARMED_FORCE_OF")


# --- rosters of the exercise in view (read since the second dev58 pass, tests/loaders/test_dev58r_s11.py) ---

def test_participants_counted_without_the_exercise_named():
    text = ("Cutlass Express 2031 was held in the Gulf of Aden in May. Participants. I counted ships or boarding teams from "
            "Kenya, Djibouti and Oman, together with France.")
    assert {(s, "PARTICIPATED_IN", "Cutlass Express") for s in ("Kenya", "Djibouti", "Oman", "France")} <= facts(text, "PARTICIPATED_IN")


def test_ships_passing_the_review_platform_took_part():
    text = ("MILAN 2031 opened in Visakhapatnam on Monday. The column of foreign ships now passing the platform: Oman's "
            "frigate, then corvettes from Kenya and Mauritius.")
    assert {(s, "PARTICIPATED_IN", "MILAN") for s in ("Oman", "Kenya", "Mauritius")} <= facts(text, "PARTICIPATED_IN")


# --- left for later: what dev58 showed and these rules do not yet read ----------------------------------

@pytest.mark.xfail(strict=True, reason="'Aircrews from A and B flew the final' of a named competition: flying a final is not yet a cue of taking part")
def test_aircrews_flying_the_final_took_part():
    text = "Aviadarts ran as part of the Army Games in 2031. Aircrews from Egypt and Laos flew the final."
    assert {("Egypt", "PARTICIPATED_IN", "Aviadarts"), ("Laos", "PARTICIPATED_IN", "Aviadarts")} <= facts(text, "PARTICIPATED_IN")


@pytest.mark.xfail(strict=True, reason="a patrol's crew named in a retold (blocked) item is not remembered, so 'The patrol covered ...' in "
                   "the correction that follows has no patrollers")
def test_patrol_crew_named_in_a_retold_item_patrols_the_corrected_waters():
    text = ("A graphic on 2 May showed the joint patrol by Russian and Chinese bombers as passing over the Sea of Japan only. "
            "The patrol covered the Sea of Japan and the East China Sea.")
    assert {("Russia", "PATROLLED", "East China Sea"), ("China", "PATROLLED", "East China Sea")} <= facts(text, "PATROLLED")


@pytest.mark.xfail(strict=True, reason="'in the same waters' does not yet point back to the previous sentence's sea for a new patroller")
def test_coordinated_patrols_in_the_same_waters():
    text = ("The Indian Navy and the Indonesian Navy patrolled the Andaman Sea together from 2002. In 2005 the Royal Thai Navy "
            "began coordinated patrols with the Indian Navy in the same waters.")
    assert ("Royal Thai Navy", "PATROLLED", "Andaman Sea") in facts(text, "PATROLLED")


@pytest.mark.xfail(strict=True, reason="an escort through a strait after a paragraph on patrols inherits the last patrollers")
def test_escort_after_patrols_is_no_patrol():
    text = ("In 2005 the Royal Thai Navy began coordinated patrols with the Indian Navy in the Andaman Sea. There was also the "
            "business of 2002, which the Americans call a joint patrol. Our ships escorted US vessels through the Strait of Malacca.")
    assert not {fact for fact in facts(text, "PATROLLED") if fact[2] == "Strait of Malacca"}


@pytest.mark.xfail(strict=True, reason="'was listed in early programmes as a co-host' is a listing later dropped, and the contest it "
                   "names is not the exercise named in the section before")
def test_listed_as_co_host_is_no_host():
    text = ("Aviadarts ran as part of the Games. Serbia was listed in early programmes as a co-host of the sniper contest; "
            "the contest moved to Russia and Serbia did not compete.")
    assert not facts(text, "HOSTED")


@pytest.mark.xfail(strict=True, reason="'The four ships conducted a joint patrol there' names no entity at all, so the sentence is never read; "
                   "with a mention in it the previous sentence's forces and sea are carried over (test_dev58r_s11.py)")
def test_counted_ships_conducting_a_joint_patrol_are_the_forces_named_before():
    text = ("Two China Coast Guard cutters sailed with two Russian Border Service ships in the Bering Sea. "
            "The four ships conducted a joint patrol there.")
    assert {("China Coast Guard", "PATROLLED", "Bering Sea"), ("Border Service", "PATROLLED", "Bering Sea")} <= facts(text, "PATROLLED")
