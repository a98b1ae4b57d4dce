// Configuration for the Prisma CLI (generate). Migrations are applied by our own offline runner
// (scripts/db-migrate.ts, see docs/decisions/0003-offline-migrations-wasm-schema-engine.md),
// so the CLI never needs a live URL; `prisma generate` works without one.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
