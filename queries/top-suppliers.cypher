// name: top-suppliers
// description: Sellers ranked by the buyers and systems they sold to.
// param limit: int = 10
MATCH (s)-[r:SOLD]->(w:WeaponSystem)
RETURN s.name AS seller, count(DISTINCT r.`to`) AS buyers, count(DISTINCT w) AS systems,
       count(r) AS transfers
ORDER BY buyers DESC, systems DESC, seller
LIMIT $limit
