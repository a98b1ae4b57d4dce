// The advisory lock that makes the aggregator single: every instance runs the loop, and only the
// one holding this lock folds events or rebuilds tallies. A transaction-level lock is released by
// COMMIT or ROLLBACK, and by PostgreSQL itself when the connection dies: a crashed instance can
// never leave the tallies locked. (The value is "TALLY1" in ASCII; graphile-worker uses others.)
export const TALLY_LOCK_KEY = 0x54414c4c5931n;
