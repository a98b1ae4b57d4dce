import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { newSignedInPage, organiserAddress, signedInState } from "./support/admin-area";
import { expectNoViolations } from "./support/axe";
import { addOrganiserRow } from "./support/e2e-database";

// Issue 16.4: an admin adds a recipient and sends the pack now; the worker builds and mails it;
// the public page then names the recipient (never the address) with the checkpoint, and passes axe.

test("an admin sends the delivery pack and the public page records it", async ({ browser }) => {
  test.slow();
  // An admin of its own: sign-in links are limited to 5 per address per 15 minutes, and the
  // specs around this one already ask that many for admin@example.org.
  const adminAddress = organiserAddress("delivery-admin");
  await addOrganiserRow(adminAddress, "ADMIN");
  const admin = await newSignedInPage(browser, await signedInState(browser, adminAddress));
  await admin.goto("/admin/delivery");
  const name = `Rapporteur ${randomUUID().slice(0, 8)}`;
  const email = `e2e-recipient-${randomUUID()}@example.org`;
  await admin.getByLabel("Name", { exact: true }).fill(name);
  await admin.getByLabel("Organisation (optional)").fill("Special Procedures");
  await admin.getByLabel("Email address").fill(email);
  await admin.getByRole("button", { name: "Add recipient" }).click();
  await expect(admin.getByRole("status")).toContainText("Recipient added.");
  await expect(admin.getByTestId("delivery-recipient").filter({ hasText: name })).toContainText(email);
  await expectNoViolations(admin);

  await admin.getByRole("button", { name: "Send now to every recipient" }).click();
  await expect(admin.getByRole("status")).toContainText("being built");

  const visitor = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await expect(async () => {
    await visitor.goto("/en/delivery");
    await expect(visitor.getByRole("cell", { name })).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 60_000 });
  await expect(visitor.getByTestId("delivery-root").first()).toContainText("root hash");
  await expect(visitor.locator("main")).not.toContainText(email);
  const withScripts = await (await browser.newContext()).newPage();
  await withScripts.goto("/en/delivery");
  await expectNoViolations(withScripts);

  // Leave the recipient list as it was for the next run against the same database.
  await admin.goto("/admin/delivery");
  await admin.getByRole("button", { name: `Remove ${name}` }).click();
  await expect(admin.getByRole("status")).toContainText("Recipient removed.");
});
