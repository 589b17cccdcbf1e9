// why: LadybugDB searches breadth-first, each entity once at its nearest distance, only for a SHORTEST pattern, which Neo4j does not parse.
// Without it LadybugDB walks every path: two hops around a hub are millions of them.
// The start is found by its id (a scan of the id columns, not of every name).
MATCH p = (a)-[:SOLD|ACQUIRED|PRODUCED|OPERATES|TRANSFERRED_TECHNOLOGY_TO|PARTICIPATED_IN|HOSTED|HELD_IN|PATROLLED|DRILLED_IN|VETOED|MEMBER_OF|ARMED_FORCE_OF|PARTNERS_WITH|OPPOSES|SANCTIONED|CLASHED_WITH|LEADS* SHORTEST 1..2]-(b)
WHERE a.id = $entity_id AND b.id <> a.id AND length(p) <= $hops
RETURN b.name AS entity, left(b.id, size(b.id) - size(b.name) - 1) AS label, min(length(p)) AS hops
ORDER BY hops, label, entity
LIMIT $limit
