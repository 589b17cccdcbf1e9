// name: joint-patrols
// description: Air and naval patrols: who patrolled which region, and when.
// param region: entity = null
// param since: int = null
// since keeps patrols with a year from then on; it is named in WITH because LadybugDB
// cannot read a parameter inside any().
MATCH (patrol)-[r:PATROLLED]->(place:Region)
WHERE place.name = $region OR $region IS NULL
WITH patrol, r, place, $since AS since
WHERE any(year IN r.years WHERE year >= since) OR since IS NULL
RETURN place.name AS region, patrol.name AS patrolled_by, r.years AS years
ORDER BY region, patrolled_by
