"""`tiegraph ingest --jobs N` extracts in worker processes and must load the same graph."""
from pathlib import Path

from click.testing import CliRunner

from graph.cli import cli

CORPUS = Path(__file__).resolve().parents[1] / "seeds" / "corpus"


def _ingest(tmp_path: Path, name: str, *extra: str) -> str:
    store = str(tmp_path / f"{name}.lbug")
    result = CliRunner().invoke(cli, ["--store", store, "ingest", *extra, str(CORPUS)])
    assert result.exit_code == 0, result.output
    stats = CliRunner().invoke(cli, ["--store", store, "stats", "--format", "csv"])
    assert stats.exit_code == 0, stats.output
    return stats.output


def test_parallel_ingest_loads_the_same_graph(tmp_path):
    serial = _ingest(tmp_path, "serial")
    parallel = _ingest(tmp_path, "parallel", "--jobs", "2")
    assert parallel == serial
    assert "SOLD" in serial


def test_parallel_ingest_reports_a_bad_file_and_loads_the_rest(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "good.txt").write_text("Russia sold the S-400 to China in 2018.", encoding="utf-8")
    (folder / "bad.txt").write_bytes(b"\x00\x01\x02binary")
    result = CliRunner().invoke(cli, ["--store", str(tmp_path / "g.lbug"), "ingest", "--jobs", "2", str(folder)])
    assert result.exit_code == 1
    assert "bad.txt" in result.output and "Traceback" not in result.output
    assert "1 documents added" in result.output
