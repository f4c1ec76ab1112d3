// Purpose: the writer lock of `kg ingest` (Neo4jStore.exclusive). Run in a transaction that
//   is never committed: the uncommitted WriterLock node holds the unique-key lock of
//   schema/constraints.cypher (writer_lock_key), so the same CREATE in another transaction
//   waits until this one ends (rolled back when the ingest ends, or when its connection
//   dies with a killed kg or a restarted server). The node is never visible to anyone.
//   CREATE, not MERGE: MERGE takes a shared lock and upgrades it, and two ingests starting
//   together would deadlock on the upgrade.
// Parameters: none.
// Columns: none.
CREATE (l:WriterLock {key: 'kg-writer'})
