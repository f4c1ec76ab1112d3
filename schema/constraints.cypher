// Purpose: uniqueness constraints on the graph's keys; applied by `kg init`, idempotent
//   (IF NOT EXISTS). Every node label and relationship type has a unique `key`
//   (kg.graph.node_key / Rel.key), which the UNWIND ... MERGE writes rely on. WriterLock
//   is never committed: its constraint makes queries/writer_lock.cypher a lock.
// Parameters: none.
// Columns: none (schema commands).

CREATE CONSTRAINT person_key IF NOT EXISTS FOR (n:Person) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT office_key IF NOT EXISTS FOR (n:Office) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT district_key IF NOT EXISTS FOR (n:District) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT event_key IF NOT EXISTS FOR (n:Event) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT article_key IF NOT EXISTS FOR (n:Article) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT writer_lock_key IF NOT EXISTS FOR (n:WriterLock) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT chaired_key IF NOT EXISTS FOR ()-[r:CHAIRED]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT attended_key IF NOT EXISTS FOR ()-[r:ATTENDED]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT spoke_at_key IF NOT EXISTS FOR ()-[r:SPOKE_AT]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT inspected_key IF NOT EXISTS FOR ()-[r:INSPECTED]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT accompanied_key IF NOT EXISTS FOR ()-[r:ACCOMPANIED]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT reported_by_key IF NOT EXISTS FOR ()-[r:REPORTED_BY]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT holds_key IF NOT EXISTS FOR ()-[r:HOLDS]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT held_in_key IF NOT EXISTS FOR ()-[r:HELD_IN]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT part_of_key IF NOT EXISTS FOR ()-[r:PART_OF]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT reported_in_key IF NOT EXISTS FOR ()-[r:REPORTED_IN]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT mentioned_in_key IF NOT EXISTS FOR ()-[r:MENTIONED_IN]-() REQUIRE r.key IS UNIQUE;
