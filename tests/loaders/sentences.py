"""What extraction finds in a few sentences, in the shape the rule tests compare."""
from __future__ import annotations

from loaders.extract import extract_text


def facts(text: str, *types: str) -> set[tuple]:
    """(source, type, target) of the relations found in ``text``, of ``types`` if given."""
    found = extract_text(text).relations
    return {(r.source, r.type, r.target) for r in found if not types or r.type in types}
