import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { pledgeRowCount } from "./support/e2e-database";
import { randomNetworkAddress } from "./support/network";
import { uniqueEmail } from "./support/pledge-page";

// What a POST to a page (a server action) gets from the production server when it does not come
// from our own page, or carries a body React cannot decode: a 4xx with a localised page (or JSON
// for a script), never a 500, and nothing stored. proxy.ts applies the route handlers' rule
// (docs/decisions/0034-one-same-origin-rule-for-actions-and-routes.md).

interface ActionForm {
  fields: Record<string, string>;
  actionId: string;
}

/** The no-JavaScript pledge form's own fields (with its action's ids), filled in as a supporter would. */
async function pledgeForm(page: Page): Promise<ActionForm> {
  await page.goto("/en");
  const form = page.locator("form").filter({ has: page.getByRole("button", { name: "Sign the pledge" }) });
  const pairs = await form.locator("input, select, textarea").evaluateAll((elements) =>
    elements.map((element) => [(element as HTMLInputElement).name, (element as HTMLInputElement).value] as const).filter(([name]) => name),
  );
  const fields: Record<string, string> = Object.fromEntries(pairs);
  const actionId = (JSON.parse(fields["$ACTION_1:0"]!) as { id: string }).id;
  return { fields: { ...fields, name: "Forged Post", country: "PL", consentProcessing: "on" }, actionId };
}

function postPledge(request: APIRequestContext, form: ActionForm, headers: Record<string, string>, extra: Record<string, string> = {}) {
  const multipart = { ...form.fields, email: uniqueEmail(), ...extra };
  return request.post("/en", { multipart, headers: { "x-forwarded-for": randomNetworkAddress(), ...headers }, maxRedirects: 0 });
}

test("a pledge form posted from anywhere but our pages is refused with 403 and a localised page, and nothing is stored", async ({ page, baseURL }) => {
  const form = await pledgeForm(page);
  const before = await pledgeRowCount();
  const forgeries: [string, Record<string, string>][] = [
    ["Sec-Fetch-Site: cross-site without Origin", { "sec-fetch-site": "cross-site" }],
    ["another Origin with a matching X-Forwarded-Host", { origin: "https://evil.example", "x-forwarded-host": "evil.example" }],
    ["Origin: null", { origin: "null" }],
    ["an empty Origin", { origin: "" }],
    ["an Origin that is no URL", { origin: "garbage", "sec-fetch-site": "same-origin" }],
  ];
  for (const [label, headers] of forgeries) {
    const answer = await postPledge(page.request, form, headers);
    expect(answer.status(), label).toBe(403);
    expect(answer.headers()["content-type"], label).toContain("text/html");
    expect(await answer.text(), label).toContain("This form was not sent from our site");
  }
  const inBelarusian = await page.request.post("/be", { multipart: { ...form.fields, email: uniqueEmail() }, headers: { origin: "https://evil.example" } });
  expect(inBelarusian.status()).toBe(403);
  expect(await inBelarusian.text()).toContain('lang="be"');
  expect(await pledgeRowCount()).toBe(before);

  // The same form from our own origin is signed: the headers alone made the difference.
  const own = await postPledge(page.request, form, { origin: new URL(baseURL!).origin });
  expect(own.status()).toBe(200);
  expect(await pledgeRowCount()).toBe(before + 1);
});

test("bodies an action cannot decode answer 400 or 413, never 500, and store nothing", async ({ page, baseURL }) => {
  const form = await pledgeForm(page);
  const origin = new URL(baseURL!).origin;
  const before = await pledgeRowCount();
  const deep = "[".repeat(5_000) + "]".repeat(5_000);
  const multipartRefusals: [string, Record<string, string>, number][] = [
    ["a bound-state row that is not JSON", { "$ACTION_1:1": "[{" }, 400],
    ["a bound-state row nested 5,000 deep", { "$ACTION_1:1": deep }, 400],
    ["a reference to a row that is not there", { "$ACTION_1:0": JSON.stringify({ id: form.actionId, bound: "$@7" }) }, 400],
    ["a body over 1 MB", { message: "x".repeat(1_100_000) }, 413],
  ];
  for (const [label, extra, status] of multipartRefusals) {
    const answer = await postPledge(page.request, form, { origin }, extra);
    expect(answer.status(), label).toBe(status);
    expect(await answer.text(), label).toMatch(/could not be read|too large/);
  }
  const raw = (data: string, headers: Record<string, string>) => page.request.post("/en", { data, headers: { origin, ...headers } });
  expect((await raw('--x\r\nContent-Disposition: form-data; name="a"\r\n\r\nb', { "content-type": "multipart/form-data; boundary=y" })).status()).toBe(400);
  const fetchAction = { "next-action": form.actionId, "content-type": "text/plain;charset=UTF-8" };
  for (const [label, body, status] of [
    ["not JSON", "{not json", 400],
    ["nested 5,000 deep", deep, 400],
    ["a server function as an argument", '["$F1"]', 400],
    ["over 1 MB", JSON.stringify(["x".repeat(1_100_000)]), 413],
  ] as const) {
    const answer = await raw(body, fetchAction);
    expect(answer.status(), label).toBe(status);
    expect(await answer.json(), label).toEqual({ error: { code: status === 413 ? "too_large" : "malformed" } });
  }
  expect(await pledgeRowCount()).toBe(before);
});
