"""The scale benchmark harness (benchmarks/corpus.py, benchmarks/suite.py) at a tiny size,
so that it cannot rot between runs. Nothing here is timed."""
import json
import random
import re

from benchmarks.corpus import Renamer, write_corpus
from benchmarks.suite import main
from graph.gazetteer import load_gazetteer


def test_the_corpus_is_the_same_for_a_seed_and_different_for_another(tmp_path):
    first, again, other = (write_corpus(tmp_path / name, 0.02, seed) for name, seed in (("a", 1), ("b", 1), ("c", 2)))
    assert first == again and first.documents > 1 and first.bytes >= 20_000

    def files(name):
        return {path.relative_to(tmp_path / name): path.read_bytes() for path in (tmp_path / name).rglob("*.txt")}

    assert files("a") == files("b") != files("c")
    assert first.bytes == sum(len(data) for data in files("a").values())


def test_a_state_is_renamed_the_same_way_by_name_and_by_capital():
    gazetteer = load_gazetteer()
    text = "Russia sold the Su-35 to China. Moscow said the Su-35 arrived; the China-Pakistan Economic Corridor grew."
    renamed = Renamer().rename(text, random.Random(3))
    seller, buyer, capital = re.match(r"(.+) sold the .+ to (.+)\. (.+) said", renamed).groups()
    assert gazetteer.resolve(seller).label == gazetteer.resolve(buyer).label == "State"
    assert gazetteer.resolve(capital) == gazetteer.resolve(seller) != gazetteer.resolve(buyer)
    assert "Su-35" not in renamed and "China-Pakistan Economic Corridor" in renamed


def test_the_suite_measures_every_step_at_a_tiny_size(tmp_path, capsys):
    results = main(["--sizes", "0.02", "--graphs", "300", "--jobs", "1", "--samples", "3",
                    "--steps", "extract,ingest,reingest,html,csv,queries",
                    "--workdir", str(tmp_path / "work"), "--json", str(tmp_path / "results.json")])
    size = results["sizes"][0]
    assert size["ingest"]["1"]["documents_added"] == size["documents"] == size["reingest"]["documents_unchanged"]
    assert size["reingest"]["documents_added"] == 0 and size["store"]["relations"] > 0
    assert size["extract"]["relations"] > 0 and size["ingest"]["1"]["peak_mb"] > 0
    assert size["html"]["file_mb"] > 0 and size["csv"]["files_mb"] > 0
    graph = results["graphs"][0]
    assert graph["embedded"]["neighbourhood"]["samples"] == graph["embedded"]["trace"]["samples"] == 3
    neighbourhood = graph["embedded"]["neighbourhood"]
    assert neighbourhood["p50"] <= neighbourhood["p90"] <= neighbourhood["p99"]
    assert set(neighbourhood["hubs"]) == {"State 0", "Exercise 0", "WeaponSystem 0"}
    assert all(hub["entities_reached"] > 0 for hub in neighbourhood["hubs"].values())
    assert json.loads((tmp_path / "results.json").read_text()) == json.loads(json.dumps(results))
    table = capsys.readouterr().out
    assert "| ingest --jobs 1, MB/s |" in table and "| embedded: trace p50, ms |" in table
    assert "| embedded: 2-hop neighbourhood of hub State 0, ms (CPU ms) |" in table
