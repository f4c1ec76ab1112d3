// Purpose: remove one article and every fact only it supported, in order: relationships
//   supported by it alone are deleted; others lose its id and evidence and get first_seen /
//   last_seen recomputed from the remaining articles; then the same for nodes; then the
//   Article node. Mirrors kg.graph.drop_article. Run as one transaction (several statements).
// Parameters: $aid: the article id (key of the Article node).
// Columns: none.
MATCH ()-[r]->() WHERE $aid IN r.articles AND size(r.articles) = 1
DELETE r;
MATCH ()-[r]->() WHERE $aid IN r.articles
WITH r, [x IN r.articles WHERE x <> $aid] AS rest,
     [x IN coalesce(r.evidence, []) WHERE NOT x STARTS WITH $aid + '/'] AS ev,
     r.first_seen IS NOT NULL OR r.last_seen IS NOT NULL AS dated
OPTIONAL MATCH (a:Article) WHERE a.key IN rest AND a.published IS NOT NULL
WITH r, rest, ev, dated, min(a.published) AS first, max(a.published) AS last
SET r.articles = rest,
    r.evidence = CASE WHEN size(ev) = 0 THEN null ELSE ev END,
    r.first_seen = CASE WHEN dated THEN first ELSE null END,
    r.last_seen = CASE WHEN dated THEN last ELSE null END;
MATCH (n) WHERE $aid IN n.articles AND size(n.articles) = 1
DETACH DELETE n;
MATCH (n) WHERE $aid IN n.articles
SET n.articles = [x IN n.articles WHERE x <> $aid];
MATCH (a:Article {key: $aid})
DETACH DELETE a
