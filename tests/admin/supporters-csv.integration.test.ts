import { randomBytes, randomUUID } from "node:crypto";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { GET } from "@/app/admin/export/supporters.csv/route";
import { cliActor, type Organiser } from "@/lib/auth/actor";
import { addOrganiser } from "@/lib/auth/add-organiser";
import { organiserAdapter } from "@/lib/auth/organiser-adapter";
import type { OrganiserRole } from "@/lib/auth/roles";
import { jar, organiserEmail } from "@/tests/support/auth";
import { db } from "@/lib/db/client";
import type { PledgeStatus } from "@/lib/db/generated/enums";
import { ForbiddenError } from "@/lib/errors";
import { encryptPersonal } from "@/lib/privacy/personal-data";
import { createTestCampaign, currentTestCampaign } from "@/tests/factories/campaign";
import { csvCell, csvLine } from "@/lib/exports/csv-cell";
import { streamSupportersCsv } from "@/lib/exports/stream-supporters-csv";

vi.mock("@/lib/auth/auth", () => import("@/tests/support/auth"));
vi.mock("next/server", () => import("@/tests/support/next-after"));

afterAll(() => db().$disconnect());
beforeEach(() => jar.clear());

async function organiser(role: OrganiserRole, signIn = false): Promise<Organiser> {
  const email = organiserEmail(role.toLowerCase());
  const { id } = await addOrganiser(cliActor(), { email, role });
  if (signIn) {
    const sessionToken = randomBytes(32).toString("hex");
    await organiserAdapter().createSession!({ sessionToken, userId: id, expires: new Date(Date.now() + 3_600_000) });
    jar.set("authjs.session-token", sessionToken);
  }
  return { kind: "organiser", id, email, role };
}

async function supporter(campaignId: string, name: string, options: { status?: PledgeStatus; consent?: boolean; erased?: boolean; confirmedAt?: Date; city?: string; locale?: string } = {}) {
  const email = `${randomUUID()}@example.org`;
  const status = options.status ?? "CONFIRMED";
  await db().pledge.create({
    data: {
      campaignId,
      status,
      nameEncrypted: options.erased ? null : encryptPersonal(name, "pledge.name"),
      emailEncrypted: options.erased ? null : encryptPersonal(email, "pledge.email"),
      emailHash: options.erased ? null : randomUUID(),
      country: "PL",
      cityName: options.city ?? null,
      locale: options.locale ?? "en",
      consentProcessing: true,
      consentUpdates: options.consent ?? true,
      confirmedAt: status === "PENDING" ? null : (options.confirmedAt ?? new Date()),
    },
    select: { id: true },
  });
  return email;
}

/** RFC 4180 records, as a spreadsheet reads them (quoted fields may hold commas, quotes, CR/LF). */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let quoted = false;
  let index = 0;
  const endField = () => {
    record.push(field);
    field = "";
  };
  while (index < text.length) {
    const char = text[index]!;
    const next = text[index + 1];
    index += 1;
    if (quoted && char === '"' && next === '"') {
      field += '"';
      index += 1;
    } else if (char === '"') {
      quoted = !quoted;
    } else if (!quoted && char === ",") {
      endField();
    } else if (!quoted && char === "\r" && next === "\n") {
      endField();
      records.push(record);
      record = [];
      index += 1;
    } else {
      field += char;
    }
  }
  return records;
}

describe("csvCell", () => {
  it("defuses formulas, also behind leading whitespace, and quotes per RFC 4180", () => {
    expect(csvCell("=1+1")).toBe("'=1+1");
    expect(csvCell("+48 600")).toBe("'+48 600");
    expect(csvCell("-2")).toBe("'-2");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("  =cmd|' /C calc'!A0")).toBe("'  =cmd|' /C calc'!A0");
    expect(csvCell("\tx")).toBe("'\tx");
    expect(csvCell("\rx")).toBe('"\'\rx"');
    expect(csvCell('=HYPERLINK("http://evil.example","click")')).toBe('"\'=HYPERLINK(""http://evil.example"",""click"")"');
    expect(csvCell("Anna-Maria")).toBe("Anna-Maria");
    expect(csvCell("a,b")).toBe('"a,b"');
    expect(csvCell(null)).toBe("");
    expect(csvLine(["a", "b"])).toBe("a,b\r\n");
  });
});

