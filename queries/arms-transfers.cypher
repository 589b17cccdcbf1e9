// name: arms-transfers
// description: Arms transfers by seller, buyer, system and year range.
// param seller: entity = null
// param buyer: entity = null
// param system: entity = null
// param since: int = null
// param until: int = null
// A transfer is in the year range when one of its years is; undated transfers are left
// out once a year is given. The years are named in WITH because LadybugDB cannot read a
// parameter inside any().
MATCH (s)-[r:SOLD]->(w:WeaponSystem)
WHERE (s.name = $seller OR $seller IS NULL)
  AND (r.`to` = $buyer OR $buyer IS NULL)
  AND (w.name = $system OR $system IS NULL)
WITH s, r, w, $since AS since, $until AS until
WHERE any(year IN r.years WHERE (year >= since OR since IS NULL) AND (year <= until OR until IS NULL))
   OR (since IS NULL AND until IS NULL)
RETURN s.name AS seller, r.`to` AS buyer, w.name AS system, r.years AS years,
       r.evidence_count AS evidence
ORDER BY seller, buyer, system
