// name: relation-evidence
// description: The documents and sentences that support a relation.
// param source: entity = Russia
// param type: string = SOLD
// param target: entity = S-400
// counterpart is the buyer of a SOLD relation or the seller of an ACQUIRED one. A relation's
// sentences are the Evidence nodes "<relation id>:<n>", n below evidence_next (forgotten ones
// leave gaps), each found by its id.
MATCH (s)-[r]->(t)
WHERE s.name = $source AND t.name = $target AND type(r) = $type
UNWIND range(0, r.evidence_next - 1) AS n
MATCH (e:Evidence {id: r.id + ':' + toString(n)})
RETURN coalesce(r.`to`, r.`from`) AS counterpart, e.path AS document,
       e.sentence AS sentence, e.start AS start, e.years AS years
ORDER BY counterpart, document, start
