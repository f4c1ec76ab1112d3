// Purpose: a person's neighbourhood as a graph, for Neo4j Browser (`kg browser --queries`):
//   the offices they hold (HOLDS, captioned by title), the events they took part in (by
//   role) and the districts those events were held in. Namesakes all appear.
// Parameters: $name: the person's name, exactly as printed.
// Columns: p (Person), r (HOLDS or role relationship), x (Office or Event),
//   h (HELD_IN, or null), d (District, or null).
MATCH (p:Person {name: $name})-[r:HOLDS|CHAIRED|ATTENDED|SPOKE_AT|INSPECTED|ACCOMPANIED]->(x)
OPTIONAL MATCH (x:Event)-[h:HELD_IN]->(d:District)
RETURN p, r, x, h, d
LIMIT 500
