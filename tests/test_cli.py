"""The ``tiegraph`` command line, command by command, against a throwaway embedded store."""
from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import click
import networkx as nx
import pytest
from click.testing import CliRunner

from graph.cli import cli
from graph.library import load_library

SALE = "Russia sold the S-400 to China in 2018."
PURCHASE = "India bought the Su-30MKI from Russia in 2000."
DELIVERY = "Beijing took delivery of the S-400 from Moscow in 2019."


def run(*args: str, store: Path | None = None, env: dict | None = None):
    """Invoke the CLI in-process; ``store`` is passed as ``--store``."""
    prefix = ["--store", str(store)] if store else []
    return CliRunner().invoke(cli, prefix + [str(a) for a in args], env=env, catch_exceptions=False)


def lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.strip()]


def assert_one_line_error(result, *words: str) -> None:
    """Exit status 1, a single line on stderr naming ``words``, no traceback anywhere."""
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    error = lines(result.stderr)
    assert len(error) == 1, result.stderr
    for word in words:
        assert word in error[0]


@pytest.fixture
def documents(tmp_path) -> Path:
    folder = tmp_path / "docs"
    (folder / "nested").mkdir(parents=True)
    (folder / "wire.txt").write_text(SALE + "\n", encoding="utf-8")
    (folder / "nested" / "notes.md").write_text(f"# Buyers\n\n{PURCHASE}\n", encoding="utf-8")
    (folder / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0 not a document")  # not a format tiegraph reads: ignored
    return folder


@pytest.fixture
def store(tmp_path, documents) -> Path:
    """A store holding ``documents``."""
    path = tmp_path / "graph.lbug"
    result = run("ingest", documents, store=path)
    assert result.exit_code == 0, result.output
    return path


def query_rows(store: Path, cypher: str, *params: str) -> list[dict]:
    result = run("query", cypher, "--format", "json", *[arg for p in params for arg in ("-p", p)], store=store)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


# --- extract -------------------------------------------------------------------------------

def test_extract_jsonl_prints_entities_and_relations_in_the_brief_format(tmp_path):
    document = tmp_path / "fresh-report.txt"
    document.write_text(f"Arms sales\n\n{SALE} Moscow later confirmed the deal.\n", encoding="utf-8")
    result = run("extract", "--format", "jsonl", document)
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in lines(result.stdout)]
    entities = {r["name"]: r for r in records if r["record"] == "entity"}
    relations = [r for r in records if r["record"] == "relation"]
    assert {r["record"] for r in records} == {"entity", "relation"}
    kinds = [r["record"] for r in records]
    assert kinds.index("relation") > len(kinds) - 1 - kinds[::-1].index("entity")  # entities first

    russia = entities["Russia"]
    assert {"record", "name", "label", "id", "mentions"} <= set(russia)
    assert russia["label"] == "State" and russia["id"] == "State:Russia"
    assert russia["mentions"] == 2  # "Russia" and "Moscow"
    assert entities["S-400"]["label"] == "WeaponSystem"

    sold = next(r for r in relations if r["type"] == "SOLD")
    assert {"record", "source", "source_label", "type", "target", "target_label", "properties", "evidence"} <= set(sold)
    assert (sold["source"], sold["source_label"], sold["target"], sold["target_label"]) == ("Russia", "State", "S-400", "WeaponSystem")
    assert sold["properties"]["to"] == "China" and sold["properties"]["year"] == 2018
    [evidence] = sold["evidence"]
    assert {"document", "sentence", "start", "end"} <= set(evidence)
    assert evidence["document"] == str(document)
    assert evidence["sentence"] == SALE
    text = document.read_text(encoding="utf-8")
    assert text[evidence["start"]:evidence["end"]] == SALE
    acquired = next(r for r in relations if r["type"] == "ACQUIRED")
    assert (acquired["source"], acquired["properties"]["from"]) == ("China", "Russia")


def test_extract_does_not_touch_a_store(tmp_path, documents):
    store = tmp_path / "untouched.lbug"
    result = run("extract", documents / "wire.txt", store=store)
    assert result.exit_code == 0
    assert not store.exists()


def test_extract_table_lists_relations_with_evidence(documents):
    result = run("extract", "--format", "table", documents / "wire.txt")
    assert result.exit_code == 0, result.output
    output = lines(result.stdout)
    assert output[0].startswith("#") and "wire.txt" in output[0] and "2 relations" in output[0]
    assert output[1].split() == ["source", "type", "target", "properties", "evidence"]
    sold = next(line for line in output if " SOLD " in line)
    assert sold.split()[:3] == ["Russia", "SOLD", "S-400"]
    assert "to=China" in sold and SALE[:40] in sold


def test_extract_of_a_missing_file_fails_naming_it(tmp_path, documents):
    result = run("extract", documents / "wire.txt", tmp_path / "absent.txt")
    assert_one_line_error(result, "absent.txt")
    assert "S-400" in result.stdout  # the readable file was still extracted


