// Purpose: node counts by label (`kg stats`, `kg status`).
// Parameters: none.
// Columns: label, count.
MATCH (n) UNWIND labels(n) AS label
RETURN label, count(*) AS count ORDER BY label
