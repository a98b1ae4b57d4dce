import { expect, test } from "@playwright/test";
import { WebhookReceiver } from "../tests/support/webhook-receiver";
import { newSignedInPage, organiserAddress, signedInState } from "./support/admin-area";
import { expectNoViolations } from "./support/axe";
import { addOrganiserRow } from "./support/e2e-database";

// Issue #17.1: an admin registers an endpoint pointing at a receiver this spec runs, presses
// "Send test", and sees the delivery in the log; the receiver got one signed test event.

const receiver = new WebhookReceiver();
test.beforeAll(async () => {
  await receiver.start();
});
test.afterAll(async () => {
  await receiver.stop();
});

test("an admin registers a webhook, sends a test and sees it delivered in the log", async ({ browser }) => {
  // An admin of its own: sign-in links are limited to 5 per address per 15 minutes.
  const adminAddress = organiserAddress("webhooks-admin");
  await addOrganiserRow(adminAddress, "ADMIN");
  const admin = await newSignedInPage(browser, await signedInState(browser, adminAddress));
  await admin.goto("/admin");
  await admin.getByRole("navigation").getByRole("link", { name: "Webhooks" }).click();
  await expect(admin.getByRole("heading", { level: 1, name: "Webhooks" })).toBeVisible();

  // A refused address first: the error is in words, tied to the field, and nothing is stored.
  await admin.getByLabel("Receiver address (https)").fill("http://crm.example.org/hooks");
  await admin.getByRole("button", { name: "Add endpoint" }).click();
  await expect(admin.getByText("The address must start with https://")).toBeVisible();
  await expect(admin.getByLabel("Receiver address (https)")).toHaveAttribute("aria-invalid", "true");

  const url = `${receiver.url}?spec=${Date.now()}`;
  await admin.getByLabel("Receiver address (https)").fill(url);
  await admin.getByLabel(/^count\.milestone/).uncheck();
  await admin.getByRole("button", { name: "Add endpoint" }).click();
  const secret = (await admin.getByTestId("webhook-secret").textContent()) ?? "";
  expect(secret).toMatch(/^whsec_/);
  const card = admin.getByTestId("webhook-endpoint").filter({ has: admin.getByRole("heading", { name: url }) });
  await expect(card).toContainText("pledge.confirmed, pledge.withdrawn, message.approved");
  await expectNoViolations(admin);

  await card.getByRole("button", { name: `Send test to ${url}` }).click();
  await expect(admin.getByRole("status")).toContainText("Test event queued");
  // The worker posts it within seconds; the log is read from the page as an organiser would.
  await expect(async () => {
    await admin.reload();
    await expect(card.getByTestId("webhook-log")).toContainText("webhook.test", { timeout: 1000 });
  }).toPass({ timeout: 30_000 });
  await expect(card.getByTestId("webhook-log").locator("tbody tr").first()).toContainText("200");
  const tests = receiver.events<{ type: string; data: unknown }>().filter((event) => event.type === "webhook.test");
  expect(tests).toEqual([expect.objectContaining({ type: "webhook.test", data: { test: true } })]);
  expect(receiver.posts.at(-1)!.headers["solidarity-signature"]).toMatch(/^v1=[0-9a-f]{64}$/);
  await expectNoViolations(admin);

  // Leave the campaign as it was for the next run against the same database.
  await card.getByRole("button", { name: `Delete ${url}` }).click();
  await expect(admin.getByRole("status")).toContainText("Endpoint deleted.");
});
