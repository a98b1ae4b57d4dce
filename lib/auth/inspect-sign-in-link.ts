import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/lib/db/client";
import { authSecret } from "./auth-secret";
import { normaliseOrganiserEmail } from "./organiser-email";

/**
 * Whether an emailed sign-in link can still be used, without using it (the page it opens only
 * shows a button). Auth.js stores SHA-256(token + secret), hex; we look that up read-only.
 */
export async function inspectSignInLink(email: string, token: string): Promise<"ready" | "invalid"> {
  if (!email || !/^[0-9a-f]{16,128}$/i.test(token)) return "invalid";
  const hashed = createHash("sha256").update(`${token}${authSecret()}`, "utf8").digest("hex");
  const found = await db().verificationToken.findUnique({
    where: { identifier_token: { identifier: normaliseOrganiserEmail(email), token: hashed } },
    select: { expires: true },
  });
  return found && found.expires > new Date() ? "ready" : "invalid";
}
