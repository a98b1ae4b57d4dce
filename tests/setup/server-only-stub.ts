// Vitest runs lib/ code directly in Node, outside React's server layer, where the real
// "server-only" package throws by design. The guard still protects every Next.js bundle.
export {};
