// `npm run keys:rotate`: re-encrypts every name and email from ENCRYPTION_KEY_PREVIOUS to
// ENCRYPTION_KEY, in place and in batches, while the site keeps running (it reads both keys
// meanwhile). Step by step, and what to back up, in docs/PRIVACY.md ("Rotating the key").
import { db } from "@/lib/db/client";
import { serverEnv } from "@/lib/env";
import { prepareEnvironment } from "@/lib/local/prepare-environment";
import { rotateEncryptionKey } from "@/lib/privacy/rotate-encryption-key";

const database = await prepareEnvironment();
let exitCode = 0;
try {
  const { encryptionKey, previousEncryptionKey } = serverEnv();
  if (!previousEncryptionKey) throw new Error("set ENCRYPTION_KEY_PREVIOUS to the old key and ENCRYPTION_KEY to the new one (docs/PRIVACY.md)");
  if (previousEncryptionKey.equals(encryptionKey)) throw new Error("ENCRYPTION_KEY_PREVIOUS and ENCRYPTION_KEY are the same key");
  const result = await rotateEncryptionKey({ previousKey: previousEncryptionKey, newKey: encryptionKey, log: console.log });
  console.log(`Done: ${result.rotated} values re-encrypted, ${result.alreadyCurrent} were under the new key already.`);
  console.log("Every instance may now drop ENCRYPTION_KEY_PREVIOUS. Destroy the old key once your backups no longer need it.");
} catch (error) {
  console.error(`keys:rotate failed: ${error instanceof Error ? error.message : String(error)}`);
  exitCode = 1;
} finally {
  await db().$disconnect();
  await database.stop();
}
process.exit(exitCode);
