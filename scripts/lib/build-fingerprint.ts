import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { projectRoot } from "@/lib/local/data-dir";

// `npm start` builds only when the sources changed since the last build. The fingerprint is a
// hash of everything that goes into the build; it is stored next to the build output.
const inputs = ["app", "components", "lib", "messages", "content", "public", "proxy.ts", "instrumentation.ts", "instrumentation-node.ts", "instrumentation-client.ts", "next.config.ts", "postcss.config.mjs", "tsconfig.json", "package-lock.json", "prisma/schema.prisma"];
const skipped = new Set(["node_modules", "generated", ".next", "vendor"]);
const fingerprintFile = path.join(projectRoot, ".next", "source-fingerprint");

export function sourceFingerprint(): string {
  const hash = createHash("sha256");
  for (const input of inputs) addPath(hash, path.join(projectRoot, input));
  return hash.digest("hex");
}

export function buildIsCurrent(): boolean {
  if (!existsSync(path.join(projectRoot, ".next", "BUILD_ID")) || !existsSync(fingerprintFile)) return false;
  return readFileSync(fingerprintFile, "utf8").trim() === sourceFingerprint();
}

export function recordBuild(fingerprint: string): void {
  writeFileSync(fingerprintFile, fingerprint + "\n");
}

function addPath(hash: ReturnType<typeof createHash>, absolute: string): void {
  if (!existsSync(absolute)) return;
  if (statSync(absolute).isDirectory()) {
    for (const entry of readdirSync(absolute).sort()) {
      if (!skipped.has(entry) && !entry.endsWith(".test.ts")) addPath(hash, path.join(absolute, entry));
    }
    return;
  }
  hash.update(path.relative(projectRoot, absolute)).update("\0").update(readFileSync(absolute)).update("\0");
}
