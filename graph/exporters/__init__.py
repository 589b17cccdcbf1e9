"""Exporters: small modules that draw or write the networkx graph a store hands back.

Each takes the graph ``GraphStore.to_networkx()`` returns and never talks to a store.
"""

from graph.exporters._subgraph import ExportError
from graph.exporters.formats import (
    export_gexf,
    export_graphml,
    export_json,
    read_gexf,
    read_graphml,
    read_json,
)
from graph.exporters.html import HtmlSummary, export_html
from graph.exporters.neo4j_csv import export_csv

__all__ = [
    "ExportError",
    "HtmlSummary",
    "export_csv",
    "export_gexf",
    "export_graphml",
    "export_html",
    "export_json",
    "read_gexf",
    "read_graphml",
    "read_json",
]
