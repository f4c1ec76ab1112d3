// Purpose: a district or place (`kg district`): what it is part of, the places inside it,
//   the offices under it and the officials holding posts there, and the events held there
//   or at a place inside it. Names match exactly first (the name, or a printed alias:
//   梧桐办事处 for 梧桐街道), then by prefix; every District with the name is a row of its own.
// Parameters: $district: the district's name (or the start of it).
// Columns: key, name, level, kind, part_of (list of names), places (names inside it),
//   offices (list of names), officials (list of {person, person_key, office, title,
//   first_seen, last_seen}), events (list of {event, date, type, caption, places, summary}).
MATCH (d:District) WHERE d.name STARTS WITH $district OR $district IN coalesce(d.aliases, [])
WITH collect(d) AS found
UNWIND CASE WHEN any(x IN found WHERE x.name = $district OR $district IN coalesce(x.aliases, []))
            THEN [x IN found WHERE x.name = $district OR $district IN coalesce(x.aliases, [])]
            ELSE found END AS d
RETURN d.key AS key, d.name AS name, d.level AS level, d.kind AS kind,
  COLLECT {
    MATCH (d)-[:PART_OF*1..]->(up:District) RETURN DISTINCT up.name AS up ORDER BY up
  } AS part_of,
  COLLECT {
    MATCH (sub:District)-[:PART_OF*1..]->(d) RETURN DISTINCT sub.name AS sub ORDER BY sub
  } AS places,
  COLLECT {
    MATCH (o:Office)-[:PART_OF*1..]->(d) RETURN DISTINCT o.name AS office ORDER BY office
  } AS offices,
  COLLECT {
    MATCH (p:Person)-[h:HOLDS]->(o:Office)-[:PART_OF*1..]->(d)
    WITH DISTINCT p, h, o
    RETURN {person: p.name, person_key: p.key, office: o.name, title: h.title,
            first_seen: h.first_seen, last_seen: h.last_seen} AS official
    ORDER BY p.name, p.key, o.name, h.title
  } AS officials,
  COLLECT {
    MATCH (e:Event)-[:HELD_IN]->(:District)-[:PART_OF*0..]->(d)
    WITH DISTINCT e
    RETURN {event: e.key, date: e.date, type: e.type, caption: e.caption, places: e.places,
            summary: e.summary} AS event
    ORDER BY e.date, e.key
  } AS events
ORDER BY name, key
