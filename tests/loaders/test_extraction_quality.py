"""Extraction quality against the hand-annotated gold relations, with a floor on micro F1.

The scores are printed (visible with ``pytest -s`` or in the report's captured output)
and attached to the test report as properties (``--junitxml``). The held-out set
seeds/eval/test is never scored here.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from graph.cli import cli
from loaders.evaluation import evaluate

SEEDS = Path(__file__).resolve().parents[2] / "seeds"

# Raised as extraction improves; a few points below the current scores (corpus 0.899,
# dev 0.930, dev2 0.868, dev3 0.856, dev4 0.864, dev5 0.886, dev6 0.886, dev7 0.966, dev8 0.776,
# dev9 0.946, dev10 0.803, dev11 0.872, dev12 0.877, dev13 0.941, dev14 0.856, dev15 0.950, dev16 0.923, dev17 0.830, dev18 0.956, dev19 0.841, dev20 0.902, dev21 0.870, dev22 0.833, dev23 0.878, dev24 0.905, dev25 0.90, dev26 0.879, dev27 0.933, dev28 0.968, dev29 0.971, dev30 0.926, dev31 0.826, dev32 0.842, dev33 0.893, dev34 0.908, dev35 0.955, dev36 0.887, dev37 0.849, dev38 0.934, dev39 0.95, dev40 0.848, dev41 0.911, dev42 0.874, dev43 0.947, dev44 0.894, dev45 0.924, dev46 0.903, dev47 0.874, dev48 0.846, dev49 0.93, dev50 0.926, dev51 0.941, dev52 0.93, dev53 1.000, dev54 0.846, dev55 0.952, dev56 0.767, dev57 0.884, dev58 0.928, dev59 0.88, dev60 0.955, dev61 0.912, dev62 0.862, dev63 0.573, dev64 0.723, dev65 0.772, dev66 0.828, dev67 0.833, dev68 0.662, dev69 0.736, dev70 0.822, dev71 0.857, dev72 0.721, dev73 0.801, dev74 0.809, dev75 0.817, dev76 0.815, dev77 0.842, dev78 0.852, dev79 0.877, dev80 0.773) so that a real regression fails and noise does not., dev82 0.649) so that a real regression fails and noise does not., dev81 0.759) so that a real regression fails and noise does not.
FLOORS = {"corpus": 0.87, "dev": 0.90, "dev2": 0.84, "dev3": 0.83, "dev4": 0.84, "dev5": 0.86, "dev6": 0.86, "dev7": 0.93, "dev8": 0.75, "dev9": 0.92, "dev10": 0.77, "dev11": 0.84, "dev12": 0.83, "dev13": 0.90, "dev14": 0.82, "dev15": 0.91, "dev16": 0.89, "dev17": 0.79, "dev18": 0.90, "dev19": 0.80, "dev20": 0.87, "dev21": 0.84, "dev22": 0.80, "dev23": 0.84, "dev24": 0.86, "dev25": 0.86, "dev26": 0.84, "dev27": 0.90, "dev28": 0.93, "dev29": 0.93, "dev30": 0.89, "dev31": 0.78, "dev32": 0.78, "dev33": 0.86, "dev34": 0.86, "dev35": 0.92, "dev36": 0.84, "dev37": 0.81, "dev38": 0.90, "dev39": 0.92, "dev40": 0.82, "dev41": 0.88, "dev42": 0.84, "dev43": 0.91, "dev44": 0.86, "dev45": 0.88, "dev46": 0.87, "dev47": 0.84, "dev48": 0.81, "dev49": 0.89, "dev50": 0.89, "dev51": 0.89, "dev52": 0.89, "dev53": 0.95, "dev54": 0.80, "dev55": 0.92, "dev56": 0.73, "dev57": 0.83, "dev58": 0.90, "dev59": 0.84, "dev60": 0.91, "dev61": 0.87, "dev62": 0.83, "dev63": 0.52, "dev64": 0.67, "dev65": 0.72, "dev66": 0.77, "dev67": 0.76, "dev68": 0.61, "dev69": 0.68, "dev70": 0.77, "dev71": 0.80, "dev72": 0.67, "dev73": 0.75, "dev74": 0.75, "dev75": 0.76, "dev76": 0.76, "dev77": 0.79, "dev78": 0.80, "dev79": 0.82, "dev80": 0.72, "dev81": 0.70, "dev82": 0.59}
SETS = {
    "corpus": (SEEDS / "corpus", SEEDS / "gold" / "corpus.jsonl"),
    "dev": (SEEDS / "eval" / "dev", SEEDS / "eval" / "dev" / "gold.jsonl"),
    "dev2": (SEEDS / "eval" / "dev2", SEEDS / "eval" / "dev2" / "gold.jsonl"),
    "dev3": (SEEDS / "eval" / "dev3", SEEDS / "eval" / "dev3" / "gold.jsonl"),
    "dev4": (SEEDS / "eval" / "dev4", SEEDS / "eval" / "dev4" / "gold.jsonl"),
    "dev5": (SEEDS / "eval" / "dev5", SEEDS / "eval" / "dev5" / "gold.jsonl"),
    "dev6": (SEEDS / "eval" / "dev6", SEEDS / "eval" / "dev6" / "gold.jsonl"),
    "dev7": (SEEDS / "eval" / "dev7", SEEDS / "eval" / "dev7" / "gold.jsonl"),
    "dev8": (SEEDS / "eval" / "dev8", SEEDS / "eval" / "dev8" / "gold.jsonl"),
    "dev9": (SEEDS / "eval" / "dev9", SEEDS / "eval" / "dev9" / "gold.jsonl"),
    "dev10": (SEEDS / "eval" / "dev10", SEEDS / "eval" / "dev10" / "gold.jsonl"),
    "dev11": (SEEDS / "eval" / "dev11", SEEDS / "eval" / "dev11" / "gold.jsonl"),
    "dev12": (SEEDS / "eval" / "dev12", SEEDS / "eval" / "dev12" / "gold.jsonl"),
    "dev13": (SEEDS / "eval" / "dev13", SEEDS / "eval" / "dev13" / "gold.jsonl"),
    "dev14": (SEEDS / "eval" / "dev14", SEEDS / "eval" / "dev14" / "gold.jsonl"),
    "dev15": (SEEDS / "eval" / "dev15", SEEDS / "eval" / "dev15" / "gold.jsonl"),
    "dev16": (SEEDS / "eval" / "dev16", SEEDS / "eval" / "dev16" / "gold.jsonl"),
    "dev17": (SEEDS / "eval" / "dev17", SEEDS / "eval" / "dev17" / "gold.jsonl"),
    "dev18": (SEEDS / "eval" / "dev18", SEEDS / "eval" / "dev18" / "gold.jsonl"),
    "dev19": (SEEDS / "eval" / "dev19", SEEDS / "eval" / "dev19" / "gold.jsonl"),
    "dev20": (SEEDS / "eval" / "dev20", SEEDS / "eval" / "dev20" / "gold.jsonl"),
    "dev21": (SEEDS / "eval" / "dev21", SEEDS / "eval" / "dev21" / "gold.jsonl"),
    "dev22": (SEEDS / "eval" / "dev22", SEEDS / "eval" / "dev22" / "gold.jsonl"),
    "dev23": (SEEDS / "eval" / "dev23", SEEDS / "eval" / "dev23" / "gold.jsonl"),
    "dev24": (SEEDS / "eval" / "dev24", SEEDS / "eval" / "dev24" / "gold.jsonl"),
    "dev25": (SEEDS / "eval" / "dev25", SEEDS / "eval" / "dev25" / "gold.jsonl"),
    "dev26": (SEEDS / "eval" / "dev26", SEEDS / "eval" / "dev26" / "gold.jsonl"),
    "dev27": (SEEDS / "eval" / "dev27", SEEDS / "eval" / "dev27" / "gold.jsonl"),
    "dev28": (SEEDS / "eval" / "dev28", SEEDS / "eval" / "dev28" / "gold.jsonl"),
    "dev29": (SEEDS / "eval" / "dev29", SEEDS / "eval" / "dev29" / "gold.jsonl"),
    "dev30": (SEEDS / "eval" / "dev30", SEEDS / "eval" / "dev30" / "gold.jsonl"),
    "dev31": (SEEDS / "eval" / "dev31", SEEDS / "eval" / "dev31" / "gold.jsonl"),
    "dev32": (SEEDS / "eval" / "dev32", SEEDS / "eval" / "dev32" / "gold.jsonl"),
    "dev33": (SEEDS / "eval" / "dev33", SEEDS / "eval" / "dev33" / "gold.jsonl"),
    "dev34": (SEEDS / "eval" / "dev34", SEEDS / "eval" / "dev34" / "gold.jsonl"),
    "dev35": (SEEDS / "eval" / "dev35", SEEDS / "eval" / "dev35" / "gold.jsonl"),
    "dev36": (SEEDS / "eval" / "dev36", SEEDS / "eval" / "dev36" / "gold.jsonl"),
    "dev37": (SEEDS / "eval" / "dev37", SEEDS / "eval" / "dev37" / "gold.jsonl"),
    "dev38": (SEEDS / "eval" / "dev38", SEEDS / "eval" / "dev38" / "gold.jsonl"),
    "dev39": (SEEDS / "eval" / "dev39", SEEDS / "eval" / "dev39" / "gold.jsonl"),
    "dev40": (SEEDS / "eval" / "dev40", SEEDS / "eval" / "dev40" / "gold.jsonl"),
    "dev41": (SEEDS / "eval" / "dev41", SEEDS / "eval" / "dev41" / "gold.jsonl"),
    "dev42": (SEEDS / "eval" / "dev42", SEEDS / "eval" / "dev42" / "gold.jsonl"),
    "dev43": (SEEDS / "eval" / "dev43", SEEDS / "eval" / "dev43" / "gold.jsonl"),
    "dev44": (SEEDS / "eval" / "dev44", SEEDS / "eval" / "dev44" / "gold.jsonl"),
    "dev45": (SEEDS / "eval" / "dev45", SEEDS / "eval" / "dev45" / "gold.jsonl"),
    "dev46": (SEEDS / "eval" / "dev46", SEEDS / "eval" / "dev46" / "gold.jsonl"),
    "dev47": (SEEDS / "eval" / "dev47", SEEDS / "eval" / "dev47" / "gold.jsonl"),
    "dev48": (SEEDS / "eval" / "dev48", SEEDS / "eval" / "dev48" / "gold.jsonl"),
    "dev49": (SEEDS / "eval" / "dev49", SEEDS / "eval" / "dev49" / "gold.jsonl"),
    "dev50": (SEEDS / "eval" / "dev50", SEEDS / "eval" / "dev50" / "gold.jsonl"),
    "dev51": (SEEDS / "eval" / "dev51", SEEDS / "eval" / "dev51" / "gold.jsonl"),
    "dev52": (SEEDS / "eval" / "dev52", SEEDS / "eval" / "dev52" / "gold.jsonl"),
    "dev53": (SEEDS / "eval" / "dev53", SEEDS / "eval" / "dev53" / "gold.jsonl"),
    "dev54": (SEEDS / "eval" / "dev54", SEEDS / "eval" / "dev54" / "gold.jsonl"),
    "dev55": (SEEDS / "eval" / "dev55", SEEDS / "eval" / "dev55" / "gold.jsonl"),
    "dev56": (SEEDS / "eval" / "dev56", SEEDS / "eval" / "dev56" / "gold.jsonl"),
    "dev57": (SEEDS / "eval" / "dev57", SEEDS / "eval" / "dev57" / "gold.jsonl"),
    "dev58": (SEEDS / "eval" / "dev58", SEEDS / "eval" / "dev58" / "gold.jsonl"),
    "dev59": (SEEDS / "eval" / "dev59", SEEDS / "eval" / "dev59" / "gold.jsonl"),
    "dev60": (SEEDS / "eval" / "dev60", SEEDS / "eval" / "dev60" / "gold.jsonl"),
    "dev61": (SEEDS / "eval" / "dev61", SEEDS / "eval" / "dev61" / "gold.jsonl"),
    "dev62": (SEEDS / "eval" / "dev62", SEEDS / "eval" / "dev62" / "gold.jsonl"),
    "dev63": (SEEDS / "eval" / "dev63", SEEDS / "eval" / "dev63" / "gold.jsonl"),
    "dev64": (SEEDS / "eval" / "dev64", SEEDS / "eval" / "dev64" / "gold.jsonl"),
    "dev65": (SEEDS / "eval" / "dev65", SEEDS / "eval" / "dev65" / "gold.jsonl"),
    "dev66": (SEEDS / "eval" / "dev66", SEEDS / "eval" / "dev66" / "gold.jsonl"),
    "dev67": (SEEDS / "eval" / "dev67", SEEDS / "eval" / "dev67" / "gold.jsonl"),
    "dev68": (SEEDS / "eval" / "dev68", SEEDS / "eval" / "dev68" / "gold.jsonl"),
    "dev69": (SEEDS / "eval" / "dev69", SEEDS / "eval" / "dev69" / "gold.jsonl"),
    "dev70": (SEEDS / "eval" / "dev70", SEEDS / "eval" / "dev70" / "gold.jsonl"),
    "dev71": (SEEDS / "eval" / "dev71", SEEDS / "eval" / "dev71" / "gold.jsonl"),
    "dev72": (SEEDS / "eval" / "dev72", SEEDS / "eval" / "dev72" / "gold.jsonl"),
    "dev73": (SEEDS / "eval" / "dev73", SEEDS / "eval" / "dev73" / "gold.jsonl"),
    "dev74": (SEEDS / "eval" / "dev74", SEEDS / "eval" / "dev74" / "gold.jsonl"),
    "dev75": (SEEDS / "eval" / "dev75", SEEDS / "eval" / "dev75" / "gold.jsonl"),
    "dev76": (SEEDS / "eval" / "dev76", SEEDS / "eval" / "dev76" / "gold.jsonl"),
    "dev77": (SEEDS / "eval" / "dev77", SEEDS / "eval" / "dev77" / "gold.jsonl"),
    "dev78": (SEEDS / "eval" / "dev78", SEEDS / "eval" / "dev78" / "gold.jsonl"),
    "dev79": (SEEDS / "eval" / "dev79", SEEDS / "eval" / "dev79" / "gold.jsonl"),
    "dev80": (SEEDS / "eval" / "dev80", SEEDS / "eval" / "dev80" / "gold.jsonl"),
    "dev82": (SEEDS / "eval" / "dev82", SEEDS / "eval" / "dev82" / "gold.jsonl"),
    "dev81": (SEEDS / "eval" / "dev81", SEEDS / "eval" / "dev81" / "gold.jsonl"),
}


@pytest.mark.parametrize("name", sorted(SETS))
def test_micro_f1_stays_above_its_floor(name, record_property):
    folder, gold = SETS[name]
    if not gold.is_file():
        pytest.skip(f"{folder.relative_to(SEEDS.parent)} is not in this checkout")
    scores = evaluate(folder, gold)
    print(f"\nextraction quality on {name} ({folder.relative_to(SEEDS.parent)}):")
    for line in scores.table():
        print(line)
    for rel_type, tally in sorted(scores.by_type.items()):
        record_property(f"{name}.{rel_type}", f"P={tally.precision:.3f} R={tally.recall:.3f} F1={tally.f1:.3f}")
    total = scores.totals()
    record_property(f"{name}.micro", f"P={total.precision:.3f} R={total.recall:.3f} F1={total.f1:.3f}")
    assert total.true_positives + total.false_negatives > 0, f"{gold} holds no gold relations"
    assert not scores.failed, f"documents not extracted: {scores.failed}"
    assert total.f1 >= FLOORS[name] - 1e-9, f"micro F1 {total.f1:.3f} on {name} fell below {FLOORS[name]}"


def test_gold_files_name_only_documents_that_exist():
    for folder, gold in SETS.values():
        if not gold.is_file():
            continue
        documents = {line.split('"document": "', 1)[1].split('"', 1)[0] for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()}
        missing = sorted(d for d in documents if not (folder / d).is_file())
        assert not missing, f"{gold} names documents not in {folder}: {missing}"


def test_a_sets_readme_is_not_scored_as_a_document(tmp_path):
    (tmp_path / "note.txt").write_text("Russia sold the S-400 to China in 2018.", encoding="utf-8")
    (tmp_path / "README.md").write_text("This set's README: India bought the Su-30MKI from Russia.", encoding="utf-8")
    (tmp_path / "gold.jsonl").write_text(
        '{"document": "note.txt", "source": "Russia", "type": "SOLD", "target": "S-400"}\n'
        '{"document": "note.txt", "source": "China", "type": "ACQUIRED", "target": "S-400"}\n',
        encoding="utf-8",
    )
    total = evaluate(tmp_path).totals()
    assert (total.true_positives, total.false_positives, total.false_negatives) == (2, 0, 0)


def test_a_document_that_cannot_be_read_is_named_not_hidden_in_the_score(tmp_path):
    (tmp_path / "note.txt").write_text("Russia sold the S-400 to China in 2018.", encoding="utf-8")
    (tmp_path / "scan.pdf").write_bytes(b"%PDF-1.4 this is not a PDF body")
    (tmp_path / "gold.jsonl").write_text(
        '{"document": "note.txt", "source": "Russia", "type": "SOLD", "target": "S-400"}\n'
        '{"document": "scan.pdf", "source": "India", "type": "ACQUIRED", "target": "S-400"}\n',
        encoding="utf-8",
    )
    scores = evaluate(tmp_path)
    assert [Path(path).name for path, _ in scores.failed] == ["scan.pdf"]
    assert scores.totals().false_negatives == 1

    result = CliRunner().invoke(cli, ["evaluate", str(tmp_path)])
    assert result.exit_code == 1
    assert "scan.pdf" in result.stderr and "count as missed" in result.stderr
    assert "ALL (micro)" in result.stdout
