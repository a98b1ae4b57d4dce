import net from "node:net";

// The bench's own servers listen on loopback ports 3850–3899 (the range this bench was given on
// the shared development machine), taking the first one free at run time.
const FIRST = 3850;
const LAST = 3899;
const taken = new Set<number>();

export async function benchPort(): Promise<number> {
  for (let port = FIRST; port <= LAST; port += 1) {
    if (taken.has(port)) continue;
    if (await isFree(port)) {
      taken.add(port);
      return port;
    }
  }
  throw new Error(`no free port between ${FIRST} and ${LAST}`);
}

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}