def console(*args, cwd: Path) -> subprocess.CompletedProcess:
    """Run tiegraph as its own process, as a user would (logging and stderr are not pytest's)."""
    env = {name: value for name, value in os.environ.items() if not name.startswith("TIEGRAPH_")}
    env["PYTHONPATH"] = str(Path(__file__).resolve().parents[1])
    return subprocess.run([sys.executable, "-m", "graph.cli", *map(str, args)], check=False, cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=120)


def test_output_cut_short_by_its_reader_ends_quietly(tmp_path):
    """`tiegraph query ... | head -2`: the reader closing the pipe is no error to report."""
    (tmp_path / "wire.txt").write_text("Russia sold the S-400 to China in 2018.", encoding="utf-8")
    assert console("--store", tmp_path / "graph.lbug", "ingest", tmp_path / "wire.txt", cwd=tmp_path).returncode == 0
    env = {name: value for name, value in os.environ.items() if not name.startswith("TIEGRAPH_")}
    env["PYTHONPATH"] = str(Path(__file__).resolve().parents[1])
    command = [sys.executable, "-m", "graph.cli", "--store", str(tmp_path / "graph.lbug"), "query",
               "UNWIND range(1, 200000) AS n RETURN n", "--limit", "0"]
    process = subprocess.Popen(command, cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdout.readline().strip() == b"n"
    process.stdout.close()
    stderr = process.stderr.read().decode()
    process.wait(timeout=120)
    assert "Broken pipe" not in stderr and "Traceback" not in stderr, stderr


def test_console_error_is_one_line_without_a_traceback(tmp_path):
    finished = console("extract", tmp_path / "absent.txt", cwd=tmp_path)
    assert finished.returncode == 1
    assert lines(finished.stderr) == [f"tiegraph: skipped {tmp_path / 'absent.txt'}: no such file"]


def test_console_corrupt_pdf_is_one_line(tmp_path):
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.4\nthis is not really a PDF")
    finished = console("extract", "broken.pdf", cwd=tmp_path)
    assert finished.returncode == 1
    assert len(lines(finished.stderr)) == 1 and "broken.pdf" in finished.stderr


# --- ingest --------------------------------------------------------------------------------

def test_ingest_a_folder_reports_what_it_added_and_skips_unchanged(tmp_path, documents):
    store = tmp_path / "graph.lbug"
    first = run("ingest", documents, store=store)
    assert first.exit_code == 0, first.output
    assert lines(first.stdout) == ["2 documents added, 0 unchanged, 0 failed; 5 entities, 4 relations and 4 evidence sentences added"]

    again = run("ingest", documents, store=store)
    assert again.exit_code == 0, again.output
    assert lines(again.stdout) == ["0 documents added, 2 unchanged, 0 failed; 0 entities, 0 relations and 0 evidence sentences added"]


def test_ingest_a_bad_file_warns_once_exits_1_and_loads_the_rest(tmp_path, documents):
    (documents / "corrupt.txt").write_bytes(b"\x00\x01\x02\x03binary")
    store = tmp_path / "graph.lbug"
    result = run("ingest", documents, store=store)
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    warnings = [line for line in lines(result.stderr) if "corrupt.txt" in line]
    assert len(warnings) == 1 and "binary" in warnings[0]
    assert lines(result.stdout) == ["2 documents added, 0 unchanged, 1 failed; 5 entities, 4 relations and 4 evidence sentences added"]
    paths = {row["d.path"] for row in query_rows(store, "MATCH (d:Document) RETURN d.path")}
    assert paths == {str(documents / "wire.txt"), str(documents / "nested" / "notes.md")}


def test_ingest_same_bytes_under_another_name_is_unchanged(tmp_path, store, documents):
    copy = tmp_path / "copy-of-wire.txt"
    copy.write_bytes((documents / "wire.txt").read_bytes())
    result = run("ingest", copy, store=store)
    assert result.exit_code == 0
    assert lines(result.stdout)[0].startswith("0 documents added, 1 unchanged")


def test_ingest_a_second_document_adds_evidence_not_a_duplicate(tmp_path, store):
    second = tmp_path / "second.txt"
    second.write_text(SALE.replace("2018", "2018, officials said") + "\n", encoding="utf-8")
    result = run("ingest", second, store=store)
    assert result.exit_code == 0, result.output
    assert "0 relations" in result.stdout and "2 evidence sentences added" in result.stdout
    rows = query_rows(store, "MATCH (:State {name: 'Russia'})-[r:SOLD]->(:WeaponSystem {name: 'S-400'}) RETURN count(r) AS n")
    assert rows == [{"n": 1}]


def test_ingest_a_register_and_globs(tmp_path):
    (tmp_path / "arms.csv").write_text("Supplier,Recipient,Designation,Order year\nRussia,Egypt,Su-35,2018\n", encoding="utf-8")
    (tmp_path / "wire.txt").write_text(SALE, encoding="utf-8")
    store = tmp_path / "graph.lbug"
    result = run("ingest", str(tmp_path / "*.csv"), store=store)
    assert result.exit_code == 0, result.output
    assert lines(result.stdout)[0].startswith("1 documents added")
    rows = query_rows(store, "MATCH (s:State)-[r:SOLD]->(w:WeaponSystem) RETURN s.name AS seller, w.name AS system, r.to AS buyer")
    assert rows == [{"seller": "Russia", "system": "Su-35", "buyer": "Egypt"}]


def test_ingest_an_unknown_explicit_file_type_fails_naming_it(tmp_path):
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(b"\xff\xd8\xff")
    result = run("ingest", photo, store=tmp_path / "graph.lbug")
    assert result.exit_code == 1
    assert [line for line in lines(result.stderr) if "photo.jpg" in line and "unsupported" in line]


def test_store_can_come_from_the_environment(tmp_path, documents):
    store = tmp_path / "from-env.lbug"
    result = run("ingest", documents / "wire.txt", env={"TIEGRAPH_STORE": str(store)})
    assert result.exit_code == 0, result.output
    assert store.exists()


# --- query ---------------------------------------------------------------------------------

SALES = "MATCH (s:State)-[r:SOLD]->(w:WeaponSystem) WHERE s.name = $seller RETURN w.name AS system, r.to AS buyer ORDER BY system"


def test_query_table(store):
    result = run("query", SALES, "-p", "seller=Russia", store=store)
    assert result.exit_code == 0, result.output
    output = lines(result.stdout)
    assert output[0].split() == ["system", "buyer"]
    assert set(output[1]) <= {"-", " "}
    assert [line.split() for line in output[2:-1]] == [["S-400", "China"], ["Su-30MKI", "India"]]
    assert output[-1] == "(2 rows)"


def test_query_json(store):
    assert query_rows(store, SALES, "seller=Russia") == [{"system": "S-400", "buyer": "China"}, {"system": "Su-30MKI", "buyer": "India"}]


def test_query_csv(store):
    result = run("query", SALES, "-p", "seller=Russia", "--format", "csv", store=store)
    assert result.exit_code == 0, result.output
    assert list(csv.reader(io.StringIO(result.stdout))) == [["system", "buyer"], ["S-400", "China"], ["Su-30MKI", "India"]]


def test_query_parameters_are_typed(store):
    rows = query_rows(store, "RETURN $year AS year, $flag AS flag, $names AS names, $name AS name",
                      "year=2018", "flag=true", 'names=["S-400", "Su-35"]', "name=S-400")
    assert rows == [{"year": 2018, "flag": True, "names": ["S-400", "Su-35"], "name": "S-400"}]


def test_query_parameter_without_a_value_is_a_usage_error(store):
    result = run("query", SALES, "-p", "seller", store=store)
    assert result.exit_code == 2
    assert "name=value" in result.stderr


def test_write_query_is_refused_without_write_and_allowed_with_it(store):
    create = "CREATE (s:State {id: 'State:Ruritania', name: 'Ruritania'}) RETURN s.name AS name"
    refused = run("query", create, store=store)
    assert_one_line_error(refused, "--write")
    assert query_rows(store, "MATCH (s:State {name: 'Ruritania'}) RETURN s.name") == []

    allowed = run("query", create, "--write", store=store)
    assert allowed.exit_code == 0, allowed.output
    assert query_rows(store, "MATCH (s:State {name: 'Ruritania'}) RETURN s.name AS name") == [{"name": "Ruritania"}]


@pytest.mark.parametrize("cypher", ["MATCH (s:State RETURN s", "MATCH (s:NoSuchLabel) RETURN s", "RETURN $missing"])
def test_bad_query_fails_in_one_line(store, cypher):
    assert_one_line_error(run("query", cypher, store=store))


def test_debug_shows_the_real_error(store):
    result = CliRunner().invoke(cli, ["--store", str(store), "--debug", "query", "MATCH (s:State RETURN s"])
    assert result.exit_code != 0
    assert result.exception is not None and not isinstance(result.exception, (SystemExit, click.ClickException))


# --- stats, show, schema -------------------------------------------------------------------

def test_stats_counts_labels_and_types(store):
    result = run("stats", "--format", "json", store=store)
    assert result.exit_code == 0, result.output
    counts = {(row["kind"], row["name"]): row["count"] for row in json.loads(result.stdout)}
    assert counts[("label", "State")] == 3
    assert counts[("label", "WeaponSystem")] == 2
    assert counts[("label", "Document")] == 2
    assert counts[("type", "SOLD")] == 2 and counts[("type", "ACQUIRED")] == 2
    assert counts[("type", "VETOED")] == 0


def test_stats_table(store):
    result = run("stats", store=store)
    assert result.exit_code == 0
    assert ["label", "State", "3"] in [line.split() for line in lines(result.stdout)]


def test_show_resolves_an_alias(store):
    result = run("show", "Moscow", store=store)
    assert result.exit_code == 0, result.output
    output = result.stdout
    assert lines(output)[0] == "Russia (State)"
    assert "Moscow" in output  # among the aliases
    assert "SOLD (2)" in output
    assert SALE in output and "wire.txt" in output


def test_show_is_case_insensitive(store):
    result = run("show", "s-400", store=store)
    assert result.exit_code == 0
    assert lines(result.stdout)[0] == "S-400 (WeaponSystem)"


def test_show_an_unknown_entity_fails(store):
    assert_one_line_error(run("show", "Atlantis", store=store), "Atlantis")


def test_schema_lists_labels_and_types():
    result = run("schema")
    assert result.exit_code == 0
    assert "WeaponSystem" in lines(result.stdout)[0]
    assert any(line.startswith("SOLD: State|Organization -> WeaponSystem") for line in lines(result.stdout))


def test_version():
    result = run("--version")
    assert result.exit_code == 0 and "0.1.0" in result.stdout


# --- export --------------------------------------------------------------------------------

def test_export_html_works_offline(tmp_path, store):
    out = tmp_path / "map.html"
    result = run("export", "html", out, "--focus", "Moscow", "--depth", "1", store=store)
    assert result.exit_code == 0, result.output
    assert lines(result.stdout)[0].startswith(f"Wrote {out}")
    page = out.read_text(encoding="utf-8")
    assert "S-400" in page
    remote = re.findall(r"<(?:script|link|img|iframe)\b[^>]*\b(?:src|href)\s*=\s*[\"']?(?:https?:)?//", page, re.IGNORECASE)
    assert remote == []
    assert not re.search(r"@import\s+(?:url\()?[\"']?(?:https?:)?//", page)


def test_export_html_unknown_focus_fails_in_one_line(tmp_path, store):
    assert_one_line_error(run("export", "html", tmp_path / "map.html", "--focus", "Atlantis", store=store), "Atlantis")


def test_export_graphml(tmp_path, store):
    out = tmp_path / "graph.graphml"
    result = run("export", "graphml", out, store=store)
    assert result.exit_code == 0, result.output
    graph = nx.read_graphml(out)
    names = {data.get("name") for _, data in graph.nodes(data=True)}
    assert {"Russia", "China", "India", "S-400", "Su-30MKI"} <= names


def test_export_gexf(tmp_path, store):
    out = tmp_path / "graph.gexf"
    result = run("export", "gexf", out, store=store)
    assert result.exit_code == 0, result.output
    graph = nx.read_gexf(out)
    assert graph.number_of_nodes() >= 5 and graph.number_of_edges() >= 4


def test_export_json(tmp_path, store):
    out = tmp_path / "graph.json"
    result = run("export", "json", out, store=store)
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text(encoding="utf-8"))
    assert "nodes" in data
    edges = data.get("links") or data.get("edges")
    assert any(edge.get("type") == "SOLD" for edge in edges)


