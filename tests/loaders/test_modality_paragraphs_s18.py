"""The generated paragraph-level modality battery (tests/loaders/modality_paragraphs_s18.py): no
relation comes out of a claim denied or withdrawn in the next sentence, a paragraph or section
under a frame of doubt, a question, a scenario, a condition, one side's word the other rejects,
an "alleged" deed told as a noun, or a paragraph of plans; the factual sentence the frame does not
govern (after a new heading, in the next paragraph, after "In fact,") keeps its relations."""
from __future__ import annotations

from functools import lru_cache

import pytest

from tests.loaders.modality_battery import gazetteer_names
from tests.loaders.modality_paragraphs_s18 import FAMILIES, FRAMES, Item, battery, check, family_relations

SEED = 18
SIZE = 900
# a party's denial takes back the facts that name it and the deed it shares (a sale, a patrol, a drill it
# staged), not what the same claim says of others: "Germany helped the United States develop its own
# version of the Mi-17. Germany has denied the claim." keeps the United States' own development
PARTY_DENIAL_GAP = "a party's denial leaves what the claim says of others alone"


@lru_cache(maxsize=1)
def _outcomes() -> tuple[tuple[Item, object], ...]:
    return tuple((item, check(item, family_relations(item.text))) for item in battery(seed=SEED, size=SIZE))


def _leaks(family: str) -> list[str]:
    return [f"{sorted(outcome.leaks)}: {item.text!r}" for item, outcome in _outcomes()
            if item.shape == family and outcome.leaks and not item.known_gap]


def test_battery_names_only_gazetteer_entities():
    names = gazetteer_names()
    for item, _ in _outcomes():
        assert item.forbidden <= names, item.text
        assert {name for fact in item.expected for name in fact[1:]} <= names, item.text


@pytest.mark.parametrize("family", [f for f in FAMILIES if f != "denied by a party"])
def test_no_relation_from_a_framed_paragraph(family):
    leaks = _leaks(family)
    assert not leaks, "\n".join(leaks)


@pytest.mark.xfail(strict=True, reason=PARTY_DENIAL_GAP)
def test_no_relation_from_a_claim_a_party_denies():
    leaks = _leaks("denied by a party")
    assert not leaks, "\n".join(leaks)


def test_party_denials_mostly_hold():
    items = [(item, outcome) for item, outcome in _outcomes() if item.shape == "denied by a party"]
    assert sum(bool(outcome.leaks) for _, outcome in items) <= 0.05 * len(items)


@pytest.mark.parametrize("frame", [frame for frame in FRAMES if frame.known_gap], ids=lambda frame: frame.template)
def test_frames_not_handled_yet(frame):
    items = [item for item, outcome in _outcomes() if item.frame == frame.template and outcome.leaks]
    if items:
        pytest.xfail(frame.known_gap)


def test_factual_sentence_outside_the_frame_keeps_its_relations():
    """The positive control: the factual clause after a new heading, in the next paragraph, before the
    frame, or after "In fact," / "What is confirmed is that"."""
    controls = [(item, outcome) for item, outcome in _outcomes() if item.expected]
    missed = [f"{sorted(outcome.misses)}: {item.text!r}" for item, outcome in controls if outcome.misses]
    assert len(missed) <= 0.02 * len(controls), "\n".join(missed[:20])


@pytest.mark.parametrize("text, kept", [
    # the frame governs its paragraph or section, not the document
    ("Notes\n\nRumours\n\nIran bought Su-35s from Russia.\n\nWhat is known\n\nIran bought Yak-130s from Russia.", {("ACQUIRED", "Iran", "Yak-130")}),
    # a title frames nothing: "Arms rumour watch" over a tracker whose rows say which claims hold
    ("Arms rumour watch\n\nIran bought Yak-130s from Russia in 2023, as the ministry confirmed.", {("ACQUIRED", "Iran", "Yak-130")}),
    ("The following is speculation. Iran bought Su-35s from Russia.\n\nIran bought Yak-130s from Russia.", {("ACQUIRED", "Iran", "Yak-130")}),
    ("According to unverified reports: Iran bought Su-35s from Russia. In fact, Iran bought Yak-130s from Russia.",
     {("ACQUIRED", "Iran", "Yak-130")}),
    # a lead-in that sorts fact from rumour, a heading of facts and a scenario section frame nothing
    ("Separating the confirmed deliveries from the rumours:\n- Iran bought Yak-130s from Russia", {("ACQUIRED", "Iran", "Yak-130")}),
    ("Notes\n\nScenarios\n\nPakistan fields the HQ-9, bought from China in 2021.", {("ACQUIRED", "Pakistan", "HQ-9")}),
    # a headline naming its story is no frame over the article
    ("Speculation over Iran's Su-35 deal\n\nIran bought Yak-130s from Russia in 2023.", {("ACQUIRED", "Iran", "Yak-130")}),
    # "a dispute that began ..." is no denial
    ("In 2016 Russia delivered the S-300PMU2 to Iran, ending a dispute that began in 2010.", {("ACQUIRED", "Iran", "S-300PMU-2")}),
    # a state's own denial takes back only its side of a claim it is no party to
    ("Iran bought Yak-130s from Russia and Su-35s from Belarus. Minsk denies any such deal.", {("ACQUIRED", "Iran", "Yak-130")}),
])
def test_what_a_frame_leaves_standing(text, kept):
    assert kept <= family_relations(text)


@pytest.mark.parametrize("text, gone", [
    ("Local media said that Russia delivered S-400s to Serbia. The claim was later withdrawn.", ("SOLD", "Russia", "S-400")),
    ("A newspaper wrote that Russia delivered S-400s to Serbia. Officials later denied the story.", ("SOLD", "Russia", "S-400")),
    ("A blogger wrote that Russia delivered S-400s to Serbia. No such delivery has been confirmed.", ("SOLD", "Russia", "S-400")),
    ("Kyiv says Iran sold Shahed-136 drones to Russia; Tehran rejects this.", ("SOLD", "Iran", "Shahed-136")),
    ("London and Paris say that Iran supplied Shahed-136 drones to Russia. Tehran denies supplying drones for the war.", ("SOLD", "Iran", "Shahed-136")),
    ("Officials say that Iran shipped Fath-360 missiles to Russia. We have seen no evidence either way.", ("SOLD", "Iran", "Fath-360")),
    ("Ankara says Tokyo patrolled the Baltic Sea jointly with Moscow. Tokyo denies it.", ("PATROLLED", "Russia", "Baltic Sea")),
    ("The suspected sale of Su-35s to Iran by Russia drew protests.", ("SOLD", "Russia", "Su-35")),
    ("Notes\n\nUnconfirmed reports\n\n- Russia sold Su-35s to Iran", ("SOLD", "Russia", "Su-35")),
    ("Background\n\nRussia is a major exporter.\n\nWhat might happen next\n\n- Russia to sell Su-35s to Iran", ("SOLD", "Russia", "Su-35")),
    ("Some claims circulating online: Russia sold Su-35s to Iran. Belarus joined the SCO.", ("MEMBER_OF", "Belarus", "Shanghai Cooperation Organisation")),
    ("Imagine the talks succeed. Russia sells Su-35s to Iran.", ("SOLD", "Russia", "Su-35")),
])
def test_what_a_frame_takes_away(text, gone):
    assert gone not in family_relations(text)
