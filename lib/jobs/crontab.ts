// Recurring jobs (graphile-worker crontab syntax: minute hour day month weekday task ?options).
// graphile-worker records each run in its own tables, so a job runs once per slot across every
// instance, and `fill` catches up a slot missed while no worker was up (here: the last 2 hours).
export const crontab = ["0 * * * * take_hourly_stats_snapshot ?fill=2h"].join("\n");
