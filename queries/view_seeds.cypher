// Purpose: the nodes `kg view` starts from: people ($kind 'person'), offices ('office'),
//   districts or places ('district': a printed alias counts, 梧桐办事处 for 梧桐街道) or
//   events ('event': the event's key, else events whose caption or summary contains the
//   text). Names match exactly first (name, alias or key), then by prefix (events: by
//   containment).
// Parameters: $kind: person|office|district|event; $name: a name (or the start of one), or
//   for events a key or words of the caption or summary.
// Columns: key, label.
CALL () {
  MATCH (n:Person) WHERE $kind = 'person' AND n.name STARTS WITH $name
  RETURN n, n.name = $name AS exact
  UNION
  MATCH (n:Office) WHERE $kind = 'office' AND n.name STARTS WITH $name
  RETURN n, n.name = $name AS exact
  UNION
  MATCH (n:District)
  WHERE $kind = 'district' AND (n.name STARTS WITH $name OR $name IN coalesce(n.aliases, []))
  RETURN n, (n.name = $name OR $name IN coalesce(n.aliases, [])) AS exact
  UNION
  MATCH (n:Event)
  WHERE $kind = 'event' AND (n.key = $name OR n.caption CONTAINS $name OR n.summary CONTAINS $name)
  RETURN n, n.key = $name AS exact
}
WITH collect({n: n, exact: exact}) AS found
UNWIND CASE WHEN any(x IN found WHERE x.exact) THEN [x IN found WHERE x.exact] ELSE found END AS x
WITH DISTINCT x.n AS n
RETURN n.key AS key, labels(n)[0] AS label
ORDER BY key
