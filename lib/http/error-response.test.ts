import { describe, expect, it, vi } from "vitest";
import { NotFoundError, ServiceUnavailableError } from "@/lib/errors";
import { errorResponse, RETRY_AFTER_SECONDS } from "./error-response";

describe("errorResponse", () => {
  it("answers an unreachable database with 503, a code and Retry-After", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
    for (const error of [new ServiceUnavailableError("down"), Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" })]) {
      const response = errorResponse(error);
      expect(response.status).toBe(503);
      expect(response.headers.get("Retry-After")).toBe(String(RETRY_AFTER_SECONDS));
      expect(response.headers.get("Cache-Control")).toBe("no-store");
      expect(await response.json()).toEqual({ error: { code: "unavailable" } });
    }
  });

  it("never sends a message or stack trace, even for an unknown error", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const response = errorResponse(new TypeError("secret detail at /srv/app/lib/x.ts:12"));
    expect(response.status).toBe(500);
    expect(await response.text()).toBe('{"error":{"code":"unexpected"}}');
    expect(logged).toHaveBeenCalledOnce();
    expect(await errorResponse(new NotFoundError("no such campaign")).json()).toEqual({ error: { code: "not_found" } });
  });
});
