// name: joint-exercises
// description: Exercises two states (or their forces) both took part in.
// param first: entity = Russia
// param second: entity = China
// A state takes part itself or through one of its armed forces (ARMED_FORCE_OF).
MATCH (a:State), (b:State)
WHERE a.name = $first AND b.name = $second
MATCH (e:Exercise)
WHERE EXISTS { MATCH (a)-[:PARTICIPATED_IN]->(e) }
   OR EXISTS { MATCH (a)<-[:ARMED_FORCE_OF]-(:ArmedForce)-[:PARTICIPATED_IN]->(e) }
WITH a, b, e
WHERE EXISTS { MATCH (b)-[:PARTICIPATED_IN]->(e) }
   OR EXISTS { MATCH (b)<-[:ARMED_FORCE_OF]-(:ArmedForce)-[:PARTICIPATED_IN]->(e) }
OPTIONAL MATCH (e)-[held:HELD_IN]->(place)
RETURN e.name AS exercise, place.name AS held_in, held.years AS years
ORDER BY exercise, held_in
