// Purpose: stored persons a batch's names may resolve to, with their home district, the
//   sources (Article.scope) they were read in, and their posts in source-scoped offices
//   (kg.resolve.KnownPerson; the posts link pages of one paper, kg.sources).
// Parameters: $names: list of person names.
// Columns: key, name, home, home_rank, home_level, scopes, posts ("scope|office|title").
MATCH (p:Person) WHERE p.name IN $names
OPTIONAL MATCH (p)-[:MENTIONED_IN]->(a:Article)
WITH p, collect(DISTINCT a.scope) AS scopes
OPTIONAL MATCH (p)-[h:HOLDS]->(o:Office) WHERE o.scope IS NOT NULL
RETURN p.key AS key, p.name AS name, p.home AS home, p.home_rank AS home_rank,
       p.home_level AS home_level, scopes,
       collect(DISTINCT o.scope + '|' + o.name + '|' + h.title) AS posts
