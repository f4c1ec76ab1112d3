// Purpose: who holds a title (`kg holders 副区长`), anywhere or in one district (offices
//   PART_OF it, directly or through other offices and districts). Titles and district
//   names match exactly first (a district's name or printed alias), then by prefix.
// Parameters: $title: the title (or the start of it); $district: a district name, or null.
// Columns: title, person, person_key, office, office_key, district (nearest District the
//   office is PART_OF, or null), first_seen, last_seen.
OPTIONAL MATCH (d:District) WHERE d.name STARTS WITH $district OR $district IN coalesce(d.aliases, [])
WITH collect(d) AS dfound
WITH CASE WHEN any(x IN dfound WHERE x.name = $district OR $district IN coalesce(x.aliases, []))
          THEN [x IN dfound WHERE x.name = $district OR $district IN coalesce(x.aliases, [])]
          ELSE dfound END AS districts
MATCH (p:Person)-[h:HOLDS]->(o:Office)
WHERE h.title STARTS WITH $title
  AND ($district IS NULL OR EXISTS {
    MATCH (o)-[:PART_OF*1..]->(d:District) WHERE d IN districts
  })
WITH collect({p: p, h: h, o: o}) AS found
UNWIND CASE WHEN any(x IN found WHERE x.h.title = $title) THEN [x IN found WHERE x.h.title = $title]
            ELSE found END AS x
WITH x.p AS p, x.h AS h, x.o AS o
RETURN h.title AS title, p.name AS person, p.key AS person_key, o.name AS office, o.key AS office_key,
       COLLECT {
         MATCH path = (o)-[:PART_OF*1..]->(d:District)
         RETURN d.name AS district ORDER BY length(path), d.key LIMIT 1
       }[0] AS district,
       h.first_seen AS first_seen, h.last_seen AS last_seen
ORDER BY title, office, office_key, first_seen, person, person_key
