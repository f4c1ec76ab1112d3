// Purpose: the articles `kg forget TARGET` means: the article with that id, or every article
//   whose source (file path or URL) is TARGET.
// Parameters: $target: an article id or a source; $sources: source spellings to try.
// Columns: key, source, index, title.
MATCH (a:Article)
WHERE a.key = $target OR a.source IN $sources
RETURN a.key AS key, a.source AS source, a.index AS index, a.title AS title
ORDER BY a.source, a.index
