"""A sub-model the gazetteer does not list is named as the system it belongs to: the
letters or pair after a designation's number ("F-16C/D", "MiG-29S/UB", "FA-50PL") mark a
variant of a known system, not a new one."""
from __future__ import annotations

from graph.gazetteer import load_gazetteer
from loaders.mentions import MentionFinder
from tests.loaders.sentences import facts

FINDER = MentionFinder(load_gazetteer())


def _weapons(text: str) -> list[tuple[str, bool]]:
    return [(m.name, m.discovered) for m in FINDER.find(text) if m.label == "WeaponSystem"]


def test_an_unlisted_variant_is_its_known_system():
    assert _weapons("Chile flies F-16C/D jets bought second-hand.") == [("F-16", False)]
    assert _weapons("The FA-50PL order was split in two batches.") == [("FA-50", False)]
    assert _weapons("Two MiG-29S/UB trainers were written off.") == [("MiG-29", False)]


def test_a_listed_variant_keeps_its_own_name():
    assert _weapons("The J-10CE is the export J-10C; the MiG-29K flies from carriers.") == [("J-10C", False), ("J-10C", False), ("MiG-29K", False)]


def test_a_designation_with_no_known_base_stays_discovered():
    assert _weapons("Moscow showed the Su-79 mock-up.") == [("Su-79", True)]
    assert _weapons("Chengdu unveiled the J-36A at Zhuhai.") == [("J-36A", True)]


def test_relations_name_the_known_system():
    text = "Bulgaria bought eight F-16C/D fighters from the United States in 2019."
    assert ("Bulgaria", "ACQUIRED", "F-16") in facts(text, "ACQUIRED")
