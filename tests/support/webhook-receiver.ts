import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface ReceivedPost {
  headers: IncomingHttpHeaders;
  body: string;
}

/**
 * A real HTTP receiver for webhook tests, on a port of its own (port 0 the first time). It
 * records every POST and answers `status` (200 unless a test makes it fail); stop() closes it
 * outright, so the sender meets a refused connection, and start(port) brings it back there.
 */
export class WebhookReceiver {
  readonly posts: ReceivedPost[] = [];
  status = 200;
  /** Milliseconds to wait before answering (a slow receiver). */
  delayMs = 0;
  private server: Server | undefined;
  port = 0;

  async start(port = this.port): Promise<string> {
    const server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on("data", (chunk: Buffer) => chunks.push(chunk));
      request.on("end", () => {
        this.posts.push({ headers: request.headers, body: Buffer.concat(chunks).toString("utf8") });
        setTimeout(() => response.writeHead(this.status, { "Content-Type": "text/plain" }).end("ok"), this.delayMs);
      });
    });
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(port, "127.0.0.1", () => resolve());
    });
    this.server = server;
    this.port = (server.address() as AddressInfo).port;
    return this.url;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}/hooks`;
  }

  /** Every event received so far, in the order they arrived. */
  events<T = { id: string; type: string; data: Record<string, unknown> }>(): T[] {
    return this.posts.flatMap((post) => JSON.parse(post.body) as T[]);
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
