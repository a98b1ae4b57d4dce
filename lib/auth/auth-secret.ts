import "server-only";

/** Auth.js's secret (AUTH_SECRET): the embedded default generates one into .data/secrets.json. */
export function authSecret(): string {
  const secret = process.env.AUTH_SECRET?.trim();
  if (!secret) throw new Error("AUTH_SECRET is not set: organisers cannot sign in (see .env.example; `openssl rand -base64 32`).");
  return secret;
}
