// Purpose: lookup indexes for names and dates, and a full-text index on names and titles;
//   applied by `kg init` after constraints.cypher, idempotent (IF NOT EXISTS).
//   The full-text index uses the CJK analyzer, so Chinese names match by character bigrams.
// Parameters: none.
// Columns: none (schema commands).
CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name);
CREATE INDEX office_name IF NOT EXISTS FOR (n:Office) ON (n.name);
CREATE INDEX district_name IF NOT EXISTS FOR (n:District) ON (n.name);
CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.date);
CREATE INDEX event_type_date IF NOT EXISTS FOR (n:Event) ON (n.type, n.date);
CREATE INDEX event_sig IF NOT EXISTS FOR (n:Event) ON (n.sig);
CREATE INDEX article_published IF NOT EXISTS FOR (n:Article) ON (n.published);
CREATE INDEX article_source IF NOT EXISTS FOR (n:Article) ON (n.source);
CREATE INDEX article_origin IF NOT EXISTS FOR (n:Article) ON (n.origin);
CREATE INDEX holds_title IF NOT EXISTS FOR ()-[r:HOLDS]-() ON (r.title);
CREATE INDEX holds_first_seen IF NOT EXISTS FOR ()-[r:HOLDS]-() ON (r.first_seen);
CREATE FULLTEXT INDEX names IF NOT EXISTS
  FOR (n:Person|Office|District|Event|Article) ON EACH [n.name, n.title, n.summary]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};
