// Purpose: every node with its properties, for exports and store comparisons.
// Parameters: none.
// Columns: label, props.
MATCH (n)
RETURN labels(n)[0] AS label, properties(n) AS props ORDER BY n.key
