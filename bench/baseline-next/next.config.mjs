import path from "node:path";

// Turbopack resolves `next` from the project's node_modules, two folders up.
const nextConfig = { turbopack: { root: path.resolve(import.meta.dirname, "..", "..") } };
export default nextConfig;
