import { describe, expect, it } from "vitest";
import { listenHost, probeOrigin } from "./listen-host";

describe("listenHost", () => {
  it("keeps the embedded demo on the machine itself unless HOST says otherwise", () => {
    expect(listenHost(undefined, true)).toBe("127.0.0.1");
    expect(listenHost("  ", true)).toBe("127.0.0.1");
    expect(listenHost("0.0.0.0", true)).toBe("0.0.0.0");
  });

  it("leaves a deployment with DATABASE_URL on Next's default (every interface) unless HOST is set", () => {
    expect(listenHost(undefined, false)).toBeUndefined();
    expect(listenHost("10.0.0.5", false)).toBe("10.0.0.5");
  });
});

describe("probeOrigin", () => {
  it("reaches a wildcard or default listener through loopback, and a named one directly", () => {
    expect(probeOrigin(undefined, 3000)).toBe("http://127.0.0.1:3000");
    expect(probeOrigin("0.0.0.0", 3000)).toBe("http://127.0.0.1:3000");
    expect(probeOrigin("::", 3000)).toBe("http://127.0.0.1:3000");
    expect(probeOrigin("127.0.0.1", 3600)).toBe("http://127.0.0.1:3600");
    expect(probeOrigin("::1", 3000)).toBe("http://[::1]:3000");
  });
});
