// name: organization-members
// description: The members of an organization and the year each joined.
// param organization: entity = Shanghai Cooperation Organisation
MATCH (s:State)-[r:MEMBER_OF]->(o:Organization)
WHERE o.name = $organization
RETURN s.name AS member, r.year AS joined, r.evidence_count AS evidence
ORDER BY joined, member
