// name: neighbourhood
// description: The nearest entities within 1 or 2 hops of an entity.
// param entity: entity = China
// param hops: int = 2
// param limit: int = 100
// Each entity once, at its nearest distance, nearest first, at most $limit of them: two
// hops from a hub are most of the graph. The pattern is walked breadth-first (DISTINCT
// ends, the paths unused, lets Neo4j prune it) and no evidence is read. The start is
// found by its id through each entity label's id constraint (no index serves names): the
// labels are every entity label of seeds/schema.yaml.
MATCH (a:State|Organization|ArmedForce|WeaponSystem|Exercise|Region|Topic|Initiative)
WHERE a.id = $entity_id
MATCH (a)-[:SOLD|ACQUIRED|PRODUCED|OPERATES|TRANSFERRED_TECHNOLOGY_TO|PARTICIPATED_IN|HOSTED|HELD_IN|PATROLLED|DRILLED_IN|VETOED|MEMBER_OF|ARMED_FORCE_OF|PARTNERS_WITH|OPPOSES|SANCTIONED|CLASHED_WITH|LEADS*1..2]-(b)
WHERE b.id <> a.id
WITH DISTINCT a, b
WITH b, CASE WHEN EXISTS { MATCH (a)-[:SOLD|ACQUIRED|PRODUCED|OPERATES|TRANSFERRED_TECHNOLOGY_TO|PARTICIPATED_IN|HOSTED|HELD_IN|PATROLLED|DRILLED_IN|VETOED|MEMBER_OF|ARMED_FORCE_OF|PARTNERS_WITH|OPPOSES|SANCTIONED|CLASHED_WITH|LEADS]-(b) } THEN 1 ELSE 2 END AS distance
WHERE distance <= $hops
RETURN b.name AS entity, left(b.id, size(b.id) - size(b.name) - 1) AS label, min(distance) AS hops
ORDER BY hops, label, entity
LIMIT $limit
