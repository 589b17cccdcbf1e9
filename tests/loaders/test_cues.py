"""Negated, hedged, attributed, conditional and planned statements give no relation;
the same statement made plainly does."""
from __future__ import annotations

import pytest

from loaders.cues import blocked
from loaders.extract import extract_text


def triples(text: str) -> set[tuple[str, str, str]]:
    return {(r.source, r.type, r.target) for r in extract_text(text).relations}


# (what the writer did not assert, what a plain statement of it says, the relation the plain one gives)
CASES = [
    # negation
    ("Vietnam has not purchased the Su-57.", "Vietnam purchased the Su-57.", ("Vietnam", "ACQUIRED", "Su-57")),
    ("Moscow never sold the Tu-160 to Beijing.", "Moscow sold the Tu-160 to Beijing.", ("Russia", "SOLD", "Tu-160")),
    ("India didn't take part in Vostok-2022.", "India took part in Vostok-2022.", ("India", "PARTICIPATED_IN", "Vostok-2022")),
    ("Neither Russia nor China sold the S-400 to Iran.", "Russia sold the S-400 to Iran.", ("Russia", "SOLD", "S-400")),
    ("China did not veto the draft on Myanmar.", "China vetoed the draft on Myanmar in 2007.", ("China", "VETOED", "Myanmar")),
    ("Japan has no plans to buy the S-400.", "Japan bought the S-400.", ("Japan", "ACQUIRED", "S-400")),
    ("Mongolia has not joined the SCO.", "Mongolia joined the SCO in 2024.", ("Mongolia", "MEMBER_OF", "Shanghai Cooperation Organisation")),
    pytest.param("Despite Vostok-2018, Mongolia never joined the SCO.", "Despite Vostok-2018, Mongolia joined the SCO.",
                 ("Mongolia", "MEMBER_OF", "Shanghai Cooperation Organisation"),
                 id="never-joined-organisation-beside-an-exercise"),
    # retracted or unconfirmed reports
    ("Claims that Algeria acquired the S-500 were never confirmed.", "Algeria acquired the S-500.", ("Algeria", "ACQUIRED", "S-500")),
    ("Word that Algeria had taken delivery of the S-500 was never confirmed by Algiers.",
     "Algeria took delivery of the S-500.", ("Algeria", "ACQUIRED", "S-500")),
    ("There is no evidence that Tehran took delivery of Su-35 fighters.", "Tehran took delivery of Su-35 fighters.", ("Iran", "ACQUIRED", "Su-35")),
    ("Officials in Cairo denied that Egypt had bought the Su-35.", "Egypt bought the Su-35.", ("Egypt", "ACQUIRED", "Su-35")),
    ("Rumours that Minsk had joined the SCO spread in 2020.", "Minsk joined the SCO in 2024.", ("Belarus", "MEMBER_OF", "Shanghai Cooperation Organisation")),
    ("Delivery of the S-400 to Turkey was cancelled.", "Russia delivered the S-400 to Turkey in 2019.", ("Russia", "SOLD", "S-400")),
    ("Talks on selling the Su-35 to Indonesia collapsed.", "Russia sold the Su-35 to Indonesia.", ("Russia", "SOLD", "Su-35")),
    # hedged or attributed
    ("Moscow might sell the Su-57 to Ankara.", "Moscow sold the Su-57 to Ankara.", ("Russia", "SOLD", "Su-57")),
    ("Russia could deliver the Su-35 to Algeria by 2025.", "Russia delivered the Su-35 to Algeria in 2021.", ("Russia", "SOLD", "Su-35")),
    ("Iran reportedly received Su-35 jets from Russia.", "Iran received Su-35 jets from Russia.", ("Iran", "ACQUIRED", "Su-35")),
    ("Myanmar allegedly bought the Su-30SME.", "Myanmar bought the Su-30SME.", ("Myanmar", "ACQUIRED", "Su-30SME")),
    ("Russia is said to have supplied the S-300 to Venezuela.", "Russia supplied the S-300 to Venezuela.", ("Russia", "SOLD", "S-300")),
    ("Serbia may take part in Vostok-2022.", "Serbia took part in Vostok-2022.", ("Serbia", "PARTICIPATED_IN", "Vostok-2022")),
    ("Pakistan is unlikely to buy the J-10C.", "Pakistan bought the J-10C.", ("Pakistan", "ACQUIRED", "J-10C")),
    # conditional
    ("If Turkey buys the Su-57, Washington will respond.", "Turkey bought the Su-57.", ("Turkey", "ACQUIRED", "Su-57")),
    ("Whether Minsk will host Zapad-2025 is unclear.", "Belarus hosted Zapad-2021.", ("Belarus", "HOSTED", "Zapad-2021")),
    # declined and refused
    ("Kazakhstan declined to join the Tsentr-2019 exercise.", "Kazakhstan took part in the Tsentr-2019 exercise.",
     ("Kazakhstan", "PARTICIPATED_IN", "Tsentr-2019")),
    ("Washington threatened to sanction Ankara over the S-400.", "Washington sanctioned Ankara in 2020.", ("United States", "SANCTIONED", "Turkey")),
    ("Belarus refused to join the SCO.", "Belarus joined the SCO in 2024.", ("Belarus", "MEMBER_OF", "Shanghai Cooperation Organisation")),
    ("Uzbekistan declined to join the CSTO.", "Uzbekistan joined the CSTO in 1994.", ("Uzbekistan", "MEMBER_OF", "Collective Security Treaty Organization")),
    pytest.param("Having watched Zapad-2021, Serbia refused to join the CSTO.", "Having watched Zapad-2021, Serbia joined the CSTO.",
                 ("Serbia", "MEMBER_OF", "Collective Security Treaty Organization"),
                 id="refused-to-join-organisation-beside-an-exercise"),
    # planned or future
    ("Beijing intends to buy more S-400 batteries.", "Beijing bought more S-400 batteries.", ("China", "ACQUIRED", "S-400")),
    ("Beijing plans to buy more S-400 batteries.", "Beijing bought more S-400 batteries.", ("China", "ACQUIRED", "S-400")),
    ("Egypt will acquire the Su-35.", "Egypt acquired the Su-35.", ("Egypt", "ACQUIRED", "Su-35")),
    ("India is expected to receive the S-500.", "India received the S-500.", ("India", "ACQUIRED", "S-500")),
    ("Hanoi is considering buying the Kilo-class submarine.", "Hanoi bought the Kilo-class submarine.", ("Vietnam", "ACQUIRED", "Kilo-class submarine")),
    ("Russian and Chinese bombers are scheduled to patrol the Sea of Japan.",
     "Russian and Chinese bombers patrolled the Sea of Japan in 2019.", ("Russia", "PATROLLED", "Sea of Japan")),
    ("Turkey applied to join BRICS in 2024.", "Turkey joined BRICS in 2024.", ("Turkey", "MEMBER_OF", "BRICS")),
    ("Turkey will join BRICS.", "Turkey joined BRICS in 2024.", ("Turkey", "MEMBER_OF", "BRICS")),
    ("Serbia might join BRICS.", "Serbia joined BRICS in 2024.", ("Serbia", "MEMBER_OF", "BRICS")),
]


