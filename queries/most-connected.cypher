// name: most-connected
// description: The entities with the most relations.
// param label: string = null
// param limit: int = 10
// The label is read off the entity id, "Label:Name" (graph.model.entity_id): LadybugDB's
// label(n) and Neo4j's labels(n) have no common spelling.
MATCH (n)-[r:SOLD|ACQUIRED|PRODUCED|OPERATES|TRANSFERRED_TECHNOLOGY_TO|PARTICIPATED_IN|HOSTED|HELD_IN|PATROLLED|DRILLED_IN|VETOED|MEMBER_OF|ARMED_FORCE_OF|PARTNERS_WITH|OPPOSES|SANCTIONED|CLASHED_WITH|LEADS]-(other)
WITH n, left(n.id, size(n.id) - size(n.name) - 1) AS label, count(r) AS relations,
     count(DISTINCT other) AS neighbours
WHERE label = $label OR $label IS NULL
RETURN n.name AS entity, label, relations, neighbours
ORDER BY relations DESC, neighbours DESC, entity, label
LIMIT $limit
