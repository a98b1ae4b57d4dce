// Reads the text back out of an uncompressed PDF that pdfkit wrote (compress: false), so tests
// can check what a reader sees without a PDF library or poppler on the CI machine. pdfkit writes
// embedded-font text as glyph ids; each font's ToUnicode map turns them back into characters.
// Blocks drawn at the same height (pdfkit writes one per font run) are joined into one line.

type CMap = Map<number, string>;

export async function pdfText(pdf: Buffer): Promise<string> {
  const source = pdf.toString("latin1");
  const objects = new Map<string, string>();
  for (const match of source.matchAll(/(\d+) 0 obj\s([\s\S]*?)endobj/g)) objects.set(match[1]!, match[2]!);

  const cmaps = new Map<string, CMap>();
  for (const [, body] of objects) {
    for (const ref of body.matchAll(/\/(F\d+) (\d+) 0 R/g)) {
      const font = objects.get(ref[2]!);
      const toUnicode = font?.match(/\/ToUnicode (\d+) 0 R/)?.[1];
      if (toUnicode) cmaps.set(ref[1]!, parseCMap(objects.get(toUnicode) ?? ""));
    }
  }

  const lines: string[] = [];
  let lastY: string | undefined;
  for (const [, body] of objects) {
    // Page content is plain ASCII; embedded font files are binary and may hold "BT" by chance.
    if (!/\bBT\b/.test(body) || !body.includes("stream") || /[^\t\n\r\x20-\x7e]/.test(body)) continue;
    lastY = undefined;
    for (const block of body.matchAll(/BT([\s\S]*?)ET/g)) {
      let cmap: CMap | undefined;
      let line = "";
      for (const token of block[1]!.matchAll(/\/(F\d+) [\d.]+ Tf|\[([^\]]*)\] TJ|<([0-9a-fA-F]*)> Tj/g)) {
        if (token[1]) cmap = cmaps.get(token[1]);
        else for (const hex of (token[2] ?? `<${token[3]}>`).matchAll(/<([0-9a-fA-F]*)>/g)) line += decode(hex[1]!, cmap);
      }
      const y = block[1]!.match(/([\d.-]+) Tm/)?.[1];
      if (y !== undefined && y === lastY && lines.length > 0) lines[lines.length - 1] += line;
      else lines.push(line);
      lastY = y;
    }
  }
  return lines.join("\n");
}

function decode(hex: string, cmap: CMap | undefined): string {
  let text = "";
  for (let i = 0; i + 4 <= hex.length; i += 4) text += cmap?.get(parseInt(hex.slice(i, i + 4), 16)) ?? "\uFFFD";
  return text;
}

function parseCMap(stream: string): CMap {
  const map: CMap = new Map();
  const utf16 = (hex: string) => String.fromCharCode(...(hex.match(/.{4}/g) ?? []).map((unit) => parseInt(unit, 16)));
  for (const range of stream.matchAll(/<([0-9a-f]+)> <([0-9a-f]+)> \[([^\]]*)\]/gi)) {
    const start = parseInt(range[1]!, 16);
    [...range[3]!.matchAll(/<([0-9a-f]+)>/gi)].forEach((value, index) => map.set(start + index, utf16(value[1]!)));
  }
  for (const range of stream.matchAll(/^<([0-9a-f]+)> <([0-9a-f]+)> <([0-9a-f]+)>$/gim)) {
    const start = parseInt(range[1]!, 16);
    for (let code = start; code <= parseInt(range[2]!, 16); code++) map.set(code, String.fromCharCode(parseInt(range[3]!, 16) + code - start));
  }
  for (const single of stream.matchAll(/^<([0-9a-f]+)> <([0-9a-f]+)>$/gim)) map.set(parseInt(single[1]!, 16), utf16(single[2]!));
  return map;
}
