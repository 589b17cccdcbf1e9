// name: neighbourhood
// description: The entities within 1 to 3 hops of an entity, and how far.
// param entity: entity = China
// param hops: int = 2
// Both stores need a literal upper bound on a variable-length pattern, hence 3.
MATCH p = (a)-[:SOLD|ACQUIRED|PRODUCED|OPERATES|TRANSFERRED_TECHNOLOGY_TO|PARTICIPATED_IN|HOSTED|HELD_IN|PATROLLED|DRILLED_IN|VETOED|MEMBER_OF|ARMED_FORCE_OF|PARTNERS_WITH|OPPOSES|SANCTIONED|CLASHED_WITH|LEADS*1..3]-(b)
WHERE a.name = $entity AND b.id <> a.id AND length(p) <= $hops
RETURN b.name AS entity, left(b.id, size(b.id) - size(b.name) - 1) AS label, min(length(p)) AS hops
ORDER BY hops, label, entity
