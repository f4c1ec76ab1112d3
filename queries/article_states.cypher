// Purpose: the stored articles a batch may repeat or correct: those with one of the given
//   ids, or from one of the given sources (the caller matches source + index).
// Parameters: $ids: list of article ids; $sources: list of source paths or URLs.
// Columns: key, source, index, title, url, content_hash, published.
MATCH (a:Article)
WHERE a.key IN $ids OR a.source IN $sources
RETURN a.key AS key, a.source AS source, a.index AS index, a.title AS title, a.url AS url,
       a.content_hash AS content_hash, a.published AS published
