// name: shared-vetoes
// description: Voting blocs: states that vetoed on the same subjects.
// param state: entity = null
// param min_shared: int = 1
// same_year counts the subjects both vetoed in one year, i.e. very likely the same draft.
MATCH (a:State)-[ra:VETOED]->(subject)<-[rb:VETOED]-(b:State)
WHERE a.name < b.name
  AND (a.name = $state OR b.name = $state OR $state IS NULL)
WITH a, b, count(DISTINCT subject) AS subjects,
     sum(CASE WHEN any(year IN ra.years WHERE year IN rb.years) THEN 1 ELSE 0 END) AS same_year
WHERE subjects >= $min_shared
RETURN a.name AS first, b.name AS second, subjects, same_year
ORDER BY subjects DESC, same_year DESC, first, second
