// Runs once when a server instance boots: a bad configuration stops it here, with a message
// naming every problem, instead of failing on the first request that needs a key.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { serverEnv } = await import("@/lib/env");
  serverEnv();
}
