"""Recall per shape of a generated shape battery, and the family relations its items give
beyond what they expect (on a control, everything it gives is false).

    python -m benchmarks.shape_recall transfer     # tests/loaders/transfer_shapes.py
    python -m benchmarks.shape_recall field        # tests/loaders/field_shapes.py
    python -m benchmarks.shape_recall transfer_s17 # tests/loaders/transfer_shapes_s17.py
    python -m benchmarks.shape_recall discovery    # tests/loaders/discovery_shapes_s17.py
    python -m benchmarks.shape_recall membership   # tests/loaders/membership_shapes_s17.py
    python -m benchmarks.shape_recall field_s17    # tests/loaders/field_shapes_s17.py
    python -m benchmarks.shape_recall vote         # tests/loaders/vote_shapes_s17.py
    python -m benchmarks.shape_recall transfer_para  # tests/loaders/transfer_paragraphs_s18.py
    python -m benchmarks.shape_recall field_para   # tests/loaders/field_paragraphs_s18.py
    python -m benchmarks.shape_recall modality_para # tests/loaders/modality_paragraphs_s18.py (its own report:
                                                    # leaks per 1,000 framed items, control recall)
    python -m benchmarks.shape_recall vote_para    # tests/loaders/vote_paragraphs_s18.py
    python -m benchmarks.shape_recall member_para  # tests/loaders/membership_paragraphs_s18.py
    python -m benchmarks.shape_recall operate_partner  # tests/loaders/operate_partner_s18.py
    python -m benchmarks.shape_recall member_docs  # tests/loaders/membership_documents_s19.py (its own report: per layout,
                                                   # over whole membership notes)
    python -m benchmarks.shape_recall parentheticals   # tests/loaders/parentheticals_s18.py (its own report: per shape
                                                       # and per clause, the bare clauses too)
    python -m benchmarks.shape_recall compose_field    # tests/loaders/compose_field_s19.py (its own report: per
                                                       # transformation and per combination size)
    python -m benchmarks.shape_recall entities     # tests/loaders/entities_s19.py (its own report: recall per
                                                   # shape, false relations ending at a control's words)
    python -m benchmarks.shape_recall compose_equip    # tests/loaders/compose_equipment_s19.py (its own report: per
                                                       # transformation, per combination size, the worst pairs)
    python -m benchmarks.shape_recall compose_diplo    # tests/loaders/compose_diplomacy_s19.py (its own report: per
                                                       # type, transformation and combination size, controls apart)
    python -m benchmarks.shape_recall lexicon      # tests/loaders/lexicon_s19.py (its own report: per type and kind,
                                                   # then every word below full recall or with false relations)
    python -m benchmarks.shape_recall speculation      # tests/loaders/speculation_s19.py (its own report: leaks per
                                                       # 1,000 framed units and control recall, by frame family)
"""
from __future__ import annotations

import argparse
import importlib
from collections import Counter


def report(battery, family_relations) -> None:
    found, wanted, false = Counter(), Counter(), Counter()
    for item in battery():
        got = family_relations(item.text, item.path) if hasattr(item, "path") else family_relations(item.text)
        wanted[item.shape] += len(item.expected) or 1
        found[item.shape] += len(got & item.expected)
        false[item.shape] += len(got - item.expected - getattr(item, "allowed", frozenset()))
    for shape in sorted(wanted):
        print(f"{shape:<14} recall {found[shape] / wanted[shape]:.2f}  false {false[shape]}")


BATTERIES = {"transfer": "transfer_shapes", "field": "field_shapes", "transfer_s17": "transfer_shapes_s17",
             "discovery": "discovery_shapes_s17",
             "membership": "membership_shapes_s17", "field_s17": "field_shapes_s17",
             "vote": "vote_shapes_s17", "transfer_para": "transfer_paragraphs_s18",
             "field_para": "field_paragraphs_s18", "modality_para": "modality_paragraphs_s18",
             "vote_para": "vote_paragraphs_s18", "member_para": "membership_paragraphs_s18",
             "operate_partner": "operate_partner_s18",
             "parentheticals": "parentheticals_s18", "compose_field": "compose_field_s19",
             "entities": "entities_s19",
             "compose_equip": "compose_equipment_s19",
             "member_docs": "membership_documents_s19",
             "compose_diplo": "compose_diplomacy_s19",
             "lexicon": "lexicon_s19",
             "speculation": "speculation_s19"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("battery", choices=sorted(BATTERIES))
    module = importlib.import_module(f"tests.loaders.{BATTERIES[parser.parse_args().battery]}")
    getattr(module, "report", report)(module.battery, module.family_relations)


if __name__ == "__main__":
    main()
