"""What a new author's set (dev58: exercise participation and joint patrols written for
precision, in an exercise fact sheet, a fleet-review live blog, a coast guard year in review,
a defence attaché's trip report, a military games results page, a corrections column and a
memoir) showed the rules missing. Every sentence here is written for these tests; none is
taken from a corpus or evaluation document."""
from __future__ import annotations

import pytest

from tests.loaders.sentences import facts


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
