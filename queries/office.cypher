// Purpose: who holds which title at an office and at the units under it (`kg office`),
//   optionally as of a date. Office names match exactly first, then by prefix. As of a
//   date, a post counts from the first date it was seen until somebody else is seen with
//   the same title at the same office, after it was last seen and by that date; posts seen
//   in undated articles are left out then.
// Parameters: $org: the office's name (or the start of it); $as_of: an ISO date, or null.
// Columns: office, office_key, district (nearest District the office is PART_OF, or null),
//   title, person, person_key, first_seen, last_seen.
MATCH (o:Office) WHERE o.name STARTS WITH $org
WITH collect(o) AS found
UNWIND CASE WHEN any(x IN found WHERE x.name = $org) THEN [x IN found WHERE x.name = $org]
            ELSE found END AS root
MATCH (p:Person)-[h:HOLDS]->(o:Office)-[:PART_OF*0..]->(root)
WHERE $as_of IS NULL OR (h.first_seen <= $as_of AND NOT EXISTS {
  MATCH (q:Person)-[h2:HOLDS]->(o)
  WHERE q <> p AND h2.title = h.title AND h2.first_seen > h.last_seen AND h2.first_seen <= $as_of
})
WITH DISTINCT p, h, o
RETURN o.name AS office, o.key AS office_key,
       COLLECT {
         MATCH path = (o)-[:PART_OF*1..]->(d:District)
         RETURN d.name AS district ORDER BY length(path), d.key LIMIT 1
       }[0] AS district,
       h.title AS title, p.name AS person, p.key AS person_key,
       h.first_seen AS first_seen, h.last_seen AS last_seen
ORDER BY office, office_key, title, first_seen, person, person_key