def test_export_csv_writes_import_files_and_prints_the_command(tmp_path, store):
    out = tmp_path / "import"
    result = run("export", "csv", out, store=store)
    assert result.exit_code == 0, result.output
    assert "neo4j-admin" in result.stdout
    written = {path.name for path in out.iterdir()}
    assert "nodes_State.csv" in written and "relationships_SOLD.csv" in written
    header = (out / "nodes_State.csv").read_text(encoding="utf-8").splitlines()[0]
    assert ":ID" in header and ":LABEL" in header


# --- forget --------------------------------------------------------------------------------

def test_forget_removes_a_document_and_what_only_it_supported(tmp_path, store, documents):
    delivery = tmp_path / "delivery.txt"
    delivery.write_text(f"{DELIVERY} {SALE}\n", encoding="utf-8")
    assert run("ingest", delivery, store=store).exit_code == 0

    result = run("forget", documents / "nested" / "notes.md", store=store)
    assert result.exit_code == 0, result.output
    assert lines(result.stdout) == ["Removed 1 document, 2 relations, 2 evidence sentences and 2 entities"]
    sellers = query_rows(store, "MATCH (:State)-[r:SOLD]->(w:WeaponSystem) RETURN w.name AS system, r.to AS buyer")
    assert sellers == [{"system": "S-400", "buyer": "China"}]
    assert query_rows(store, "MATCH (s:State {name: 'India'}) RETURN s.name") == []

    shared = run("forget", documents / "wire.txt", store=store)
    assert shared.exit_code == 0
    assert query_rows(store, "MATCH (:State {name: 'Russia'})-[r:SOLD]->() RETURN r.to AS buyer") == [{"buyer": "China"}]


