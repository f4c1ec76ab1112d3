// Purpose: node counts by label (`kg stats`, `kg status`), read from the store's count
//   store: O(1) whatever the graph's size, and a commit's nodes are counted all at once
//   (a scan running during a commit can see part of it, at Neo4j's read-committed isolation).
// Parameters: none.
// Columns: label, count.
CALL db.stats.retrieve('GRAPH COUNTS') YIELD data
UNWIND data.nodes AS c
WITH c WHERE c.label IS NOT NULL AND c.count > 0
RETURN c.label AS label, c.count AS count ORDER BY label
