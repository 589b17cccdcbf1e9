"""The generated compositional speculation battery (tests/loaders/speculation_s19.py): no relation
comes out of a claim framed as rumour, imagery that "appears to show", suspicion, an open question,
a modal, a condition, a counterfactual, talks, a deal undone, "neither ... nor", "far from", a
party's denial, or a frame over a list, a paragraph or a section; the factual sentences beside the
frames, and the double negatives that grant the deed ("did not fail to"), keep their relations."""
from __future__ import annotations

from functools import lru_cache

import pytest

from tests.loaders.modality_battery import gazetteer_names
from tests.loaders.speculation_s19 import FAMILIES, FRAMES, Passage, battery, family_relations, leaks

SEED = 19
SIZE = 900
# "India not only sanctioned Iran but also organised Vostok-2018": the second predicate's subject is
# taken from the object before it, as in the plain "India sanctioned Iran and organised Vostok-2018";
# a gap in coordination, not in modality
SECOND_PREDICATE_GAP = "a predicate after 'but also' or 'it also' takes the object before it as its subject"
SECOND_PREDICATE_TEMPLATES = {"{S} not only {past1} but also {past2}.", "Not only did {S} {base1}, it also {past2}."}
# "Russia did not hesitate to sanction Iran", "France did not shy away from clashing with ...": some verbs give no
# relation in the base form after "to" or as a gerund, where most such forms tell a plan; a gap in verb forms, not in modality
VERB_FORM_GAP = "some verbs give no relation in the base form after 'to' or as a gerund"
VERB_FORM_TEMPLATES = {"{S} did not hesitate to {base}.", "{S} has not refrained from {ing}.", "{S} did not shy away from {ing}.",
                       "{S} did not hold back from {ing}."}


@lru_cache(maxsize=1)
def _outcomes() -> tuple[tuple[Passage, frozenset], ...]:
    return tuple((passage, frozenset(family_relations(passage.text))) for passage in battery(seed=SEED, size=SIZE))


def _controls(family: str, templates: set[str] | None = None) -> list:
    """(unit, passage, found) for each factual unit of the passages made for ``family``."""
    return [(unit, passage, found) for passage, found in _outcomes() for unit in passage.units
            if not unit.framed and (unit.family == family or passage.family == family and unit.family == "fact")
            and (templates is None or unit.template in templates)]


def test_battery_names_only_gazetteer_entities():
    names = gazetteer_names()
    for passage, _ in _outcomes():
        for unit in passage.units:
            assert unit.entities <= names, passage.text


@pytest.mark.parametrize("family", [f for f in FAMILIES if f != "double negative"])
def test_no_relation_from_a_framed_claim(family):
    leaked = [f"{sorted(leaks(unit, found))}: {passage.text!r}" for passage, found in _outcomes() for unit in passage.units
              if unit.family == family and not unit.known_gap and leaks(unit, found)]
    assert not leaked, "\n".join(leaked[:20])


GAP_EXAMPLES = {
    "Assuming the financing holds, {S} would {base}.": ("Assuming the financing holds, Serbia would join the Peace Mission-2021 exercise.",
                                                         ("PARTICIPATED_IN", "Serbia", "Peace Mission-2021")),
    "A bid by {S} to {base} came to nothing.": ("A bid by Hanoi to stage Vostok-2018 in the Mediterranean Sea came to nothing.",
                                                ("HELD_IN", "Vostok-2018", "Mediterranean Sea")),
}


@pytest.mark.parametrize("frame", [pytest.param(frame, marks=pytest.mark.xfail(strict=True, reason=frame.known_gap))
                                   for frame in FRAMES if frame.known_gap], ids=lambda frame: frame.template)
def test_frames_not_handled_yet(frame):
    """Each frame left as a known gap, on an example of its own (strict, so a fix shows)."""
    text, leaked = GAP_EXAMPLES[frame.template]
    assert leaked not in family_relations(text)


@pytest.mark.parametrize("family", FAMILIES)
def test_facts_beside_the_frames_keep_their_relations(family):
    controls = [(unit, passage, found) for unit, passage, found in _controls(family)
                if unit.template not in SECOND_PREDICATE_TEMPLATES | VERB_FORM_TEMPLATES]
    missed = [f"{sorted(unit.facts - found)}: {passage.text!r}" for unit, passage, found in controls if unit.facts - found]
    assert controls and not missed, "\n".join(missed[:20])


@pytest.mark.xfail(strict=True, reason=SECOND_PREDICATE_GAP)
def test_not_only_but_also_states_both_deeds():
    controls = _controls("double negative", SECOND_PREDICATE_TEMPLATES)
    assert all(unit.facts <= found for unit, _, found in controls)


@pytest.mark.xfail(strict=True, reason=VERB_FORM_GAP)
def test_negated_reluctance_states_the_deed():
    controls = _controls("double negative", VERB_FORM_TEMPLATES)
    assert all(unit.facts <= found for unit, _, found in controls)


