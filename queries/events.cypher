// Purpose: events matching every filter given (`kg events`): a participant (by name), a
//   place (the place itself or any place inside it, through PART_OF), the event type, a
//   role (of that participant, or of anybody when no person is given) and a date range
//   (inclusive; undated events are left out when a bound is given). Person and place
//   names match exactly first (a place's name or printed alias), then by prefix.
// Parameters: $person, $place: names or null; $type: meeting|inspection|other or null;
//   $role: chaired|attended|spoke|inspected|accompanied or null; $from, $to: ISO dates or null.
// Columns: key, date, type, caption (date, type and short title: kg.graph.captions), places,
//   summary, participants (list of "name (role, ...)"),
//   sentence (the sentence reporting it, from its first article), article.
OPTIONAL MATCH (p:Person) WHERE p.name STARTS WITH $person
WITH collect(p) AS pfound
WITH CASE WHEN any(x IN pfound WHERE x.name = $person) THEN [x IN pfound WHERE x.name = $person]
          ELSE pfound END AS people
OPTIONAL MATCH (d:District) WHERE d.name STARTS WITH $place OR $place IN coalesce(d.aliases, [])
WITH people, collect(d) AS dfound
WITH people, CASE WHEN any(x IN dfound WHERE x.name = $place OR $place IN coalesce(x.aliases, []))
                  THEN [x IN dfound WHERE x.name = $place OR $place IN coalesce(x.aliases, [])]
                  ELSE dfound END AS places,
     CASE $role WHEN 'spoke' THEN 'SPOKE_AT' ELSE toUpper($role) END AS role_type
CALL (people) {  // the person's events when a person is given (not a scan of every event)
  UNWIND people AS x
  MATCH (x)-[:CHAIRED|ATTENDED|SPOKE_AT|INSPECTED|ACCOMPANIED]->(e:Event)
  RETURN DISTINCT e
  UNION
  MATCH (e:Event) WHERE $person IS NULL
  RETURN e
}
WITH people, places, role_type, e
WHERE ($type IS NULL OR e.type = $type)
  AND ($from IS NULL OR e.date >= $from)
  AND ($to IS NULL OR e.date <= $to)
  AND ($place IS NULL OR EXISTS {
    MATCH (e)-[:HELD_IN]->(:District)-[:PART_OF*0..]->(d:District) WHERE d IN places
  })
  AND ($person IS NULL OR EXISTS {
    MATCH (x:Person)-[r:CHAIRED|ATTENDED|SPOKE_AT|INSPECTED|ACCOMPANIED]->(e)
    WHERE x IN people AND ($role IS NULL OR type(r) = role_type)
  })
  AND ($person IS NOT NULL OR $role IS NULL OR EXISTS {
    MATCH (:Person)-[r:CHAIRED|ATTENDED|SPOKE_AT|INSPECTED|ACCOMPANIED]->(e) WHERE type(r) = role_type
  })
WITH e, COLLECT {
  MATCH (e)-[m:REPORTED_IN]->(a:Article)
  RETURN {article: a.key, sentence: m.sentence_text} AS src ORDER BY a.published, a.key LIMIT 1
} AS src
RETURN e.key AS key, e.date AS date, e.type AS type, e.caption AS caption, e.places AS places,
  e.summary AS summary,
  COLLECT {
    MATCH (x:Person)-[r:CHAIRED|ATTENDED|SPOKE_AT|INSPECTED|ACCOMPANIED]->(e)
    WITH x, CASE type(r) WHEN 'SPOKE_AT' THEN 'spoke' ELSE toLower(type(r)) END AS role
    ORDER BY role
    WITH x, collect(role) AS roles
    RETURN x.name + ' (' + reduce(s = '', y IN roles | s + CASE s WHEN '' THEN '' ELSE ', ' END + y) + ')'
      AS who ORDER BY x.name, x.key
  } AS participants,
  src[0].sentence AS sentence, src[0].article AS article
ORDER BY date, key
