// name: partners-of-partners
// description: States that drilled with a state's exercise partners only.
// param state: entity = Russia
// Partners are states that took part in an exercise together; through_partners counts
// the partners that link the state found to the one asked about.
MATCH (a:State)-[:PARTICIPATED_IN]->(:Exercise)<-[:PARTICIPATED_IN]-(partner:State)
      -[:PARTICIPATED_IN]->(:Exercise)<-[:PARTICIPATED_IN]-(other:State)
WHERE a.name = $state AND other.name <> a.name AND partner.name <> a.name
  AND NOT EXISTS { MATCH (a)-[:PARTICIPATED_IN]->(:Exercise)<-[:PARTICIPATED_IN]-(other) }
RETURN other.name AS state, count(DISTINCT partner) AS through_partners
ORDER BY through_partners DESC, state
