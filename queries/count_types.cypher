// Purpose: relationship counts by type (`kg stats`, `kg status`), read from the count store
//   as `count_labels` is (a commit's relationships are counted all at once).
// Parameters: none.
// Columns: type, count.
CALL db.stats.retrieve('GRAPH COUNTS') YIELD data
UNWIND data.relationships AS c
WITH c WHERE c.relationshipType IS NOT NULL AND c.startLabel IS NULL AND c.endLabel IS NULL AND c.count > 0
RETURN c.relationshipType AS type, c.count AS count ORDER BY type