def test_forget_an_unknown_document_fails(store):
    assert_one_line_error(run("forget", "never-loaded.txt", store=store), "never-loaded.txt")


# --- evaluate ------------------------------------------------------------------------------

def test_evaluate_scores_an_annotated_folder(tmp_path):
    folder = tmp_path / "annotated"
    folder.mkdir()
    (folder / "wire.txt").write_text(SALE + "\n", encoding="utf-8")
    (folder / "notes.txt").write_text("Vietnam has not bought the Su-57.\n", encoding="utf-8")
    gold = [
        {"document": "wire.txt", "source": "Russia", "type": "SOLD", "target": "S-400", "properties": {"to": "China"}},
        {"document": "wire.txt", "source": "China", "type": "ACQUIRED", "target": "S-400", "properties": {"from": "Russia"}},
        {"document": "wire.txt", "source": "China", "type": "OPERATES", "target": "S-400", "properties": {}},
    ]
    (folder / "gold.jsonl").write_text("\n".join(json.dumps(g) for g in gold) + "\n", encoding="utf-8")

    result = run("evaluate", folder, "--errors")
    assert result.exit_code == 0, result.output
    rows = {line.split()[0]: line.split()[1:] for line in lines(result.stdout) if re.match(r"[A-Z_]+ ", line) and not line.startswith("ALL")}
    assert rows["SOLD"] == ["1", "1", "1.000", "1.000", "1.000"]
    assert rows["OPERATES"][:2] == ["1", "0"]
    micro = next(line for line in lines(result.stdout) if line.startswith("ALL (micro)"))
    assert micro.split()[2:] == ["3", "2", "1.000", "0.667", "0.800"]
    assert "missed (1):" in result.stdout and "wire.txt: China OPERATES S-400" in result.stdout
    assert "spurious (0):" in result.stdout


