// Purpose: write one (type, start label, end label) group of a batch's relationships:
//   MERGE on the unique key between the two keyed nodes, properties set on create, then
//   articles/evidence grow by union and first_seen/last_seen widen. Mirrors
//   kg.graph.apply_props. {type}, {start}, {end} come from the model's fixed vocabulary.
// Parameters: $rows: list of {key, start, end, props, articles, evidence, first_seen, last_seen}.
// Columns: none.
UNWIND $rows AS row
MATCH (s:{start} {key: row.start})
MATCH (e:{end} {key: row.end})
MERGE (s)-[r:{type} {key: row.key}]->(e)
ON CREATE SET r += row.props
SET r.articles = CASE WHEN size(row.articles) = 0 THEN r.articles
      ELSE coalesce(r.articles, []) + [x IN row.articles WHERE NOT x IN coalesce(r.articles, [])] END,
    r.evidence = CASE WHEN size(row.evidence) = 0 THEN r.evidence
      ELSE coalesce(r.evidence, []) + [x IN row.evidence WHERE NOT x IN coalesce(r.evidence, [])] END,
    r.first_seen = CASE WHEN row.first_seen IS NULL THEN r.first_seen
      WHEN r.first_seen IS NULL OR row.first_seen < r.first_seen THEN row.first_seen
      ELSE r.first_seen END,
    r.last_seen = CASE WHEN row.last_seen IS NULL THEN r.last_seen
      WHEN r.last_seen IS NULL OR row.last_seen > r.last_seen THEN row.last_seen
      ELSE r.last_seen END
