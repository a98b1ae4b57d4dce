import { createHash, randomUUID } from "node:crypto";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { GET as checkpointRoute } from "@/app/api/v1/log/checkpoint/route";
import { GET as checkpointsRoute } from "@/app/api/v1/log/checkpoints/route";
import { GET as leavesRoute } from "@/app/api/v1/log/leaves/route";
import { GET as consistencyRoute } from "@/app/api/v1/log/proof/consistency/route";
import { GET as inclusionRoute } from "@/app/api/v1/log/proof/inclusion/route";
import { GET as receiptRoute } from "@/app/api/v1/log/receipt/route";
import { GET as countriesRoute } from "@/app/api/v1/countries.json/route";
import { GET as snapshotRoute } from "@/app/api/v1/snapshots/[file]/route";
import { GET as statsRoute } from "@/app/api/v1/stats.json/route";
import { GET as campaignStatsRoute } from "@/app/api/v1/campaigns/[slug]/stats.json/route";
import { GET as campaignCountriesRoute } from "@/app/api/v1/campaigns/[slug]/countries.json/route";
import { GET as campaignSnapshotRoute } from "@/app/api/v1/campaigns/[slug]/snapshots/[file]/route";
import { forgetOtherStatsCaches } from "@/lib/stats/current-public-stats";
import { db } from "@/lib/db/client";
import { BASE, expectConformingBody, forgetCachedStats } from "@/tests/support/open-data-api";
import { runAggregatorTick } from "@/lib/stats/run-aggregator-tick";
import { takeStatsSnapshot } from "@/lib/stats/snapshots/take-stats-snapshot";
import { withdrawDirectly } from "@/tests/support/ledger";
import { createTestCampaign, currentTestCampaign } from "@/tests/factories/campaign";
import { insertPledge } from "@/tests/factories/pledge";
import { hashLeaf, verifyInclusion } from "@/lib/transparency/merkle/verify-proofs";
import { commitmentInput, decodeReceiptCode, encodeReceiptCode } from "@/lib/transparency/receipt-code";
import { nodeSha256 } from "@/tests/support/transparency-log";
import { base64ToBytes, verifyCheckpointSignature, type SignedCheckpoint } from "@/lib/transparency/verify/checkpoint-signature";
import { verifySite } from "@/lib/transparency/verify/verify-site";

afterAll(() => db().$disconnect());
beforeEach(() => {
  forgetCachedStats();
  forgetOtherStatsCaches();
});

const routes: Record<string, (request: Request) => Promise<Response>> = {
  "/api/v1/log/checkpoint": checkpointRoute,
  "/api/v1/log/checkpoints": checkpointsRoute,
  "/api/v1/log/leaves": leavesRoute,
  "/api/v1/log/proof/consistency": consistencyRoute,
  "/api/v1/log/proof/inclusion": inclusionRoute,
  "/api/v1/log/receipt": receiptRoute,
  "/api/v1/stats.json": statsRoute,
  "/api/v1/countries.json": countriesRoute,
};

/** fetch() answered by the route handlers, as Next.js would call them. */
async function routeFetch(url: string): Promise<Response> {
  const { pathname } = new URL(url);
  const snapshot = /^\/api\/v1\/snapshots\/([^/]+)$/.exec(pathname);
  if (snapshot) return snapshotRoute(new Request(url), { params: Promise.resolve({ file: snapshot[1]! }) });
  // Another campaign's open data (ADR 0054); its log is the same routes with ?campaign=.
  const other = /^\/api\/v1\/campaigns\/([^/]+)\/(stats\.json|countries\.json|snapshots\/([^/]+))$/.exec(pathname);
  if (other) {
    const [, slug, document, file] = other;
    if (file) return campaignSnapshotRoute(new Request(url), { params: Promise.resolve({ slug: slug!, file }) });
    const route = document === "stats.json" ? campaignStatsRoute : campaignCountriesRoute;
    return route(new Request(url), { params: Promise.resolve({ slug: slug! }) });
  }
  const route = routes[pathname];
  if (!route) throw new Error(`no route for ${pathname}`);
  return route(new Request(url));
}

const get = async (path: string) => {
  const response = await routeFetch(`${BASE}${path}`);
  return { response, body: await expectConformingBody(path.split("?")[0]!, response) };
};

async function seed() {
  const campaign = await currentTestCampaign();
  const ids = [];
  for (const country of ["PL", "PL", "PL", "LT", "BY"]) ids.push(await insertPledge(campaign.id, { country }));
  await runAggregatorTick();
  await withdrawDirectly(ids[0]!);
  await runAggregatorTick();
  const snapshot = await takeStatsSnapshot(campaign.slug, "manual");
  return { campaign, ids, snapshot };
}

