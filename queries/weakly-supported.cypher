// name: weakly-supported
// description: Relations only one document supports: claims to check first.
// param type: string = null
MATCH (s)-[r:SOLD|ACQUIRED|PRODUCED|OPERATES|TRANSFERRED_TECHNOLOGY_TO|PARTICIPATED_IN|HOSTED|HELD_IN|PATROLLED|DRILLED_IN|VETOED|MEMBER_OF|ARMED_FORCE_OF|PARTNERS_WITH|OPPOSES|SANCTIONED|CLASHED_WITH|LEADS]->(t)
WHERE r.document_count = 1 AND (type(r) = $type OR $type IS NULL)
MATCH (e:Evidence {relation: r.id})
RETURN type(r) AS type, s.name AS source, t.name AS target, coalesce(r.`to`, r.`from`) AS counterpart,
       min(e.path) AS document, r.evidence_count AS sentences
ORDER BY type, source, target, counterpart
