// Recurring jobs (graphile-worker's crontab format: minute hour day month weekday task). Each
// runs once per schedule across all instances; graphile-worker records what it ran.
export const crontab = [
  // Network hashes older than 72 h, old daily network secrets, expired counters and challenges.
  "7 * * * * purge_abuse_data",
  // Personal data of pledges whose campaign closed more than its retention period ago.
  "17 3 * * * anonymise_expired_pledges",
].join("\n");
