"""The reference battery (tests/loaders/reference_battery.py): a relation whose argument is named
in an earlier sentence, a heading or a list title of the same paragraph or section is found, and
the reference never binds to what it does not mean. Each family and frame is one test; the
controls name the same arguments outright, so the battery cannot pass by finding nothing."""
from __future__ import annotations

from collections import defaultdict

import pytest

from tests.loaders.reference_battery import battery, run
from tests.loaders.sentences import facts

RESULTS = defaultdict(list)
for _item, _outcome in run(battery(16)):
    RESULTS[_item.family, _item.frame].append((_item, _outcome))

# what the extraction cannot do yet, each with why
NOT_YET: dict[tuple[str, str], str] = {}


def _cases(control: bool):
    return [
        pytest.param(family, frame, marks=pytest.mark.xfail(reason=NOT_YET[family, frame], strict=True)) if (family, frame) in NOT_YET else (family, frame)
        for family, frame in sorted(RESULTS) if (frame == "control") == control
    ]


def _failures(family: str, frame: str) -> list[str]:
    return [
        f"{item.text!r}: missed {sorted(outcome.missed)}, wrong {sorted(outcome.wrong)}"
        for item, outcome in RESULTS[family, frame] if outcome.missed or outcome.wrong
    ]


def test_the_battery_covers_every_frame_with_hundreds_of_items():
    frames = {frame for _, frame in RESULTS}
    assert frames == {"plain", "between", "distant", "fronted", "paragraph", "single", "negated", "control"}
    assert sum(len(v) for v in RESULTS.values()) > 500


@pytest.mark.parametrize("family,frame", _cases(control=True))
def test_positive_controls_name_the_arguments_outright(family, frame):
    assert not _failures(family, frame)
    assert all(item.expected for item, _ in RESULTS[family, frame])


@pytest.mark.parametrize("family,frame", _cases(control=False))
def test_a_reference_binds_to_what_it_means_and_nothing_else(family, frame):
    assert not _failures(family, frame)


def test_they_may_still_stand_for_one_state_in_plain_prose():
    assert ("Finland", "MEMBER_OF", "North Atlantic Treaty Organization") in facts(
        "Finland is an unusual case. They became a full NATO member in April 2023.", "MEMBER_OF")


@pytest.mark.parametrize("text,role,state", [
    ("Egypt bought arms from Russia in 2015. The buyer took part in Kavkaz-2020.", "buyer", "Egypt"),
    ("Egypt bought arms from Russia in 2015. The supplier took part in Kavkaz-2020.", "seller", "Russia"),
    ("Serbia sold T-90 tanks to Mongolia in 2016. The customer hosted Indra-2021.", "buyer", "Mongolia"),
])
def test_a_party_to_a_sale_named_by_its_part(text, role, state):
    assert {source for source, _, _ in facts(text, "PARTICIPATED_IN", "HOSTED")} == {state}


def test_no_party_to_a_sale_that_did_not_happen():
    assert facts("Egypt did not buy arms from Russia in 2015. The buyer took part in Kavkaz-2020.", "PARTICIPATED_IN") == set()


def test_a_firm_that_sold_is_no_state_for_the_supplier():
    text = "Peru signed a contract with Saab for Gripen E fighters in 2024. The supplier agreed to transfer know-how to Peru."
    assert not any(source == "Saab" for source, _, _ in facts(text, "TRANSFERRED_TECHNOLOGY_TO"))


@pytest.mark.parametrize("text", [
    "A joint air patrol crossed the Sea of Japan in 2021. Bombers from Mongolia took part in the patrol.",
    "In 2021 a joint patrol sailed through the Sea of Japan. Aircraft from Mongolia flew the joint patrol.",
])
def test_taking_part_in_the_patrol_told_of_is_patrolling_its_waters(text):
    assert facts(text, "PATROLLED") == {("Mongolia", "PATROLLED", "Sea of Japan")}


@pytest.mark.parametrize("text,found", [
    ("Deliveries of the Pantsir-S1 to Serbia never began.", set()),
    ("Deliveries of the Pantsir-S1 to Serbia have not started.", set()),
    ("Deliveries of the Pantsir-S1 to Serbia did not begin until 2020.", {("Serbia", "ACQUIRED", "Pantsir-S1")}),
])
def test_deliveries_that_never_began_are_no_acquisition(text, found):
    assert facts(text, "ACQUIRED") == found