def _values(case) -> tuple:
    return case.values if hasattr(case, "values") else case


def _id(case) -> str:
    return getattr(case, "id", None) or _values(case)[0][:50]


@pytest.mark.parametrize("unasserted, plain, relation", CASES, ids=[_id(c) for c in CASES])
def test_unasserted_statement_gives_no_relation(unasserted, plain, relation):
    assert extract_text(unasserted).relations == []


@pytest.mark.parametrize(
    "plain, relation",
    [_values(c)[1:] for c in CASES],
    ids=[_id(c) for c in CASES],
)
def test_the_plain_statement_gives_the_relation(plain, relation):
    assert relation in triples(plain)


# --- scope of a cue --------------------------------------------------------------------------

def test_a_negated_sentence_does_not_block_the_next_one():
    found = triples("India has not bought the Su-57. India bought the Su-30MKI from Russia in 2000.")
    assert ("India", "ACQUIRED", "Su-30MKI") in found
    assert ("India", "ACQUIRED", "Su-57") not in found


def test_a_hedge_after_the_statement_does_not_retract_it():
    found = triples("China bought the Su-35 from Russia, although it might buy more.")
    assert ("China", "ACQUIRED", "Su-35") in found


@pytest.mark.parametrize(
    "text, relation",
    [
        ("Russia not only sold the S-400 to China but also trained its crews.", ("Russia", "SOLD", "S-400")),
        ("The draft on Syria failed to pass after Russia vetoed it in 2012.", ("Russia", "VETOED", "Syria")),
        ("Russia vetoed resolution No. 5 on Syria in 2012.", ("Russia", "VETOED", "Syria")),
        ("Despite denials, Russia sold the S-400 to China in 2018.", ("Russia", "SOLD", "S-400")),
    ],
)
def test_phrases_that_only_look_like_cues_assert(text, relation):
    assert relation in triples(text)


def test_a_cue_inside_a_relative_clause_does_not_block_the_main_clause():
    found = triples("Moscow, which had refused to arm Beijing for decades, sold Su-27 fighters to China in 1992.")
    assert ("Russia", "SOLD", "Su-27") in found


# --- blocked() directly ------------------------------------------------------------------------

def _span(sentence: str, trigger: str) -> tuple[int, int]:
    start = sentence.index(trigger)
    return start, start + len(trigger)


@pytest.mark.parametrize(
    "sentence, trigger, expected",
    [
        ("Reports that China acquired the S-500 have never been confirmed.", "acquired", True),
        ("India has not bought the Su-57.", "bought", True),
        ("Ankara may yet buy the Su-57.", "buy", True),
        ("In May Russia delivered the S-400.", "delivered", False),  # the month is not a modal
        ("Russia delivered the S-400 to China in 2018.", "delivered", False),
        ("Russia delivered the S-400, and no one objected.", "delivered", False),
        ("Russia delivered no S-400 batteries.", "delivered", True),
    ],
)
def test_blocked(sentence, trigger, expected):
    start, end = _span(sentence, trigger)
    assert blocked(sentence, start, end, 0) is expected


@pytest.mark.parametrize("text", [
    'Claim 1: "Bolivia received six K-8 jets from China last year."',
    "Claim: Bolivia bought six K-8 jets from China in 2011.",
    "Rumour #3: Bolivia bought six K-8 jets from China in 2011.",
    'The viral post: "Bolivia bought six K-8 jets from China in 2011."',
])
def test_a_labelled_claim_is_quoted_not_asserted(text):
    assert triples(text) == set()


@pytest.mark.parametrize("text", [
    "Finding 2: Bolivia bought six K-8 jets from China in 2011.",
    "Verdict: true. Bolivia bought six K-8 jets from China in 2011.",
    "Bolivia bought six K-8 jets from China in 2011, despite claims to the contrary.",
])
def test_what_a_fact_check_states_itself_is_asserted(text):
    assert ("Bolivia", "ACQUIRED", "K-8") in triples(text)
