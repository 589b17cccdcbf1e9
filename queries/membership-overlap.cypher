// name: membership-overlap
// description: States that are members of both of two organizations.
// param first: entity = Shanghai Cooperation Organisation
// param second: entity = BRICS
MATCH (s:State)-[x:MEMBER_OF]->(a:Organization), (s)-[y:MEMBER_OF]->(b:Organization)
WHERE a.name = $first AND b.name = $second
RETURN s.name AS state, x.year AS joined_first, y.year AS joined_second
ORDER BY state
