// Purpose: the nodes `kg view` draws, with what their captions and tooltips need.
// Parameters: $keys: node keys (any label).
// Columns: key, label, name, level, kind, home, type, date, caption, places, summary, title,
//   published, source.
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
RETURN DISTINCT n.key AS key, labels(n)[0] AS label, n.name AS name, n.level AS level,
  n.kind AS kind, n.home AS home, n.type AS type, n.date AS date, n.caption AS caption,
  n.places AS places, n.summary AS summary, n.title AS title, n.published AS published,
  n.source AS source
ORDER BY key
