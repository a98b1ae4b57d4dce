import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// Route handlers get no CSRF check from Next (server actions do). Every POST, PUT, PATCH and
// DELETE exported from app/ — today's and those added later — must be wrapped in
// sameOriginOnly() (lib/security/same-origin-route.ts); this test reads the route files.

const appDir = path.join(import.meta.dirname, "..", "..", "app");
const mutating = "POST|PUT|PATCH|DELETE";

function routeFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return /^route\.(ts|tsx|js|mjs)$/.test(entry.name) ? [full] : [];
  });
}

/** Mutating exports that are not `export const X = sameOriginOnly(…)`. */
function unguardedExports(source: string): string[] {
  const problems: string[] = [];
  for (const match of source.matchAll(new RegExp(`export\\s+(?:async\\s+)?function\\s+(${mutating})\\b`, "g"))) problems.push(`function ${match[1]}`);
  for (const match of source.matchAll(new RegExp(`export\\s+const\\s+(${mutating})\\s*=(?!\\s*sameOriginOnly\\()`, "g"))) problems.push(`const ${match[1]}`);
  for (const match of source.matchAll(/export\s+const\s*\{([^}]*)\}/g)) {
    for (const name of match[1]!.split(",").map((part) => part.trim().split(/\s*:\s*/).pop()!)) {
      if (new RegExp(`^(${mutating})$`).test(name)) problems.push(`destructured ${name}`);
    }
  }
  for (const match of source.matchAll(new RegExp(`export\\s*\\{([^}]*\\b(?:${mutating})\\b[^}]*)\\}`, "g"))) problems.push(`re-export {${match[1]!.trim()}}`);
  return problems;
}

describe("mutating route handlers", () => {
  it("are all wrapped in sameOriginOnly()", () => {
    const files = routeFiles(appDir);
    expect(files.length).toBeGreaterThan(0);
    const unguarded = files.flatMap((file) => unguardedExports(readFileSync(file, "utf8")).map((problem) => `${path.relative(appDir, file)}: ${problem}`));
    expect(unguarded).toEqual([]);
  });

  it("the check itself spots every unguarded form", () => {
    expect(unguardedExports("export async function POST(request: Request) {}")).toEqual(["function POST"]);
    expect(unguardedExports("export const DELETE = handler;")).toEqual(["const DELETE"]);
    expect(unguardedExports("export const { GET, POST } = handlers;")).toEqual(["destructured POST"]);
    expect(unguardedExports("export { handler as PATCH };")).toEqual(["re-export {handler as PATCH}"]);
    expect(unguardedExports("export const POST = sameOriginOnly(handler);\nexport function GET() {}")).toEqual([]);
  });
});
