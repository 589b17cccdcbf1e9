// name: exercises-in-region
// description: Exercises held in a region, their years and participants.
// param region: entity = Sea of Japan
MATCH (e:Exercise)-[held:HELD_IN]->(place)
WHERE place.name = $region
OPTIONAL MATCH (participant)-[:PARTICIPATED_IN]->(e)
RETURN e.name AS exercise, held.years AS years, count(DISTINCT participant) AS participants
ORDER BY exercise
