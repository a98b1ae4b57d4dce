// Recurring jobs (graphile-worker crontab syntax: minute hour day month weekday task ?options).
// graphile-worker records each run in its own tables, so a job runs once per slot across every
// instance, and `fill` catches up a slot missed while no worker was up.
export const crontab = [
  // Citable snapshot of the public numbers (catch up on the last 2 hours after downtime).
  "0 * * * * take_hourly_stats_snapshot ?fill=2h",
  // Network hashes older than 72 h, old daily network secrets, expired counters and challenges;
  // webhook deliveries and delivered events after 30 days, CRM push attempts after 90.
  "7 * * * * purge_abuse_data",
  // Personal data of pledges whose campaign closed more than its retention period ago.
  "17 3 * * * anonymise_expired_pledges",
].join("\n");