def test_evaluate_sums_several_folders_and_keeps_their_documents_apart(tmp_path):
    # The same file name in two folders is two documents: a relation found in one
    # must not count for the gold of the other.
    sale = {"document": "wire.txt", "source": "Russia", "type": "SOLD", "target": "S-400", "properties": {"to": "China"}}
    operator = {"document": "wire.txt", "source": "China", "type": "OPERATES", "target": "S-400", "properties": {}}
    for name, text, gold in (("first", SALE, [sale]), ("second", "Vietnam has not bought the Su-57.", [sale, operator])):
        folder = tmp_path / name
        folder.mkdir()
        (folder / "wire.txt").write_text(text + "\n", encoding="utf-8")
        (folder / "gold.jsonl").write_text("\n".join(json.dumps(g) for g in gold) + "\n", encoding="utf-8")

    result = run("evaluate", tmp_path / "first", tmp_path / "second", "--errors")

    assert result.exit_code == 0, result.output
    folder_rows = {line.split()[0]: line.split()[1:] for line in lines(result.stdout) if line.split()[0] in ("first", "second")}
    assert folder_rows["second"] == ["2", "0", "1.000", "0.000", "0.000"]
    rows = {line.split()[0]: line.split()[1:] for line in lines(result.stdout) if re.match(r"[A-Z_]+ ", line) and not line.startswith("ALL")}
    assert rows["SOLD"] == ["2", "1", "1.000", "0.500", "0.667"]
    assert "second/wire.txt: Russia SOLD S-400" in result.stdout
    assert "first/wire.txt: Russia SOLD S-400" not in result.stdout


def test_evaluate_counts_why_relations_were_missed_or_wrong_without_naming_them(tmp_path):
    folder = tmp_path / "annotated"
    folder.mkdir()
    (folder / "notes.txt").write_text(
        "Kazakhstan and Norway were named in the survey.\n\n"
        "Ghana was named in the survey. Mali was named in it as well.\n\n"
        "Chile was named in the survey.\n\nPeru was named in the survey.\n", encoding="utf-8")
    (folder / "wire.txt").write_text(SALE + "\n", encoding="utf-8")
    (folder / "other.txt").write_text("Turkey bought the S-400 from Russia.\n", encoding="utf-8")
    gold = [
        {"document": "notes.txt", "source": "Kazakhstan", "type": "OPPOSES", "target": "Norway"},  # one sentence
        {"document": "notes.txt", "source": "Ghana", "type": "OPPOSES", "target": "Mali"},  # one paragraph
        {"document": "notes.txt", "source": "Chile", "type": "OPPOSES", "target": "Peru"},  # paragraphs apart
        {"document": "notes.txt", "source": "Chile", "type": "MEMBER_OF", "target": "Pact of Nowhere"},  # never named
        {"document": "wire.txt", "source": "Russia", "type": "SOLD", "target": "S-400"},
        {"document": "wire.txt", "source": "China", "type": "SOLD", "target": "S-400"},  # found as ACQUIRED
    ]
    (folder / "gold.jsonl").write_text("\n".join(json.dumps(g) for g in gold) + "\n", encoding="utf-8")

    result = run("evaluate", folder, "--causes")

    assert result.exit_code == 0, result.output
    missed_at = result.stdout.index("missed: type")
    missed = {line.split()[0]: line.split()[1:] for line in lines(result.stdout[missed_at:result.stdout.index("false: type")])[1:]}
    # all, unrecognised, other type, reversed, sentence, paragraph, apart
    assert missed["OPPOSES"] == ["3", "0", "0", "0", "1", "1", "1"]
    assert missed["MEMBER_OF"] == ["1", "1", "0", "0", "0", "0", "0"]
    assert missed["SOLD"] == ["1", "0", "1", "0", "0", "0", "0"]
    false = {line.split()[0]: line.split()[1:] for line in lines(result.stdout[result.stdout.index("false: type"):])[1:]}
    # China ACQUIRED S-400: a pair the gold relates otherwise; Turkey's and Russia's deal in other.txt: no gold names them
    assert false["ACQUIRED"][:3] == ["2", "1", "1"]
    assert "Kazakhstan" not in result.stdout and "notes.txt" not in result.stdout  # counts only, nothing named


