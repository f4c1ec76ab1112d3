// Purpose: every relationship with its end keys and properties, for exports and store
//   comparisons.
// Parameters: none.
// Columns: type, start, end, props.
MATCH (s)-[r]->(e)
RETURN type(r) AS type, s.key AS start, e.key AS end, properties(r) AS props ORDER BY r.key
