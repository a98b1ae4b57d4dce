import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { newSignedInPage, organiserAddress, signedInState } from "./support/admin-area";
import { expectNoViolations } from "./support/axe";
import { addOrganiserRow, insertWithdrawnCrmPush } from "./support/e2e-database";

// Issue #17.2: an admin connects the campaign to an OSDI CRM in the admin area. The key is
// write-only (the page says "set", never shows it), a plain-http address is refused in words,
// the change is in the audit log, and removing the key switches pushes off again. The pushes
// themselves run against a local OSDI server in lib/crm/crm-push.integration.test.ts.

test("an admin connects the CRM, the key is never shown again, and removing it switches pushes off", async ({ browser }) => {
  // An admin of its own: sign-in links are limited per address (see delivery.spec.ts).
  const adminAddress = organiserAddress("crm-admin");
  await addOrganiserRow(adminAddress, "ADMIN");
  const admin = await newSignedInPage(browser, await signedInState(browser, adminAddress));
  await admin.goto("/admin");
  await admin.getByRole("navigation", { name: "Organisers' area" }).getByRole("link", { name: "CRM" }).click();
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText("CRM (Action Network or another OSDI system)");

  const key = `e2e-key-${Date.now()}`;
  await admin.getByLabel("OSDI API address").fill("http://crm.example.org/api/v2");
  await admin.getByLabel("API key", { exact: true }).fill(key);
  await admin.getByLabel("Send consenting supporters to the CRM").check();
  await admin.getByRole("button", { name: "Save" }).click();
  const address = admin.getByLabel("OSDI API address");
  await expect(address).toHaveAttribute("aria-invalid", "true");
  await expect(admin.getByText("Enter the OSDI API’s address starting with https://")).toBeVisible();

  await address.fill("https://crm.example.org/api/v2/");
  await admin.getByLabel("API key", { exact: true }).fill(key);
  await admin.getByLabel("Tags to add (optional)").fill("belarus-solidarity\ne2e");
  await admin.getByRole("button", { name: "Save" }).click();
  await expect(admin.getByRole("status")).toHaveText("CRM settings saved.");
  await expect(admin.getByTestId("crm-state")).toHaveText("Pushes are on, to https://crm.example.org/api/v2.");
  await expect(admin.getByTestId("crm-key")).toContainText("API key: set.");
  await expect(admin.getByLabel("Replace the API key")).toHaveValue("");
  expect(await admin.content()).not.toContain(key);
  await expectNoViolations(admin);

  await admin.goto("/admin/audit");
  await expect(admin.getByRole("main")).toContainText(`${adminAddress} changed the CRM settings`);
  await expect(admin.getByRole("main")).toContainText("API key set");
  expect(await admin.content()).not.toContain(key);

  // The push log and the removal list, from rows the push would have written (the pushes
  // themselves need a CRM this production server may not reach over plain http).
  const identifier = `action_network:${randomUUID()}`;
  const pledgeId = await insertWithdrawnCrmPush(identifier);
  const shortPledge = `#${pledgeId.replace(/-/g, "").slice(0, 8)}`;
  await admin.goto("/admin/crm");
  const log = admin.getByRole("region", { name: "Requests to the CRM, newest first (the last 50)" });
  await expect(log.getByRole("row").filter({ hasText: shortPledge }).first()).toContainText(identifier);
  await expect(log.getByRole("row").filter({ hasText: "the CRM refused the API key (HTTP 401)" }).first()).toContainText(shortPledge);
  const removal = admin.getByTestId("crm-removals").getByRole("listitem").filter({ hasText: shortPledge });
  await expect(removal).toContainText(identifier);
  await expectNoViolations(admin);
  await removal.getByRole("button", { name: `Mark pledge ${shortPledge} as removed from the CRM` }).click();
  await expect(admin.getByRole("status")).toHaveText("Marked as removed from the CRM.");
  await expect(admin.getByRole("main")).not.toContainText(identifier);

  // Leave the CRM off, as the other specs expect: nothing is pushed anywhere from this server.
  await admin.getByRole("button", { name: "Remove API key" }).click();
  await expect(admin.getByRole("status")).toHaveText("API key removed; pushes are off.");
  await expect(admin.getByTestId("crm-key")).toHaveText("API key: not set.");
  await expect(admin.getByTestId("crm-state")).toContainText("Pushes are off");
});
