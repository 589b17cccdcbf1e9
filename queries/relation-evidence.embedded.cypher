// why: LadybugDB has no type() (it says label(r)) and numbers list items from 1, Neo4j from 0.
MATCH (s)-[r]->(t)
WHERE s.name = $source AND t.name = $target AND label(r) = $type
UNWIND range(1, r.evidence_count) AS i
RETURN coalesce(r.`to`, r.`from`) AS counterpart, r.evidence_paths[i] AS document,
       r.evidence_sentences[i] AS sentence, r.evidence_starts[i] AS start, r.evidence_years[i] AS years
ORDER BY counterpart, document, start
