"""Patrol trackers, membership fact sheets and Security Council vote records as other writers
lay them out: table rows naming several forces and several waters, "Joined <year>: <states>"
lines, vote lists under a draft's heading, and the variants that must give nothing."""
from __future__ import annotations

import pytest

from tests.loaders.sentences import facts


# --- patrol tables: each row names its own participants -------------------------------

def test_patrol_table_rows_pair_each_listed_force_with_each_listed_water():
    text = (
        "Log of combined sea patrols\n\n"
        "| Year | Navies involved | Route waters | Status |\n"
        "|---|---|---|---|\n"
        "| 2020 | Royal Australian Navy, Indian Navy | Arabian Sea, Bay of Bengal | Confirmed |\n"
        "| 2022 | Indian Navy, Japan Maritime Self-Defense Force | Philippine Sea | Confirmed |\n"
    )
    found = {(s, t) for s, _, t in facts(text, "PATROLLED")}
    assert found == {
        ("Royal Australian Navy", "Arabian Sea"), ("Royal Australian Navy", "Bay of Bengal"),
        ("Indian Navy", "Arabian Sea"), ("Indian Navy", "Bay of Bengal"),
        ("Indian Navy", "Philippine Sea"), ("Japan Maritime Self-Defense Force", "Philippine Sea"),
    }


def test_patrol_table_rows_that_are_planned_or_unconfirmed_give_nothing():
    text = (
        "Log of combined sea patrols\n\n"
        "| Year | Navies involved | Route waters | Status |\n"
        "|---|---|---|---|\n"
        "| 2026 | Royal Australian Navy, Indian Navy | Arabian Sea | Planned |\n"
        "| 2025 | Indian Navy, Japan Maritime Self-Defense Force | Philippine Sea | Unconfirmed report |\n"
    )
    assert facts(text, "PATROLLED") == set()