describe("the transparency log's API", () => {
  it("lets an outside verifier replay the log to the published figures and a snapshot's", async () => {
    const { snapshot } = await seed();
    const result = await verifySite(BASE, nodeSha256, { fetch: routeFetch, snapshots: [snapshot.id] });
    expect(result.problems).toEqual([]);
    expect(result.liveDifferences).toEqual([]);
    expect(result.audit.checkpoints).toBeGreaterThan(0);
    expect(result.audit.tombstones).toBeGreaterThan(0);
  });

  it("verifies another campaign's own log against its own figures and snapshot (verify-log --campaign)", async () => {
    const other = await createTestCampaign({ slug: `log-${randomUUID().slice(0, 8)}`, title: "Another campaign" });
    const ids = [];
    for (const country of ["DE", "DE", "FR"]) ids.push(await insertPledge(other.id, { country }));
    await runAggregatorTick();
    await withdrawDirectly(ids[0]!);
    await runAggregatorTick();
    const snapshot = await takeStatsSnapshot(other.slug, "manual");
    const asked: string[] = [];
    const watched = (url: string) => {
      asked.push(new URL(url).pathname + new URL(url).search);
      return routeFetch(url);
    };
    const result = await verifySite(BASE, nodeSha256, { fetch: watched, snapshots: [snapshot.id], campaign: other.slug });
    expect(result.problems).toEqual([]);
    expect(result.liveDifferences).toEqual([]);
    expect(result.audit.countsAt.at(-1)).toMatchObject({ total: 2 });
    expect(result.audit.tombstones).toBe(1);
    // Every request named that campaign: its log by ?campaign=, its documents by their path.
    expect(asked.filter((path) => !path.includes(`campaign=${other.slug}`) && !path.startsWith(`/api/v1/campaigns/${other.slug}/`))).toEqual([]);
  });

  it("catches a leaf changed in transit, a forged signature and an unknown key", async () => {
    await seed();
    const tampered = async (url: string) => {
      const response = await routeFetch(url);
      if (!url.includes("/log/leaves")) return response;
      const body = (await response.json()) as { start: number; leaves: string[] };
      const first = base64ToBytes(body.leaves[0]!);
      first[first.length - 1]! ^= 1;
      body.leaves[0] = Buffer.from(first).toString("base64");
      return Response.json(body);
    };
    const result = await verifySite(BASE, nodeSha256, { fetch: tampered });
    expect(result.problems.some((problem) => /root differs/.test(problem))).toBe(true);

    const { body } = await get("/api/v1/log/checkpoint");
    const checkpoint = body as SignedCheckpoint;
    expect(await verifyCheckpointSignature(checkpoint)).toBe(true);
    expect(await verifyCheckpointSignature({ ...checkpoint, treeSize: checkpoint.treeSize + 1 })).toBe(false);
    const otherKey = Buffer.alloc(32, 9).toString("base64");
    const pinned = await verifySite(BASE, nodeSha256, { fetch: routeFetch, publicKey: otherKey }).catch((error: unknown) => error);
    expect(pinned instanceof Error || (pinned as { problems: string[] }).problems.some((problem) => /bad signature/.test(problem))).toBe(true);
  });

  it("finds a receipt's leaf by its commitment and proves it is in the newest checkpoint", async () => {
    const { campaign, ids } = await seed();
    const { logSecret } = await db().pledge.findUniqueOrThrow({ where: { id: ids[1]! }, select: { logSecret: true } });
    const code = encodeReceiptCode(logSecret!);
    const commitment = createHash("sha256").update(commitmentInput(decodeReceiptCode(code)!)).digest("hex");
    const { body: leaf } = await get(`/api/v1/log/receipt?commitment=${commitment}`);
    expect(leaf).toMatchObject({ country: "PL", tombstonedBy: null });
    const { body: checkpoint } = await get("/api/v1/log/checkpoint");
    const { leafIndex } = leaf as { leafIndex: number };
    const { treeSize, rootHash } = checkpoint as SignedCheckpoint;
    const { body: proof } = await get(`/api/v1/log/proof/inclusion?index=${leafIndex}&size=${treeSize}`);
    const { leaf: data, proof: path } = proof as { leaf: string; proof: string[] };
    const leafHash = await hashLeaf(nodeSha256, base64ToBytes(data));
    expect(await verifyInclusion(nodeSha256, leafIndex, treeSize, leafHash, path.map(base64ToBytes), base64ToBytes(rootHash))).toBe(true);

    const { response: missing } = await get(`/api/v1/log/receipt?commitment=${"0".repeat(64)}`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get("Cache-Control")).toBe("no-store");
    expect(campaign.slug).toBeTruthy();
  });

  it("answers out-of-range or malformed requests with 400 in the API's error shape", async () => {
    await seed();
    const { body: checkpoint } = await get("/api/v1/log/checkpoint");
    const size = (checkpoint as SignedCheckpoint).treeSize;
    for (const path of [
      `/api/v1/log/leaves?start=0&end=${size + 1}`,
      "/api/v1/log/leaves?start=5&end=5",
      "/api/v1/log/leaves?start=0&end=20000",
      `/api/v1/log/proof/inclusion?index=${size}&size=${size}`,
      `/api/v1/log/proof/consistency?first=2&second=${size + 10}`,
      "/api/v1/log/proof/consistency?first=-1&second=2",
      "/api/v1/log/receipt?commitment=XYZ",
    ]) {
      const { response, body } = await get(path);
      expect(response.status, path).toBe(400);
      expect((body as { error: { code: string } }).error.code).toBe("invalid_parameter");
    }
    const { response } = await get(`/api/v1/log/leaves?start=0&end=${Math.min(size, 3)}`);
    expect(response.headers.get("Cache-Control")).toMatch(/immutable/);
    await get("/api/v1/log/checkpoints?from=0");
  });
});
