"""Small text helpers shared by the generated batteries."""
from __future__ import annotations


def spoken_list(surfaces: list[str]) -> str:
    """Names as a writer lists them: 'A', 'A and B', 'A, B and C'."""
    return surfaces[0] if len(surfaces) == 1 else ", ".join(surfaces[:-1]) + " and " + surfaces[-1]


def capitalised(text: str) -> str:
    """The text with its first letter raised, as at the start of a sentence."""
    return text[:1].upper() + text[1:]
