import net from "node:net";

// A lean event-stream client for thousands of connections from one process: a raw socket, an
// HTTP/1.1 GET, a chunked-transfer decoder and an SSE frame splitter. No EventSource, no fetch
// stream per client: each costs a socket and a few small buffers. Only `event: tally` frames
// are reported, with their total and arrival time.

export interface SseClient {
  connected: Promise<void>;
  close(): void;
}

export function openSseClient(origin: string, path: string, onTally: (total: number, at: number) => void): SseClient {
  const { hostname, port } = new URL(origin);
  const socket = net.connect({ host: hostname, port: Number(port) });
  let headerDone = false;
  let raw = ""; // undecoded bytes (latin1, to keep chunk sizes exact)
  let text = ""; // decoded event-stream text
  let resolveConnected: () => void;
  let rejectConnected: (error: Error) => void;
  const connected = new Promise<void>((resolve, reject) => {
    resolveConnected = resolve;
    rejectConnected = reject;
  });
  socket.setNoDelay(true);
  socket.on("connect", () => socket.write(`GET ${path} HTTP/1.1\r\nHost: ${hostname}:${port}\r\nAccept: text/event-stream\r\n\r\n`));
  socket.on("error", (error) => rejectConnected(error));
  socket.on("data", (data: Buffer) => {
    raw += data.toString("latin1");
    if (!headerDone) {
      const end = raw.indexOf("\r\n\r\n");
      if (end < 0) return;
      if (!raw.startsWith("HTTP/1.1 200")) {
        rejectConnected(new Error(raw.slice(0, raw.indexOf("\r\n"))));
        socket.destroy();
        return;
      }
      headerDone = true;
      raw = raw.slice(end + 4);
      resolveConnected();
    }
    // Chunked transfer: "<hex size>\r\n<bytes>\r\n" repeated.
    for (;;) {
      const lineEnd = raw.indexOf("\r\n");
      if (lineEnd < 0) break;
      const size = parseInt(raw.slice(0, lineEnd), 16);
      if (Number.isNaN(size) || raw.length < lineEnd + 2 + size + 2) break;
      text += Buffer.from(raw.slice(lineEnd + 2, lineEnd + 2 + size), "latin1").toString("utf8");
      raw = raw.slice(lineEnd + 2 + size + 2);
    }
    for (let end = text.indexOf("\n\n"); end >= 0; end = text.indexOf("\n\n")) {
      const frame = text.slice(0, end);
      text = text.slice(end + 2);
      if (!frame.includes("event: tally")) continue;
      const data = /^data: (.*)$/m.exec(frame)?.[1];
      if (data) onTally((JSON.parse(data) as { total: number }).total, Date.now());
    }
  });
  return { connected, close: () => socket.destroy() };
}
