"""The wide membership battery (tests/loaders/membership_shapes_s17.py): every shape gives all
it must, and the near-miss controls give nothing of MEMBER_OF or LEADS."""
import pytest

from tests.loaders.membership_shapes_s17 import battery, family_relations

ITEMS = battery()
OPEN = {  # shapes not read yet, with the reason
    "admitted": "'O accepted X (as a member)' is not read as admission",
    "council_permanent": "'As a permanent member of O, X ...' (a fronted role phrase) is not read",
    "council_roster": "'elected members of the Council for YEAR are ...' is not read as a roster",
    "enlargement": "'the YEAR enlargement of O brought in A and B' is not read",
    "fellow_members": "'fellow O members A and B' and 'Fellow members of O A and B' are not read",
    "launched": "'Under X's leadership, O ...' is not read as LEADS",
    "members_line": "'O - Members: A, B' (the body before a dash on the label's line) is not read",
    "mixed_tiers": "'O has two members, A and B.' before a sentence naming an observer loses the members",
    "possessive_membership": "'X's membership in O' (in, not of) is not read",
    "profile_entries": "'- Body - joined YEAR' entries under a state's heading are not read",
    "body_premodifier": "'Fellow O member the X' (an article before the state) is not read",
}
OPEN_CONTROLS = {  # controls that still give a membership, with the reason
    "control:invited": "'O invited X to join' is read as admission",
    "control:lapsed": "'X's membership of O lapsed' is read as membership",
    "control:seat_sought": "'X lost the vote for a seat on the Council' is read as a seat",
    "control:talks": "'X's accession talks with O' is read as accession",
    "control:unratified": "'X signed O's charter but never ratified it' is read as membership",
}


def _failures(shape):
    out = []
    for item in ITEMS:
        if item.shape == shape:
            got = family_relations(item.text, item.path)
            if item.expected - got or got - item.expected:
                out.append((item.text, sorted(item.expected - got), sorted(got - item.expected)))
    return out


def _cases(controls: bool, open_shapes: dict):
    shapes = sorted({item.shape for item in ITEMS if (item.family == "control") == controls})
    return [pytest.param(shape, marks=pytest.mark.xfail(strict=True, reason=open_shapes[shape])) if shape in open_shapes else shape
            for shape in shapes]


@pytest.mark.parametrize("shape", _cases(False, OPEN))
def test_shape(shape):
    assert _failures(shape) == []


@pytest.mark.parametrize("kind", _cases(True, OPEN_CONTROLS))
def test_control_gives_nothing(kind):
    assert _failures(kind) == []
