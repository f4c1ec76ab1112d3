// Purpose: stored events a batch's events may be the same happening as: same signature
//   (type|date|first place key), with their participants (kg.resolve.KnownEvent).
// Parameters: $sigs: list of event signatures.
// Columns: key, sig, participants (person keys).
MATCH (e:Event) WHERE e.sig IN $sigs
OPTIONAL MATCH (p:Person)-[:CHAIRED|ATTENDED|SPOKE_AT|INSPECTED|ACCOMPANIED]->(e)
RETURN e.key AS key, e.sig AS sig, collect(DISTINCT p.key) AS participants
