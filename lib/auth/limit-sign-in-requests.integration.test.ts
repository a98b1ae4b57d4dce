import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it, vi } from "vitest";
import { SIGN_IN_NETWORK_LIMIT } from "@/lib/abuse/rate-limit/limit-link-actions";
import { db } from "@/lib/db/client";
import { refuseSignInFlood } from "./limit-sign-in-requests";

// The per-network limit on sign-in link requests that bypass our page, counted in PostgreSQL.
let network = "";
vi.mock("@/lib/abuse/network/request-source", () => ({ requestNetworkHash: async () => network }));

afterAll(() => db().$disconnect());

const post = (path: string) => new Request(`http://localhost:3000${path}`, { method: "POST" });

describe("refuseSignInFlood", () => {
  it("lets a network ask for links up to the limit, then answers 429 rate_limited", async () => {
    network = randomUUID();
    for (let attempt = 0; attempt < SIGN_IN_NETWORK_LIMIT.limit; attempt++) expect(await refuseSignInFlood(post("/api/auth/signin/email"))).toBeNull();
    const refused = await refuseSignInFlood(post("/api/auth/signin/email"));
    expect(refused?.status).toBe(429);
    expect(await refused?.json()).toEqual({ error: { code: "rate_limited" } });

    network = randomUUID(); // another network is not held back by the first
    expect(await refuseSignInFlood(post("/api/auth/signin/email"))).toBeNull();
  });

  it("does not count Auth.js's other endpoints or reads", async () => {
    network = randomUUID();
    for (let attempt = 0; attempt < SIGN_IN_NETWORK_LIMIT.limit + 5; attempt++) {
      expect(await refuseSignInFlood(post("/api/auth/callback/email"))).toBeNull();
      expect(await refuseSignInFlood(post("/api/auth/signout"))).toBeNull();
      expect(await refuseSignInFlood(new Request("http://localhost:3000/api/auth/signin/email"))).toBeNull();
    }
    expect(await refuseSignInFlood(post("/api/auth/signin/email"))).toBeNull();
  });
});