def test_evaluate_refuses_one_gold_file_for_several_folders(tmp_path):
    for name in ("a", "b"):
        (tmp_path / name).mkdir()
    (tmp_path / "gold.jsonl").write_text("", encoding="utf-8")
    result = run("evaluate", tmp_path / "a", tmp_path / "b", "--gold", tmp_path / "gold.jsonl")
    assert result.exit_code == 2 and "one folder" in result.output


def test_evaluate_needs_an_existing_folder(tmp_path):
    result = run("evaluate", tmp_path / "absent")
    assert result.exit_code == 2


# --- copy, dump and restore --------------------------------------------------------------

def stats_of(store: Path) -> list[dict]:
    result = run("stats", "--format", "json", store=store)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_copy_moves_a_whole_graph_between_stores(tmp_path, store):
    result = run("copy", "--from", store, "--to", tmp_path / "copy.lbug")

    assert result.exit_code == 0, result.output
    assert re.fullmatch(
        rf"Copied \d+ records from {re.escape(str(store))} to {re.escape(str(tmp_path / 'copy.lbug'))}: "
        r"2 documents, 5 entities, 4 relations and 4 evidence sentences added\n",
        result.stdout,
    )
    assert stats_of(tmp_path / "copy.lbug") == stats_of(store)
    assert "0 documents, 0 entities, 0 relations" in run("copy", "--from", store, "--to", tmp_path / "copy.lbug").stdout


@pytest.mark.parametrize("args, words", [
    (["--to", "{store}"], ["--from and --to both name"]),
    (["--to", "http://localhost:7474"], ["cannot use 'http://localhost:7474' as a Neo4j address"]),
    (["--to", "{tmp}/copy.lbug", "--to-database", "analysts"], ["copy.lbug: an embedded store has no databases"]),
])
def test_copy_refuses_in_one_line(tmp_path, store, args, words):
    args = [arg.format(store=store, tmp=tmp_path) for arg in args]
    assert_one_line_error(run("copy", "--from", store, *args), *words)


def test_a_database_name_for_the_embedded_store_is_refused(store):
    assert_one_line_error(run("--database", "analysts", "stats", store=store), "an embedded store has no databases")


def test_copy_from_a_store_that_does_not_exist_names_it(tmp_path):
    assert_one_line_error(run("copy", "--from", tmp_path / "absent.lbug", "--to", tmp_path / "copy.lbug"),
                          "absent.lbug", "no store here yet")


def test_dump_and_restore_round_trip(tmp_path, store):
    dumped = run("dump", tmp_path / "graph.jsonl", store=store)
    assert dumped.exit_code == 0, dumped.output
    records = [json.loads(line) for line in lines((tmp_path / "graph.jsonl").read_text(encoding="utf-8"))]
    assert dumped.stdout == f"Wrote {len(records)} records to {tmp_path / 'graph.jsonl'}\n"
    assert {record["record"] for record in records} == {"document", "entity", "relation", "mention"}

    restored = run("restore", tmp_path / "graph.jsonl", store=tmp_path / "restored.lbug")

    assert restored.exit_code == 0, restored.output
    assert restored.stdout.startswith(f"Restored {len(records)} records from {tmp_path / 'graph.jsonl'}: 2 documents")
    assert stats_of(tmp_path / "restored.lbug") == stats_of(store)
    assert run("dump", tmp_path / "again.jsonl", store=tmp_path / "restored.lbug").exit_code == 0
    assert (tmp_path / "again.jsonl").read_bytes() == (tmp_path / "graph.jsonl").read_bytes()


def test_restore_of_a_malformed_line_names_file_and_line_and_writes_nothing(tmp_path, store):
    run("dump", tmp_path / "graph.jsonl", store=store)
    good = lines((tmp_path / "graph.jsonl").read_text(encoding="utf-8"))
    (tmp_path / "graph.jsonl").write_text("\n".join(good[:3] + ["{not json"] + good[3:]) + "\n", encoding="utf-8")

    result = run("restore", tmp_path / "graph.jsonl", store=tmp_path / "restored.lbug")

    assert_one_line_error(result, f"{tmp_path / 'graph.jsonl'}:4: not a JSON record")
    assert all(row["count"] == 0 for row in stats_of(tmp_path / "restored.lbug"))


def test_restore_of_a_missing_file_is_a_usage_error(tmp_path):
    assert run("restore", tmp_path / "absent.jsonl", store=tmp_path / "graph.lbug").exit_code == 2


# --- help ----------------------------------------------------------------------------------

def _commands(group: click.Group, prefix: tuple[str, ...] = ()):
    yield prefix, group
    for name, command in group.commands.items():
        if isinstance(command, click.Group):
            yield from _commands(command, prefix + (name,))
        else:
            yield prefix + (name,), command


COMMANDS = list(_commands(cli))