def test_negated_reluctance_mostly_states_the_deed():
    controls = _controls("double negative", VERB_FORM_TEMPLATES)
    assert sum(unit.facts <= found for unit, _, found in controls) >= 0.6 * len(controls)


@pytest.mark.parametrize("text, gone", [
    ("Word among arms dealers is that Russia sold Su-35s to Iran.", ("SOLD", "Russia", "Su-35")),
    ("Industry chatter has Russia selling Su-35s to Iran.", ("SOLD", "Russia", "Su-35")),
    ("There is talk in the trade press that Egypt bought J-10Cs from China.", ("ACQUIRED", "Egypt", "J-10C")),
    ("Whispers in Cairo suggest Egypt bought J-10Cs from China.", ("ACQUIRED", "Egypt", "J-10C")),
    ("Satellite imagery appears to show that China deployed H-6Ks.", ("OPERATES", "China", "H-6K")),
    ("Photos on social media purport to show Algeria operating Su-57s.", ("OPERATES", "Algeria", "Su-57")),
    ("Hobby sleuths believe they have found proof that Russia delivered Su-35s to Iran.", ("SOLD", "Russia", "Su-35")),
    ("A memo, whose authenticity remains disputed, says Russia delivered Su-35s to Iran.", ("SOLD", "Russia", "Su-35")),
    ("Western diplomats suspect that Iran received Su-35s from Russia.", ("ACQUIRED", "Iran", "Su-35")),
    ("Egypt is far from buying Su-35s.", ("ACQUIRED", "Egypt", "Su-35")),
    ("Far from having bought Su-35s, Egypt turned to France.", ("ACQUIRED", "Egypt", "Su-35")),
    ("Russia came nowhere near selling Su-35s to Iran.", ("SOLD", "Russia", "Su-35")),
    ("Egypt floated the idea of buying Su-35s from Russia.", ("ACQUIRED", "Egypt", "Su-35")),
    ("A blog wrote that Iran received Su-35s from Russia. Tehran called the report pure fiction.", ("ACQUIRED", "Iran", "Su-35")),
    ("Kyiv says Iran sent Shahed-136 drones to Russia. Tehran dismissed the claim out of hand.", ("SOLD", "Iran", "Shahed-136")),
    ("Kyiv says that Belarus became a member of the SCO. Belarus denies becoming a member of the SCO.",
     ("MEMBER_OF", "Belarus", "Shanghai Cooperation Organisation")),
    ("Rumours\n\nNone of what follows has been confirmed. Russia sold Su-35s to Iran.", ("SOLD", "Russia", "Su-35")),
    ("None of what follows has been confirmed. Egypt bought Su-35s. Iran bought J-10Cs from China.", ("ACQUIRED", "Iran", "J-10C")),
    ("Here is what the rumour mill says. Egypt bought Su-35s. Iran bought J-10Cs from China.", ("ACQUIRED", "Iran", "J-10C")),
    ("Gossip from the fair runs as follows. Egypt bought Su-35s. Iran bought J-10Cs from China.", ("ACQUIRED", "Iran", "J-10C")),
    ("Consider what could happen if the embargo ends. Egypt buys Su-35s. Iran buys J-10Cs from China.", ("ACQUIRED", "Iran", "J-10C")),
    ("Notes\n\nDeals that fell through\n\n- Russia to sell Su-35s to Egypt", ("SOLD", "Russia", "Su-35")),
    ("Notes\n\nHearsay\n\nRussia sold Su-35s to Egypt.", ("SOLD", "Russia", "Su-35")),
    ("Notes\n\nTalked about, never confirmed\n\nRussia sold Su-35s to Egypt.", ("SOLD", "Russia", "Su-35")),
    ("The following has not been verified. Egypt bought Su-35s. Iran bought J-10Cs from China.", ("ACQUIRED", "Iran", "J-10C")),
    ("Egypt is a long way from buying Su-35s.", ("ACQUIRED", "Egypt", "Su-35")),
    ("Egypt toyed with the idea of buying Su-35s from Russia.", ("ACQUIRED", "Egypt", "Su-35")),
    ("Egypt has been sounding out partners about a joint patrol with Greece in the Mediterranean Sea.", ("PATROLLED", "Egypt", "Mediterranean Sea")),
    ("Egypt has held off buying Su-35s from Russia.", ("ACQUIRED", "Egypt", "Su-35")),
    ("Discussions about the sale of Su-35s to Egypt by Russia continue.", ("SOLD", "Russia", "Su-35")),
    ("There are suspicions that Russia sold Su-35s to Egypt.", ("SOLD", "Russia", "Su-35")),
    ("A cable says Egypt bought Su-35s from Russia. Egypt has categorically denied this.", ("ACQUIRED", "Egypt", "Su-35")),
    ("Plans for the sale of Su-35s to Egypt by Russia were put on ice.", ("SOLD", "Russia", "Su-35")),
    # the third round's registers
    ("The sale of Su-35s to Egypt by Russia was quietly dropped.", ("SOLD", "Russia", "Su-35")),
    ("The sale of Su-35s to Egypt by Russia is dead in the water.", ("SOLD", "Russia", "Su-35")),
    ("Egypt has put out feelers about buying Su-35s from Russia.", ("ACQUIRED", "Egypt", "Su-35")),
    ("Egypt is nowhere close to buying Su-35s.", ("ACQUIRED", "Egypt", "Su-35")),
    ("Egypt is under suspicion of buying Su-35s from Russia.", ("ACQUIRED", "Egypt", "Su-35")),
    ("Suspicion lingers that Russia sold Su-35s to Egypt.", ("SOLD", "Russia", "Su-35")),
    ("Take this with a pinch of salt. Egypt bought Su-35s. Iran bought J-10Cs from China.", ("ACQUIRED", "Iran", "J-10C")),
    ("Notes\n\nNot yet confirmed\n\n- Russia sold Su-35s to Egypt", ("SOLD", "Russia", "Su-35")),
    ("Turkey has opened talks on hosting Kavkaz-2020.", ("PARTICIPATED_IN", "Turkey", "Kavkaz-2020")),
    ("Gossip at the air show held that Armenia organised Kavkaz-2020.", ("PARTICIPATED_IN", "Armenia", "Kavkaz-2020")),
])
def test_what_a_frame_takes_away(text, gone):
    assert gone not in family_relations(text)


