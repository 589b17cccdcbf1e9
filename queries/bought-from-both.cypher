// name: bought-from-both
// description: States that bought weapon systems from both of two sellers.
// param first: entity = Russia
// param second: entity = Soviet Union
MATCH (s:State)-[a:ACQUIRED]->(x:WeaponSystem), (s)-[b:ACQUIRED]->(y:WeaponSystem)
WHERE a.`from` = $first AND b.`from` = $second
RETURN s.name AS buyer, count(DISTINCT x) AS systems_from_first,
       count(DISTINCT y) AS systems_from_second
ORDER BY buyer
