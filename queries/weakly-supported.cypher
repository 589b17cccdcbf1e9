// name: weakly-supported
// description: Relations only one document supports: claims to check first.
// param type: string = null
MATCH (s)-[r:SOLD|ACQUIRED|PRODUCED|OPERATES|TRANSFERRED_TECHNOLOGY_TO|PARTICIPATED_IN|HOSTED|HELD_IN|PATROLLED|DRILLED_IN|VETOED|MEMBER_OF|ARMED_FORCE_OF|PARTNERS_WITH|OPPOSES|SANCTIONED|CLASHED_WITH|LEADS]->(t)
WHERE size(r.documents) = 1 AND (type(r) = $type OR $type IS NULL)
RETURN type(r) AS type, s.name AS source, t.name AS target, coalesce(r.`to`, r.`from`) AS counterpart,
       r.evidence_paths[0] AS document, r.evidence_count AS sentences
ORDER BY type, source, target, counterpart