@pytest.mark.parametrize("text, kept", [
    # a double negative or an emphatic "did" grants the deed
    ("Egypt did not fail to buy Su-35s from Russia.", ("ACQUIRED", "Egypt", "Su-35")),
    ("Egypt did not hesitate to buy Su-35s from Russia.", ("ACQUIRED", "Egypt", "Su-35")),
    ("It cannot be denied that Egypt bought Su-35s from Russia.", ("ACQUIRED", "Egypt", "Su-35")),
    ("There is no question that Egypt bought Su-35s from Russia.", ("ACQUIRED", "Egypt", "Su-35")),
    ("Egypt did not shy away from buying Su-35s from Russia.", ("ACQUIRED", "Egypt", "Su-35")),
    ("Nobody disputes that Egypt bought Su-35s from Russia.", ("ACQUIRED", "Egypt", "Su-35")),
    ("Contrary to the rumours, Egypt did buy Su-35s from Russia.", ("ACQUIRED", "Egypt", "Su-35")),
    # a doubt word denied is no frame over the list after it
    ("What is not gossip: Chile ordered 12 F-16s from the United States in 2023.", ("ACQUIRED", "Chile", "F-16")),
    # "far from" a place is no distance from the deed
    ("Vietnam, far from Europe but wooed by the same sellers, bought Su-30s from Russia in 2019.", ("ACQUIRED", "Vietnam", "Su-30")),
    # a section of setbacks tells the orders placed beside them
    ("Notes\n\nDelayed, frozen, shelved\n\nChile ordered 12 F-16s from the United States in 2023.", ("ACQUIRED", "Chile", "F-16")),
    # a rumoured list after a colon closes with its sentence
    ("Among the rumoured deals: Russia sold Su-35s to Iran; Belarus joined the SCO. India bought S-400s from Russia.",
     ("ACQUIRED", "India", "S-400")),
    ("Here is the record. India bought S-400s from Russia.", ("ACQUIRED", "India", "S-400")),
    ("The word was coined in 1990. India bought S-400s from Russia.", ("ACQUIRED", "India", "S-400")),
    ("Satellite imagery shows that China deployed H-6Ks.", ("OPERATES", "China", "H-6K")),
    # an exercise held off a coast is held there; a discussion of something else is no talk of the deed
    ("Joint Sea-2019 was held off Qingdao in the Yellow Sea.", ("HELD_IN", "Joint Sea-2019", "Yellow Sea")),
    ("Sea Breeze-2021 was held off Odesa, with ships of Turkey and the United States.", ("PARTICIPATED_IN", "Turkey", "Sea Breeze-2021")),
    ("Kavkaz-2020 opened in September with troops of Armenia and Belarus.", ("PARTICIPATED_IN", "Armenia", "Kavkaz-2020")),
    ("Belarus put out two ships to join Joint Sea-2019.", ("PARTICIPATED_IN", "Belarus", "Joint Sea-2019")),
    ("Contrary to the rumours, Egypt did not buy Su-35s from Russia. It bought Rafales from France.", ("ACQUIRED", "Egypt", "Rafale")),
])
def test_what_a_frame_leaves_standing(text, kept):
    assert kept in family_relations(text)
