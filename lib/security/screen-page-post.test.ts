import { describe, expect, it } from "vitest";
import { isShallowJson } from "./action-body-shape";
import { ACTION_BODY_LIMIT_BYTES, screenPagePost } from "./screen-page-post";

// What proxy.ts lets through to a server action. The same requests against the production
// server are in e2e/security-headers.spec.ts; here each rule is shown on its own.

const APP_URL = "https://pledge.example.org";
const ours = { origin: APP_URL, host: "pledge.example.org" };

function post(headers: Record<string, string>, body?: BodyInit) {
  return new Request(`${APP_URL}/en`, { method: "POST", headers: { host: "pledge.example.org", ...headers }, body, duplex: "half" } as RequestInit);
}

function actionForm(fields: Record<string, string> = {}) {
  const form = new FormData();
  for (const [name, value] of Object.entries({ "$ACTION_REF_1": "", "$ACTION_1:0": '{"id":"7f00","bound":"$@1"}', "$ACTION_1:1": '[{"status":"idle"}]', name: "Jana", ...fields })) form.append(name, value);
  return form;
}

describe("screenPagePost: one same-origin rule", () => {
  it.each([
    ["our origin", ours, null],
    ["the browser saying same-origin", { "sec-fetch-site": "same-origin" }, null],
    ["no browser headers at all", {}, null],
    ["Sec-Fetch-Site: cross-site without Origin", { "sec-fetch-site": "cross-site" }, "forbidden"],
    ["another origin with a matching X-Forwarded-Host", { origin: "https://evil.example", "x-forwarded-host": "evil.example" }, "forbidden"],
    ["Origin: null", { origin: "null" }, "forbidden"],
    ["an empty Origin", { origin: "" }, "forbidden"],
    ["an Origin that is no URL, with a forged Sec-Fetch-Site", { origin: "garbage", "sec-fetch-site": "same-origin" }, "forbidden"],
    ["our origin with a forged X-Forwarded-Host (Next would refuse it with a 500)", { ...ours, "x-forwarded-host": "evil.example" }, "forbidden"],
  ] as const)("%s → %s", async (_label, headers, expected) => {
    expect(await screenPagePost(post(headers, actionForm()), APP_URL)).toBe(expected);
  });
});

describe("screenPagePost: bodies React could not decode", () => {
  it("refuses a declared or streamed body over 1 MB", async () => {
    expect(await screenPagePost(post({ ...ours, "content-length": String(ACTION_BODY_LIMIT_BYTES + 1) }, "x"), APP_URL)).toBe("too_large");
    expect(await screenPagePost(post(ours, actionForm({ message: "x".repeat(ACTION_BODY_LIMIT_BYTES) })), APP_URL)).toBe("too_large");
  });

  it("refuses a multipart body that does not parse", async () => {
    const broken = '--xx\r\nContent-Disposition: form-data; name="a"\r\n\r\nb';
    expect(await screenPagePost(post({ ...ours, "content-type": "multipart/form-data; boundary=yy" }, broken), APP_URL)).toBe("malformed");
    expect(await screenPagePost(post({ ...ours, "content-type": "multipart/form-data" }, "abc"), APP_URL)).toBe("malformed");
  });

  it("refuses action rows that are not JSON or nest too deep, never the user's own text", async () => {
    expect(await screenPagePost(post(ours, actionForm({ "$ACTION_1:1": "[{" })), APP_URL)).toBe("malformed");
    expect(await screenPagePost(post(ours, actionForm({ "$ACTION_1:0": '{"id":"7f00","bound":"$@2"}' })), APP_URL)).toBe("malformed");
    expect(await screenPagePost(post(ours, actionForm({ "$ACTION_1:1": "[".repeat(5000) + "]".repeat(5000) })), APP_URL)).toBe("malformed");
    expect(await screenPagePost(post(ours, actionForm({ message: "[".repeat(5000) })), APP_URL)).toBeNull();
  });

  it("checks a fetch action's rows, multipart or text", async () => {
    const action = { ...ours, "next-action": "7f00" };
    expect(await screenPagePost(post({ ...action, "content-type": "text/plain;charset=UTF-8" }, '[{"status":"idle"},"$undefined","$$1"]'), APP_URL)).toBeNull();
    expect(await screenPagePost(post({ ...action, "content-type": "text/plain;charset=UTF-8" }, "{not json"), APP_URL)).toBe("malformed");
    const deep = new FormData();
    deep.append("0", "[".repeat(100) + "]".repeat(100));
    expect(await screenPagePost(post(action, deep), APP_URL)).toBe("malformed");
    for (const reference of ['["$@9"]', '["$F1"]', '["$h1"]', '["$1:a"]', '["$zz"]']) {
      expect(await screenPagePost(post({ ...action, "content-type": "text/plain" }, reference), APP_URL), reference).toBe("malformed");
    }
    const honest = new FormData();
    honest.append("0", '[{"status":"idle","at":"$D2026-08-04T00:00:00Z","n":"$undefined","s":"$$5"},"$K1","$@2","$2:0"]');
    honest.append("2", '["x"]');
    honest.append("1_note", "[[[[ my own text");
    expect(await screenPagePost(post(action, honest), APP_URL)).toBeNull();
  });

  it("leaves posts that are no action to Next (it renders the page)", async () => {
    expect(await screenPagePost(post({ ...ours, "content-type": "application/x-www-form-urlencoded" }, "a=b"), APP_URL)).toBeNull();
  });
});

describe("isShallowJson", () => {
  it("counts only brackets outside strings", () => {
    expect(isShallowJson(JSON.stringify({ text: "[".repeat(100) + '\\"' }), 3)).toBe(true);
    expect(isShallowJson("[[[[]]]]", 3)).toBe(false);
    expect(isShallowJson("[[[]]]", 3)).toBe(true);
  });
});
