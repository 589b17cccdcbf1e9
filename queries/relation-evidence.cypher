// name: relation-evidence
// description: The documents and sentences that support a relation.
// param source: entity = Russia
// param type: string = SOLD
// param target: entity = S-400
// counterpart is the buyer of a SOLD relation or the seller of an ACQUIRED one.
MATCH (s)-[r]->(t)
WHERE s.name = $source AND t.name = $target AND type(r) = $type
UNWIND range(0, r.evidence_count - 1) AS i
RETURN coalesce(r.`to`, r.`from`) AS counterpart, r.evidence_paths[i] AS document,
       r.evidence_sentences[i] AS sentence, r.evidence_starts[i] AS start, r.evidence_years[i] AS years
ORDER BY counterpart, document, start
