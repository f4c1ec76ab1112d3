// Purpose: one hop of `kg view`: every relationship touching the given nodes, with what a
//   reader hovers over: the post's title and dates, the byline role, and the sentences it was
//   read from (each evidence string "article/sSENTENCE/start-end/..." cut from the
//   article's text, in evidence order; none for a relationship without evidence).
// Parameters: $keys: node keys (any label).
// Columns: key, type, start, end, title, role, first_seen, last_seen, sentences (list).
UNWIND $keys AS k
CALL (k) {
  MATCH (n:Person {key: k}) RETURN n
  UNION
  MATCH (n:Office {key: k}) RETURN n
  UNION
  MATCH (n:District {key: k}) RETURN n
  UNION
  MATCH (n:Event {key: k}) RETURN n
  UNION
  MATCH (n:Article {key: k}) RETURN n
}
MATCH (n)-[r]-()
WITH DISTINCT r
RETURN r.key AS key, type(r) AS type, startNode(r).key AS start, endNode(r).key AS end,
  r.title AS title, r.role AS role, r.first_seen AS first_seen, r.last_seen AS last_seen,
  COLLECT {
    UNWIND range(0, size(coalesce(r.evidence, [])) - 1) AS i
    WITH i, split(r.evidence[i], '/') AS part
    WHERE size(part) >= 3
    MATCH (a:Article {key: part[0]})
    WITH i, a, [x IN split(part[2], '-') | toInteger(x)] AS span
    RETURN substring(a.text, span[0], span[1] - span[0]) AS sentence ORDER BY i
  } AS sentences
ORDER BY key
