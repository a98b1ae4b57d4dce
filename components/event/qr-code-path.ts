import encodeQR from "@paulmillr/qr";

/** Modules of light margin around the code: the QR standard's quiet zone, which scanners need. */
export const QUIET_ZONE = 4;

export interface QrCodeDrawing {
  /** Width and height in modules, quiet zone included (the SVG's viewBox). */
  size: number;
  /** One SVG path for all dark modules: a rectangle per horizontal run, in module units. */
  path: string;
}

/**
 * The QR code of `text` as an SVG path, computed on our server (no third-party QR service ever
 * learns who looks at the event screen). Error correction "medium" survives a projector's glare
 * and a few lost modules while keeping the modules as large as possible for the back of a room.
 */
export function qrCodeDrawing(text: string): QrCodeDrawing {
  const modules = encodeQR(text, "raw", { ecc: "medium", border: 0 });
  const runs: string[] = [];
  modules.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x += 1;
        continue;
      }
      const start = x;
      while (row[x]) x += 1;
      runs.push(`M${start + QUIET_ZONE} ${y + QUIET_ZONE}h${x - start}v1h-${x - start}z`);
    }
  });
  return { size: modules.length + 2 * QUIET_ZONE, path: runs.join("") };
}
