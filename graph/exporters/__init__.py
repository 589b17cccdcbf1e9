"""Exporters: small modules that draw or write the networkx graph a store hands back.

Each takes the graph ``GraphStore.to_networkx()`` returns; the neo4j-admin CSV also
takes a store itself and streams it a page at a time, for graphs too large for memory.
The HTML map pulls in pyvis (and with it IPython), so names are imported on first use:
commands that export nothing start without that cost.
"""
from importlib import import_module

from graph.exporters._subgraph import ExportError

_HOMES = {
    "export_gexf": "formats",
    "export_graphml": "formats",
    "export_json": "formats",
    "read_gexf": "formats",
    "read_graphml": "formats",
    "read_json": "formats",
    "HtmlSummary": "html",
    "export_html": "html",
    "export_csv": "neo4j_csv",
}

__all__ = ["ExportError", *_HOMES]


def __getattr__(name: str):
    if name in _HOMES:
        return getattr(import_module(f"graph.exporters.{_HOMES[name]}"), name)
    raise AttributeError(f"module 'graph.exporters' has no attribute {name!r}")