@pytest.mark.parametrize("path, command", COMMANDS, ids=[" ".join(p) or "tiegraph" for p, _ in COMMANDS])
def test_every_command_has_help_ending_with_an_example(path, command):
    assert command.help and command.help.strip(), f"{' '.join(path)} has no help"
    last = command.help.strip().splitlines()[-1]
    assert "Example:" in last
    assert "tiegraph" in last.split("Example:", 1)[1]
    result = run(*path, "--help")
    assert result.exit_code == 0
    assert "Example:" in result.stdout


def test_every_command_in_the_brief_exists():
    names = {" ".join(path) for path, _ in COMMANDS}
    for command in ("ingest", "extract", "query", "show", "stats", "forget", "export html", "export graphml",
                    "export gexf", "export json", "export csv"):
        assert command in names


def test_trace_saved_queries_and_analyze_exist():
    names = {" ".join(path) for path, _ in COMMANDS}
    assert {"trace", "queries list", "queries run", "analyze"} <= names


# --- saved queries -------------------------------------------------------------------------

def test_queries_list_names_every_saved_query_with_its_parameters():
    result = run("queries", "list")
    assert result.exit_code == 0, result.output
    output = lines(result.stdout)
    assert output[0].split() == ["name", "description", "parameter", "type", "default"]
    first = output.index(next(line for line in output if line.startswith("arms-transfers ")))
    assert output[first].split()[-3:] == ["seller", "entity", "null"]
    assert [line.split() for line in output[first + 1:first + 5]] == [
        ["buyer", "entity", "null"], ["system", "entity", "null"], ["since", "int", "null"], ["until", "int", "null"]]
    assert output[-1] == f"({len(load_library())} queries)" and len(load_library()) >= 15


def test_queries_list_json():
    result = run("queries", "list", "--format", "json")
    assert result.exit_code == 0, result.output
    queries = {query["name"]: query for query in json.loads(result.stdout)}
    assert len(queries) >= 15
    assert queries["who-acquired"]["description"].startswith("Who acquired")
    assert queries["who-acquired"]["parameters"] == [{"name": "system", "type": "entity", "default": "S-400", "required": False}]


def test_queries_run_types_parameters_and_resolves_aliases(store):
    result = run("queries", "run", "arms-transfers", "-p", "seller=Moscow", "-p", "since=2010", "--format", "json", store=store)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == [{"seller": "Russia", "buyer": "China", "system": "S-400", "years": [2018], "evidence": 1}]


def test_queries_run_with_its_defaults(store):
    result = run("queries", "run", "who-acquired", store=store)
    assert result.exit_code == 0, result.output
    assert [line.split()[:2] for line in lines(result.stdout)[2:-1]] == [["China", "Russia"]]


@pytest.mark.parametrize("args, words", [
    (["arms-transfers", "-p", "year=2010"], ["arms-transfers", "'year'", "since"]),
    (["arms-transfers", "-p", "since=recently"], ["arms-transfers", "since", "int", "'recently'"]),
    (["arms-transfers", "-p", "seller=Atlantis"], ["seller", "'Atlantis'"]),
    (["arms-deals"], ["'arms-deals'", "arms-transfers"]),
])
def test_queries_run_refuses_in_one_line(store, args, words):
    assert_one_line_error(run("queries", "run", *args, store=store), *words)


# --- trace ---------------------------------------------------------------------------------

def test_trace_prints_every_hop_with_its_evidence_and_resolves_aliases(store, documents):
    result = run("trace", "Moscow", "Beijing", store=store)
    assert result.exit_code == 0, result.output
    output = lines(result.stdout)
    assert output[0] == "Russia (State) to China (State): 1 shortest path, 2 hops"
    assert output[1:] == [
        "path 1",
        "  Russia -[SOLD to=China]-> S-400  (2018)",
        f'      "{SALE}" ({documents / "wire.txt"})',
        "  S-400 <-[ACQUIRED from=Russia]- China  (2018)",
        f'      "{SALE}" ({documents / "wire.txt"})',
    ]


def test_trace_json(store, documents):
    result = run("trace", "China", "India", "--format", "json", store=store)
    assert result.exit_code == 0, result.output
    trace = json.loads(result.stdout)
    assert (trace["source"]["name"], trace["target"]["name"]) == ("China", "India")
    [path] = trace["paths"]
    assert [(hop["from"], hop["type"], hop["to"], hop["direction"]) for hop in path["hops"]] == [
        ("China", "ACQUIRED", "S-400", "forward"), ("S-400", "SOLD", "Russia", "backward"),
        ("Russia", "SOLD", "Su-30MKI", "forward"), ("Su-30MKI", "ACQUIRED", "India", "backward"),
    ]
    last = path["hops"][-1]
    assert last["years"] == [2000] and last["evidence"]["sentence"] == PURCHASE
    assert last["evidence"]["document"] == str(documents / "nested" / "notes.md")


@pytest.mark.parametrize("args", [
    ["China", "India", "--max-hops", "3"],
    ["Russia", "China", "--type", "SOLD"],
    ["Russia", "China", "--since", "2019"],
    ["Russia", "China", "--via", "Exercise"],
])
def test_trace_without_a_path_says_so_in_one_line(store, args):
    result = run("trace", *args, store=store)
    assert_one_line_error(result, "no path between")
    assert result.stdout == ""


