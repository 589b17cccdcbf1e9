"""What a new author's membership notes and Security Council vote summaries showed (dev30):
composition lines under a heading that calls the body only "the Council", member lists
after a count, fellow members after "with", first-person members, passive vetoes and
nominal clashes. Every text here is written for these tests; none is taken from a corpus
or evaluation document."""
from __future__ import annotations

import pytest

from loaders.extract import default_extractor
from loaders.readers import read_bytes

UNSC = "United Nations Security Council"


def doc_facts(text: str, name: str = "note.md", *types: str) -> set[tuple]:
    document = read_bytes(text.encode("utf-8"), f"docs/{name}")
    found = default_extractor().extract_document(document).relations
    return {(r.source, r.type, r.target) for r in found if not types or r.type in types}


# --- seat lines under a council named only as "the Council" --------------------------------------

BULLETIN = """# Around the Horseshoe Table

Two drafts were vetoed last month, and the Council meets again in June.

## Who sits there this year

- **Permanent:** China, France, Russia, United Kingdom, United States
- **Elected (until 2026):** Denmark, Greece, Pakistan
"""


def test_seat_lines_under_a_bare_council_beside_a_veto_are_security_council_seats():
    found = doc_facts(BULLETIN, "bulletin.md", "MEMBER_OF")
    assert {("France", "MEMBER_OF", UNSC), ("Pakistan", "MEMBER_OF", UNSC), ("Greece", "MEMBER_OF", UNSC)} <= found


def test_seat_lines_with_no_veto_in_view_name_no_council():
    text = BULLETIN.replace("Two drafts were vetoed last month, and the", "The")
    assert doc_facts(text, "bulletin.md", "MEMBER_OF") == set()


def test_a_named_other_council_beside_a_veto_is_not_the_security_council():
    text = BULLETIN.replace("the Council meets", "the European Council meets")
    assert not any(target == UNSC for _, _, target in doc_facts(text, "bulletin.md", "MEMBER_OF"))


def test_candidates_for_seats_under_a_bare_council_are_not_members():
    text = BULLETIN.replace("- **Elected (until 2026):** Denmark, Greece, Pakistan", "Denmark and Greece hope to be elected next year.")
    assert ("Greece", "MEMBER_OF", UNSC) not in doc_facts(text, "bulletin.md", "MEMBER_OF")
