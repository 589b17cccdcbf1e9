"""What a new author's set (dev43) on memberships and organisations showed the rules missing.
Every sentence here is written for these tests; none is taken from a corpus or evaluation
document."""
from __future__ import annotations

import pytest

from tests.loaders.sentences import facts

COMMONWEALTH = "Commonwealth of Nations"


# --- "the Commonwealth" is the Commonwealth of Nations; longer names keep their own entity ----

@pytest.mark.parametrize("text", [
    "Mozambique was admitted to the Commonwealth in 1995, the first member with no British colonial past.",
    "Fiji rejoined the Commonwealth in 2014.",
])
def test_the_commonwealth_alone_is_the_commonwealth_of_nations(text):
    found = facts(text, "MEMBER_OF")
    assert {target for _, _, target in found} == {COMMONWEALTH}


@pytest.mark.parametrize("text", [
    "Uzbekistan and Tajikistan belong to the Commonwealth of Independent States.",
    "Kazakhstan has been a member of the Commonwealth of Independent States since 1991.",
])
def test_the_longer_commonwealth_names_are_not_the_commonwealth_of_nations(text):
    found = facts(text, "MEMBER_OF")
    assert found and all(target == "Commonwealth of Independent States" for _, _, target in found)


@pytest.mark.parametrize("text", [
    "Zimbabwe left the Commonwealth in 2003 and has applied to return.",
    "South Sudan has asked to join the Commonwealth, but no decision has been taken.",
])
def test_leaving_or_applying_to_the_commonwealth_gives_no_member(text):
    assert not facts(text, "MEMBER_OF")