def test_trace_filters_keep_the_paths_that_pass(store):
    assert run("trace", "China", "India", "--max-hops", "4", store=store).exit_code == 0
    assert run("trace", "Russia", "China", "--type", "SOLD", "--type", "ACQUIRED", "--since", "2018", store=store).exit_code == 0
    assert run("trace", "Russia", "China", "--via", "WeaponSystem", store=store).exit_code == 0


@pytest.mark.parametrize("args, words", [
    (["Atlantis", "China"], ["no entity named 'Atlantis'"]),
    (["Moscow", "Russia"], ["same entity"]),
    (["Russia", "China", "--type", "BOUGHT"], ["unknown relationship type 'BOUGHT'"]),
    (["Russia", "China", "--via", "Country"], ["unknown label 'Country'"]),
])
def test_trace_refuses_in_one_line(store, args, words):
    assert_one_line_error(run("trace", *args, store=store), *words)


@pytest.mark.parametrize("hops", ["0", "11"])
def test_trace_max_hops_is_bounded(store, hops):
    assert_one_line_error(run("trace", "Russia", "China", "--max-hops", hops, store=store), "max hops must be between 1 and 10")


# --- show ----------------------------------------------------------------------------------

def test_show_counts_years_and_best_evidence(store, documents):
    output = lines(run("show", "Russia", store=store).stdout)
    assert output[0] == "Russia (State)" and output[1].startswith("aliases: ") and "Moscow" in output[1]
    assert output[2:4] == ["2 relations of 1 type", "SOLD (2) 2000–2018"]
    sale = output.index("  -[SOLD to=China]-> S-400  (2018)  1 sentence")
    assert output[sale + 1] == f'      "{SALE}" ({documents / "wire.txt"})'


def test_show_json(store, documents):
    result = run("show", "S-400", "--format", "json", store=store)
    assert result.exit_code == 0, result.output
    shown = json.loads(result.stdout)
    assert (shown["name"], shown["label"]) == ("S-400", "WeaponSystem")
    assert [(group["type"], group["count"], group["years"]) for group in shown["groups"]] == [
        ("ACQUIRED", 1, [2018]), ("SOLD", 1, [2018])]
    [sold] = shown["groups"][1]["relations"]
    assert (sold["from"], sold["to"], sold["direction"]) == ("S-400", "Russia", "backward")
    assert sold["evidence"] == {"document": str(documents / "wire.txt"), "document_id": sold["evidence"]["document_id"],
                                "sentence": SALE, "start": 0, "end": len(SALE), "years": [2018]}


# --- analyze -------------------------------------------------------------------------------

def test_analyze_prints_centrality_communities_and_articulation_points(store):
    result = run("analyze", store=store)
    assert result.exit_code == 0, result.output
    output = lines(result.stdout)
    assert output[0] == "full: 5 entities, 4 links"
    assert output[1].split() == ["entity", "label", "neighbours", "degree", "betweenness", "community", "articulation_point"]
    assert output[3].split() == ["Russia", "State", "2", "0.5", "0.6667", "1", "True"]
    assert ["1", "3", "China,", "Russia,", "S-400"] in [line.split() for line in output]
    assert output[-1] == "articulation points (3): Russia, S-400, Su-30MKI"


def test_analyze_arms_projection_as_json(store):
    result = run("analyze", "--projection", "arms", "--format", "json", store=store)
    assert result.exit_code == 0, result.output
    analysis = json.loads(result.stdout)
    assert analysis["projection"] == "arms"
    assert {row["entity"]: row["neighbours"] for row in analysis["entities"]} == {"Russia": 2, "China": 1, "India": 1}
    assert analysis["articulation_points"] == ["Russia"]
    assert sorted(member for community in analysis["communities"] for member in community["members"]) == [
        "China", "India", "Russia"]


def test_analyze_since_and_until_filter_relations_by_year(store):
    result = run("analyze", "--projection", "arms", "--since", "2010", "--format", "json", store=store)
    assert {row["entity"] for row in json.loads(result.stdout)["entities"]} == {"Russia", "China"}
    assert_one_line_error(run("analyze", "--since", "2020", "--until", "2010", store=store), "2020-2010")


def test_analyze_write_stores_the_measures_on_the_entities(store):
    result = run("analyze", "--projection", "arms", "--write", store=store)
    assert result.exit_code == 0, result.output
    assert lines(result.stdout)[-1] == "Wrote degree, betweenness and community onto 5 entities"
    rows = query_rows(store, "MATCH (n) WHERE n.degree IS NOT NULL RETURN n.name AS name, n.degree AS degree, "
                             "n.betweenness AS betweenness, n.community AS community ORDER BY name")
    assert [(row["name"], row["degree"], row["betweenness"]) for row in rows] == [
        ("China", 0.5, 0.0), ("India", 0.5, 0.0), ("Russia", 1.0, 1.0)]
    assert all(row["community"] >= 1 for row in rows)

