"""What a LadybugDB checkpoint costs: CPU seconds by relationship tables touched and their columns.

Makes a fresh database of one node table and ``--tables`` relationship tables of
``--columns`` list properties each (the embedded store's relation tables have 13 to 17,
six of them evidence lists), checkpoints it once, then ``--rounds`` times adds ``--rows``
relationships to each of the first ``--touched`` tables and checkpoints, printing the
CPU seconds of each round's checkpoint. The first round's writes into tables still empty
on disk; every later one merges new relationships into tables that are not.

    python -m benchmarks.checkpoint --tables 40 --columns 17 --rows 20
    python -m benchmarks.checkpoint --tables 40 --columns 17 --rows 20 --touched 4
"""
from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

import ladybug


def checkpoint_seconds(folder: Path, options: argparse.Namespace) -> list[float]:
    """CPU seconds of the checkpoint of each round, in a database made in ``folder``."""
    database = ladybug.Database(str(folder / "probe.lbug"), buffer_pool_size=1 << 30)
    connection = ladybug.Connection(database)
    connection.execute("CREATE NODE TABLE Node(id INT64 PRIMARY KEY)")
    columns = ", ".join(f"p{index} STRING[]" for index in range(options.columns))
    storage = "" if options.direction == "both" else f" WITH (storage_direction='{options.direction}')"
    for table in range(options.tables):
        connection.execute(f"CREATE REL TABLE Link{table}(FROM Node TO Node, {columns}){storage}")
    connection.execute(f"UNWIND range(0, {options.nodes - 1}) AS i CREATE (:Node {{id: i}})")
    connection.execute("CHECKPOINT")
    seconds = []
    for round_ in range(options.rounds):
        for table in range(options.touched or options.tables):
            connection.execute(
                f"UNWIND range(0, $rows - 1) AS i MATCH (a:Node {{id: i * 37 % $nodes}}) "
                f"MATCH (b:Node {{id: (i * 7 + $round) % $nodes}}) CREATE (a)-[:Link{table} {{p0: ['a', 'b']}}]->(b)",
                {"rows": options.rows, "nodes": options.nodes, "round": round_},
            )
        started = time.process_time()
        connection.execute("CHECKPOINT")
        seconds.append(time.process_time() - started)
    connection.close()
    database.close()
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tables", type=int, default=40)
    parser.add_argument("--columns", type=int, default=17)
    parser.add_argument("--rows", type=int, default=20, help="relationships added to each touched table per round")
    parser.add_argument("--touched", type=int, default=0, help="tables written to each round (default: all)")
    parser.add_argument("--nodes", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--direction", choices=("both", "fwd"), default="both")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        seconds = checkpoint_seconds(Path(scratch), options)
    print(
        f"{options.touched or options.tables} of {options.tables} tables touched, {options.columns} columns, "
        f"{options.rows} rows each, {options.nodes} nodes, {options.direction}: checkpoints "
        + ", ".join(f"{value:.2f}" for value in seconds) + " CPU s"
    )


if __name__ == "__main__":
    main()
