// Purpose: one person's activity in date order (`kg timeline`), one row per fact and source
//   sentence: posts they were printed with (dated by the article), events they took part
//   in, by role (dated by the event, else by the article), and articles they wrote (as a
//   reporter). The sentence comes from the relationship's evidence ("article/sSENTENCE/
//   start-end/..."), cut from the article's text. Names match exactly first, then by prefix.
// Parameters: $name: the person's name (or the start of it).
// Columns: date, name, key, fact (post, a role, or reported), detail, article, sentence_no,
//   sentence.
MATCH (p:Person) WHERE p.name STARTS WITH $name
WITH collect(p) AS found
UNWIND CASE WHEN any(x IN found WHERE x.name = $name) THEN [x IN found WHERE x.name = $name]
            ELSE found END AS p
CALL (p) {
  MATCH (p)-[r:HOLDS]->(o:Office)
  RETURN 'post' AS fact, o.name + ' ' + r.title AS detail, null AS event_date, r
  UNION ALL
  MATCH (p)-[r:CHAIRED|ATTENDED|SPOKE_AT|INSPECTED|ACCOMPANIED]->(e:Event)
  RETURN CASE type(r) WHEN 'SPOKE_AT' THEN 'spoke' ELSE toLower(type(r)) END AS fact,
         e.type + reduce(s = '', y IN coalesce(e.places, []) |
                         s + CASE s WHEN '' THEN ' at ' ELSE '、' END + y) AS detail,
         e.date AS event_date, r
  UNION ALL
  MATCH (a:Article)-[r:REPORTED_BY]->(p)
  RETURN 'reported' AS fact, r.role + ': ' + a.title AS detail, null AS event_date, r
}
UNWIND CASE WHEN size(coalesce(r.evidence, [])) = 0 THEN r.articles ELSE r.evidence END AS ev
WITH p, fact, detail, event_date, split(ev, '/') AS part
MATCH (a:Article {key: part[0]})
WITH p, fact, detail, coalesce(event_date, a.published) AS date, a,
     CASE WHEN size(part) >= 3 THEN toInteger(substring(part[1], 1)) END AS sentence_no,
     CASE WHEN size(part) >= 3 THEN [x IN split(part[2], '-') | toInteger(x)] END AS span
RETURN DISTINCT date, p.name AS name, p.key AS key, fact, detail, a.key AS article, sentence_no,
       CASE WHEN span IS NULL THEN null ELSE substring(a.text, span[0], span[1] - span[0]) END AS sentence
ORDER BY date, name, key, article, sentence_no, fact, detail
