// name: veto-record
// description: What a state vetoed, in which forum and when.
// param state: entity = Russia
MATCH (s:State)-[r:VETOED]->(t)
WHERE s.name = $state
RETURN t.name AS subject, r.forum AS forum, r.years AS years, r.evidence_count AS evidence
ORDER BY subject
