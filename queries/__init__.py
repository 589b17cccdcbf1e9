"""The saved Cypher library: one .cypher file per question, shipped with the package."""
