// Purpose: relationship counts by type (`kg stats`, `kg status`).
// Parameters: none.
// Columns: type, count.
MATCH ()-[r]->()
RETURN type(r) AS type, count(*) AS count ORDER BY type
