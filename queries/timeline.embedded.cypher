// why: LadybugDB has no type(); it gives a relationship's type as label(r).
MATCH (s)-[r:SOLD|ACQUIRED|PRODUCED|OPERATES|TRANSFERRED_TECHNOLOGY_TO|PARTICIPATED_IN|HOSTED|HELD_IN|PATROLLED|DRILLED_IN|VETOED|MEMBER_OF|ARMED_FORCE_OF|PARTNERS_WITH|OPPOSES|SANCTIONED|CLASHED_WITH|LEADS]->(t)
WHERE s.name = $entity OR t.name = $entity
UNWIND r.years AS year
WITH s, r, t, year
WHERE (year >= $since OR $since IS NULL) AND (year <= $until OR $until IS NULL)
RETURN year, s.name AS source, label(r) AS type, t.name AS target,
       coalesce(r.`to`, r.`from`) AS counterpart
ORDER BY year, source, type, target, counterpart
