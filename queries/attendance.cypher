// Purpose: every (person, event) pair with a role, for the co-attendance network
//   (`kg network`, kg.network).
// Parameters: none.
// Columns: key (person), name, event (key), date.
MATCH (p:Person)-[:CHAIRED|ATTENDED|SPOKE_AT|INSPECTED|ACCOMPANIED]->(e:Event)
RETURN DISTINCT p.key AS key, p.name AS name, e.key AS event, e.date AS date
ORDER BY key, event
