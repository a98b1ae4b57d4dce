import { describe, expect, it } from "vitest";
import { pdfText } from "@/tests/support/pdf-text";
import type { PackContent } from "./pack-content";
import { renderDeliveryPack } from "./render-delivery-pack";

const labels = Object.fromEntries(
  ["subtitle", "storyHeading", "countHeading", "confirmed", "country", "supporters", "roundedNote", "messagesHeading", "aSupporter", "proofHeading", "proofText", "snapshotId", "snapshotSha", "treeSize", "rootHash", "checkpointIssued", "noCheckpoint"].map((key) => [key, `L:${key}`]),
) as unknown as PackContent["labels"];

const content: PackContent = {
  locale: "be",
  campaignTitle: "Салідарнасць з Беларуссю",
  storyParagraphs: ["4 жніўня — Міжнародны дзень салідарнасці.", "Ales Bialiatski, Wrocław."],
  snapshot: {
    id: "0b7e8d4c-9a0e-4d8e-8d43-3b8a1f0e6b11",
    sha256: "a".repeat(64),
    takenAt: "2026-08-04T08:00:00.000Z",
    confirmed: 1234,
    countries: [{ name: "Польшча", count: 1000 }, { name: "Беларусь", count: 230, roundedTo: 10 }],
    checkpoint: { treeSize: 1240, rootHash: "q83vEjRWeJq83vEjRWeJq83vEjRWeJq83vEjRWeJq80=", issuedAt: "2026-08-04T08:00:00.000Z" },
  },
  messages: [{ text: "Мы з вамі!", displayName: "Anna K.", country: "Польшча", featured: true }],
  labels,
};

describe("the delivery pack PDF", () => {
  it("prints the count, the countries, Cyrillic text and the checkpoint root, readable back as text", async () => {
    const pdf = await renderDeliveryPack(content);
    if (process.env.PACK_PREVIEW) (await import("node:fs")).writeFileSync(process.env.PACK_PREVIEW, pdf);
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const text = await pdfText(pdf);
    for (const expected of ["Салідарнасць з Беларуссю", "Міжнародны дзень салідарнасці", "Wrocław", "1\u00a0234", "Польшча — 1\u00a0000", "Беларусь — 230 *", "Мы з вамі!", "Anna K.", content.snapshot.checkpoint!.rootHash, content.snapshot.sha256]) {
      expect(text).toContain(expected);
    }
  });
});
