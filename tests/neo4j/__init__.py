"""Tests that need a real Neo4j server, and the fixture that provides one."""
