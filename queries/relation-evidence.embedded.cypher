// why: LadybugDB has no type() (it says label(r)) nor toString() (it says CAST(n AS STRING)).
MATCH (s)-[r]->(t)
WHERE s.name = $source AND t.name = $target AND label(r) = $type
UNWIND range(0, r.evidence_next - 1) AS n
MATCH (e:Evidence {id: r.id + ':' + CAST(n AS STRING)})
RETURN coalesce(r.`to`, r.`from`) AS counterpart, e.path AS document,
       e.sentence AS sentence, e.start AS start, e.years AS years
ORDER BY counterpart, document, start
