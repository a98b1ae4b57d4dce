import type { TestProject } from "vitest/node";
import { startTestDatabaseServer } from "./test-database-server";
import { createMigratedTemplate, dropDatabase, dropRunDatabases } from "./template-database";

// Once per `vitest run`: one PostgreSQL server, one migrated template database. Each worker
// then copies the template into a database of its own (tests/setup/worker-database.ts).

declare module "vitest" {
  export interface ProvidedContext {
    testServerUrl: string;
    templateDatabase: string;
    runId: string;
  }
}

export default async function setup(project: TestProject) {
  const server = await startTestDatabaseServer();
  const runId = `${process.pid}`;
  const templateDatabase = `sp_template_${runId}`;
  await createMigratedTemplate(server.url, templateDatabase);
  project.provide("testServerUrl", server.url);
  project.provide("templateDatabase", templateDatabase);
  project.provide("runId", runId);

  return async () => {
    // Worker databases matter only on a shared TEST_DATABASE_URL server; an embedded one is deleted whole.
    await dropRunDatabases(server.url, runId);
    await dropDatabase(server.url, templateDatabase);
    await server.stop();
  };
}
