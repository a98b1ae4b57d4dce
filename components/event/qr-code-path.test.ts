import decodeQR from "@paulmillr/qr/decode.js";
import { describe, expect, it } from "vitest";
import { QUIET_ZONE, qrCodeDrawing } from "./qr-code-path";

/** Paints the drawing's path (only "M x y h w v1 h-w z" runs) into an RGBA image, `scale` pixels a module. */
function paint(size: number, path: string, scale = 6) {
  const width = size * scale;
  const data = new Uint8ClampedArray(width * width * 4).fill(255);
  for (const [, x, y, w] of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let py = Number(y) * scale; py < (Number(y) + 1) * scale; py++) {
      for (let px = Number(x) * scale; px < (Number(x) + Number(w)) * scale; px++) data.fill(0, (py * width + px) * 4, (py * width + px) * 4 + 3);
    }
  }
  return { width, height: width, data };
}

describe("the event screen's QR code", () => {
  it.each(["http://127.0.0.1:3320/en", "https://belarus4aug.org/sign", "https://xn--90ais.example/be?ref=event"])("draws a code a scanner reads back as %s", (href) => {
    const { size, path } = qrCodeDrawing(href);
    expect(path).toMatch(/^(M\d+ \d+h\d+v1h-\d+z)+$/);
    expect(decodeQR(paint(size, path))).toBe(href);
  });

  it("leaves the quiet zone light on every side", () => {
    const { size, path } = qrCodeDrawing("https://belarus4aug.org/sign");
    for (const [, x, y, w] of path.matchAll(/M(\d+) (\d+)h(\d+)/g)) {
      expect(Number(x)).toBeGreaterThanOrEqual(QUIET_ZONE);
      expect(Number(y)).toBeGreaterThanOrEqual(QUIET_ZONE);
      expect(Number(x) + Number(w)).toBeLessThanOrEqual(size - QUIET_ZONE);
      expect(Number(y)).toBeLessThan(size - QUIET_ZONE);
    }
  });
});
