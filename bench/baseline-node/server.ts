// B_node's server, run in its own process (as the app's server is): a bare node:http server that
// reads the POST body and does one pledge-shaped INSERT per request. Args: port, database URL,
// campaign id, pool size. Prints "ready" when listening.
import http from "node:http";
import pg from "pg";
import { INSERT_PLEDGE_ROW, pledgeRowValues } from "../lib/pledge-row";

const [port, databaseUrl, campaignId, poolSize] = process.argv.slice(2);
const pool = new pg.Pool({ connectionString: databaseUrl, max: Number(poolSize) });
let n = 0;

const server = http.createServer((request, response) => {
  request.resume();
  request.on("end", () => {
    pool
      .query(INSERT_PLEDGE_ROW, pledgeRowValues(campaignId!, (n += 1)))
      .then(() => response.writeHead(200, { "content-type": "text/plain" }).end("ok"))
      .catch(() => response.writeHead(500).end());
  });
});
server.listen(Number(port), "127.0.0.1", () => process.stdout.write("ready\n"));
process.once("SIGTERM", () => {
  server.closeAllConnections();
  server.close(() => void pool.end().then(() => process.exit(0)));
});
