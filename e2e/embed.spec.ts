import { createServer, type Server } from "node:http";
import { expect, test } from "@playwright/test";
import { recordForeignRequests } from "./support/foreign-requests";
import { expectNoViolations } from "./support/axe";
import { confirmNewPledge } from "./support/confirm-pledge";

// A partner's page on another origin (another port) frames our counter, which must load, set no
// cookies, request nothing from any third site and follow confirmations live. Every other page
// of ours refuses to be framed.

const hostPort = Number(process.env.E2E_PORT ?? 3100) + 50;
let host: Server;
let appOrigin: string;

test.beforeAll(async ({ baseURL }) => {
  appOrigin = new URL(baseURL!).origin;
  host = createServer((request, response) => {
    const src = request.url === "/home" ? `${appOrigin}/en` : `${appOrigin}/embed/counter?locale=en&variant=large`;
    response.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
    response.end(`<!doctype html><html lang="en"><title>Partner</title><h1>Partner site</h1><iframe name="widget" src="${src}" width="480" height="220" title="Counter"></iframe>`);
  });
  await new Promise<void>((resolve) => host.listen(hostPort, "127.0.0.1", resolve));
});

test.afterAll(async () => {
  await new Promise<void>((resolve) => host.close(() => resolve()));
});

test("the counter embedded on another origin updates live, sets no cookies and calls no third party", async ({ page, context, browser }) => {
  const hostOrigin = `http://127.0.0.1:${hostPort}`;
  const foreign = recordForeignRequests(page, appOrigin, hostOrigin);
  await page.goto(`${hostOrigin}/`);
  const counter = page.frameLocator('iframe[name="widget"]').getByTestId("embed-count");
  await expect(counter).toBeVisible();
  const before = Number(await counter.getAttribute("data-count"));

  await confirmNewPledge(browser);
  await expect(counter).toHaveAttribute("data-count", String(before + 1), { timeout: 15_000 });

  expect(await context.cookies([appOrigin, hostOrigin])).toEqual([]);
  expect(foreign).toEqual([]);
});

test("the home page refuses to be framed; the embed does not", async ({ page, request }) => {
  expect((await request.get("/en")).headers()["x-frame-options"]).toBe("DENY");
  expect((await request.get("/embed/counter")).headers()["x-frame-options"]).toBeUndefined();

  await page.goto(`http://127.0.0.1:${hostPort}/home`);
  const frame = page.frame({ name: "widget" });
  await expect.poll(() => frame?.url()).toMatch(/^chrome-error:/);
  await expect(page.frameLocator('iframe[name="widget"]').getByRole("heading", { name: /Stand with|solidarity/i })).toHaveCount(0);
});

test("the counter passes axe in every language and variant", async ({ page }) => {
  for (const query of ["locale=en", "locale=be&variant=large", "locale=ru&variant=compact"]) {
    await page.goto(`/embed/counter?${query}`);
    await expect(page.getByTestId("embed-count")).toBeVisible();
    await expectNoViolations(page, query);
  }
});
