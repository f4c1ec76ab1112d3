// Purpose: everything known about a person (`kg person`): posts (office, title, first and
//   last seen), events with the person's roles and the source sentence, places of those
//   events, and the articles naming them. Names match exactly first, then by prefix; every
//   Person with the name is a row of its own, so namesakes are told apart by their posts.
// Parameters: $name: the person's name (or the start of it).
// Columns: key, name, home, posts (list of {office, office_key, title, first_seen, last_seen}),
//   events (list of {event, date, type, caption, roles, places, summary, sentence, article}),
//   places (list of place names), articles (list of {article, title, published}).
MATCH (p:Person) WHERE p.name STARTS WITH $name
WITH collect(p) AS found
UNWIND CASE WHEN any(x IN found WHERE x.name = $name) THEN [x IN found WHERE x.name = $name]
            ELSE found END AS p
RETURN p.key AS key, p.name AS name, p.home AS home,
  COLLECT {
    MATCH (p)-[h:HOLDS]->(o:Office)
    RETURN {office: o.name, office_key: o.key, title: h.title, first_seen: h.first_seen,
            last_seen: h.last_seen} AS post
    ORDER BY h.first_seen, o.name, h.title, o.key
  } AS posts,
  COLLECT {
    MATCH (p)-[r:CHAIRED|ATTENDED|SPOKE_AT|INSPECTED|ACCOMPANIED]->(e:Event)
    WITH e, CASE type(r) WHEN 'SPOKE_AT' THEN 'spoke' ELSE toLower(type(r)) END AS role
    ORDER BY role
    WITH e, collect(role) AS roles
    WITH e, roles, COLLECT {
      MATCH (e)-[m:REPORTED_IN]->(a:Article)
      RETURN {article: a.key, sentence: m.sentence_text} AS src ORDER BY a.published, a.key LIMIT 1
    } AS src
    RETURN {event: e.key, date: e.date, type: e.type, caption: e.caption, roles: roles, places: e.places,
            summary: e.summary, sentence: src[0].sentence, article: src[0].article} AS event
    ORDER BY e.date, e.key
  } AS events,
  COLLECT {
    MATCH (p)-[:CHAIRED|ATTENDED|SPOKE_AT|INSPECTED|ACCOMPANIED]->(:Event)-[:HELD_IN]->(d:District)
    RETURN DISTINCT d.name AS place ORDER BY place
  } AS places,
  COLLECT {
    MATCH (p)-[:MENTIONED_IN|REPORTED_BY]-(a:Article)  // (p)-[:MENTIONED_IN]->(a), (a)-[:REPORTED_BY]->(p)
    WITH DISTINCT a
    RETURN {article: a.key, title: a.title, published: a.published} AS article
    ORDER BY a.published, a.key
  } AS articles
ORDER BY name, key
