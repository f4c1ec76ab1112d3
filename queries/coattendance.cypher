// Purpose: who appears at the same events as a person (`kg coattendance`), in any role, with the
//   number of shared events and the first and last dated one. Names match exactly first,
//   then by prefix; namesakes each get their own rows.
// Parameters: $name: the person's name (or the start of it).
// Columns: name, key, other, other_key, events (count of shared events), first, last.
MATCH (p:Person) WHERE p.name STARTS WITH $name
WITH collect(p) AS found
UNWIND CASE WHEN any(x IN found WHERE x.name = $name) THEN [x IN found WHERE x.name = $name]
            ELSE found END AS p
MATCH (p)-[:CHAIRED|ATTENDED|SPOKE_AT|INSPECTED|ACCOMPANIED]->(e:Event)
      <-[:CHAIRED|ATTENDED|SPOKE_AT|INSPECTED|ACCOMPANIED]-(q:Person)
WHERE q <> p
WITH p, q, count(DISTINCT e) AS events, min(e.date) AS first, max(e.date) AS last
RETURN p.name AS name, p.key AS key, q.name AS other, q.key AS other_key, events, first, last
ORDER BY name, key, events DESC, other, other_key
