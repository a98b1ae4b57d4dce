// Copies MapLibre GL's web worker into public/vendor/maplibre/ so the browser loads it from our
// own origin. Turbopack cannot bundle MapLibre 6's worker, and a CDN would break our rule that no
// request leaves the site. Runs after `npm install` (public/vendor/ is git-ignored).
import { copyFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
// Resolved through the package's own "./dist/*" export, so npm workspaces' hoisting is followed.
const dist = path.dirname(fileURLToPath(import.meta.resolve("maplibre-gl/dist/maplibre-gl-worker.mjs")));
const target = path.join(root, "public", "vendor", "maplibre");

mkdirSync(target, { recursive: true });
// The worker imports the shared chunk by relative path: both must sit side by side.
for (const file of ["maplibre-gl-worker.mjs", "maplibre-gl-shared.mjs"]) {
  copyFileSync(path.join(dist, file), path.join(target, file));
}
console.log(`copied MapLibre's worker to ${path.relative(root, target)}`);
