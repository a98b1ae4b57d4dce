import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { GET as openapi } from "@/app/api/v1/openapi.json/route";
import { BASE } from "@/tests/support/open-data-api";

// Partners feed /api/v1/openapi.json to code generators and API catalogues, which start by
// linting it: the served document must pass Redocly's recommended rules without one warning
// (decision 0040). The CLI runs offline: telemetry and update checks are switched off, and the
// document has no external $ref to fetch.

const run = promisify(execFile);
const REDOCLY = path.resolve(import.meta.dirname, "../../node_modules/@redocly/cli/bin/cli.js");
const OFFLINE_ENV = { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_NOTIFICATIONS: "true", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" };

interface LintReport {
  totals: { errors: number; warnings: number };
  problems: { ruleId: string; message: string; location: { pointer: string }[] }[];
}

async function lint(document: string): Promise<LintReport> {
  // A folder of its own, so no redocly.yaml from the project or above changes the rules.
  const folder = await mkdtemp(path.join(tmpdir(), "openapi-lint-"));
  try {
    await writeFile(path.join(folder, "openapi.json"), document);
    const result = await run(process.execPath, [REDOCLY, "lint", "openapi.json", "--format=json", "--extends=recommended"], { cwd: folder, env: OFFLINE_ENV }).catch(
      (failure: { stdout?: string }) => ({ stdout: failure.stdout ?? "" }),
    );
    return JSON.parse(result.stdout) as LintReport;
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

describe("the OpenAPI document", () => {
  it("passes Redocly's recommended rules with no error and no warning", async () => {
    const response = openapi(new Request(`${BASE}/api/v1/openapi.json`));
    const report = await lint(await response.text());
    const problems = report.problems.map((problem) => `${problem.ruleId} at ${problem.location[0]?.pointer}: ${problem.message}`);
    expect(problems).toEqual([]);
    expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
  }, 60_000);

  it("is caught by the lint when it breaks a rule", async () => {
    const document = JSON.parse(await openapi(new Request(`${BASE}/api/v1/openapi.json`)).text()) as { paths: Record<string, { get: { operationId?: string } }> };
    delete document.paths["/api/v1/stats.json"]!.get.operationId;
    const report = await lint(JSON.stringify(document));
    expect(report.problems.map((problem) => problem.ruleId)).toContain("operation-operationId");
  }, 60_000);
});
