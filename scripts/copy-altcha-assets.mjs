// Copies ALTCHA's proof-of-work worker into public/vendor/altcha/ so the browser loads it from
// our own origin as a plain file: no CDN, and no blob: or data: worker that a strict
// Content-Security-Policy would have to allow (worker-src 'self' is enough). Runs after
// `npm install` (public/vendor/ is git-ignored).
import { copyFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const source = fileURLToPath(import.meta.resolve("altcha/workers/sha"));
const target = path.join(root, "public", "vendor", "altcha");

mkdirSync(target, { recursive: true });
copyFileSync(source, path.join(target, "sha.js"));
console.log(`copied ALTCHA's worker to ${path.relative(root, target)}`);
