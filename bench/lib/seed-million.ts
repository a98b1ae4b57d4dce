import type { BenchEnvironment } from "./bench-environment";

// Bulk seeding for the data-scale measurement: confirmed pledges written by INSERT … SELECT over
// generate_series, in batches, with envelopes and keyed hashes of the real lengths (SHA-256 of the
// row number stands in for ciphertext: it looks and weighs the same to PostgreSQL), distinct email
// hashes, 40 countries, a third with a gazetteer city, one in 40 with an approved message for the
// wall (25,000 at a million), confirmations spread over 30 days.
//
// The tally trigger is disabled while seeding (a million TallyEvent rows would only be folded
// again) and the tallies are rebuilt afterwards — the rebuild is itself a measurement.

const COUNTRIES = "DE PL LT LV EE CZ SK FR GB US CA NL BE SE NO FI DK IE ES PT IT AT CH HU RO BG GR UA GE AM AU NZ JP IL TR BY RU KZ MD BR".split(" ");

const SEED_SQL = `
  INSERT INTO "Pledge" ("id", "campaignId", "status", "nameEncrypted", "emailEncrypted", "emailHash", "emailDomain", "country",
                        "cityName", "cityLatitude", "cityLongitude", "cityGeonameId", "displayMode", "locale",
                        "consentProcessing", "confirmationEmailsSent", "message", "messageStatus", "createdAt", "confirmedAt", "updatedAt")
  SELECT gen_random_uuid(), $1, 'CONFIRMED',
         'v1.' || translate(replace(encode(sha256(('n' || i)::bytea) || sha256(('o' || i)::bytea), 'base64'), E'\\n', ''), '+/=', '-_'),
         'v1.' || translate(replace(encode(sha256(('e' || i)::bytea) || sha256(('f' || i)::bytea), 'base64'), E'\\n', ''), '+/=', '-_'),
         translate(encode(sha256(($2 || i)::bytea), 'base64'), '+/=', '-_'),
         'example.org',
         ($3::text[])[1 + i % array_length($3::text[], 1)],
         CASE WHEN i % 3 = 0 THEN 'Seed City ' || (i % 500) END,
         CASE WHEN i % 3 = 0 THEN 40 + (i % 500) / 50.0 END,
         CASE WHEN i % 3 = 0 THEN 10 + (i % 500) / 25.0 END,
         CASE WHEN i % 3 = 0 THEN 90000000 + i % 500 END,
         'ANONYMOUS', 'en', true, 1,
         CASE WHEN i % 40 = 0 THEN 'Solidarity from seed supporter ' || i END,
         CASE WHEN i % 40 = 0 THEN 'APPROVED'::"MessageStatus" END,
         ts, ts, ts
  FROM (SELECT i, now() - (i % 2592000) * interval '1 second' AS ts FROM generate_series($4::int, $5::int) AS i) AS s`;

export async function seedConfirmedPledges(env: BenchEnvironment, count: number, log: (line: string) => void): Promise<{ seconds: number }> {
  const started = Date.now();
  const tag = `seed-${Date.now()}-`;
  // Secondary indexes are dropped for the load and rebuilt from their own definitions after it
  // (one sort per index instead of a million random insertions): the standard bulk-load path.
  const { rows: indexes } = await env.database.pool.query<{ name: string; definition: string }>(
    `SELECT indexname AS name, indexdef AS definition FROM pg_indexes WHERE tablename = 'Pledge' AND indexname <> 'Pledge_pkey'`,
  );
  await env.database.pool.query(`ALTER TABLE "Pledge" DISABLE TRIGGER USER`);
  try {
    for (const index of indexes) await env.database.pool.query(`DROP INDEX "${index.name}"`);
    const batch = 250_000;
    for (let from = 1; from <= count; from += batch) {
      await env.database.pool.query(SEED_SQL, [env.campaignId, tag, COUNTRIES, from, Math.min(count, from + batch - 1)]);
      log(`seeded ${Math.min(count, from + batch - 1).toLocaleString("en")} pledges`);
    }
  } finally {
    for (const index of indexes) await env.database.pool.query(index.definition.replace(/^CREATE (UNIQUE )?INDEX /, "CREATE $1INDEX IF NOT EXISTS "));
    await env.database.pool.query(`ALTER TABLE "Pledge" ENABLE TRIGGER USER`);
  }
  // What autovacuum does soon after a bulk load: statistics, and the visibility map that lets
  // counts over an index skip the table.
  await env.database.pool.query(`VACUUM (ANALYZE) "Pledge"`);
  return { seconds: (Date.now() - started) / 1000 };
}
