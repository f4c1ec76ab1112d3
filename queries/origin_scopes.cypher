// Purpose: the scope each stored source (Article.origin: web host or file) was given, so a
//   source keeps its scope when it is ingested again (kg.sources).
// Parameters: $origins: list of origins ("web:host" or "file:path").
// Columns: origin, scope.
MATCH (a:Article) WHERE a.origin IN $origins
RETURN DISTINCT a.origin AS origin, a.scope AS scope ORDER BY origin, scope
