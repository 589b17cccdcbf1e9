// name: who-acquired
// description: Who acquired a weapon system, from whom and when.
// param system: entity = S-400
MATCH (b)-[r:ACQUIRED]->(w:WeaponSystem)
WHERE w.name = $system
RETURN b.name AS buyer, r.`from` AS seller, r.year AS first_year, r.years AS years,
       r.evidence_count AS evidence
ORDER BY first_year, buyer, seller
