// Purpose: sources (web hosts or files) that were linked into another source's scope as
//   pages of one paper (kg.sources), for `kg merges`.
// Parameters: none.
// Columns: origin, scope, articles.
MATCH (a:Article) WHERE a.origin <> a.scope
RETURN a.origin AS origin, a.scope AS scope, count(*) AS articles ORDER BY origin