describe("streamSupportersCsv", () => {
  it("streams only confirmed, consenting supporters, decrypted, defused and quoted, in batches", async () => {
    const campaign = await createTestCampaign();
    const same = new Date("2026-08-04T10:00:00.000Z");
    const names = ['=HYPERLINK("http://evil.example","x")', "  +1+2", "Аляксандра \"Саша\" Ковальчык,\nМінск", "@SUM(A1)", "Jan Nowak"];
    const emails = [];
    for (const [index, name] of names.entries()) {
      emails.push(await supporter(campaign.id, name, { confirmedAt: index < 3 ? same : new Date(same.getTime() + index * 1000), city: index === 2 ? "Мінск" : "Kraków", locale: index === 2 ? "be" : "en" }));
    }
    await supporter(campaign.id, "No consent", { consent: false });
    await supporter(campaign.id, "Not confirmed", { status: "PENDING" });
    await supporter(campaign.id, "Held", { status: "PENDING_REVIEW" });
    await supporter(campaign.id, "Erased", { erased: true });
    const moderator = await organiser("MODERATOR");

    const { rows, body } = await streamSupportersCsv(moderator, campaign.id, { batchSize: 2 });
    const bytes = new Uint8Array(await new Response(body).arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 byte-order mark, for Excel
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes.slice(3));
    expect(text.startsWith("name,email,country,city,locale,confirmed_at\r\n")).toBe(true);
    const records = parseCsv(text).slice(1);
    expect(rows).toBe(5);
    expect(records).toHaveLength(5);
    expect(records.map((record) => record[1]).sort()).toEqual([...emails].sort());
    const byEmail = new Map(records.map((record) => [record[1], record]));
    expect(byEmail.get(emails[0])![0]).toBe(`'${names[0]}`);
    expect(byEmail.get(emails[1])![0]).toBe("'  +1+2");
    expect(byEmail.get(emails[2])).toEqual([names[2], emails[2], "PL", "Мінск", "be", "2026-08-04T10:00:00.000Z"]);
    expect(byEmail.get(emails[3])![0]).toBe("'@SUM(A1)");
    expect(text).not.toMatch(/No consent|Not confirmed|Held|Erased/);

    const audit = await db().auditLogEntry.findMany({ where: { action: "export.supporters", targetId: campaign.id }, select: { actorLabel: true, details: true } });
    expect(audit).toEqual([{ actorLabel: moderator.email, details: expect.objectContaining({ rows: 5 }) }]);
  });

  it("refuses a viewer before reading or logging anything", async () => {
    const campaign = await createTestCampaign();
    await supporter(campaign.id, "Anna");
    await expect(streamSupportersCsv(await organiser("VIEWER"), campaign.id)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await db().auditLogEntry.count({ where: { action: "export.supporters", targetId: campaign.id } })).toBe(0);
  });
});

describe("GET /admin/export/supporters.csv", () => {
  const url = "http://localhost:3000/admin/export/supporters.csv";

  it("answers a signed-in moderator with a private, downloadable CSV", async () => {
    const campaign = await currentTestCampaign();
    const email = await supporter(campaign.id, "Ірына Шукевіч", { locale: "be" });
    await organiser("MODERATOR", true);
    const response = await GET(new Request(url, { headers: { "sec-fetch-site": "same-origin" } }));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="supporters-.+\.csv"$/);
    expect(response.headers.get("cache-control")).toBe("no-store, private");
    expect(await response.text()).toContain(`Ірына Шукевіч,${email},PL,,be,`);
  });

  it("refuses anonymous visitors, viewers and other sites", async () => {
    expect((await GET(new Request(url))).status).toBe(401);
    await organiser("VIEWER", true);
    expect((await GET(new Request(url, { headers: { "sec-fetch-site": "same-origin" } }))).status).toBe(403);
    jar.clear();
    await organiser("ADMIN", true);
    const crossSite = await GET(new Request(url, { headers: { "sec-fetch-site": "cross-site" } }));
    expect(crossSite.status).toBe(403);
    expect(crossSite.headers.get("cache-control")).toBe("no-store, private");
    expect((await GET(new Request(url, { headers: { origin: "http://evil.example" } }))).status).toBe(403);
  });
});
