// Purpose: a reporter's articles and whom each covered (`kg reporter`): one row per article
//   in the reporter's byline, with the byline roles and the people the article names.
//   Names match exactly first, then by prefix, among people who appear in a byline.
// Parameters: $name: the reporter's name (or the start of it).
// Columns: name, key, roles (byline roles), article, title, published, covered (names).
MATCH (r:Person) WHERE r.name STARTS WITH $name AND EXISTS { (:Article)-[:REPORTED_BY]->(r) }
WITH collect(r) AS found
UNWIND CASE WHEN any(x IN found WHERE x.name = $name) THEN [x IN found WHERE x.name = $name]
            ELSE found END AS r
MATCH (a:Article)-[:REPORTED_BY]->(r)
WITH DISTINCT r, a
RETURN r.name AS name, r.key AS key,
  COLLECT { MATCH (a)-[b:REPORTED_BY]->(r) RETURN DISTINCT b.role AS role ORDER BY role } AS roles,
  a.key AS article, a.title AS title, a.published AS published,
  COLLECT {
    MATCH (q:Person)-[:MENTIONED_IN]->(a) WHERE q <> r RETURN DISTINCT q.name AS who ORDER BY who
  } AS covered
ORDER BY name, key, published, article
