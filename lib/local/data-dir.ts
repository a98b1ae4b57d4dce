import path from "node:path";

// Everything the embedded default keeps on disk lives under .data/ (git-ignored): the
// PostgreSQL cluster, generated secrets. Deleting the folder resets the local installation.
export const projectRoot = path.resolve(import.meta.dirname, "..", "..");
export const dataDir = path.join(projectRoot, ".data");
