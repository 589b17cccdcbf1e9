"""Reading a Cypher statement just far enough to know whether it would change the graph.

A read-only query must be refused before it runs, on a store opened for writing too, so
the check looks at the statement's words with string literals, quoted names and
comments taken out: ``'CREATE'`` in a literal is data, ``MERGE`` after a comment is not.

>>> is_write_query("MATCH (s:State) WHERE s.name <> 'CREATE' RETURN s")
False
>>> is_write_query("// find Russia\\nMERGE (s:State {id: 'State:Russia'})")
True
>>> sorted(parameter_names("MATCH (s:State {name: $seller}) RETURN s, $limit"))
['limit', 'seller']
"""
from __future__ import annotations

import re
from typing import NamedTuple

from graph.stores.base import ReadOnlyError, StoreError

READ_ONLY_QUERY = "query is read-only; pass --write to change the graph"
# Clauses that change the graph or the files around it on LadybugDB or Neo4j. LOAD and
# COPY read files from the machine the store runs on, so they count as writes too.
WRITE_CLAUSES = frozenset({
    "ALTER", "ANALYZE", "ATTACH", "CHECKPOINT", "COPY", "CREATE", "DELETE", "DETACH",
    "DROP", "EXPORT", "FOREACH", "IMPORT", "INSTALL", "LOAD", "MERGE", "REMOVE", "SET",
    "UNINSTALL", "UPDATE",
})
# A procedure called with CALL writes when a part of its name is one of these verbs
# (apoc.create.node, db.index.fulltext.createNodeIndex, gds.pageRank.write, drop_fts_index).
WRITING_VERBS = frozenset({
    "add", "checkpoint", "clear", "create", "delete", "drop", "import", "install", "load",
    "merge", "refactor", "remove", "rename", "set", "truncate", "write",
})

_TOKEN = re.compile(
    r"""
    (?P<comment>//[^\n]*|/\*.*?(?:\*/|\Z))
  | (?P<string>'(?:[^'\\]|\\.)*'?|"(?:[^"\\]|\\.)*"?)
  | (?P<quoted>`(?:[^`]|``)*`?)
  | (?P<parameter>\$\w+)
  | (?P<word>[A-Za-z_]\w*)
  | (?P<symbol>\S)
    """,
    re.VERBOSE | re.DOTALL,
)
_NAME_PARTS = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")
_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


class Token(NamedTuple):
    kind: str  # comment, string, quoted, parameter, word or symbol
    text: str


def tokens(cypher: str) -> list[Token]:
    """The statement's tokens, comments left out.

    >>> [t.text for t in tokens("MATCH (n) /* note */ RETURN n.`to` // done")]
    ['MATCH', '(', 'n', ')', 'RETURN', 'n', '.', '`to`']
    """
    return [
        Token(match.lastgroup, match.group())
        for match in _TOKEN.finditer(cypher)
        if match.lastgroup != "comment"
    ]


def check_query(cypher: str, parameters: dict, *, write: bool) -> bool:
    """Refuse a query no store should run; True when it would change the graph.

    >>> check_query("MATCH (s:State {name: $name}) RETURN s", {"name": "Russia"}, write=False)
    False
    >>> check_query("MATCH (s:State) DETACH DELETE s", {}, write=False)
    Traceback (most recent call last):
    graph.stores.base.ReadOnlyError: query is read-only; pass --write to change the graph
    """
    if statement_count(cypher) > 1:
        raise StoreError("query holds several statements; run them one at a time")
    writes = is_write_query(cypher)
    if writes and not write:
        raise ReadOnlyError(READ_ONLY_QUERY)
    missing = sorted(parameter_names(cypher) - set(parameters))
    if missing:
        raise StoreError(f"query uses ${missing[0]} but no value was given for it")
    return writes


def identifier(name: str) -> str:
    """A schema name (label or relationship type), checked to be safe to write into Cypher
    unquoted: values travel as parameters, but labels and types cannot.

    >>> identifier("WeaponSystem")
    'WeaponSystem'
    >>> identifier("State) DETACH DELETE (n")
    Traceback (most recent call last):
    graph.stores.base.StoreError: schema name 'State) DETACH DELETE (n' cannot be a label or relationship type
    """
    if not _IDENTIFIER.fullmatch(name):
        raise StoreError(f"schema name {name!r} cannot be a label or relationship type")
    return name


def is_write_query(cypher: str) -> bool:
    """True when the statement has a clause or procedure call that would change the graph.

    >>> is_write_query("MATCH (n) DETACH DELETE n")
    True
    >>> is_write_query("RETURN 'MERGE; DELETE' AS text")
    False
    >>> is_write_query("CALL show_tables() RETURN name")
    False
    >>> is_write_query("CALL db.index.fulltext.createNodeIndex('names', ['State'], ['name'])")
    True
    """
    found = tokens(cypher)
    for position, token in enumerate(found):
        if token.kind != "word" or not _is_clause(found, position):
            continue
        keyword = token.text.upper()
        if keyword in WRITE_CLAUSES:
            return True
        if keyword == "COMMENT" and _next_word(found, position) == "ON":
            return True
        if keyword == "CALL" and _writes(_procedure_name(found, position + 1)):
            return True
    return False


def parameter_names(cypher: str) -> set[str]:
    """Names of the ``$parameters`` the statement uses."""
    return {token.text[1:] for token in tokens(cypher) if token.kind == "parameter"}


def statement_count(cypher: str) -> int:
    """How many statements separated by ``;`` the text holds.

    >>> statement_count("MATCH (n) RETURN n; MATCH (m) RETURN m;")
    2
    """
    statements: list[list[Token]] = [[]]
    for token in tokens(cypher):
        if token == Token("symbol", ";"):
            statements.append([])
        else:
            statements[-1].append(token)
    return sum(1 for statement in statements if statement)


def _is_clause(found: list[Token], position: int) -> bool:
    """False for words that are names: properties (``n.set``), labels (``n:Load``),
    variables (``merge.name``, ``(merge:State)``), map keys (``{create: 1}``) and
    aliases (``AS load``)."""
    before = found[position - 1].text.upper() if position else ""
    after = found[position + 1].text if position + 1 < len(found) else ""
    return before not in {".", ":", "AS"} and after not in {".", ":"}


def _next_word(found: list[Token], position: int) -> str:
    return found[position + 1].text.upper() if position + 1 < len(found) else ""


def _procedure_name(found: list[Token], start: int) -> str:
    parts = []
    for token in found[start:]:
        if token.kind == "word" or token.text == ".":
            parts.append(token.text)
        else:
            break
    return "".join(parts)


def _writes(procedure: str) -> bool:
    words = {part.lower() for part in _NAME_PARTS.findall(procedure)}
    return not words.isdisjoint(WRITING_VERBS)
