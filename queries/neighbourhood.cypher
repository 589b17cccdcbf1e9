// name: neighbourhood
// description: The nearest entities within 1 or 2 hops of an entity.
// param entity: entity = China
// param hops: int = 2
// param limit: int = 100
// Each entity once, at its nearest distance, nearest first, at most $limit of them. The
// entities one hop away are gathered first; the second hop is walked only when they are
// fewer than $limit (otherwise they fill the answer: around a hub, two hops are most of
// the graph), and only from them. No evidence is read. The start is found by its id
// through each entity label's id constraint (no index serves names): the labels are
// every entity label of seeds/schema.yaml.
MATCH (a:State|Organization|ArmedForce|WeaponSystem|Exercise|Region|Topic|Initiative)
WHERE a.id = $entity_id
OPTIONAL MATCH (a)-[:SOLD|ACQUIRED|PRODUCED|OPERATES|TRANSFERRED_TECHNOLOGY_TO|PARTICIPATED_IN|HOSTED|HELD_IN|PATROLLED|DRILLED_IN|VETOED|MEMBER_OF|ARMED_FORCE_OF|PARTNERS_WITH|OPPOSES|SANCTIONED|CLASHED_WITH|LEADS]-(n)
WHERE n.id <> a.id
WITH a, collect(DISTINCT n) AS near
CALL (a, near) {
  UNWIND CASE WHEN $hops >= 2 AND size(near) < $limit THEN near ELSE [] END AS n
  MATCH (n)-[:SOLD|ACQUIRED|PRODUCED|OPERATES|TRANSFERRED_TECHNOLOGY_TO|PARTICIPATED_IN|HOSTED|HELD_IN|PATROLLED|DRILLED_IN|VETOED|MEMBER_OF|ARMED_FORCE_OF|PARTNERS_WITH|OPPOSES|SANCTIONED|CLASHED_WITH|LEADS]-(b)
  WHERE b.id <> a.id AND NOT b IN near
  RETURN collect(DISTINCT b) AS far
}
UNWIND [b IN near | [b, 1]] + [b IN far | [b, 2]] AS found
WITH found[0] AS b, found[1] AS hops
RETURN b.name AS entity, left(b.id, size(b.id) - size(b.name) - 1) AS label, hops
ORDER BY hops, label, entity
LIMIT $limit
