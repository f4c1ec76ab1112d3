// Purpose: write one label's nodes of a batch (kg.graph.to_rows): MERGE on the unique key,
//   properties set on create, then the provenance lists grow by union (articles, aliases).
//   Mirrors kg.graph.apply_props. {label} is filled by kg.cypher.load_query from the model's
//   fixed label list, never from user input.
// Parameters: $rows: list of {key, props, articles, aliases}.
// Columns: none.
UNWIND $rows AS row
MERGE (n:{label} {key: row.key})
ON CREATE SET n += row.props
SET n.articles = CASE WHEN size(row.articles) = 0 THEN n.articles
      ELSE coalesce(n.articles, []) + [x IN row.articles WHERE NOT x IN coalesce(n.articles, [])] END,
    n.aliases = CASE WHEN size(row.aliases) = 0 THEN n.aliases
      ELSE coalesce(n.aliases, []) + [x IN row.aliases WHERE NOT x IN coalesce(n.aliases, [])] END
