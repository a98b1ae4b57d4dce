import "server-only";
import PDFDocument from "pdfkit";
import type { PackContent } from "./pack-content";
import { fontName, packFonts, scriptRuns, type PackWeight } from "./pack-fonts";

type Doc = InstanceType<typeof PDFDocument>;

/**
 * Draws the delivery pack as a PDF on our server. `compress: false` keeps text streams readable
 * (tests read them without a PDF library); the pack is a few pages, so size does not matter.
 */
export function renderDeliveryPack(content: PackContent, options: { compress?: boolean } = {}): Promise<Buffer> {
  const doc = new PDFDocument({ size: "A4", margin: 56, compress: options.compress ?? false, lang: content.locale, info: { Title: content.campaignTitle } });
  for (const [name, file] of packFonts()) doc.registerFont(name, file);
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });

  const { labels, snapshot } = content;
  const number = (value: number) => new Intl.NumberFormat(content.locale === "be" ? "ru" : content.locale).format(value);
  write(doc, content.campaignTitle, { size: 22, weight: 700 });
  write(doc, labels.subtitle, { size: 12 });
  doc.moveDown();

  write(doc, labels.countHeading, { size: 16, weight: 700 });
  write(doc, `${labels.confirmed}: ${number(snapshot.confirmed)}`, { size: 14, weight: 700 });
  doc.moveDown(0.5);
  for (const country of snapshot.countries) {
    const rounded = country.roundedTo ? " *" : "";
    write(doc, `${country.name} — ${number(country.count)}${rounded}`, { size: 11 });
  }
  if (snapshot.countries.some((country) => country.roundedTo)) write(doc, `* ${labels.roundedNote}`, { size: 9 });
  doc.moveDown();

  write(doc, labels.storyHeading, { size: 16, weight: 700 });
  for (const paragraph of content.storyParagraphs) {
    write(doc, paragraph, { size: 11 });
    doc.moveDown(0.5);
  }
  doc.moveDown();

  if (content.messages.length > 0) {
    write(doc, labels.messagesHeading, { size: 16, weight: 700 });
    for (const message of content.messages) {
      write(doc, `“${message.text}”`, { size: 11 });
      write(doc, `— ${message.displayName ?? labels.aSupporter}, ${message.country}`, { size: 9 });
      doc.moveDown(0.5);
    }
    doc.moveDown();
  }

  write(doc, labels.proofHeading, { size: 16, weight: 700 });
  write(doc, labels.proofText, { size: 10 });
  doc.moveDown(0.5);
  write(doc, `${labels.snapshotId}: ${snapshot.id}`, { size: 9 });
  write(doc, `${labels.snapshotSha}: ${snapshot.sha256}`, { size: 9 });
  if (snapshot.checkpoint) {
    write(doc, `${labels.treeSize}: ${snapshot.checkpoint.treeSize}`, { size: 9 });
    write(doc, `${labels.rootHash}: ${snapshot.checkpoint.rootHash}`, { size: 9 });
    write(doc, `${labels.checkpointIssued}: ${snapshot.checkpoint.issuedAt}`, { size: 9 });
  } else {
    write(doc, labels.noCheckpoint, { size: 9 });
  }
  doc.end();
  return done;
}

/** One paragraph, each script run in the Inter subset that has its letters (see pack-fonts.ts). */
function write(doc: Doc, text: string, style: { size: number; weight?: PackWeight }): void {
  const runs = scriptRuns(text);
  runs.forEach((run, index) => {
    doc.font(fontName(run.subset, style.weight ?? 400)).fontSize(style.size);
    doc.text(run.text, { continued: index < runs.length - 1 });
  });
}
