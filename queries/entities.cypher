// Purpose: every resolved entity with what resolution decided, for `kg merges`
//   (kg.resolve.explain lists merges and near-misses from these rows).
// Parameters: none.
// Columns: label, key, name, basis, home, scope, sig, articles, aliases.
MATCH (n) WHERE n:Person OR n:Office OR n:District OR n:Event
RETURN labels(n)[0] AS label, n.key AS key, coalesce(n.name, n.summary) AS name,
       n.basis AS basis, n.home AS home, n.scope AS scope, n.sig AS sig,
       n.articles AS articles, n.aliases AS aliases
ORDER BY label, key
