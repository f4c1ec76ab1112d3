// Purpose: the writer lock of `kg ingest` (Neo4jStore.exclusive). Run in a transaction that
//   is never committed: the uncommitted WriterLock node holds the unique-key lock of
//   schema/constraints.cypher (writer_lock_key), so the same MERGE in another transaction
//   waits until this one ends (rolled back when the ingest ends, or when its connection
//   dies with a killed kg or a restarted server). The node is never visible to anyone;
//   should one exist (committed by hand), the SET still takes its write lock.
// Parameters: none.
// Columns: none.
MERGE (l:WriterLock {key: 'kg-writer'})
SET l.locked_at = timestamp()
