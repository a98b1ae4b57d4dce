// Runs once when a server instance boots. Node-only work lives in instrumentation-node.ts so the
// Edge bundle of this file stays free of Node APIs.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") await import("./instrumentation-node");
}
