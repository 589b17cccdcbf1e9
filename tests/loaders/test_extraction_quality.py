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

# Raised as extraction improves; each a few points below the set's score when it was last
# raised (README.md, the quality table), so that a real regression fails and noise does not.
FLOORS = {"corpus": 0.87, "dev": 0.90, "dev2": 0.84, "dev3": 0.83, "dev4": 0.84, "dev5": 0.86, "dev6": 0.86, "dev7": 0.93, "dev8": 0.75, "dev9": 0.92, "dev10": 0.77, "dev11": 0.84, "dev12": 0.83, "dev13": 0.90, "dev14": 0.82, "dev15": 0.91, "dev16": 0.89, "dev17": 0.79, "dev18": 0.90, "dev19": 0.80, "dev20": 0.87, "dev21": 0.84, "dev22": 0.80, "dev23": 0.84, "dev24": 0.86, "dev25": 0.86, "dev26": 0.84, "dev27": 0.90, "dev28": 0.93, "dev29": 0.93, "dev30": 0.89, "dev31": 0.78, "dev32": 0.78, "dev33": 0.86, "dev34": 0.86, "dev35": 0.92, "dev36": 0.84, "dev37": 0.81, "dev38": 0.90, "dev39": 0.92, "dev40": 0.82, "dev41": 0.88, "dev42": 0.84, "dev43": 0.91, "dev44": 0.86, "dev45": 0.88, "dev46": 0.87, "dev47": 0.84, "dev48": 0.81, "dev49": 0.89, "dev50": 0.89, "dev51": 0.89, "dev52": 0.89, "dev53": 0.95, "dev54": 0.80, "dev55": 0.92, "dev56": 0.73, "dev57": 0.83, "dev58": 0.90, "dev59": 0.84, "dev60": 0.91, "dev61": 0.87, "dev62": 0.83, "dev63": 0.52, "dev64": 0.67, "dev65": 0.72, "dev66": 0.77, "dev67": 0.76, "dev68": 0.61, "dev69": 0.68, "dev70": 0.77, "dev71": 0.80, "dev72": 0.67, "dev73": 0.75, "dev74": 0.75, "dev75": 0.76, "dev76": 0.76, "dev77": 0.79, "dev78": 0.80, "dev79": 0.82, "dev80": 0.76, "dev81": 0.70, "dev82": 0.69, "dev83": 0.79, "dev84": 0.76, "dev85": 0.80, "dev86": 0.82, "dev87": 0.71, "dev88": 0.78}

# The sample corpus and every development set; the held-out test folders are never scored here.
SETS = {"corpus": (SEEDS / "corpus", SEEDS / "gold" / "corpus.jsonl")} | {
    folder.name: (folder, folder / "gold.jsonl")
    for folder in sorted((SEEDS / "eval").glob("dev*")) if folder.is_dir()
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


def test_every_set_has_a_floor():
    assert sorted(set(SETS) - set(FLOORS)) == []


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
